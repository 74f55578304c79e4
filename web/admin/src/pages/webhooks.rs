//! Webhooks: Latchkey posts the events an administrator chooses to an
//! endpoint of another system, signed as Standard Webhooks sign them. The
//! subscriptions are listed with their state; the one named in the address
//! (`/admin/webhooks/{id}`) is open under the list with its settings, its
//! actions and its delivery log, where a delivered or failed event can be
//! sent again. A signing secret is shown once, when it is made or rotated; a
//! rotation keeps the previous secret signing beside the new one for a while,
//! so the receiver can move over without missing a delivery.

use latchkey_dto::{
    CreateWebhookRequest, EditWebhookRequest, WebhookDeliveryInfo, WebhookInfo, WebhookList, WebhookSecret,
};
use latchkey_web::field::Field;
use latchkey_web::i18n::{Key, number, t, tf};
use latchkey_web::time::local_date_time;
use leptos::ev::SubmitEvent;
use leptos::prelude::*;
use leptos::task::spawn_local;

use crate::api::{self, ApiError};
use crate::app::Ctx;
use crate::k;
use crate::route::Route;
use crate::ui::{ConfirmButton, CopyButton, Notice, NoticeBox, focus_by_id, when};

/// The event type that stands for every one, those added later too.
const EVERY_EVENT: &str = "*";

fn every_event(events: &[String]) -> bool {
    events.iter().any(|e| e == EVERY_EVENT)
}

/// A subscription's state in words, and its badge's tone (admin.css).
fn state_badge(state: &str) -> (String, &'static str) {
    let (words, class) = match state {
        "active" => (t(k::WEBHOOKS_STATE_ACTIVE), "ok"),
        "failing" => (t(k::WEBHOOKS_STATE_FAILING), "bad"),
        "paused" => (t(k::WEBHOOKS_STATE_PAUSED), "warn"),
        // A state this console does not know yet: shown as the server names it.
        other => (other, ""),
    };
    (words.to_owned(), class)
}

/// Since when a subscription has been in its state, when that says something.
fn state_since(w: &WebhookInfo) -> Option<String> {
    match (w.state.as_str(), w.paused_at, w.failing_since) {
        ("paused", Some(at), Some(since)) => Some(tf(
            k::WEBHOOKS_PAUSED_AFTER_FAILING,
            &[("at", local_date_time(&at).into()), ("since", local_date_time(&since).into())],
        )),
        ("paused", Some(at), None) => Some(tf(k::WEBHOOKS_PAUSED_AT, &[("at", local_date_time(&at).into())])),
        ("failing", _, Some(since)) => {
            Some(tf(k::WEBHOOKS_FAILING_SINCE, &[("since", local_date_time(&since).into())]))
        }
        _ => None,
    }
}

/// The event types a subscription sends: "All events", or each type as the
/// receiver will see it.
fn events_view(events: &[String]) -> AnyView {
    if every_event(events) {
        view! { <span>{t(k::WEBHOOKS_ALL_EVENTS)}</span> }.into_any()
    } else {
        let items = events.iter().map(|e| view! { <li><code>{e.clone()}</code></li> }).collect_view();
        view! { <ul class="plain event-list">{items}</ul> }.into_any()
    }
}

/// The state of the screen every part acts on; every field is a `Copy` handle.
#[derive(Clone, Copy)]
struct Screen {
    ctx: Ctx,
    list: LocalResource<Result<WebhookList, ApiError>>,
    /// The secret just made or rotated, shown until dismissed.
    shown: RwSignal<Option<WebhookSecret>>,
    /// The subscription open under the list, by id.
    selected: RwSignal<Option<String>>,
    /// What the list and the new-webhook form say, at the top.
    done: RwSignal<Option<Notice>>,
    error: RwSignal<Option<Notice>>,
    /// What became of an action on the open subscription, said beside it.
    detail_done: RwSignal<Option<Notice>>,
    detail_error: RwSignal<Option<Notice>>,
    /// An action on the open subscription is on its way: its buttons wait.
    acting: RwSignal<bool>,
    /// Every event type a subscription may name. Kept apart from the list,
    /// so a form keeps what was typed when the list is read again.
    event_types: RwSignal<Vec<String>>,
}

impl Screen {
    /// Shows a secret once and moves the reader to it.
    fn show(self, secret: WebhookSecret) {
        self.shown.set(Some(secret));
        self.list.refetch();
        request_animation_frame(|| focus_by_id("webhook-secret-title"));
    }

    /// Says what an action on the open subscription did, beside it.
    fn said(self, title: &'static str, body: String) {
        self.detail_error.set(None);
        self.detail_done.set(Some(Notice::new(title, body)));
    }

