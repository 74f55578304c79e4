//! Import and export. A file is checked first (a dry run: every row's result,
//! nothing written), then applied in batches with a progress bar. Rows are
//! upserted by username, so a batch sent twice changes nothing the second
//! time: an interrupted import resumes from the first batch not confirmed.

use latchkey_dto::{ImportReport, ImportRowResult};
use latchkey_web::i18n::{number, t, tf};
use leptos::prelude::*;
use leptos::task::spawn_local;
use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;

use crate::api;
use crate::app::Ctx;
use crate::k;
use crate::ui::{Check, Notice, NoticeBox, download};

/// Rows per request when applying: small enough that each answer comes back
/// within a couple of seconds, so the bar moves.
const BATCH_ROWS: usize = 500;
/// Rows of a dry run shown in full; errors are always all shown.
const SHOWN_ROWS: usize = 200;
/// The columns a CSV file may have, named as the import reads them.
const COLUMNS: &str =
    "username, display_name, first_name, last_name, emails, mobile, office_phone, groups, roles"; // not words: the CSV column names the import reads

/// A file split into its header and records (a quoted CSV field may hold a
/// line break, so records are split outside quotes only).
#[derive(Clone)]
struct Upload {
    name: String,
    content_type: &'static str,
    header: Option<String>,
    records: Vec<String>,
}

impl Upload {
    fn parse(name: String, text: &str) -> Upload {
        let csv = !(name.ends_with(".jsonl") || name.ends_with(".ndjson") || name.ends_with(".json"));
        let mut records = if csv { split_csv(text) } else { text.lines().map(str::to_owned).collect() };
        records.retain(|r| !r.trim().is_empty());
        let header = if csv && !records.is_empty() { Some(records.remove(0)) } else { None };
        Upload { name, content_type: if csv { "text/csv" } else { "application/x-ndjson" }, header, records }
    }

    /// The body for records `from..to`, header first.
    fn body(&self, from: usize, to: usize) -> String {
        let mut out = String::new();
        if let Some(h) = &self.header {
            out.push_str(h);
            out.push('\n');
        }
        for r in &self.records[from..to.min(self.records.len())] {
            out.push_str(r);
            out.push('\n');
        }
        out
    }
}

/// CSV records, splitting on line breaks outside double quotes.
fn split_csv(text: &str) -> Vec<String> {
    let mut records = Vec::new();
    let mut current = String::new();
    let mut quoted = false;
    for c in text.chars() {
        match c {
            '"' => {
                quoted = !quoted;
                current.push(c);
            }
            '\n' if !quoted => records.push(std::mem::take(&mut current).trim_end_matches('\r').to_owned()),
            _ => current.push(c),
        }
    }
    if !current.is_empty() {
        records.push(current);
    }
    records
}

/// Where the apply stands.
#[derive(Clone, Default)]
struct Progress {
    done: usize,
    total: usize,
    report: Option<ImportReport>,
    /// The batch that failed, to resume from.
    stopped_at: Option<usize>,
}

/// The screen's state; every field is a cheap `Copy` handle.
#[derive(Clone, Copy)]
struct Screen {
    ctx: Ctx,
    upload: RwSignal<Option<Upload>>,
    /// The last dry run's report.
    check: RwSignal<Option<ImportReport>>,
    progress: RwSignal<Option<Progress>>,
    busy: RwSignal<bool>,
    error: RwSignal<Option<Notice>>,
    done: RwSignal<Option<Notice>>,
    invite: RwSignal<bool>,
}

impl Screen {
    /// Reads the chosen file; a new file forgets the last check and progress.
    fn choose(self, ev: leptos::ev::Event) {
        let Some(input) = ev.target().and_then(|t| t.dyn_into::<web_sys::HtmlInputElement>().ok()) else {
            return;
        };
        let Some(file) = input.files().and_then(|f| f.get(0)) else { return };
        self.check.set(None);
        self.progress.set(None);
        self.error.set(None);
        self.done.set(None);
        spawn_local(async move {
            match JsFuture::from(file.text()).await.ok().and_then(|v| v.as_string()) {
                Some(text) => self.upload.set(Some(Upload::parse(file.name(), &text))),
                None => self
                    .error
                    .set(Some(Notice::new(t(k::IMPORT_UNREADABLE_TITLE), t(k::IMPORT_UNREADABLE_BODY)))),
            }
        });
    }

