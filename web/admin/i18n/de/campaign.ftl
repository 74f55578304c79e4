# Die Registrierungskampagne: Benutzer mit zu wenigen Methoden zur
# Passwortzurücksetzung werden per E-Mail eingeladen und bei jeder Anmeldung
# gefragt, „jetzt oder später“, bis sie sich registrieren. „Später“ ist der
# Name der Schaltfläche im Portal (nudge-later).

campaign-nav = Registrierungskampagne
campaign-title = Registrierungskampagne
campaign-lead = Bringen Sie Benutzer, die ihr Passwort noch nicht selbst zurücksetzen können, zur Registrierung: eine Einladung per E-Mail und eine Erinnerung bei der Anmeldung, die sie einige Male verschieben können, bevor die Registrierung Pflicht wird.
campaign-loading = Kampagne wird geladen…
campaign-none = Keine Kampagne aktiv
campaign-none-body = Starten Sie eine für alle Benutzer oder für Mitglieder bestimmter Gruppen. Wer genug registriert hat, bleibt unbehelligt; die anderen werden bei ihrer nächsten Anmeldung gefragt.
campaign-progress = Fortschritt
campaign-progress-pending = Wird alle 15 Minuten gezählt; die erste Zählung kommt bald.
campaign-rules = Regeln
campaign-target = Wer
campaign-target-all = Alle Benutzer
campaign-target-groups = Mitglieder von Gruppen
campaign-target-groups-named = Mitglieder von { $groups }
campaign-laters = „Später“ erlaubt
campaign-laters-count = { $count ->
    [one] { $count } Mal
   *[other] { $count } Mal
}
campaign-laters-none = Nie: Die Registrierung kommt bei der nächsten Anmeldung zuerst
campaign-days = Tage dazwischen
campaign-days-count = { $count ->
    [one] { $count } Tag
   *[other] { $count } Tage
}
campaign-days-none = Keine: erneute Frage bei der nächsten Anmeldung
campaign-invite = Einladungen per E-Mail
campaign-invite-on = An Benutzer, die sich nicht registriert haben
campaign-invite-off = Aus
campaign-started = Gestartet
campaign-change = Ändern
campaign-end = Kampagne beenden
campaign-end-warning = Es gehen keine Einladungen mehr hinaus, und niemand wird mehr bei der Anmeldung gefragt. Benutzer, die die Zurücksetzungsrichtlinie zur Registrierung verpflichtet, bleiben es.
campaign-end-confirm = Ja, beenden
campaign-ended-title = Kampagne beendet
campaign-ended-body = Niemand wird mehr bei der Anmeldung zur Registrierung aufgefordert.
campaign-started-title = Kampagne gestartet
campaign-started-body = Benutzer werden bei ihrer nächsten Anmeldung gefragt. Einladungen gehen hinaus und der Fortschritt wird gezählt, beim nächsten geplanten Lauf, innerhalb von 15 Minuten.
campaign-chart-title = { $count ->
    [one] { $count } Zielbenutzer
   *[other] { $count } Zielbenutzer
}
campaign-registered = Registriert
campaign-snoozed = Verschoben
campaign-required = Müssen sich bei der nächsten Anmeldung registrieren
campaign-waiting = Noch nicht erreicht
campaign-chart-summary = { $targeted ->
    [one] Von { $targeted } Zielbenutzer: { $registered } registriert, { $snoozed } verschoben, { $required } müssen sich bei der nächsten Anmeldung registrieren und { $waiting } noch nicht erreicht.
   *[other] Von { $targeted } Zielbenutzern: { $registered } registriert, { $snoozed } verschoben, { $required } müssen sich bei der nächsten Anmeldung registrieren und { $waiting } noch nicht erreicht.
}
campaign-no-targets = Kein Benutzer ist Ziel der Kampagne: Prüfen Sie die Gruppen und ob die Self-Service-Zurücksetzung für sie aktiviert ist.
campaign-invited = Per E-Mail eingeladen
campaign-registered-since = Seit dem Start registriert
campaign-counted-at = Gezählt am
campaign-form-title-new = Kampagne starten
campaign-form-title-change = Kampagne ändern
campaign-form-target = Für wen
campaign-form-groups = Gruppen
campaign-form-groups-hint = Eine oder mehrere, durch Kommas getrennt.
campaign-form-groups-needed = Geben Sie mindestens eine Gruppe an.
campaign-form-laters = „Später“ erlaubt (Anzahl)
campaign-form-laters-hint = 0 bis 10. Bei 0 kommt die Registrierung bei der nächsten Anmeldung zuerst.
campaign-form-days = Tage dazwischen
campaign-form-days-hint = 0 bis 14. Bei 0 werden Benutzer bei ihrer nächsten Anmeldung erneut gefragt.
campaign-form-invite = Benutzern, die sich nicht registriert haben, eine Einladung per E-Mail senden
campaign-form-whole-number = Geben Sie eine ganze Zahl von { $min } bis { $max } ein.
campaign-form-start = Kampagne starten
campaign-form-save = Speichern
campaign-restart-warning = Speichern startet die Kampagne neu: Einladungen gehen erneut hinaus, und alle „Später“ beginnen von vorn.
campaign-restart-confirm = Ja, neu starten
