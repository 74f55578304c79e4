//! Every word the server sends or answers, in the reader's language: one
//! Fluent catalogue per language (`functions/core/i18n/<lang>/*.ftl`),
//! compiled into the binary and parsed once per cold start.
//!
//! Messages are named by id (`code-email-subject`); the unit tests below
//! keep the seven catalogues in step with English (same ids, same
//! variables, the plural forms each language needs, nothing left in
//! English by mistake), so the English fallback in [`say`] is a safety net
//! that never catches anything in practice.

use chrono::{DateTime, Utc};

use crate::model::language::Language;
use crate::model::settings::OrgSettings;
use crate::model::user::User;

/// The language `user` reads their messages in: their own choice, else the
/// organisation's default.
pub fn of(user: &User, settings: &OrgSettings) -> Language {
    user.language.unwrap_or(settings.default_language)
}

/// A message's variables, by name.
#[derive(Debug, Clone, Default)]
pub struct Args(Vec<(&'static str, Arg)>);

/// One variable: words put in as they are, or a number (which picks a
/// message's plural form).
#[derive(Debug, Clone, PartialEq)]
pub enum Arg {
    Text(String),
    Number(i64),
    /// A moment, written as the reader's language writes dates ([`date`]).
    Date(DateTime<Utc>),
    /// Message ids, each said in the reader's language, as a list ("admin, helpdesk").
    List(Vec<&'static str>),
}

impl Args {
    pub fn new() -> Self {
        Self::default()
    }

    pub fn text(mut self, name: &'static str, value: impl Into<String>) -> Self {
        self.0.push((name, Arg::Text(value.into())));
        self
    }

    pub fn number(mut self, name: &'static str, value: impl Into<i64>) -> Self {
        self.0.push((name, Arg::Number(value.into())));
        self
    }

    pub fn date(mut self, name: &'static str, value: DateTime<Utc>) -> Self {
        self.0.push((name, Arg::Date(value)));
        self
    }

    pub fn list(mut self, name: &'static str, ids: Vec<&'static str>) -> Self {
        self.0.push((name, Arg::List(ids)));
        self
    }

    pub fn get(&self, name: &str) -> Option<&Arg> {
        self.0.iter().rev().find(|(n, _)| *n == name).map(|(_, a)| a)
    }

    pub fn iter(&self) -> impl Iterator<Item = (&'static str, &Arg)> {
        self.0.iter().map(|(n, a)| (*n, a))
    }
}

/// A moment as the reader writes it: day, month, year, hours and minutes,
/// always stated as UTC (a message cannot know the reader's time zone).
pub fn date(lang: Language, when: DateTime<Utc>) -> String {
    let pattern = match lang {
        Language::En => "%Y-%m-%d %H:%M UTC",
        Language::Fr | Language::Es | Language::Pt => "%d/%m/%Y %H:%M UTC",
        Language::De => "%d.%m.%Y, %H:%M UTC",
        Language::Ja => "%Y年%-m月%-d日 %H:%M UTC",
        Language::Ar => "%Y/%m/%d %H:%M UTC",
    };
    when.format(pattern).to_string()
}

/// Sentences one after another, as `lang` writes them (Japanese puts no
/// space between them).
pub fn sentences(lang: Language, parts: &[&str]) -> String {
    let gap = if lang == Language::Ja { "" } else { " " };
    parts.iter().filter(|p| !p.is_empty()).copied().collect::<Vec<_>>().join(gap)
}

/// Items of a list, as `lang` separates them.
pub fn list(lang: Language, items: &[String]) -> String {
    let comma = match lang {
        Language::Ja => "、",
        Language::Ar => "، ",
        _ => ", ",
    };
    items.join(comma)
}

#[cfg(feature = "words")]
pub use fluent::{has, ids, say};

/// Message `id` in `lang` with `args`, in the organisation's own words
/// when it has them for that language (`OrgSettings::wording`), else the
/// catalogue's. Every message sent with the settings at hand goes through here.
#[cfg(feature = "words")]
pub fn say_for(settings: &OrgSettings, lang: Language, id: &str, args: &Args) -> String {
    settings
        .wording
        .get(&lang)
        .and_then(|own| own.get(id))
        .and_then(|text| crate::messaging::wording::format(lang, id, text, args))
        .unwrap_or_else(|| say(lang, id, args))
}

#[cfg(feature = "words")]
pub(crate) mod fluent {
    use std::sync::LazyLock;

    use fluent_bundle::concurrent::FluentBundle;
    use fluent_bundle::{FluentArgs, FluentResource, FluentValue};

    use super::{Arg, Args};
    use crate::model::language::Language;

    type Bundle = FluentBundle<FluentResource>;

    macro_rules! catalogue {
        ($lang:literal) => {
            [
                include_str!(concat!("../../i18n/", $lang, "/notices.ftl")),
                include_str!(concat!("../../i18n/", $lang, "/codes.ftl")),
                include_str!(concat!("../../i18n/", $lang, "/problems.ftl")),
                include_str!(concat!("../../i18n/", $lang, "/validation.ftl")),
                include_str!(concat!("../../i18n/", $lang, "/audit.ftl")),
            ]
        };
    }

    /// The catalogue files of `lang`, in a fixed order.
    pub(crate) fn sources(lang: Language) -> [&'static str; 5] {
        match lang {
            Language::En => catalogue!("en"),
            Language::Fr => catalogue!("fr"),
            Language::De => catalogue!("de"),
            Language::Es => catalogue!("es"),
            Language::Pt => catalogue!("pt"),
            Language::Ja => catalogue!("ja"),
            Language::Ar => catalogue!("ar"),
        }
    }

    /// Each language's bundle, in [`Language::ALL`] order, built on first use.
    static BUNDLES: LazyLock<Vec<Bundle>> = LazyLock::new(|| Language::ALL.into_iter().map(bundle).collect());

    fn bundle(lang: Language) -> Bundle {
        let locale = lang.tag().parse().unwrap_or_default();
        let mut bundle = FluentBundle::new_concurrent(vec![locale]);
        // No Unicode isolation marks around variables: emails, texts and
        // calls carry the words only (an org name or a code never needs them).
        bundle.set_use_isolating(false);
        for source in sources(lang) {
            let resource = FluentResource::try_new(source.to_owned()).unwrap_or_else(|(partial, errors)| {
                tracing::error!(lang = %lang, errors = errors.len(), "a message catalogue does not parse");
                partial
            });
            if let Err(errors) = bundle.add_resource(resource) {
                tracing::error!(lang = %lang, errors = errors.len(), "a message catalogue repeats an id");
            }
        }
        bundle
    }

    fn of(lang: Language) -> &'static Bundle {
        let index = Language::ALL.iter().position(|l| *l == lang).unwrap_or(0);
        &BUNDLES[index]
    }

    /// Whether `lang`'s catalogue holds message `id`.
    pub fn has(lang: Language, id: &str) -> bool {
        of(lang).get_message(id).and_then(|m| m.value()).is_some()
    }

    /// Every message id, in the English catalogue's order.
    pub fn ids() -> Vec<String> {
        sources(Language::En)
            .into_iter()
            .flat_map(|source| {
                source
                    .lines()
                    .filter(|l| l.starts_with(|c: char| c.is_ascii_lowercase()))
                    .filter_map(|l| l.split_once(" =").map(|(id, _)| id.trim().to_owned()))
                    .collect::<Vec<_>>()
            })
            .collect()
    }

    pub(crate) fn fluent_args(lang: Language, args: &Args) -> FluentArgs<'static> {
        let mut out = FluentArgs::new();
        for (name, arg) in args.iter() {
            match arg {
                Arg::Text(text) => out.set(name, FluentValue::from(text.clone())),
                Arg::Number(n) => out.set(name, FluentValue::from(*n)),
                Arg::Date(when) => out.set(name, FluentValue::from(super::date(lang, *when))),
                Arg::List(ids) => {
                    let said: Vec<String> = ids.iter().map(|id| say(lang, id, &Args::new())).collect();
                    out.set(name, FluentValue::from(super::list(lang, &said)));
                }
            }
        }
        out
    }

    /// Message `id` in `lang` with `args`. A message the catalogue lacks
    /// (the tests make that impossible for the ids the code uses) is said in
    /// English, and logged.
    pub fn say(lang: Language, id: &str, args: &Args) -> String {
        let bundle = of(lang);
        let Some(pattern) = bundle.get_message(id).and_then(|m| m.value()) else {
            tracing::error!(id, lang = %lang, "no such message in the catalogue");
            return if lang == Language::En { id.to_owned() } else { say(Language::En, id, args) };
        };
        let mut errors = Vec::new();
        let text = bundle.format_pattern(pattern, Some(&fluent_args(lang, args)), &mut errors).into_owned();
        if !errors.is_empty() {
            tracing::error!(id, lang = %lang, errors = ?errors, "a message did not format");
        }
        text
    }
}

/// Without the catalogues (the portal's WASM, which never sends a message)
/// a message is its id.
#[cfg(not(feature = "words"))]
pub fn say(_lang: Language, id: &str, _args: &Args) -> String {
    id.to_owned()
}

#[cfg(not(feature = "words"))]
pub fn say_for(_settings: &OrgSettings, _lang: Language, id: &str, _args: &Args) -> String {
    id.to_owned()
}

#[cfg(all(test, feature = "words"))]
mod tests;
