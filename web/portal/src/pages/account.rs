use latchkey_web::i18n::{k as shared, t, tf};
use latchkey_web::language::LanguagePicker;
use latchkey_web::nav::DeadEnd;
use latchkey_web::notice::take_flash;
use latchkey_web::time::local_date_time;
use leptos::prelude::*;
use leptos::task::spawn_local;

use crate::api;
use crate::app::Ctx;
use crate::components::{Link, NoticeBox, focus_selector};
use crate::k;
use crate::messages::{Notice, local_date, notice};
use crate::pages::passkeys::{Held, PasskeyOffer, Passkeys};
use crate::route::Route;

#[component]
pub fn Account() -> impl IntoView {
    let ctx = expect_context::<Ctx>();
    let flash = take_flash(ctx.flash);
    // When the password runs out, if the organisation sets a maximum age.
    // Only a hint: if it cannot be read, the page simply goes without it.
    let expires = RwSignal::new(None::<String>);
    // The ways the user proves who they are, once read (`None`: not yet, or unreadable).
    let me = RwSignal::new(None::<latchkey_dto::MeResponse>);
    let held = Held::new();
    // The last 30 days, once read (`None`: not yet), and why they could not be.
    let activity = RwSignal::new(None::<Vec<latchkey_dto::OwnEvent>>);
    let activity_error = RwSignal::new(None::<Notice>);
    if let Some(session) = ctx.session.get_untracked() {
        let token = session.token.clone();
        spawn_local(async move {
            if let Ok(read) = api::me(&token).await {
                expires.set(read.password.expires_at.map(|at| local_date(&at)));
                held.load(read.passkeys.clone());
                me.set(Some(read));
            }
        });
        spawn_local(async move {
            match api::own_activity(&session.token).await {
                Ok(read) => activity.set(Some(read.events)),
                Err(e) => activity_error.set(Some(notice(&e))),
            }
        });
    }
    // Redrawn when the user signs in or out, not at each refresh of the token
    // (nor when "Confirm it's you" opens a fresh session): what is open stays.
    let user = Memo::new(move |_| ctx.session.with(|s| s.as_ref().map(|s| s.user.clone())));
    move || {
        match user.get() {
            None => {
                ctx.return_to.set(Some(Route::Account));
                view! { <SignInFirst /> }.into_any()
            }
            Some(user) => {
                // The name is in bold wherever the language puts it in the sentence.
                let (before, after) = signed_in_as(&user.username);
                view! {
                <section class="card">
                    <h1 id="page-title" tabindex="-1">{t(k::ACCOUNT_TITLE)}</h1>
                    <NoticeBox notice=flash tone="success" urgent=true />
                    <p class="who">
                        {before} <strong>{user.display_name.clone()}</strong> {after}
                    </p>
                    {move || expires.get().map(|date| view! {
                        <p class="hint" id="password-expiry">{tf(k::ACCOUNT_EXPIRES, &[("date", date.into())])}</p>
                    })}
                    <PasskeyOffer user=user.clone() held done=flash />
                    <h2>{t(k::ACCOUNT_METHODS_TITLE)}</h2>
                    {move || me.get().map(|m| view! { <Methods me=m /> })}
                    <ul class="actions">
                        <li><Link to=Route::Change>{t(k::ACCOUNT_CHANGE)}</Link></li>
                        <li><Link to=Route::Register>{t(k::ACCOUNT_METHODS_LINK)}</Link></li>
                        {move || me.get().filter(|m| !m.methods.iter().any(|x| x.kind == latchkey_dto::MethodKind::Authenticator)).map(|_| view! {
                            <li><Link to=Route::Authenticator>{t(k::ACCOUNT_AUTHENTICATOR)}</Link></li>
                        })}
                        // The console is its own app: a full page load, and its own sign-in.
                        {user.roles.iter().any(|r| r == "admin" || r == "helpdesk" || r == "reports_reader").then(|| view! {
                            <li><a href="/admin/">{t(k::ACCOUNT_ADMIN_CONSOLE)}</a></li>
                        })}
                    </ul>
                    {move || held.loaded.get().then(|| view! { <Passkeys held /> })}
                    <RecentActivity events=activity error=activity_error />
                    <p>
                        <LanguagePicker
                            id="account-language"
                            on_choose=Callback::new(move |lang| {
                                let token = ctx.session.with_untracked(|s| s.as_ref().map(|s| s.token.clone()));
                                latchkey_web::api::choose_language(token, lang);
                            })
                        />
                    </p>
                    <SignOut />
                </section>
            }
            .into_any()
            }
        }
    }
}

