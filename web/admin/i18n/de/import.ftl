import-unreadable-title = Die Datei kann nicht gelesen werden
import-unreadable-body = Wählen Sie eine CSV- oder JSON-Lines-Textdatei.
import-finished-title = Import abgeschlossen
import-finished-body = Angelegt: { $created }, aktualisiert: { $updated }, unverändert: { $unchanged }, mit Fehlern (nicht geschrieben): { $errors }.
import-title = Benutzer importieren und exportieren
import-lead = Eine CSV-Datei mit einer Kopfzeile aus diesen Spalten — { $columns } (mehrere Werte durch ; getrennt) — oder JSON Lines. Benutzer werden über den Benutzernamen zugeordnet: Neue werden angelegt, bekannte aktualisiert. Niemand erhält ein Passwort aus einer Datei.
import-file = Zu importierende Datei
import-file-rows = { $count ->
    [one] { $name }: { $count } Zeile
   *[other] { $name }: { $count } Zeilen
}
import-invite = Jedem neuen Benutzer eine Einladung per E-Mail senden, sein Passwort festzulegen
import-dry-run = Datei prüfen (schreibt nichts)
import-apply = { $count ->
    [one] { $count } Zeile importieren
   *[other] { $count } Zeilen importieren
}
import-export = Alle Benutzer herunterladen (CSV)
import-progress = { $done } von { $total } Zeilen verarbeitet
import-resume = Ab Zeile { $row } fortsetzen
import-check-title = Prüfung der Datei
import-done-title = Was der Import getan hat
import-summary = Anzulegen: { $create }, zu aktualisieren: { $update }, unverändert: { $unchanged }, mit Fehlern: { $errors }.
import-summary-dry-run = Es wurde nichts geschrieben. Anzulegen: { $create }, zu aktualisieren: { $update }, unverändert: { $unchanged }, mit Fehlern: { $errors }.
import-rows = Zeilen
import-col-line = Zeile
import-col-username = Benutzername
import-col-result = Ergebnis
import-col-problem = Problem oder Hinweis
import-result = { $result ->
    [created] angelegt
    [updated] aktualisiert
    [unchanged] unverändert
    [error] Fehler
   *[unknown] { $result }
}
import-hidden = { $hidden ->
    [one] { $hidden } weitere Zeile ohne Fehler wird nicht aufgeführt.
   *[other] { $hidden } weitere Zeilen ohne Fehler werden nicht aufgeführt.
}
