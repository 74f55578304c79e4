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
account-activity-title = Letzte Aktivitäten
account-activity-intro = Die letzten 30 Tage, neueste zuerst.
account-activity-loading = Ihre letzten Aktivitäten werden geladen…
account-activity-none = Nichts in den letzten 30 Tagen.
# Same as English.
account-activity-what = { $action } — { $outcome }
account-activity-by-you = von Ihnen
account-activity-by-someone-else = von jemand anderem
account-activity-by-system = von Latchkey
# Same as English.
account-activity-detail = { $time } · { $by }
account-activity-detail-from = { $time } · { $by } · Adresse: { $address }
account-activity-show-all = Alle anzeigen ({ $count })
account-activity-show-fewer = Weniger anzeigen
# Eine kleine Schaltfläche neben jedem Ereignis: Die Person hat das nicht getan und will das Konto sperren (mit Rückfrage).
account-activity-report = Das war ich nicht
