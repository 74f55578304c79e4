# The organisation's own words for the messages Latchkey sends: emails,
# text messages, calls and security notices, per language.

# In the menu, under Settings.
wording-nav = Messages
wording-title = Messages
wording-lead = Change the words of the emails, texts, calls and notices Latchkey sends. Each language has its own words; messages you have not changed use Latchkey's.
wording-language = Language of the messages
wording-problems-note = The error messages the portal and the console show are not listed: they always use Latchkey's words.
wording-loading = Loading the messages…
wording-group-emails = Emails
wording-group-emails-hint = Parts of the emails that carry a verification code or an invitation.
wording-group-texts = Text messages
wording-group-texts-hint = The text message that carries a verification code. Keep it short: one message holds about 160 characters (70 in Japanese or Arabic).
wording-group-calls = Calls
wording-group-calls-hint = What a call says before it reads a verification code out.
wording-group-notices = Notices
wording-group-notices-hint = Security notices, sent by email and text: each has a subject and a sentence.
# Above Latchkey's own words for a message.
wording-default = Latchkey's words
# Above the organisation's words for a message.
wording-override = Your words
wording-no-override = None: Latchkey's words are used.
wording-edit = Change
wording-text = Words of this message
# $names: the placeholders, such as "{ $org }, { $code }".
wording-placeholders = Placeholders you can use: { $names }. Plural forms are written as in Latchkey's words.
wording-no-placeholders = This message has no placeholders.
# The message as a person would read it, with sample values.
wording-preview = Preview
wording-save = Save the words
wording-saved-body = Messages in this language use your words from now on.
wording-reset = Reset to default
wording-reset-warning = Your words for this message are removed, and Latchkey's words are used again.
wording-reset-confirm = Yes, reset
wording-restored-title = Reset to default
wording-restored-body = This message uses Latchkey's words again.
# A sample organisation name for the preview, when the console has none.
wording-sample-org = Contoso
# A sample for the portal's button that an invitation names.
wording-sample-choice = "I have an invitation"
# A sample list of roles.
wording-sample-roles = admin, helpdesk
# A sample date and time, as messages in this language write them.
wording-sample-when = 2025-03-14 09:30 UTC
