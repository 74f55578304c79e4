# „Das war ich nicht“: Jede Sicherheits-E-Mail endet mit einem Link, der eine
# Sicherheitssperre für das Konto aktiviert (alle Sitzungen enden;
# Zurücksetzen des Passworts und Registrierung sind eingefroren, bis eine
# Administratorin oder ein Administrator die Sperre aufhebt). Dieselbe
# Frage steht neben jedem Ereignis der letzten Aktivitäten des Kontos.

report-confirm-title = Sicherheitssperre für Ihr Konto aktivieren?
report-confirm-body = Alle Sitzungen Ihres Kontos enden sofort. Zurücksetzen des Passworts und Registrierung bleiben eingefroren, bis der IT-Support geprüft hat, dass Sie es sind, und die Administration die Sperre aufhebt.
# Die Schaltfläche, die die Sicherheitssperre aktiviert.
report-confirm = Mein Konto sperren
# Dieselbe Schaltfläche, während die Anfrage unterwegs ist.
report-confirming = Wird gesperrt…
report-cancel = Abbrechen
report-done-title = Ihr Konto hat eine Sicherheitssperre
report-done-body = Alle Sitzungen wurden beendet, und niemand kann Ihr Passwort zurücksetzen oder ändern, wie Sie Ihre Identität nachweisen, bis die Sperre aufgehoben ist.
report-done-next = So geht es weiter: Wenden Sie sich an den IT-Support. Dort wird geprüft, wer Sie sind, und man hilft Ihnen, ein neues Passwort festzulegen.
# Ein bereits benutzter, abgelaufener, veränderter oder unvollständiger Link: eine Seite für alle.
report-invalid-title = Dieser Link kann nicht verwendet werden
report-invalid-body = Er wurde möglicherweise bereits verwendet, ist nach 7 Tagen abgelaufen oder unvollständig. Wenn Sie weiterhin glauben, dass jemand anderes Ihr Konto verwendet, wenden Sie sich an den IT-Support.
report-to-sign-in = Zur Anmeldung
