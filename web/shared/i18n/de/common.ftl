# What both apps say: the sign-in form, field widgets, notices when the
# server cannot be reached, and the contact-your-administrator line.

common-username = Benutzername
common-password = Passwort
common-sign-in = Anmelden
common-signing-in = Anmeldung läuft…
common-restoring = Ihre Sitzung wird wiederhergestellt…
common-show-password = Passwort anzeigen
common-verify = Bestätigen
common-checking = Wird geprüft…
common-offline-title = Server nicht erreichbar
common-offline-body = Prüfen Sie Ihre Verbindung und versuchen Sie es erneut. Es wurde nichts geändert.
common-unexpected-title = Etwas ist schiefgelaufen
common-unexpected-body = Der Server hat unerwartet geantwortet ({ $status }). Versuchen Sie es gleich noch einmal.
common-busy-title = Kurzzeitig nicht verfügbar
common-busy-body = Der Dienst ist ausgelastet oder teilweise ausgefallen. Es wurde nichts geändert; versuchen Sie es in einer Minute erneut.
# Followed by a link naming the organisation's administrator.
common-still-stuck = Kommen Sie nicht weiter?
# The link after "Still stuck?"; $company is the organisation's name.
common-contact-company-admin = Wenden Sie sich an Ihre Administration bei { $company }
common-contact-admin = Kommen Sie nicht weiter? Wenden Sie sich an Ihre Administration oder den IT-Support.
common-language = Sprache
common-opening = Seite wird geöffnet…
