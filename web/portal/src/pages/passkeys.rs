//! The account page's passkeys: what a passkey is, the user's own (when each
//! was added and last used), and adding, renaming and removing one; and the
//! one-tap offer of a first passkey above them. The server tells every
//! channel of the user about an addition or a removal.

use latchkey_dto::{PasskeyView, ProblemCode, SessionUser};
use latchkey_web::i18n::{t, tf};
use latchkey_web::passkey::{self, Failure};
use latchkey_web::time::local_date;
use leptos::ev::SubmitEvent;
use leptos::prelude::*;
use leptos::task::spawn_local;

use crate::api;
use crate::app::Ctx;
use crate::components::{Field, NoticeBox, focus_selector};
use crate::k;
use crate::messages::Notice;
use crate::pages::register::{ConfirmIdentity, fail};

/// The longest name the server keeps.
const NAME_MAX: usize = 64;

/// What the account page's passkeys section and the offer above it share.
#[derive(Clone, Copy)]
pub(crate) struct Held {
    /// The user's passkeys, from `GET /v1/me` and as they change here.
    pub list: RwSignal<Vec<PasskeyView>>,
    /// Whether `GET /v1/me` has answered: until then nothing is offered.
    pub loaded: RwSignal<bool>,
    /// The offer could not add a passkey without the password (the sign-in
    /// is not recent): the section's own form opens, asking for it.
    pub add_with_password: RwSignal<bool>,
}

impl Held {
    /// Nothing read yet.
    pub fn new() -> Self {
        Held {
            list: RwSignal::new(Vec::new()),
            loaded: RwSignal::new(false),
            add_with_password: RwSignal::new(false),
        }
    }

    /// The passkeys `GET /v1/me` listed.
    pub fn load(self, passkeys: Vec<PasskeyView>) {
        self.list.set(passkeys);
        self.loaded.set(true);
    }
}

/// The section, over the passkeys `GET /v1/me` listed.
#[component]
pub fn Passkeys(held: Held) -> impl IntoView {
    let ctx = expect_context::<Ctx>();
    ctx.reauth.set(false);
    let list = held.list;
    let done = RwSignal::new(None::<Notice>);
    let error = RwSignal::new(None::<Notice>);
    // The passkey whose name is being changed, and whose removal is asked.
    let renaming = RwSignal::new(None::<String>);
    let removing = RwSignal::new(None::<String>);
    let state = Section { list, done, error, renaming, removing };
    view! {
        <section class="passkeys-section" aria-labelledby="passkeys-title">
            <h2 id="passkeys-title" tabindex="-1">{t(k::PASSKEYS_TITLE)}</h2>
            <p class="hint">{t(k::PASSKEYS_INTRO)}</p>
            <NoticeBox notice=done tone="success" urgent=true />
            <NoticeBox notice=error />
            {move || ctx.reauth.get().then(|| view! { <ConfirmIdentity done /> })}
            {move || {
                if list.with(Vec::is_empty) {
                    view! { <p id="passkeys-none">{t(k::PASSKEYS_NONE)}</p> }.into_any()
                } else {
                    view! {
                        <ul class="passkeys" id="passkey-list" aria-labelledby="passkeys-title">
                            {list.get().into_iter().map(|passkey| view! { <Item passkey state /> }).collect_view()}
                        </ul>
                    }
                    .into_any()
                }
            }}
            {if passkey::supported() {
                view! { <Add state asked=held.add_with_password /> }.into_any()
            } else {
                view! { <p class="hint" id="passkeys-unsupported">{t(k::PASSKEYS_UNSUPPORTED)}</p> }.into_any()
            }}
        </section>
    }
}

/// What the section's parts share; every field is a `Copy` handle.
#[derive(Clone, Copy)]
struct Section {
    list: RwSignal<Vec<PasskeyView>>,
    done: RwSignal<Option<Notice>>,
    error: RwSignal<Option<Notice>>,
    renaming: RwSignal<Option<String>>,
    removing: RwSignal<Option<String>>,
}

impl Section {
    /// A change is about to be sent: the last one's messages go.
    fn clear(self) {
        self.done.set(None);
        self.error.set(None);
    }
}

/// The session token, or `None` when the session has ended.
fn token(ctx: Ctx) -> Option<String> {
    ctx.session.with_untracked(|s| s.as_ref().map(|s| s.token.clone()))
}

