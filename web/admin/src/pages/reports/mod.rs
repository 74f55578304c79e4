//! Reports: charts of resets and registration over a period, the
//! administrator's questions answered in sentences, the registration
//! summary with the users not yet registered, and the filtered event table
//! with its CSV export. For administrators and report readers.
//!
//! The API gives coverage only as it is now; the coverage chart's earlier
//! days are derived here from today's summary and the period's
//! registration events (see [`coverage_over_time`]).

mod activity;
mod charts;

use latchkey_dto::{
    KeyCount, MethodCount, RegistrationSummary, ReportInsights, ResetActivityRow, SubjectCount,
};
use latchkey_web::i18n::{Key, t, tf};
use latchkey_web::time::{local_date_time, short_date};
use leptos::prelude::*;
use leptos::task::spawn_local;

use crate::api::{self, ApiError};
use crate::app::Ctx;
use crate::k;
use crate::ui::{NoticeBox, Select, download};
use charts::{COLOURS, HorizontalBars, Series, StackedBars, body_row, count, head_row};

/// Pages of events a chart reads at most (500 each): beyond, it says so.
const MAX_PAGES: usize = 20;

/// The period's days, oldest first, each from the reader's local midnight.
#[derive(Clone)]
struct Days {
    /// Each day's start, in milliseconds since the epoch.
    starts: Vec<f64>,
    labels: Vec<String>,
    /// The first day's start, RFC 3339.
    from: String,
}

impl Days {
    fn last(n: u32) -> Days {
        let today = js_sys::Date::new_0();
        let (year, month, date) = (today.get_full_year(), today.get_month() as i32, today.get_date() as i32);
        let days: Vec<js_sys::Date> = (0..n as i32)
            .rev()
            .map(|back| js_sys::Date::new_with_year_month_day(year, month, date - back))
            .collect();
        Days {
            starts: days.iter().map(js_sys::Date::get_time).collect(),
            labels: days.iter().map(short_date).collect(),
            from: days.first().map(|d| String::from(d.to_iso_string())).unwrap_or_default(),
        }
    }

    /// The day `at` falls on.
    fn index(&self, at: &chrono::DateTime<chrono::Utc>) -> Option<usize> {
        let ms = at.timestamp_millis() as f64;
        self.starts.partition_point(|s| *s <= ms).checked_sub(1)
    }

    /// A zero per day.
    fn zeros(&self) -> Vec<u32> {
        vec![0; self.starts.len()]
    }
}

/// Everything the charts and the answers are drawn from, for one period.
#[derive(Clone)]
struct Loaded {
    days: Days,
    resets: Vec<ResetActivityRow>,
    registrations: Vec<ResetActivityRow>,
    /// Some events were left out (more than [`MAX_PAGES`] pages).
    partial: bool,
    summary: RegistrationSummary,
    insights: ReportInsights,
}

/// Every event of one report over the period, newest first.
async fn events(
    token: &str,
    registration: bool,
    query: &str,
) -> Result<(Vec<ResetActivityRow>, bool), ApiError> {
    let mut rows = Vec::new();
    let mut next: Option<String> = None;
    for _ in 0..MAX_PAGES {
        let q = match &next {
            Some(n) => format!("{query}&next={}", String::from(js_sys::encode_uri_component(n))),
            None => query.to_owned(),
        };
        let page = if registration {
            api::registration_activity(token, &q).await?
        } else {
            api::reset_activity(token, &q).await?
        };
        rows.extend(page.events);
        match page.next {
            Some(n) => next = Some(n),
            None => return Ok((rows, false)),
        }
    }
    Ok((rows, true))
}

async fn load(token: Option<String>, period: u32) -> Result<Loaded, ApiError> {
    let token = token.ok_or(ApiError::Network)?;
    let days = Days::last(period);
    let from = format!("from={}&limit=500", String::from(js_sys::encode_uri_component(&days.from)));
    let (resets, a) = events(&token, false, &format!("{from}&activity=self_service_reset")).await?;
    let (registrations, b) = events(&token, true, &from).await?;
    let summary = api::registration_summary(&token).await?;
    let insights = api::insights(&token, &days.from).await?;
    Ok(Loaded { days, resets, registrations, partial: a || b, summary, insights })
}

