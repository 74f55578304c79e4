profile-method-email = Codes per E-Mail
profile-method-sms = Codes per SMS
profile-method-voice = Codes per Sprachanruf
profile-method-questions = Sicherheitsfragen
profile-method-authenticator = Authenticator-App
profile-ability-read-users = Benutzer finden und ihre Angaben lesen
profile-ability-manage-users = Benutzer anlegen, bearbeiten, importieren und löschen
profile-ability-reset-password = Passwörter von Benutzern zurücksetzen
profile-ability-unlock = Konten entsperren
profile-ability-settings = Die Einstellungen der Organisation und die API-Clients ändern
profile-ability-read-reports = Berichte lesen
profile-title = Ihr Konto
profile-loading = Ihr Konto wird geladen…
profile-abilities-title = Was Ihre Rollen Ihnen hier erlauben
profile-password-never-set = Nie über Latchkey festgelegt
profile-password-never-expires = Geändert am { $changed }; läuft nie ab
profile-password-expires = Geändert am { $changed }; läuft ab am { $expires }
profile-password-changed = Geändert am { $changed }
profile-source-admin = von einem Administrator oder dem Verzeichnis festgelegt
profile-source-user = von Ihnen registriert
profile-method-proven = { $source }; zuletzt bestätigt am { $when }
# Same as English.
profile-name = Name
profile-username = Benutzername
profile-roles = Rollen
# Same as English.
profile-roles-separator = { ", " }
profile-password = Passwort
profile-methods-title = Wie Sie sich anmelden und Ihre Identität nachweisen
profile-no-authenticator = Sie haben keine Authenticator-App: Die Konsole fragt bei jeder Anmeldung nach ihrem Code. Richten Sie eine im Portal ein.
profile-change-password = Passwort ändern
profile-manage-methods = Ihre Methoden und Ihre Authenticator-App verwalten
profile-portal-hint = Beide öffnen das Self-Service-Portal, in dem für Ihr eigenes Passwort und Ihre Methoden dieselben Regeln gelten wie für alle.
# Ein Kontrollkästchen für Operatoren, die Berichte lesen dürfen: eine wöchentliche Zusammenfassung per E-Mail.
profile-digest = Wöchentliche Zusammenfassung per E-Mail
profile-digest-hint = Jeden Montag: Zurücksetzungen, Fehlschläge, Sperren, verdächtige Aktivitäten und Registrierungsabdeckung der Woche, mit einem Link zu den Berichten.
profile-digest-on = Sie erhalten die wöchentliche Zusammenfassung jeden Montag per E-Mail.
profile-digest-off = Sie erhalten die wöchentliche Zusammenfassung nicht mehr.
