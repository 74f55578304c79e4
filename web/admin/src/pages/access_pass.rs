//! A user's Temporary Access Pass on their page: how their pass stands
//! (scheduled, live, used, run out) with "Revoke", the small form that
//! issues one, and the pass itself, shown once. The pass is the console's
//! reset: it signs the user in only to make a passkey or an authenticator
//! and choose their own password, so no operator ever knows a password of
//! theirs that works. The older temporary password is offered only where
//! the reset policy turned it on.

use chrono::{DateTime, Utc};
use latchkey_dto::{AccessPassIssued, AccessPassRequest, AccessPassStatus, AdminUserDetail, ProblemCode};
use latchkey_web::field::Field;
use latchkey_web::i18n::{t, tf};
use latchkey_web::time::local_date_time;
use leptos::ev::SubmitEvent;
use leptos::prelude::*;
use leptos::task::spawn_local;

use crate::api::{self, ApiError};
use crate::app::{Ctx, Perm};
use crate::k;
use crate::ui::{Check, ConfirmButton, Notice, Select, focus_by_id};

/// The shortest and longest lifetimes the server takes, in minutes (10
/// minutes to 30 days).
const MINUTES: std::ops::RangeInclusive<u32> = 10..=43_200;
/// The pass's length in characters the server takes.
const LENGTH: std::ops::RangeInclusive<u8> = 8..=48;

/// Whether the reset policy lets this operator make a temporary password:
/// `Some` once known (an administrator reads the policy), `None` for an
/// operator who may not read it (the help desk), who may try and is told.
pub fn temporary_passwords(ctx: Ctx) -> RwSignal<Option<bool>> {
    if !ctx.may(Perm::Settings) {
        return RwSignal::new(None);
    }
    // Hidden until the policy says it is on.
    let on = RwSignal::new(Some(false));
    if let Some(token) = ctx.token() {
        spawn_local(async move {
            if let Ok(policy) = api::reset_policy(&token).await {
                on.set(Some(policy.temporary_passwords));
            }
        });
    }
    on
}

/// What the issue form holds, as typed.
#[derive(Clone, Copy)]
struct PassForm {
    multi_use: RwSignal<bool>,
    /// Minutes, or `custom`.
    lifetime: RwSignal<String>,
    custom: RwSignal<String>,
    custom_error: RwSignal<Option<String>>,
    /// A `datetime-local` value in the operator's time zone; empty: now.
    start: RwSignal<String>,
    start_error: RwSignal<Option<String>>,
    length: RwSignal<String>,
    length_error: RwSignal<Option<String>>,
}

impl PassForm {
    fn new() -> Self {
        PassForm {
            multi_use: RwSignal::new(false),
            lifetime: RwSignal::new("60".to_owned()),
            custom: RwSignal::new(String::new()),
            custom_error: RwSignal::new(None),
            start: RwSignal::new(String::new()),
            start_error: RwSignal::new(None),
            length: RwSignal::new("12".to_owned()),
            length_error: RwSignal::new(None),
        }
    }

    /// The request as filled in; `None` (each wrong field told why) when a
    /// value is out of its range.
    fn read(self) -> Option<AccessPassRequest> {
        let lifetime = match self.lifetime.get_untracked().as_str() {
            "custom" => {
                self.custom.get_untracked().trim().parse::<u32>().ok().filter(|m| MINUTES.contains(m))
            }
            preset => preset.parse::<u32>().ok(),
        };
        self.custom_error.set(lifetime.is_none().then(|| t(k::ACCESSPASS_CUSTOM_RANGE).to_owned()));
        let length = self.length.get_untracked().trim().parse::<u8>().ok().filter(|n| LENGTH.contains(n));
        self.length_error.set(length.is_none().then(|| t(k::ACCESSPASS_LENGTH_RANGE).to_owned()));
        let typed = self.start.get_untracked();
        let start = if typed.trim().is_empty() { Ok(None) } else { start_at(&typed).map(Some) };
        self.start_error.set(start.err().map(|why| t(why).to_owned()));
        Some(AccessPassRequest {
            one_time: Some(!self.multi_use.get_untracked()),
            lifetime_minutes: Some(lifetime?),
            starts_at: start.ok()?,
            length: Some(length?),
        })
    }

    /// The server refused `field`: the range it must be in, next to it
    /// (the server's own words name the field); false for another field.
    fn refused(self, field: &str) -> bool {
        let (slot, why) = match field {
            "lifetime_minutes" => {
                self.lifetime.set("custom".to_owned());
                (self.custom_error, k::ACCESSPASS_CUSTOM_RANGE)
            }
            "starts_at" => (self.start_error, k::ACCESSPASS_START_TOO_LATE),
            "length" => (self.length_error, k::ACCESSPASS_LENGTH_RANGE),
            _ => return false,
        };
        slot.set(Some(t(why).to_owned()));
        true
    }
}

