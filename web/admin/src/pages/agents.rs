//! Directory writeback: each agent's status, version and last contact, how
//! many agents each directory has online (none: its users are told up front
//! that resets cannot be written back), a one-time enrolment token for a new
//! agent (shown once), and revocation.

use latchkey_dto::{AgentList, AgentStatus, CreateEnrolmentRequest};
use latchkey_web::field::Field;
use leptos::ev::SubmitEvent;
use leptos::prelude::*;
use leptos::task::spawn_local;

use crate::api::{self, ApiError};
use crate::app::Ctx;
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
                    done.set(Some(Notice::new("Revoked", format!("{name} can no longer take jobs."))));
                    list.refetch();
                }
                Err(e) => ctx.failed(&e, error),
            }
        });
    });
    view! {
        <section class="card wide">
            <h1 id="page-title" tabindex="-1">"Directory writeback"</h1>
            <p class="lead">"Agents in your network write resets, changes and unlocks to your directory. They only connect out."</p>
            <NoticeBox notice=done tone="success" />
            <NoticeBox notice=error />
            <Suspense fallback=|| view! { <p role="status">"Loading agents…"</p> }>
                {move || list.get().and_then(Result::ok).map(|l| {
                    if l.agents.is_empty() {
                        view! { <p>"No agent is enrolled: users of your own directory are not written back."</p> }.into_any()
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
                0 => format!("{}: no agent online — its users cannot reset now", d.directory),
                n => format!("{}: {n} agent{} online", d.directory, if n == 1 { "" } else { "s" }),
            };
            view! { <li class=if d.online_agents == 0 { "warn" } else { "" }>{text}</li> }
        })
        .collect_view();
    let rows = list
        .agents
        .into_iter()
        .map(|a| {
            let status = match a.status {
                AgentStatus::Online => "Online",
                AgentStatus::Offline => "Offline",
                AgentStatus::Revoked => "Revoked",
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
                        <button type="button" on:click=move |_| revoke.run((id.clone(), name.clone()))>"Revoke"</button>
                    })}</td>
                </tr>
            }
        })
        .collect_view();
    view! {
        <ul class="directories">{directories}</ul>
        <div class="table-wrap" tabindex="0" role="region" aria-label="Agents">
            <table>
                <thead><tr><th>"Agent"</th><th>"Directory"</th><th>"Status"</th><th>"Version"</th><th>"Last contact"</th><th></th></tr></thead>
                <tbody>{rows}</tbody>
            </table>
        </div>
    }
}

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
            <h2 id="enrol-title">"Enrol an agent"</h2>
            <NoticeBox notice=error />
            <form on:submit=submit novalidate>
                <Field id="agent-directory" label="Directory" value=directory error=errors[0] hint="A short name for the directory, such as corp: lowercase letters, digits and dashes." />
                <Field id="agent-name" label="Agent name" value=name error=errors[1] hint="Which host it runs on, such as dc1 agent." />
                <button type="submit" class="primary" disabled=move || busy.get()>
                    {move || if busy.get() { "Issuing…" } else { "Issue enrolment token" }}
                </button>
            </form>
            {move || token.get().map(|(t, until)| view! {
                <div role="status" class="shown-once">
                    <p>"Enrolment token (shown once, works once, until " {until} "):"</p>
                    <p><code id="enrolment-token">{t}</code></p>
                    <p>"On the agent's host: " <code>"LATCHKEY_AGENT_ENROLMENT_TOKEN=… latchkey-agent enrol /var/lib/latchkey-agent/agent.json"</code></p>
                </div>
            })}
        </section>
    }
}
