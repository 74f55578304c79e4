//! Pieces every page uses: labelled fields, in-app links, the live error
//! region and the contact-your-administrator link (all shared with the
//! console), and the portal's own new-password feedback.

use latchkey_core::passwords::strength;
use latchkey_dto::{Problem, RejectionReason};
use latchkey_web::i18n::{t, tf};
use leptos::prelude::*;

use crate::app::Ctx;
use crate::k;
pub use latchkey_web::field::{CodeInput, Field, focus, focus_selector};
pub use latchkey_web::nav::Link;
pub use latchkey_web::notice::{ContactAdmin, NoticeBox};

/// Words a new password must not be built on: the person's `names` and the
/// company's (the server adds the rest).
pub fn personal_terms(ctx: Ctx, mut names: Vec<String>) -> Vec<String> {
    if let Some(config) = ctx.config.get() {
        names.push(config.company_name);
    }
    names
}

/// The new-password checklist and strength meter, updated on every keystroke.
#[component]
pub fn PasswordFeedback(password: RwSignal<String>, personal: Signal<Vec<String>>) -> impl IntoView {
    let ctx = expect_context::<Ctx>();
    let min = move || ctx.config.get().map(|c| c.password_rules.min_length).unwrap_or(12);
    let feedback = Memo::new(move |_| {
        let personal = personal.get();
        let terms: Vec<&str> = personal.iter().map(String::as_str).collect();
        strength::assess(&password.get(), min(), &terms)
    });
    view! {
        <div class="feedback" id="new-password-feedback">
            <div class="meter" aria-hidden="true">
                <div class=move || format!("meter-fill level-{}", feedback.get().level)></div>
            </div>
            <p class="meter-label" aria-live="polite">
                {move || match feedback.get().level {
                    0 => "",
                    1 => t(k::COMPONENTS_STRENGTH_NOT_ACCEPTED),
                    2 => t(k::COMPONENTS_STRENGTH_GOOD),
                    3 => t(k::COMPONENTS_STRENGTH_STRONG),
                    _ => t(k::COMPONENTS_STRENGTH_VERY_STRONG),
                }}
            </p>
            <ul class="checks">
                {move || {
                    let length = password.with(|p| p.chars().count());
                    feedback
                        .get()
                        .checks
                        .into_iter()
                        .enumerate()
                        .map(|(i, check)| {
                            let mark = if check.ok { "✓" } else { "•" };
                            let state =
                                if check.ok { t(k::COMPONENTS_CHECK_MET) } else { t(k::COMPONENTS_CHECK_NOT_MET) };
                            // The checks `strength::assess` makes, in its order.
                            let text = match i {
                                0 => {
                                    let counts = [("min", min().into()), ("length", length.into())];
                                    tf(k::COMPONENTS_CHECK_LENGTH, &counts)
                                }
                                1 => t(k::COMPONENTS_CHECK_GUESSABLE).to_owned(),
                                _ => check.text,
                            };
                            view! {
                                <li class:ok=check.ok>
                                    <span aria-hidden="true" class="mark">{mark}</span>
                                    {text}
                                    <span class="visually-hidden">" " {state}</span>
                                </li>
                            }
                        })
                        .collect_view()
                }}
            </ul>
        </div>
    }
}

/// The rules, said before anyone types.
#[component]
pub fn PolicySummary() -> impl IntoView {
    let ctx = expect_context::<Ctx>();
    move || {
        let rules = ctx.config.get().map(|c| c.password_rules);
        let min = rules.as_ref().map(|r| r.min_length).unwrap_or(12);
        let history = rules.as_ref().map(|r| r.history).unwrap_or(1);
        let reuse = match history {
            0 => None,
            1 => Some(t(k::COMPONENTS_POLICY_NOT_CURRENT).to_owned()),
            n => Some(tf(k::COMPONENTS_POLICY_NOT_LAST, &[("count", n.into())])),
        };
        view! {
            <div class="policy" id="policy">
                <p>{t(k::COMPONENTS_POLICY_INTRO)}</p>
                <ul>
                    <li>{tf(k::COMPONENTS_POLICY_LENGTH, &[("min", min.into())])}</li>
                    <li>{t(k::COMPONENTS_POLICY_GUESSABLE)}</li>
                    {reuse.map(|r| view! { <li>{r}</li> })}
                </ul>
                <p class="hint">{t(k::COMPONENTS_POLICY_HINT)}</p>
            </div>
        }
    }
}

