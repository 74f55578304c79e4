//! API clients: the integrators' credentials for the REST API. Each is made
//! with the scopes it needs and its secret shown once; a rotation shows a
//! new secret and keeps the previous one working for a day, so the
//! integration can move over without an outage; a revocation stops the
//! client and every token it holds at once. A client that provisions users
//! over SCIM is also shown its provisioning token with its secret: the
//! long-lived bearer token an identity provider keeps, which goes the way of
//! the secret it is made from.

use latchkey_dto::{ApiClientInfo, ApiClientSecret, CreateClientRequest};
use latchkey_web::field::Field;
use latchkey_web::i18n::{Key, t, tf};
use latchkey_web::time::local_date_time;
use leptos::ev::SubmitEvent;
use leptos::prelude::*;
use leptos::task::spawn_local;

use crate::api::{self, ApiError};
use crate::app::Ctx;
use crate::k;
use crate::ui::{ConfirmButton, CopyButton, Notice, NoticeBox};

/// Every scope a client may hold, with what it allows, in words.
const SCOPES: [(&str, Key); 7] = [
    ("users:read", k::CLIENTS_SCOPE_USERS_READ),
    ("users:write", k::CLIENTS_SCOPE_USERS_WRITE),
    ("users:reset", k::CLIENTS_SCOPE_USERS_RESET),
    ("reports:read", k::CLIENTS_SCOPE_REPORTS_READ),
    ("policy:read", k::CLIENTS_SCOPE_POLICY_READ),
    ("scim:read", k::CLIENTS_SCOPE_SCIM_READ),
    ("scim:write", k::CLIENTS_SCOPE_SCIM_WRITE),
];

/// How an integration asks for a token.
const TOKEN_REQUEST: &str = "POST /v1/oauth/token (grant_type=client_credentials)"; // not words: an HTTP request line

fn scope_words(scope: &str) -> &str {
    SCOPES.iter().find(|(s, _)| *s == scope).map_or(scope, |(_, words)| t(*words))
}

#[component]
pub fn Clients() -> impl IntoView {
    let ctx = expect_context::<Ctx>();
    let error = RwSignal::new(None);
    let done = RwSignal::new(None);
    // The secret just made or rotated, shown until dismissed.
    let shown = RwSignal::new(None::<ApiClientSecret>);
    let list = LocalResource::new(move || {
        let token = ctx.token();
        async move { api::clients(&token.ok_or(ApiError::Network)?).await }
    });
    Effect::new(move || {
        if let Some(Err(e)) = list.get() {
            ctx.failed(&e, error);
        }
    });
    let rotate = Callback::new(move |id: String| {
        let Some(token) = ctx.token() else { return };
        spawn_local(async move {
            match api::rotate_client(&token, &id).await {
                Ok(secret) => {
                    shown.set(Some(secret));
                    list.refetch();
                }
                Err(e) => ctx.failed(&e, error),
            }
        });
    });
    let revoke = Callback::new(move |(id, name): (String, String)| {
        let Some(token) = ctx.token() else { return };
        spawn_local(async move {
            match api::revoke_client(&token, &id).await {
                Ok(()) => {
                    done.set(Some(Notice::new(
                        t(k::CLIENTS_REVOKED_TITLE),
                        tf(k::CLIENTS_REVOKED_BODY, &[("name", name.into())]),
                    )));
                    list.refetch();
                }
                Err(e) => ctx.failed(&e, error),
            }
        });
    });
    view! {
        <section class="card wide">
            <h1 id="page-title" tabindex="-1">{t(k::CLIENTS_TITLE)}</h1>
            <p class="lead">{t(k::CLIENTS_LEAD)}</p>
            <NoticeBox notice=done tone="success" />
            <NoticeBox notice=error />
            {move || shown.get().map(|s| view! { <ShownOnce secret=s dismiss=Callback::new(move |()| shown.set(None)) /> })}
            <Suspense fallback=|| view! { <p class="loading" role="status">{t(k::CLIENTS_LOADING)}</p> }>
                {move || list.get().and_then(Result::ok).map(|l| {
                    if l.clients.is_empty() {
                        view! { <p>{t(k::CLIENTS_NONE)}</p> }.into_any()
                    } else {
                        view! { <ClientTable clients=l.clients rotate revoke /> }.into_any()
                    }
                })}
            </Suspense>
        </section>
        <NewClient made=Callback::new(move |secret: ApiClientSecret| {
            shown.set(Some(secret));
            list.refetch();
        }) />
    }
}