    /// Pauses (`true`) or resumes the subscription.
    fn pause(self, w: &WebhookInfo, paused: bool) {
        let Some(token) = self.ctx.token() else { return };
        if self.acting.get_untracked() {
            return;
        }
        self.acting.set(true);
        let (id, url) = (w.id.clone(), w.url.clone());
        let body = EditWebhookRequest { paused: Some(paused), ..EditWebhookRequest::default() };
        spawn_local(async move {
            match api::edit_webhook(&token, &id, &body).await {
                Ok(_) if paused => self
                    .said(t(k::WEBHOOKS_PAUSED_TITLE), tf(k::WEBHOOKS_PAUSED_BODY, &[("url", url.into())])),
                Ok(_) => self
                    .said(t(k::WEBHOOKS_RESUMED_TITLE), tf(k::WEBHOOKS_RESUMED_BODY, &[("url", url.into())])),
                Err(e) => self.ctx.failed(&e, self.detail_error),
            }
            self.acting.set(false);
            self.list.refetch();
        });
    }

    fn rotate(self, id: String) {
        let Some(token) = self.ctx.token() else { return };
        if self.acting.get_untracked() {
            return;
        }
        self.acting.set(true);
        spawn_local(async move {
            match api::rotate_webhook(&token, &id).await {
                Ok(secret) => {
                    self.detail_done.set(None);
                    self.show(secret);
                }
                Err(e) => self.ctx.failed(&e, self.detail_error),
            }
            self.acting.set(false);
        });
    }

    fn delete(self, id: String, url: String) {
        let Some(token) = self.ctx.token() else { return };
        if self.acting.get_untracked() {
            return;
        }
        self.acting.set(true);
        spawn_local(async move {
            match api::delete_webhook(&token, &id).await {
                Ok(()) => {
                    // Said at the top: the open subscription's part goes with it.
                    self.error.set(None);
                    self.done.set(Some(Notice::new(
                        t(k::WEBHOOKS_DELETED_TITLE),
                        tf(k::WEBHOOKS_DELETED_BODY, &[("url", url.into())]),
                    )));
                    self.selected.set(None);
                    request_animation_frame(|| focus_by_id("page-title"));
                }
                Err(e) => self.ctx.failed(&e, self.detail_error),
            }
            self.acting.set(false);
            self.list.refetch();
        });
    }
}

/// The subscriptions, with the one named in the address open under the
/// list; opening another puts its id in the address, so it can be linked
/// to, reloaded and reached with the back button.
#[component]
pub fn Webhooks(open: Option<String>) -> impl IntoView {
    let ctx = expect_context::<Ctx>();
    let list = LocalResource::new(move || {
        let token = ctx.token();
        async move { api::webhooks(&token.ok_or(ApiError::Network)?).await }
    });
    let screen = Screen {
        ctx,
        list,
        shown: RwSignal::new(None),
        selected: RwSignal::new(open),
        done: RwSignal::new(None),
        error: RwSignal::new(None),
        detail_done: RwSignal::new(None),
        detail_error: RwSignal::new(None),
        acting: RwSignal::new(false),
        event_types: RwSignal::new(Vec::new()),
    };
    let selected = screen.selected;
    Effect::new(move |before: Option<Option<String>>| {
        let now = selected.get();
        // The first run is the address itself; later ones record the change.
        if before.is_some_and(|b| b != now) {
            // What was said of the one open before is not said of the next.
            screen.detail_done.set(None);
            screen.detail_error.set(None);
            latchkey_web::nav::push(&latchkey_web::nav::Page::path(
                &now.clone().map_or(Route::Webhooks, Route::Webhook),
            ));
        }
        now
    });
    Effect::new(move || match list.get() {
        Some(Ok(l)) => screen.event_types.set(l.event_types),
        Some(Err(e)) => ctx.failed(&e, screen.error),
        None => {}
    });
    view! {
        <section class="card wide">
            <h1 id="page-title" tabindex="-1">{t(k::WEBHOOKS_TITLE)}</h1>
            <p class="lead">{t(k::WEBHOOKS_LEAD)}</p>
            <NoticeBox notice=screen.done tone="success" />
            <NoticeBox notice=screen.error />
            <ShownSecret shown=screen.shown />
            <Suspense fallback=|| view! { <p class="loading" role="status">{t(k::WEBHOOKS_LOADING)}</p> }>
                {move || list.get().and_then(Result::ok).map(|l| {
                    if l.webhooks.is_empty() {
                        view! { <p id="webhooks-none">{t(k::WEBHOOKS_NONE)}</p> }.into_any()
                    } else {
                        view! { <WebhookTable webhooks=l.webhooks selected /> }.into_any()
                    }
                })}
            </Suspense>
        </section>
        {move || selected.get().map(|id| view! { <Detail id screen /> })}
        <section class="card wide" aria-labelledby="new-webhook-title">
            <h2 id="new-webhook-title">{t(k::WEBHOOKS_NEW_TITLE)}</h2>
            <WebhookForm current=None event_types=screen.event_types saved=Callback::new(move |saved| {
                if let Saved::Made(secret) = saved {
                    screen.done.set(None);
                    screen.show(secret);
                }
            }) />
        </section>
    }
}