/// "Sign out", here and in every tab.
#[component]
fn SignOut() -> impl IntoView {
    let ctx = expect_context::<Ctx>();
    view! {
        <button
            type="button"
            class="secondary"
            on:click=move |_| {
                ctx.sign_out(Some(Notice::new(t(k::ACCOUNT_SIGNED_OUT_TITLE), t(k::ACCOUNT_SIGNED_OUT_BODY))))
            }
        >
            {t(k::ACCOUNT_SIGN_OUT)}
        </button>
    }
}

/// "Signed in as <name> (<username>)", either side of the name.
fn signed_in_as(username: &str) -> (String, String) {
    const NAME: &str = "\u{1}";
    let sentence = tf(k::ACCOUNT_SIGNED_IN_AS, &[("name", NAME.into()), ("username", username.into())]);
    match sentence.split_once(NAME) {
        Some((before, after)) => (before.to_owned(), after.to_owned()),
        None => (sentence, String::new()),
    }
}

/// The user's methods, each with its hint, and where their registration stands.
#[component]
fn Methods(me: latchkey_dto::MeResponse) -> impl IntoView {
    let reg = me.registration;
    let missing = reg.required.saturating_sub(reg.registered);
    let status = match reg.state {
        latchkey_dto::RegistrationState::NotInScope => t(k::ACCOUNT_NOT_IN_SCOPE).to_owned(),
        _ if missing == 0 => t(k::ACCOUNT_ENOUGH).to_owned(),
        _ => tf(k::ACCOUNT_ADD_MORE, &[("count", missing.into())]),
    };
    let none = me.methods.is_empty().then(|| view! { <li>{t(k::ACCOUNT_NONE)}</li> });
    view! {
        <ul class="methods" id="account-methods">
            {none}
            {me.methods.into_iter().map(|m| view! {
                <li>{crate::pages::register::method_line(m.kind, &m.hint)}</li>
            }).collect_view()}
        </ul>
        <p class="hint" id="account-registration">{status}</p>
    }
}

/// The "Recent activity" section: the events once read, or why they could not be.
#[component]
fn RecentActivity(
    events: RwSignal<Option<Vec<latchkey_dto::OwnEvent>>>,
    error: RwSignal<Option<Notice>>,
) -> impl IntoView {
    view! {
        <h2 id="activity-title">{t(k::ACCOUNT_ACTIVITY_TITLE)}</h2>
        <p class="hint">{t(k::ACCOUNT_ACTIVITY_INTRO)}</p>
        <NoticeBox notice=error />
        {move || match events.get() {
            Some(events) => view! { <Activity events /> }.into_any(),
            None if error.with(Option::is_none) => {
                view! { <p class="hint" id="activity-loading">{t(k::ACCOUNT_ACTIVITY_LOADING)}</p> }.into_any()
            }
            None => ().into_any(),
        }}
    }
}

/// How many events the section lists before "Show all".
const FIRST_EVENTS: usize = 10;

/// What happened to the account in the last 30 days, newest first: the
/// first [`FIRST_EVENTS`], and the rest on request. Beside each, "This
/// wasn't me", which asks in place before it locks the account down.
#[component]
fn Activity(mut events: Vec<latchkey_dto::OwnEvent>) -> impl IntoView {
    if events.is_empty() {
        return view! { <p id="activity-none">{t(k::ACCOUNT_ACTIVITY_NONE)}</p> }.into_any();
    }
    let total = events.len();
    let rest = StoredValue::new(events.split_off(total.min(FIRST_EVENTS)));
    let all = RwSignal::new(false);
    // The event whose "This wasn't me" is asking for a confirmation.
    let asking = RwSignal::new(None::<String>);
    let toggle = (total > FIRST_EVENTS).then(|| {
        view! {
            <button
                type="button"
                class="link"
                aria-controls="account-activity"
                aria-expanded=move || all.get().to_string()
                on:click=move |_| all.update(|all| *all = !*all)
            >
                {move || {
                    if all.get() {
                        t(k::ACCOUNT_ACTIVITY_SHOW_FEWER).to_owned()
                    } else {
                        tf(k::ACCOUNT_ACTIVITY_SHOW_ALL, &[("count", total.into())])
                    }
                }}
            </button>
        }
    });
    view! {
        <ol class="events" id="account-activity" aria-labelledby="activity-title">
            {events.iter().map(|e| event(e, asking)).collect_view()}
            {move || all.get().then(|| rest.with_value(|rest| rest.iter().map(|e| event(e, asking)).collect_view()))}
        </ol>
        {toggle}
    }
    .into_any()
}

