//! Holds the crate's promise that a logged request or response never shows a
//! secret: every secret-bearing field is [`Redacted`], whose `Debug` prints `***`.
//!
//! The source check reads `src/**/*.rs` and, for every struct (and struct-like
//! enum variant) whose `Debug` is derived, looks at each field named like a
//! secret. A field is named like a secret when one of the words of its name
//! (split at `_`, singular or plural) is `password`, `secret`, `token`, `code`,
//! `answer`, `key`, `otp` or `pin`, or when it is `reset_id` (a reset's bearer id,
//! the only key to its flow); a tuple struct is checked by the words of its
//! own name. Such a field must hold [`Redacted`] (bare, or in `Option`, `Vec`
//! or `Box`), a type this crate declares (then checked by the same rule), or
//! a type that cannot hold text (numbers, `bool`, `DateTime`): a
//! `code_digits: u8` or a `code: ProblemCode` is fine, a `code: String` is not.
//!
//! The only names let through are text that is never a credential, each
//! listed in [`NOT_SECRETS`] with its reason.
//!
//! The runtime checks format sample values holding a marker and fail if it
//! shows.

use std::collections::BTreeSet;
use std::path::{Path, PathBuf};

use chrono::{TimeZone, Utc};
use latchkey_dto::*;

/// Words that make a field a secret's, as the module documentation says.
const SECRET_WORDS: &[&str] = &["password", "secret", "token", "code", "answer", "key", "otp", "pin"];

/// Whole field names that are secrets although none of their words says so.
const SECRET_NAMES: &[&str] = &["reset_id", "access_pass"];

/// `(type, field)`: text named like a secret that is not one.
const NOT_SECRETS: &[(&str, &str)] = &[
    // Always the word `Bearer` (RFC 6749 §5.1).
    ("TokenResponse", "token_type"),
    // A report's tally label: a failure reason or a client address.
    ("KeyCount", "key"),
];

/// Types that hold no text, so no secret, whatever their field is called.
const NOT_TEXT: &[&str] = &["u8", "u16", "u32", "u64", "usize", "i32", "i64", "f64", "bool", "DateTime"];

const MARKER: &str = "hunter2-must-not-show";

#[test]
fn every_field_named_like_a_secret_is_redacted_where_debug_is_derived() {
    let items = crate_items().expect("the crate's sources are readable");
    let declared: BTreeSet<&str> = items.iter().map(|item| item.name.as_str()).collect();
    // The reader must see the crate, or the check below proves nothing.
    assert!(declared.len() > 100, "read only {} types: is the source reader broken?", declared.len());
    let seen = |ty: &str, field: &str| {
        items
            .iter()
            .any(|item| item.name == ty && item.fields.iter().any(|f| f.name.as_deref() == Some(field)))
    };
    assert!(seen("SignInRequest", "password") && seen("TokenResponse", "access_token"), "fields not read");

    let mut leaks = Vec::new();
    for item in items.iter().filter(|item| item.derives_debug) {
        for field in &item.fields {
            let name = field.name.as_deref().unwrap_or(&item.name);
            let secret = match &field.name {
                Some(name) => {
                    let words: Vec<&str> = name.split('_').collect();
                    !NOT_SECRETS.contains(&(item.name.as_str(), name)) && named_like_a_secret(&words)
                }
                None => named_like_a_secret(
                    &camel_words(&item.name).iter().map(String::as_str).collect::<Vec<_>>(),
                ),
            };
            if !secret {
                continue;
            }
            let base = base_type(&field.ty);
            if base != "Redacted" && !declared.contains(base.as_str()) && !NOT_TEXT.contains(&base.as_str()) {
                leaks.push(format!(
                    "{} ({}): `{name}: {}`",
                    item.name,
                    item.file,
                    field.ty.concat().replace(',', ", ")
                ));
            }
        }
    }
    assert!(
        leaks.is_empty(),
        "these fields are named like secrets and a derived Debug would print them; make them `Redacted` \
         (or, if one truly holds no secret, add it to NOT_SECRETS with the reason):\n  {}",
        leaks.join("\n  ")
    );
}

