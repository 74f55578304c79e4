### Mitteilungen an eine Person über ihr eigenes Konto.

notice-not-you = Wenn Sie das nicht waren, wenden Sie sich sofort an Ihren Administrator.
notice-contact = Ihr Administrator: { $url }
# Ersetzt notice-not-you in einer Sicherheitsmitteilung: $url aktiviert eine Sicherheitssperre für das Konto (einmal verwendbar, 7 Tage lang).
notice-report-link = Wenn Sie das nicht waren, sperren Sie Ihr Konto jetzt: { $url }

notice-password-changed-subject = Ihr { $org }-Passwort wurde geändert
notice-password-changed = Ihr { $org }-Passwort wurde am { $when } geändert.
notice-password-reset-subject = Ihr { $org }-Passwort wurde zurückgesetzt
notice-password-reset = Ihr { $org }-Passwort wurde am { $when } zurückgesetzt.
notice-account-unlocked-subject = Ihr { $org }-Konto wurde entsperrt
notice-account-unlocked = Ihr { $org }-Konto wurde am { $when } entsperrt.
notice-password-set-subject = Ihr { $org }-Passwort wurde festgelegt
notice-password-set = Ihr { $org }-Passwort wurde am { $when } festgelegt.
notice-password-reset-by-admin-subject = Ihr { $org }-Passwort wurde von Ihrem Administrator zurückgesetzt
notice-password-reset-by-admin = Ihr { $org }-Passwort wurde am { $when } von Ihrem Administrator zurückgesetzt.
notice-account-unlocked-by-admin-subject = Ihr { $org }-Konto wurde von Ihrem Administrator entsperrt
notice-account-unlocked-by-admin = Ihr { $org }-Konto wurde am { $when } von Ihrem Administrator entsperrt.
notice-methods-cleared-subject = Ihre { $org }-Anmeldemethoden wurden von Ihrem Administrator gelöscht
notice-methods-cleared = Ihre { $org }-Anmeldemethoden wurden am { $when } von Ihrem Administrator gelöscht: Richten Sie sie bei Ihrer nächsten Anmeldung erneut ein.
notice-lockout-subject = Die Anmeldung an Ihrem { $org }-Konto ist bis { $until } gesperrt
notice-lockout = Die Anmeldung an Ihrem { $org }-Konto wurde am { $when } nach wiederholt falschen Passwörtern gesperrt, bis { $until }.
notice-writeback-password-failed-subject = Ihre { $org }-Passwortänderung hat das Verzeichnis Ihrer Organisation nicht erreicht
notice-writeback-password-failed = Ihre { $org }-Passwortänderung vom { $when } hat das Verzeichnis Ihrer Organisation nicht erreicht; Ihr Passwort ist unverändert.
notice-writeback-unlock-failed-subject = Die Entsperrung Ihres { $org }-Kontos hat das Verzeichnis Ihrer Organisation nicht erreicht
notice-writeback-unlock-failed = Die Entsperrung Ihres { $org }-Kontos vom { $when } hat das Verzeichnis Ihrer Organisation nicht erreicht.
notice-authenticator-added-subject = Zu Ihrem { $org }-Konto wurde eine Authenticator-App hinzugefügt
notice-authenticator-added = Zu Ihrem { $org }-Konto wurde am { $when } eine Authenticator-App hinzugefügt.
notice-authenticator-removed-subject = Die Authenticator-App Ihres { $org }-Kontos wurde entfernt
notice-authenticator-removed = Die Authenticator-App Ihres { $org }-Kontos wurde am { $when } entfernt.
notice-recovery-code-used-subject = Ein { $org }-Wiederherstellungscode wurde verwendet (noch { $left } übrig)
notice-recovery-code-used = Ein Wiederherstellungscode Ihrer { $org }-Authenticator-App wurde am { $when } verwendet (noch { $left } übrig).
notice-email-added-subject = Zu Ihrem { $org }-Konto wurde eine weitere E-Mail-Adresse hinzugefügt
notice-email-added = Zu Ihrem { $org }-Konto wurde am { $when } eine weitere E-Mail-Adresse hinzugefügt.
notice-email-removed-subject = Die weitere E-Mail-Adresse Ihres { $org }-Kontos wurde entfernt
notice-email-removed = Die weitere E-Mail-Adresse Ihres { $org }-Kontos wurde am { $when } entfernt.
notice-mobile-added-subject = Zu Ihrem { $org }-Konto wurde eine Mobilnummer hinzugefügt
notice-mobile-added = Zu Ihrem { $org }-Konto wurde am { $when } eine Mobilnummer hinzugefügt.
notice-mobile-removed-subject = Die Mobilnummer Ihres { $org }-Kontos wurde entfernt
notice-mobile-removed = Die Mobilnummer Ihres { $org }-Kontos wurde am { $when } entfernt.
notice-questions-set-subject = Ihre { $org }-Sicherheitsfragen wurden festgelegt
notice-questions-set = Ihre { $org }-Sicherheitsfragen wurden am { $when } festgelegt.
notice-questions-removed-subject = Ihre { $org }-Sicherheitsfragen wurden entfernt
notice-questions-removed = Ihre { $org }-Sicherheitsfragen wurden am { $when } entfernt.
notice-contacts-added-subject = Ihr Administrator hat Ihrem { $org }-Konto Kontaktdaten hinzugefügt ({ $added })
notice-contacts-added = Ihr Administrator hat Ihrem { $org }-Konto am { $when } Kontaktdaten hinzugefügt ({ $added }).
notice-roles-none-subject = Die Rollen Ihres { $org }-Kontos wurden geändert: Es hat keine Administrationsrolle mehr
notice-roles-none = Die Rollen Ihres { $org }-Kontos wurden am { $when } geändert: Es hat keine Administrationsrolle mehr.
notice-roles-now-subject = Die Rollen Ihres { $org }-Kontos wurden geändert: Es hat jetzt [{ $roles }]
notice-roles-now = Die Rollen Ihres { $org }-Kontos wurden am { $when } geändert: Es hat jetzt [{ $roles }].

