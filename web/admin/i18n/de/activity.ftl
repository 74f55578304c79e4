# The reports' event table: its filters, its columns and the kinds of
# activity an event belongs to.

activity-title = Ereignisse
activity-any = Jede Aktivität
activity-policy-change = Änderung der Zurücksetzungsrichtlinie
activity-blocked-from-reset = Von der Selbstbedienungs-Zurücksetzung ausgeschlossen
activity-self-service-change = Passwortänderung (Selbstbedienung)
activity-admin-reset = Zurücksetzung durch einen Administrator
activity-self-service-reset = Zurücksetzung (Selbstbedienung)
activity-flow-progress = Fortschritt der Zurücksetzung
activity-self-service-unlock = Entsperrung (Selbstbedienung)
activity-user-registered = Registrierung
activity-admin-unlock = Entsperrung durch einen Administrator
# Same as English.
activity-import = Import
activity-lockout = Sperrung
# Same as English.
activity-row-action = { $activity }: { $action }
activity-loading = Wird geladen…
activity-none = Keine passenden Ereignisse.
activity-count = Ereignisse: { $count }, neueste zuerst.
activity-count-more = Ereignisse: { $count }+, neueste zuerst.
activity-load-more = Mehr laden
activity-filter-label = Ereignisse filtern
activity-from = Von (Tag)
activity-to = Bis (Tag, einschließlich)
activity-activity = Aktivität
activity-outcome = Ergebnis
activity-any-outcome = Jedes Ergebnis
activity-method = Methode
activity-any-method = Jede Methode
activity-user = Betroffener Benutzer (Benutzername oder ID)
activity-actor = Ausgeführt von (Benutzername oder ID)
activity-text = Wörter (ein Name, eine Adresse, ein Grund)
activity-show = Ereignisse anzeigen
activity-download-csv = Als CSV herunterladen
activity-col-time = Zeit
activity-col-activity = Aktivität
activity-col-actor = Ausgeführt von
activity-col-target = Betroffen
activity-col-outcome = Ergebnis
activity-col-reason = Grund
activity-col-methods = Methoden
activity-col-client-address = Client-Adresse
activity-col-user-agent = User-Agent
activity-col-reference = Referenz-ID
