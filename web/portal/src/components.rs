//! Pieces every page uses: labelled fields, in-app links, the live error
//! region and the contact-your-administrator link (all shared with the
//! console), and the portal's own new-password feedback.

use latchkey_core::passwords::strength;
use latchkey_dto::{DirectoryRules, Problem, RejectionReason};
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

/// Latchkey's minimum length (12 until the organisation's rules arrive).
fn own_min(ctx: Ctx) -> u16 {
    ctx.config.get().map(|c| c.password_rules.min_length).unwrap_or(12)
}

/// The minimum length that applies: Latchkey's or, when it asks for more,
/// the directory's; and whether it is the directory's.
fn min_length(ctx: Ctx, directory: Option<&DirectoryRules>) -> (u16, bool) {
    let own = own_min(ctx);
    match directory {
        Some(d) if d.min_length > own => (d.min_length, true),
        _ => (own, false),
    }
}

/// Active Directory's complexity rule: characters of at least three of the
/// four kinds (capitals, small letters, digits, symbols).
fn complex_enough(password: &str) -> bool {
    let kinds = [
        password.chars().any(char::is_uppercase),
        password.chars().any(char::is_lowercase),
        password.chars().any(|c| c.is_ascii_digit()),
        password.chars().any(|c| !c.is_alphanumeric()),
    ];
    kinds.into_iter().filter(|k| *k).count() >= 3
}

/// The new-password checklist and strength meter, updated on every keystroke;
/// with the rules of the directory the password is written to, if any.
#[component]
pub fn PasswordFeedback(
    password: RwSignal<String>,
    personal: Signal<Vec<String>>,
    directory: RwSignal<Option<DirectoryRules>>,
) -> impl IntoView {
    let ctx = expect_context::<Ctx>();
    let min = move || directory.with(|d| min_length(ctx, d.as_ref()));
    let feedback = Memo::new(move |_| {
        let personal = personal.get();
        let terms: Vec<&str> = personal.iter().map(String::as_str).collect();
        strength::assess(&password.get(), min().0, &terms)
    });
    let complexity = move || {
        directory.with(|d| d.as_ref().is_some_and(|d| d.complexity)).then(|| {
            let ok = password.with(|p| complex_enough(p));
            let state = if ok { t(k::COMPONENTS_CHECK_MET) } else { t(k::COMPONENTS_CHECK_NOT_MET) };
            view! {
                <li class:ok=ok id="check-complexity">
                    <span aria-hidden="true" class="mark">{if ok { "✓" } else { "•" }}</span>
                    {t(k::COMPONENTS_CHECK_COMPLEXITY)}
                    <span class="visually-hidden">" " {state}</span>
                </li>
            }
        })
    };
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
                                    let (min, theirs) = min();
                                    let counts = [("min", min.into()), ("length", length.into())];
                                    let key = if theirs {
                                        k::COMPONENTS_CHECK_DIRECTORY_LENGTH
                                    } else {
                                        k::COMPONENTS_CHECK_LENGTH
                                    };
                                    tf(key, &counts)
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
                {complexity}
            </ul>
        </div>
    }
}

