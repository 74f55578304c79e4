//! Live feedback while a new password is typed (the web portal runs this in the
//! browser), from the same policy code the server runs. The server stays the
//! authority: it alone knows the history and the organisation's custom words.

use crate::model::rejection::Rule;
use crate::model::settings::PasswordRules;
use crate::model::values::{MAX_PASSWORD_CHARS, Password};
use crate::passwords::banned::BannedTerms;
use crate::passwords::policy;

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Check {
    pub ok: bool,
    pub text: String,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Feedback {
    /// 0 (nothing typed) to 4 (very strong).
    pub level: u8,
    pub label: &'static str,
    pub checks: Vec<Check>,
}

/// Judges `password` against the length rules and the global banned list, with
/// `personal` (username, names, company) as terms it must not lean on.
pub fn assess(password: &str, min_length: u16, personal: &[&str]) -> Feedback {
    let rules = PasswordRules { min_length, ..Default::default() };
    let terms = BannedTerms { custom: &[], personal: personal.to_vec() };
    let length = password.chars().count();
    let rejected: Vec<Rule> = match Password::parse(password, "new_password") {
        Ok(parsed) => policy::check(&parsed, &rules, &terms).into_iter().map(|r| r.rule).collect(),
        // Empty or over-long input: the length checks below say why.
        Err(_) => vec![if length == 0 { Rule::MinLength } else { Rule::MaxLength }],
    };
    let long_enough = length >= usize::from(min_length) && length <= MAX_PASSWORD_CHARS;
    let not_guessable = length > 0 && !rejected.contains(&Rule::Banned);
    let checks = vec![
        Check { ok: long_enough, text: format!("At least {min_length} characters ({length} so far)") },
        Check {
            ok: not_guessable,
            text: "Not a common password, and not built on your name or username".into(),
        },
    ];
    let (level, label) = if length == 0 {
        (0, "")
    } else if !rejected.is_empty() {
        (1, "Not accepted yet")
    } else if length < usize::from(min_length) + 4 {
        (2, "Good")
    } else if length < 20 {
        (3, "Strong")
    } else {
        (4, "Very strong")
    };
    Feedback { level, label, checks }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn empty_is_level_zero() {
        assert_eq!(assess("", 12, &[]).level, 0);
    }

    #[test]
    fn banned_and_personal_terms_fail_the_second_check() {
        let common = assess("PasswordPassword1", 12, &[]);
        assert!(!common.checks[1].ok);
        let personal = assess("adeleadele12", 12, &["adele"]);
        assert!(!personal.checks[1].ok);
        assert_eq!(personal.level, 1);
    }

    #[test]
    fn too_short_fails_the_first_check_only() {
        let f = assess("otter-quartz", 14, &[]);
        assert!(!f.checks[0].ok);
        assert_eq!(f.level, 1);
        assert_eq!(f.checks[0].text, "At least 14 characters (12 so far)");
    }

    #[test]
    fn a_long_unusual_passphrase_is_very_strong() {
        let f = assess("velvet-otter-compass-17", 12, &["adele"]);
        assert!(f.checks.iter().all(|c| c.ok), "{f:?}");
        assert_eq!(f.level, 4);
    }
}
