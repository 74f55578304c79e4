//! The password and lockout rules, and the organisation's own security
//! questions (moved here from the user portal). Before a change is saved the page
//! shows what it does (how many passwords a maximum age expires at once, how
//! many users a removed question leaves unable to reset), and such a change
//! needs a second, deliberate "Save anyway".

use latchkey_dto::ProblemCode;
use latchkey_dto::{
    BreachStatus, BreachedMode, CustomQuestion, PasswordPolicy, PasswordPolicyImpact, Problem,
    UpdateCustomQuestionsRequest, UpdatePasswordPolicyRequest,
};
use leptos::ev::SubmitEvent;
use leptos::prelude::*;
use leptos::task::spawn_local;

use crate::api::{self, ApiError};
use crate::app::Ctx;
use crate::k;
use crate::ui::{Check, GuardedNotices, GuardedSave, Refusal, Select};
use latchkey_web::field::{Field, focus_selector};
use latchkey_web::i18n::{t, tf};

#[component]
pub fn Passwords() -> impl IntoView {
    view! { <PolicyPage /> <QuestionsSection /> }
}

/// One typed field on the form (a number, or the list of reminder days): its
/// API name, what is typed and its own error.
#[derive(Clone, Copy)]
struct Number {
    name: &'static str,
    value: RwSignal<String>,
    error: RwSignal<Option<String>>,
}

impl Number {
    fn new(name: &'static str) -> Self {
        Number { name, value: RwSignal::new(String::new()), error: RwSignal::new(None) }
    }

    /// The typed number, or an error next to the field.
    fn read<T: TryFrom<u64>>(self) -> Option<T> {
        let parsed = self.value.get_untracked().trim().parse::<u64>().ok().and_then(|n| T::try_from(n).ok());
        if parsed.is_none() {
            self.error.set(Some(t(k::PASSWORDS_NUMBER_ERROR).to_owned()));
        }
        parsed
    }

    /// The typed reminder days, or an error next to the field.
    fn days(self) -> Option<Vec<u16>> {
        let parsed = reminder_days(&self.value.get_untracked());
        if parsed.is_none() {
            self.error.set(Some(t(k::PASSWORDS_REMINDER_DAYS_ERROR).to_owned()));
        }
        parsed
    }
}

/// The server's limits on reminder days: how many, and the furthest before an expiry.
const REMINDER_DAYS_MAX: usize = 10;
const REMINDER_DAY_FURTHEST: u16 = 90;
/// The server's reminder days when it names none.
const REMINDER_DAYS_DEFAULT: [u16; 4] = [14, 7, 3, 1];

/// Reminder days as the field shows them: "14, 7, 3, 1".
fn days_text(days: &[u16]) -> String {
    days.iter().map(u16::to_string).collect::<Vec<_>>().join(", ")
}

/// The reminder days typed, furthest first and each once (as the server keeps
/// them); `None` if one is not a whole number from 1 to 90 or there are more
/// than ten. Commas (the reader's language's own too) or spaces separate them;
/// nothing typed is no reminders.
fn reminder_days(text: &str) -> Option<Vec<u16>> {
    let mut days = text
        .split(|c: char| matches!(c, ',' | '\u{60C}' | '\u{3001}' | '\u{FF0C}') || c.is_whitespace())
        .filter(|d| !d.is_empty())
        .map(|d| d.parse::<u16>().ok().filter(|d| (1..=REMINDER_DAY_FURTHEST).contains(d)))
        .collect::<Option<Vec<u16>>>()?;
    days.sort_unstable_by(|a, b| b.cmp(a));
    days.dedup();
    (days.len() <= REMINDER_DAYS_MAX).then_some(days)
}

/// Every field of the form.
#[derive(Clone, Copy)]
struct Form {
    min_length: Number,
    history: Number,
    max_age_days: Number,
    reminder_days: Number,
    reminder_sms: RwSignal<bool>,
    lockout_threshold: Number,
    lockout_seconds: Number,
    lockout_max_seconds: Number,
    banned: RwSignal<String>,
    banned_error: RwSignal<Option<String>>,
    breached_mode: RwSignal<String>,
    breached_min_count: RwSignal<String>,
    breached_at_sign_in: RwSignal<String>,
}