    /// Sends the whole file as a dry run: every row's result, nothing written.
    fn dry_run(self) {
        let (Some(token), Some(file)) = (self.ctx.token(), self.upload.get_untracked()) else { return };
        self.busy.set(true);
        self.error.set(None);
        spawn_local(async move {
            match api::import(
                &token,
                file.content_type,
                &file.body(0, file.records.len()),
                true,
                self.invite.get_untracked(),
            )
            .await
            {
                Ok(report) => self.check.set(Some(report)),
                Err(e) => self.ctx.failed(&e, self.error),
            }
            self.busy.set(false);
        });
    }

    /// Applies the file from record `from` on (0, or where a failed batch
    /// stopped), a batch at a time, adding up what each batch did.
    fn apply(self, from: usize) {
        let (Some(token), Some(file)) = (self.ctx.token(), self.upload.get_untracked()) else { return };
        self.busy.set(true);
        self.error.set(None);
        // The check described a file not yet written: once the import runs,
        // only its own report stands.
        self.check.set(None);
        let total = file.records.len();
        let mut state = self.progress.get_untracked().filter(|_| from > 0).unwrap_or_default();
        state.total = total;
        state.stopped_at = None;
        self.progress.set(Some(state.clone()));
        spawn_local(async move {
            let mut start = from;
            let mut summary = state.report.take().unwrap_or(ImportReport {
                dry_run: false,
                created: 0,
                updated: 0,
                unchanged: 0,
                errors: 0,
                rows: Vec::new(),
            });
            while start < total {
                let end = (start + BATCH_ROWS).min(total);
                let body = file.body(start, end);
                let sent =
                    api::import(&token, file.content_type, &body, false, self.invite.get_untracked()).await;
                let failed = match sent {
                    Ok(batch) => {
                        merge(&mut summary, batch, start, file.header.is_some());
                        start = end;
                        None
                    }
                    Err(e) => Some(e),
                };
                // A failed batch is where a resume starts.
                let stopped_at = failed.as_ref().map(|_| start);
                self.progress.set(Some(Progress {
                    done: start,
                    total,
                    report: Some(summary.clone()),
                    stopped_at,
                }));
                if let Some(e) = failed {
                    self.ctx.failed(&e, self.error);
                    self.busy.set(false);
                    return;
                }
            }
            self.done.set(Some(Notice::new(
                t(k::IMPORT_FINISHED_TITLE),
                tf(
                    k::IMPORT_FINISHED_BODY,
                    &[
                        ("created", summary.created.into()),
                        ("updated", summary.updated.into()),
                        ("unchanged", summary.unchanged.into()),
                        ("errors", summary.errors.into()),
                    ],
                ),
            )));
            self.busy.set(false);
        });
    }

    /// Downloads every user as CSV.
    fn export(self) {
        let Some(token) = self.ctx.token() else { return };
        spawn_local(async move {
            match api::export(&token).await {
                Ok(csv) => download("latchkey-users.csv", &csv),
                Err(e) => self.ctx.failed(&e, self.error),
            }
        });
    }
}

