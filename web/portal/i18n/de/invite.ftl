# "I have an invitation".

invite-title = Passwort festlegen
invite-lead = Geben Sie Ihren Benutzernamen und den Code aus Ihrer Einladungs-E-Mail ein und wählen Sie dann Ihr Passwort.
invite-username-missing-title = Geben Sie Ihren Benutzernamen ein
invite-username-missing-body = Er steht in Ihrer Einladungs-E-Mail.
invite-code = Einladungscode
invite-code-hint = 8 Ziffern, aus der E-Mail
invite-code-invalid = Dieser Code ist falsch, wurde bereits verwendet oder ist abgelaufen. Prüfen Sie Ihren Benutzernamen und den Code in der E-Mail, oder bitten Sie Ihre Administration um eine neue Einladung.
invite-submit = Passwort festlegen
invite-submitting = Ihr Passwort wird festgelegt…
invite-done-title = Ihr Passwort ist festgelegt
invite-done-body = Melden Sie sich mit Ihrem Benutzernamen und Ihrem neuen Passwort an.
invite-back = Zurück zur Anmeldung
