//! Security-question answers (registration, reset) and the `Accept-Language`
//! header that picks the questions' language: a normalised answer is 3–40
//! characters, lower case, single-spaced, trimmed, and normalises to itself
//! (so an answer typed as it is stored still matches); any header picks one
//! of the supported languages.
#![no_main]

use latchkey_core::questions::{LANGUAGES, language, normalise_answer};
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
    assert_eq!(normalise_answer(&answer).as_ref(), Ok(&answer), "idempotent: {raw:?}");
});
