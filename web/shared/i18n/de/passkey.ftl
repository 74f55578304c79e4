# Passkeys on the sign-in page of both apps: the button under the form, what
# it says while the browser asks, and the second step of a sign-in.

# Same as English: German uses the English word.
passkey-name = Passkey
passkey-sign-in = Mit Passkey anmelden
passkey-waiting = Folgen Sie der Aufforderung Ihres Browsers, um Ihren Passkey zu verwenden…
passkey-cancelled = Abgebrochen: Es wurde kein Passkey verwendet. Sie können es erneut versuchen.
passkey-browser = Dieser Browser konnte hier keinen Passkey verwenden. Versuchen Sie es erneut oder melden Sie sich auf andere Weise an.
passkey-refused-title = Dieser Passkey wurde nicht akzeptiert
passkey-refused-body = Er wurde möglicherweise aus Ihrem Konto entfernt. Melden Sie sich stattdessen mit Ihrem Passwort an.
passkey-use = Passkey verwenden
passkey-only-lead = Schließen Sie die Anmeldung mit dem Passkey ab, den Sie diesem Konto hinzugefügt haben.
