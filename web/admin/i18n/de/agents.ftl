agents-revoked-title = Widerrufen
agents-revoked-body = { $name } kann keine Aufträge mehr annehmen.
agents-title = Verzeichnis-Rückschreibung
agents-lead = Agenten in Ihrem Netzwerk schreiben Zurücksetzungen, Änderungen und Entsperrungen in Ihr Verzeichnis. Sie bauen nur ausgehende Verbindungen auf.
agents-loading = Agenten werden geladen…
agents-none = Kein Agent ist registriert: Benutzer Ihres eigenen Verzeichnisses werden nicht zurückgeschrieben.
agents-directory-offline = { $directory }: kein Agent online — seine Benutzer können jetzt nicht zurücksetzen
agents-directory-online = { $count ->
    [one] { $directory }: { $count } Agent online
   *[other] { $directory }: { $count } Agenten online
}
# Same as English.
agents-status-online = Online
# Same as English.
agents-status-offline = Offline
agents-status-revoked = Widerrufen
agents-revoke = Widerrufen
agents-table = Agenten
# Same as English.
agents-col-agent = Agent
agents-col-directory = Verzeichnis
# Same as English.
agents-col-status = Status
# Same as English.
agents-col-version = Version
agents-col-last-contact = Letzter Kontakt
agents-enrol-title = Agent registrieren
agents-directory = Verzeichnis
agents-directory-hint = Ein kurzer Name für das Verzeichnis, etwa corp: Kleinbuchstaben, Ziffern und Bindestriche.
agents-name = Name des Agenten
agents-name-hint = Auf welchem Host er läuft, etwa dc1-Agent.
agents-issue = Registrierungstoken ausstellen
agents-issuing = Wird ausgestellt…
agents-token = Registrierungstoken (wird einmal angezeigt, funktioniert einmal, bis { $until }):
agents-on-host = Auf dem Host des Agenten:
