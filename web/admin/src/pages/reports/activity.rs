//! The event table: the reset-activity report filtered by a form, newest
//! first, a page at a time ("Load more" follows the cursor), and the same
//! selection as CSV. A filter the server refuses is explained next to it.

use latchkey_dto::{ProblemCode, ResetActivityRow};
use latchkey_web::field::Field;
use latchkey_web::i18n::{Key, t, tf};
use latchkey_web::time::local_date_time;
use leptos::ev::SubmitEvent;
use leptos::prelude::*;
use leptos::task::spawn_local;

use super::charts::body_row;
use super::{joined, method_name};
use crate::api;
use crate::app::Ctx;
use crate::k;
use crate::ui::{NoticeBox, Select, download};

const PAGE: u32 = 50;

/// The activity types, as the filter offers and the table names them.
const ACTIVITIES: [(&str, Key); 12] = [
    ("", k::ACTIVITY_ANY),
    ("policy_change", k::ACTIVITY_POLICY_CHANGE),
    ("blocked_from_reset", k::ACTIVITY_BLOCKED_FROM_RESET),
    ("self_service_change", k::ACTIVITY_SELF_SERVICE_CHANGE),
    ("admin_reset", k::ACTIVITY_ADMIN_RESET),
    ("self_service_reset", k::ACTIVITY_SELF_SERVICE_RESET),
    ("flow_progress", k::ACTIVITY_FLOW_PROGRESS),
    ("self_service_unlock", k::ACTIVITY_SELF_SERVICE_UNLOCK),
    ("user_registered", k::ACTIVITY_USER_REGISTERED),
    ("admin_unlock", k::ACTIVITY_ADMIN_UNLOCK),
    ("import", k::ACTIVITY_IMPORT),
    ("lockout", k::ACTIVITY_LOCKOUT),
];

fn activity_name(wire: &str) -> &str {
    ACTIVITIES.iter().find(|(w, _)| *w == wire).map_or(wire, |(_, name)| t(*name))
}

/// The form: text as typed, each with its own error from the server.
#[derive(Clone, Copy)]
struct Filters {
    from: RwSignal<String>,
    to: RwSignal<String>,
    activity: RwSignal<String>,
    outcome: RwSignal<String>,
    method: RwSignal<String>,
    user: RwSignal<String>,
    actor: RwSignal<String>,
    text: RwSignal<String>,
    from_error: RwSignal<Option<String>>,
    to_error: RwSignal<Option<String>>,
    user_error: RwSignal<Option<String>>,
    actor_error: RwSignal<Option<String>>,
    text_error: RwSignal<Option<String>>,
}

/// A date field's value (`2026-12-01`) as the instant its day starts in the
/// reader's zone, or ends (`end`: the next day's start). Anything else goes
/// as typed, so the server names the field.
fn instant(text: &str, end: bool) -> String {
    let parts: Vec<i32> = text.split('-').filter_map(|p| p.parse().ok()).collect();
    match parts[..] {
        [y, m, d] if y > 0 => {
            let day = js_sys::Date::new_with_year_month_day(y as u32, m - 1, d + i32::from(end));
            String::from(day.to_iso_string())
        }
        _ => text.to_owned(),
    }
}

impl Filters {
    fn new() -> Self {
        let text = || RwSignal::new(String::new());
        let error = || RwSignal::new(None);
        Filters {
            from: text(),
            to: text(),
            activity: text(),
            outcome: text(),
            method: text(),
            user: text(),
            actor: text(),
            text: text(),
            from_error: error(),
            to_error: error(),
            user_error: error(),
            actor_error: error(),
            text_error: error(),
        }
    }

    /// The query string of the filters filled in (no cursor, no limit).
    fn query(self) -> String {
        let mut parts = Vec::new();
        let mut add = |key: &str, value: String| {
            let value = value.trim().to_owned();
            if !value.is_empty() {
                parts.push(format!("{key}={}", String::from(js_sys::encode_uri_component(&value))));
            }
        };
        add("from", instant(self.from.get_untracked().trim(), false));
        add("to", instant(self.to.get_untracked().trim(), true));
        add("activity", self.activity.get_untracked());
        add("outcome", self.outcome.get_untracked());
        add("method", self.method.get_untracked());
        add("user", self.user.get_untracked());
        add("actor", self.actor.get_untracked());
        add("text", self.text.get_untracked());
        parts.join("&")
    }

