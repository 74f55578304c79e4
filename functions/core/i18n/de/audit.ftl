### Das Prüfprotokoll in Worten: wie jede Aktion heißt, wie sie ausging,
### und ihre Begründungscodes, wie ein Mensch sie liest (Aktivitätsprotokoll
### und Berichte der Konsole, letzte Spalten der CSV).

## Wie jede Aktion heißt, als Satzanfang.

audit-action-sign-in = Anmeldung
audit-action-sign-out = Abmeldung
audit-action-session-ended = Sitzung beendet
audit-action-password-change = Passwortänderung
audit-action-account-lockout = Konto gesperrt
audit-action-user-created = Benutzer angelegt
audit-action-settings-changed = Einstellungen geändert
audit-action-reset-started = Zurücksetzung begonnen
audit-action-reset-code-sent = Code zum Zurücksetzen gesendet
audit-action-reset-code-failed = Falscher Code zum Zurücksetzen
audit-action-reset-method-verified = Methode zum Zurücksetzen nachgewiesen
audit-action-reset-blocked = Zurücksetzung verweigert
audit-action-reset-completed = Zurücksetzung abgeschlossen
audit-action-account-unlocked = Konto entsperrt
audit-action-method-code-sent = Registrierungscode gesendet
audit-action-method-code-failed = Falscher Registrierungscode
audit-action-method-registered = Methode registriert
audit-action-method-removed = Methode entfernt
audit-action-methods-confirmed = Methoden bestätigt
audit-action-user-updated = Benutzer bearbeitet
audit-action-admin-password-reset = Passwort von einem Operator zurückgesetzt
audit-action-roles-changed = Rollen geändert
audit-action-user-deleted = Benutzer gelöscht
audit-action-invitation-sent = Einladung gesendet
audit-action-invitation-accepted = Einladung verwendet
audit-action-helpdesk-check = Identitätsprüfung durch den Helpdesk
audit-action-group-created = Gruppe angelegt
audit-action-group-updated = Gruppe bearbeitet
audit-action-group-renamed = Gruppe umbenannt
audit-action-group-deleted = Gruppe gelöscht
audit-action-group-member-added = Zu einer Gruppe hinzugefügt
audit-action-group-member-removed = Aus einer Gruppe entfernt
audit-action-breached-password-audited = Kompromittiertes Passwort akzeptiert (nur protokolliert)
audit-action-agent-enrolment-issued = Registrierungstoken für einen Agenten ausgestellt
audit-action-agent-enrolled = Agent registriert
audit-action-agent-keys-rotated = Agentenschlüssel ersetzt
audit-action-agent-revoked = Agent widerrufen
audit-action-directory-synced = Verzeichnis synchronisiert
audit-action-client-created = API-Client angelegt
audit-action-client-secret-rotated = Geheimnis eines API-Clients erneuert
audit-action-client-revoked = API-Client widerrufen
audit-action-client-token-refused = Token eines API-Clients verweigert
audit-action-webhook-created = Webhook abonniert
audit-action-webhook-changed = Webhook geändert
audit-action-webhook-secret-rotated = Signaturgeheimnis des Webhooks erneuert
audit-action-webhook-deleted = Webhook entfernt
audit-action-webhook-paused = Webhook nach einem Tag voller Fehler pausiert
audit-action-preference-changed = Präferenz geändert

## Wie ein Ereignis ausging, in einem Wort.

audit-outcome-success = Erfolgreich
audit-outcome-failure = Fehlgeschlagen
audit-outcome-locked = Gesperrt
audit-outcome-blocked = Blockiert

## Was jeder Begründungscode sagt, als Teil einer Liste.

