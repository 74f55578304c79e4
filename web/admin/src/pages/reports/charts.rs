//! The reports' charts, drawn by hand as inline SVG (a chart crate would
//! cost more of the console's bundle than all of them). Each has a text
//! alternative: the SVG is one `role="img"` whose `aria-label` says what it
//! shows, and a table under "The numbers" holds every value drawn.

use latchkey_web::i18n::{number, t};
use leptos::prelude::*;

use crate::k;

/// One series of a stacked chart: its name, its colour (a CSS class) and
/// one value per bar.
#[derive(Clone)]
pub struct Series {
    pub name: String,
    pub class: &'static str,
    pub values: Vec<u32>,
}

/// The colours, in series order (admin.css fills `.c0`…`.c4`).
pub const COLOURS: [&str; 5] = ["c0", "c1", "c2", "c3", "c4"];

/// The drawing's size in SVG units (the viewBoxes below say the same).
const W: f64 = 640.0;
const H: f64 = 200.0;
const LEFT: f64 = 52.0;
const BOTTOM: f64 = 30.0;

/// A table's header row. Every table of the reports is built from this and
/// [`body_row`], so there is one shape of row in the bundle, not one per table.
pub fn head_row(names: Vec<String>) -> impl IntoView {
    view! { <tr>{names.into_iter().map(|n| view! { <th scope="col">{n}</th> }).collect_view()}</tr> }
}

/// A row of `cells`, the first a heading for the row.
pub fn body_row(cells: Vec<String>) -> impl IntoView {
    let mut cells = cells.into_iter();
    let head = cells.next().unwrap_or_default();
    view! { <tr><th scope="row">{head}</th>{cells.map(|c| view! { <td>{c}</td> }).collect_view()}</tr> }
}

/// A count the reader's way, for a tick or a table cell.
pub fn count(n: u32) -> String {
    number(f64::from(n))
}

/// SVG coordinates in whole units: enough at this size, and it keeps float
/// formatting (a few KB of WASM) out of the bundle.
fn at(v: f64) -> String {
    ((v + 0.5) as i64).to_string()
}

/// Bars over days, each bar the series stacked; bars of zero are not drawn.
#[component]
pub fn StackedBars(
    /// The figure's id (`resets-by-outcome`).
    id: &'static str,
    title: &'static str,
    /// One label per bar ("2 Dec").
    labels: Vec<String>,
    series: Vec<Series>,
    /// What the chart shows, in words: the SVG's accessible name.
    summary: String,
) -> impl IntoView {
    let n = labels.len();
    let totals: Vec<u32> = (0..n).map(|i| series.iter().map(|s| s.values[i]).sum()).collect();
    let max = totals.iter().copied().max().unwrap_or(0).max(1);
    let plot = H - BOTTOM - 16.0;
    let step = (W - LEFT) / n.max(1) as f64;
    let width = (step * 0.7).max(1.0);
    let mut bars = Vec::new();
    for i in 0..n {
        let mut y = H - BOTTOM;
        for s in &series {
            let v = s.values[i];
            if v == 0 {
                continue;
            }
            let h = f64::from(v) / f64::from(max) * plot;
            y -= h;
            let x = LEFT + i as f64 * step + (step - width) / 2.0;
            bars.push(view! {
                <rect class=format!("chart-bar {}", s.class) data-value=v x=at(x) y=at(y) width=at(width) height=at(h) />
            });
        }
    }
    // At most six day labels, so they never overlap at the ticks' size.
    let every = n.div_ceil(6).max(1);
    let ticks = labels
        .iter()
        .enumerate()
        .filter(|(i, _)| i % every == 0)
        .map(|(i, l)| {
            let x = LEFT + i as f64 * step + step / 2.0;
            view! { <text class="tick" x=at(x) y=at(H - 6.0) text-anchor="middle">{l.clone()}</text> }
        })
        .collect_view();
    let head = std::iter::once(t(k::CHARTS_DAY).to_owned())
        .chain(series.iter().map(|s| s.name.clone()))
        .chain(std::iter::once(t(k::CHARTS_TOTAL).to_owned()))
        .collect();
    let rows = (0..n)
        .map(|i| {
            let values = series.iter().map(|s| s.values[i]).chain(std::iter::once(totals[i]));
            body_row(std::iter::once(labels[i].clone()).chain(values.map(count)).collect())
        })
        .collect_view();
    view! {
        <figure class="chart" id=id>
            <figcaption>{title}</figcaption>
            <svg role="img" aria-label=summary viewBox="0 0 640 200">
                <line class="axis" x1=at(LEFT) y1=at(H - BOTTOM) x2=at(W) y2=at(H - BOTTOM) />
                <text class="tick" x=at(LEFT - 8.0) y="22" text-anchor="end">{count(max)}</text>
                <text class="tick" x=at(LEFT - 8.0) y=at(H - BOTTOM) text-anchor="end">{count(0)}</text>
                {bars}
                {ticks}
            </svg>
            <Legend series=series.iter().map(|s| (s.name.clone(), s.class)).collect() />
            <details>
                <summary>{t(k::CHARTS_NUMBERS)}</summary>
                <div class="table-wrap">
                    <table class="numbers">
                        <thead>{head_row(head)}</thead>
                        <tbody>{rows}</tbody>
                    </table>
                </div>
            </details>
        </figure>
    }
}