/// A `datetime-local` input's value ("2026-12-21T14:05", the reader's own
/// time zone) as an instant.
fn from_local_input(value: &str) -> Option<DateTime<Utc>> {
    let millis = js_sys::Date::new(&wasm_bindgen::JsValue::from_str(value.trim())).get_time();
    // Milliseconds since 1970: whole, and well within an i64.
    let millis = millis.is_finite().then_some(millis as i64)?;
    DateTime::from_timestamp_millis(millis)
}

/// The start typed, or why it cannot be one.
fn start_at(typed: &str) -> Result<DateTime<Utc>, latchkey_web::i18n::Key> {
    let at = from_local_input(typed).ok_or(k::ACCESSPASS_START_INVALID)?;
    if at > now() + chrono::Duration::days(30) {
        return Err(k::ACCESSPASS_START_TOO_LATE);
    }
    Ok(at)
}

/// The moment now, from the browser's clock.
fn now() -> DateTime<Utc> {
    let millis = js_sys::Date::now() as i64;
    DateTime::from_timestamp_millis(millis).unwrap_or_default()
}

/// How a pass stands, as a badge and a sentence.
fn standing(p: &AccessPassStatus) -> (&'static str, String) {
    let until = ("until", local_date_time(&p.expires_at).into());
    let uses = if p.one_time { t(k::ACCESSPASS_ONE_SIGN_IN) } else { t(k::ACCESSPASS_MANY_SIGN_INS) };
    let uses = ("uses", uses.into());
    match p.state.as_str() {
        "scheduled" => (
            t(k::ACCESSPASS_SCHEDULED),
            tf(
                k::ACCESSPASS_STATUS_SCHEDULED,
                &[("from", local_date_time(&p.starts_at).into()), until, uses],
            ),
        ),
        "live" => (
            t(k::ACCESSPASS_LIVE),
            match p.used_at {
                Some(at) => {
                    tf(k::ACCESSPASS_STATUS_LIVE_USED, &[until, uses, ("used", local_date_time(&at).into())])
                }
                None => tf(k::ACCESSPASS_STATUS_LIVE, &[until, uses]),
            },
        ),
        "used" => (
            t(k::ACCESSPASS_USED),
            tf(
                k::ACCESSPASS_STATUS_USED,
                &[("used", p.used_at.as_ref().map_or_else(String::new, local_date_time).into())],
            ),
        ),
        _ => (t(k::ACCESSPASS_EXPIRED), tf(k::ACCESSPASS_STATUS_EXPIRED, &[until])),
    }
}

/// What the panel acts with: the user, the actions' shared state, and
/// where the issued pass goes. Every field is a `Copy` handle.
#[derive(Clone, Copy)]
struct Acting {
    ctx: Ctx,
    user: StoredValue<AdminUserDetail>,
    busy: RwSignal<bool>,
    verified: RwSignal<bool>,
    verify_each: bool,
    done: RwSignal<Option<Notice>>,
    error: RwSignal<Option<Notice>>,
    reload: Callback<()>,
    issued: RwSignal<Option<AccessPassIssued>>,
}

impl Acting {
    /// The session token and the user's id, with the actions marked busy
    /// and the last messages gone; `None` when a call is on its way already.
    fn start(self) -> Option<(String, String)> {
        let token = self.ctx.token()?;
        if self.busy.get_untracked() {
            return None;
        }
        self.busy.set(true);
        self.done.set(None);
        self.error.set(None);
        Some((token, self.user.with_value(|u| u.id.clone())))
    }

    fn revoke(self) {
        let Some((token, id)) = self.start() else { return };
        spawn_local(async move {
            match api::revoke_access_pass(&token, &id).await {
                Ok(()) => {
                    self.done.set(Some(Notice::new(t(k::USER_DONE_TITLE), t(k::ACCESSPASS_REVOKED))));
                    self.reload.run(());
                }
                Err(e) if e.code() == Some(ProblemCode::MethodNotRegistered) => {
                    let nothing = Notice::new(t(k::ACCESSPASS_NOTHING_TITLE), t(k::ACCESSPASS_NOTHING));
                    self.error.set(Some(nothing));
                    self.reload.run(());
                }
                Err(e) => self.ctx.failed(&e, self.error),
            }
            self.busy.set(false);
        });
    }

