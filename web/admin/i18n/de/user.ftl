# Die Seite eines Benutzers in der Konsole.

user-all-users = ← Alle Benutzer
user-loading = Benutzer wird geladen…

## Abzeichen.

user-badge-disabled = Deaktiviert
user-badge-locked = Gesperrt
user-badge-must-change = Muss Passwort ändern
# Die Person hat etwas gemeldet, das sie nicht getan hat („Das war ich nicht“): Self-Service ist eingefroren.
user-badge-locked-down = Sicherheitssperre

## Die Meldung der Person selbst („Das war ich nicht“ in einer Sicherheits-E-Mail
## oder in ihren letzten Aktivitäten): Alle Sitzungen wurden beendet, und
## Zurücksetzen und Registrierung sind eingefroren, bis die Administration die
## Sperre aufhebt.

user-lockdown-title = Von der Person selbst gemeldet
user-lockdown-what = Was nach ihren Angaben nicht von ihr kam: { $what }
user-lockdown-what-at = Was nach ihren Angaben nicht von ihr kam: { $what } ({ $at })
user-lockdown-from-link = Gemeldet am { $at } über den Link in einer Sicherheitsbenachrichtigung.
user-lockdown-from-activity = Gemeldet am { $at } über ihre letzten Aktivitäten.
user-lockdown-from-other = Gemeldet am { $at }.
user-lockdown-effect = Alle Sitzungen wurden beendet. Self-Service-Zurücksetzen des Passworts und Registrierung sind eingefroren, bis die Sicherheitssperre aufgehoben wird.
user-lockdown-help = Prüfen Sie vor jeder Hilfe, wer die Person ist: Setzen Sie das Passwort mit einem verifizierten Helpdesk-Reset zurück und heben Sie danach die Sperre auf.
user-lockdown-lift = Sicherheitssperre aufheben
user-lockdown-lift-warning = Self-Service-Zurücksetzen des Passworts und Registrierung funktionieren für diese Person wieder. Heben Sie die Sperre erst auf, wenn Sie geprüft haben, wer sie ist.
user-lockdown-lift-confirm = Ja, aufheben
user-lockdown-lift-done = Die Sicherheitssperre ist aufgehoben: Self-Service funktioniert für diese Person wieder.

## Aktionen.

user-actions = Aktionen
user-own-account = Dies ist Ihr eigenes Konto: Ändern Sie Ihr Passwort und Ihre Methoden im Self-Service-Portal.
user-privileged = Nur ein Administrator kann ein Konto mit einer Administratorrolle bearbeiten.
user-deleted-title = Benutzer gelöscht
user-done-title = Erledigt
user-reset-warning = Latchkey erstellt ein temporäres Passwort, das Ihnen einmal angezeigt wird. Es gilt 24 Stunden und nur, um ein neues Passwort zu wählen; die Sitzungen des Benutzers enden jetzt.
user-reset-confirm = Temporäres Passwort erstellen
user-reset-done = Temporäres Passwort erstellt. Der Benutzer wurde informiert, dass sein Passwort zurückgesetzt wurde.
user-invite = Einladung zum Zurücksetzen per E-Mail senden
user-invite-done = Eine Einladung zum Festlegen eines neuen Passworts wurde dem Benutzer per E-Mail gesendet.
user-unlock = Entsperren
user-unlock-done = Das Konto ist entsperrt; der Benutzer kann sich wieder anmelden und sein Passwort zurücksetzen.
user-locked-now = Derzeit gesperrt.
user-not-locked-now = Derzeit nicht gesperrt; hebt auch Sperren für das Zurücksetzen auf.
user-require-change = Passwortänderung verlangen
user-require-change-done = Der Benutzer muss sein Passwort bei der nächsten Anmeldung ändern.
user-end-sessions = Alle Sitzungen beenden
user-end-sessions-warning = Der Benutzer wird sofort überall abgemeldet.
user-end-sessions-confirm = Ja, beenden
user-end-sessions-done = Alle Sitzungen dieses Benutzers wurden beendet.
user-clear-methods = Neue Registrierung verlangen
user-clear-methods-warning = Die vom Benutzer registrierte E-Mail-Adresse, Telefonnummer und Sicherheitsfragen werden entfernt; er richtet sie bei der nächsten Anmeldung neu ein. Kontaktdaten aus dem Verzeichnis bleiben erhalten.
user-clear-methods-confirm = Ja, entfernen
user-clear-methods-done = Die eigenen Methoden des Benutzers wurden entfernt; er registriert sich bei der nächsten Anmeldung neu.
user-let-expire = Passwort ablaufen lassen
user-expires-done = Das Passwort läuft jetzt gemäß den Passwortregeln ab.
user-never-expires = Passwort läuft nie ab
user-never-expires-done = Das Passwort läuft nicht mehr ab.
user-disable = Konto deaktivieren
user-disable-warning = Der Benutzer kann sich nicht mehr anmelden oder sein Passwort zurücksetzen, und alle Sitzungen enden jetzt.
user-disable-confirm = Ja, deaktivieren
user-disable-done = Das Konto ist deaktiviert und seine Sitzungen wurden beendet.
user-enable = Konto aktivieren
user-enable-done = Das Konto ist wieder aktiviert.
user-delete = Benutzer löschen
user-delete-warning = Der Benutzer wird endgültig entfernt; sein Prüfprotokoll bleibt erhalten.
user-delete-confirm = Ja, löschen
user-delete-done = Der Benutzer wurde entfernt; sein Prüfprotokoll bleibt erhalten.

## Temporäres Passwort.