notice-admin-roles-subject = { $org }: Der Benutzer { $user } hat jetzt die Rollen [{ $roles }] (geändert von { $by })
notice-admin-roles = { $org }: Der Benutzer { $user } hat seit { $when } die Rollen [{ $roles }] (geändert von { $by }).
notice-admin-password-reset-subject = { $org }: Das Passwort des Administrators { $user } wurde von { $by } zurückgesetzt
notice-admin-password-reset = { $org }: Das Passwort des Administrators { $user } wurde am { $when } von { $by } zurückgesetzt.
notice-admin-self-reset-subject = { $org }: Ein Administrator hat sein Passwort zurückgesetzt
notice-admin-self-reset = Der Administrator { $name } ({ $user }) hat sein { $org }-Passwort am { $when } per Self-Service zurückgesetzt. Wenn das unerwartet ist, prüfen Sie das Konto jetzt.

role-admin = Administrator
role-helpdesk = Helpdesk
role-reports-reader = Berichtleser
notice-breached-at-sign-in-subject = Ihr { $org }-Passwort taucht in bekannten Datenlecks auf: Ändern Sie es jetzt
notice-breached-at-sign-in = Ihr { $org }-Passwort wurde bei Ihrer Anmeldung am { $when } unter Passwörtern aus Datenlecks gefunden. Wählen Sie jetzt ein neues: Bis dahin kann Ihr Konto nur sein Passwort ändern.
notice-password-expiring-subject =
    { $days ->
        [one] Ihr { $org }-Passwort läuft in 1 Tag ab
       *[other] Ihr { $org }-Passwort läuft in { $days } Tagen ab
    }
notice-password-expiring =
    { $days ->
        [one] Ihr { $org }-Passwort läuft am { $expires } ab, in 1 Tag. Ändern Sie es vorher, damit Sie sich weiterhin ohne Unterbrechung anmelden können.
       *[other] Ihr { $org }-Passwort läuft am { $expires } ab, in { $days } Tagen. Ändern Sie es vorher, damit Sie sich weiterhin ohne Unterbrechung anmelden können.
    }
