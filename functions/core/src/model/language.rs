//! The languages Latchkey speaks: the portal, the console and every message
//! a person receives. A user may store one as their own; the organisation
//! has a default for everyone else.

use serde::{Deserialize, Serialize};

use crate::model::values::ParseError;

/// One of the seven languages, by its BCP 47 primary tag.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Default, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Language {
    #[default]
    En,
    Fr,
    De,
    Es,
    Pt,
    Ja,
    /// Written right to left.
    Ar,
}

impl Language {
    pub const ALL: [Language; 7] =
        [Language::En, Language::Fr, Language::De, Language::Es, Language::Pt, Language::Ja, Language::Ar];

    pub fn tag(self) -> &'static str {
        match self {
            Language::En => "en",
            Language::Fr => "fr",
            Language::De => "de",
            Language::Es => "es",
            Language::Pt => "pt",
            Language::Ja => "ja",
            Language::Ar => "ar",
        }
    }

    /// A language a person or a file names: `de`, `pt-BR`, `ar_EG`, any
    /// case (the region is not kept). Anything else is refused, naming the seven.
    pub fn parse(tag: &str) -> Result<Language, ParseError> {
        let primary = tag.trim().split(['-', '_']).next().unwrap_or_default().to_ascii_lowercase();
        Language::ALL.into_iter().find(|l| l.tag() == primary).ok_or(ParseError {
            field: "language",
            message: "must be one of en, fr, de, es, pt, ja, ar".into(),
        })
    }

    /// Written right to left.
    pub fn rtl(self) -> bool {
        self == Language::Ar
    }
}

impl std::fmt::Display for Language {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.tag())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_tag_names_its_language_whatever_its_region_or_case() {
        assert_eq!(Language::parse("de").ok(), Some(Language::De));
        assert_eq!(Language::parse("pt-BR").ok(), Some(Language::Pt));
        assert_eq!(Language::parse("AR_eg").ok(), Some(Language::Ar));
        assert!(Language::parse("nl").is_err());
        assert!(Language::parse("").is_err());
        assert!(Language::Ar.rtl() && !Language::Ja.rtl());
    }
}
