# The portal's frame: header, footer and pages that are not found.

app-footer = Passwortverwaltung per Selbstbedienung von Latchkey
app-product = Passwort-Selbstbedienung
app-not-found-title = Seite nicht gefunden
app-not-found-body = Unter dieser Adresse gibt es keine Seite.
app-not-found-link = Zur Anmeldung