notice-change-here = Hier ändern: { $url }
digest-subject = { $org }: die Woche im Passwort-Self-Service
digest-intro = Die 7 Tage bis { $to } bei { $org }:
digest-resets = Selbst zurückgesetzt: { $resets }. Von Administratoren zurückgesetzt: { $admin_resets }.
digest-failures = Fehlschläge: { $failed }. Blockierte Versuche: { $blocked }. Verdächtige Muster: { $suspicious }.
digest-lockdowns = Von ihren Inhabern gesperrte Konten („Das war ich nicht“, Sicherheitssperre): { $locked_down }.
digest-registration = Registrierung: { $registered } von { $users } Benutzern haben genug Methoden registriert.
digest-link = Die Berichte: { $url }
notice-locked-down-subject = Für Ihr { $org }-Konto gilt eine Sicherheitssperre
notice-locked-down = Sie haben am { $when } eine Änderung an Ihrem { $org }-Konto gemeldet, die Sie nicht vorgenommen haben. Alle Sitzungen wurden beendet; Anmeldung, Zurücksetzen des Passworts und Registrierung sind gesperrt. Wenden Sie sich an Ihren Helpdesk: Dort wird geprüft, wer Sie sind, und man hilft Ihnen, wieder Zugang zu erhalten.
# $user: der Benutzername; $name: der Anzeigename der Person.
notice-admin-account-reported-subject = { $org }: { $user } hat eine nicht selbst vorgenommene Änderung gemeldet
notice-admin-account-reported = { $name } ({ $user }) hat am { $when } eine Änderung am eigenen { $org }-Konto gemeldet, die nicht von dieser Person stammt. Für das Konto gilt eine Sicherheitssperre: Alle Sitzungen wurden beendet; Anmeldung, Zurücksetzen des Passworts und Registrierung sind gesperrt. Prüfen Sie, wer die Person ist, setzen Sie das Passwort mit einem verifizierten Helpdesk-Reset zurück und heben Sie danach die Sicherheitssperre in der Admin-Konsole auf.
# Die Einladung der Registrierungskampagne (per E-Mail). $url: die Registrierung im Portal, nach der Anmeldung.
campaign-invite-subject = Richten Sie das Zurücksetzen Ihres { $org }-Passworts ein
campaign-invite = { $org } bittet Sie, die Self-Service-Zurücksetzung Ihres Passworts einzurichten: Registrieren Sie eine Möglichkeit, Ihre Identität nachzuweisen (eine weitere E-Mail-Adresse, eine Mobilnummer oder eine Authenticator-App), damit Sie ein vergessenes Passwort jederzeit selbst zurücksetzen oder Ihr Konto entsperren können. Das dauert nur zwei Minuten.
campaign-invite-link = Hier anmelden und einrichten: { $url }
# $name: der Name, den die Person dem Passkey gegeben hat.
notice-passkey-added-subject = Zu Ihrem { $org }-Konto wurde ein Passkey hinzugefügt
notice-passkey-added = Zu Ihrem { $org }-Konto wurde am { $when } ein Passkey namens „{ $name }“ hinzugefügt.
notice-passkey-removed-subject = Ein Passkey Ihres { $org }-Kontos wurde entfernt
notice-passkey-removed = Der Passkey „{ $name }“ Ihres { $org }-Kontos wurde am { $when } entfernt.
# $until: wann der Pass nicht mehr funktioniert.
notice-access-pass-issued-subject = Für Ihr { $org }-Konto wurde ein befristeter Zugriffspass ausgestellt
notice-access-pass-issued = Für Ihr { $org }-Konto wurde am { $when } ein befristeter Zugriffspass ausgestellt. Er gilt bis { $until } und nur dazu, einen Passkey oder eine Authenticator-App einzurichten und ein eigenes Passwort zu wählen.
notice-access-pass-used-subject = Ein befristeter Zugriffspass wurde zur Anmeldung an Ihrem { $org }-Konto verwendet
notice-access-pass-used = Ein befristeter Zugriffspass wurde am { $when } zur Anmeldung an Ihrem { $org }-Konto verwendet.
notice-access-pass-revoked-subject = Der befristete Zugriffspass für Ihr { $org }-Konto wurde widerrufen
notice-access-pass-revoked = Der befristete Zugriffspass für Ihr { $org }-Konto wurde am { $when } widerrufen; er funktioniert nicht mehr.
notice-webhook-paused-subject = Ihr { $org }-Webhook an { $url } wurde pausiert: Seine Zustellungen scheiterten einen Tag lang
notice-webhook-paused = Ihr { $org }-Webhook an { $url } wurde pausiert: Seine Zustellungen scheiterten einen Tag lang. Bis ein Administrator ihn in der Konsole fortsetzt, wird nichts gesendet; Verpasstes wartet in seinem Zustellprotokoll, am { $when }.