#[test]
#[expect(clippy::too_many_lines, reason = "one list of every message that carries a secret, kept whole")]
fn debug_of_requests_and_responses_shows_no_secret() {
    let at = Utc.with_ymd_and_hms(2030, 1, 2, 3, 4, 5).unwrap();
    let session = SignInResponse {
        token: MARKER.into(),
        expires_at: at,
        user: SessionUser {
            id: "u1".into(),
            username: "ann".into(),
            display_name: "Ann".into(),
            roles: vec![],
        },
        next: None,
        second_factors: vec![],
    };
    let answer = QuestionAnswer { question_id: "q1".into(), answer: MARKER.into() };
    // Built with `into()` so that a field turned back into a `String` still
    // compiles here and fails below, as it would in a log.
    let samples: Vec<Box<dyn std::fmt::Debug>> = vec![
        Box::new(SignInRequest { username: "ann".into(), password: MARKER.into(), app: None }),
        Box::new(session.clone()),
        Box::new(SecondFactorRequest { code: MARKER.into() }),
        Box::new(ChangePasswordRequest { current_password: MARKER.into(), new_password: MARKER.into() }),
        Box::new(RegisterEmailRequest {
            address: "ann@example.com".into(),
            current_password: Some(MARKER.into()),
        }),
        Box::new(RegisterQuestionsRequest {
            answers: vec![answer.clone()],
            current_password: Some(MARKER.into()),
        }),
        Box::new(RegisterMobileRequest {
            phone: "+14255550123".into(),
            current_password: Some(MARKER.into()),
        }),
        Box::new(VerifyMethodRequest { code: MARKER.into() }),
        Box::new(AuthenticatorSetupRequest { current_password: Some(MARKER.into()) }),
        Box::new(AuthenticatorSetup {
            secret: MARKER.into(),
            uri: MARKER.into(),
            qr_svg: MARKER.into(),
            expires_at: at,
        }),
        Box::new(AuthenticatorRegistered {
            recovery_codes: vec![MARKER.into(), MARKER.into()],
            session: Some(session),
        }),
        Box::new(VerifyRequest {
            method_id: "m1".into(),
            code: Some(MARKER.into()),
            answers: Some(vec![answer]),
            passkey: None,
        }),
        Box::new(StartResetResponse {
            reset_id: MARKER.into(),
            expires_at: at,
            required: 1,
            methods: vec![],
        }),
        Box::new(AcceptInvitationRequest {
            username: "ann".into(),
            code: MARKER.into(),
            new_password: MARKER.into(),
        }),
        Box::new(ResetPasswordRequest { new_password: MARKER.into() }),
        Box::new(VerificationCheckRequest { code: MARKER.into() }),
        Box::new(AdminResetResponse { temporary_password: MARKER.into(), expires_at: at }),
        Box::new(AgentEnrolment {
            token: MARKER.into(),
            directory: "corp".into(),
            name: "dc1".into(),
            expires_at: at,
        }),
        Box::new(TokenResponse {
            access_token: MARKER.into(),
            token_type: "Bearer".into(),
            expires_in: 900,
            scope: "reports:read".into(),
        }),
    ];
    for sample in samples {
        let shown = format!("{sample:?} {sample:#?}");
        assert!(!shown.contains(MARKER), "a secret shows: {shown}");
        assert!(shown.contains("***"), "no secret field in {shown}");
    }
}

#[test]
fn debug_of_access_pass_and_passkey_bodies_shows_no_secret() {
    let at = Utc.with_ymd_and_hms(2030, 1, 2, 3, 4, 5).unwrap();
    let samples: Vec<Box<dyn std::fmt::Debug>> = vec![
        Box::new(AccessPassIssued {
            access_pass: MARKER.into(),
            starts_at: at,
            expires_at: at,
            one_time: true,
        }),
        Box::new(AccessPassSignInRequest { username: "ann".into(), access_pass: MARKER.into(), app: None }),
        Box::new(SetPasswordRequest { new_password: MARKER.into() }),
        Box::new(PasskeyOptionsRequest { current_password: Some(MARKER.into()) }),
    ];
    for sample in samples {
        let shown = format!("{sample:?} {sample:#?}");
        assert!(!shown.contains(MARKER), "a secret shows: {shown}");
        assert!(shown.contains("***"), "no secret field in {shown}");
    }
}

