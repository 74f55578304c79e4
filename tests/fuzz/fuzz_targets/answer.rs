//! Security-question answers (registration, reset) and the `Accept-Language`
//! header that picks the questions' language: a normalised answer is 3–40
//! characters, lower case, single-spaced, trimmed, and normalises to itself
//! up to canonical order (so an answer typed as it is stored still matches);
//! any header picks one of the supported languages.
#![no_main]

use latchkey_core::model::questions::{LANGUAGES, language, normalise_answer};
use latchkey_core::model::values::nfkc;
use libfuzzer_sys::fuzz_target;

fuzz_target!(|raw: &str| {
    assert!(LANGUAGES.contains(&language(Some(raw))), "{raw:?}");
    let Ok(answer) = normalise_answer(raw) else { return };
    assert!((3..=40).contains(&answer.chars().count()), "{answer:?}");
    assert_eq!(answer.trim(), answer, "trimmed");
    assert!(!answer.contains("  "), "single-spaced: {answer:?}");
    assert!(!answer.chars().any(|c| c.is_whitespace() && c != ' '), "only plain spaces: {answer:?}");
    let lower: String = answer.chars().flat_map(char::to_lowercase).collect();
    assert_eq!(lower, answer, "lower case");
    // Normalising again gives the same text up to the order of combining marks:
    // lower-casing after NFKC can leave them out of canonical order (`İ` + U+05BB;
    // seed answer/combining-order), which a second NFKC reorders. Reported, not
    // fixed here: a fix changes the stored hashes of such answers.
    let again = normalise_answer(&answer).expect("a normalised answer is valid");
    assert_eq!(nfkc(&again), nfkc(&answer), "idempotent up to canonical order: {raw:?}");
});
