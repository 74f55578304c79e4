# "Can't access your account?": reset or unlock.

recover-reset-title = Passwort zurücksetzen
recover-unlock-title = Konto entsperren
recover-progress = Schritt { $step } von { $total }: { $name }
recover-step-username = Wer sind Sie?
recover-step-methods = Wählen Sie, wie Sie einen Code erhalten
recover-step-code = Code eingeben
recover-step-questions = Sicherheitsfragen beantworten
recover-step-new-password = Neues Passwort wählen
recover-reset-lead = Passwort vergessen? Weisen Sie Ihre Identität nach und wählen Sie ein neues.
recover-unlock-lead = Nach zu vielen Versuchen gesperrt? Weisen Sie Ihre Identität nach, dann wird die Sperre aufgehoben. Ihr Passwort bleibt gleich.
recover-enter-username = Geben Sie Ihren Benutzernamen ein.
recover-looking-up = Ihr Konto wird gesucht…
recover-next = Weiter
recover-back = Zurück zur Anmeldung
recover-method-email = Code per E-Mail an { $hint } senden
recover-method-sms = Code per SMS an { $hint } senden
recover-method-questions = { $count ->
    [one] { $count } Sicherheitsfrage beantworten
   *[other] { $count } Sicherheitsfragen beantworten
}
recover-method-voice = { $hint } anrufen und einen Code vorlesen
recover-method-authenticator = Code aus Ihrer Authenticator-App eingeben
recover-method-done = { $method } (erledigt)
recover-need-ways = Zu Ihrer Sicherheit müssen Sie Ihre Identität auf { $required } Wegen nachweisen. { $remaining ->
    [one] Noch einer.
   *[other] Noch { $remaining }.
}
recover-need-one = Wir senden Ihnen einen Einmalcode.
recover-where-title = Wohin sollen wir Ihren Code senden?
recover-choose-title = Wählen Sie eine Methode
recover-choose-body = Wählen Sie, wohin wir Ihren Code senden sollen.
recover-sending = Wird gesendet…
recover-send-code = Code senden
recover-unrecognised = Erkennen Sie diese Angaben nicht? Ihre Daten sind möglicherweise veraltet.
recover-sent-sms = Wir haben einen Code per SMS an { $hint } gesendet.
recover-sent-voice = Wir rufen jetzt { $hint } an; der Code wird zweimal vorgelesen.
recover-sent-app = Geben Sie den 6-stelligen Code ein, den Ihre Authenticator-App gerade anzeigt, oder einen Ihrer Wiederherstellungscodes.
recover-sent-email = Wir haben einen Code per E-Mail an { $hint } gesendet. Das kann eine Minute dauern; sehen Sie auch in Ihrem Spam-Ordner nach.
recover-code-until = Der Code gilt einmal und bis { $time }.
# Same as English.
recover-code = Code
recover-enter-code = Geben Sie den Code aus der Nachricht ein.
recover-code-wrong = Dieser Code ist falsch.
recover-code-wrong-left = Dieser Code ist falsch. { $count ->
    [0] Für diesen Code sind keine Versuche mehr übrig: Fordern Sie einen neuen an.
    [one] Noch { $count } Versuch.
   *[other] Noch { $count } Versuche.
}
recover-new-code-title = Neuer Code gesendet
recover-new-code-body = Verwenden Sie den neuesten Code; ältere funktionieren nicht mehr.
recover-send-new = Neuen Code senden
recover-try-another = Anderen Weg versuchen
recover-questions-lead = Beantworten Sie die Fragen, die Sie beim Einrichten der Passwortzurücksetzung gewählt haben. Groß- und Kleinschreibung sowie Leerzeichen spielen keine Rolle.
recover-answers-wrong-title = Mindestens eine Antwort ist falsch
recover-answers-wrong-body = { $count ->
    [one] Prüfen Sie sie und versuchen Sie es erneut. Nach { $count } weiteren Fehlversuch wird das Zurücksetzen für Ihr Konto pausiert.
   *[other] Prüfen Sie sie und versuchen Sie es erneut. Nach { $count } weiteren Fehlversuchen wird das Zurücksetzen für Ihr Konto pausiert.
}
recover-saving = Wird gespeichert…
recover-set-new = Neues Passwort festlegen
recover-reset-done-title = Ihr Passwort wurde zurückgesetzt
recover-reset-done-body = Ihr Konto ist auch entsperrt, und alle anderen Sitzungen wurden abgemeldet. Wir haben Sie per E-Mail und SMS informiert, damit Sie es erfahren, falls Sie es nicht waren.
recover-unlock-done-title = Ihr Konto ist entsperrt
recover-unlock-done-body = Ihr Passwort wurde nicht geändert. Melden Sie sich wie gewohnt damit an.
recover-start-again = Von vorn beginnen

## A passkey as a way to prove it's you: the browser asks for it, nothing is sent.

recover-step-how = Wählen Sie, wie Sie nachweisen, dass Sie es sind
recover-step-passkey = Passkey verwenden
recover-method-passkey = Passkey: Ihr Fingerabdruck, Ihr Gesicht oder Ihre Bildschirmsperre
recover-how-title = Wie möchten Sie nachweisen, dass Sie es sind?
recover-need-passkey = Weisen Sie mit dem Passkey, den Sie Ihrem Konto hinzugefügt haben, nach, dass Sie es sind.
recover-passkey-enough = Ein Passkey allein genügt.
recover-passkey-unsupported = Dieser Browser kann keine Passkeys verwenden: Wählen Sie einen anderen Weg, oder öffnen Sie diese Seite in einem Browser, der das kann.
recover-passkey-only-unsupported = Dieser Browser kann keine Passkeys verwenden, und ein Passkey ist der einzige Weg, nachzuweisen, dass Sie es sind. Öffnen Sie diese Seite auf einem Gerät oder in einem Browser, der Ihren Passkey verwenden kann.
recover-passkey-lead = Ihr Browser fragt nach dem Passkey, den Sie diesem Konto hinzugefügt haben: Ihr Fingerabdruck, Ihr Gesicht oder Ihre Bildschirmsperre oder Ihr Telefon.
recover-passkey-cancelled = Es wurde kein Passkey verwendet: Die Abfrage wurde geschlossen, oder dieses Gerät hat keinen für Ihr Konto. Sie können es erneut versuchen.
recover-passkey-browser = Dieser Browser konnte hier keinen Passkey verwenden. Sie können es erneut versuchen oder ein anderes Gerät verwenden.
recover-passkey-again = Erneut versuchen
recover-passkey-refused-title = Dieser Passkey wurde nicht akzeptiert
recover-passkey-refused-body = Verwenden Sie einen Passkey, den Sie diesem Konto hinzugefügt haben.
recover-passkey-refused-left = Verwenden Sie einen Passkey, den Sie diesem Konto hinzugefügt haben. { $count ->
    [0] Keine Versuche mehr übrig: Versuchen Sie einen anderen Weg, oder beginnen Sie von vorn.
    [one] Noch { $count } Versuch.
   *[other] Noch { $count } Versuche.
}
recover-passkey-expired-title = Die Passkey-Anfrage ist abgelaufen
recover-passkey-expired-body = Sie gilt nur wenige Minuten. Versuchen Sie es erneut, um eine neue zu erhalten.
