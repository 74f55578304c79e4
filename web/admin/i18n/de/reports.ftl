# Reports: charts over a period, the administrator's questions answered in
# sentences, the registration summary and the users not yet registered.

reports-title = Berichte
reports-lead = Selbstbedienungs-Zurücksetzungen und Registrierung: wie sie verliefen, wer eine Erinnerung braucht, und jedes Ereignis.
reports-period = Zeitraum
reports-period-7 = Die letzten 7 Tage
reports-period-30 = Die letzten 30 Tage
reports-period-90 = Die letzten 90 Tage
reports-loading = Berichte werden geladen…

## How people prove who they are, and the data they register.

reports-method-email = E-Mail
reports-method-sms = SMS
reports-method-voice = Sprachanruf
reports-method-questions = Sicherheitsfragen
reports-method-authenticator = Authenticator-App
reports-method-passkey = Passkey (phishing-resistent)
reports-method-mobile = Mobiltelefon
reports-method-office-phone = Bürotelefon

## How a step ended.

reports-outcome-success = Erfolgreich
reports-outcome-failure = Fehlgeschlagen
reports-outcome-locked = Gesperrt
reports-outcome-blocked = Blockiert

## Lists in sentences.

# Same as English.
reports-counted = { $name } ({ $count })
# Same as English.
reports-list-separator = { ", " }
reports-none = Keine.
reports-none-inline = keine
reports-unknown-name = ein unbekannter Name

## The charts.

reports-partial = Die Diagramme zeigen nur die neuesten 10.000 Ereignisse jeder Art: Wählen Sie einen kürzeren Zeitraum, um alle zu sehen.
reports-charts = Diagramme
reports-chart-outcome = Selbstbedienungs-Zurücksetzungen pro Tag, nach Ergebnis
reports-chart-method = Abgeschlossene Zurücksetzungen pro Tag, nach Methode
reports-chart-coverage = Registrierungsabdeckung (frühere Tage geschätzt)
reports-chart-problems = Häufigste Fehlergründe
reports-chart-problems-counts = Anzahl
reports-outcome-summary = Selbstbedienungs-Zurücksetzungen pro Tag in den letzten { $days } Tagen, nach Ergebnis: insgesamt { $total }, erfolgreich { $succeeded }.
reports-method-summary = Abgeschlossene Zurücksetzungen pro Tag in den letzten { $days } Tagen, nach nachgewiesener Methode: { $methods }.
reports-coverage-summary = Registrierungsabdeckung am Ende jedes Tages. Heute: registriert { $registered } von { $users } aktiven Benutzern; Zurücksetzen möglich { $capable }; nicht registriert { $unregistered }. Frühere Tage sind aus den heutigen Zahlen und den Registrierungsereignissen des Zeitraums geschätzt.
reports-problems-summary = Die häufigsten Fehlergründe in den letzten { $days } Tagen: { $reasons }.
reports-chart-sign-ins = Anmeldungen nach Methode
reports-chart-sign-ins-counts = Anmeldungen
reports-sign-in-password = Passwort
reports-sign-in-password-authenticator = Passwort + Authenticator-App
reports-sign-in-password-passkey = Passwort + Passkey
# Same as English: the German word is Passkey.
reports-sign-in-passkey = Passkey
reports-sign-in-access-pass = Befristeter Zugriffspass
reports-sign-ins-summary = Anmeldungen in den letzten { $days } Tagen, nach Art des Nachweises: { $methods }.
reports-sign-ins-resistant = { $share } % der Anmeldungen waren phishing-resistent (mit einem Passkey): { $resistant } von { $total }.
reports-sign-ins-none = Keine Anmeldungen in diesem Zeitraum.
reports-coverage-capable = Zurücksetzen möglich
reports-coverage-registered = Registriert, Zurücksetzen noch nicht möglich
reports-coverage-not-registered = Nicht registriert

## The administrator's questions, each answered in a sentence.

reports-questions = Fragen
reports-answers-partial = Diese Antworten berücksichtigen nur die ersten { $count } Ereignisse des Zeitraums, der mehr enthält: Wählen Sie einen kürzeren Zeitraum für vollständige Antworten.
reports-q-policy = Was hat sich an der Zurücksetzungsrichtlinie geändert?
reports-policy-change = { $when }: { $what } durch { $who }
reports-the-settings = die Einstellungen
reports-someone = jemanden
reports-q-registered = Wie viele Personen haben sich registriert?
reports-a-registered = Im Zeitraum: registrierte Personen { $people }, registrierte Methoden { $methods }. Jetzt: registriert { $registered } von { $users } aktiven Benutzern; Zurücksetzen möglich { $capable }.
reports-q-who = Wer hat sich registriert?
reports-q-data = Welche Daten wurden registriert?
reports-a-data = Im Zeitraum: { $period }. Alle jetzt: { $now }.
reports-q-resets = Wie viele Personen haben ihr Passwort zurückgesetzt?
reports-a-resets = Selbstbedienungs-Zurücksetzungen in den letzten { $days } Tagen: { $resets }; Zurücksetzungen durch einen Administrator: { $admin }.
reports-q-methods = Welche Methoden werden am häufigsten genutzt?
reports-q-problems = Was sind die häufigsten Probleme?
reports-q-admins = Welche Administratoren setzen ihr eigenes Passwort oft zurück?
reports-q-suspicious = Verdächtige Aktivität?
# Same as English.
reports-suspicious-line = { $what }: { $who }
reports-suspicious-blocked = Von der Zurücksetzung ausgeschlossen
reports-suspicious-failed-proofs = Drei oder mehr fehlgeschlagene Nachweise
reports-suspicious-starts-user = Fünf oder mehr gestartete Zurücksetzungen für einen Benutzer
reports-suspicious-starts-address = Zehn oder mehr gestartete Zurücksetzungen von einer Adresse

## Registration: everyone, by data, by group.

reports-registration = Registrierung
reports-registered-data = Registrierte Daten, in Benutzern: { $methods }
reports-by-group = Registrierung nach Gruppe
reports-col-who = Wer
reports-col-users = Aktive Benutzer
reports-col-registered = Registriert
reports-col-capable = Zurücksetzen möglich
reports-col-not-registered = Nicht registriert
reports-col-not-in-scope = Außerhalb des Zurücksetzungsbereichs
reports-everyone = Alle

## The users not registered yet.

reports-not-registered-title = Noch nicht registriert
reports-not-registered-loading = Wird geladen…
reports-all-registered = Alle im Zurücksetzungsbereich haben sich registriert.
reports-users-shown = Angezeigte Benutzer: { $count }.
reports-users-shown-more = Angezeigte Benutzer: { $count }+.
reports-not-registered-table = Nicht registrierte Benutzer
# Same as English.
reports-col-name = Name
reports-col-username = Benutzername
reports-col-groups = Gruppen
reports-load-more = Mehr laden
reports-download-csv = Als CSV herunterladen