audit-reason-account-disabled = das Konto ist deaktiviert
audit-reason-account-locked = das Konto wurde gesperrt
audit-reason-administrator = durch einen Administrator
audit-reason-answers-invalid = falsche Antworten
audit-reason-audit-only = akzeptiert, weil die Datenleck-Prüfung nur protokolliert
audit-reason-authenticator-code-invalid = ein falscher Authenticator-Code
audit-reason-passkey = mit einem Passkey
audit-reason-passkey-invalid = ein nicht akzeptierter Passkey
audit-reason-passkey-model-not-allowed = ein Authentifikator-Modell, das die Organisation nicht akzeptiert
audit-reason-passkey-renamed = ein umbenannter Passkey
audit-reason-access-pass = mit einem befristeten Zugriffspass
audit-reason-access-pass-invalid = ein befristeter Zugriffspass, der falsch, noch nicht gültig, verbraucht oder abgelaufen war
audit-reason-one-time = für eine einzige Anmeldung gültig
audit-reason-multi-use = für mehrere Anmeldungen gültig
audit-reason-minutes = Gültigkeitsdauer in Minuten
audit-reason-replaced = ersetzt den vorherigen
audit-reason-revoked = widerrufen
audit-reason-banned = ein gesperrtes Wort
audit-reason-breached = in bekannten Datenlecks gefunden
audit-reason-code-expired = der Code war abgelaufen
audit-reason-code-invalid = ein falscher Code
audit-reason-code-sent = ein Code wurde gesendet
audit-reason-corpus = in der Datenleck-Sammlung
audit-reason-custom-banned = eines der gesperrten Wörter der Organisation
audit-reason-directory-complexity = die Komplexitätsregeln des Verzeichnisses
audit-reason-directory-refused = das Verzeichnis hat es abgelehnt
audit-reason-directory-unavailable = das Verzeichnis war nicht erreichbar
audit-reason-failed-proofs = zu viele fehlgeschlagene Nachweise
audit-reason-failed-proofs-per-day = zu viele fehlgeschlagene Nachweise heute
audit-reason-flow-send-limit = zu viele Codes in einer Zurücksetzung
audit-reason-helpdesk = durch den Helpdesk
audit-reason-import = durch einen Import
audit-reason-in-history = ein bereits verwendetes Passwort
audit-reason-invalid-scope = ein Bereich, den der Client nicht hat
audit-reason-max-length = zu lang
audit-reason-min-length = zu kurz
audit-reason-named-by-a-user-edit = in der Bearbeitung eines Benutzers genannt
audit-reason-no-invitation = keine Einladung stand aus
audit-reason-no-password = kein Passwort war gesetzt
audit-reason-not-registered = nicht registriert
audit-reason-out-of-scope = darf nicht zurücksetzen
audit-reason-personal = enthält den Namen der Person
audit-reason-phone-cap = die Kostengrenze für Telefonie
audit-reason-recovery-code = mit einem Wiederherstellungscode
audit-reason-refresh-reused = ein verbrauchter Aktualisierungsnachweis kam zurück
audit-reason-second-factor-required = ein zweiter Faktor war nötig
audit-reason-self-service = durch die Person selbst
audit-reason-send-failed = die Nachricht konnte nicht gesendet werden
audit-reason-send-limit = zu viele Codes gesendet
audit-reason-sessions-ended = alle Sitzungen wurden beendet
audit-reason-temporary-password = mit einem temporären Passwort
audit-reason-temporary-password-expired = das temporäre Passwort war abgelaufen
audit-reason-too-many-failures = zu viele Fehlversuche
audit-reason-unknown-client = ein unbekannter API-Client
audit-reason-unknown-user = kein solcher Benutzer
audit-reason-unlock = zum Entsperren
audit-reason-verified = nach Prüfung der Identität
audit-reason-wrong-password = ein falsches Passwort
audit-reason-wrong-secret = ein falsches Client-Geheimnis

# Ein Grund mit seiner Einzelheit.
# Same as English.
audit-reason-detail = { $reason }: { $detail }
audit-action-breached-password-found = Kompromittiertes Passwort bei der Anmeldung gefunden
audit-action-expiry-reminder-sent = Erinnerung an den Passwortablauf gesendet
audit-action-scheduled-run = Geplanter Lauf
audit-action-account-reported = Konto von der Person selbst gemeldet
audit-action-lockdown-lifted = Sicherheitssperre aufgehoben
audit-reason-account-locked-down = das Konto hat eine von der Person selbst veranlasste Sicherheitssperre
audit-reason-activity = aus den letzten Aktivitäten
audit-reason-notice-link = über den Link einer Sicherheitsbenachrichtigung
audit-reason-reported = gemeldet
audit-action-campaign-started = Registrierungskampagne gestartet
audit-action-campaign-ended = Registrierungskampagne beendet
audit-action-campaign-invitation-sent = Zur Registrierung eingeladen
audit-action-registration-snoozed = Registrierung aufgeschoben
audit-action-access-pass-issued = Befristeter Zugriffspass ausgestellt
audit-action-access-pass-used = Befristeter Zugriffspass verwendet
audit-action-access-pass-revoked = Befristeter Zugriffspass widerrufen
audit-action-access-pass-expired = Befristeter Zugriffspass ungenutzt abgelaufen
audit-reason-operator = der Betreiber, mit den eigenen Zugangsdaten der Installation
