//! Directory writeback: each agent's status, version and last contact, how
//! many agents each directory has online (none: its users are told up front
//! that resets cannot be written back), a one-time enrolment token for a new
//! agent (shown once), and revocation.

use latchkey_dto::{AgentList, AgentStatus, CreateEnrolmentRequest};
use latchkey_web::field::Field;
use latchkey_web::i18n::{t, tf};
use leptos::ev::SubmitEvent;
use leptos::prelude::*;
use leptos::task::spawn_local;

use crate::api::{self, ApiError};
use crate::app::Ctx;
use crate::k;
use crate::ui::{Notice, NoticeBox};

#[component]
pub fn Agents() -> impl IntoView {
    let ctx = expect_context::<Ctx>();
    let error = RwSignal::new(None);
    let done = RwSignal::new(None);
    let list = LocalResource::new(move || {
        let token = ctx.token();
        async move { api::agents(&token.ok_or(ApiError::Network)?).await }
    });
    Effect::new(move || {
        if let Some(Err(e)) = list.get() {
            ctx.failed(&e, error);
        }
    });
    let revoke = Callback::new(move |(id, name): (String, String)| {
        let Some(token) = ctx.token() else { return };
        spawn_local(async move {
            match api::revoke_agent(&token, &id).await {
                Ok(()) => {
                    done.set(Some(Notice::new(
                        t(k::AGENTS_REVOKED_TITLE),
                        tf(k::AGENTS_REVOKED_BODY, &[("name", name.into())]),
                    )));
                    list.refetch();
                }
                Err(e) => ctx.failed(&e, error),
            }
        });
    });
    view! {
        <section class="card wide">
            <h1 id="page-title" tabindex="-1">{t(k::AGENTS_TITLE)}</h1>
            <p class="lead">{t(k::AGENTS_LEAD)}</p>
            <NoticeBox notice=done tone="success" />
            <NoticeBox notice=error />
            <Suspense fallback=|| view! { <p role="status">{t(k::AGENTS_LOADING)}</p> }>
                {move || list.get().and_then(Result::ok).map(|l| {
                    if l.agents.is_empty() {
                        view! { <p>{t(k::AGENTS_NONE)}</p> }.into_any()
                    } else {
                        view! { <AgentTable list=l revoke /> }.into_any()
                    }
                })}
            </Suspense>
        </section>
        <Enrol refetch=Callback::new(move |()| list.refetch()) />
    }
}

/// How many agents each directory has online, and every agent with its
/// status, version and last contact.
#[component]
fn AgentTable(
    list: AgentList,
    /// Revokes the agent with this id and name.
    revoke: Callback<(String, String)>,
) -> impl IntoView {
    let directories = list
        .directories
        .iter()
        .map(|d| {
            let text = match d.online_agents {
                0 => tf(k::AGENTS_DIRECTORY_OFFLINE, &[("directory", (&d.directory).into())]),
                n => tf(
                    k::AGENTS_DIRECTORY_ONLINE,
                    &[("directory", (&d.directory).into()), ("count", n.into())],
                ),
            };
            view! { <li class=if d.online_agents == 0 { "warn" } else { "" }>{text}</li> }
        })
        .collect_view();
    let rows = list
        .agents
        .into_iter()
        .map(|a| {
            let status = match a.status {
                AgentStatus::Online => t(k::AGENTS_STATUS_ONLINE),
                AgentStatus::Offline => t(k::AGENTS_STATUS_OFFLINE),
                AgentStatus::Revoked => t(k::AGENTS_STATUS_REVOKED),
            };
            let (id, name) = (a.id.clone(), a.name.clone());
            let live = a.status != AgentStatus::Revoked;
            view! {
                <tr>
                    <td>{a.name}</td>
                    <td>{a.directory}</td>
                    <td>{status}</td>
                    <td>{a.version}</td>
                    <td>{latchkey_web::time::local_date_time(&a.last_contact_at)}</td>
                    <td>{live.then(|| view! {
                        <button type="button" on:click=move |_| revoke.run((id.clone(), name.clone()))>{t(k::AGENTS_REVOKE)}</button>
                    })}</td>
                </tr>
            }
        })
        .collect_view();
    view! {
        <ul class="directories">{directories}</ul>
        <div class="table-wrap" tabindex="0" role="region" aria-label=t(k::AGENTS_TABLE)>
            <table>
                <thead><tr>
                    <th>{t(k::AGENTS_COL_AGENT)}</th><th>{t(k::AGENTS_COL_DIRECTORY)}</th><th>{t(k::AGENTS_COL_STATUS)}</th>
                    <th>{t(k::AGENTS_COL_VERSION)}</th><th>{t(k::AGENTS_COL_LAST_CONTACT)}</th><th></th>
                </tr></thead>
                <tbody>{rows}</tbody>
            </table>
        </div>
    }
}

