//! Problem details for people: a field's message as a sentence that names
//! the field in words ("The display name must be 1 to 128 characters."),
//! never its wire name (`display_name`). The wire name stays in the
//! problem's `field` member, for programs.

pub mod audit;

use latchkey_core::messaging::words::{Args, has, say};
use latchkey_core::model::language::Language;

/// What each field the API checks is called in a sentence.
const LABELS: &[(&str, &str)] = &[
    ("access_pass", "the access pass"),
    ("address", "the address"),
    ("agent_id", "the agent"),
    ("allowed_countries", "the list of countries"),
    ("answer", "an answer"),
    ("answers", "the answers"),
    ("breached_min_count", "the breach count"),
    ("breached_mode", "the breach check"),
    ("ceremony", "the passkey ceremony"),
    ("code", "the code"),
    ("code_digits", "the number of digits in a code"),
    ("code_lifetime_seconds", "how long a code lasts"),
    ("company_name", "the company name"),
    ("contact", "the contact"),
    ("contact_url", "the help contact"),
    ("created", "the list of users"),
    ("current_password", "your current password"),
    ("custom_banned", "the banned words"),
    ("decoy_email_domain", "the decoy email domain"),
    ("description", "the description"),
    ("directory", "the directory"),
    ("display_name", "the display name"),
    ("email", "the email address"),
    ("emails", "the email addresses"),
    ("enabled", "the account"),
    ("first_name", "the first name"),
    ("flow_lifetime_seconds", "how long a reset lasts"),
    ("from", "the start"),
    ("groups", "the groups"),
    ("history", "the password history"),
    ("id", "the id"),
    ("job", "the job"),
    ("kind", "the method"),
    ("language", "the language"),
    ("last_name", "the last name"),
    ("length", "the length"),
    ("lifetime_minutes", "how long it lasts"),
    ("limit", "the page size"),
    ("lockout_max_seconds", "the longest lockout"),
    ("lockout_seconds", "the first lockout"),
    ("lockout_threshold", "the lockout threshold"),
    ("logo_url", "the logo address"),
    ("max_age_days", "the maximum password age"),
    ("max_snoozes", "the number of laters allowed"),
    ("method", "the method"),
    ("method_id", "the method"),
    ("methods_allowed", "the allowed methods"),
    ("methods_required", "the number of methods required"),
    ("min_length", "the minimum length"),
    ("mobile", "the mobile number"),
    ("name", "the name"),
    ("new_password", "the new password"),
    ("next", "the page link"),
    ("office_phone", "the office phone"),
    ("organisation_per_day", "the organisation's daily limit"),
    ("passkey", "the passkey"),
    ("passkey_models", "the list of authenticator models"),
    ("password", "the password"),
    ("per_number_per_day", "the daily limit per number"),
    ("phone", "the phone number"),
    ("phones", "the phone numbers"),
    ("question_id", "the question"),
    ("questions", "the questions"),
    ("questions_to_register", "the number of questions to register"),
    ("questions_to_reset", "the number of questions to answer"),
    ("reconfirm_days", "the reconfirmation period"),
    ("registration", "the registration filter"),
    ("response", "the passkey's answer"),
    ("retention_days", "the retention period"),
    ("role", "the role"),
    ("roles", "the roles"),
    ("scope_groups", "the groups in scope"),
    ("scopes", "the scopes"),
    ("sealing_key", "the sealing key"),
    ("search", "the search"),
    ("signing_key", "the signing key"),
    ("snooze_days", "the days a later puts registration off"),
    ("starts_at", "when it starts"),
    ("text", "the words"),
    ("to", "the end"),
    ("username", "the username"),
    ("version", "the version"),
    ("wait_seconds", "the wait"),
];

/// Words a message starts with when it says something of its field ("must
/// be …", "is not …"); any other message is a sentence of its own.
const PREDICATES: &[&str] =
    &["must", "is", "may", "has", "have", "can", "cannot", "needs", "should", "does", "are"];