/// A signing secret, shown this once, with how a receiver checks deliveries with it.
#[component]
fn ShownSecret(shown: RwSignal<Option<WebhookSecret>>) -> impl IntoView {
    move || {
        shown.get().map(|s| {
            let secret = s.secret.expose().to_owned();
            let rotated = s.webhook.previous_secret_works_until.map(|until| {
                tf(k::WEBHOOKS_PREVIOUS_SIGNS_UNTIL, &[("until", local_date_time(&until).into())])
            });
            view! {
                <div class="secret-panel webhook-secret" role="region" aria-labelledby="webhook-secret-title">
                    <h3 id="webhook-secret-title" tabindex="-1">
                        {tf(k::WEBHOOKS_SECRET_OF, &[("url", s.webhook.url.into())])}
                    </h3>
                    <p class="warning">{t(k::WEBHOOKS_SHOWN_ONCE)}</p>
                    <p><code id="webhook-secret" class="secret">{secret.clone()}</code></p>
                    <div class="copy-row">
                        <CopyButton text=secret label=t(k::WEBHOOKS_COPY_SECRET) id="copy-webhook-secret" />
                    </div>
                    {rotated.map(|r| view! { <p id="webhook-previous-secret">{r}</p> })}
                    <p class="hint">{t(k::WEBHOOKS_VERIFY_HINT)}</p>
                    <button type="button" class="primary" id="dismiss-webhook-secret"
                        on:click=move |_| shown.set(None)>{t(k::WEBHOOKS_STORED)}</button>
                </div>
            }
        })
    }
}

#[component]
fn WebhookTable(webhooks: Vec<WebhookInfo>, selected: RwSignal<Option<String>>) -> impl IntoView {
    let rows = webhooks
        .into_iter()
        .map(|w| {
            let (words, class) = state_badge(&w.state);
            let since = state_since(&w);
            let id = w.id.clone();
            let current = {
                let id = w.id.clone();
                move || selected.with(|s| s.as_deref() == Some(id.as_str()))
            };
            view! {
                <tr class:picked=current>
                    <td>
                        <button type="button" class="link endpoint" aria-label=tf(k::WEBHOOKS_OPEN, &[("url", (&w.url).into())])
                            on:click=move |_| {
                                selected.set(Some(id.clone()));
                                request_animation_frame(|| focus_by_id("webhook-title"));
                            }>{w.url.clone()}</button>
                        {w.description.clone().map(|d| view! { <span class="username">{d}</span> })}
                    </td>
                    <td>{events_view(&w.events)}</td>
                    <td>
                        <span class=format!("badge {class}")>{words}</span>
                        {since.map(|s| view! { <span class="username">{s}</span> })}
                    </td>
                </tr>
            }
        })
        .collect_view();
    view! {
        <div class="table-wrap" tabindex="0" role="region" aria-label=t(k::WEBHOOKS_TITLE)>
            <table class="webhooks">
                <thead><tr>
                    <th scope="col">{t(k::WEBHOOKS_ENDPOINT)}</th>
                    <th scope="col">{t(k::WEBHOOKS_EVENTS)}</th>
                    <th scope="col">{t(k::WEBHOOKS_STATE)}</th>
                </tr></thead>
                <tbody>{rows}</tbody>
            </table>
        </div>
    }
}