/// What to run on the agent's host with the token.
const ENROL_COMMAND: &str =
    "LATCHKEY_AGENT_ENROLMENT_TOKEN=… latchkey-agent enrol /var/lib/latchkey-agent/agent.json"; // not words: a shell command

#[component]
fn Enrol(refetch: Callback<()>) -> impl IntoView {
    let ctx = expect_context::<Ctx>();
    let directory = RwSignal::new("corp".to_owned());
    let name = RwSignal::new(String::new());
    let errors: [RwSignal<Option<String>>; 2] = std::array::from_fn(|_| RwSignal::new(None));
    let error = RwSignal::new(None);
    let token = RwSignal::new(None::<(String, String)>);
    let busy = RwSignal::new(false);
    let submit = move |ev: SubmitEvent| {
        ev.prevent_default();
        let Some(session) = ctx.token() else { return };
        let body = CreateEnrolmentRequest {
            directory: directory.get_untracked().trim().to_owned(),
            name: name.get_untracked().trim().to_owned(),
        };
        errors.iter().for_each(|e| e.set(None));
        error.set(None);
        busy.set(true);
        spawn_local(async move {
            match api::enrol_agent(&session, &body).await {
                Ok(issued) => {
                    let until = latchkey_web::time::local_date_time(&issued.expires_at);
                    token.set(Some((issued.token.into_exposed(), until)));
                    refetch.run(());
                }
                Err(e) => match e
                    .problem()
                    .and_then(|p| p.field.as_deref().map(|f| (f.to_owned(), p.detail.clone())))
                {
                    Some((f, detail)) if f == "directory" => errors[0].set(Some(detail.clone())),
                    Some((f, detail)) if f == "name" => errors[1].set(Some(detail.clone())),
                    _ => ctx.failed(&e, error),
                },
            }
            busy.set(false);
        });
    };
    view! {
        <section class="card wide" aria-labelledby="enrol-title">
            <h2 id="enrol-title">{t(k::AGENTS_ENROL_TITLE)}</h2>
            <NoticeBox notice=error />
            <form on:submit=submit novalidate>
                <Field id="agent-directory" label=t(k::AGENTS_DIRECTORY) value=directory error=errors[0] hint=t(k::AGENTS_DIRECTORY_HINT) />
                <Field id="agent-name" label=t(k::AGENTS_NAME) value=name error=errors[1] hint=t(k::AGENTS_NAME_HINT) />
                <button type="submit" class="primary" disabled=move || busy.get()>
                    {move || if busy.get() { t(k::AGENTS_ISSUING) } else { t(k::AGENTS_ISSUE) }}
                </button>
            </form>
            {move || token.get().map(|(secret, until)| view! {
                <div role="status" class="shown-once">
                    <p>{tf(k::AGENTS_TOKEN, &[("until", until.into())])}</p>
                    <p><code id="enrolment-token">{secret}</code></p>
                    <p>{t(k::AGENTS_ON_HOST)}" "<code>{ENROL_COMMAND}</code></p>
                </div>
            })}
        </section>
    }
}