    /// Issues a pass as `form` asks; on success it goes to `issued`, to be
    /// shown once, and the form (`open`) closes.
    fn issue(self, form: PassForm, open: RwSignal<bool>) {
        let Some(request) = form.read() else { return };
        if !self.verified.get_untracked() {
            return;
        }
        let Some((token, id)) = self.start() else { return };
        spawn_local(async move {
            match api::issue_access_pass(&token, &id, &request).await {
                Ok(pass) => {
                    self.issued.set(Some(pass));
                    open.set(false);
                    self.done.set(Some(Notice::new(t(k::USER_DONE_TITLE), t(k::ACCESSPASS_ISSUED_DONE))));
                    request_animation_frame(|| focus_by_id("issued-pass-title"));
                    if self.verify_each {
                        // A verification is good for one action.
                        self.verified.set(false);
                    }
                    self.reload.run(());
                }
                Err(ApiError::Problem(p))
                    if p.code == ProblemCode::InvalidRequest
                        && form.refused(p.field.as_deref().unwrap_or_default()) => {}
                Err(e) => {
                    if e.code() == Some(ProblemCode::VerificationRequired) {
                        self.verified.set(false);
                    }
                    self.ctx.failed(&e, self.error);
                }
            }
            self.busy.set(false);
        });
    }
}

/// How the user's pass stands, and who issued it when.
fn status_view(held: Option<&AccessPassStatus>) -> AnyView {
    let Some(p) = held else {
        return view! { <p id="access-pass-status">{t(k::ACCESSPASS_NONE)}</p> }.into_any();
    };
    let (badge, text) = standing(p);
    let by = tf(
        k::ACCESSPASS_ISSUED_BY,
        &[("by", p.issued_by.as_str().into()), ("at", local_date_time(&p.issued_at).into())],
    );
    view! {
        <p id="access-pass-status"><span class="badge">{badge}</span>" "{text}</p>
        <p class="hint">{by}</p>
    }
    .into_any()
}

/// The pass section of the user's actions: how their pass stands, "Revoke"
/// while it could still be used, and "Issue a Temporary Access Pass".
#[component]
pub fn AccessPassPanel(
    user: StoredValue<AdminUserDetail>,
    /// The actions' own: one call at a time.
    busy: RwSignal<bool>,
    /// The help desk has verified the caller (always, for an administrator).
    verified: RwSignal<bool>,
    /// A verification is good for one action (the help desk's).
    verify_each: bool,
    done: RwSignal<Option<Notice>>,
    error: RwSignal<Option<Notice>>,
    reload: Callback<()>,
    /// Where the issued pass goes, to be shown once outside the reloading page.
    issued: RwSignal<Option<AccessPassIssued>>,
) -> impl IntoView {
    let ctx = expect_context::<Ctx>();
    let acting = Acting { ctx, user, busy, verified, verify_each, done, error, reload, issued };
    let held = user.with_value(|u| u.access_pass.clone());
    let open = RwSignal::new(false);
    let form = PassForm::new();
    let usable = held.as_ref().is_some_and(|p| matches!(p.state.as_str(), "scheduled" | "live"));
    view! {
        <div class="pass-panel" role="region" aria-labelledby="access-pass-title">
            <h3 id="access-pass-title">{t(k::ACCESSPASS_TITLE)}</h3>
            <p class="hint">{t(k::ACCESSPASS_LEAD)}</p>
            {status_view(held.as_ref())}
            <div class="buttons">
                <button type="button" class="primary" id="issue-access-pass" aria-expanded=move || open.get().to_string()
                    disabled=move || busy.get() || !verified.get() on:click=move |_| {
                        open.set(true);
                        request_animation_frame(|| focus_by_id("pass-multi-use"));
                    }>
                    {t(k::ACCESSPASS_ISSUE)}
                </button>
                {usable.then(|| view! {
                    <ConfirmButton label=t(k::ACCESSPASS_REVOKE) id="revoke-access-pass".to_owned()
                        busy=Signal::derive(move || busy.get())
                        warning=t(k::ACCESSPASS_REVOKE_WARNING).to_owned()
                        confirm=t(k::ACCESSPASS_REVOKE_CONFIRM)
                        on_confirm=Callback::new(move |()| acting.revoke()) />
                })}
            </div>
            <Show when=move || open.get()>
                <IssueForm form replaces=usable busy verified open
                    submit=Callback::new(move |ev: SubmitEvent| {
                        ev.prevent_default();
                        acting.issue(form, open);
                    }) />
            </Show>
        </div>
    }
}

