//! The administrator's home: the figures that say whether self-service is
//! working and who needs attention, each a link to the screen behind it.
//! Read from the same answers the reports and the lists give, so they agree.

use latchkey_dto::{AdminUserList, AgentList, AgentStatus, ReportInsights};
use latchkey_web::i18n::{number, t, tf};
use leptos::prelude::*;

use crate::api::{self, ApiError};
use crate::app::Ctx;
use crate::k;
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
            <h1 id="page-title" tabindex="-1">{t(k::HOME_TITLE)}</h1>
            <p class="lead">{t(k::HOME_LEAD)}</p>
            <NoticeBox notice=error />
            <Transition fallback=|| view! { <p class="loading" role="status">{t(k::HOME_LOADING)}</p> }>
                {move || figures.get().and_then(Result::ok).map(|f| view! { <Tiles f=f /> })}
            </Transition>
        </section>
    }
}

/// A list's count as far as its first page goes ("50+" past it).
fn counted(list: &AdminUserList) -> String {
    let n = list.users.len();
    if list.next.is_some() { tf(k::HOME_COUNT_MORE, &[("count", n.into())]) } else { number(n as f64) }
}

/// A tile's figure, the reader's way.
fn count(n: u32) -> String {
    number(f64::from(n))
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
            t(k::HOME_REGISTERED_LABEL),
            tf(k::HOME_REGISTERED_VALUE, &[("share", share.into())]),
            tf(
                k::HOME_REGISTERED_DETAIL,
                &[
                    ("registered", c.registered.into()),
                    ("users", c.users.into()),
                    ("capable", c.capable.into()),
                ],
            ),
            "/admin/reports",
        ),
        (
            "tile-resets",
            t(k::HOME_RESETS_LABEL),
            count(f.insights.resets),
            tf(k::HOME_RESETS_DETAIL, &[("count", f.insights.admin_resets.into())]),
            "/admin/reports",
        ),
        (
            "tile-failures",
            t(k::HOME_FAILURES_LABEL),
            count(failures),
            f.insights.problems.first().and_then(|p| p.label.clone()).map_or_else(
                || t(k::HOME_FAILURES_NONE).to_owned(),
                |top| tf(k::HOME_FAILURES_TOP, &[("reason", top.into())]),
            ),
            "/admin/reports",
        ),
        (
            "tile-not-registered",
            t(k::HOME_NOT_REGISTERED_LABEL),
            count(c.not_registered),
            t(k::HOME_NOT_REGISTERED_DETAIL).to_owned(),
            "/admin/users?registration=not_registered",
        ),
        (
            "tile-locked",
            t(k::HOME_LOCKED_LABEL),
            counted(&f.locked),
            t(k::HOME_LOCKED_DETAIL).to_owned(),
            "/admin/users?locked=true",
        ),
        (
            "tile-expired",
            t(k::HOME_EXPIRED_LABEL),
            counted(&f.expired),
            t(k::HOME_EXPIRED_DETAIL).to_owned(),
            "/admin/users?password_expired=true",
        ),
        (
            "tile-agents",
            t(k::HOME_AGENTS_LABEL),
            tf(k::HOME_AGENTS_VALUE, &[("online", online.into()), ("live", live.into())]),
            t(if online < live { k::HOME_AGENTS_SOME_OFFLINE } else { k::HOME_AGENTS_ALL_ONLINE }).to_owned(),
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
