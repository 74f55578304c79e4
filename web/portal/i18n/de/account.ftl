# The account page.

account-title = Ihr Konto
account-signed-in-as = Angemeldet als { $name } ({ $username })
account-expires = Ihr Passwort läuft am { $date } ab. Ändern Sie es vorher, damit Sie sich weiterhin ohne Unterbrechung anmelden können.
account-methods-title = Wie Sie Ihre Identität nachweisen
account-change = Passwort ändern
account-methods-link = Ihre Methoden zum Zurücksetzen des Passworts
account-authenticator = Authenticator-App einrichten
account-admin-console = Verwaltungskonsole
account-sign-out = Abmelden
account-signed-out-title = Abgemeldet
account-signed-out-body = Sie haben sich abgemeldet.
account-not-in-scope = Das Zurücksetzen per Selbstbedienung ist für Ihr Konto nicht aktiviert.
account-enough = Genug, um Ihr Passwort selbst zurückzusetzen.
account-add-more = Fügen Sie noch { $count } hinzu, um Ihr Passwort selbst zurücksetzen zu können.
account-none = Noch keine.
account-sign-in-first-title = Melden Sie sich zuerst an
account-sign-in-first-body = Für diese Seite müssen Sie angemeldet sein. Eine Sitzung endet, wenn Sie sich abmelden oder nach einer Weile ohne Aktivität.
