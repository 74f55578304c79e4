# The password and lockout rules, the breach check, and the organisation's
# own security questions.

passwords-title = Passwort- und Sperrregeln
passwords-lead = Für alle in Ihrer Organisation. Bestehende Passwörter werden bei ihrer nächsten Änderung anhand der neuen Regeln geprüft.
passwords-number-error = Geben Sie eine ganze Zahl im angegebenen Bereich ein.
passwords-saved = Die neuen Regeln gelten ab der nächsten Anmeldung oder Passwortänderung des jeweiligen Benutzers.
passwords-save-anyway = Trotzdem speichern ({ $count } müssen ändern)
passwords-expires-title = Passwörter würden sofort ablaufen
passwords-expires-what = Mit diesem Höchstalter müssen Benutzer ihr Passwort bei der nächsten Anmeldung ändern: { $count }.
passwords-impact = Benutzer mit einem Passwort über dem Höchstalter: jetzt { $before } von { $users }, mit diesen Regeln { $after }. { $recent }
passwords-impact-then = eine erzwingende Prüfung lehnt solche Passwörter ab
passwords-recent-none = In den letzten { $days } Tagen wurde kein neues Passwort auf Datenlecks geprüft.
passwords-recent = { $checked ->
    [one] In den letzten { $days } Tagen in bekannten Datenlecks gefunden: { $breached } von { $checked } neuen Passwort; { $then }.
   *[other] In den letzten { $days } Tagen in bekannten Datenlecks gefunden: { $breached } von { $checked } neuen Passwörtern; { $then }.
}
passwords-then-refused = sie wurden abgelehnt
passwords-then-accepted = sie wurden angenommen, da die Prüfung nur protokolliert
passwords-then-off = die Prüfung ist ausgeschaltet
passwords-status-corpus = Neue Passwörter werden in den { $shipped } häufigsten kompromittierten Passwörtern, die mit Latchkey geliefert werden, und in einem importierten Korpus von { $entries } Hashes ({ $source }, importiert am { $date }) nachgeschlagen. { $recent }
passwords-status-no-corpus = Neue Passwörter werden in den { $shipped } häufigsten kompromittierten Passwörtern nachgeschlagen, die mit Latchkey geliefert werden. Es ist kein vollständiger Korpus importiert (siehe README: latchkey-breach-import). { $recent }
passwords-status-loading = Status der Datenleck-Prüfung wird gelesen…

## The form.

passwords-passwords = Passwörter
passwords-min-length = Mindestlänge
passwords-min-length-hint = 8 bis 64 Zeichen; 12 oder mehr wird empfohlen.
passwords-history = Gespeicherte Passwörter
passwords-history-hint = Eine Änderung darf so viele zuletzt verwendete Passwörter nicht wiederverwenden (0 bis 24).
passwords-max-age = Höchstalter in Tagen
passwords-max-age-hint = Leer: Passwörter laufen nie ab (empfohlen). Sonst 1 bis 3650.
passwords-reminder-days = Erinnern vor Ablauf (Tage)
passwords-reminder-days-hint = Erinnerungen werden per E-Mail in der Sprache des jeweiligen Benutzers versendet, mit einem Link zur Änderungsseite; leer lassen für keine.
passwords-reminder-days-error = Geben Sie bis zu 10 ganze Zahlen von 1 bis 90 ein, durch Kommas getrennt.
passwords-reminder-sms = Auch per SMS
passwords-banned = Verbotene Wörter
passwords-banned-hint = Eines pro Zeile, 4 bis 16 Zeichen: Namen Ihres Unternehmens, Produkte, Orte. Abgeglichen wie gängige Passwörter: Groß-/Kleinschreibung, ähnlich aussehende Zeichen und ein Tippfehler werden ignoriert.
passwords-breached = Kompromittierte Passwörter
passwords-breached-hint = Passwörter aus bekannten Datenlecks probiert ein Angreifer zuerst. Latchkey schlägt jedes neue Passwort nach, ohne es irgendwohin zu senden.
passwords-breached-mode = Neue Passwörter, die in Datenlecks gefunden werden
passwords-mode-enforce = Ablehnen (empfohlen)
passwords-mode-audit = Annehmen und jedes protokollieren (nur Audit)
passwords-mode-off = Nicht prüfen
passwords-at-sign-in = Passwörter, die bei der Anmeldung in Datenlecks gefunden werden
passwords-at-sign-in-hint = Bei jeder erfolgreichen Anmeldung geprüft: Ist eine Änderung verlangt, kann die Sitzung nichts anderes tun, und der Inhaber des Passworts wird benachrichtigt.
passwords-at-sign-in-enforce = Änderung verlangen und den Inhaber benachrichtigen (empfohlen)
passwords-at-sign-in-audit = Anmeldung zulassen und jede protokollieren (nur Audit)
passwords-min-count = Passwörter aus dem importierten Korpus ablehnen
passwords-min-count-1 = Mindestens einmal
passwords-min-count-10 = Mindestens 10-mal
passwords-min-count-100 = Mindestens 100-mal
passwords-min-count-1000 = Mindestens 1.000-mal
passwords-min-count-10000 = Mindestens 10.000-mal
passwords-lockout = Anmeldesperre
passwords-lockout-threshold = Fehlgeschlagene Anmeldungen vor einer Sperre
passwords-lockout-threshold-hint = 1 bis 100.
passwords-lockout-first = Erste Sperre, in Sekunden
passwords-lockout-first-hint = Jede weitere Sperre verdoppelt sie.
passwords-lockout-max = Längste Sperre, in Sekunden
passwords-lockout-max-hint = Höchstens 604800 (eine Woche).
passwords-check-effect = Auswirkung prüfen
passwords-save = Speichern
passwords-saving = Wird gespeichert…

## The organisation's own security questions.

passwords-questions-title = Ihre eigenen Sicherheitsfragen
passwords-questions-lead = Zusätzlich zu den zehn vordefinierten Fragen angeboten, wie geschrieben, in jeder Sprache. Bis zu 20, je 10 bis 200 Zeichen. Wird eine Frage umformuliert, bleiben die Antworten der Benutzer erhalten; wird eine entfernt, verfallen sie.
passwords-questions-saved = Benutzer sehen diese Fragen, wenn sie Sicherheitsfragen registrieren.
passwords-strands-title = Benutzer würden die Selbstbedienungs-Zurücksetzung verlieren
passwords-strands-what = Benutzer, die eine von Ihnen entfernte Frage beantwortet haben und nicht mehr genug Antworten hätten, um ihr Passwort zurückzusetzen (sie würden aufgefordert, sich erneut zu registrieren): { $count }.
passwords-questions-save-anyway = Trotzdem speichern ({ $count } müssen sich neu registrieren)
passwords-question = Frage { $number }
passwords-question-remove-label = Frage entfernen: { $question }
passwords-question-remove = Entfernen
passwords-question-add = Frage hinzufügen
passwords-questions-save = Fragen speichern