#[test]
fn secrets_travel_as_the_plain_strings_they_were() {
    let body = SignInRequest { username: "ann".into(), password: "pa\"ss".into(), app: None };
    assert_eq!(serde_json::to_string(&body).unwrap(), r#"{"username":"ann","password":"pa\"ss"}"#);
    let read: VerifyRequest = serde_json::from_str(r#"{"method_id":"m1","code":"123456"}"#).unwrap();
    assert_eq!(read.code.as_ref().map(Redacted::expose), Some("123456"));
    let registered =
        AuthenticatorRegistered { recovery_codes: vec!["a1".into(), "b2".into()], session: None };
    assert_eq!(
        serde_json::to_string(&registered).unwrap(),
        r#"{"recovery_codes":["a1","b2"],"session":null}"#
    );
    let email: RegisterEmailRequest = serde_json::from_str(r#"{"address":"a@b.c"}"#).unwrap();
    assert!(email.current_password.is_none());
    assert_eq!(serde_json::to_string(&email).unwrap(), r#"{"address":"a@b.c"}"#);
}

#[test]
fn the_source_reader_sees_through_strings_comments_and_raw_names() {
    let source = r##"
        /* a { /* nested } */ } */
        #[derive(Clone, Debug)] // { not a brace
        #[cfg_attr(feature = "openapi", schema(pattern = r#"^[a-z]{1,3}"}$"#))]
        pub struct Sample<'a> { pub r#type: char, pub code: Option<Vec<crate::Redacted>>, pub quote: [char; '\''] }
        #[derive(Debug)] pub enum Choice { Plain, Pair(u8, u8), Named { secret: String } }
        pub struct Hidden { pub token: String }
    "##;
    let items = parse_items(&lex(source), "sample.rs");
    let names: Vec<&str> = items.iter().map(|item| item.name.as_str()).collect();
    assert_eq!(names, ["Sample", "Choice", "Choice::Named", "Hidden"]);
    let fields: Vec<Option<&str>> = items[0].fields.iter().map(|f| f.name.as_deref()).collect();
    assert_eq!(fields, [Some("type"), Some("code"), Some("quote")]);
    assert_eq!(base_type(&items[0].fields[1].ty), "Redacted");
    assert!(items[0].derives_debug && items[2].derives_debug && !items[3].derives_debug);
}

fn named_like_a_secret(words: &[&str]) -> bool {
    SECRET_NAMES.contains(&words.join("_").as_str())
        || words.iter().any(|word| {
            let singular = word.strip_suffix('s').unwrap_or(word);
            SECRET_WORDS.contains(word) || SECRET_WORDS.contains(&singular)
        })
}

fn camel_words(name: &str) -> Vec<String> {
    let mut words: Vec<String> = Vec::new();
    for c in name.chars() {
        match words.last_mut() {
            Some(word) if !c.is_uppercase() => word.push(c),
            _ => words.push(c.to_lowercase().collect()),
        }
    }
    words
}

/// The type a field's value is, under `Option`, `Vec` and `Box`, without its path.
fn base_type(tokens: &[String]) -> String {
    let mut rest = tokens;
    loop {
        // `chrono::DateTime<Utc>` → `DateTime<Utc>`
        while rest.len() > 2 && rest[1] == ":" && rest[2] == ":" {
            rest = &rest[3..];
        }
        match rest {
            [wrapper, open, inner @ .., close]
                if ["Option", "Vec", "Box"].contains(&wrapper.as_str()) && open == "<" && close == ">" =>
            {
                rest = inner;
            }
            [name, ..] => return name.clone(),
            [] => return String::new(),
        }
    }
}

/// A struct, or one struct-like variant of an enum, as the source spells it.
struct Item {
    name: String,
    file: String,
    derives_debug: bool,
    fields: Vec<Field>,
}

/// A field: its name (`None` in a tuple struct) and its type's tokens.
struct Field {
    name: Option<String>,
    ty: Vec<String>,
}

/// Every struct and struct-like variant in `src/**/*.rs`.
fn crate_items() -> std::io::Result<Vec<Item>> {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let mut files = Vec::new();
    rust_files(&root.join("src"), &mut files)?;
    let mut items = Vec::new();
    for path in files {
        let source = std::fs::read_to_string(&path)?;
        let file = path.strip_prefix(root).unwrap_or(&path).display().to_string();
        items.extend(parse_items(&lex(&source), &file));
    }
    Ok(items)
}

fn rust_files(dir: &Path, out: &mut Vec<PathBuf>) -> std::io::Result<()> {
    for entry in std::fs::read_dir(dir)? {
        let path = entry?.path();
        if path.is_dir() {
            rust_files(&path, out)?;
        } else if path.extension().is_some_and(|ext| ext == "rs") {
            out.push(path);
        }
    }
    Ok(())
}

/// Rust source as identifiers and punctuation; comments dropped, literals as `"…"`.
fn lex(source: &str) -> Vec<String> {
    let chars: Vec<char> = source.chars().collect();
    let mut tokens = Vec::new();
    let mut i = 0;
    while i < chars.len() {
        let c = chars[i];
        if c.is_whitespace() {
            i += 1;
        } else if let Some(end) = comment_end(&chars, i) {
            i = end;
        } else if c == '"' {
            i = quoted_end(&chars, i + 1, 0, false);
            tokens.push("\"…\"".to_owned());
        } else if c == '\'' {
            // A char literal (`'x'`, `'\n'`) or the quote of a lifetime (`'_`, `'static`).
            match char_literal_end(&chars, i) {
                Some(end) => {
                    i = end;
                    tokens.push("'…'".to_owned());
                }
                None => {
                    i += 1;
                    tokens.push("'".to_owned());
                }
            }
        } else if c.is_alphanumeric() || c == '_' {
            let start = i;
            while i < chars.len() && (chars[i].is_alphanumeric() || chars[i] == '_') {
                i += 1;
            }
            let word: String = chars[start..i].iter().collect();
            match prefixed_string_end(&chars, i, &word) {
                Some(end) => {
                    i = end;
                    tokens.push("\"…\"".to_owned());
                }
                // A raw identifier (`r#type`): the `r#` goes, the name is read next.
                None if word == "r" && chars.get(i) == Some(&'#') => i += 1,
                None => tokens.push(word),
            }
        } else {
            tokens.push(c.to_string());
            i += 1;
        }
    }
    tokens
}

/// Just past the comment that starts at `i` (`//…` to the line's end, `/* … */`
/// nested), or `None` when none starts there.
fn comment_end(chars: &[char], i: usize) -> Option<usize> {
    match (chars.get(i), chars.get(i + 1)) {
        (Some('/'), Some('/')) => {
            Some(chars[i..].iter().position(|&c| c == '\n').map_or(chars.len(), |n| i + n))
        }
        (Some('/'), Some('*')) => {
            let (mut j, mut depth) = (i, 0);
            while j < chars.len() {
                match (chars[j], chars.get(j + 1)) {
                    ('/', Some('*')) => (depth, j) = (depth + 1, j + 2),
                    ('*', Some('/')) if depth == 1 => return Some(j + 2),
                    ('*', Some('/')) => (depth, j) = (depth - 1, j + 2),
                    _ => j += 1,
                }
            }
            Some(chars.len())
        }
        _ => None,
    }
}

/// Just past the closing quote of a string whose text starts at `from`
/// (raw strings end at a quote and `hashes` hashes, and have no escapes).
fn quoted_end(chars: &[char], from: usize, hashes: usize, raw: bool) -> usize {
    let mut j = from;
    while j < chars.len() {
        if !raw && chars[j] == '\\' {
            j += 2;
        } else if chars[j] == '"' && (1..=hashes).all(|n| chars.get(j + n) == Some(&'#')) {
            return j + 1 + hashes;
        } else {
            j += 1;
        }
    }
    chars.len()
}

/// Just past the char literal that starts at `i`, or `None` for a lifetime.
fn char_literal_end(chars: &[char], i: usize) -> Option<usize> {
    if chars.get(i + 1) == Some(&'\\') {
        // Past the escaped character, whatever it is (`'\''`, `'\u{41}'`), to the closing quote.
        chars.get(i + 3..)?.iter().position(|&c| c == '\'').map(|n| i + 3 + n + 1)
    } else if chars.get(i + 2) == Some(&'\'') {
        Some(i + 3)
    } else {
        None
    }
}

/// Just past a string with a prefix (`b"…"`, `r"…"`, `r#"…"#`) when `word`,
/// ending at `i`, is that prefix; `None` for an identifier (`r#type` included).
fn prefixed_string_end(chars: &[char], i: usize, word: &str) -> Option<usize> {
    let raw = ["r", "br", "cr"].contains(&word);
    if !raw && !["b", "c"].contains(&word) {
        return None;
    }
    let hashes = if raw { chars[i..].iter().take_while(|&&c| c == '#').count() } else { 0 };
    (chars.get(i + hashes) == Some(&'"')).then(|| quoted_end(chars, i + hashes + 1, hashes, raw))
}

/// The index just past the bracket group that opens at `open`.
fn group_end(tokens: &[String], open: usize) -> usize {
    let mut depth = 0usize;
    for (i, token) in tokens.iter().enumerate().skip(open) {
        match token.as_str() {
            "(" | "[" | "{" => depth += 1,
            ")" | "]" | "}" => {
                depth -= 1;
                if depth == 0 {
                    return i + 1;
                }
            }
            _ => {}
        }
    }
    panic!("unbalanced brackets");
}

/// Splits a group's inside at its top-level commas (angle brackets count as nesting).
fn split_commas(tokens: &[String]) -> Vec<&[String]> {
    let (mut parts, mut start, mut depth) = (Vec::new(), 0, 0i32);
    for (i, token) in tokens.iter().enumerate() {
        match token.as_str() {
            "(" | "[" | "{" | "<" => depth += 1,
            ")" | "]" | "}" | ">" => depth -= 1,
            "," if depth == 0 => {
                parts.push(&tokens[start..i]);
                start = i + 1;
            }
            _ => {}
        }
    }
    parts.push(&tokens[start..]);
    parts.into_iter().filter(|part| !part.is_empty()).collect()
}

/// Drops the outer attributes and the visibility in front of a field or variant;
/// says whether an attribute derived `Debug`.
fn strip_attributes(mut tokens: &[String]) -> (&[String], bool) {
    let mut debug = false;
    loop {
        if tokens.first().is_some_and(|t| t == "#") && tokens.get(1).is_some_and(|t| t == "[") {
            let end = group_end(tokens, 1);
            debug |= derives_debug(&tokens[..end]);
            tokens = &tokens[end..];
        } else if tokens.first().is_some_and(|t| t == "pub") {
            let paren = tokens.get(1).is_some_and(|t| t == "(");
            tokens = &tokens[if paren { group_end(tokens, 1) } else { 1 }..];
        } else {
            return (tokens, debug);
        }
    }
}

/// Whether an attribute (`#[derive(…)]`, or one inside `#[cfg_attr(…)]`) derives `Debug`.
fn derives_debug(attribute: &[String]) -> bool {
    attribute.windows(2).enumerate().any(|(i, pair)| {
        pair[0] == "derive"
            && pair[1] == "("
            && attribute[i + 1..group_end(attribute, i + 1)].contains(&"Debug".into())
    })
}

fn named_fields(inside: &[String], what: &str) -> Vec<Field> {
    split_commas(inside)
        .into_iter()
        .map(|field| match strip_attributes(field).0 {
            [name, colon, ty @ ..] if colon == ":" => Field { name: Some(name.clone()), ty: ty.to_vec() },
            other => panic!("cannot read a field of {what}: {other:?}"),
        })
        .collect()
}

fn parse_items(tokens: &[String], file: &str) -> Vec<Item> {
    let mut items = Vec::new();
    let mut debug = false;
    let mut i = 0;
    while i < tokens.len() {
        match tokens[i].as_str() {
            "#" if tokens.get(i + 1).is_some_and(|t| t == "[") => {
                let end = group_end(tokens, i + 1);
                debug |= derives_debug(&tokens[i..end]);
                i = end;
                continue;
            }
            "pub" | "crate" | "(" | ")" if debug => {}
            keyword @ ("struct" | "enum") => {
                let name = tokens[i + 1].clone();
                let mut open = i + 2;
                while !["{", "(", ";"].contains(&tokens[open].as_str()) {
                    open += 1;
                }
                let end = if tokens[open] == ";" { open + 1 } else { group_end(tokens, open) };
                let inside = &tokens[open + 1..end.saturating_sub(1)];
                let item =
                    |name: String, fields| Item { name, file: file.to_owned(), derives_debug: debug, fields };
                if keyword == "enum" {
                    items.push(item(name.clone(), Vec::new()));
                    // Only a struct-like variant has named fields to check.
                    for variant in split_commas(inside) {
                        if let [variant, open, body @ .., close] = strip_attributes(variant).0
                            && open == "{"
                            && close == "}"
                        {
                            let what = format!("{name}::{variant}");
                            items.push(item(what.clone(), named_fields(body, &what)));
                        }
                    }
                } else if tokens[open] == "{" {
                    items.push(item(name.clone(), named_fields(inside, &name)));
                } else if tokens[open] == "(" {
                    let fields = split_commas(inside)
                        .into_iter()
                        .map(|field| Field { name: None, ty: strip_attributes(field).0.to_vec() })
                        .collect();
                    items.push(item(name, fields));
                } else {
                    items.push(item(name, Vec::new()));
                }
                debug = false;
                i = end;
                continue;
            }
            _ => debug = false,
        }
        i += 1;
    }
    items
}