#[component]
pub fn Import() -> impl IntoView {
    let screen = Screen {
        ctx: expect_context::<Ctx>(),
        upload: RwSignal::new(None),
        check: RwSignal::new(None),
        progress: RwSignal::new(None),
        busy: RwSignal::new(false),
        error: RwSignal::new(None),
        done: RwSignal::new(None),
        invite: RwSignal::new(true),
    };
    let Screen { upload, check, progress, busy, .. } = screen;
    let lead = t(k::IMPORT_LEAD);
    let (lead_before, lead_after) = lead.split_once("{columns}").unwrap_or((lead, ""));
    view! {
        <section class="card wide">
            <h1 id="page-title" tabindex="-1">{t(k::IMPORT_TITLE)}</h1>
            <p class="lead">{lead_before}<code>{COLUMNS}</code>{lead_after}</p>
            <NoticeBox notice=screen.done tone="success" />
            <NoticeBox notice=screen.error />
            <div class="field">
                <label for="import-file">{t(k::IMPORT_FILE)}</label>
                <input type="file" id="import-file" accept=".csv,.jsonl,.ndjson,text/csv" on:change=move |ev| screen.choose(ev) />
                <p class="hint">{move || upload.get().map(|u| tf(k::IMPORT_FILE_ROWS, &[("name", u.name.into()), ("count", u.records.len().into())]))}</p>
            </div>
            <Check id="import-invite" label=t(k::IMPORT_INVITE) value=screen.invite />
            <div class="buttons">
                <button type="button" class="secondary" id="dry-run" disabled=move || busy.get() || upload.with(Option::is_none) on:click=move |_| screen.dry_run()>
                    {t(k::IMPORT_DRY_RUN)}
                </button>
                <Show when=move || check.with(Option::is_some)>
                    <button type="button" class="primary" id="apply-import" disabled=move || busy.get() on:click=move |_| screen.apply(0)>
                        {move || tf(k::IMPORT_APPLY, &[("count", check.with(|c| c.as_ref().map_or(0, |r| r.created + r.updated + r.unchanged)).into())])}
                    </button>
                </Show>
                <button type="button" class="secondary" id="export" on:click=move |_| screen.export()>{t(k::IMPORT_EXPORT)}</button>
            </div>
            {move || progress.get().map(|p| view! {
                <div class="progress" id="import-progress">
                    <label for="import-bar">{tf(k::IMPORT_PROGRESS, &[("done", p.done.into()), ("total", p.total.into())])}</label>
                    <progress id="import-bar" max=p.total.to_string() value=p.done.to_string()></progress>
                    {p.stopped_at.map(|at| view! {
                        <button type="button" class="primary" id="resume-import" on:click=move |_| screen.apply(at)>
                            {tf(k::IMPORT_RESUME, &[("row", (at + 1).into())])}
                        </button>
                    })}
                </div>
            })}
            {move || check.get().map(|report| view! { <Report report=report title=t(k::IMPORT_CHECK_TITLE) /> })}
            {move || progress.get().and_then(|p| p.report).filter(|_| !busy.get()).map(|report| view! { <Report report=report title=t(k::IMPORT_DONE_TITLE) /> })}
        </section>
    }
}

/// Adds one batch's results, with its lines counted from the file's start.
fn merge(total: &mut ImportReport, batch: ImportReport, offset: usize, header: bool) {
    total.created += batch.created;
    total.updated += batch.updated;
    total.unchanged += batch.unchanged;
    total.errors += batch.errors;
    let first = if header { 2 } else { 1 };
    total.rows.extend(batch.rows.into_iter().map(|mut r| {
        // The server counts lines within the batch it was sent.
        r.line = r.line.saturating_sub(first) + offset + first;
        r
    }));
}

#[component]
fn Report(report: ImportReport, title: &'static str) -> impl IntoView {
    let errors: Vec<ImportRowResult> = report.rows.iter().filter(|r| r.result == "error").cloned().collect();
    let others: Vec<ImportRowResult> =
        report.rows.iter().filter(|r| r.result != "error").take(SHOWN_ROWS).cloned().collect();
    let hidden = report.rows.len() - errors.len() - others.len();
    let summary = tf(
        if report.dry_run { k::IMPORT_SUMMARY_DRY_RUN } else { k::IMPORT_SUMMARY },
        &[
            ("create", report.created.into()),
            ("update", report.updated.into()),
            ("unchanged", report.unchanged.into()),
            ("errors", report.errors.into()),
        ],
    );
    view! {
        <section class="report" aria-labelledby="report-title">
            <h2 id="report-title">{title}</h2>
            <p id="import-summary">{summary}</p>
            <div class="table-wrap" tabindex="0" role="region" aria-label=t(k::IMPORT_ROWS)>
                <table class="import-rows">
                    <thead><tr>
                        <th scope="col">{t(k::IMPORT_COL_LINE)}</th><th scope="col">{t(k::IMPORT_COL_USERNAME)}</th>
                        <th scope="col">{t(k::IMPORT_COL_RESULT)}</th><th scope="col">{t(k::IMPORT_COL_PROBLEM)}</th>
                    </tr></thead>
                    <tbody>
                        {errors.into_iter().chain(others).map(|r| {
                            let problem = match (&r.field, &r.reason) {
                                (Some(f), Some(why)) => format!("{f}: {why}"),
                                (None, Some(why)) => why.clone(),
                                _ => String::new(),
                            };
                            view! {
                                <tr class:error-row=r.result == "error">
                                    <td>{number(r.line as f64)}</td><td>{r.username.clone()}</td>
                                    <td>{tf(k::IMPORT_RESULT, &[("result", (&r.result).into())])}</td><td>{problem}</td>
                                </tr>
                            }
                        }).collect_view()}
                    </tbody>
                </table>
            </div>
            {(hidden > 0).then(|| view! { <p class="hint">{tf(k::IMPORT_HIDDEN, &[("hidden", hidden.into())])}</p> })}
        </section>
    }
}
