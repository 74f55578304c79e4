//! The organisation's own words for the messages Latchkey sends: an
//! administrator may replace, per language, the text of any email, text
//! message, call or notice (`OrgSettings::wording`). An override is Fluent,
//! like the catalogue it replaces, and may use only the placeholders the
//! catalogue's message has; [`check`] refuses anything else before it is
//! saved, and [`format`] says it ([`super::words::say_for`] picks it).
//!
//! Problem details and validation sentences are not overridable: they are
//! answered without the organisation's settings at hand.

use std::collections::BTreeSet;

use fluent_bundle::{FluentBundle, FluentResource};
use fluent_syntax::ast;

use super::words::{Args, fluent};
use crate::model::language::Language;
use crate::model::settings::OrgSettings;
use crate::model::values::ParseError;

/// The longest override, in characters.
pub const MAX_CHARS: usize = 2000;
/// All of an organisation's overrides together, in bytes: the settings are
/// one item of the store, which holds at most 400 KB.
pub const MAX_TOTAL_BYTES: usize = 200_000;

/// How a message reaches its reader.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    /// Part of an email carrying a code or an invitation.
    Email,
    /// A text message.
    Text,
    /// Words read out by a call.
    Call,
    /// A security notice (by email and by text).
    Notice,
}

/// How message `id` reaches its reader; `None` for a message that cannot be
/// overridden (problems, validation sentences, role names).
pub fn kind(id: &str) -> Option<Kind> {
    if id == "code-sms" {
        Some(Kind::Text)
    } else if id.starts_with("code-voice-") {
        Some(Kind::Call)
    } else if id.starts_with("code-") || id.starts_with("invitation-") {
        Some(Kind::Email)
    } else if id.starts_with("notice-") {
        Some(Kind::Notice)
    } else {
        None
    }
}

/// One overridable message in one language, as the console shows it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Message {
    pub id: String,
    pub kind: Kind,
    /// The catalogue's text, as Fluent source (placeables and plural
    /// selections as written, the common indentation removed).
    pub default: String,
    /// The organisation's text, if it has one.
    pub text: Option<String>,
    /// The variables the message may use, without `$`, sorted.
    pub placeholders: Vec<String>,
}

/// Every overridable message of `lang`, in the catalogue's order, with the
/// organisation's text where it has one.
pub fn messages(lang: Language, settings: &OrgSettings) -> Vec<Message> {
    let own = settings.wording.get(&lang);
    super::words::ids()
        .into_iter()
        .filter_map(|id| {
            let kind = kind(&id)?;
            let default = source(lang, &id)?;
            let placeholders = placeholders(&id, &default).into_iter().collect();
            let text = own.and_then(|m| m.get(&id)).cloned();
            Some(Message { id, kind, default, text, placeholders })
        })
        .collect()
}

/// One message of `lang` (`None`: not an overridable message).
pub fn message(lang: Language, id: &str, settings: &OrgSettings) -> Option<Message> {
    kind(id)?;
    messages(lang, settings).into_iter().find(|m| m.id == id)
}

/// The catalogue's Fluent source of message `id` in `lang`: what follows
/// `id =`, continuation lines dedented.
pub fn source(lang: Language, id: &str) -> Option<String> {
    let head = format!("{id} =");
    for file in fluent::sources(lang) {
        let mut lines = file.lines();
        let Some(first) = lines.by_ref().find(|l| l.split_once(" =").is_some_and(|(name, _)| name == id))
        else {
            continue;
        };
        let first = first[head.len()..].trim();
        let rest: Vec<&str> = lines.take_while(|l| l.is_empty() || l.starts_with(' ')).collect();
        let rest = &rest[..rest.iter().rposition(|l| !l.trim().is_empty()).map_or(0, |i| i + 1)];
        let indent = rest
            .iter()
            .filter(|l| !l.trim().is_empty())
            .map(|l| l.len() - l.trim_start().len())
            .min()
            .unwrap_or(0);
        let mut out: Vec<String> = Vec::new();
        if !first.is_empty() {
            out.push(first.to_owned());
        }
        out.extend(rest.iter().map(|l| l.get(indent..).unwrap_or("").trim_end().to_owned()));
        return Some(out.join("\n"));
    }
    None
}

/// `text` as the Fluent entry of message `id`: every line indented, so the
/// text can never start another entry.
fn entry(id: &str, text: &str) -> String {
    let body: Vec<String> = text.lines().map(|l| format!("    {l}")).collect();
    format!("{id} =\n{}\n", body.join("\n"))
}

