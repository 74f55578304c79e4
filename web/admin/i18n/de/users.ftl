# Die Benutzerliste der Konsole: Suche, Filter, Tabelle, Sammelaktionen und
# das Formular für neue Benutzer.

users-title = Benutzer
users-new-user = Neuer Benutzer
users-loading = Benutzer werden geladen…

## Tabellenoptionen.

users-page-size = Benutzer pro Seite
users-columns = Spalten
users-show-columns = Diese Spalten anzeigen

## Spalten.

# Same as English.
users-column-name = Name
users-column-username = Benutzername
users-column-email = E-Mail
users-column-groups = Gruppen
users-column-roles = Rollen
# Same as English.
users-column-status = Status
users-column-last-sign-in = Letzte Anmeldung
users-table = Benutzer
users-select-page = Alle Benutzer auf dieser Seite auswählen
users-select-row = { $name } auswählen

## Suche und Filter.

users-find = Benutzer suchen
users-find-hint = Ein Benutzername, eine E-Mail-Adresse oder ein beliebiges Wort eines Namens.
users-search = Suchen
users-filters = Filter
users-filter-group = Gruppe
users-filter-role = Rolle
users-filter-role-any = Alle Rollen
users-filter-role-users = Nur Benutzer
users-filter-role-admins = Administratoren
users-filter-role-helpdesk = Helpdesk
users-filter-role-report-readers = Berichtleser
users-filter-account = Konto
users-filter-account-any = Aktiviert oder deaktiviert
users-filter-account-enabled = Aktiviert
users-filter-account-disabled = Deaktiviert
users-filter-registration = Registrierung
users-filter-registration-any = Beliebig
users-filter-locked = Derzeit gesperrt
users-filter-expired = Passwort abgelaufen

## Ergebnisse.

users-none-match = Keine Benutzer gefunden.
users-match = { $count ->
    [one] { $count } Benutzer gefunden.
   *[other] { $count } Benutzer gefunden.
}
users-page-more = Seite { $number }: { $count ->
    [one] { $count } Benutzer angezeigt
   *[other] { $count } Benutzer angezeigt
}; weitere auf der nächsten Seite.
users-page-last = Seite { $number }: { $count ->
    [one] { $count } Benutzer angezeigt
   *[other] { $count } Benutzer angezeigt
}; dies ist die letzte Seite.
users-pages = Seiten
users-previous-page = Vorherige Seite
users-next-page = Nächste Seite

## Sammelaktionen.

users-bulk-region = Ausgewählte Benutzer
users-bulk-done = Fertig: das Ergebnis für jeden Benutzer
users-selected = { $count ->
    [one] { $count } Benutzer ausgewählt
   *[other] { $count } Benutzer ausgewählt
}
users-bulk-disable = Deaktivieren
users-bulk-disable-warning = Die ausgewählten Benutzer können sich nicht mehr anmelden oder ihr Passwort zurücksetzen, bis sie wieder aktiviert werden.
users-bulk-disable-confirm = Diese deaktivieren
users-bulk-enable = Aktivieren
users-bulk-reregister = Neue Registrierung verlangen
users-bulk-reregister-warning = Ihre eigenen Kontaktmethoden und Sicherheitsantworten werden entfernt; alle müssen sich bei der nächsten Anmeldung neu registrieren.
users-bulk-reregister-confirm = Ihre Methoden entfernen
users-bulk-end-sessions = Überall abmelden
users-bulk-group = Gruppe
users-bulk-add-to-group = Zur Gruppe hinzufügen
users-bulk-export = Auswahl exportieren
users-bulk-progress = { $done } von { $all } erledigt
users-bulk-outcomes = Ergebnis für jeden Benutzer
users-bulk-skipped-self = Übersprungen: Ihr eigenes Konto ändern Sie auf Ihrer eigenen Seite.

## Ergebnis für einen Benutzer.

users-outcome-disabled = Deaktiviert
users-outcome-enabled = Aktiviert
users-outcome-reregister = Muss sich neu registrieren
users-outcome-signed-out = Überall abgemeldet
users-outcome-added = Zur Gruppe hinzugefügt

## Rollen.

# Same as English.
users-role-admin = Administrator
users-role-helpdesk = Helpdesk
users-role-reports-reader = Berichtleser
users-role-user = Benutzer

## Status eines Benutzers.

users-status-locked-until = Gesperrt bis { $at }
users-status-disabled = Deaktiviert
users-status-must-change = Muss Passwort ändern
users-registration-complete = Registriert
users-registration-incomplete = Nicht registriert
users-registration-confirm-due = Erneute Bestätigung fällig
users-registration-not-in-scope = Nicht für Zurücksetzung vorgesehen

## Neuer Benutzer.

users-create-lead = Sie legen nie das Passwort eines Benutzers fest: Er erhält einen Einladungscode per E-Mail und wählt sein eigenes.
users-create-username = Benutzername
users-create-username-hint = Buchstaben, Ziffern und . _ - @; wird in Kleinbuchstaben gespeichert.
users-create-display-name = Anzeigename
users-create-email = E-Mail
users-create-email-hint = Hierhin geht die Einladung.
users-create-groups = Gruppen
users-create-groups-hint = Mehrere durch Kommas trennen.
users-create-roles = Rollen
users-create-invite = Einladung jetzt senden
users-create-submit = Benutzer anlegen
users-create-busy = Wird angelegt…
users-created-title = Benutzer angelegt
users-created-invited = Eine Einladung zum Festlegen eines Passworts ging an { $to }.
users-created-not-invited = Es wurde keine Einladung gesendet; senden Sie eine von dieser Seite, wenn es so weit ist.
