//! The catalogues cannot drift: every language has every English message
//! and nothing else, with the same placeholders, the plural forms its
//! grammar needs, and its own words (not English copies); and no component
//! shows an English literal instead of a catalogue message.

use std::collections::BTreeSet;
use std::path::{Path, PathBuf};

use latchkey_i18n::{LANGUAGES, Language, Message, load};

fn web() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("..")
}

/// Each catalogue, and the folders its app loads together (shared first).
fn catalogues() -> Vec<(&'static str, Vec<PathBuf>)> {
    let web = web();
    vec![
        ("portal", vec![web.join("shared/i18n"), web.join("portal/i18n")]),
        ("admin", vec![web.join("shared/i18n"), web.join("admin/i18n")]),
    ]
}

fn language(dirs: &[PathBuf], lang: &str) -> Language {
    let dirs: Vec<&Path> = dirs.iter().map(PathBuf::as_path).collect();
    match load(&dirs, lang) {
        Ok(found) => found,
        Err(problems) => {
            panic!("{lang}: {}", problems.iter().map(ToString::to_string).collect::<Vec<_>>().join("\n"))
        }
    }
}

/// The CLDR cardinal categories a choice on a count must spell out in each
/// language (CLDR 46). French, Spanish and Portuguese also have `many`, used
/// only from a million up, where their `other` reads right.
fn plural_categories(lang: &str) -> &'static [&'static str] {
    match lang {
        "ja" => &["other"],
        "ar" => &["zero", "one", "two", "few", "many", "other"],
        _ => &["one", "other"],
    }
}

const CATEGORIES: [&str; 6] = ["zero", "one", "two", "few", "many", "other"];

fn is_plural(message: &Message) -> bool {
    matches!(message, Message::Select { variants, .. } if variants.keys().any(|k| CATEGORIES.contains(&k.as_str())))
}

#[test]
fn every_language_has_every_message_with_the_same_placeholders() {
    let mut problems = Vec::new();
    for (app, dirs) in catalogues() {
        let english = language(&dirs, "en");
        assert!(!english.is_empty(), "{app}: the English catalogue is empty");
        for lang in LANGUAGES.iter().skip(1) {
            let other = language(&dirs, lang);
            for (id, entry) in &english {
                let Some(translated) = other.get(id) else {
                    problems.push(format!("{app}/{lang}: {id} is missing"));
                    continue;
                };
                if translated.message.placeholders() != entry.message.placeholders() {
                    problems.push(format!(
                        "{app}/{lang}: {id} has placeholders {:?}, English has {:?}",
                        translated.message.placeholders(),
                        entry.message.placeholders()
                    ));
                }
                if is_plural(&entry.message) {
                    let Message::Select { variants, .. } = &translated.message else {
                        problems
                            .push(format!("{app}/{lang}: {id} must choose on the count, as English does"));
                        continue;
                    };
                    for category in plural_categories(lang) {
                        if !variants.contains_key(*category) {
                            problems.push(format!("{app}/{lang}: {id} needs the plural form [{category}]"));
                        }
                    }
                }
            }
            for id in other.keys().filter(|id| !english.contains_key(*id)) {
                problems.push(format!("{app}/{lang}: {id} is not in English (removed or misspelt?)"));
            }
        }
    }
    assert!(problems.is_empty(), "{} catalogue problems:\n{}", problems.len(), problems.join("\n"));
}

#[test]
fn every_translation_is_in_its_own_language() {
    let mut problems = Vec::new();
    for (app, dirs) in catalogues() {
        let english = language(&dirs, "en");
        for lang in LANGUAGES.iter().skip(1) {
            for (id, entry) in language(&dirs, lang) {
                let Some(source) = english.get(&id) else { continue };
                // A word that really is the same ("Status" in German, a
                // product name) says so in a comment above it.
                let allowed = entry.comment.to_lowercase().contains("same as english");
                if entry.message == source.message && !allowed {
                    problems.push(format!("{app}/{lang}: {id} is English ({:?})", source.message.texts()));
                }
            }
        }
    }
    assert!(problems.is_empty(), "{} untranslated messages:\n{}", problems.len(), problems.join("\n"));
}

/// Attributes whose values a person never reads.
const NOT_WORDS: [&str; 20] = [
    "rel=",
    "class=",
    "class:",
    "id=",
    "href=",
    "type=",
    "name=",
    "autocomplete=",
    "for=",
    "role=",
    "inputmode=",
    "style=",
    "style:",
    "key=",
    "src=",
    "method=",
    "accept=",
    "pattern=",
    "enterkeyhint=",
    "spellcheck=",
];