/// A client's id and secret, shown this once; for a client that provisions
/// over SCIM, the token an identity provider keeps and where it points.
#[component]
fn ShownOnce(secret: ApiClientSecret, dismiss: Callback<()>) -> impl IntoView {
    let rotated = secret
        .client
        .previous_secret_works_until
        .map(|until| tf(k::CLIENTS_PREVIOUS_WORKS_UNTIL, &[("until", local_date_time(&until).into())]));
    let client_secret = secret.client_secret.expose().to_owned();
    let provisioning = secret.provisioning_token.as_ref().map(|token| {
        let token = token.expose().to_owned();
        view! {
            <dt>{t(k::CLIENTS_PROVISIONING_TOKEN)}</dt>
            <dd>
                <code id="provisioning-token" class="secret">{token.clone()}</code>
                <CopyButton text=token label=t(k::CLIENTS_COPY_TOKEN) id="copy-provisioning-token" />
            </dd>
            <dt>{t(k::CLIENTS_SCIM_BASE_URL)}</dt>
            <dd class="copy-row">
                <code id="scim-base-url">{scim_base_url()}</code>
                <CopyButton text=scim_base_url() label=t(k::CLIENTS_COPY_URL) id="copy-scim-base-url" />
            </dd>
        }
    });
    let provisioning_use = secret
        .provisioning_token
        .is_some()
        .then(|| view! { <p id="provisioning-token-use">{t(k::CLIENTS_PROVISIONING_USE)}</p> });
    view! {
        <div class="secret-panel" role="status">
            <h3>{tf(k::CLIENTS_SECRET_OF, &[("name", (&secret.client.name).into())])}</h3>
            <p class="warning">{t(k::CLIENTS_SHOWN_ONCE)}</p>
            <dl class="facts">
                <dt>{t(k::CLIENTS_CLIENT_ID)}</dt><dd><code id="client-id">{secret.client.id.clone()}</code></dd>
                <dt>{t(k::CLIENTS_CLIENT_SECRET)}</dt>
                <dd>
                    <code id="client-secret" class="secret">{client_secret.clone()}</code>
                    <CopyButton text=client_secret label=t(k::CLIENTS_COPY_SECRET) id="copy-client-secret" />
                </dd>
                <dt>{t(k::CLIENTS_TOKEN_ENDPOINT)}</dt>
                <dd><code>{TOKEN_REQUEST}</code></dd>
                {provisioning}
            </dl>
            {provisioning_use}
            {rotated.map(|r| view! { <p>{r}</p> })}
            <button type="button" class="primary" on:click=move |_| dismiss.run(())>{t(k::CLIENTS_STORED)}</button>
        </div>
    }
}

/// Where an identity provider sends SCIM requests: this site's own origin,
/// the one the console is served from.
fn scim_base_url() -> String {
    let origin = web_sys::window().and_then(|w| w.location().origin().ok()).unwrap_or_default();
    format!("{origin}/scim/v2")
}

#[component]
fn ClientTable(
    clients: Vec<ApiClientInfo>,
    rotate: Callback<String>,
    /// Revokes the client with this id and name.
    revoke: Callback<(String, String)>,
) -> impl IntoView {
    let rows = clients
        .into_iter()
        .map(|c| {
            let scopes = c.scopes.iter().map(|s| view! { <li>{scope_words(s).to_owned()}</li> }).collect_view();
            let (id, name) = (c.id.clone(), c.name.clone());
            let rotate_id = c.id.clone();
            let secret = match c.previous_secret_works_until {
                Some(until) => tf(
                    k::CLIENTS_MADE_ROTATED,
                    &[
                        ("made", local_date_time(&c.secret_created_at).into()),
                        ("until", local_date_time(&until).into()),
                    ],
                ),
                None => tf(k::CLIENTS_MADE, &[("made", local_date_time(&c.secret_created_at).into())]),
            };
            view! {
                <tr>
                    <td><strong>{c.name.clone()}</strong><span class="client-id">{c.id.clone()}</span></td>
                    <td><ul class="plain">{scopes}</ul></td>
                    <td>{c.last_used_at.map_or_else(|| t(k::CLIENTS_NEVER).to_owned(), |t| local_date_time(&t))}</td>
                    <td>{secret}</td>
                    <td class="row-actions">
                        <ConfirmButton label=t(k::CLIENTS_ROTATE)
                            warning=t(k::CLIENTS_ROTATE_WARNING).to_owned()
                            confirm=t(k::CLIENTS_ROTATE_CONFIRM) on_confirm=Callback::new(move |()| rotate.run(rotate_id.clone())) />
                        <ConfirmButton label=t(k::CLIENTS_REVOKE)
                            warning=tf(k::CLIENTS_REVOKE_WARNING, &[("name", (&name).into())])
                            confirm=t(k::CLIENTS_REVOKE_CONFIRM) on_confirm=Callback::new(move |()| revoke.run((id.clone(), name.clone()))) />
                    </td>
                </tr>
            }
        })
        .collect_view();
    view! {
        <div class="table-wrap" tabindex="0" role="region" aria-label=t(k::CLIENTS_TITLE)>
            <table class="clients">
                <thead><tr>
                    <th scope="col">{t(k::CLIENTS_COL_CLIENT)}</th><th scope="col">{t(k::CLIENTS_COL_MAY)}</th>
                    <th scope="col">{t(k::CLIENTS_COL_LAST_USED)}</th><th scope="col">{t(k::CLIENTS_COL_SECRET)}</th>
                    <th scope="col"><span class="visually-hidden">{t(k::CLIENTS_COL_ACTIONS)}</span></th>
                </tr></thead>
                <tbody>{rows}</tbody>
            </table>
        </div>
    }
}