/// One passkey: its name and dates, and Rename and Remove, each asking in place.
#[component]
fn Item(passkey: PasskeyView, state: Section) -> impl IntoView {
    let dates = match passkey.last_used_at {
        Some(used) => tf(
            k::PASSKEYS_DATES,
            &[("added", local_date(&passkey.added_at).into()), ("used", local_date(&used).into())],
        ),
        None => tf(k::PASSKEYS_DATES_UNUSED, &[("added", local_date(&passkey.added_at).into())]),
    };
    let id = StoredValue::new(passkey.id.clone());
    let name = StoredValue::new(passkey.name.clone());
    // The buttons name the passkey they act on to a screen reader.
    let name_id = format!("passkey-{}", passkey.id);
    let is =
        move |which: RwSignal<Option<String>>| which.with(|w| id.with_value(|id| w.as_ref() == Some(id)));
    view! {
        <li class="passkey">
            <span class="passkey-name" id=name_id.clone()>{passkey.name.clone()}</span>
            <span class="passkey-dates">{dates}</span>
            {move || {
                if is(state.renaming) {
                    view! { <Rename id=id.get_value() name=name.get_value() state /> }.into_any()
                } else if is(state.removing) {
                    view! { <Remove id=id.get_value() name=name.get_value() state /> }.into_any()
                } else {
                    let name_id = name_id.clone();
                    view! {
                        <span class="passkey-actions">
                            <button type="button" class="link" aria-describedby=name_id.clone() on:click=move |_| {
                                state.removing.set(None);
                                state.renaming.set(Some(id.get_value()));
                                focus_selector("#passkey-rename");
                            }>
                                {t(k::PASSKEYS_RENAME)}
                            </button>
                            <button type="button" class="link" aria-describedby=name_id on:click=move |_| {
                                state.renaming.set(None);
                                state.removing.set(Some(id.get_value()));
                                focus_selector("#passkey-remove-confirm");
                            }>
                                {t(k::PASSKEYS_REMOVE)}
                            </button>
                        </span>
                    }
                    .into_any()
                }
            }}
        </li>
    }
}

/// A name as typed in `field`, or why it cannot be one (said next to it).
pub(crate) fn checked_name(
    value: RwSignal<String>,
    error: RwSignal<Option<String>>,
    field: &'static str,
) -> Option<String> {
    let typed = value.get_untracked().trim().to_owned();
    let why = if typed.is_empty() {
        t(k::PASSKEYS_NAME_MISSING)
    } else if typed.chars().count() > NAME_MAX {
        t(k::PASSKEYS_NAME_LONG)
    } else {
        return Some(typed);
    };
    error.set(Some(why.to_owned()));
    focus_selector(field);
    None
}

/// A new name for passkey `id`, in place.
#[component]
fn Rename(id: String, name: String, state: Section) -> impl IntoView {
    let ctx = expect_context::<Ctx>();
    let value = RwSignal::new(name);
    let field_error = RwSignal::new(None);
    let busy = RwSignal::new(false);
    let id = StoredValue::new(id);
    let submit = move |ev: SubmitEvent| {
        ev.prevent_default();
        let Some(typed) = checked_name(value, field_error, "#passkey-rename") else { return };
        let Some(token) = token(ctx) else { return };
        if busy.get_untracked() {
            return;
        }
        busy.set(true);
        state.clear();
        spawn_local(async move {
            match api::rename_passkey(&token, &id.get_value(), &typed).await {
                Ok(renamed) => {
                    let body = tf(k::PASSKEYS_RENAMED_BODY, &[("name", renamed.name.as_str().into())]);
                    state.renaming.set(None);
                    state.list.update(|l| {
                        l.iter_mut().filter(|p| p.id == renamed.id).for_each(|p| *p = renamed.clone())
                    });
                    state.done.set(Some(Notice::new(t(k::PASSKEYS_RENAMED_TITLE), body)));
                }
                Err(e) => fail(ctx, state.error, &e),
            }
            busy.set(false);
        });
    };
    view! {
        <form class="passkey-form" on:submit=submit novalidate>
            <Field id="passkey-rename" label=t(k::PASSKEYS_NAME) value=value error=field_error />
            <div class="buttons">
                <button type="submit" class="secondary" disabled=move || busy.get()>{t(k::PASSKEYS_SAVE)}</button>
                <button type="button" class="link" on:click=move |_| state.renaming.set(None)>{t(k::PASSKEYS_CANCEL)}</button>
            </div>
        </form>
    }
}