/// Calls whose strings a person never reads (logs, developer errors, headers).
const NOT_READ: [&str; 6] =
    ["tracing::", "console::", "expect(", "headers.set(", "JsValue::from_str(", "ok_or("];

/// A string literal that reads as English prose: a capitalised word, or
/// two words with a space.
fn reads_as_words(literal: &str) -> bool {
    // Placeholders of an inline format string ("{title} · {suffix}") are not words.
    let mut bare = String::new();
    let mut depth = 0;
    for c in literal.chars() {
        match c {
            '{' => depth += 1,
            '}' => depth -= 1,
            _ if depth == 0 => bare.push(c),
            _ => {}
        }
    }
    let words: Vec<&str> = bare
        .split_whitespace()
        .filter(|w| !w.contains('/') && w.chars().filter(char::is_ascii_alphabetic).count() >= 2)
        .collect();
    let capitalised = words.first().is_some_and(|w| {
        let mut chars = w.chars();
        chars.next().is_some_and(|c| c.is_ascii_uppercase())
            && chars.next().is_some_and(|c| c.is_ascii_lowercase())
    });
    (words.len() >= 2 || capitalised)
        && !literal.starts_with('/')
        && !literal.contains("://")
        && !literal.contains("{}")
        && !literal.contains("{:")
        && !literal.contains("{0")
}

/// Every string literal on a line (escapes skipped; raw strings ignored).
fn literals(line: &str) -> Vec<String> {
    let mut out = Vec::new();
    let mut chars = line.char_indices().peekable();
    while let Some((i, c)) = chars.next() {
        if c == '/' && line[i..].starts_with("//") {
            break;
        }
        if c == '\'' {
            // A char literal ('"') or a lifetime: skip the quoted char.
            if line[i..].len() >= 3 && line[i + 2..].starts_with('\'') {
                chars.next();
                chars.next();
            }
            continue;
        }
        if c != '"' {
            continue;
        }
        let mut text = String::new();
        while let Some((_, c)) = chars.next() {
            match c {
                '\\' => {
                    chars.next();
                }
                '"' => break,
                _ => text.push(c),
            }
        }
        out.push(text);
    }
    out
}

fn rust_files(dir: &Path, out: &mut Vec<PathBuf>) {
    let Ok(entries) = std::fs::read_dir(dir) else { return };
    for entry in entries.filter_map(Result::ok) {
        let path = entry.path();
        if path.is_dir() {
            rust_files(&path, out);
        } else if path.extension().is_some_and(|e| e == "rs") {
            out.push(path);
        }
    }
}

#[test]
fn no_component_shows_an_english_literal() {
    let web = web();
    let mut files = Vec::new();
    for app in ["shared", "portal", "admin"] {
        rust_files(&web.join(app).join("src"), &mut files);
    }
    files.sort();
    let mut problems = BTreeSet::new();
    for file in &files {
        let Ok(source) = std::fs::read_to_string(file) else { continue };
        let mut in_tests = false;
        for (number, line) in source.lines().enumerate() {
            let trimmed = line.trim_start();
            // Unit tests and doc comments are for developers.
            if trimmed.starts_with("#[cfg(test)]") {
                in_tests = true;
            }
            if in_tests || trimmed.starts_with("//") || trimmed.starts_with("#[") {
                continue;
            }
            // A line a developer marked: the text is not for people (a
            // protocol value, a file name) and says why next to it.
            if line.contains("// not words:") {
                continue;
            }
            for literal in literals(line) {
                if !reads_as_words(&literal) {
                    continue;
                }
                let before = &line[..line.find(&format!("\"{literal}")).unwrap_or(0)];
                let before = before.trim_end().trim_end_matches("format!(").trim_end();
                if NOT_WORDS.iter().any(|attr| before.ends_with(attr))
                    || NOT_READ.iter().any(|call| before.contains(call))
                {
                    continue;
                }
                let relative = file.strip_prefix(&web).unwrap_or(file);
                problems.insert(format!("{}:{}: \"{literal}\"", relative.display(), number + 1));
            }
        }
    }
    assert!(
        problems.is_empty(),
        "{} English literals outside the catalogues (move each into the app's i18n/en/*.ftl and use t(k::…)):\n{}",
        problems.len(),
        problems.into_iter().collect::<Vec<_>>().join("\n")
    );
}

#[test]
fn the_scanner_sees_words_and_skips_code() {
    assert!(reads_as_words("Sign in"));
    assert!(reads_as_words("Password"));
    assert!(!reads_as_words("/v1/me"));
    assert!(!reads_as_words("en"));
    assert_eq!(literals(r#"view! { <p class="x">"Hello there"</p> }"#), vec!["x", "Hello there"]);
    assert_eq!(literals(r#"let q = '"'; "A b""#), vec!["A b"]);
}