/// One subscription: its settings and actions (or the form that edits
/// them), then its delivery log.
#[component]
fn Detail(id: String, screen: Screen) -> impl IntoView {
    let editing = RwSignal::new(None::<WebhookInfo>);
    let find = {
        let id = id.clone();
        move || screen.list.get().and_then(Result::ok).map(|l| l.webhooks.into_iter().find(|w| w.id == id))
    };
    // The log is shown once the subscription is known to exist, and kept
    // (its page and cursor) while the list is read again.
    let exists = Memo::new({
        let find = find.clone();
        move |_| find().flatten().is_some()
    });
    let close = move |_| {
        screen.selected.set(None);
        request_animation_frame(|| focus_by_id("page-title"));
    };
    view! {
        <section class="card wide webhook" aria-labelledby="webhook-title">
            <NoticeBox notice=screen.detail_done tone="success" />
            <NoticeBox notice=screen.detail_error />
            {move || match editing.get() {
                Some(w) => view! {
                    <h2 id="webhook-title" tabindex="-1">{t(k::WEBHOOKS_EDIT_TITLE)}</h2>
                    <WebhookForm current=Some(w) event_types=screen.event_types saved=Callback::new(move |saved| {
                        editing.set(None);
                        if let Saved::Changed(w) = saved {
                            screen.said(t(k::UI_SAVED), tf(k::WEBHOOKS_SAVED_BODY, &[("url", w.url.into())]));
                            screen.list.refetch();
                        }
                        request_animation_frame(|| focus_by_id("webhook-title"));
                    }) />
                }
                .into_any(),
                None => match find() {
                    Some(Some(w)) => view! { <Facts w screen editing /> }.into_any(),
                    Some(None) => view! {
                        <h2 id="webhook-title" tabindex="-1">{t(k::WEBHOOKS_GONE)}</h2>
                    }
                    .into_any(),
                    None => view! { <p class="loading" role="status">{t(k::WEBHOOKS_LOADING)}</p> }.into_any(),
                },
            }}
            {move || exists.get().then(|| view! { <DeliveryLog id=id.clone() /> })}
            <button type="button" class="link close-detail" id="close-webhook" on:click=close>{t(k::WEBHOOKS_CLOSE)}</button>
        </section>
    }
}

/// A subscription's settings as facts, and what can be done to it.
#[component]
fn Facts(w: WebhookInfo, screen: Screen, editing: RwSignal<Option<WebhookInfo>>) -> impl IntoView {
    let (words, class) = state_badge(&w.state);
    let since = state_since(&w);
    let made = local_date_time(&w.secret_created_at);
    let secret = match w.previous_secret_works_until {
        Some(until) => tf(
            k::WEBHOOKS_SECRET_MADE_ROTATED,
            &[("made", made.into()), ("until", local_date_time(&until).into())],
        ),
        None => tf(k::WEBHOOKS_SECRET_MADE, &[("made", made.into())]),
    };
    let paused = w.state == "paused";
    let w = StoredValue::new(w);
    let (id, url) = w.with_value(|w| (w.id.clone(), w.url.clone()));
    let rotate_id = id.clone();
    view! {
        <h2 id="webhook-title" tabindex="-1" class="endpoint-title">{url.clone()}</h2>
        <dl class="facts">
            {w.with_value(|w| w.description.clone()).map(|d| view! {
                <dt>{t(k::WEBHOOKS_DESCRIPTION)}</dt><dd>{d}</dd>
            })}
            <dt>{t(k::WEBHOOKS_EVENTS)}</dt><dd>{w.with_value(|w| events_view(&w.events))}</dd>
            <dt>{t(k::WEBHOOKS_STATE)}</dt>
            <dd id="webhook-state"><span class=format!("badge {class}")>{words}</span>" "{since}</dd>
            <dt>{t(k::WEBHOOKS_CREATED)}</dt><dd>{w.with_value(|w| local_date_time(&w.created_at))}</dd>
            <dt>{t(k::WEBHOOKS_SECRET)}</dt><dd id="webhook-secret-made">{secret}</dd>
            <dt>{t(k::WEBHOOKS_ID)}</dt><dd><code>{id.clone()}</code></dd>
        </dl>
        <div class="webhook-actions">
            <button type="button" class="secondary" id="edit-webhook"
                on:click=move |_| {
                    editing.set(Some(w.get_value()));
                    request_animation_frame(|| focus_by_id("webhook-title"));
                }>{t(k::WEBHOOKS_EDIT)}</button>
            <button type="button" class="secondary" id="pause-webhook" aria-describedby="pause-webhook-hint"
                disabled=move || screen.acting.get() on:click=move |_| w.with_value(|w| screen.pause(w, !paused))>
                {move || match (paused, screen.acting.get()) {
                    (true, false) => t(k::WEBHOOKS_RESUME),
                    (false, false) => t(k::WEBHOOKS_PAUSE),
                    (true, true) => t(k::WEBHOOKS_RESUMING),
                    (false, true) => t(k::WEBHOOKS_PAUSING),
                }}
            </button>
            <ConfirmButton label=t(k::WEBHOOKS_ROTATE) id="rotate-webhook-secret".to_owned() busy=screen.acting.into()
                warning=t(k::WEBHOOKS_ROTATE_WARNING).to_owned()
                confirm=t(k::WEBHOOKS_ROTATE_CONFIRM)
                on_confirm=Callback::new(move |()| screen.rotate(rotate_id.clone())) />
            <ConfirmButton label=t(k::WEBHOOKS_DELETE) id="delete-webhook".to_owned() busy=screen.acting.into()
                warning=tf(k::WEBHOOKS_DELETE_WARNING, &[("url", (&url).into())])
                confirm=t(k::WEBHOOKS_DELETE_CONFIRM)
                on_confirm=Callback::new(move |()| screen.delete(id.clone(), url.clone())) />
        </div>
        <p class="hint" id="pause-webhook-hint">
            {if paused { t(k::WEBHOOKS_RESUME_HINT) } else { t(k::WEBHOOKS_PAUSE_HINT) }}
        </p>
    }
}