/// "Remove this passkey?", asked in place before it is removed.
#[component]
fn Remove(id: String, name: String, state: Section) -> impl IntoView {
    let ctx = expect_context::<Ctx>();
    let busy = RwSignal::new(false);
    let id = StoredValue::new(id);
    let question = tf(k::PASSKEYS_REMOVE_QUESTION, &[("name", name.as_str().into())]);
    let name = StoredValue::new(name);
    let confirm = move |_| {
        let Some(token) = token(ctx) else { return };
        if busy.get_untracked() {
            return;
        }
        busy.set(true);
        state.clear();
        spawn_local(async move {
            let id = id.get_value();
            match api::remove_passkey(&token, &id).await {
                Ok(()) => {
                    state.removing.set(None);
                    state.list.update(|l| l.retain(|p| p.id != id));
                    let body = tf(k::PASSKEYS_REMOVED_BODY, &[("name", name.get_value().into())]);
                    state.done.set(Some(Notice::new(t(k::PASSKEYS_REMOVED_TITLE), body)));
                    focus_selector("#passkeys-title");
                }
                // A session over five minutes old confirms it's them first.
                Err(e) => fail(ctx, state.error, &e),
            }
            busy.set(false);
        });
    };
    view! {
        <div class="report-panel" role="group" aria-labelledby="passkey-remove-question">
            <p id="passkey-remove-question">{question}</p>
            <button type="button" class="primary danger" id="passkey-remove-confirm" disabled=move || busy.get() on:click=confirm>
                {t(k::PASSKEYS_REMOVE_CONFIRM)}
            </button>
            <button type="button" class="link" disabled=move || busy.get() on:click=move |_| state.removing.set(None)>
                {t(k::PASSKEYS_CANCEL)}
            </button>
        </div>
    }
}

/// "Add a passkey": a name (the device's, to begin with), then the
/// browser's own prompts. `asked`: the offer above sends the person here
/// for the password.
#[component]
fn Add(state: Section, asked: RwSignal<bool>) -> impl IntoView {
    let ctx = expect_context::<Ctx>();
    let open = RwSignal::new(false);
    let name = RwSignal::new(String::new());
    let field_error = RwSignal::new(None);
    let busy = RwSignal::new(false);
    // Progress and the quiet endings (creating…, cancelled).
    let status = RwSignal::new(None::<String>);
    // A sign-in over five minutes old: the password comes with the request
    // (the session stays the same; nothing else is asked again).
    let confirming = RwSignal::new(false);
    let password = RwSignal::new(String::new());
    let password_error = RwSignal::new(None);
    let start = move |_| {
        name.set(default_name(&state.list.get_untracked()));
        status.set(None);
        confirming.set(false);
        open.set(true);
        focus_selector("#passkey-name");
    };
    Effect::new(move |_| {
        if asked.get() {
            asked.set(false);
            name.set(default_name(&state.list.get_untracked()));
            status.set(None);
            confirming.set(true);
            open.set(true);
            focus_selector("#passkey-password");
        }
    });
    let create = move |ev: SubmitEvent| {
        ev.prevent_default();
        let Some(typed) = checked_name(name, field_error, "#passkey-name") else { return };
        let Some(token) = token(ctx) else { return };
        if busy.get_untracked() {
            return;
        }
        busy.set(true);
        state.clear();
        status.set(Some(t(k::PASSKEYS_CREATING).to_owned()));
        let current = confirming.get_untracked().then(|| password.get_untracked());
        spawn_local(async move {
            let made = passkey::register(&token, current.as_deref(), &typed).await;
            password.set(String::new());
            busy.set(false);
            status.set(None);
            let quiet = |words: &str| status.set(Some(words.to_owned()));
            match made {
                Ok(added) => {
                    let body = tf(k::PASSKEYS_ADDED_BODY, &[("name", added.name.as_str().into())]);
                    state.list.update(|l| l.push(added));
                    open.set(false);
                    state.done.set(Some(Notice::new(t(k::PASSKEYS_ADDED_TITLE), body)));
                    focus_selector("#passkeys-title");
                }
                Err(Failure::Cancelled | Failure::Aborted) => quiet(t(k::PASSKEYS_CANCELLED)),
                Err(Failure::OnThisDevice) => quiet(t(k::PASSKEYS_ON_DEVICE)),
                Err(Failure::Browser) => quiet(t(k::PASSKEYS_BROWSER)),
                Err(Failure::Api(e)) => match e.code() {
                    Some(ProblemCode::ReauthenticationRequired) => {
                        confirming.set(true);
                        focus_selector("#passkey-password");
                    }
                    Some(ProblemCode::InvalidCredentials) if confirming.get_untracked() => {
                        password_error.set(Some(t(k::REGISTER_REAUTH_WRONG).to_owned()));
                        focus_selector("#passkey-password");
                    }
                    // Refused: the server's words.
                    _ => fail(ctx, state.error, &e),
                },
            }
        });
    };
    view! {
        {move || {
            if open.get() {
                view! {
                    <form class="passkey-form" on:submit=create novalidate>
                        <Field id="passkey-name" label=t(k::PASSKEYS_NAME) value=name error=field_error
                            hint=t(k::PASSKEYS_NAME_HINT) />
                        {move || confirming.get().then(|| view! {
                            <Field id="passkey-password" label=t(k::REGISTER_REAUTH_PASSWORD) value=password
                                kind="password" autocomplete="current-password" error=password_error
                                hint=t(k::PASSKEYS_CONFIRM_HINT) />
                        })}
                        <div class="buttons">
                            <button type="submit" class="primary" id="passkey-create" disabled=move || busy.get()>
                                {t(k::PASSKEYS_CREATE)}
                            </button>
                            <button type="button" class="link" disabled=move || busy.get() on:click=move |_| open.set(false)>
                                {t(k::PASSKEYS_CANCEL)}
                            </button>
                        </div>
                    </form>
                }
                .into_any()
            } else {
                view! {
                    <button type="button" class="secondary" id="passkey-add" on:click=start>{t(k::PASSKEYS_ADD)}</button>
                }
                .into_any()
            }
        }}
        <p class="hint" id="passkeys-status" role="status">{move || status.get()}</p>
    }
}

