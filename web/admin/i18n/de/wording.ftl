# Die eigenen Worte der Organisation für die Nachrichten, die Latchkey sendet.

wording-nav = Nachrichten
wording-title = Nachrichten
wording-lead = Ändern Sie die Worte der E-Mails, SMS, Anrufe und Benachrichtigungen, die Latchkey sendet. Jede Sprache hat eigene Worte; Nachrichten, die Sie nicht geändert haben, verwenden die von Latchkey.
wording-language = Sprache der Nachrichten
wording-problems-note = Die Fehlermeldungen, die Portal und Konsole anzeigen, sind nicht aufgeführt: Sie verwenden immer die Worte von Latchkey.
wording-loading = Nachrichten werden geladen…
wording-group-emails = E-Mails
wording-group-emails-hint = Teile der E-Mails, die einen Bestätigungscode oder eine Einladung enthalten.
wording-group-texts = SMS
wording-group-texts-hint = Die SMS mit einem Bestätigungscode. Fassen Sie sich kurz: Eine SMS fasst etwa 160 Zeichen (70 auf Japanisch oder Arabisch).
wording-group-calls = Anrufe
wording-group-calls-hint = Was ein Anruf sagt, bevor er einen Bestätigungscode vorliest.
wording-group-notices = Benachrichtigungen
wording-group-notices-hint = Sicherheitsbenachrichtigungen per E-Mail und SMS: Jede hat einen Betreff und einen Satz.
wording-default = Worte von Latchkey
wording-override = Ihre Worte
wording-no-override = Keine: Die Worte von Latchkey werden verwendet.
wording-edit = Ändern
wording-text = Worte dieser Nachricht
wording-placeholders = Verfügbare Platzhalter: { $names }. Pluralformen werden wie in den Worten von Latchkey geschrieben.
wording-no-placeholders = Diese Nachricht hat keine Platzhalter.
wording-preview = Vorschau
wording-save = Worte speichern
wording-saved-body = Nachrichten in dieser Sprache verwenden ab jetzt Ihre Worte.
wording-reset = Auf Standard zurücksetzen
wording-reset-warning = Ihre Worte für diese Nachricht werden entfernt, und die Worte von Latchkey werden wieder verwendet.
wording-reset-confirm = Ja, zurücksetzen
wording-restored-title = Auf Standard zurückgesetzt
wording-restored-body = Diese Nachricht verwendet wieder die Worte von Latchkey.
# Same as English.
wording-sample-org = Contoso
wording-sample-choice = „Ich habe eine Einladung“
wording-sample-roles = Administrator, Helpdesk
wording-sample-when = 14.03.2025, 09:30 UTC
