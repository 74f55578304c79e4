# What a failed request means to the person in front of the page.

messages-invalid-credentials-title = Falscher Benutzername oder falsches Passwort
messages-invalid-credentials-body = Prüfen Sie beides und versuchen Sie es erneut. Zu viele Fehlversuche sperren das Konto für eine Weile.
messages-forgot-password = Passwort vergessen?
messages-locked-title = Ihr Konto ist gesperrt
messages-locked-body-at = Es wurden zu oft falsche Passwörter eingegeben. Die Sperre endet automatisch um { $time }. Sie können das Konto jetzt entsperren, indem Sie Ihre Identität nachweisen.
messages-locked-body = Es wurden zu oft falsche Passwörter eingegeben. Die Sperre endet nach einer Weile automatisch. Sie können das Konto jetzt entsperren, indem Sie Ihre Identität nachweisen.
messages-unlock-link = Konto entsperren
messages-disabled-title = Ihr Konto ist deaktiviert
messages-disabled-body = Nur eine Administratorin oder ein Administrator kann es wieder aktivieren.
messages-session-ended-title = Bitte melden Sie sich erneut an
messages-session-ended-body = Ihre Sitzung ist abgelaufen.
messages-too-many-title = Zu viele Versuche
messages-too-many-body-at = Zu Ihrer Sicherheit ist dies vorübergehend gesperrt. Versuchen Sie es { $when } erneut (um { $time }).
messages-too-many-body = Zu Ihrer Sicherheit ist dies eine Weile gesperrt. Versuchen Sie es später erneut.
messages-phone-limit-title = Heute keine weiteren SMS oder Anrufe an diese Nummer
messages-phone-limit-body = Wählen Sie einen anderen Weg, Ihre Identität nachzuweisen, etwa Ihre E-Mail-Adresse oder Ihre Sicherheitsfragen.
messages-phone-country-title = Diese Nummer kann nicht verwendet werden
messages-phone-country-body = Ihre Organisation sendet keine SMS und tätigt keine Anrufe an Nummern in diesem Land. Verwenden Sie eine andere Nummer.
messages-change-required-title = Ändern Sie zuerst Ihr Passwort
messages-change-required-body = Ihr Passwort ist abgelaufen oder wurde von der Administration festgelegt. Wählen Sie ein neues, um fortzufahren.
messages-change-link = Passwort ändern
messages-reset-expired-title = Diese Anfrage ist abgelaufen
messages-reset-expired-body = Sie wurde bereits abgeschlossen oder zu lange nicht fortgesetzt. Beginnen Sie von vorn; es dauert nur eine Minute.
messages-code-expired-title = Dieser Code ist abgelaufen
messages-code-expired-body = Fordern Sie einen neuen Code an und verwenden Sie ihn rechtzeitig.
messages-challenge-required-title = Fordern Sie zuerst einen Code an
messages-challenge-required-body = Wählen Sie, wohin der Code gesendet werden soll, und geben Sie ihn dann hier ein.
messages-reset-incomplete-title = Noch ein Schritt
messages-reset-incomplete-body = Weisen Sie Ihre Identität noch { $count } Mal nach, bevor Sie ein Passwort wählen.
messages-rejected-title = Wählen Sie ein anderes Passwort
messages-rejected-body = Die Gründe stehen unter dem neuen Passwort.

messages-directory-unavailable-title = Das Verzeichnis Ihrer Organisation ist nicht erreichbar
messages-directory-unavailable-body = Ihr Passwort wird vom Verzeichnis Ihrer Organisation geprüft, und es antwortet gerade nicht. Es wurde nichts geändert. Versuchen Sie es in einigen Minuten erneut.
messages-directory-unconfirmed-title = Die Änderung wurde nicht bestätigt
messages-directory-unconfirmed-body = Das Verzeichnis Ihrer Organisation hat das neue Passwort nicht rechtzeitig bestätigt. Möglicherweise hat es es übernommen: Versuchen Sie in einigen Minuten, sich mit dem neuen Passwort anzumelden; wenn das nicht klappt, gilt Ihr altes Passwort weiterhin.

# Die Inhaberin oder der Inhaber des Kontos hat eine Änderung gemeldet, die nicht von ihr oder ihm kam („Das war ich nicht“).
messages-locked-down-title = Ihr Konto hat eine Sicherheitssperre
messages-locked-down-body = Für Ihr Konto gilt eine Sicherheitssperre, weil Sie etwas gemeldet haben, das Sie nicht getan haben. Wenden Sie sich an den IT-Support: Dort wird geprüft, wer Sie sind, und man hilft Ihnen, wieder Zugang zu erhalten.