/// A first name for a new passkey: the browser and system it is made on
/// ("Chrome on Windows"), or "Passkey 3" when they cannot be told or the
/// name is taken already.
pub(crate) fn default_name(held: &[PasskeyView]) -> String {
    let agent = web_sys::window().and_then(|w| w.navigator().user_agent().ok()).unwrap_or_default();
    // Product names, the same in every language; the first found names it.
    let browsers = [
        ("Edg/", "Edge"),        // not words: product names
        ("OPR/", "Opera"),       // not words: product names
        ("Firefox/", "Firefox"), // not words: product names
        ("Chrome/", "Chrome"),   // not words: product names
        ("Safari/", "Safari"),   // not words: product names
    ];
    let systems = [
        ("iPhone", "iPhone"),
        ("iPad", "iPad"),
        ("Android", "Android"), // not words: product names
        ("CrOS", "ChromeOS"),   // not words: product names
        ("Mac OS X", "macOS"),  // not words: product names
        ("Windows", "Windows"), // not words: product names
        ("Linux", "Linux"),     // not words: product names
    ];
    let found = |table: &[(&'static str, &'static str)]| {
        table.iter().find(|(mark, _)| agent.contains(mark)).map(|(_, name)| *name)
    };
    let named = match (found(&browsers), found(&systems)) {
        (Some(browser), Some(system)) => {
            Some(tf(k::PASSKEYS_DEFAULT_NAME, &[("browser", browser.into()), ("system", system.into())]))
        }
        _ => None,
    };
    match named {
        Some(name) if !held.iter().any(|p| p.name == name) => name,
        _ => tf(k::PASSKEYS_NUMBERED, &[("number", (held.len() + 1).into())]),
    }
}

/// Where "Not now" to the offer is kept on this browser, per user.
fn later_key(user_id: &str) -> String {
    format!("latchkey.passkey-offer.later.{user_id}") // not words: a storage key
}

/// Set by a reset's last page to the username it reset: that user's next
/// sign-in here offers a passkey again, whatever they said before.
const AGAIN_KEY: &str = "latchkey.passkey-offer.again"; // not words: a storage key

fn storage() -> Option<web_sys::Storage> {
    web_sys::window().and_then(|w| w.local_storage().ok().flatten())
}

/// A reset of `username`'s password has just succeeded: the account page
/// offers them a passkey at their next sign-in here.
pub(crate) fn offer_again(username: &str) {
    if let Some(storage) = storage() {
        let _ = storage.set_item(AGAIN_KEY, &username.trim().to_lowercase());
    }
}

