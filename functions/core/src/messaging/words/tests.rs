//! The catalogues stay in step with English: a message missing, extra,
//! with other variables, left in English by mistake, or without the plural
//! forms its language needs fails here, not in someone's inbox.

use std::collections::{BTreeMap, BTreeSet};

use fluent_syntax::ast;

use super::fluent::{fluent_args, sources};
use super::*;

const FILES: [&str; 5] = ["notices", "codes", "problems", "validation", "audit"];
/// What marks a message deliberately the same as English (a name, a code, a URL).
const SAME: &str = "Same as English.";

struct Entry {
    variables: BTreeSet<String>,
    /// Plural selects: the categories each one has.
    plurals: Vec<BTreeSet<String>>,
    /// The pattern's syntax tree, written out: equal when the text is.
    pattern: String,
    same_allowed: bool,
}

fn walk_inline(
    e: &ast::InlineExpression<&str>,
    vars: &mut BTreeSet<String>,
    plurals: &mut Vec<BTreeSet<String>>,
) {
    match e {
        ast::InlineExpression::VariableReference { id } => {
            vars.insert(id.name.to_owned());
        }
        ast::InlineExpression::FunctionReference { arguments, .. } => {
            for a in &arguments.positional {
                walk_inline(a, vars, plurals);
            }
            for a in &arguments.named {
                walk_inline(&a.value, vars, plurals);
            }
        }
        ast::InlineExpression::Placeable { expression } => walk(expression, vars, plurals),
        _ => {}
    }
}

fn walk(e: &ast::Expression<&str>, vars: &mut BTreeSet<String>, plurals: &mut Vec<BTreeSet<String>>) {
    match e {
        ast::Expression::Inline(inline) => walk_inline(inline, vars, plurals),
        ast::Expression::Select { selector, variants } => {
            walk_inline(selector, vars, plurals);
            let keys: BTreeSet<String> = variants
                .iter()
                .filter_map(|v| match &v.key {
                    ast::VariantKey::Identifier { name } => Some((*name).to_owned()),
                    ast::VariantKey::NumberLiteral { .. } => None,
                })
                .collect();
            if keys.iter().all(|k| CATEGORIES.contains(&k.as_str())) && !keys.is_empty() {
                plurals.push(keys);
            }
            for v in variants {
                walk_pattern(&v.value, vars, plurals);
            }
        }
    }
}

fn walk_pattern(p: &ast::Pattern<&str>, vars: &mut BTreeSet<String>, plurals: &mut Vec<BTreeSet<String>>) {
    for element in &p.elements {
        if let ast::PatternElement::Placeable { expression } = element {
            walk(expression, vars, plurals);
        }
    }
}

const CATEGORIES: [&str; 6] = ["zero", "one", "two", "few", "many", "other"];

/// The CLDR plural categories a language's integers fall in.
fn needed(lang: Language) -> &'static [&'static str] {
    match lang {
        Language::Ar => &["zero", "one", "two", "few", "many", "other"],
        Language::Ja => &["other"],
        Language::En | Language::Fr | Language::De | Language::Es | Language::Pt => &["one", "other"],
    }
}

/// Each file's messages in `lang`, by id.
fn catalogue(lang: Language) -> Vec<BTreeMap<String, Entry>> {
    sources(lang)
        .iter()
        .zip(FILES)
        .map(|(source, file)| {
            let resource = fluent_syntax::parser::parse(*source)
                .unwrap_or_else(|(_, errors)| panic!("{lang}/{file}.ftl does not parse: {errors:?}"));
            let mut out = BTreeMap::new();
            for entry in &resource.body {
                match entry {
                    ast::Entry::Message(m) => {
                        let value = m
                            .value
                            .as_ref()
                            .unwrap_or_else(|| panic!("{lang}/{file}: {} has no value", m.id.name));
                        assert!(
                            m.attributes.is_empty(),
                            "{lang}/{file}: {} has attributes (not used here)",
                            m.id.name
                        );
                        let (mut variables, mut plurals) = (BTreeSet::new(), Vec::new());
                        walk_pattern(value, &mut variables, &mut plurals);
                        let same_allowed =
                            m.comment.as_ref().is_some_and(|c| c.content.iter().any(|l| l.trim() == SAME));
                        let previous = out.insert(
                            m.id.name.to_owned(),
                            Entry { variables, plurals, pattern: format!("{value:?}"), same_allowed },
                        );
                        assert!(previous.is_none(), "{lang}/{file}: {} twice", m.id.name);
                    }
                    ast::Entry::Junk { content } => panic!("{lang}/{file}.ftl: junk {content:?}"),
                    ast::Entry::Term(t) => panic!("{lang}/{file}.ftl: term -{} (not used here)", t.id.name),
                    _ => {}
                }
            }
            out
        })
        .collect()
}

