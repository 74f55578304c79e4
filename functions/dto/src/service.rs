//! Health, discovery and the public configuration the pages read before anyone signs in.

use serde::{Deserialize, Serialize};

#[cfg(feature = "openapi")]
use utoipa::ToSchema;

use crate::{MethodKind, PasswordRules};

/// `GET /healthz`.
#[derive(Debug, Clone, Serialize, Deserialize, PartialEq, Eq)]
#[cfg_attr(feature = "openapi", derive(ToSchema))]
pub struct Health {
    pub status: String,
}

/// `GET /v1/config/public`: what the sign-in and reset pages need before anyone signs in.
#[derive(Debug, Clone, Serialize, Deserialize, PartialEq, Eq)]
#[cfg_attr(feature = "openapi", derive(ToSchema))]
pub struct PublicConfig {
    pub company_name: String,
    pub logo_url: Option<String>,
    /// Where "contact your administrator" links point.
    pub contact_url: Option<String>,
    /// Verification methods users can register and reset with.
    pub methods: Vec<MethodKind>,
    pub password_rules: PasswordRules,
    /// The organisation's language: the apps use it when the browser asks
    /// for none of the seven, and messages to users who chose none are in it.
    #[serde(default)]
    pub default_language: Language,
}

/// One of the languages Latchkey speaks, by its BCP 47 primary tag (`pt` is
/// Brazilian Portuguese; `ar` is written right to left).
#[derive(Debug, Clone, Copy, Default, Serialize, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "openapi", derive(ToSchema))]
#[serde(rename_all = "lowercase")]
pub enum Language {
    #[default]
    En,
    Fr,
    De,
    Es,
    Pt,
    Ja,
    Ar,
}

impl Language {
    pub const ALL: [Language; 7] =
        [Language::En, Language::Fr, Language::De, Language::Es, Language::Pt, Language::Ja, Language::Ar];

    /// The tag it is written as.
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

    /// `en`, `pt-BR`, `ar_EG` → the language (the region is not kept); anything else → `None`.
    pub fn from_tag(tag: &str) -> Option<Language> {
        let primary = tag.split(['-', '_']).next().unwrap_or_default().to_ascii_lowercase();
        Language::ALL.into_iter().find(|l| l.tag() == primary)
    }

    /// The language's name in itself, as a language picker lists it.
    pub fn own_name(self) -> &'static str {
        match self {
            Language::En => "English",
            Language::Fr => "Français",
            Language::De => "Deutsch",
            Language::Es => "Español",
            Language::Pt => "Português",
            Language::Ja => "日本語",
            Language::Ar => "العربية",
        }
    }

    /// Written right to left.
    pub fn rtl(self) -> bool {
        self == Language::Ar
    }
}

/// Read from a string only, so that any other JSON value (a number, a list)
/// is refused as a wrong type naming the field, as an unknown tag is; a
/// derived enum would call a number malformed JSON instead.
impl<'de> Deserialize<'de> for Language {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        const TAGS: &[&str] = &["en", "fr", "de", "es", "pt", "ja", "ar"];
        let tag = String::deserialize(deserializer)?;
        Language::ALL
            .into_iter()
            .find(|l| l.tag() == tag)
            .ok_or_else(|| serde::de::Error::unknown_variant(&tag, TAGS))
    }
}

/// For a field of a partial update (`PATCH`) that may be cleared: left out
/// is `None` (no change), `null` is `Some(None)` (clear it), a value is
/// `Some(Some(value))`. Use with `#[serde(default)]`.
pub(crate) fn nullable<'de, D, T>(deserializer: D) -> Result<Option<Option<T>>, D::Error>
where
    D: serde::Deserializer<'de>,
    T: Deserialize<'de>,
{
    Option::<T>::deserialize(deserializer).map(Some)
}

/// `GET /.well-known/jwks.json`.
#[derive(Debug, Clone, Serialize, Deserialize, PartialEq, Eq)]
#[cfg_attr(feature = "openapi", derive(ToSchema))]
pub struct Jwks {
    pub keys: Vec<Jwk>,
}

/// An Ed25519 public key (RFC 8037).
#[derive(Debug, Clone, Serialize, Deserialize, PartialEq, Eq)]
#[cfg_attr(feature = "openapi", derive(ToSchema))]
pub struct Jwk {
    pub kty: String,
    pub crv: String,
    pub x: String,
    pub kid: String,
    #[serde(rename = "use")]
    pub use_: String,
    pub alg: String,
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_language_reads_back_as_written_and_only_from_one_of_the_seven_tags() {
        for language in Language::ALL {
            let written = serde_json::to_value(language).unwrap();
            assert_eq!(written, language.tag());
            assert_eq!(serde_json::from_value::<Language>(written).unwrap(), language);
        }
        for refused in [serde_json::json!("nl"), serde_json::json!("DE"), serde_json::json!(7)] {
            assert!(serde_json::from_value::<Language>(refused.clone()).is_err(), "{refused}");
        }
    }

    #[test]
    fn a_nullable_field_tells_left_out_from_null_from_a_value() {
        let read = |json: &str| serde_json::from_str::<crate::UpdateMeRequest>(json).unwrap().language;
        assert_eq!(read("{}"), None);
        assert_eq!(read(r#"{"language": null}"#), Some(None));
        assert_eq!(read(r#"{"language": "ja"}"#), Some(Some(Language::Ja)));
        let cleared = crate::UpdateMeRequest { language: Some(None), weekly_digest: None };
        assert_eq!(serde_json::to_string(&cleared).unwrap(), r#"{"language":null}"#);
    }
}