/// Whether `user` said "Not now" on this browser since their last reset
/// here. A reset's "again" is spent by reading it.
fn said_not_now(user: &SessionUser) -> bool {
    let Some(storage) = storage() else { return false };
    let key = later_key(&user.id);
    let again = storage.get_item(AGAIN_KEY).ok().flatten();
    if again.is_some_and(|name| name == user.username.to_lowercase()) {
        let _ = storage.remove_item(AGAIN_KEY);
        let _ = storage.remove_item(&key);
        return false;
    }
    storage.get_item(&key).ok().flatten().is_some()
}

/// "Create a passkey": the account page's one-tap offer to a user who holds
/// none, in a browser that can make one. The passkey is named after the
/// device; "Not now" hides the offer for this user on this browser until
/// their next reset. A sign-in too old to add one without the password
/// hands over to the section's own form, which asks for it.
#[component]
pub fn PasskeyOffer(
    user: SessionUser,
    held: Held,
    /// Where the page says a passkey was added.
    done: RwSignal<Option<Notice>>,
) -> impl IntoView {
    let ctx = expect_context::<Ctx>();
    // Gone for this visit (not now, or handed over to the section).
    let hidden = RwSignal::new(said_not_now(&user));
    let shown = Memo::new(move |_| {
        held.loaded.get() && !hidden.get() && held.list.with(Vec::is_empty) && passkey::supported()
    });
    let busy = RwSignal::new(false);
    let status = RwSignal::new(None::<String>);
    let error = RwSignal::new(None::<Notice>);
    let user_id = StoredValue::new(user.id);
    let create = move |_| {
        let Some(token) = token(ctx) else { return };
        if busy.get_untracked() {
            return;
        }
        busy.set(true);
        error.set(None);
        status.set(Some(t(k::PASSKEYS_CREATING).to_owned()));
        let name = default_name(&held.list.get_untracked());
        spawn_local(async move {
            // A fresh sign-in is recent: no password is needed.
            let made = passkey::register(&token, None, &name).await;
            busy.set(false);
            status.set(None);
            let quiet = |words: &str| status.set(Some(words.to_owned()));
            match made {
                Ok(added) => {
                    let body = tf(k::PASSKEYS_ADDED_BODY, &[("name", added.name.as_str().into())]);
                    // The offer goes, and the section lists the new passkey.
                    held.list.update(|l| l.push(added));
                    done.set(Some(Notice::new(t(k::PASSKEYS_ADDED_TITLE), body)));
                    focus_selector("#passkeys-title");
                }
                Err(Failure::Cancelled | Failure::Aborted) => quiet(t(k::PASSKEYS_CANCELLED)),
                Err(Failure::OnThisDevice) => quiet(t(k::PASSKEYS_ON_DEVICE)),
                Err(Failure::Browser) => quiet(t(k::PASSKEYS_BROWSER)),
                Err(Failure::Api(e)) if e.code() == Some(ProblemCode::ReauthenticationRequired) => {
                    hidden.set(true);
                    held.add_with_password.set(true);
                }
                Err(Failure::Api(e)) => fail(ctx, error, &e),
            }
        });
    };
    let later = move |_| {
        if let Some(storage) = storage() {
            let _ = storage.set_item(&later_key(&user_id.get_value()), "1");
        }
        hidden.set(true);
        focus_selector("#page-title");
    };
    move || {
        shown.get().then(|| {
            view! {
                <section class="offer" id="passkey-offer" aria-labelledby="passkey-offer-title">
                    <h2 id="passkey-offer-title">{t(k::PASSKEYS_OFFER_TITLE)}</h2>
                    <p>{t(k::PASSKEYS_OFFER_BODY)}</p>
                    <NoticeBox notice=error />
                    <div class="buttons">
                        <button type="button" class="primary" id="passkey-offer-create" disabled=move || busy.get()
                            on:click=create>
                            {t(k::PASSKEYS_OFFER_CREATE)}
                        </button>
                        <button type="button" class="link" id="passkey-offer-later" disabled=move || busy.get()
                            on:click=later>
                            {t(k::PASSKEYS_OFFER_LATER)}
                        </button>
                    </div>
                    <p class="hint" id="passkey-offer-status" role="status">{move || status.get()}</p>
                </section>
            }
        })
    }
}