/// A header row of fixed names.
fn heads(names: &[Key]) -> impl IntoView {
    head_row(names.iter().map(|n| t(*n).to_owned()).collect())
}

/// The methods a reset proves (the first five) and the other kinds of
/// registered data, as the API names them and as people say them.
const METHODS: [(&str, Key); 8] = [
    ("email", k::REPORTS_METHOD_EMAIL),
    ("sms", k::REPORTS_METHOD_SMS),
    ("voice", k::REPORTS_METHOD_VOICE),
    ("questions", k::REPORTS_METHOD_QUESTIONS),
    ("authenticator", k::REPORTS_METHOD_AUTHENTICATOR),
    ("mobile", k::REPORTS_METHOD_MOBILE),
    ("office_phone", k::REPORTS_METHOD_OFFICE_PHONE),
    ("passkey", k::REPORTS_METHOD_PASSKEY),
];

/// How people sign in, as the insights name it and as people say it.
const SIGN_INS: [(&str, Key); 5] = [
    ("password", k::REPORTS_SIGN_IN_PASSWORD),
    ("password_and_authenticator", k::REPORTS_SIGN_IN_PASSWORD_AUTHENTICATOR),
    ("password_and_passkey", k::REPORTS_SIGN_IN_PASSWORD_PASSKEY),
    ("passkey", k::REPORTS_SIGN_IN_PASSKEY),
    ("access_pass", k::REPORTS_SIGN_IN_ACCESS_PASS),
];

/// The ways a sign-in can be proven that no one can be tricked into
/// handing over: both use a passkey.
const PHISHING_RESISTANT: [&str; 2] = ["passkey", "password_and_passkey"];

/// Sign-ins by method in [`SIGN_INS`]' order (a method the server left
/// out counts none), and the sentence on how many were phishing-resistant.
fn sign_ins(i: &ReportInsights) -> (Vec<(String, u32)>, String) {
    let of = |wire: &str| i.sign_ins_by_method.iter().filter(|c| c.key == wire).map(|c| c.count).sum::<u32>();
    let rows: Vec<(String, u32)> =
        SIGN_INS.iter().map(|(wire, name)| (t(*name).to_owned(), of(wire))).collect();
    let all: u32 = rows.iter().map(|r| r.1).sum();
    let resistant: u32 = PHISHING_RESISTANT.iter().map(|wire| of(wire)).sum();
    let share = (u64::from(resistant) * 100).checked_div(u64::from(all)).unwrap_or(0);
    let sentence = if all == 0 {
        t(k::REPORTS_SIGN_INS_NONE).to_owned()
    } else {
        tf(
            k::REPORTS_SIGN_INS_RESISTANT,
            &[("share", share.into()), ("resistant", resistant.into()), ("total", all.into())],
        )
    };
    (rows, sentence)
}

/// How people say a method or a kind of registered data.
pub fn method_name(wire: &str) -> String {
    METHODS.iter().find(|(w, _)| *w == wire).map_or(wire, |(_, name)| t(*name)).to_owned()
}

/// The methods a reset can prove, for a filter's choices.
pub fn proofs() -> impl Iterator<Item = (&'static str, &'static str)> {
    METHODS.iter().take(5).map(|(wire, name)| (*wire, t(*name)))
}

const OUTCOMES: [(&str, Key); 4] = [
    ("success", k::REPORTS_OUTCOME_SUCCESS),
    ("failure", k::REPORTS_OUTCOME_FAILURE),
    ("locked", k::REPORTS_OUTCOME_LOCKED),
    ("blocked", k::REPORTS_OUTCOME_BLOCKED),
];

/// How a step ended, for a filter's choices.
pub fn outcomes() -> impl Iterator<Item = (&'static str, &'static str)> {
    OUTCOMES.iter().map(|(wire, name)| (*wire, t(*name)))
}

/// Self-service resets per day, stacked by outcome.
fn by_outcome(l: &Loaded) -> Vec<Series> {
    OUTCOMES
        .iter()
        .zip(COLOURS)
        .filter_map(|((wire, name), class)| {
            let mut values = l.days.zeros();
            for e in l.resets.iter().filter(|e| e.outcome == *wire) {
                if let Some(i) = l.days.index(&e.at) {
                    values[i] += 1;
                }
            }
            values.iter().any(|v| *v > 0).then(|| Series { name: t(*name).to_owned(), class, values })
        })
        .collect()
}