/// What a form's save led to.
#[derive(Clone)]
enum Saved {
    /// A new subscription, with its secret to show once.
    Made(WebhookSecret),
    Changed(WebhookInfo),
    /// The edit was given up.
    Cancelled,
}

/// The form's fields and their own errors; every field is a `Copy` handle.
#[derive(Clone, Copy)]
struct Form {
    url: RwSignal<String>,
    description: RwSignal<String>,
    /// Every event, those added later too.
    all: RwSignal<bool>,
    /// The event types ticked (when not all).
    picked: RwSignal<Vec<String>>,
    url_error: RwSignal<Option<String>>,
    description_error: RwSignal<Option<String>>,
    events_error: RwSignal<Option<String>>,
    busy: RwSignal<bool>,
}

impl Form {
    fn new(current: Option<&WebhookInfo>) -> Self {
        Form {
            url: RwSignal::new(current.map(|w| w.url.clone()).unwrap_or_default()),
            description: RwSignal::new(current.and_then(|w| w.description.clone()).unwrap_or_default()),
            all: RwSignal::new(current.is_some_and(|w| every_event(&w.events))),
            picked: RwSignal::new(
                current
                    .map(|w| w.events.iter().filter(|e| *e != EVERY_EVENT).cloned().collect())
                    .unwrap_or_default(),
            ),
            url_error: RwSignal::new(None),
            description_error: RwSignal::new(None),
            events_error: RwSignal::new(None),
            busy: RwSignal::new(false),
        }
    }

    /// The form's values, or `None` after saying next to a field what is missing.
    fn read(self) -> Option<(String, Vec<String>, String)> {
        for e in [self.url_error, self.description_error, self.events_error] {
            e.set(None);
        }
        let url = self.url.get_untracked().trim().to_owned();
        let events =
            if self.all.get_untracked() { vec![EVERY_EVENT.to_owned()] } else { self.picked.get_untracked() };
        if url.is_empty() {
            self.url_error.set(Some(t(k::WEBHOOKS_URL_REQUIRED).to_owned()));
        }
        if events.is_empty() {
            self.events_error.set(Some(t(k::WEBHOOKS_EVENTS_REQUIRED).to_owned()));
        }
        (!url.is_empty() && !events.is_empty())
            .then(|| (url, events, self.description.get_untracked().trim().to_owned()))
    }

    /// Puts a refusal next to its field; false when it names none of them.
    fn field_error(self, e: &ApiError) -> bool {
        let Some((field, detail)) = e.problem().and_then(|p| p.field.clone().map(|f| (f, p.detail.clone())))
        else {
            return false;
        };
        let region = match field.as_str() {
            "url" => self.url_error,
            "description" => self.description_error,
            f if f.starts_with("events") => self.events_error,
            _ => return false,
        };
        region.set(Some(detail));
        true
    }
}

/// The ids of a form's fields: the new-webhook form and the edit form can be
/// on the screen together.
struct Ids {
    url: &'static str,
    description: &'static str,
    events: &'static str,
}

const NEW_IDS: Ids = Ids { url: "webhook-url", description: "webhook-description", events: "webhook-events" };
const EDIT_IDS: Ids =
    Ids { url: "edit-webhook-url", description: "edit-webhook-description", events: "edit-webhook-events" };

