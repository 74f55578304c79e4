//! "This wasn't me": every security notice ends with a link here
//! (`/report#<token>`). After a confirmation the account is locked down:
//! every session ends, self-service reset and registration are frozen, and
//! the administrators are told. A used, expired or forged link gets one
//! page, and no page here ever says anything about the account.

use latchkey_dto::ProblemCode;
use latchkey_web::i18n::t;
use leptos::prelude::*;
use leptos::task::spawn_local;

use crate::api;
use crate::app::{Ctx, Reporting};
use crate::components::{Link, NoticeBox};
use crate::k;
use crate::messages::notice;
use crate::route::Route;

#[component]
pub fn Report() -> impl IntoView {
    let ctx = expect_context::<Ctx>();
    // Another link opened in this tab while the page is here changes only
    // the part after `#`: no new page load, so it is taken here.
    let other_link = window_event_listener(leptos::ev::hashchange, move |_| {
        let token = crate::app::take_report_token();
        if !token.is_empty() {
            ctx.reporting.set(Some(Reporting::Link(token)));
            latchkey_web::nav::focus_heading(<Route as latchkey_web::nav::Page>::site());
        }
    });
    on_cleanup(move || other_link.remove());
    move || match ctx.reporting.get() {
        Some(Reporting::Done) => view! { <LockedDown /> }.into_any(),
        Some(Reporting::Link(token)) if !token.is_empty() => view! { <Confirm token /> }.into_any(),
        // No token (an incomplete link, or one the server refused), or no link at all.
        _ => view! { <Unusable /> }.into_any(),
    }
}

/// The question before anything happens: a link opened by mistake (or by a
/// mail scanner) locks nothing.
#[component]
fn Confirm(token: String) -> impl IntoView {
    let ctx = expect_context::<Ctx>();
    let token = StoredValue::new(token);
    let error = RwSignal::new(None);
    let busy = RwSignal::new(false);
    let confirm = move |_| {
        if busy.get_untracked() {
            return;
        }
        busy.set(true);
        error.set(None);
        spawn_local(async move {
            let answer = api::report(&token.get_value()).await;
            busy.set(false);
            match answer {
                Ok(()) => ctx.locked_down(),
                Err(e) if e.code() == Some(ProblemCode::ReportLinkInvalid) => {
                    ctx.reporting.set(Some(Reporting::Link(String::new())));
                    latchkey_web::nav::focus_heading(<Route as latchkey_web::nav::Page>::site());
                }
                Err(e) => error.set(Some(notice(&e))),
            }
        });
    };
    view! {
        <section class="card" id="report">
            <h1 id="page-title" tabindex="-1">{t(k::REPORT_CONFIRM_TITLE)}</h1>
            <p>{t(k::REPORT_CONFIRM_BODY)}</p>
            <NoticeBox notice=error />
            <button type="button" class="primary danger" id="report-confirm" disabled=move || busy.get() on:click=confirm>
                {move || if busy.get() { t(k::REPORT_CONFIRMING) } else { t(k::REPORT_CONFIRM) }}
            </button>
            <p class="links"><Link to=Route::SignIn>{t(k::REPORT_CANCEL)}</Link></p>
        </section>
    }
}

/// Done: what happens next.
#[component]
fn LockedDown() -> impl IntoView {
    view! {
        <section class="card" id="report-done">
            <h1 id="page-title" tabindex="-1">{t(k::REPORT_DONE_TITLE)}</h1>
            <p>{t(k::REPORT_DONE_BODY)}</p>
            <p>{t(k::REPORT_DONE_NEXT)}</p>
        </section>
    }
}

/// A used, expired, forged or incomplete link: one answer for all.
#[component]
fn Unusable() -> impl IntoView {
    view! {
        <section class="card" id="report-invalid">
            <h1 id="page-title" tabindex="-1">{t(k::REPORT_INVALID_TITLE)}</h1>
            <p>{t(k::REPORT_INVALID_BODY)}</p>
            <p class="links"><Link to=Route::SignIn>{t(k::REPORT_TO_SIGN_IN)}</Link></p>
        </section>
    }
}
