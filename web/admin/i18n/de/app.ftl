# Der Rahmen der Konsole: Kopfzeile, Menü, Anmeldeseite und Seiten, die nur
# etwas mitteilen (nicht gefunden, nicht erlaubt).

app-session-ended-title = Bitte melden Sie sich erneut an
app-session-ended-body = Ihre Sitzung ist abgelaufen.
app-skip = Zum Inhalt springen
app-product = Admin-Konsole
app-signed-out-title = Abgemeldet
app-signed-out-body = Sie haben sich abgemeldet.
app-sign-out = Abmelden
app-not-found-title = Seite nicht gefunden
app-not-found-body = Unter dieser Adresse gibt es keine Seite.
app-go-to-users = Zu den Benutzern
app-opening = Seite wird geöffnet…
app-nav-label = Konsole
app-menu = Menü
app-nav-home = Startseite
app-nav-users = Benutzer
app-nav-groups = Gruppen
app-nav-import = Import und Export
app-nav-reports = Berichte
app-nav-settings = Einstellungen
app-nav-reset-policy = Richtlinie zum Zurücksetzen
app-nav-passwords = Passwortregeln und Sicherheitsfragen
app-nav-branding = Branding und Limits
app-nav-agents = Verzeichnis-Rückschreibung
app-nav-clients = API-Clients
# Same as English.
app-nav-webhooks = Webhooks
app-not-allowed-title = Für Ihre Rolle nicht verfügbar
app-not-allowed-body = Ihre Rolle umfasst diese Seite nicht. Wenden Sie sich an einen Administrator, wenn Sie sie benötigen.
app-signin-title = Bei der Admin-Konsole anmelden
app-signin-lead = Für die Administratoren und den Helpdesk Ihrer Organisation. Verwenden Sie Ihr eigenes Konto.
app-code-label = Code aus Ihrer Authenticator-App
app-code-hint = Die 6 Ziffern, die die App für dieses Konto anzeigt, oder einer Ihrer Wiederherstellungscodes.
app-code-wrong = Dieser Code stimmt nicht oder wurde bereits verwendet: Geben Sie den nächsten Code der App ein.
app-forgot-password = Passwort vergessen? Verwenden Sie das Self-Service-Portal für Passwörter
app-set-up-authenticator-title = Richten Sie zuerst Ihre Authenticator-App ein
app-set-up-authenticator-body = Ihr Konto benötigt bei jeder Anmeldung einen Code aus einer Authenticator-App. Melden Sie sich beim Self-Service-Portal an, das Sie durch die Einrichtung führt, und melden Sie sich dann hier an.
app-change-password-title = Ändern Sie zuerst Ihr Passwort
app-password-expired-body = Ihr Passwort ist abgelaufen oder wurde von einem anderen Administrator festgelegt. Ändern Sie es im Self-Service-Portal und melden Sie sich dann hier an.
app-change-password-body = Ändern Sie es im Self-Service-Portal und melden Sie sich dann hier an.
app-not-an-operator-title = Diese Konsole ist für Administratoren
app-not-an-operator-body = Ihr Konto hat keine Administrator- oder Helpdesk-Rolle. Um Ihr eigenes Passwort zu verwalten, verwenden Sie das Self-Service-Portal.
app-wrong-credentials-title = Falscher Benutzername oder falsches Passwort
app-wrong-credentials-body = Prüfen Sie beides und versuchen Sie es erneut. Zu viele Fehlversuche sperren das Konto für eine Weile.
