//! Usernames (sign-in, reset start, admin lookup): any text parses or is
//! refused; a parsed name is 1–64 characters of `a-z 0-9 . _ - @`, re-parses to
//! itself, and is the name the rate limits count.
#![no_main]

use latchkey_core::access::limits::counted_name;
use latchkey_core::model::values::Username;
use libfuzzer_sys::fuzz_target;

fuzz_target!(|raw: &str| {
    let Ok(name) = Username::parse(raw) else { return };
    let s = name.as_str();
    assert!((1..=64).contains(&s.chars().count()), "{s:?}");
    assert!(s.bytes().all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b".-_@".contains(&b)), "{s:?}");
    assert_eq!(Username::parse(s).as_ref(), Ok(&name), "idempotent");
    assert_eq!(Username::parse(&raw.to_uppercase()).as_ref(), Ok(&name), "case-insensitive");
    assert_eq!(counted_name(raw), s, "the limits count the same name");
    let json = serde_json::to_string(&name).unwrap();
    assert_eq!(serde_json::from_str::<Username>(&json).unwrap(), name, "serde round trip");
});