    fn clear_errors(self) {
        for e in [self.from_error, self.to_error, self.user_error, self.actor_error, self.text_error] {
            e.set(None);
        }
    }

    /// The field's own error line, when it has one.
    fn error_for(self, field: &str) -> Option<RwSignal<Option<String>>> {
        Some(match field {
            "from" => self.from_error,
            "to" => self.to_error,
            "user" => self.user_error,
            "actor" => self.actor_error,
            "text" => self.text_error,
            _ => return None,
        })
    }
}

/// One event as a table row.
fn row(r: ResetActivityRow) -> impl IntoView {
    let none = || "—".to_owned();
    let cells = vec![
        local_date_time(&r.at),
        tf(
            k::ACTIVITY_ROW_ACTION,
            &[("activity", activity_name(&r.activity).into()), ("action", r.words.action_text.into())],
        ),
        // By name; the id is what the actor filter also takes.
        r.actor_name.or(r.actor).unwrap_or_else(none),
        r.target_name.or(r.target).unwrap_or_else(none),
        r.words.outcome_text,
        r.words.reason_text.unwrap_or_default(),
        joined(r.methods.iter().map(|m| method_name(m))),
        r.client_ip.unwrap_or_default(),
        r.user_agent.unwrap_or_default(),
        r.id,
    ];
    body_row(cells)
}

#[component]
pub fn Activity() -> impl IntoView {
    let ctx = expect_context::<Ctx>();
    let f = Filters::new();
    let error = RwSignal::new(None);
    let rows = RwSignal::new(Vec::<ResetActivityRow>::new());
    let next = RwSignal::new(None::<String>);
    let busy = RwSignal::new(false);
    // The filters of the rows shown: "Load more" and the CSV keep to them.
    let shown = RwSignal::new(String::new());
    let refused = move |e: api::ApiError| match e.problem() {
        Some(p) if p.code == ProblemCode::InvalidRequest => {
            match p.field.as_deref().and_then(|field| f.error_for(field)) {
                Some(slot) => slot.set(Some(p.detail.clone())),
                None => ctx.failed(&e, error),
            }
        }
        _ => ctx.failed(&e, error),
    };
    let fetch = move |query: String, after: Option<String>| {
        let Some(token) = ctx.token() else { return };
        busy.set(true);
        error.set(None);
        spawn_local(async move {
            let mut q = format!("limit={PAGE}");
            if !query.is_empty() {
                q = format!("{query}&{q}");
            }
            if let Some(n) = &after {
                q.push_str(&format!("&next={}", String::from(js_sys::encode_uri_component(n))));
            }
            match api::reset_activity(&token, &q).await {
                Ok(page) => {
                    if after.is_none() {
                        rows.set(page.events);
                        shown.set(query);
                    } else {
                        rows.update(|r| r.extend(page.events));
                    }
                    next.set(page.next);
                }
                Err(e) => refused(e),
            }
            busy.set(false);
        });
    };
    fetch(String::new(), None);
    let submit = move |()| {
        f.clear_errors();
        fetch(f.query(), None);
    };
    let csv = move |()| {
        let Some(token) = ctx.token() else { return };
        f.clear_errors();
        let query = f.query();
        spawn_local(async move {
            match api::reset_activity_csv(&token, &query).await {
                Ok(text) => download("reset-activity.csv", &text),
                Err(e) => refused(e),
            }
        });
    };
    view! {
        <h2>{t(k::ACTIVITY_TITLE)}</h2>
        <FilterForm f busy submit=Callback::new(submit) csv=Callback::new(csv) />
        <NoticeBox notice=error />
        <p class="count" role="status" id="activity-count">{move || match rows.with(Vec::len) {
            0 if busy.get() => t(k::ACTIVITY_LOADING).to_owned(),
            0 => t(k::ACTIVITY_NONE).to_owned(),
            n => {
                let more = next.with(Option::is_some);
                tf(if more { k::ACTIVITY_COUNT_MORE } else { k::ACTIVITY_COUNT }, &[("count", n.into())])
            }
        }}</p>
        <EventTable rows />
        <Show when=move || next.with(Option::is_some)>
            <button type="button" class="secondary" id="activity-more" disabled=move || busy.get()
                on:click=move |_| fetch(shown.get_untracked(), next.get_untracked())>
                {t(k::ACTIVITY_LOAD_MORE)}
            </button>
        </Show>
    }
}

