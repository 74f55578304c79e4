groups-title = Gruppen
groups-lead = Gruppen legen fest, für wen das Zurücksetzen per Self-Service gilt (siehe Richtlinie zum Zurücksetzen), und ordnen Benutzer. Mitgliedschaften werden auch im Profil jedes Benutzers und durch Importe festgelegt.
groups-loading = Gruppen werden geladen…
groups-none = Noch keine Gruppen.
groups-pages = Seiten
groups-previous-page = Vorherige Seite
groups-next-page = Nächste Seite
groups-col-group = Gruppe
groups-col-members = Mitglieder
groups-col-scope = Geltungsbereich zum Zurücksetzen
groups-col-description = Beschreibung
groups-open = Gruppe { $name } öffnen
groups-renaming = Wird umbenannt in { $to }: erneut umbenennen, um abzuschließen
groups-in-scope = Im Geltungsbereich
groups-created = Die Gruppe { $name } wurde angelegt.
groups-create-label = Gruppe anlegen
groups-new-name = Name der neuen Gruppe
groups-new-name-hint = 1 bis 64 Buchstaben, Ziffern, Leerzeichen, . _ -
groups-description = Beschreibung (optional)
groups-create = Gruppe anlegen
groups-renamed = Umbenannt in { $name }; ihre Mitglieder und der Geltungsbereich zum Zurücksetzen folgen.
groups-deleted = Die Gruppe { $name } wurde gelöscht.
groups-strands-title = Benutzer würden das Zurücksetzen per Self-Service verlieren
groups-strands-body = { $count ->
    [one] Die Richtlinie zum Zurücksetzen nennt diese Gruppe: { $count } Mitglied könnte sein eigenes Passwort nicht mehr zurücksetzen. Es wurde nichts gelöscht.
   *[other] Die Richtlinie zum Zurücksetzen nennt diese Gruppe: { $count } Mitglieder könnten ihr eigenes Passwort nicht mehr zurücksetzen. Es wurde nichts gelöscht.
}
groups-no-such-user = Kein Benutzer hat diesen Benutzernamen.
groups-detail-title = Gruppe: { $name }
# Same as English.
groups-name = Name
groups-rename = Umbenennen
groups-delete = Gruppe löschen
groups-delete-anyway = { $count ->
    [one] Trotzdem löschen ({ $count } verliert das Zurücksetzen per Self-Service)
   *[other] Trotzdem löschen ({ $count } verlieren das Zurücksetzen per Self-Service)
}
groups-add-member-label = Mitglied per Benutzername hinzufügen
groups-add-member = Mitglied hinzufügen
groups-members = Mitglieder
groups-loading-members = Mitglieder werden geladen…
groups-no-members = Keine Mitglieder.
groups-remove-label = { $username } aus der Gruppe entfernen
groups-remove = Entfernen
groups-more-members = Weitere Mitglieder: Filtern Sie die Benutzer nach dieser Gruppe, um alle zu sehen.