impl Form {
    fn new() -> Self {
        Form {
            min_length: Number::new("min_length"),
            history: Number::new("history"),
            max_age_days: Number::new("max_age_days"),
            reminder_days: Number::new("expiry_reminder_days"),
            reminder_sms: RwSignal::new(false),
            lockout_threshold: Number::new("lockout_threshold"),
            lockout_seconds: Number::new("lockout_seconds"),
            lockout_max_seconds: Number::new("lockout_max_seconds"),
            banned: RwSignal::new(String::new()),
            banned_error: RwSignal::new(None),
            breached_mode: RwSignal::new("enforce".to_owned()),
            breached_min_count: RwSignal::new("1".to_owned()),
            breached_at_sign_in: RwSignal::new("enforce".to_owned()),
        }
    }

    fn typed(self) -> [Number; 7] {
        [
            self.min_length,
            self.history,
            self.max_age_days,
            self.reminder_days,
            self.lockout_threshold,
            self.lockout_seconds,
            self.lockout_max_seconds,
        ]
    }

    fn fill(self, p: &PasswordPolicy) {
        self.min_length.value.set(p.min_length.to_string());
        self.history.value.set(p.history.to_string());
        self.max_age_days.value.set(p.max_age_days.map(|d| d.to_string()).unwrap_or_default());
        self.reminder_days
            .value
            .set(days_text(p.expiry_reminder_days.as_deref().unwrap_or(&REMINDER_DAYS_DEFAULT)));
        self.reminder_sms.set(p.expiry_reminder_sms.unwrap_or(false));
        self.lockout_threshold.value.set(p.lockout_threshold.to_string());
        self.lockout_seconds.value.set(p.lockout_seconds.to_string());
        self.lockout_max_seconds.value.set(p.lockout_max_seconds.to_string());
        self.banned.set(p.custom_banned.join("\n"));
        self.breached_mode.set(mode_name(p.breached_mode.unwrap_or(BreachedMode::Enforce)).to_owned());
        self.breached_min_count.set(p.breached_min_count.unwrap_or(1).to_string());
        self.breached_at_sign_in
            .set(mode_name(p.breached_at_sign_in.unwrap_or(BreachedMode::Enforce)).to_owned());
    }

    /// The policy as typed; `None` (with errors by the fields) if an entry is not one they take.
    fn read(self) -> Option<PasswordPolicy> {
        for n in self.typed() {
            n.error.set(None);
        }
        self.banned_error.set(None);
        // Blank means "never expires".
        let max_age_days = if self.max_age_days.value.get_untracked().trim().is_empty() {
            Some(None)
        } else {
            self.max_age_days.read::<u32>().map(Some)
        };
        let policy = (
            self.min_length.read::<u16>(),
            self.history.read::<u8>(),
            max_age_days,
            self.lockout_threshold.read::<u32>(),
            self.lockout_seconds.read::<u64>(),
            self.lockout_max_seconds.read::<u64>(),
            self.reminder_days.days(),
        );
        let (
            Some(min_length),
            Some(history),
            Some(max_age_days),
            Some(threshold),
            Some(first),
            Some(max),
            Some(reminder_days),
        ) = policy
        else {
            return None;
        };
        let custom_banned = self
            .banned
            .get_untracked()
            .lines()
            .map(str::trim)
            .filter(|l| !l.is_empty())
            .map(str::to_owned)
            .collect();
        Some(PasswordPolicy {
            min_length,
            history,
            custom_banned,
            max_age_days,
            lockout_threshold: threshold,
            lockout_seconds: first,
            lockout_max_seconds: max,
            breached_mode: Some(mode_of(&self.breached_mode.get_untracked())),
            // The choices are the server's own five; anything else is its to refuse.
            breached_min_count: self.breached_min_count.get_untracked().parse().ok(),
            breached_at_sign_in: Some(mode_of(&self.breached_at_sign_in.get_untracked())),
            expiry_reminder_days: Some(reminder_days),
            expiry_reminder_sms: Some(self.reminder_sms.get_untracked()),
        })
    }

    /// Puts the server's complaint next to the field it names; false if it names none here.
    fn show(self, problem: &Problem) -> bool {
        let Some(field) = problem.field.as_deref() else { return false };
        // The server says it in a sentence that names the field in words.
        let text = problem.detail.clone();
        if field == "custom_banned" {
            self.banned_error.set(Some(text));
            return true;
        }
        match self.typed().into_iter().find(|n| n.name == field) {
            Some(n) => {
                n.error.set(Some(text));
                true
            }
            None => false,
        }
    }
}