/// Completed resets per day, stacked by the methods they proved (a reset
/// with two methods counts for each).
fn by_method(l: &Loaded) -> Vec<Series> {
    let mut methods: Vec<String> = Vec::new();
    for e in l.resets.iter().filter(|e| e.outcome == "success") {
        for m in &e.methods {
            if !methods.contains(m) {
                methods.push(m.clone());
            }
        }
    }
    methods.sort();
    methods
        .iter()
        .zip(COLOURS)
        .map(|(method, class)| {
            let mut values = l.days.zeros();
            for e in l.resets.iter().filter(|e| e.outcome == "success" && e.methods.contains(method)) {
                if let Some(i) = l.days.index(&e.at) {
                    values[i] += 1;
                }
            }
            Series { name: method_name(method), class, values }
        })
        .collect()
}

/// Coverage at the end of each day. Only today's is known (the summary);
/// an earlier day's is today's less the people whose first registered
/// method in the period came after it — an estimate that assumes those
/// people were not registered before, and that no one was removed or left
/// the scope since.
fn coverage_over_time(l: &Loaded) -> Vec<Series> {
    // Who registered and on which day first (events come newest first).
    let mut first: Vec<(&str, usize)> = Vec::new();
    for e in &l.registrations {
        if e.action != "method_registered" || e.outcome != "success" {
            continue;
        }
        if let (Some(who), Some(day)) = (e.target.as_deref(), l.days.index(&e.at)) {
            match first.iter_mut().find(|(w, _)| *w == who) {
                Some(seen) => seen.1 = day,
                None => first.push((who, day)),
            }
        }
    }
    let n = l.days.starts.len();
    let mut later = vec![0u32; n];
    for (_, day) in &first {
        for slot in later.iter_mut().take(*day) {
            *slot += 1;
        }
    }
    let now = l.summary.all;
    let capable: Vec<u32> = later.iter().map(|x| now.capable.saturating_sub(*x)).collect();
    let registered: Vec<u32> = later
        .iter()
        .zip(&capable)
        .map(|(x, c)| now.registered.saturating_sub(*x).saturating_sub(*c))
        .collect();
    let not_registered: Vec<u32> = later.iter().map(|x| now.not_registered + x).collect();
    vec![
        Series { name: t(k::REPORTS_COVERAGE_CAPABLE).to_owned(), class: COLOURS[0], values: capable },
        Series { name: t(k::REPORTS_COVERAGE_REGISTERED).to_owned(), class: COLOURS[2], values: registered },
        Series {
            name: t(k::REPORTS_COVERAGE_NOT_REGISTERED).to_owned(),
            class: COLOURS[1],
            values: not_registered,
        },
    ]
}

fn total(series: &[Series]) -> u32 {
    series.iter().flat_map(|s| &s.values).sum()
}

/// Items of a list, as the reader separates them ("Email, Text message").
pub fn joined(items: impl Iterator<Item = String>) -> String {
    items.collect::<Vec<_>>().join(t(k::REPORTS_LIST_SEPARATOR))
}

/// "Email (3), Security questions (1)", largest first as the server ranks them.
fn counted(parts: impl Iterator<Item = (String, u32)>) -> String {
    joined(parts.map(|(name, n)| tf(k::REPORTS_COUNTED, &[("name", name.into()), ("count", n.into())])))
}

fn subjects(rows: &[SubjectCount]) -> String {
    counted(rows.iter().map(|s| {
        (
            s.name
                .clone()
                .or_else(|| s.user.clone())
                .unwrap_or_else(|| t(k::REPORTS_UNKNOWN_NAME).to_owned()),
            s.count,
        )
    }))
}

fn methods(rows: &[MethodCount]) -> String {
    counted(rows.iter().map(|m| (method_name(&m.method), m.users)))
}

fn keys(rows: &[KeyCount]) -> String {
    counted(rows.iter().map(|k| (k.label.clone().unwrap_or_else(|| k.key.clone()), k.count)))
}

/// `text`, or "None." when there is nothing to say.
fn or_none(text: String) -> String {
    if text.is_empty() { t(k::REPORTS_NONE).to_owned() } else { text }
}

/// `text`, or "None" inside a sentence when there is nothing to say.
fn or_none_inline(text: String) -> String {
    if text.is_empty() { t(k::REPORTS_NONE_INLINE).to_owned() } else { text }
}