/// The words for a field (its last path segment, `answers[0].question_id`
/// → "the question"); an unknown one spelt out ("wait_time" → "the wait time").
pub fn label(field: &str) -> String {
    let name = field.rsplit(['.', ']']).find(|s| !s.is_empty()).unwrap_or(field);
    let name = name.split('[').next().unwrap_or(name);
    match LABELS.iter().find(|(wire, _)| *wire == name) {
        Some((_, words)) => (*words).to_owned(),
        None => format!("the {}", name.replace('_', " ")),
    }
}

/// `message` about `field` as one sentence, every wire name in it in words.
pub fn explain(field: &str, message: &str) -> String {
    let message = in_words(message.trim().trim_end_matches('.'));
    let first = message.split_whitespace().next().unwrap_or_default();
    let text = if PREDICATES.contains(&first) { format!("{} {message}", label(field)) } else { message };
    let mut chars = text.chars();
    let capital: String = chars.next().map(|c| c.to_uppercase().chain(chars).collect()).unwrap_or_default();
    format!("{capital}.")
}

/// `english` (a refusal of `field`, or of the request when `None`, as the
/// API words it in English) in `lang`: the field by the name a form gives
/// it, then what is wrong — said exactly for the refusals most requests
/// meet (missing, unknown, empty, too long or short, out of range, of the
/// wrong type), and as "not valid" for the rest. English itself keeps its
/// own, more specific sentences ([`explain`]).
pub fn translate(lang: Language, field: Option<&str>, english: &str) -> String {
    let text = english.trim().trim_end_matches('.').to_lowercase();
    let Some(field) = field else {
        let id = if text.contains("not valid json") {
            "validation-body-not-json"
        } else if text.contains("must be a json object") {
            "validation-body-not-object"
        } else if text.contains("empty or cut short") {
            "validation-body-empty"
        } else if text.contains("could not be read") {
            "validation-body-unreadable"
        } else {
            "validation-request-invalid"
        };
        return say(lang, id, &Args::new());
    };
    let numbers = |after: &str| -> Vec<i64> {
        text.split_once(after)
            .map(|(_, rest)| {
                rest.split(|c: char| !c.is_ascii_digit()).filter_map(|n| n.parse().ok()).collect()
            })
            .unwrap_or_default()
    };
    let args = Args::new().text("field", label_in(lang, field));
    let (id, args) = if text.contains("is required") {
        ("validation-required", args)
    } else if text.contains("is not a known field") {
        ("validation-unknown-field", args)
    } else if text.contains("has the wrong type") {
        ("validation-wrong-type", args)
    } else if text.contains("must not be empty") {
        ("validation-empty", args)
    } else if text.contains("control characters") {
        ("validation-control", args)
    } else if let (true, [max, ..]) = (text.ends_with("characters"), numbers("must be at most ").as_slice()) {
        ("validation-too-long", args.number("max", *max))
    } else if let (true, [min, ..]) = (text.ends_with("characters"), numbers("must be at least ").as_slice())
    {
        ("validation-too-short", args.number("min", *min))
    } else if let (true, [min, max, ..]) = (text.ends_with("characters"), numbers("must be ").as_slice()) {
        ("validation-length", args.number("min", *min).number("max", *max))
    } else if let [min, max, ..] = numbers("must be between ").as_slice() {
        ("validation-between", args.number("min", *min).number("max", *max))
    } else if let [max] = numbers("must be at most ").as_slice() {
        ("validation-at-most", args.number("max", *max))
    } else {
        ("validation-invalid", args)
    };
    let sentence = say(lang, id, &args);
    // A sentence that starts with the field's name starts with a capital.
    let mut chars = sentence.chars();
    chars.next().map(|c| c.to_uppercase().chain(chars).collect()).unwrap_or_default()
}

/// What a field is called in `lang` (its last path segment, as [`label`]);
/// one the catalogue does not name is quoted as sent.
pub fn label_in(lang: Language, field: &str) -> String {
    let name = field.rsplit(['.', ']']).find(|s| !s.is_empty()).unwrap_or(field);
    let name = name.split('[').next().unwrap_or(name);
    let id = format!("field-{name}");
    if has(lang, &id) {
        say(lang, &id, &Args::new())
    } else {
        say(lang, "validation-unnamed", &Args::new().text("name", name))
    }
}