/// The filters, "Show events" and "Download as CSV".
#[component]
fn FilterForm(
    f: Filters,
    /// While events are loading: "Show events" waits.
    busy: RwSignal<bool>,
    /// Shows the first page of the events the filters select.
    submit: Callback<()>,
    /// Downloads the events the filters select, as CSV.
    csv: Callback<()>,
) -> impl IntoView {
    view! {
        <form class="activity-filters" novalidate aria-label=t(k::ACTIVITY_FILTER_LABEL) on:submit=move |ev: SubmitEvent| {
            ev.prevent_default();
            submit.run(());
        }>
            <div class="filter-grid">
                <Field id="filter-from" label=t(k::ACTIVITY_FROM) value=f.from kind="date" error=f.from_error />
                <Field id="filter-to" label=t(k::ACTIVITY_TO) value=f.to kind="date" error=f.to_error />
                <Select id="filter-activity" label=t(k::ACTIVITY_ACTIVITY) value=f.activity
                    options=ACTIVITIES.iter().map(|(wire, name)| (*wire, t(*name))).collect() />
                <Select id="filter-outcome" label=t(k::ACTIVITY_OUTCOME) value=f.outcome
                    options=std::iter::once(("", t(k::ACTIVITY_ANY_OUTCOME))).chain(super::outcomes()).collect() />
                <Select id="filter-method" label=t(k::ACTIVITY_METHOD) value=f.method
                    options=std::iter::once(("", t(k::ACTIVITY_ANY_METHOD))).chain(super::proofs()).collect() />
                <Field id="filter-user" label=t(k::ACTIVITY_USER) value=f.user error=f.user_error />
                <Field id="filter-actor" label=t(k::ACTIVITY_ACTOR) value=f.actor error=f.actor_error />
                <Field id="filter-text" label=t(k::ACTIVITY_TEXT) value=f.text error=f.text_error />
            </div>
            <div class="buttons">
                <button type="submit" class="primary" id="apply-filters" disabled=move || busy.get()>{t(k::ACTIVITY_SHOW)}</button>
                <button type="button" class="secondary" id="activity-csv" on:click=move |_| csv.run(())>{t(k::ACTIVITY_DOWNLOAD_CSV)}</button>
            </div>
        </form>
    }
}

/// The events loaded so far, newest first.
#[component]
fn EventTable(rows: RwSignal<Vec<ResetActivityRow>>) -> impl IntoView {
    view! {
        <div class="table-wrap" tabindex="0" role="region" aria-label=t(k::ACTIVITY_TITLE)>
            <table class="activity">
                <thead>{super::heads(&[
                    k::ACTIVITY_COL_TIME,
                    k::ACTIVITY_COL_ACTIVITY,
                    k::ACTIVITY_COL_ACTOR,
                    k::ACTIVITY_COL_TARGET,
                    k::ACTIVITY_COL_OUTCOME,
                    k::ACTIVITY_COL_REASON,
                    k::ACTIVITY_COL_METHODS,
                    k::ACTIVITY_COL_CLIENT_ADDRESS,
                    k::ACTIVITY_COL_USER_AGENT,
                    k::ACTIVITY_COL_REFERENCE,
                ])}</thead>
                <tbody>
                    <For each=move || rows.get() key=|r: &ResetActivityRow| r.id.clone() let:r>
                        {row(r)}
                    </For>
                </tbody>
            </table>
        </div>
    }
}