#[component]
pub fn Reports() -> impl IntoView {
    let ctx = expect_context::<Ctx>();
    let error = RwSignal::new(None);
    let period = RwSignal::new("7".to_owned());
    let loaded = LocalResource::new(move || {
        let days = period.get().parse().unwrap_or(7);
        load(ctx.token(), days)
    });
    Effect::new(move || {
        if let Some(Err(e)) = loaded.get() {
            ctx.failed(&e, error);
        }
    });
    view! {
        <section class="card wide reports">
            <h1 id="page-title" tabindex="-1">{t(k::REPORTS_TITLE)}</h1>
            <p class="lead">{t(k::REPORTS_LEAD)}</p>
            <Select id="period" label=t(k::REPORTS_PERIOD) value=period options=vec![
                ("7", t(k::REPORTS_PERIOD_7)), ("30", t(k::REPORTS_PERIOD_30)), ("90", t(k::REPORTS_PERIOD_90))] />
            <NoticeBox notice=error />
            <Transition fallback=|| view! { <p class="loading" role="status">{t(k::REPORTS_LOADING)}</p> }>
                {move || loaded.get().and_then(Result::ok).map(|l| view! { <Overview l=l /> })}
            </Transition>
            <NotRegistered />
            <activity::Activity />
        </section>
    }
}

/// The charts, the answers and the registration summary of one period.
#[component]
fn Overview(l: Loaded) -> impl IntoView {
    let days = l.days.labels.len();
    let outcome = by_outcome(&l);
    let succeeded =
        l.resets.iter().filter(|e| e.outcome == "success" && l.days.index(&e.at).is_some()).count();
    let outcome_summary = tf(
        k::REPORTS_OUTCOME_SUMMARY,
        &[("days", days.into()), ("total", total(&outcome).into()), ("succeeded", succeeded.into())],
    );
    let method = by_method(&l);
    let methods_proven =
        or_none_inline(counted(method.iter().map(|s| (s.name.clone(), s.values.iter().sum()))));
    let method_summary =
        tf(k::REPORTS_METHOD_SUMMARY, &[("days", days.into()), ("methods", methods_proven.into())]);
    let coverage = coverage_over_time(&l);
    let now = l.summary.all;
    let coverage_summary = tf(
        k::REPORTS_COVERAGE_SUMMARY,
        &[
            ("registered", now.registered.into()),
            ("users", now.users.into()),
            ("capable", now.capable.into()),
            ("unregistered", now.not_registered.into()),
        ],
    );
    let problems: Vec<(String, u32)> = l
        .insights
        .problems
        .iter()
        .take(8)
        .map(|k| (k.label.clone().unwrap_or_else(|| k.key.clone()), k.count))
        .collect();
    let problems_summary = tf(
        k::REPORTS_PROBLEMS_SUMMARY,
        &[("days", days.into()), ("reasons", or_none_inline(counted(problems.iter().cloned())).into())],
    );
    let (sign_in_rows, resistant) = sign_ins(&l.insights);
    let sign_ins_summary = tf(
        k::REPORTS_SIGN_INS_SUMMARY,
        &[("days", days.into()), ("methods", counted(sign_in_rows.iter().cloned()).into())],
    );
    view! {
        {l.partial.then(|| view! {
            <p class="warning">{t(k::REPORTS_PARTIAL)}</p>
        })}
        <h2>{t(k::REPORTS_CHARTS)}</h2>
        <div class="charts">
            <StackedBars id="chart-outcome" title=t(k::REPORTS_CHART_OUTCOME) labels=l.days.labels.clone() series=outcome summary=outcome_summary />
            <StackedBars id="chart-method" title=t(k::REPORTS_CHART_METHOD) labels=l.days.labels.clone() series=method summary=method_summary />
            <StackedBars id="chart-coverage" title=t(k::REPORTS_CHART_COVERAGE) labels=l.days.labels.clone() series=coverage summary=coverage_summary />
            <HorizontalBars id="chart-problems" title=t(k::REPORTS_CHART_PROBLEMS) counts=t(k::REPORTS_CHART_PROBLEMS_COUNTS) rows=problems summary=problems_summary heading=t(k::CHARTS_REASON) />
            <HorizontalBars id="chart-sign-ins" title=t(k::REPORTS_CHART_SIGN_INS) heading=t(k::CHARTS_METHOD)
                counts=t(k::REPORTS_CHART_SIGN_INS_COUNTS) rows=sign_in_rows summary=sign_ins_summary
                note=resistant labels_above=true colour=COLOURS[2] />
        </div>
        <Questions i=l.insights days=days />
        <Summary s=l.summary />
    }
}