/// The rules, said before anyone types: Latchkey's, and those of the
/// directory the password is written to, if any.
#[component]
pub fn PolicySummary(#[prop(into)] directory: Signal<Option<DirectoryRules>>) -> impl IntoView {
    let ctx = expect_context::<Ctx>();
    move || {
        let rules = ctx.config.get().map(|c| c.password_rules);
        let directory = directory.get();
        let (min, theirs) = min_length(ctx, directory.as_ref());
        let history = rules.as_ref().map(|r| r.history).unwrap_or(1);
        let reuse = match history {
            0 => None,
            1 => Some(t(k::COMPONENTS_POLICY_NOT_CURRENT).to_owned()),
            n => Some(tf(k::COMPONENTS_POLICY_NOT_LAST, &[("count", n.into())])),
        };
        let length = if theirs {
            tf(k::COMPONENTS_POLICY_DIRECTORY_LENGTH, &[("min", min.into())])
        } else {
            tf(k::COMPONENTS_POLICY_LENGTH, &[("min", min.into())])
        };
        let complex = directory.as_ref().is_some_and(|d| d.complexity);
        let complexity = complex.then(|| {
            view! {
                <li>{t(k::COMPONENTS_POLICY_COMPLEXITY)}</li>
                <li>{t(k::COMPONENTS_POLICY_NOT_USERNAME)}</li>
            }
        });
        let history = directory
            .as_ref()
            .filter(|d| d.history > 0)
            .map(|d| view! { <li>{tf(k::COMPONENTS_POLICY_DIRECTORY_HISTORY, &[("count", d.history.into())])}</li> });
        let age = directory.as_ref().filter(|d| d.min_age_hours > 0).map(|d| {
            view! { <li>{tf(k::COMPONENTS_POLICY_DIRECTORY_MIN_AGE, &[("count", d.min_age_hours.into())])}</li> }
        });
        view! {
            <div class="policy" id="policy">
                <p>{t(k::COMPONENTS_POLICY_INTRO)}</p>
                <ul>
                    <li id="policy-length">{length}</li>
                    <li>{t(k::COMPONENTS_POLICY_GUESSABLE)}</li>
                    {reuse.map(|r| view! { <li>{r}</li> })}
                    {complexity}
                    {history}
                    {age}
                </ul>
                // Length is what counts, but not for a directory that asks for kinds of characters.
                {(!complex).then(|| view! { <p class="hint">{t(k::COMPONENTS_POLICY_HINT)}</p> })}
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
    /// The rules of the on-premises directory the password is written to
    /// (a synced user's), once the server has said them.
    pub directory: RwSignal<Option<DirectoryRules>>,
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
            directory: RwSignal::new(None),
        }
    }

    /// Whether the password meets the directory's length and complexity
    /// rules, which the page checks itself (the directory says only "no",
    /// after a round trip to it); if not, says why next to the field and
    /// puts the cursor back in it.
    pub fn meets_directory(&self) -> bool {
        let Some(rules) = self.directory.get_untracked() else { return true };
        let password = self.value.get_untracked();
        let length = password.chars().count();
        let why = if length < usize::from(rules.min_length) {
            tf(
                k::COMPONENTS_DIRECTORY_TOO_SHORT,
                &[("min", rules.min_length.into()), ("length", length.into())],
            )
        } else if rules.complexity && !complex_enough(&password) {
            t(k::COMPONENTS_DIRECTORY_NOT_COMPLEX).to_owned()
        } else {
            self.error.set(None);
            return true;
        };
        self.error.set(Some(why));
        focus(self.input);
        false
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
            // The on-premises directory's refusal, `directory_` and its code.
            "directory_too_short" => t(k::COMPONENTS_REASON_DIRECTORY_TOO_SHORT).to_owned(),
            "directory_in_history" => t(k::COMPONENTS_REASON_DIRECTORY_IN_HISTORY).to_owned(),
            "directory_complexity" => t(k::COMPONENTS_REASON_DIRECTORY_COMPLEXITY).to_owned(),
            "directory_too_young" => t(k::COMPONENTS_REASON_DIRECTORY_TOO_YOUNG).to_owned(),
            "directory_protected_account" => t(k::COMPONENTS_REASON_DIRECTORY_PROTECTED).to_owned(),
            "directory_user_not_found" => t(k::COMPONENTS_REASON_DIRECTORY_NO_ACCOUNT).to_owned(),
            // The server's sentence ends with the directory's own words, after
            // the first ": " (its lead-in has none); they stay as it wrote them.
            "directory_other" => match reason.detail.split_once(": ") {
                Some((_, words)) => tf(k::COMPONENTS_REASON_DIRECTORY_OTHER, &[("words", words.into())]),
                None => reason.detail.clone(),
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
        <PasswordFeedback password=state.value personal=personal directory=state.directory />
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