/// The choices a pass is issued with: one sign-in or several, how long,
/// from when, how many characters.
#[component]
fn IssueForm(
    form: PassForm,
    /// The user holds a pass that still works: this one replaces it.
    replaces: bool,
    busy: RwSignal<bool>,
    verified: RwSignal<bool>,
    submit: Callback<SubmitEvent>,
    open: RwSignal<bool>,
) -> impl IntoView {
    let lifetimes = vec![
        ("60", t(k::ACCESSPASS_HOUR)),
        ("480", t(k::ACCESSPASS_HOURS_8)),
        ("1440", t(k::ACCESSPASS_DAY)),
        ("10080", t(k::ACCESSPASS_DAYS_7)),
        ("custom", t(k::ACCESSPASS_CUSTOM)),
    ];
    view! {
        <form class="pass-form" id="access-pass-form" on:submit=move |ev| submit.run(ev) novalidate>
            <Check id="pass-multi-use" label=t(k::ACCESSPASS_MULTI_USE) value=form.multi_use
                hint=t(k::ACCESSPASS_MULTI_USE_HINT) />
            <Select id="pass-lifetime" label=t(k::ACCESSPASS_LIFETIME) value=form.lifetime options=lifetimes />
            <Show when=move || form.lifetime.get() == "custom">
                <Field id="pass-minutes" label=t(k::ACCESSPASS_MINUTES) value=form.custom inputmode="numeric"
                    hint=t(k::ACCESSPASS_CUSTOM_RANGE) error=form.custom_error />
            </Show>
            <Field id="pass-start" label=t(k::ACCESSPASS_START) value=form.start kind="datetime-local"
                hint=t(k::ACCESSPASS_START_HINT) error=form.start_error />
            <Field id="pass-length" label=t(k::ACCESSPASS_LENGTH) value=form.length inputmode="numeric"
                hint=t(k::ACCESSPASS_LENGTH_RANGE) error=form.length_error />
            {replaces.then(|| view! { <p class="warning">{t(k::ACCESSPASS_REPLACES)}</p> })}
            <div class="buttons">
                <button type="submit" class="primary" id="issue-access-pass-confirm"
                    disabled=move || busy.get() || !verified.get()>
                    {t(k::ACCESSPASS_ISSUE_CONFIRM)}
                </button>
                <button type="button" class="link" on:click=move |_| open.set(false)>{t(k::UI_CANCEL)}</button>
            </div>
        </form>
    }
}

/// The pass just issued, once: large enough to read out, a copy button,
/// when it works, and that it cannot be shown again. It lives only in this
/// screen's memory until dismissed.
#[component]
pub fn IssuedPass(shown: RwSignal<Option<AccessPassIssued>>) -> impl IntoView {
    let copied = RwSignal::new(false);
    move || {
        shown.get().map(|issued| {
            let pass = issued.access_pass.expose().to_owned();
            let until = ("until", local_date_time(&issued.expires_at).into());
            let validity = match (issued.starts_at > now(), issued.one_time) {
                (false, true) => tf(k::ACCESSPASS_VALID_ONCE, &[until]),
                (false, false) => tf(k::ACCESSPASS_VALID_MANY, &[until]),
                (true, once) => tf(
                    if once { k::ACCESSPASS_VALID_FROM_ONCE } else { k::ACCESSPASS_VALID_FROM_MANY },
                    &[("from", local_date_time(&issued.starts_at).into()), until],
                ),
            };
            view! {
                <div class="secret-panel card wide" role="region" aria-labelledby="issued-pass-title">
                    <h3 id="issued-pass-title" tabindex="-1">{t(k::ACCESSPASS_ISSUED_TITLE)}</h3>
                    <p class="secret pass"><output id="issued-access-pass">{pass.clone()}</output></p>
                    <p id="issued-pass-validity">{validity}</p>
                    <p class="warning">{t(k::ACCESSPASS_ISSUED_WARNING)}</p>
                    <div class="buttons">
                        <button type="button" class="secondary" id="copy-access-pass" on:click=move |_| {
                            if let Some(clipboard) = web_sys::window().map(|w| w.navigator().clipboard()) {
                                let _ = clipboard.write_text(&pass);
                                copied.set(true);
                            }
                        }>{move || if copied.get() { t(k::USER_COPIED) } else { t(k::USER_COPY) }}</button>
                        <button type="button" class="primary" id="dismiss-access-pass" on:click=move |_| {
                            copied.set(false);
                            shown.set(None);
                        }>{t(k::ACCESSPASS_GIVEN)}</button>
                    </div>
                </div>
            }
        })
    }
}