/// A new subscription (`current` is `None`) or a change to one: its address,
/// a description, and the events it sends.
#[component]
fn WebhookForm(
    current: Option<WebhookInfo>,
    event_types: RwSignal<Vec<String>>,
    saved: Callback<Saved>,
) -> impl IntoView {
    let ctx = expect_context::<Ctx>();
    let form = Form::new(current.as_ref());
    let error = RwSignal::new(None);
    let editing = current.as_ref().map(|w| w.id.clone());
    let ids = if editing.is_some() { &EDIT_IDS } else { &NEW_IDS };
    let (idle, working): (Key, Key) = if editing.is_some() {
        (k::WEBHOOKS_SAVE, k::UI_SAVING)
    } else {
        (k::WEBHOOKS_CREATE, k::WEBHOOKS_CREATING)
    };
    let submit = move |ev: SubmitEvent| {
        ev.prevent_default();
        error.set(None);
        let Some((url, events, description)) = form.read() else { return };
        let Some(token) = ctx.token() else { return };
        if form.busy.get_untracked() {
            return;
        }
        form.busy.set(true);
        let editing = editing.clone();
        spawn_local(async move {
            let answer = match editing {
                Some(id) => {
                    // An empty description removes it.
                    let body = EditWebhookRequest {
                        url: Some(url),
                        events: Some(events),
                        description: Some(description),
                        paused: None,
                    };
                    api::edit_webhook(&token, &id, &body).await.map(Saved::Changed)
                }
                None => {
                    let description = (!description.is_empty()).then_some(description);
                    let body = CreateWebhookRequest { url, events, description };
                    api::create_webhook(&token, &body).await.map(Saved::Made)
                }
            };
            form.busy.set(false);
            match answer {
                Ok(done) => {
                    if matches!(done, Saved::Made(_)) {
                        form.url.set(String::new());
                        form.description.set(String::new());
                        form.picked.set(Vec::new());
                        form.all.set(false);
                    }
                    saved.run(done);
                }
                Err(e) if form.field_error(&e) => {}
                Err(e) => ctx.failed(&e, error),
            }
        });
    };
    view! {
        <NoticeBox notice=error />
        <form on:submit=submit novalidate class="webhook-form">
            <Field id=ids.url label=t(k::WEBHOOKS_URL) value=form.url error=form.url_error kind="url"
                inputmode="url" hint=t(k::WEBHOOKS_URL_HINT) />
            <Field id=ids.description label=t(k::WEBHOOKS_DESCRIPTION) value=form.description
                error=form.description_error hint=t(k::WEBHOOKS_DESCRIPTION_HINT) />
            <EventChoice id=ids.events form event_types />
            <div class="buttons">
                <button type="submit" class="primary" disabled=move || form.busy.get()>
                    {move || if form.busy.get() { t(working) } else { t(idle) }}
                </button>
                {current.is_some().then(|| view! {
                    <button type="button" class="secondary" on:click=move |_| saved.run(Saved::Cancelled)>
                        {t(k::UI_CANCEL)}
                    </button>
                })}
            </div>
        </form>
    }
}

/// All events, or only those ticked from the types the server offers.
#[component]
fn EventChoice(id: &'static str, form: Form, event_types: RwSignal<Vec<String>>) -> impl IntoView {
    let error_id = format!("{id}-error");
    let (all_id, some_id) = (format!("{id}-all"), format!("{id}-some"));
    let boxes = move || {
        let types = event_types.get();
        if types.is_empty() {
            return view! { <p class="loading" role="status">{t(k::WEBHOOKS_EVENTS_LOADING)}</p> }.into_any();
        }
        types
            .into_iter()
            .map(|e| {
                let box_id = format!("{id}-{e}");
                let ticked = {
                    let e = e.clone();
                    move || form.picked.with(|p| p.contains(&e))
                };
                let name = e.clone();
                view! {
                    <div class="field check">
                        <input type="checkbox" id=box_id.clone() prop:checked=ticked
                            on:change=move |ev| {
                                let on = event_target_checked(&ev);
                                form.picked.update(|p| {
                                    p.retain(|x| *x != name);
                                    if on {
                                        p.push(name.clone());
                                    }
                                });
                            } />
                        <label for=box_id><code>{e}</code></label>
                    </div>
                }
            })
            .collect_view()
            .into_any()
    };
    view! {
        <fieldset id=id aria-describedby=error_id.clone()>
            <legend>{t(k::WEBHOOKS_EVENTS_LEGEND)}</legend>
            <div class="field check">
                <input type="radio" id=all_id.clone() name=id prop:checked=move || form.all.get()
                    on:change=move |_| form.all.set(true) />
                <label for=all_id>{t(k::WEBHOOKS_EVENTS_ALL)}</label>
            </div>
            <div class="field check">
                <input type="radio" id=some_id.clone() name=id prop:checked=move || !form.all.get()
                    on:change=move |_| form.all.set(false) />
                <label for=some_id>{t(k::WEBHOOKS_EVENTS_SOME)}</label>
            </div>
            <Show when=move || !form.all.get()>
                <div class="event-types">{boxes}</div>
            </Show>
            <p class="field-error" id=error_id.clone()>{move || form.events_error.get()}</p>
        </fieldset>
    }
}