/// A new client: its name and scopes; its secret is shown once.
#[component]
fn NewClient(made: Callback<ApiClientSecret>) -> impl IntoView {
    let ctx = expect_context::<Ctx>();
    let name = RwSignal::new(String::new());
    let name_error = RwSignal::new(None::<String>);
    let scope_error = RwSignal::new(None::<String>);
    let picked: [RwSignal<bool>; SCOPES.len()] = std::array::from_fn(|_| RwSignal::new(false));
    let error = RwSignal::new(None);
    let busy = RwSignal::new(false);
    let submit = move |ev: SubmitEvent| {
        ev.prevent_default();
        let Some(token) = ctx.token() else { return };
        let scopes: Vec<String> = SCOPES
            .iter()
            .zip(picked)
            .filter(|(_, on)| on.get_untracked())
            .map(|((s, _), _)| (*s).to_owned())
            .collect();
        name_error.set(None);
        scope_error.set(None);
        error.set(None);
        if scopes.is_empty() {
            scope_error.set(Some(t(k::CLIENTS_SCOPES_REQUIRED).to_owned()));
            return;
        }
        let body = CreateClientRequest { name: name.get_untracked().trim().to_owned(), scopes };
        busy.set(true);
        spawn_local(async move {
            match api::create_client(&token, &body).await {
                Ok(secret) => {
                    name.set(String::new());
                    picked.iter().for_each(|p| p.set(false));
                    made.run(secret);
                }
                Err(e) => match e
                    .problem()
                    .and_then(|p| p.field.as_deref().map(|f| (f.to_owned(), p.detail.clone())))
                {
                    Some((f, detail)) if f == "name" => name_error.set(Some(detail)),
                    Some((f, detail)) if f.starts_with("scopes") => scope_error.set(Some(detail)),
                    _ => ctx.failed(&e, error),
                },
            }
            busy.set(false);
        });
    };
    view! {
        <section class="card wide" aria-labelledby="new-client-title">
            <h2 id="new-client-title">{t(k::CLIENTS_NEW_TITLE)}</h2>
            <NoticeBox notice=error />
            <form on:submit=submit novalidate>
                <Field id="client-name" label=t(k::CLIENTS_NAME) value=name error=name_error
                    hint=t(k::CLIENTS_NAME_HINT) />
                <fieldset aria-describedby="client-scopes-error">
                    <legend>{t(k::CLIENTS_MAY)}</legend>
                    {SCOPES.iter().zip(picked).map(|((scope, words), on)| {
                        let id = format!("scope-{}", scope.replace(':', "-"));
                        view! {
                            <div class="field check">
                                <input type="checkbox" id=id.clone() prop:checked=move || on.get()
                                    on:change=move |ev| on.set(event_target_checked(&ev)) />
                                <label for=id>{t(*words)}</label>
                            </div>
                        }
                    }).collect_view()}
                    <p class="field-error" id="client-scopes-error">{move || scope_error.get()}</p>
                </fieldset>
                <button type="submit" class="primary" disabled=move || busy.get()>
                    {move || if busy.get() { t(k::CLIENTS_CREATING) } else { t(k::CLIENTS_CREATE) }}
                </button>
            </form>
        </section>
    }
}
