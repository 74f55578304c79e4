### Validation: what is wrong with a field, as a sentence for people. The
### English sentences are built by the API's own rules (wording.rs) and
### these are their reference; other languages say them as written here,
### the field first ($field, one of field-*), as a form labels it.

validation-required = { $field } is required.
validation-unknown-field = { $field } is not a known field.
validation-wrong-type = { $field } has the wrong type.
validation-empty = { $field } must not be empty.
validation-control = { $field } may not contain control characters.
validation-too-long = { $field } must be at most { $max } characters.
validation-too-short = { $field } must be at least { $min } characters.
validation-length = { $field } must be { $min } to { $max } characters.
validation-between = { $field } must be between { $min } and { $max }.
validation-at-most = { $field } must be at most { $max }.
validation-invalid = { $field } is not valid.
# $name: a parameter or field name that is not one of ours, as sent.
validation-unnamed = "{ $name }"
validation-body-not-json = The request body is not valid JSON.
validation-body-not-object = The request body must be a JSON object.
validation-body-empty = The request body is empty or cut short.
validation-body-unreadable = The request body could not be read.
validation-request-invalid = The request is not valid.

## What each field is called. English: in a sentence, with its article.
## Other languages: the name alone, as a form labels the field.

field-access_pass = the access pass
field-address = the address
field-agent_id = the agent
field-allowed_countries = the list of countries
field-answer = an answer
field-answers = the answers
field-breached_min_count = the breach count
field-breached_mode = the breach check
field-ceremony = the passkey ceremony
field-code = the code
field-code_digits = the number of digits in a code
field-code_lifetime_seconds = how long a code lasts
field-company_name = the company name
field-contact = the contact
field-contact_url = the help contact
field-created = the list of users
field-current_password = your current password
field-custom_banned = the banned words
field-decoy_email_domain = the decoy email domain
field-description = the description
field-directory = the directory
field-display_name = the display name
field-email = the email address
field-emails = the email addresses
field-enabled = the account
field-first_name = the first name
field-flow_lifetime_seconds = how long a reset lasts
field-from = the start
field-groups = the groups
field-history = the password history
field-id = the id
field-job = the job
field-kind = the method
field-language = the language
field-last_name = the last name
field-length = the length
field-lifetime_minutes = how long it lasts
field-limit = the page size
field-lockout_max_seconds = the longest lockout
field-lockout_seconds = the first lockout
field-lockout_threshold = the lockout threshold
field-logo_url = the logo address
field-max_age_days = the maximum password age
field-max_snoozes = the number of laters allowed
field-method = the method
field-method_id = the method
field-methods_allowed = the allowed methods
field-methods_required = the number of methods required
field-min_length = the minimum length
field-mobile = the mobile number
field-name = the name
field-new_password = the new password
field-next = the page link
field-office_phone = the office phone
field-organisation_per_day = the organisation's daily limit
field-password = the password
field-per_number_per_day = the daily limit per number
field-phone = the phone number
field-phones = the phone numbers
field-question_id = the question
field-questions = the questions
field-questions_to_register = the number of questions to register
field-questions_to_reset = the number of questions to answer
field-reconfirm_days = the reconfirmation period
field-registration = the registration filter
field-response = the passkey's answer
field-retention_days = the retention period
field-role = the role
field-roles = the roles
field-scope_groups = the groups in scope
field-scopes = the scopes
field-sealing_key = the sealing key
field-search = the search
field-signing_key = the signing key
field-snooze_days = the days a later puts registration off
field-starts_at = when it starts
field-text = the words
field-to = the end
field-username = the username
field-version = the version
field-wait_seconds = the wait