#[test]
fn every_language_has_every_message_english_has_and_no_other() {
    let english = catalogue(Language::En);
    for lang in Language::ALL.into_iter().filter(|l| *l != Language::En) {
        for ((file, en), theirs) in FILES.iter().zip(&english).zip(catalogue(lang)) {
            let missing: Vec<_> = en.keys().filter(|id| !theirs.contains_key(*id)).collect();
            let extra: Vec<_> = theirs.keys().filter(|id| !en.contains_key(*id)).collect();
            assert!(missing.is_empty(), "{lang}/{file}.ftl lacks {missing:?}");
            assert!(extra.is_empty(), "{lang}/{file}.ftl has {extra:?}, which English has not");
            for (id, entry) in &theirs {
                let english = &en[id];
                assert_eq!(
                    entry.variables, english.variables,
                    "{lang}/{file}.ftl: {id} uses other variables"
                );
                assert!(
                    entry.pattern != english.pattern || entry.same_allowed,
                    "{lang}/{file}.ftl: {id} is the English text (mark it `# {SAME}` if meant)"
                );
            }
        }
    }
}

#[test]
fn every_plural_has_the_forms_its_language_needs() {
    for lang in Language::ALL {
        for (file, messages) in FILES.iter().zip(catalogue(lang)) {
            for (id, entry) in messages {
                for keys in &entry.plurals {
                    let lacking: Vec<_> = needed(lang).iter().filter(|c| !keys.contains(**c)).collect();
                    assert!(lacking.is_empty(), "{lang}/{file}.ftl: {id}'s plural lacks {lacking:?}");
                }
            }
        }
    }
}

/// Every message formats without an error in every language, for the
/// numbers each plural form is for.
#[test]
fn every_message_formats_cleanly() {
    let english = catalogue(Language::En);
    for lang in Language::ALL {
        for en in &english {
            for (id, entry) in en {
                for n in [0, 1, 2, 3, 11, 100] {
                    let mut args = Args::new();
                    for var in &entry.variables {
                        args = args.number(leak(var), n);
                    }
                    let text = say(lang, id, &args);
                    assert!(!text.trim().is_empty(), "{lang}: {id} is empty");
                    assert!(!text.contains('\u{2068}'), "{lang}: {id} has isolation marks");
                    let _ = fluent_args(lang, &args);
                }
            }
        }
    }
}

fn leak(name: &str) -> &'static str {
    Box::leak(name.to_owned().into_boxed_str())
}

/// Every id the core's code names exists (the API's own test does the same
/// for the problems it answers).
#[test]
fn every_id_the_code_names_is_in_the_catalogue() {
    fn visit(dir: &std::path::Path, found: &mut Vec<(String, String)>) {
        for entry in std::fs::read_dir(dir).unwrap() {
            let path = entry.unwrap().path();
            if path.is_dir() {
                visit(&path, found);
            } else if path.extension().is_some_and(|e| e == "rs") && !path.ends_with("words/tests.rs") {
                let text = std::fs::read_to_string(&path).unwrap();
                for piece in text.split('"').skip(1).step_by(2) {
                    let named = ["notice-", "code-", "invitation-", "validation-", "role-"]
                        .iter()
                        .any(|p| piece.starts_with(p));
                    if named
                        && piece.bytes().all(|b| b.is_ascii_lowercase() || b == b'-' || b.is_ascii_digit())
                        && !piece.ends_with('-')
                    {
                        found.push((path.display().to_string(), piece.to_owned()));
                    }
                }
            }
        }
    }
    let mut found = Vec::new();
    visit(&std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("src"), &mut found);
    assert!(found.len() > 20, "the scan found the ids: {found:?}");
    for (file, id) in found {
        assert!(has(Language::En, &id), "{file} names {id}, which the catalogue lacks");
    }
}

#[test]
fn every_notice_has_a_subject() {
    for id in ids().iter().filter(|id| id.starts_with("notice-") && !id.ends_with("-subject")) {
        // Sentences other notices end with, not notices of their own.
        if ["notice-not-you", "notice-report-link", "notice-contact", "notice-change-here"]
            .contains(&id.as_str())
        {
            continue;
        }
        assert!(has(Language::En, &format!("{id}-subject")), "{id} has no subject");
    }
}

#[test]
fn messages_carry_no_isolation_marks_and_pick_plural_forms() {
    let args = |n: i64| Args::new().text("org", "Contoso").text("code", "12345678").number("minutes", n);
    assert_eq!(say(Language::En, "code-email-subject", &args(10)), "Your Contoso verification code");
    assert_eq!(say(Language::En, "code-expires", &args(10)), "It expires in 10 minutes.");
    assert_eq!(say(Language::En, "code-expires", &args(1)), "It expires in 1 minute.");
    assert!(say(Language::De, "code-expires", &args(10)).contains("10 Minuten"));
    let arabic: BTreeSet<String> =
        [0, 1, 2, 3, 11, 100].map(|n| say(Language::Ar, "code-expires", &args(n))).into();
    assert_eq!(arabic.len(), 6, "Arabic says each plural form its own way: {arabic:?}");
    assert!(!say(Language::Ar, "code-email-intro", &args(10)).contains(['\u{2068}', '\u{2069}']));
}

#[test]
fn dates_are_written_for_the_reader_and_say_utc() {
    let when = DateTime::parse_from_rfc3339("2026-03-07T14:05:00Z").unwrap().with_timezone(&Utc);
    assert_eq!(date(Language::En, when), "2026-03-07 14:05 UTC");
    assert_eq!(date(Language::Fr, when), "07/03/2026 14:05 UTC");
    assert_eq!(date(Language::De, when), "07.03.2026, 14:05 UTC");
    assert_eq!(date(Language::Ja, when), "2026年3月7日 14:05 UTC");
}
