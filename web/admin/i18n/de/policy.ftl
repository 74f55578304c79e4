policy-whole-numbers = Geben Sie ganze Zahlen in den angegebenen Bereichen ein.
policy-strands-title = Benutzer würden das Zurücksetzen per Self-Service verlieren
policy-strands = { $count ->
    [one] Mit diesen Einstellungen könnte { $count } Benutzer, der sein Passwort heute zurücksetzen kann, dies nicht mehr.
   *[other] Mit diesen Einstellungen könnten { $count } Benutzer, die ihr Passwort heute zurücksetzen können, dies nicht mehr.
}
policy-saved-body = Die Richtlinie zum Zurücksetzen gilt ab sofort.
policy-title = Richtlinie zum Zurücksetzen
policy-lead = Wer sein eigenes Passwort zurücksetzen oder sein Konto entsperren kann und wie die Identität nachgewiesen wird.
policy-save-anyway = { $count ->
    [one] Trotzdem speichern ({ $count } verliert das Zurücksetzen per Self-Service)
   *[other] Trotzdem speichern ({ $count } verlieren das Zurücksetzen per Self-Service)
}
policy-preview = Auswirkung prüfen
policy-save = Speichern
policy-who-legend = Wer zurücksetzen kann
policy-scope = Zurücksetzen per Self-Service ist aktiviert für
policy-scope-none = Niemanden (aus)
policy-scope-groups = Mitglieder bestimmter Gruppen
policy-scope-all = Alle
policy-groups = Gruppen
policy-groups-hint = Eine oder mehrere, durch Kommas getrennt. Benutzer außerhalb davon müssen sich an den Helpdesk wenden.
policy-methods-legend = Methoden
policy-method-email = Code per E-Mail
policy-method-sms = Code per SMS
policy-method-voice = Sprachanruf
policy-method-questions = Sicherheitsfragen
policy-method-authenticator = Code aus der Authenticator-App
policy-directory-contacts = Kontakt-E-Mails und -Telefonnummern von Administratoren oder aus Importen zählen als Methoden
policy-directory-contacts-hint = Aus: Nur Methoden, die ein Benutzer selbst bestätigt hat, zählen. Benutzer werden informiert, wenn ein Kontakt für sie hinzugefügt wird.
policy-methods-required = Methoden, die ein Benutzer nachweist
policy-one = Eine
policy-two = Zwei
policy-admins-prove-two = Administratoren weisen immer zwei nach.
policy-questions-to-register = Zu registrierende Sicherheitsfragen
policy-questions-to-register-hint = 3 bis 5.
policy-questions-to-reset = Beim Zurücksetzen gestellte Sicherheitsfragen
policy-questions-to-reset-hint = 1 bis zur Zahl der registrierten.
policy-registration-legend = Registrierung
policy-require-registration = Benutzer mit zu wenigen Methoden bei der Anmeldung zur Registrierung schicken
policy-everyone-second-factor = Alle bei der Anmeldung nach einem Authenticator-Code fragen (Administratoren und Helpdesk immer)
policy-reconfirm-days = Benutzer bitten, ihre Methoden erneut zu bestätigen, alle (Tage)
policy-reconfirm-days-hint = 0 für nie; höchstens 730.
policy-notifications-legend = Benachrichtigungen
policy-notify-users = Benutzer informieren, wenn ihr Passwort zurückgesetzt oder ihr Konto entsperrt wird
policy-notify-admins = Alle Administratoren informieren, wenn ein Administrator sein Passwort zurücksetzt
policy-impact = Von { $users } aktiven Benutzern können { $before } ihr eigenes Passwort jetzt zurücksetzen; mit diesen Einstellungen könnten es { $after }.
policy-impact-losing = Von { $users } aktiven Benutzern können { $before } ihr eigenes Passwort jetzt zurücksetzen; mit diesen Einstellungen könnten es { $after }. { $losing } würden es verlieren.
policy-now = Jetzt
policy-after = Danach

policy-admin-resets-legend = Zurücksetzen durch Administratoren und Helpdesk
policy-temporary-passwords = Temporäre Passwörter beim Zurücksetzen durch Administratoren erlauben
policy-temporary-passwords-hint = Standardmäßig aus: Wer zurücksetzt, würde ein Passwort sehen, das für das Konto gilt. Die Konsole setzt mit einem befristeten Zugriffspass zurück, der nie eines zeigt: Der Benutzer wählt sein eigenes Passwort.
policy-invite-provisioned = Von einem Identitätsanbieter (SCIM) angelegte Benutzer sofort einladen
policy-invite-provisioned-hint = Standardmäßig aus: Ein von Entra ID oder Okta angelegter Benutzer hat kein Kennwort und wartet, bis ein Administrator ihn einlädt (oder setzt es selbst zurück, wo die Richtlinie es erlaubt). Ein: Er erhält sofort nach dem Anlegen eine Einladung, sein Kennwort festzulegen.

## How strongly each role proves who they are at a self-service reset.

policy-strength-legend = Stärke der Wiederherstellung
policy-strength-lead = Wie Personen in jeder Rolle ihre Identität nachweisen, um ihr eigenes Passwort zurückzusetzen oder ihr Konto zu entsperren. Wer mehrere Rollen hat, für den gilt die strengste davon.
policy-strength-any = Beliebige Methoden
policy-strength-any-hint = Die oben festgelegte Anzahl an Methoden, beliebiger Art (Administratoren weisen immer zwei nach).
policy-strength-two-methods = Zwei Methoden, nicht nur E-Mail
policy-strength-two-methods-hint = Zwei Methoden, davon mindestens eine keine E-Mail; oder ein Passkey allein.
policy-strength-phishing-resistant = Nur Passkey (phishingresistent)
policy-strength-phishing-resistant-hint = Nur ein Passkey: Er funktioniert nur auf dieser Website, sodass niemand dazu gebracht werden kann, ihn herauszugeben.
policy-strength-user = Benutzer
policy-strength-admin = Administratoren
policy-strength-helpdesk = Helpdesk
policy-strength-reports-reader = Berichtleser
policy-strength-warning = Personen in dieser Rolle ohne Passkey können ihr Passwort nicht selbst zurücksetzen.

policy-models-legend = Passkey-Authentifikatoren
policy-models-lead = Auf welchen Authentifikatoren ein neuer Passkey erstellt werden darf. Bereits vorhandene Passkeys bleiben erhalten.
policy-models-rule = Neue Passkeys dürfen erstellt werden auf
policy-models-any = Jedem Authentifikator
policy-models-allow = Nur diesen Modellen
policy-models-block = Allen Modellen außer diesen
policy-models-list = Authentifikatormodelle (AAGUIDs), eines pro Zeile
policy-models-list-hint = Eine AAGUID bezeichnet Hersteller und Modell eines Authentifikators (etwa eines Sicherheitsschlüssels oder des Passkey-Managers eines Telefons oder Computers): 32 Hexadezimalziffern in der Form 8-4-4-4-12. Solange eine Liste gilt, wird ein Passkey von einem Authentifikator abgelehnt, der kein Modell angibt.
policy-models-honest = Das Modell ist das, welches der Authentifikator selbst angibt: Es wird nicht anhand des Attestierungszertifikats des Herstellers geprüft. Eine Liste lenkt also auf die Geräte, die Sie freigeben, kann aber kein Gerät aufhalten, das gezielt ein falsches Modell angibt.