/// A delivery's state in words, and its badge's tone.
fn delivery_badge(state: &str) -> (String, &'static str) {
    let (words, class) = match state {
        "delivered" => (t(k::WEBHOOKS_DELIVERY_DELIVERED), "ok"),
        "pending" => (t(k::WEBHOOKS_DELIVERY_PENDING), "warn"),
        "failed" => (t(k::WEBHOOKS_DELIVERY_FAILED), "bad"),
        other => (other, ""),
    };
    (words.to_owned(), class)
}

/// The subscription's deliveries, newest first, a page at a time, with a
/// refresh and, on a delivered or failed one, "Redeliver".
#[component]
fn DeliveryLog(id: String) -> impl IntoView {
    let ctx = expect_context::<Ctx>();
    let id = StoredValue::new(id);
    let cursor = RwSignal::new(None::<String>);
    let previous = RwSignal::new(Vec::<Option<String>>::new());
    let refreshing = RwSignal::new(false);
    let error = RwSignal::new(None);
    let done = RwSignal::new(None);
    let page = LocalResource::new(move || {
        let token = ctx.token();
        let cursor = cursor.get();
        let id = id.get_value();
        async move { api::webhook_deliveries(&token.ok_or(ApiError::Network)?, &id, cursor.as_deref()).await }
    });
    Effect::new(move || {
        if let Some(Err(e)) = page.get() {
            ctx.failed(&e, error);
        }
    });
    // The delivery being sent again, by id, while its call is on its way.
    let sending = RwSignal::new(None::<String>);
    let redeliver = Callback::new(move |delivery: String| {
        let Some(token) = ctx.token() else { return };
        sending.set(Some(delivery.clone()));
        error.set(None);
        done.set(None);
        spawn_local(async move {
            match api::redeliver(&token, &id.get_value(), &delivery).await {
                Ok(_) => {
                    done.set(Some(Notice::new(
                        t(k::WEBHOOKS_REDELIVERED_TITLE),
                        t(k::WEBHOOKS_REDELIVERED_BODY),
                    )));
                    page.refetch();
                }
                Err(e) => ctx.failed(&e, error),
            }
            sending.set(None);
        });
    });
    view! {
        <section class="delivery-log" aria-labelledby="deliveries-title" aria-busy=move || refreshing.get().to_string()>
            <div class="title-row">
                <h3 id="deliveries-title">{t(k::WEBHOOKS_DELIVERIES)}</h3>
                <button type="button" class="secondary" id="refresh-deliveries" disabled=move || refreshing.get()
                    on:click=move |_| {
                        done.set(None);
                        error.set(None);
                        page.refetch();
                    }>
                    {move || if refreshing.get() { t(k::WEBHOOKS_REFRESHING) } else { t(k::WEBHOOKS_REFRESH) }}
                </button>
            </div>
            <NoticeBox notice=done tone="success" />
            <NoticeBox notice=error />
            <Transition fallback=|| view! { <p class="loading" role="status">{t(k::WEBHOOKS_DELIVERIES_LOADING)}</p> }
                set_pending=refreshing.write_only()>
                {move || page.get().and_then(Result::ok).map(|p| {
                    let next = p.next.clone();
                    let first = previous.with(Vec::is_empty);
                    view! {
                        {if p.deliveries.is_empty() {
                            view! { <p id="no-deliveries">{t(k::WEBHOOKS_NO_DELIVERIES)}</p> }.into_any()
                        } else {
                            view! {
                                <Summary deliveries=p.deliveries.clone() />
                                <DeliveryTable deliveries=p.deliveries sending redeliver />
                            }
                            .into_any()
                        }}
                        {(!first || next.is_some()).then(|| view! {
                            <nav class="pager" aria-label=t(k::WEBHOOKS_PAGES)>
                                <button type="button" class="secondary" disabled=first
                                    on:click=move |_| {
                                        let mut stack = previous.get_untracked();
                                        if let Some(before) = stack.pop() {
                                            previous.set(stack);
                                            cursor.set(before);
                                        }
                                    }>{t(k::WEBHOOKS_NEWER)}</button>
                                <button type="button" class="secondary" disabled=next.is_none()
                                    on:click=move |_| if let Some(n) = next.clone() {
                                        previous.update(|p| p.push(cursor.get_untracked()));
                                        cursor.set(Some(n));
                                    }>{t(k::WEBHOOKS_OLDER)}</button>
                            </nav>
                        })}
                    }
                })}
            </Transition>
        </section>
    }
}