user-temporary-title = Temporäres Passwort
user-temporary-warning = Wird nur jetzt angezeigt: Es wird nicht gespeichert und kann nicht erneut angezeigt werden. Geben Sie es dem Benutzer über einen vertrauenswürdigen Kanal, niemals per E-Mail. Es gilt bis { $expires } und nur, um bei der nächsten Anmeldung ein neues Passwort zu wählen.
user-copy = Kopieren
user-copied = Kopiert
user-given = Ich habe es dem Benutzer gegeben

## Überprüfung des Anrufers.

user-verify-title = Zuerst den Anrufer überprüfen
user-verify-lead = Bevor der Helpdesk zurücksetzt oder entsperrt, weist der Benutzer nach, dass er es ist: Senden Sie einen Code an eine seiner eigenen Methoden und geben Sie den Code ein, den er Ihnen vorliest.
user-verify-no-method = Dieser Benutzer hat keine E-Mail-Adresse oder Telefonnummer, an die ein Code gesendet werden kann. Ein Administrator muss diese Anfrage bearbeiten.
user-verify-email = Code per E-Mail senden
user-verify-text = Code per SMS senden
user-verify-call = Mit Code anrufen
user-verify-sent = Code an { $to } gesendet. Bitten Sie den Anrufer, ihn Ihnen vorzulesen; er gilt bis { $until }.
user-verify-code = Vom Anrufer vorgelesener Code
user-verify-check = Code prüfen

## Angaben.

# Same as English.
user-details = Details
user-emails = E-Mail-Adressen
user-phones = Telefonnummern
user-groups = Gruppen
user-reset-methods = Methoden zum Zurücksetzen
user-methods-none = Noch keine.
user-method-email = E-Mail
user-method-sms = SMS
user-method-voice = Sprachanruf
user-method-questions = Sicherheitsfragen
user-method-authenticator = Authenticator-App
user-method-from-directory = aus dem Verzeichnis
user-method-proven = vom Benutzer bestätigt am { $at }
user-method-registered = vom Benutzer registriert
# Same as English.
user-method = { $kind }: { $hint } ({ $source })
user-registration = Registrierung
user-registration-summary = { $state }: { $registered ->
    [one] { $registered } Methode
   *[other] { $registered } Methoden
}; nötig für eine Zurücksetzung: { $required }
user-reconfirm-by = ; erneut bestätigen bis { $at }
user-locked-out = Gesperrt
user-locked-everywhere = Überall, bis { $at }
user-locked-here = Von der Adresse der letzten Anmeldung aus (zu viele falsche Passwörter von dort)
user-not-locked = Nein
user-password-changed = Passwort geändert
user-password-expires = Passwort läuft ab
user-never = Nie
user-temporary-password = Temporäres Passwort
user-temporary-valid = Gültig bis { $at }
user-last-sign-in = Letzte Anmeldung
user-last-reset = Letzte Zurücksetzung
user-created = Angelegt
user-invitation = Einladung
user-invitation-sent = Gesendet an { $to }; gültig bis { $until }

## Profil.

user-profile = Profil
user-display-name = Anzeigename
user-first-name = Vorname
user-last-name = Nachname
user-contact-emails = Kontakt-E-Mail-Adressen
user-contact-phones = Kontakttelefonnummern
user-commas-hint = Mehrere durch Kommas trennen.
user-phone-hint = Internationales Format, +49 30 1234567.
user-roles = Rollen
user-roles-hint = Jeder Administrator wird informiert, wenn eine Rolle vergeben oder entzogen wird.
user-save = Änderungen speichern
user-saving = Wird gespeichert…
user-saved-title = Gespeichert
user-profile-saved = Die Angaben des Benutzers sind aktualisiert.

## Bürotelefon.

user-office = Bürotelefon
user-office-label = Festnetztelefon für Code-Anrufe
user-office-hint = Internationales Format, +49 30 1234567. Nur von Administratoren festgelegt.
user-office-save = Bürotelefon speichern
user-office-remove = Entfernen
user-office-saved = Code-Anrufe können jetzt an das Bürotelefon gehen.
user-office-removed = Das Bürotelefon wurde entfernt.

## Letzte Aktivität.

user-activity = Letzte Aktivität
user-activity-none = Noch nichts.
user-activity-when = Wann
user-activity-what = Was
user-activity-outcome = Ergebnis
# Same as English.
user-activity-details = Details
user-language = Sprache
user-language-default = Die der Organisation
user-language-hint = Portal, Konsole und jede Nachricht an die Person, bis sie selbst eine andere wählt.

## Das lokale Verzeichnis, aus dem ein synchronisierter Benutzer stammt.

user-directory = Verzeichnis
user-directory-name = Verzeichnis
user-directory-synced = Letzte Synchronisierung
user-directory-locked = Im Verzeichnis gesperrt
user-directory-locked-since = Im Verzeichnis gesperrt seit { $at }
user-directory-password-changed = Passwort im Verzeichnis geändert
user-directory-password-expires = Passwort läuft im Verzeichnis ab
user-directory-protected = Geschütztes Konto im Verzeichnis (hier privilegiert)
user-directory-pass-through = Meldet sich über das Verzeichnis an
user-directory-removed = Aus dem Verzeichnis entfernt

# Same as English: German uses the English word.
user-passkeys = Passkeys
user-passkeys-none = Keine Passkeys.
user-passkey-dates = Hinzugefügt am { $added }, zuletzt verwendet am { $used }
user-passkey-dates-unused = Hinzugefügt am { $added }, noch nie verwendet
user-passkey-model = Authenticator-Modell: { $model }
user-passkey-remove = Passkey entfernen
user-passkey-remove-warning = Mit „{ $name }“ kann sich niemand mehr bei diesem Konto anmelden. Der Benutzer wird benachrichtigt.
user-passkey-remove-confirm = Ja, entfernen
user-passkey-removed = Der Passkey „{ $name }“ wurde entfernt; der Benutzer wurde benachrichtigt.
