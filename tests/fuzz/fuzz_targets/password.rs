//! Passwords (sign-in, change, reset) and the policy and strength checks that
//! read them: a password parses iff its NFKC form is 1–256 code points; the
//! parsed text is NFKC-stable and re-parses to itself; `Debug` never shows it;
//! the length rule fires exactly when it is shorter than the minimum; the
//! strength meter agrees with the policy and never panics.
#![no_main]

use latchkey_core::passwords::banned::BannedTerms;
use latchkey_core::passwords::{policy, strength};
use latchkey_core::model::rejection::Rule;
use latchkey_core::model::settings::PasswordRules;
use latchkey_core::model::values::{MAX_PASSWORD_CHARS, Password, nfkc};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|input: (u8, &str, &str)| {
    let (min, term, raw) = input;
    // Any minimum an administrator may set (8–64).
    let min_length = 8 + u16::from(min % 57);
    let feedback = strength::assess(raw, min_length, &[term]);
    assert!(feedback.level <= 4);
    assert_eq!(feedback.level == 0, raw.is_empty());

    let normalised = nfkc(raw);
    let expected_ok = !normalised.is_empty() && normalised.chars().count() <= MAX_PASSWORD_CHARS;
    let parsed = Password::parse(raw, "password");
    assert_eq!(parsed.is_ok(), expected_ok, "{raw:?}");
    let Ok(password) = parsed else { return };
    assert_eq!(password.expose(), normalised);
    assert_eq!(nfkc(password.expose()), password.expose(), "NFKC is stable");
    assert_eq!(Password::parse(password.expose(), "password").unwrap().expose(), password.expose());
    assert_eq!(format!("{password:?}"), "Password(***)");

    let rules = PasswordRules { min_length, custom_banned: vec![term.to_owned()], ..Default::default() };
    let terms = BannedTerms { custom: &rules.custom_banned, personal: vec![term, "Contoso"] };
    let reasons = policy::check(&password, &rules, &terms);
    let too_short = password.char_count() < usize::from(min_length);
    assert_eq!(reasons.iter().any(|r| r.rule == Rule::MinLength), too_short);
    assert!(!reasons.iter().any(|r| r.rule == Rule::MaxLength), "at most 256 parses");
    assert!(reasons.iter().all(|r| !r.detail.is_empty()));
});