/// A maximum age that would expire passwords at once.
fn expires() -> Refusal {
    Refusal {
        code: ProblemCode::PolicyExpiresPasswords,
        title: t(k::PASSWORDS_EXPIRES_TITLE),
        what: |n| tf(k::PASSWORDS_EXPIRES_WHAT, &[("count", n.into())]),
    }
}

fn impact_text(i: &PasswordPolicyImpact) -> String {
    let recent = recent_text(i.recent_days, i.recent_checked, i.recent_breached, t(k::PASSWORDS_IMPACT_THEN));
    tf(
        k::PASSWORDS_IMPACT,
        &[
            ("users", i.users.into()),
            ("before", i.expired_before.into()),
            ("after", i.expired_after.into()),
            ("recent", recent.into()),
        ],
    )
}

fn mode_name(mode: BreachedMode) -> &'static str {
    match mode {
        BreachedMode::Off => "off",
        BreachedMode::Audit => "audit",
        BreachedMode::Enforce => "enforce",
    }
}

/// The mode a [`mode_name`] names (the form offers no other).
fn mode_of(name: &str) -> BreachedMode {
    match name {
        "off" => BreachedMode::Off,
        "audit" => BreachedMode::Audit,
        _ => BreachedMode::Enforce,
    }
}

/// "In the last 30 days, 3 of 41 new passwords were found in known breaches; …"
fn recent_text(days: u32, checked: u64, breached: u64, then: &str) -> String {
    if checked == 0 {
        return tf(k::PASSWORDS_RECENT_NONE, &[("days", days.into())]);
    }
    tf(
        k::PASSWORDS_RECENT,
        &[
            ("days", days.into()),
            ("breached", breached.into()),
            ("checked", checked.into()),
            ("then", then.into()),
        ],
    )
}

/// Where breached passwords are looked up, and what the check did lately.
fn status_text(s: &BreachStatus) -> String {
    let then = t(match s.mode {
        BreachedMode::Enforce => k::PASSWORDS_THEN_REFUSED,
        BreachedMode::Audit => k::PASSWORDS_THEN_ACCEPTED,
        BreachedMode::Off => k::PASSWORDS_THEN_OFF,
    });
    let recent = recent_text(s.recent_days, s.recent_checked, s.recent_breached, then);
    match &s.corpus {
        Some(c) => tf(
            k::PASSWORDS_STATUS_CORPUS,
            &[
                ("shipped", s.shipped_entries.into()),
                ("entries", c.entries.into()),
                ("source", c.source.as_str().into()),
                ("date", latchkey_web::time::local_date(&c.imported_at).into()),
                ("recent", recent.into()),
            ],
        ),
        None => tf(
            k::PASSWORDS_STATUS_NO_CORPUS,
            &[("shipped", s.shipped_entries.into()), ("recent", recent.into())],
        ),
    }
}

