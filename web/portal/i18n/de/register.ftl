# "Set up password reset".

register-title = Passwortzurücksetzung einrichten
register-lead = Wenn Sie Ihr Passwort vergessen oder gesperrt werden, können Sie damit Ihre Identität nachweisen und selbst wieder Zugang erhalten.
register-back = Zurück zu Ihrem Konto
register-method-email = E-Mail
register-method-sms = Mobiltelefon
register-method-voice = Anruf
register-method-questions = Sicherheitsfragen
register-method-authenticator = Authenticator-App
# Same as English.
register-method-line = { $method }: { $hint }
register-questions-answered = Sicherheitsfragen: { $count } beantwortet
register-complete = Alles erledigt.
register-incomplete = { $count ->
    [one] Fügen Sie noch { $count } Weg hinzu, Ihre Identität nachzuweisen.
   *[other] Fügen Sie noch { $count } Wege hinzu, Ihre Identität nachzuweisen.
}
register-confirm-due = Bitte prüfen Sie, ob diese Angaben noch stimmen.
register-not-in-scope = Das Zurücksetzen per Selbstbedienung ist für Ihr Konto nicht aktiviert. Wenden Sie sich an Ihre Administration.
register-progress-enough = { $registered ->
    [one] { $registered } Weg registriert; zum Zurücksetzen sind { $required } nötig.
   *[other] { $registered } Wege registriert; zum Zurücksetzen sind { $required } nötig.
}
register-progress-short = { $registered } der { $required } zum Zurücksetzen nötigen Wege sind registriert.
register-set-by-org = (von Ihrer Organisation festgelegt)
register-remove = Entfernen
register-remove-label = { $method } entfernen
register-remove-first-title = Fügen Sie zuerst eine andere Methode hinzu
register-remove-first-body = { $count ->
    [one] Sie brauchen mindestens { $count } Weg, Ihre Identität nachzuweisen.
   *[other] Sie brauchen mindestens { $count } Wege, Ihre Identität nachzuweisen.
}
register-authenticator-hint = Ein Code aus einer App auf Ihrem Telefon: Es wird nichts gesendet, und es funktioniert auch offline.
register-authenticator-link = Authenticator-App einrichten
register-email-title = Alternative E-Mail-Adresse
register-email-label = E-Mail-Adresse
register-email-hint = Eine private Adresse, nicht Ihre geschäftliche.
register-email-added = Alternative E-Mail-Adresse hinzugefügt
register-mobile-title = Mobiltelefon
register-mobile-label = Mobilnummer
register-mobile-hint = Mit Ländervorwahl, z. B. +14255550123.
register-mobile-added = Mobiltelefon hinzugefügt
register-added-body = Sie können damit jetzt Ihr Passwort zurücksetzen.
register-sending = Wird gesendet…
register-send = Code senden
register-replace-send = Ersetzen und Code senden
register-sent-to = Wir haben einen Code an { $hint } gesendet. Geben Sie ihn ein, um den Vorgang abzuschließen.
# Same as English.
register-code = Code
register-code-wrong = { $count ->
    [one] Dieser Code ist falsch. Noch { $count } Versuch.
   *[other] Dieser Code ist falsch. Noch { $count } Versuche.
}
register-questions-hint = Wählen Sie Fragen, deren Antworten nur Sie kennen und die Sie nicht vergessen. Groß- und Kleinschreibung sowie Leerzeichen spielen keine Rolle.
register-question = Frage { $number }
register-answer = Antwort { $number }
register-answer-placeholder = Ihre Antwort
register-saving = Wird gespeichert…
register-save-questions = Fragen speichern
register-questions-saved-title = Sicherheitsfragen gespeichert
register-questions-saved-body = Sie können damit jetzt Ihr Passwort zurücksetzen.
register-still-right = Stimmen diese Angaben noch? Aktuelle Angaben sind Ihr Weg zurück ins Konto.
register-looks-good = Ja, alles richtig
register-confirmed-title = Danke
register-confirmed-body = Ihre Methoden zum Zurücksetzen des Passworts sind bestätigt.
register-reauth-title = Bestätigen Sie Ihre Identität
register-reauth-body = Um zu ändern, wie Sie Ihre Identität nachweisen, ist Ihr Passwort nötig – so kann niemand sonst eine eigene E-Mail-Adresse oder Telefonnummer zu Ihrem Konto hinzufügen.
register-reauth-password = Ihr Passwort
register-reauth-wrong = Dieses Passwort ist nicht richtig.
register-reauth-confirm = Bestätigen
register-reauth-cancel = Abbrechen
register-thanks-title = Danke, Sie sind es
register-thanks-body = Nehmen Sie Ihre Änderung jetzt erneut vor. In den nächsten Minuten werden Sie nicht erneut gefragt.
