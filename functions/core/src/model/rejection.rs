//! Why a new password was refused: the rule it broke, in words a person
//! can act on.

use serde::{Deserialize, Serialize};

/// Which rule a password broke.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Rule {
    MinLength,
    MaxLength,
    Banned,
    /// In known data breaches (the shipped list or the imported corpus).
    Breached,
    History,
}

impl Rule {
    pub fn as_str(self) -> &'static str {
        match self {
            Rule::MinLength => "min_length",
            Rule::MaxLength => "max_length",
            Rule::Banned => "banned",
            Rule::Breached => "breached",
            Rule::History => "history",
        }
    }
}

/// One reason a password was refused, fit to show to the person who typed it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Rejection {
    pub rule: Rule,
    pub detail: String,
}

/// The rule names of a rejection, for the audit trail (never the details,
/// which may quote banned terms drawn from the password).
pub fn rule_names(reasons: &[Rejection]) -> crate::model::audit::Reason {
    let mut rules: Vec<&str> = reasons.iter().map(|r| r.rule.as_str()).collect();
    rules.dedup();
    crate::model::audit::Reason::codes_of(rules)
}

/// The rule list for the history check's rejection.
pub fn history_rejection(history: u8) -> Rejection {
    Rejection {
        rule: Rule::History,
        detail: if history <= 1 {
            "must differ from your current password".into()
        } else {
            format!("must differ from your last {history} passwords")
        },
    }
}