/// One horizontal bar per row, in the order given; a row of zero has its
/// label and its "0", and no bar.
#[component]
pub fn HorizontalBars(
    id: &'static str,
    title: &'static str,
    /// What the rows are, the first column of the table ("Reason").
    heading: &'static str,
    /// What each bar counts ("Failures").
    counts: &'static str,
    rows: Vec<(String, u32)>,
    summary: String,
    /// Each label on a line of its own above its bar, whole, rather than
    /// cut to fit beside it: for a few long names.
    #[prop(optional)]
    labels_above: bool,
    /// A sentence under the bars, for everyone to read (`{id}-note`).
    #[prop(optional)]
    note: Option<String>,
    /// The bars' colour (one of [`COLOURS`]): failures' red unless told.
    #[prop(default = "c1")]
    colour: &'static str,
) -> impl IntoView {
    // Where bars start, a row's height, and the room kept right of the
    // longest bar for its count.
    let (label, row, room) = if labels_above { (0.0, 64.0, 90.0) } else { (250.0, 34.0, 60.0) };
    let max = rows.iter().map(|r| r.1).max().unwrap_or(0).max(1);
    let height = row * rows.len().max(1) as f64 + 4.0;
    let span = W - label - room;
    let bars = rows
        .iter()
        .enumerate()
        .map(|(i, (name, v))| {
            let y = 4.0 + i as f64 * row;
            let w = f64::from(*v) / f64::from(max) * span;
            // Above its bar the label is whole; beside it a long reason
            // (several rules) is cut, and the table has it whole.
            let (text, x, anchor, bar_y) = match name.char_indices().nth(20) {
                _ if labels_above => (name.clone(), 0.0, "start", y + 30.0),
                Some((cut, _)) => (format!("{}…", &name[..cut]), label - 8.0, "end", y),
                None => (name.clone(), label - 8.0, "end", y),
            };
            view! {
                <text class="tick" x=at(x) y=at(y + 20.0) text-anchor=anchor>{text}</text>
                {(*v > 0).then(|| view! {
                    <rect class=format!("chart-bar {colour}") data-value=*v x=at(label) y=at(bar_y) width=at(w) height="24" />
                })}
                <text class="tick" x=at(label + w + 6.0) y=at(bar_y + 20.0)>{count(*v)}</text>
            }
        })
        .collect_view();
    let table = rows.iter().map(|(name, v)| body_row(vec![name.clone(), count(*v)])).collect_view();
    view! {
        <figure class="chart" id=id>
            <figcaption>{title}</figcaption>
            <svg role="img" aria-label=summary viewBox=format!("0 0 640 {}", at(height))>{bars}</svg>
            {note.map(|n| view! { <p class="chart-note" id=format!("{id}-note")>{n}</p> })}
            <details>
                <summary>{t(k::CHARTS_NUMBERS)}</summary>
                <div class="table-wrap">
                    <table class="numbers">
                        <thead>{head_row(vec![heading.to_owned(), counts.to_owned()])}</thead>
                        <tbody>{table}</tbody>
                    </table>
                </div>
            </details>
        </figure>
    }
}

/// Which colour is which series.
#[component]
fn Legend(series: Vec<(String, &'static str)>) -> impl IntoView {
    view! {
        <ul class="legend">
            {series.into_iter().map(|(name, class)| view! {
                <li>
                    <svg class="swatch" viewBox="0 0 12 12" aria-hidden="true"><rect class=class width="12" height="12" /></svg>
                    {name}
                </li>
            }).collect_view()}
        </ul>
    }
}
