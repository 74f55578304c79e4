# Changing the password while signed in.

change-title = Passwort ändern
change-must = Ihre Organisation bittet Sie, ein neues Passwort zu wählen, bevor Sie fortfahren.
change-current = Aktuelles Passwort
change-current-wrong = Ihr aktuelles Passwort ist nicht richtig.
change-submit = Passwort ändern
change-submitting = Wird geändert…
change-cancel = Abbrechen
change-done-title = Passwort geändert
change-done-sign-in = Melden Sie sich mit Ihrem neuen Passwort an, um fortzufahren.
change-done-body = Verwenden Sie ab sofort Ihr neues Passwort überall, wo Sie sich mit diesem Konto anmelden. Ihre anderen Sitzungen wurden abgemeldet.