/// The administrator's questions, each answered in a sentence.
#[component]
fn Questions(i: ReportInsights, days: usize) -> impl IntoView {
    let changes = i
        .policy_changes
        .iter()
        .map(|e| {
            let what = e.words.reason_text.clone().unwrap_or_else(|| t(k::REPORTS_THE_SETTINGS).to_owned());
            let who = e
                .actor_name
                .clone()
                .or_else(|| e.actor.clone())
                .unwrap_or_else(|| t(k::REPORTS_SOMEONE).to_owned());
            tf(
                k::REPORTS_POLICY_CHANGE,
                &[("when", local_date_time(&e.at).into()), ("what", what.into()), ("who", who.into())],
            )
        })
        .collect::<Vec<_>>()
        .join("; ");
    let c = i.coverage;
    let suspicious = [
        (k::REPORTS_SUSPICIOUS_BLOCKED, subjects(&i.blocked)),
        (k::REPORTS_SUSPICIOUS_FAILED_PROOFS, subjects(&i.failed_proofs)),
        (k::REPORTS_SUSPICIOUS_STARTS_USER, subjects(&i.starts_per_user)),
        (k::REPORTS_SUSPICIOUS_STARTS_ADDRESS, keys(&i.starts_per_address)),
    ];
    let quiet = suspicious.iter().all(|(_, s)| s.is_empty());
    let answers = [
        ("answer-policy", k::REPORTS_Q_POLICY, or_none(changes)),
        (
            "answer-registered",
            k::REPORTS_Q_REGISTERED,
            tf(
                k::REPORTS_A_REGISTERED,
                &[
                    ("people", i.registered_people.into()),
                    ("methods", i.registrations.into()),
                    ("registered", c.registered.into()),
                    ("users", c.users.into()),
                    ("capable", c.capable.into()),
                ],
            ),
        ),
        ("answer-who", k::REPORTS_Q_WHO, or_none(subjects(&i.registered))),
        (
            "answer-data",
            k::REPORTS_Q_DATA,
            tf(
                k::REPORTS_A_DATA,
                &[
                    ("period", or_none_inline(methods(&i.registered_methods)).into()),
                    ("now", or_none_inline(methods(&i.registered_data)).into()),
                ],
            ),
        ),
        (
            "answer-resets",
            k::REPORTS_Q_RESETS,
            tf(
                k::REPORTS_A_RESETS,
                &[("resets", i.resets.into()), ("days", days.into()), ("admin", i.admin_resets.into())],
            ),
        ),
        ("answer-methods", k::REPORTS_Q_METHODS, or_none(methods(&i.reset_methods))),
        ("answer-problems", k::REPORTS_Q_PROBLEMS, or_none(keys(&i.problems))),
        ("answer-admins", k::REPORTS_Q_ADMINS, or_none(subjects(&i.admins_resetting_themselves))),
    ];
    view! {
        <h2>{t(k::REPORTS_QUESTIONS)}</h2>
        {(!i.complete).then(|| view! {
            <p class="warning" id="answers-partial">{tf(k::REPORTS_ANSWERS_PARTIAL, &[("count", i.examined.into())])}</p>
        })}
        <dl class="answers">
            {answers.into_iter().map(|(id, q, a)| view! { <dt>{t(q)}</dt><dd id=id>{a}</dd> }).collect_view()}
            <dt>{t(k::REPORTS_Q_SUSPICIOUS)}</dt>
            <dd id="answer-suspicious">
                {if quiet {
                    view! { {t(k::REPORTS_NONE)} }.into_any()
                } else {
                    view! { <ul>{suspicious.into_iter().map(|(what, who)| view! {
                        <li>{tf(k::REPORTS_SUSPICIOUS_LINE, &[("what", t(what).into()), ("who", or_none(who).into())])}</li>
                    }).collect_view()}</ul> }.into_any()
                }}
            </dd>
        </dl>
    }
}

