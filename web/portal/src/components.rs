//! Pieces every page uses: labelled fields, in-app links, the live error
//! region and the contact-your-administrator link (all shared with the
//! console), and the portal's own new-password feedback.

use latchkey_core::passwords::strength;
use latchkey_dto::Problem;
use leptos::prelude::*;

use crate::app::Ctx;
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
    let feedback = Memo::new(move |_| {
        let min = ctx.config.get().map(|c| c.password_rules.min_length).unwrap_or(12);
        let personal = personal.get();
        let terms: Vec<&str> = personal.iter().map(String::as_str).collect();
        strength::assess(&password.get(), min, &terms)
    });
    view! {
        <div class="feedback" id="new-password-feedback">
            <div class="meter" aria-hidden="true">
                <div class=move || format!("meter-fill level-{}", feedback.get().level)></div>
            </div>
            <p class="meter-label" aria-live="polite">
                {move || {
                    let label = feedback.get().label;
                    if label.is_empty() { String::new() } else { format!("Strength: {label}") }
                }}
            </p>
            <ul class="checks">
                {move || {
                    feedback
                        .get()
                        .checks
                        .into_iter()
                        .map(|check| {
                            let mark = if check.ok { "✓" } else { "•" };
                            let state = if check.ok { "met" } else { "not yet met" };
                            view! {
                                <li class:ok=check.ok>
                                    <span aria-hidden="true" class="mark">{mark}</span>
                                    {check.text}
                                    <span class="visually-hidden">{format!(" ({state})")}</span>
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
            1 => Some("Not your current password.".to_owned()),
            n => Some(format!("Not one of your last {n} passwords.")),
        };
        view! {
            <div class="policy" id="policy">
                <p>"Your new password needs to be:"</p>
                <ul>
                    <li>{format!("At least {min} characters. A few unrelated words make a strong, memorable one.")}</li>
                    <li>"Not mostly a common password, your name, your username or the company name: each of those counts as one character, and a password needs at least 5."</li>
                    {reuse.map(|r| view! { <li>{r}</li> })}
                </ul>
                <p class="hint">"No need for symbols or mixed case: length is what counts."</p>
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
}

impl NewPassword {
    pub fn new() -> Self {
        NewPassword {
            value: RwSignal::new(String::new()),
            confirm: RwSignal::new(String::new()),
            error: RwSignal::new(None),
            confirm_error: RwSignal::new(None),
            input: NodeRef::new(),
        }
    }

    /// Whether both entries match; if not, says so next to the second one.
    pub fn confirmed(&self) -> bool {
        let same = self.value.get_untracked() == self.confirm.get_untracked();
        if !same {
            self.confirm_error
                .set(Some("The two passwords are different. Type the same one twice.".to_owned()));
        }
        same
    }

    /// Shows the server's reasons next to the field and puts the cursor back in it.
    pub fn rejected(&self, problem: &Problem) {
        let reasons = problem.reasons.as_deref().unwrap_or_default();
        let text = reasons.iter().map(|r| sentence(&r.detail)).collect::<Vec<_>>().join(" ");
        self.error.set(Some(format!("This password can't be used. {text}")));
        self.confirm.set(String::new());
        focus(self.input);
    }

    pub fn clear(&self) {
        self.value.set(String::new());
        self.confirm.set(String::new());
    }
}

/// "must be at least 12 characters" → "It must be at least 12 characters."
fn sentence(detail: &str) -> String {
    let detail = detail.trim().trim_end_matches('.');
    format!("It {detail}.")
}

/// The new password, its live feedback, and the confirmation field.
#[component]
pub fn NewPasswordFields(state: NewPassword, personal: Signal<Vec<String>>) -> impl IntoView {
    view! {
        <Field
            id="new-password"
            label="New password"
            value=state.value
            kind="password"
            autocomplete="new-password"
            hint="Checked as you type; see the list below."
            error=state.error
            node_ref=state.input
        />
        <PasswordFeedback password=state.value personal=personal />
        <Field
            id="confirm-password"
            label="Type the new password again"
            value=state.confirm
            kind="password"
            autocomplete="new-password"
            error=state.confirm_error
        />
    }
}