/// Wire names inside a message (`… at least code_lifetime_seconds`) in words;
/// backquoted names lose their quotes.
fn in_words(message: &str) -> String {
    message
        .split(' ')
        .map(|word| {
            let bare = word.trim_matches(|c: char| !(c.is_ascii_alphanumeric() || c == '_'));
            match LABELS.iter().find(|(wire, _)| *wire == bare && bare.contains('_')) {
                Some((_, words)) => word.replace(bare, words).replace('`', ""),
                None => word.replace('`', ""),
            }
        })
        .collect::<Vec<_>>()
        .join(" ")
}

#[cfg(test)]
mod tests {
    use super::*;

    /// No wire name, a capital first letter, a full stop.
    fn for_people(text: &str) -> bool {
        let snake = text.split(|c: char| !(c.is_ascii_alphanumeric() || c == '_')).any(|w| w.contains('_'));
        !snake && text.starts_with(char::is_uppercase) && text.ends_with('.')
    }

    #[test]
    fn the_messages_people_saw_raw_read_as_sentences() {
        for (field, message, expected) in [
            ("password", "must not be empty", "The password must not be empty."),
            ("question_id", "each question may be answered once", "Each question may be answered once."),
            ("address", "is not a valid email address", "The address is not a valid email address."),
            ("logo_url", "must be an https:// address", "The logo address must be an https:// address."),
            ("code_digits", "must be 6 to 8", "The number of digits in a code must be 6 to 8."),
            (
                "name",
                "give the agent a name of 1 to 64 characters",
                "Give the agent a name of 1 to 64 characters.",
            ),
            (
                "flow_lifetime_seconds",
                "must be at least code_lifetime_seconds",
                "How long a reset lasts must be at least how long a code lasts.",
            ),
            (
                "answers[2].question_id",
                "is not one of this organisation's questions",
                "The question is not one of this organisation's questions.",
            ),
            ("code", "send either `code` or `answers`", "Send either code or answers."),
        ] {
            let text = explain(field, message);
            assert_eq!(text, expected);
            assert!(for_people(&text), "{text}");
        }
    }

    #[test]
    fn every_field_has_words_in_every_language_and_english_says_them_as_here() {
        for (wire, words) in LABELS {
            assert_eq!(label_in(Language::En, wire), *words);
            for lang in Language::ALL {
                assert!(has(lang, &format!("field-{wire}")), "{lang} names {wire}");
            }
        }
    }

    #[test]
    fn refusals_are_said_in_the_readers_language_with_their_numbers() {
        let de = |field, message| translate(Language::De, Some(field), message);
        assert_eq!(de("display_name", "must be 1 to 128 characters"), "Anzeigename: 1 bis 128 Zeichen.");
        assert_eq!(de("password", "password is required"), "Passwort: Diese Angabe fehlt.");
        assert_eq!(
            de("extra_thing", "extra_thing is not a known field"),
            "„extra_thing“: Dieses Feld ist unbekannt."
        );
        assert_eq!(
            de("limit", "must be between 1 and 100"),
            "Seitengröße: Der Wert muss zwischen 1 und 100 liegen."
        );
        assert_eq!(de("history", "must be at most 24"), "Passwortverlauf: Der Wert darf höchstens 24 sein.");
        assert_eq!(de("email", "is not a valid email address"), "E-Mail-Adresse: Der Wert ist ungültig.");
        assert_eq!(
            translate(Language::Ja, Some("username"), "must not be empty"),
            "ユーザー名を空にすることはできません。"
        );
        assert_eq!(
            translate(Language::Ar, Some("name"), "must be at most 64 characters"),
            "الاسم: 64 حرفًا على الأكثر."
        );
        assert_eq!(
            translate(Language::Fr, None, "the request body is not valid JSON"),
            "Le corps de la requête n'est pas du JSON valide."
        );
    }

    #[test]
    fn every_field_the_api_names_has_words() {
        for (wire, words) in LABELS {
            assert!(!words.contains('_') && words.starts_with(char::is_lowercase), "{wire}: {words}");
        }
        assert_eq!(label("some_new_field"), "the some new field");
    }
}