#[component]
fn PolicyPage() -> impl IntoView {
    let ctx = expect_context::<Ctx>();
    let form = Form::new();
    let loaded = RwSignal::new(false);
    let saving = GuardedSave::new();
    let (error, busy) = (saving.error, saving.busy);
    let impact = RwSignal::new(None::<String>);
    let token = move || ctx.token();
    let fail = move |e: ApiError| match e {
        ApiError::Problem(p) if p.code == ProblemCode::InvalidRequest && form.show(&p) => {}
        e => ctx.failed(&e, error),
    };

    let status = RwSignal::new(None::<String>);
    if let Some(token) = token() {
        spawn_local(async move {
            match api::password_policy(&token).await {
                Ok(p) => {
                    form.fill(&p);
                    loaded.set(true);
                }
                Err(e) => fail(e),
            }
            match api::breach_status(&token).await {
                Ok(s) => status.set(Some(status_text(&s))),
                Err(e) => fail(e),
            }
        });
    }

    let preview = move |_| {
        let (Some(token), Some(policy)) = (token(), form.read()) else { return };
        error.set(None);
        spawn_local(async move {
            match api::preview_password_policy(&token, &policy).await {
                Ok(i) => impact.set(Some(impact_text(&i))),
                Err(e) => fail(e),
            }
        });
    };

    let save = move |accept_impact: bool| {
        let (Some(token), Some(policy)) = (token(), form.read()) else { return };
        let request = UpdatePasswordPolicyRequest { policy, accept_impact };
        saving.run(
            async move { api::save_password_policy(&token, &request).await },
            expires(),
            t(k::PASSWORDS_SAVED),
            move |i| impact.set(Some(impact_text(&i))),
            fail,
        );
    };

    let submit = move |ev: SubmitEvent| {
        ev.prevent_default();
        saving.confirm.set(None);
        save(false);
    };

    view! {
        <section class="card wide">
            <h1 id="page-title" tabindex="-1">{t(k::PASSWORDS_TITLE)}</h1>
            <p class="lead">{t(k::PASSWORDS_LEAD)}</p>
            <GuardedNotices saving=saving id="save-anyway" label=|n| tf(k::PASSWORDS_SAVE_ANYWAY, &[("count", n.into())])
                again=Callback::new(move |_| save(true)) />
            <form on:submit=submit novalidate aria-busy=move || (!loaded.get()).to_string()>
                <fieldset>
                    <legend>{t(k::PASSWORDS_PASSWORDS)}</legend>
                    <Field id="min_length" label=t(k::PASSWORDS_MIN_LENGTH) value=form.min_length.value error=form.min_length.error inputmode="numeric" hint=t(k::PASSWORDS_MIN_LENGTH_HINT) />
                    <Field id="history" label=t(k::PASSWORDS_HISTORY) value=form.history.value error=form.history.error inputmode="numeric" hint=t(k::PASSWORDS_HISTORY_HINT) />
                    <Field id="max_age_days" label=t(k::PASSWORDS_MAX_AGE) value=form.max_age_days.value error=form.max_age_days.error inputmode="numeric" hint=t(k::PASSWORDS_MAX_AGE_HINT) />
                    <Field id="expiry_reminder_days" label=t(k::PASSWORDS_REMINDER_DAYS) value=form.reminder_days.value error=form.reminder_days.error hint=t(k::PASSWORDS_REMINDER_DAYS_HINT) />
                    <Check id="expiry_reminder_sms" label=t(k::PASSWORDS_REMINDER_SMS) value=form.reminder_sms />
                    <div class="field" class:invalid=move || form.banned_error.get().is_some()>
                        <label for="custom_banned">{t(k::PASSWORDS_BANNED)}</label>
                        <p class="hint" id="custom_banned-hint">{t(k::PASSWORDS_BANNED_HINT)}</p>
                        <textarea
                            id="custom_banned"
                            rows="5"
                            spellcheck="false"
                            aria-describedby="custom_banned-hint custom_banned-error" // not words: the ids of the hint and the error
                            aria-invalid=move || if form.banned_error.get().is_some() { "true" } else { "false" }
                            prop:value=move || form.banned.get()
                            on:input=move |ev| {
                                form.banned.set(event_target_value(&ev));
                                form.banned_error.set(None);
                            }
                        ></textarea>
                        <p class="field-error" id="custom_banned-error">{move || form.banned_error.get()}</p>
                    </div>
                </fieldset>
                <fieldset>
                    <legend>{t(k::PASSWORDS_BREACHED)}</legend>
                    <p class="hint">{t(k::PASSWORDS_BREACHED_HINT)}</p>
                    <Select id="breached_mode" label=t(k::PASSWORDS_BREACHED_MODE) value=form.breached_mode options=vec![
                        ("enforce", t(k::PASSWORDS_MODE_ENFORCE)),
                        ("audit", t(k::PASSWORDS_MODE_AUDIT)),
                        ("off", t(k::PASSWORDS_MODE_OFF)),
                    ] />
                    <Select id="breached_at_sign_in" label=t(k::PASSWORDS_AT_SIGN_IN) value=form.breached_at_sign_in
                        hint=t(k::PASSWORDS_AT_SIGN_IN_HINT) options=vec![
                        ("enforce", t(k::PASSWORDS_AT_SIGN_IN_ENFORCE)),
                        ("audit", t(k::PASSWORDS_AT_SIGN_IN_AUDIT)),
                        ("off", t(k::PASSWORDS_MODE_OFF)),
                    ] />
                    <Select id="breached_min_count" label=t(k::PASSWORDS_MIN_COUNT) value=form.breached_min_count options=vec![
                        ("1", t(k::PASSWORDS_MIN_COUNT_1)),
                        ("10", t(k::PASSWORDS_MIN_COUNT_10)),
                        ("100", t(k::PASSWORDS_MIN_COUNT_100)),
                        ("1000", t(k::PASSWORDS_MIN_COUNT_1000)),
                        ("10000", t(k::PASSWORDS_MIN_COUNT_10000)),
                    ] />
                    <p class="hint" id="breach-status" aria-live="polite">
                        {move || status.get().unwrap_or_else(|| t(k::PASSWORDS_STATUS_LOADING).to_owned())}
                    </p>
                </fieldset>
                <fieldset>
                    <legend>{t(k::PASSWORDS_LOCKOUT)}</legend>
                    <Field id="lockout_threshold" label=t(k::PASSWORDS_LOCKOUT_THRESHOLD) value=form.lockout_threshold.value error=form.lockout_threshold.error inputmode="numeric" hint=t(k::PASSWORDS_LOCKOUT_THRESHOLD_HINT) />
                    <Field id="lockout_seconds" label=t(k::PASSWORDS_LOCKOUT_FIRST) value=form.lockout_seconds.value error=form.lockout_seconds.error inputmode="numeric" hint=t(k::PASSWORDS_LOCKOUT_FIRST_HINT) />
                    <Field id="lockout_max_seconds" label=t(k::PASSWORDS_LOCKOUT_MAX) value=form.lockout_max_seconds.value error=form.lockout_max_seconds.error inputmode="numeric" hint=t(k::PASSWORDS_LOCKOUT_MAX_HINT) />
                </fieldset>
                <p class="impact" aria-live="polite" id="impact">{move || impact.get()}</p>
                <div class="buttons">
                    <button type="button" class="secondary" id="preview" on:click=preview disabled=move || !loaded.get()>
                        {t(k::PASSWORDS_CHECK_EFFECT)}
                    </button>
                    <button type="submit" class="primary" disabled=move || busy.get() || !loaded.get()>
                        {move || t(if busy.get() { k::PASSWORDS_SAVING } else { k::PASSWORDS_SAVE })}
                    </button>
                </div>
            </form>
        </section>
    }
}