/// One event: what happened and how it ended (the server's words), when, by
/// whom and from where. A failure or a block by someone else stands out:
/// it is what the owner of the account should notice.
fn event(e: &latchkey_dto::OwnEvent, asking: RwSignal<Option<String>>) -> impl IntoView + use<> {
    let by = match e.by.as_str() {
        "you" => t(k::ACCOUNT_ACTIVITY_BY_YOU),
        "someone_else" => t(k::ACCOUNT_ACTIVITY_BY_SOMEONE_ELSE),
        _ => t(k::ACCOUNT_ACTIVITY_BY_SYSTEM),
    };
    let when = local_date_time(&e.at);
    let detail = match &e.client_ip {
        Some(address) => tf(
            k::ACCOUNT_ACTIVITY_DETAIL_FROM,
            &[("time", when.into()), ("by", by.into()), ("address", address.as_str().into())],
        ),
        None => tf(k::ACCOUNT_ACTIVITY_DETAIL, &[("time", when.into()), ("by", by.into())]),
    };
    let attention = e.by == "someone_else" && e.outcome != "success";
    let what = tf(
        k::ACCOUNT_ACTIVITY_WHAT,
        &[("action", e.words.action_text.as_str().into()), ("outcome", e.words.outcome_text.as_str().into())],
    );
    let reason = e.words.reason_text.clone().map(|r| view! { <span class="event-reason">{r}</span> });
    let id = StoredValue::new(e.id.clone());
    // The button names the event it is about to a screen reader.
    let what_id = format!("event-{}", e.id);
    let asked = move || asking.with(|a| id.with_value(|id| a.as_ref() == Some(id)));
    view! {
        <li class:attention=attention>
            <span class="event-what" id=what_id.clone()>{what}</span>
            {reason}
            <span class="event-detail">{detail}</span>
            {move || if asked() {
                view! { <ReportEvent event=id.get_value() asking /> }.into_any()
            } else {
                view! {
                    <button
                        type="button"
                        class="link event-report"
                        aria-describedby=what_id.clone()
                        on:click=move |_| {
                            asking.set(Some(id.get_value()));
                            focus_selector("#report-event-confirm");
                        }
                    >
                        {t(k::ACCOUNT_ACTIVITY_REPORT)}
                    </button>
                }
                .into_any()
            }}
        </li>
    }
}

/// "This wasn't me", confirmed in place: the same question as a security
/// notice's link asks. Once the account is locked down every session has
/// ended, this one too, and the report page says what happens next.
#[component]
fn ReportEvent(event: String, asking: RwSignal<Option<String>>) -> impl IntoView {
    let ctx = expect_context::<Ctx>();
    let event = StoredValue::new(event);
    let error = RwSignal::new(None);
    let busy = RwSignal::new(false);
    let confirm = move |_| {
        let Some(token) = ctx.session.with_untracked(|s| s.as_ref().map(|s| s.token.clone())) else { return };
        if busy.get_untracked() {
            return;
        }
        busy.set(true);
        error.set(None);
        spawn_local(async move {
            match api::report_own(&token, &event.get_value()).await {
                Ok(()) => ctx.locked_down(),
                Err(e) => {
                    error.set(Some(notice(&e)));
                    busy.set(false);
                }
            }
        });
    };
    view! {
        <div class="report-panel" role="group" aria-labelledby="report-event-title">
            <p class="notice-title" id="report-event-title">{t(k::REPORT_CONFIRM_TITLE)}</p>
            <p>{t(k::REPORT_CONFIRM_BODY)}</p>
            <NoticeBox notice=error />
            <button type="button" class="primary danger" id="report-event-confirm" disabled=move || busy.get() on:click=confirm>
                {move || if busy.get() { t(k::REPORT_CONFIRMING) } else { t(k::REPORT_CONFIRM) }}
            </button>
            <button type="button" class="link report-cancel" disabled=move || busy.get() on:click=move |_| asking.set(None)>
                {t(k::REPORT_CANCEL)}
            </button>
        </div>
    }
}

/// Shown on a page that needs a session when there is none (signed out, or
/// the session ran out).
#[component]
pub fn SignInFirst() -> impl IntoView {
    view! {
        <DeadEnd
            title=t(k::ACCOUNT_SIGN_IN_FIRST_TITLE)
            body=t(k::ACCOUNT_SIGN_IN_FIRST_BODY)
            to=Route::SignIn
            link=t(shared::COMMON_SIGN_IN)
        />
    }
}