#[component]
fn DeliveryTable(
    deliveries: Vec<WebhookDeliveryInfo>,
    /// The delivery being sent again, if any.
    sending: RwSignal<Option<String>>,
    /// Sends the delivery with this id again.
    redeliver: Callback<String>,
) -> impl IntoView {
    let dash = || "—".to_owned();
    let rows = deliveries
        .into_iter()
        .map(|d| {
            let (words, class) = delivery_badge(&d.state);
            let again = (d.state == "delivered" || d.state == "failed").then(|| {
                let (id, busy_id) = (d.id.clone(), d.id.clone());
                let busy = Signal::derive(move || sending.with(|s| s.as_deref() == Some(busy_id.as_str())));
                view! {
                    <button type="button" class="secondary redeliver" disabled=busy
                        on:click=move |_| redeliver.run(id.clone())>
                        {move || if busy.get() { t(k::WEBHOOKS_REDELIVERING) } else { t(k::WEBHOOKS_REDELIVER) }}
                    </button>
                }
            });
            view! {
                <tr data-state=d.state.clone()>
                    <td>{local_date_time(&d.first_at)}</td>
                    <td><code>{d.event_type.clone()}</code></td>
                    <td>
                        <span class=format!("badge {class}")>{words}</span>
                        {d.settled_at.map(|at| view! { <span class="username">{local_date_time(&at)}</span> })}
                    </td>
                    <td>{number(f64::from(d.attempts))}</td>
                    <td>{d.last_status.map_or_else(dash, |s| s.to_string())}</td>
                    <td class="last-error">{d.last_error.clone().unwrap_or_else(dash)}</td>
                    <td>{when(d.next_at)}</td>
                    <td>{again}</td>
                </tr>
            }
        })
        .collect_view();
    view! {
        <div class="table-wrap" tabindex="0" role="region" aria-label=t(k::WEBHOOKS_DELIVERIES)>
            <table class="deliveries">
                <thead><tr>
                    <th scope="col">{t(k::WEBHOOKS_COL_TIME)}</th>
                    <th scope="col">{t(k::WEBHOOKS_COL_EVENT)}</th>
                    <th scope="col">{t(k::WEBHOOKS_STATE)}</th>
                    <th scope="col">{t(k::WEBHOOKS_COL_ATTEMPTS)}</th>
                    <th scope="col">{t(k::WEBHOOKS_COL_LAST_STATUS)}</th>
                    <th scope="col">{t(k::WEBHOOKS_COL_LAST_ERROR)}</th>
                    <th scope="col">{t(k::WEBHOOKS_COL_NEXT_TRY)}</th>
                    <th scope="col"><span class="visually-hidden">{t(k::WEBHOOKS_COL_ACTIONS)}</span></th>
                </tr></thead>
                <tbody>{rows}</tbody>
            </table>
        </div>
    }
}

/// How the deliveries shown stand: one bar, delivered, pending and failed
/// in turn, with the counts in words beside it.
#[component]
fn Summary(deliveries: Vec<WebhookDeliveryInfo>) -> impl IntoView {
    let count = |state: &str| deliveries.iter().filter(|d| d.state == state).count() as u64;
    let parts = [
        (k::WEBHOOKS_DELIVERY_DELIVERED, "c0", count("delivered")),
        (k::WEBHOOKS_DELIVERY_PENDING, "c3", count("pending")),
        (k::WEBHOOKS_DELIVERY_FAILED, "c1", count("failed")),
    ];
    let summary = tf(
        k::WEBHOOKS_CHART_SUMMARY,
        &[("delivered", parts[0].2.into()), ("pending", parts[1].2.into()), ("failed", parts[2].2.into())],
    );
    // Whole SVG units: no float formatting in the bundle.
    let whole = parts.iter().map(|p| p.2).sum::<u64>().max(1);
    let mut before = 0u64;
    let bars = parts
        .iter()
        .filter(|p| p.2 > 0)
        .map(|(_, class, n)| {
            let x = before * 640 / whole;
            before += n;
            let width = before * 640 / whole - x;
            view! {
                <rect class=format!("chart-bar {class}") data-value=*n x=x.to_string() y="0"
                    width=width.to_string() height="16" />
            }
        })
        .collect_view();
    let legend = parts
        .into_iter()
        .map(|(name, class, n)| {
            view! {
                <li>
                    <svg class="swatch" viewBox="0 0 12 12" aria-hidden="true"><rect class=class width="12" height="12" /></svg>
                    {t(name)}" "<strong>{number(n as f64)}</strong>
                </li>
            }
        })
        .collect_view();
    view! {
        <figure class="chart delivery-chart" id="delivery-chart">
            <figcaption>{tf(k::WEBHOOKS_CHART_TITLE, &[("count", deliveries.len().into())])}</figcaption>
            <svg role="img" aria-label=summary viewBox="0 0 640 16" preserveAspectRatio="none">{bars}</svg>
            <ul class="legend">{legend}</ul>
        </figure>
    }
}