/// A new password typed twice: the state the change page and the reset flow share.
#[derive(Clone, Copy)]
pub struct NewPassword {
    pub value: RwSignal<String>,
    pub confirm: RwSignal<String>,
    error: RwSignal<Option<String>>,
    confirm_error: RwSignal<Option<String>>,
    input: NodeRef<leptos::html::Input>,
    /// The organisation's rules, for the reasons a password was refused.
    ctx: Ctx,
}

impl NewPassword {
    pub fn new() -> Self {
        NewPassword {
            value: RwSignal::new(String::new()),
            confirm: RwSignal::new(String::new()),
            error: RwSignal::new(None),
            confirm_error: RwSignal::new(None),
            input: NodeRef::new(),
            ctx: expect_context::<Ctx>(),
        }
    }

    /// Whether both entries match; if not, says so next to the second one.
    pub fn confirmed(&self) -> bool {
        let same = self.value.get_untracked() == self.confirm.get_untracked();
        if !same {
            self.confirm_error.set(Some(t(k::COMPONENTS_MISMATCH).to_owned()));
        }
        same
    }

    /// Shows the server's reasons next to the field and puts the cursor back in it.
    pub fn rejected(&self, problem: &Problem) {
        let reasons = problem.reasons.as_deref().unwrap_or_default();
        let text = reasons.iter().map(|r| self.reason(r)).collect::<Vec<_>>().join(" ");
        self.error.set(Some(tf(k::COMPONENTS_REJECTED, &[("reasons", text.into())])));
        self.confirm.set(String::new());
        focus(self.input);
    }

    pub fn clear(&self) {
        self.value.set(String::new());
        self.confirm.set(String::new());
    }

    /// One reason the server refused the password, in the reader's words:
    /// the rule's code chooses the sentence, the organisation's rules and the
    /// typed password fill it in. (A rule this page does not know yet: the
    /// server's own words.)
    fn reason(&self, reason: &RejectionReason) -> String {
        let rules = self.ctx.config.get_untracked().map(|c| c.password_rules);
        match reason.rule.as_str() {
            "min_length" => {
                let min = rules.as_ref().map_or(12, |r| r.min_length);
                let length = self.value.with_untracked(|p| p.chars().count());
                tf(k::COMPONENTS_REASON_MIN_LENGTH, &[("min", min.into()), ("length", length.into())])
            }
            "max_length" => {
                let max = rules.as_ref().map_or(256, |r| r.max_length);
                tf(k::COMPONENTS_REASON_MAX_LENGTH, &[("max", max.into())])
            }
            "banned" => match quoted(&reason.detail) {
                terms if terms.is_empty() => t(k::COMPONENTS_REASON_BANNED).to_owned(),
                terms => tf(k::COMPONENTS_REASON_BANNED_TERMS, &[("terms", terms.join(", ").into())]),
            },
            "breached" => t(k::COMPONENTS_REASON_BREACHED).to_owned(),
            "history" => match rules.map_or(1, |r| r.history) {
                0 | 1 => t(k::COMPONENTS_REASON_HISTORY_CURRENT).to_owned(),
                n => tf(k::COMPONENTS_REASON_HISTORY_LAST, &[("count", n.into())]),
            },
            _ => reason.detail.clone(),
        }
    }
}

/// The terms a reason's detail quotes (`contains … ("contoso")`), quotes
/// and all: the banned words themselves, the same in every language.
fn quoted(detail: &str) -> Vec<&str> {
    let mut found = Vec::new();
    let mut rest = detail;
    while let Some(start) = rest.find('"') {
        let Some(len) = rest[start + 1..].find('"') else { break };
        found.push(&rest[start..start + len + 2]);
        rest = &rest[start + len + 2..];
    }
    found
}

/// The new password, its live feedback, and the confirmation field.
#[component]
pub fn NewPasswordFields(state: NewPassword, personal: Signal<Vec<String>>) -> impl IntoView {
    view! {
        <Field
            id="new-password"
            label=t(k::COMPONENTS_NEW_PASSWORD)
            value=state.value
            kind="password"
            autocomplete="new-password"
            hint=t(k::COMPONENTS_NEW_PASSWORD_HINT)
            error=state.error
            node_ref=state.input
        />
        <PasswordFeedback password=state.value personal=personal />
        <Field
            id="confirm-password"
            label=t(k::COMPONENTS_CONFIRM_PASSWORD)
            value=state.confirm
            kind="password"
            autocomplete="new-password"
            error=state.confirm_error
        />
    }
}
