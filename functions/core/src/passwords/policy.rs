//! Password policy: the rules a new password must pass, each with its reason.

use crate::model::audit::RequestMeta;
use crate::model::error::PortError;
use crate::model::rejection::{Rejection, Rule, history_rejection};
use crate::model::settings::{HISTORY_MAX, OrgSettings, PasswordRules};
use crate::model::user::User;
use crate::model::values::{MAX_PASSWORD_CHARS, Password, UserId};
use crate::passwords::banned::{self, BannedTerms, TermSource};
use crate::ports::Ports;

/// Checks the rules that need no stored state: length and banned terms.
/// History is checked by the caller, which holds the hashes.
pub fn check(password: &Password, rules: &PasswordRules, terms: &BannedTerms<'_>) -> Vec<Rejection> {
    let mut reasons = Vec::new();
    let length = password.char_count();
    if length < usize::from(rules.min_length) {
        reasons.push(Rejection {
            rule: Rule::MinLength,
            detail: format!("must be at least {} characters (it has {length})", rules.min_length),
        });
    }
    if length > MAX_PASSWORD_CHARS {
        reasons.push(Rejection {
            rule: Rule::MaxLength,
            detail: format!("must be at most {MAX_PASSWORD_CHARS} characters"),
        });
    }
    let verdict = banned::check(password.expose(), terms);
    if !verdict.passed() {
        let mut parts = Vec::new();
        for term in &verdict.matched {
            parts.push(match term.source {
                TermSource::Global => {
                    format!("contains a commonly used password (\"{}\")", term.term)
                }
                TermSource::Custom => {
                    format!("contains a word banned by your organisation (\"{}\")", term.term)
                }
                TermSource::Personal => {
                    "contains your name, username or your organisation's name".to_string()
                }
            });
        }
        parts.dedup();
        if parts.is_empty() {
            parts.push("is too short to be hard to guess".into());
        }
        reasons.push(Rejection {
            rule: Rule::Banned,
            detail: format!("is too easy to guess: {}; add more characters of your own", parts.join("; ")),
        });
    }
    reasons
}

/// Every reason `new` may not become `user`'s password: length, banned terms
/// (with the user's names and the organisation's name as personal terms),
/// known breaches (under the organisation's breach rules; `actor` is who sets
/// the password, `None` for the user themselves), and reuse of the last
/// `history` passwords (one slow verification each, so last).
pub async fn reasons_for(
    ports: &Ports,
    actor: Option<&UserId>,
    user: &User,
    new: &Password,
    settings: &OrgSettings,
    meta: &RequestMeta,
) -> Result<Vec<Rejection>, PortError> {
    let hasher = ports.hasher.as_ref();
    let mut personal = user.personal_terms();
    personal.push(settings.name.as_str());
    let terms = BannedTerms { custom: &settings.password.custom_banned, personal };
    let mut reasons = check(new, &settings.password, &terms);
    reasons.extend(
        crate::passwords::breach::screen(ports, actor, user, new, settings.password.breached, meta).await?,
    );
    if let Some(state) = &user.password() {
        let depth = usize::from(settings.password.history.min(HISTORY_MAX));
        for old in std::iter::once(&state.hash).chain(&state.history).take(depth) {
            if hasher.verify(new, old).await? {
                reasons.push(history_rejection(settings.password.history));
                break;
            }
        }
    }
    Ok(reasons)
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    fn rules() -> PasswordRules {
        PasswordRules::default()
    }

    fn pw(s: &str) -> Password {
        Password::parse(s, "new_password").unwrap()
    }

    #[test]
    fn short_passwords_say_how_long_they_must_be() {
        let reasons = check(&pw("Xq7#mv2"), &rules(), &BannedTerms::default());
        let r = reasons.iter().find(|r| r.rule == Rule::MinLength).expect("min_length");
        assert!(r.detail.contains("12"), "{}", r.detail);
    }

    #[test]
    fn length_counts_code_points_not_bytes() {
        // 12 four-byte emoji: 48 bytes but 12 characters.
        let emoji = "🦀🔑🌋🧭🪐🎻🦉🍄🚲🧩🪁🛶";
        assert!(check(&pw(emoji), &rules(), &BannedTerms::default()).is_empty());
    }

    #[test]
    fn banned_reason_names_the_term_but_not_the_password() {
        let custom = vec!["contoso".to_string()];
        let reasons = check(&pw("Contoso!12"), &rules(), &BannedTerms { custom: &custom, personal: vec![] });
        let banned = reasons.iter().find(|r| r.rule == Rule::Banned).expect("banned");
        assert!(banned.detail.contains("\"contoso\""), "{}", banned.detail);
        assert!(!banned.detail.contains("Contoso!12"));
    }

    #[test]
    fn no_composition_rules() {
        // All lower-case, no digits or symbols, but long and uncommon: fine.
        assert!(check(&pw("marmalade clockwork ferry"), &rules(), &BannedTerms::default()).is_empty());
    }

    proptest! {
        #[test]
        fn every_password_under_the_minimum_is_rejected(s in "[a-zA-Z0-9]{1,11}") {
            let reasons = check(&pw(&s), &rules(), &BannedTerms::default());
            prop_assert!(reasons.iter().any(|r| r.rule == Rule::MinLength));
        }

        #[test]
        fn rejection_details_never_contain_the_password(s in "[a-zA-Z0-9!@#]{6,20}") {
            let reasons = check(&pw(&s), &rules(), &BannedTerms::default());
            for r in reasons {
                prop_assert!(!r.detail.contains(&s));
            }
        }
    }
}