/// What a parsed pattern refers to: its variables, and whether it names
/// another message or a term.
#[derive(Default)]
struct Refs {
    variables: BTreeSet<String>,
    references: bool,
}

fn inline(e: &ast::InlineExpression<&str>, refs: &mut Refs) {
    match e {
        ast::InlineExpression::VariableReference { id } => {
            refs.variables.insert(id.name.to_owned());
        }
        ast::InlineExpression::FunctionReference { arguments, .. } => {
            for a in &arguments.positional {
                inline(a, refs);
            }
            for a in &arguments.named {
                inline(&a.value, refs);
            }
        }
        ast::InlineExpression::MessageReference { .. } | ast::InlineExpression::TermReference { .. } => {
            refs.references = true;
        }
        ast::InlineExpression::Placeable { expression } => expression_refs(expression, refs),
        ast::InlineExpression::StringLiteral { .. } | ast::InlineExpression::NumberLiteral { .. } => {}
    }
}

fn expression_refs(e: &ast::Expression<&str>, refs: &mut Refs) {
    match e {
        ast::Expression::Inline(e) => inline(e, refs),
        ast::Expression::Select { selector, variants } => {
            inline(selector, refs);
            for v in variants {
                pattern_refs(&v.value, refs);
            }
        }
    }
}

fn pattern_refs(p: &ast::Pattern<&str>, refs: &mut Refs) {
    for element in &p.elements {
        if let ast::PatternElement::Placeable { expression } = element {
            expression_refs(expression, refs);
        }
    }
}

/// What `text`, as message `id`, refers to; `Err(line)` when it is not
/// valid Fluent (the line of the text where the parser stopped, from 1).
fn parse(id: &str, text: &str) -> Result<Refs, usize> {
    let source = entry(id, text);
    let header = id.len() + 3;
    let line_of = |pos: usize| source[..pos.min(source.len())].matches('\n').count().max(1);
    let resource = fluent_syntax::parser::parse(source.as_str())
        .map_err(|(_, errors)| errors.first().map_or(1, |e| line_of(e.pos.start.max(header))))?;
    let [ast::Entry::Message(message)] = resource.body.as_slice() else {
        return Err(1);
    };
    let Some(value) =
        message.value.as_ref().filter(|_| message.attributes.is_empty() && message.id.name == id)
    else {
        return Err(message.attributes.first().map_or(1, |_| text.lines().count()));
    };
    let mut refs = Refs::default();
    pattern_refs(value, &mut refs);
    Ok(refs)
}

/// The variables message `id`'s `default` text uses.
fn placeholders(id: &str, default: &str) -> BTreeSet<String> {
    parse(id, default).map(|r| r.variables).unwrap_or_default()
}

/// Checks `text` as the organisation's words for message `id` in `lang`,
/// and answers it as it is kept (line ends made `\n`, outer blanks trimmed).
/// Refused, naming the field: an id that is not an overridable message
/// (`id`), empty or longer than [`MAX_CHARS`] characters, not valid Fluent,
/// naming another message, or a placeholder the catalogue's message does
/// not have (`text`).
pub fn check(lang: Language, id: &str, text: &str) -> Result<String, ParseError> {
    let default = kind(id)
        .and_then(|_| source(lang, id))
        .ok_or_else(|| ParseError::new("id", "is not a message whose words can be changed"))?;
    let text = text.replace("\r\n", "\n").replace('\r', "\n");
    let text = text.trim();
    if text.is_empty() {
        return Err(ParseError::new("text", "must not be empty"));
    }
    if text.chars().count() > MAX_CHARS {
        return Err(ParseError::new("text", format!("must be at most {MAX_CHARS} characters")));
    }
    if text.chars().any(|c| c.is_control() && c != '\n' && c != '\t') {
        return Err(ParseError::new("text", "may not contain control characters"));
    }
    let refs = parse(id, text).map_err(|line| {
        ParseError::new(
            "text",
            format!(
                "is not valid Fluent (line {line}): every {{ needs its }}, a placeholder is written {{ $name }}, and no line may start with [, * or ."
            ),
        )
    })?;
    if refs.references {
        return Err(ParseError::new("text", "may not name other messages or terms, only placeholders"));
    }
    let allowed = placeholders(id, &default);
    if let Some(unknown) = refs.variables.iter().find(|v| !allowed.contains(*v)) {
        let known: Vec<String> = allowed.iter().map(|v| format!("{{ ${v} }}")).collect();
        let message = if known.is_empty() {
            format!("may not use placeholders, as this message has none: remove {{ ${unknown} }}")
        } else {
            format!(
                "may only use the placeholders this message has ({}), not {{ ${unknown} }}",
                known.join(", ")
            )
        };
        return Err(ParseError::new("text", message));
    }
    Ok(text.to_owned())
}