/// One custom question on the form: its id once saved (kept, so rewording
/// keeps users' answers), and a key for the list that never changes.
#[derive(Clone, Copy)]
struct QuestionRow {
    key: u32,
    id: StoredValue<Option<String>>,
    text: RwSignal<String>,
}

/// The server's limit, so the page stops offering "Add" at it.
const MAX_CUSTOM_QUESTIONS: usize = 20;

#[component]
fn QuestionsSection() -> impl IntoView {
    let ctx = expect_context::<Ctx>();
    let rows = RwSignal::new(Vec::<QuestionRow>::new());
    let next_key = StoredValue::new(0u32);
    let add = move |q: CustomQuestion| {
        let key = next_key.get_value();
        next_key.set_value(key + 1);
        rows.update(|r| r.push(QuestionRow { key, id: StoredValue::new(q.id), text: RwSignal::new(q.text) }));
    };
    let replace = move |questions: Vec<CustomQuestion>| {
        rows.set(Vec::new());
        questions.into_iter().for_each(add);
    };
    let loaded = RwSignal::new(false);
    let saving = GuardedSave::new();
    let (error, busy) = (saving.error, saving.busy);
    let list_error = RwSignal::new(None::<String>);
    let full = move || rows.with(Vec::len) >= MAX_CUSTOM_QUESTIONS;
    let token = move || ctx.token();
    let fail = move |e: ApiError| match e {
        ApiError::Problem(p) if p.code == ProblemCode::InvalidRequest => {
            list_error.set(Some(p.detail.clone()))
        }
        e => ctx.failed(&e, error),
    };

    if let Some(token) = token() {
        spawn_local(async move {
            match api::custom_questions(&token).await {
                Ok(list) => {
                    replace(list.questions);
                    loaded.set(true);
                }
                Err(e) => fail(e),
            }
        });
    }

    let save = move |accept_impact: bool| {
        let Some(token) = token() else { return };
        // A row left blank is a row not wanted.
        let questions: Vec<CustomQuestion> = rows
            .get_untracked()
            .iter()
            .map(|r| CustomQuestion { id: r.id.get_value(), text: r.text.get_untracked().trim().to_owned() })
            .filter(|q| !q.text.is_empty())
            .collect();
        list_error.set(None);
        let request = UpdateCustomQuestionsRequest { questions, accept_impact };
        saving.run(
            async move { api::save_custom_questions(&token, &request).await },
            Refusal {
                code: ProblemCode::PolicyStrandsUsers,
                title: t(k::PASSWORDS_STRANDS_TITLE),
                what: |n| tf(k::PASSWORDS_STRANDS_WHAT, &[("count", n.into())]),
            },
            t(k::PASSWORDS_QUESTIONS_SAVED),
            move |saved| replace(saved.questions),
            fail,
        );
    };

    let submit = move |ev: SubmitEvent| {
        ev.prevent_default();
        saving.confirm.set(None);
        save(false);
    };

    view! {
        <section class="card wide" aria-labelledby="questions-title">
            <h2 id="questions-title">{t(k::PASSWORDS_QUESTIONS_TITLE)}</h2>
            <p class="lead">{t(k::PASSWORDS_QUESTIONS_LEAD)}</p>
            <GuardedNotices saving=saving id="questions-save-anyway" label=|n| tf(k::PASSWORDS_QUESTIONS_SAVE_ANYWAY, &[("count", n.into())])
                again=Callback::new(move |_| save(true)) />
            <form on:submit=submit novalidate aria-busy=move || (!loaded.get()).to_string()>
                <ol class="question-list" aria-describedby="questions-error">
                    <For each=move || rows.get() key=|r| r.key let:row>
                        <li class="field">
                            <label for=format!("custom-question-{}", row.key)>
                                {move || tf(k::PASSWORDS_QUESTION, &[("number", rows.with(|r| r.iter().position(|x| x.key == row.key).map_or(0, |i| i + 1)).into())])}
                            </label>
                            <input
                                type="text"
                                id=format!("custom-question-{}", row.key)
                                class="custom-question"
                                maxlength="200"
                                prop:value=move || row.text.get()
                                on:input=move |ev| {
                                    row.text.set(event_target_value(&ev));
                                    list_error.set(None);
                                }
                            />
                            <button
                                type="button"
                                class="link"
                                aria-label=move || tf(k::PASSWORDS_QUESTION_REMOVE_LABEL, &[("question", row.text.get().into())])
                                on:click=move |_| rows.update(|r| r.retain(|x| x.key != row.key))
                            >
                                {t(k::PASSWORDS_QUESTION_REMOVE)}
                            </button>
                        </li>
                    </For>
                </ol>
                <p class="field-error" id="questions-error" role="alert">{move || list_error.get()}</p>
                <div class="buttons">
                    <button
                        type="button"
                        class="secondary"
                        id="add-question"
                        disabled=move || !loaded.get() || full()
                        on:click=move |_| {
                            add(CustomQuestion { id: None, text: String::new() });
                            // The cursor goes into the new row, for keyboard users.
                            focus_selector(".question-list li:last-child input"); // not words: a CSS selector
                        }
                    >
                        {t(k::PASSWORDS_QUESTION_ADD)}
                    </button>
                    <button type="submit" class="primary" id="save-questions" disabled=move || busy.get() || !loaded.get()>
                        {move || t(if busy.get() { k::PASSWORDS_SAVING } else { k::PASSWORDS_QUESTIONS_SAVE })}
                    </button>
                </div>
            </form>
        </section>
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reminder_days_read_as_the_server_keeps_them() {
        assert_eq!(reminder_days("14, 7, 3, 1"), Some(vec![14, 7, 3, 1]));
        assert_eq!(reminder_days(" 1,3 , 7,,14, 7 "), Some(vec![14, 7, 3, 1]));
        assert_eq!(reminder_days("30 7\u{3001}1\u{60C}2"), Some(vec![30, 7, 2, 1]));
        assert_eq!(reminder_days(""), Some(vec![]));
        assert_eq!(reminder_days("  "), Some(vec![]));
        assert_eq!(reminder_days("90, 1"), Some(vec![90, 1]));
    }

    #[test]
    fn reminder_days_refused() {
        assert_eq!(reminder_days("0"), None);
        assert_eq!(reminder_days("91"), None);
        assert_eq!(reminder_days("7, a week"), None);
        assert_eq!(reminder_days("1.5"), None);
        assert_eq!(reminder_days("-3"), None);
        assert_eq!(reminder_days("1,2,3,4,5,6,7,8,9,10,11"), None);
        // Repeats count once.
        assert_eq!(reminder_days("1,2,3,4,5,6,7,8,9,10,10").map(|d| d.len()), Some(10));
    }

    #[test]
    fn reminder_days_shown_as_typed_back() {
        assert_eq!(days_text(&REMINDER_DAYS_DEFAULT), "14, 7, 3, 1");
        assert_eq!(days_text(&[]), "");
        assert_eq!(reminder_days(&days_text(&REMINDER_DAYS_DEFAULT)), Some(REMINDER_DAYS_DEFAULT.to_vec()));
    }
}
