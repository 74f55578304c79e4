# The administrator's home: tiles of figures, each a link to the screen
# behind it.

home-title = Startseite
home-lead = Wie die Selbstbedienung diese Woche läuft und wer jetzt Aufmerksamkeit braucht.
home-loading = Zahlen werden geladen…
home-registered-label = Für die Selbstbedienung registriert
home-registered-value = { $share } %
home-registered-detail = { $registered } von { $users } aktiven Benutzern; Zurücksetzen möglich: { $capable }
home-resets-label = Selbstbedienungs-Zurücksetzungen diese Woche
home-resets-detail = Durch einen Operator: { $count }
home-failures-label = Fehlgeschlagene oder abgelehnte Schritte diese Woche
home-failures-none = Keine
home-failures-top = Am häufigsten: { $reason }
home-not-registered-label = Nicht registriert
home-not-registered-detail = Sie können ihr Passwort noch nicht selbst zurücksetzen
home-locked-label = Derzeit gesperrt
home-locked-detail = Entsperren Sie sie auf ihrer Seite
home-expired-label = Abgelaufene Passwörter
home-expired-detail = Sie müssen es bei der nächsten Anmeldung ändern
home-agents-label = Writeback-Agenten online
home-agents-value = { $online } von { $live }
home-agents-some-offline = Einige können gerade nicht zurückschreiben
home-agents-all-online = Zurückschreiben aktiv
# A count that goes past the first page of a list ("50+": 50 or more).
# Same as English.
home-count-more = { $count }+
