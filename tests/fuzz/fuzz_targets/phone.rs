//! E.164 phone numbers (mobile registration, an admin's office phone, stored
//! methods): a parsed number is `+` then 8–15 ASCII digits, the first not 0;
//! it re-parses to itself, and its masked hint keeps only the last two digits.
#![no_main]

use latchkey_core::model::methods::mask_phone;
use latchkey_core::model::values::E164;
use libfuzzer_sys::fuzz_target;

fuzz_target!(|raw: &str| {
    // The hint is computed from stored numbers, but must never panic on any text.
    let _ = mask_phone(raw);
    let Ok(phone) = E164::parse(raw) else { return };
    let s = phone.as_str();
    let digits = s.strip_prefix('+').expect("a leading +");
    assert!((8..=15).contains(&digits.len()), "{s:?}");
    assert!(digits.bytes().all(|b| b.is_ascii_digit()), "{s:?}");
    assert!(!digits.starts_with('0'), "{s:?}");
    // Only separators were dropped: the digits are the input's, in order.
    let typed: String = raw.chars().filter(|c| !matches!(c, ' ' | '-' | '(' | ')' | '.')).collect();
    assert_eq!(typed, s, "{raw:?}");
    assert_eq!(E164::parse(s).as_ref(), Ok(&phone), "idempotent");
    let json = serde_json::to_string(&phone).unwrap();
    assert_eq!(serde_json::from_str::<E164>(&json).unwrap(), phone, "serde round trip");
    assert_eq!(mask_phone(s), format!("•••• •••• •{}", &digits[digits.len() - 2..]));
});
