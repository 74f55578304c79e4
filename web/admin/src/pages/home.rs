//! The administrator's home: the figures that say whether self-service is
//! working and who needs attention, each a link to the screen behind it.
//! Read from the same answers the reports and the lists give, so they agree.

use latchkey_dto::{AdminUserList, AgentList, AgentStatus, ReportInsights};
use leptos::prelude::*;

use crate::api::{self, ApiError};
use crate::app::Ctx;
use crate::ui::NoticeBox;

#[derive(Clone)]
struct Figures {
    insights: ReportInsights,
    agents: AgentList,
    locked: AdminUserList,
    expired: AdminUserList,
}

async fn load(token: Option<String>) -> Result<Figures, ApiError> {
    let token = token.ok_or(ApiError::Network)?;
    let week = js_sys::Date::new_0();
    week.set_time(week.get_time() - 7.0 * 86_400_000.0);
    // The four reads go out together: the home waits for the slowest, not the sum.
    let from = String::from(week.to_iso_string());
    let (insights, agents, locked, expired) = futures::join!(
        api::insights(&token, &from),
        api::agents(&token),
        api::users(&token, "locked=true&limit=50"),
        api::users(&token, "password_expired=true&limit=50"),
    );
    Ok(Figures { insights: insights?, agents: agents?, locked: locked?, expired: expired? })
}

#[component]
pub fn Home() -> impl IntoView {
    let ctx = expect_context::<Ctx>();
    let error = RwSignal::new(None);
    let figures = LocalResource::new(move || load(ctx.token()));
    Effect::new(move || {
        if let Some(Err(e)) = figures.get() {
            ctx.failed(&e, error);
        }
    });
    view! {
        <section class="card wide home">
            <h1 id="page-title" tabindex="-1">"Home"</h1>
            <p class="lead">"How self-service is going this week, and who needs attention now."</p>
            <NoticeBox notice=error />
            <Transition fallback=|| view! { <p class="loading" role="status">"Loading the figures…"</p> }>
                {move || figures.get().and_then(Result::ok).map(|f| view! { <Tiles f=f /> })}
            </Transition>
        </section>
    }
}

/// A list's count as far as its first page goes ("50+" past it).
fn counted(list: &AdminUserList) -> String {
    format!("{}{}", list.users.len(), if list.next.is_some() { "+" } else { "" })
}

#[component]
fn Tiles(f: Figures) -> impl IntoView {
    let c = f.insights.coverage;
    let share = (c.registered * 100).checked_div(c.users).unwrap_or(0);
    let failures: u32 = f.insights.problems.iter().map(|p| p.count).sum();
    let live = f.agents.agents.iter().filter(|a| a.status != AgentStatus::Revoked).count();
    let online = f.agents.agents.iter().filter(|a| a.status == AgentStatus::Online).count();
    let tiles = [
        (
            "tile-registered",
            "Registered for self-service",
            format!("{share}%"),
            format!("{} of {} enabled users; {} can reset", c.registered, c.users, c.capable),
            "/admin/reports",
        ),
        (
            "tile-resets",
            "Self-service resets this week",
            f.insights.resets.to_string(),
            format!("{} by an operator", f.insights.admin_resets),
            "/admin/reports",
        ),
        (
            "tile-failures",
            "Failed or refused steps this week",
            failures.to_string(),
            f.insights
                .problems
                .first()
                .and_then(|p| p.label.clone())
                .map_or_else(|| "None".to_owned(), |top| format!("Most often: {top}")),
            "/admin/reports",
        ),
        (
            "tile-not-registered",
            "Not registered",
            c.not_registered.to_string(),
            "They cannot reset their own password yet".to_owned(),
            "/admin/users?registration=not_registered",
        ),
        (
            "tile-locked",
            "Locked out now",
            counted(&f.locked),
            "Unlock them from their page".to_owned(),
            "/admin/users?locked=true",
        ),
        (
            "tile-expired",
            "Passwords expired",
            counted(&f.expired),
            "They must change it at their next sign-in".to_owned(),
            "/admin/users?password_expired=true",
        ),
        (
            "tile-agents",
            "Writeback agents online",
            format!("{online} of {live}"),
            if online < live { "Some cannot write back now".to_owned() } else { "Writing back".to_owned() },
            "/admin/agents",
        ),
    ];
    view! {
        <ul class="tiles">
            {tiles.into_iter().map(|(id, label, value, detail, to)| view! {
                <li id=id>
                    // A page load: the list reads its filters from the address.
                    <a href=to><span class="tile-value">{value}</span>" "<span class="tile-label">{label}</span></a>
                    <p class="hint">{detail}</p>
                </li>
            }).collect_view()}
        </ul>
    }
}
