# The account page's passkeys: the list, adding, renaming and removing one.

# Same as English: German uses the English word.
passkeys-title = Passkeys
passkeys-intro = Mit einem Passkey melden Sie sich per Fingerabdruck, Gesichtserkennung oder Bildschirmsperre statt mit Ihrem Passwort an, und er funktioniert nur auf dieser Website, sodass niemand ihn Ihnen entlocken kann.
passkeys-none = Sie haben noch keine Passkeys.
passkeys-unsupported = Dieser Browser kann keine Passkeys erstellen.
passkeys-dates = Hinzugefügt am { $added }, zuletzt verwendet am { $used }
passkeys-dates-unused = Hinzugefügt am { $added }, noch nie verwendet
passkeys-rename = Umbenennen
passkeys-remove = Entfernen
passkeys-name = Bezeichnung
passkeys-name-hint = Damit Sie Ihre Passkeys unterscheiden können, etwa „Arbeitslaptop“.
passkeys-name-missing = Geben Sie dem Passkey eine Bezeichnung.
passkeys-name-long = Verwenden Sie höchstens 64 Zeichen.
passkeys-save = Speichern
passkeys-cancel = Abbrechen
passkeys-renamed-title = Passkey umbenannt
passkeys-renamed-body = Er heißt jetzt „{ $name }“.
passkeys-remove-question = „{ $name }“ entfernen? Sie können sich damit dann nicht mehr anmelden.
passkeys-remove-confirm = Ja, entfernen
passkeys-removed-title = Passkey entfernt
passkeys-removed-body = Mit „{ $name }“ können Sie sich nicht mehr anmelden. Sie können ihn auch auf Ihrem Gerät löschen.
passkeys-add = Passkey hinzufügen
passkeys-create = Passkey erstellen
passkeys-creating = Der Passkey wird erstellt: Folgen Sie den Aufforderungen Ihres Browsers…
passkeys-confirm-hint = Sie haben sich vor mehr als ein paar Minuten angemeldet: Geben Sie Ihr Passwort ein, um einen Passkey hinzuzufügen, damit niemand sonst einen zu Ihrem Konto hinzufügen kann.
passkeys-added-title = Passkey hinzugefügt
passkeys-added-body = Sie können sich jetzt mit „{ $name }“ statt mit Ihrem Passwort anmelden.
passkeys-cancelled = Abgebrochen: Es wurde kein Passkey hinzugefügt.
passkeys-on-device = Auf diesem Gerät gibt es bereits einen Passkey für Ihr Konto.
passkeys-browser = Ihr Browser konnte den Passkey nicht erstellen. Versuchen Sie es erneut oder verwenden Sie ein anderes Gerät.
passkeys-default-name = { $browser } auf { $system }
# Same as English: German uses the English word.
passkeys-numbered = Passkey { $number }
# The account page's offer of a first passkey, to someone who has none.
passkeys-offer-title = Einen Passkey erstellen
passkeys-offer-body = Melden Sie sich beim nächsten Mal per Fingerabdruck, Gesichtserkennung oder Bildschirmsperre an.
passkeys-offer-create = Passkey erstellen
passkeys-offer-later = Jetzt nicht
