//! Email addresses (alternate email registration, stored methods): a parsed
//! address has one `@`, a 1–64-byte local part, a dotted domain of 1–63-byte
//! labels, at most 254 bytes, no space or control character; it re-parses to
//! itself, and its masked hint never shows more than one character of each part.
#![no_main]

use latchkey_core::model::methods::mask_email;
use latchkey_core::model::values::Email;
use libfuzzer_sys::fuzz_target;

fuzz_target!(|raw: &str| {
    let hint = mask_email(raw);
    assert!(hint.contains("•••@"), "{hint:?}");
    let Ok(email) = Email::parse(raw) else { return };
    let s = email.as_str();
    assert!(s.len() <= 254, "{s:?}");
    assert!(!s.chars().any(|c| c.is_whitespace() || c.is_control()), "{s:?}");
    let (local, domain) = s.split_once('@').expect("an @");
    assert!(!domain.contains('@'), "exactly one @: {s:?}");
    assert!((1..=64).contains(&local.len()), "{s:?}");
    assert!(domain.split('.').count() >= 2, "{s:?}");
    assert!(domain.split('.').all(|l| (1..=63).contains(&l.len())), "{s:?}");
    assert!(!domain.bytes().any(|b| b.is_ascii_uppercase()), "domain lower-cased: {s:?}");
    assert_eq!(local, raw.trim().rsplit_once('@').unwrap().0, "the local part is kept as typed");
    assert_eq!(Email::parse(s).as_ref(), Ok(&email), "idempotent");
    let json = serde_json::to_string(&email).unwrap();
    assert_eq!(serde_json::from_str::<Email>(&json).unwrap(), email, "serde round trip");
    // The hint: first character of the local part and of the domain, then the last label.
    let tld = domain.rsplit('.').next().unwrap();
    let first = |t: &str| t.chars().next().unwrap();
    assert_eq!(mask_email(s), format!("{}•••@{}•••.{tld}", first(local), first(domain)));
});