/// Checks that all the organisation's overrides, with `text` for `id` in
/// `lang`, fit in the settings' item.
pub fn fits(settings: &OrgSettings, lang: Language, id: &str, text: &str) -> Result<(), ParseError> {
    let total: usize = settings
        .wording
        .iter()
        .flat_map(|(l, m)| m.iter().filter(move |(i, _)| !(*l == lang && i.as_str() == id)))
        .map(|(i, t)| i.len() + t.len())
        .sum::<usize>()
        + id.len()
        + text.len();
    if total > MAX_TOTAL_BYTES {
        return Err(ParseError::new(
            "text",
            "is one change too many: the organisation's changed messages already fill the space they have; restore some to their default first",
        ));
    }
    Ok(())
}

/// `text` (checked by [`check`]) said as message `id` in `lang` with
/// `args`; `None` if it does not format (it is then logged, and the caller
/// says the catalogue's message instead).
pub fn format(lang: Language, id: &str, text: &str, args: &Args) -> Option<String> {
    let resource = FluentResource::try_new(entry(id, text)).ok()?;
    let locale = lang.tag().parse().unwrap_or_default();
    let mut bundle = FluentBundle::new(vec![locale]);
    bundle.set_use_isolating(false);
    bundle.add_resource(resource).ok()?;
    let pattern = bundle.get_message(id)?.value()?;
    let mut errors = Vec::new();
    let said =
        bundle.format_pattern(pattern, Some(&fluent::fluent_args(lang, args)), &mut errors).into_owned();
    if errors.is_empty() {
        Some(said)
    } else {
        tracing::error!(id, lang = %lang, errors = ?errors, "an organisation's message did not format");
        None
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_email_text_call_and_notice_is_overridable_and_nothing_else() {
        let fr = messages(Language::Fr, &OrgSettings::default());
        let has = |id: &str| fr.iter().any(|m| m.id == id);
        assert!(has("code-why-reset") && has("code-sms") && has("code-voice-intro"));
        assert!(has("invitation-subject") && has("notice-password-reset") && has("notice-not-you"));
        assert!(!has("problem-not-found-title") && !has("validation-empty") && !has("role-admin"));
        let sms = fr.iter().find(|m| m.id == "code-sms").unwrap();
        assert_eq!(sms.kind, Kind::Text);
        assert_eq!(sms.placeholders, ["code", "minutes", "org"]);
        assert!(sms.text.is_none());
        // Each language has each one, with the same placeholders.
        for lang in Language::ALL {
            let all = messages(lang, &OrgSettings::default());
            assert_eq!(all.len(), fr.len(), "{lang}");
            for (m, f) in all.iter().zip(&fr) {
                assert_eq!((&m.id, &m.placeholders), (&f.id, &f.placeholders), "{lang}");
            }
        }
    }

    #[test]
    fn a_default_reads_as_its_fluent_source_and_says_what_the_catalogue_says() {
        let expires = source(Language::En, "code-expires").unwrap();
        assert!(expires.starts_with("{ $minutes ->\n    [one] It expires"), "{expires}");
        assert!(expires.ends_with("\n}"), "{expires}");
        assert_eq!(
            source(Language::En, "code-email-intro").unwrap(),
            "Your { $org } verification code is { $code }."
        );
        assert_eq!(source(Language::En, concat!("code", "-email")), None, "a prefix of an id is none");
        let args = Args::new().text("org", "Contoso").text("code", "123").number("minutes", 1);
        for lang in Language::ALL {
            for m in messages(lang, &OrgSettings::default()) {
                assert_eq!(
                    check(lang, &m.id, &m.default).as_deref(),
                    Ok(m.default.trim()),
                    "{lang} {}",
                    m.id
                );
            }
            for id in ["code-expires", "code-sms", "code-email-subject"] {
                let default = source(lang, id).unwrap();
                assert_eq!(
                    format(lang, id, &default, &args).unwrap(),
                    super::super::words::say(lang, id, &args)
                );
            }
        }
    }

    #[test]
    fn an_override_may_use_the_messages_placeholders_and_plural_forms() {
        let text = "Bonjour !\n{ $minutes ->\n    [one] Une minute.\n   *[other] { $minutes } minutes.\n}";
        assert_eq!(check(Language::Fr, "code-expires", text).as_deref(), Ok(text));
        let args = Args::new().text("org", "Contoso").number("minutes", 1);
        let said = format(Language::Fr, "code-expires", text, &args).unwrap();
        assert!(said.contains("Une minute."), "{said}");
        assert!(
            check(Language::Fr, "code-expires", "{ $org }").is_err(),
            "$org is not code-expires' placeholder"
        );
        let kept = check(Language::Fr, "code-why-reset", "  Ignorez-le.\r\nMerci.  \n").unwrap();
        assert_eq!(kept, "Ignorez-le.\nMerci.");
        assert_eq!(
            format(Language::Fr, "code-why-reset", &kept, &Args::new()).unwrap(),
            "Ignorez-le.\nMerci."
        );
    }

    #[test]
    fn bad_overrides_are_refused_naming_the_field() {
        let refused = |id: &str, text: &str| check(Language::Fr, id, text).unwrap_err();
        assert_eq!(refused(concat!("code", "-nonsense"), "Bonjour").field, "id");
        assert_eq!(refused("problem-not-found-title", "Bonjour").field, "id", "problems are not overridable");
        assert_eq!(refused("role-admin", "chef").field, "id");
        for (text, why) in [
            ("", "must not be empty"),
            ("   \n ", "must not be empty"),
            (&"a".repeat(MAX_CHARS + 1), "at most 2000 characters"),
            ("Votre code { $code", "not valid Fluent"),
            ("Votre code }", "not valid Fluent"),
            ("Une ligne\n[one] une autre", "not valid Fluent"),
            ("Une ligne\n.attr = x", "not valid Fluent"),
            ("Votre code { $pin }", "not { $pin }"),
            ("Voir { notice-not-you }", "other messages"),
            ("Voir { -brand }", "other messages"),
            ("Un\u{7}bip", "control characters"),
        ] {
            let e = refused("code-email-intro", text);
            assert_eq!(e.field, "text", "{text:?}");
            assert!(e.message.contains(why), "{text:?}: {}", e.message);
        }
        assert!(refused("code-voice-again", "Encore { $code }").message.contains("has none"));
        assert_eq!(
            check(Language::Fr, "code-email-intro", &"é".repeat(MAX_CHARS)).map(|t| t.len()),
            Ok(4000)
        );
    }

    #[test]
    fn the_organisations_overrides_together_fit_in_its_settings() {
        let mut settings = OrgSettings::default();
        let long = "x".repeat(MAX_CHARS);
        let mut n = 0;
        'fill: for lang in Language::ALL {
            for m in messages(lang, &OrgSettings::default()) {
                if fits(&settings, lang, &m.id, &long).is_err() {
                    break 'fill;
                }
                settings.wording.entry(lang).or_default().insert(m.id, long.clone());
                n += 1;
            }
        }
        assert!(n > 50, "room for {n} long messages");
        let (lang, id) = (Language::Ar, "code-sms");
        assert_eq!(fits(&settings, lang, id, &long).unwrap_err().field, "text");
        // Replacing one that is already there takes no more room.
        let (first_lang, first) =
            settings.wording.iter().next().map(|(l, m)| (*l, m.keys().next().unwrap().clone())).unwrap();
        assert!(fits(&settings, first_lang, &first, &long).is_ok());
    }

    #[test]
    fn the_organisations_words_replace_the_catalogues_in_their_language_only() {
        let mut settings = OrgSettings::default();
        settings
            .wording
            .entry(Language::Fr)
            .or_default()
            .insert("code-sms".into(), "{ $code } pour { $org }".into());
        let args = Args::new().text("org", "Contoso").text("code", "42").number("minutes", 10);
        assert_eq!(
            super::super::words::say_for(&settings, Language::Fr, "code-sms", &args),
            "42 pour Contoso"
        );
        let german = super::super::words::say_for(&settings, Language::De, "code-sms", &args);
        assert_eq!(german, super::super::words::say(Language::De, "code-sms", &args));
        // A text that no longer formats (a catalogue changed under it) falls back to the catalogue's.
        settings.wording.entry(Language::Fr).or_default().insert("code-sms".into(), "{ NOPE() }".into());
        assert_eq!(
            super::super::words::say_for(&settings, Language::Fr, "code-sms", &args),
            super::super::words::say(Language::Fr, "code-sms", &args)
        );
        let listed = message(Language::Fr, "code-sms", &settings).unwrap();
        assert_eq!(listed.text.as_deref(), Some("{ NOPE() }"));
    }
}