/// Registered, capable and not registered: everyone, by data, by group.
#[component]
fn Summary(s: RegistrationSummary) -> impl IntoView {
    let row = |name: String, c: latchkey_dto::RegistrationCoverage| {
        let counts = [c.users, c.registered, c.capable, c.not_registered, c.not_in_scope];
        body_row(std::iter::once(name).chain(counts.into_iter().map(count)).collect())
    };
    let groups = s.by_group.into_iter().map(|g| row(g.group, g.coverage)).collect_view();
    view! {
        <h2>{t(k::REPORTS_REGISTRATION)}</h2>
        <p id="registration-by-method">{tf(k::REPORTS_REGISTERED_DATA, &[("methods", or_none(methods(&s.by_method)).into())])}</p>
        <div class="table-wrap" tabindex="0" role="region" aria-label=t(k::REPORTS_BY_GROUP)>
            <table class="coverage">
                <thead>{heads(&[
                    k::REPORTS_COL_WHO,
                    k::REPORTS_COL_USERS,
                    k::REPORTS_COL_REGISTERED,
                    k::REPORTS_COL_CAPABLE,
                    k::REPORTS_COL_NOT_REGISTERED,
                    k::REPORTS_COL_NOT_IN_SCOPE,
                ])}</thead>
                <tbody>{row(t(k::REPORTS_EVERYONE).to_owned(), s.all)}{groups}</tbody>
            </table>
        </div>
    }
}

/// The users in the reset scope who have not registered enough, a page at a
/// time, and all of them as CSV.
#[component]
fn NotRegistered() -> impl IntoView {
    let ctx = expect_context::<Ctx>();
    let error = RwSignal::new(None);
    let rows = RwSignal::new(Vec::new());
    let next = RwSignal::new(None::<String>);
    let busy = RwSignal::new(false);
    let more = move |first: bool| {
        let Some(token) = ctx.token() else { return };
        let after = if first { None } else { next.get_untracked() };
        busy.set(true);
        spawn_local(async move {
            match api::not_registered(&token, after.as_deref()).await {
                Ok(page) => {
                    rows.update(|r: &mut Vec<_>| r.extend(page.users));
                    next.set(page.next);
                }
                Err(e) => ctx.failed(&e, error),
            }
            busy.set(false);
        });
    };
    more(true);
    let csv = move |_| {
        let Some(token) = ctx.token() else { return };
        spawn_local(async move {
            match api::not_registered_csv(&token).await {
                Ok(text) => download("not-registered.csv", &text),
                Err(e) => ctx.failed(&e, error),
            }
        });
    };
    view! {
        <h2>{t(k::REPORTS_NOT_REGISTERED_TITLE)}</h2>
        <NoticeBox notice=error />
        <p class="count" role="status">{move || match rows.with(Vec::len) {
            0 if busy.get() => t(k::REPORTS_NOT_REGISTERED_LOADING).to_owned(),
            0 => t(k::REPORTS_ALL_REGISTERED).to_owned(),
            n => {
                let more = next.with(Option::is_some);
                tf(if more { k::REPORTS_USERS_SHOWN_MORE } else { k::REPORTS_USERS_SHOWN }, &[("count", n.into())])
            }
        }}</p>
        <div class="table-wrap" tabindex="0" role="region" aria-label=t(k::REPORTS_NOT_REGISTERED_TABLE)>
            <table class="not-registered">
                <thead>{heads(&[k::REPORTS_COL_NAME, k::REPORTS_COL_USERNAME, k::REPORTS_COL_GROUPS])}</thead>
                <tbody>
                    <For each=move || rows.get() key=|u: &latchkey_dto::NotRegisteredRow| u.id.clone() let:u>
                        {body_row(vec![u.display_name, u.username, joined(u.groups.into_iter())])}
                    </For>
                </tbody>
            </table>
        </div>
        <div class="buttons">
            <Show when=move || next.with(Option::is_some)>
                <button type="button" class="secondary" id="not-registered-more" disabled=move || busy.get() on:click=move |_| more(false)>
                    {t(k::REPORTS_LOAD_MORE)}
                </button>
            </Show>
            <button type="button" class="secondary" id="not-registered-csv" on:click=csv>{t(k::REPORTS_DOWNLOAD_CSV)}</button>
        </div>
    }
}
