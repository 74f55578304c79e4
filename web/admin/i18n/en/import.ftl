# Importing users from a file (checked first without writing anything, then
# applied in batches) and exporting every user as a CSV file.

import-unreadable-title = Can't read the file
import-unreadable-body = Choose a CSV or JSON-lines text file.
import-finished-title = Import finished
# $created, $updated, $unchanged and $errors are numbers of users.
import-finished-body = { $created } created, { $updated } updated, { $unchanged } unchanged, { $errors } with errors (not written).
import-title = Import and export users
# { $columns } is where the list of column names goes (they stay in English:
# the file must use them); keep it where it reads well.
import-lead = A CSV file with a header row of these columns — { $columns } (several values separated by ;) — or JSON lines. Users are matched by username: new ones are created, known ones updated. Nobody gets a password from a file.
import-file = File to import
# $name is the file's name; $count its number of rows.
import-file-rows = { $name }: { $count } row(s)
import-invite = Email each new user an invitation to set their password
import-dry-run = Check the file (writes nothing)
import-apply = Import { $count } row(s)
import-export = Download all users (CSV)
# A progress bar's label.
import-progress = Worked through { $done } of { $total } rows
import-resume = Resume from row { $row }
import-check-title = Check of the file
import-done-title = What the import did
# The check's summary; $create, $update, $unchanged and $errors are numbers of rows.
import-summary = { $create } to create, { $update } to update, { $unchanged } unchanged, { $errors } with errors.
import-summary-dry-run = Nothing was written. { $create } to create, { $update } to update, { $unchanged } unchanged, { $errors } with errors.
# The name of the table of rows, read out by screen readers.
import-rows = Rows
import-col-line = Line
import-col-username = Username
import-col-result = Result
import-col-problem = Problem or note
# What happened to one row of the file.
import-result = { $result ->
    [created] created
    [updated] updated
    [unchanged] unchanged
    [error] error
   *[unknown] { $result }
}
import-hidden = { $hidden } more row(s) without errors are not listed.
