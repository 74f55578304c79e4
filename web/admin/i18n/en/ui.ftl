# What the console says of a refused call, the confirmation before a
# destructive action, and words many screens share.

ui-forbidden-title = Not allowed
ui-forbidden-body = Your role does not allow this. Ask an administrator if you need it.
ui-conflict-title = Someone else changed this user
ui-conflict-body = Their change was kept and yours was not saved. The page now shows the current details; make your change again.
# The help desk must check that a caller is the user before acting for them.
ui-verify-title = Verify the caller first
ui-verify-body = Send a code to one of the user's own methods and enter the code they read back to you.
ui-too-many-title = Too many tries
# $when is when it may be tried again, such as "in 3 minutes".
ui-too-many-body-when = This is paused. Try again { $when }.
ui-too-many-body = This is paused for a while. Try again later.
ui-locked-title = This account is locked
# $at is a date and time, such as "21 Dec 2026, 14:05".
ui-locked-until = It unlocks by itself at { $at }.
ui-locked-body = It unlocks by itself after a while.
# Names the group of buttons that asks once more before a destructive action; $action is the action's button label, such as "Delete user".
ui-confirm-label = Confirm: { $action }
ui-cancel = Cancel
# The title of a notice after a form was saved.
ui-saved = Saved
# On a save button while the save is on its way.
ui-saving = Saving…
# After the server refused a save for its effect; $what says the effect in a sentence, such as "With these settings 3 user(s) who can reset their password today could not."
ui-refused = { $what } Nothing was saved. Save anyway if that is what you want.
# Said after a copy button put a secret or an address on the clipboard.
ui-copied = Copied to the clipboard.
ui-copy-failed = The browser did not allow copying: select the text and copy it yourself.
