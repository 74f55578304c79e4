//! "Set up password reset" before the account page: a registration campaign
//! asks a user who has too few reset methods to register them now, or
//! later (as many times, and as many days apart, as the campaign allows).

use latchkey_dto::{CampaignStanding, ProblemCode};
use latchkey_web::i18n::{t, tf};
use leptos::prelude::*;
use leptos::task::spawn_local;

use crate::api::{self, ApiError};
use crate::app::Ctx;
use crate::components::NoticeBox;
use crate::k;
use crate::messages::{Notice, notice};
use crate::pages::account::SignInFirst;
use crate::route::Route;

#[component]
pub fn Nudge() -> impl IntoView {
    let ctx = expect_context::<Ctx>();
    let signed_in = Memo::new(move |_| ctx.session.with(Option::is_some));
    move || {
        if signed_in.get() {
            view! { <NudgePage /> }.into_any()
        } else {
            ctx.return_to.set(Some(Route::Nudge));
            view! { <SignInFirst /> }.into_any()
        }
    }
}

/// A failed call: an ended session signs out; anything else is shown.
fn fail(ctx: Ctx, error: RwSignal<Option<Notice>>, e: &ApiError) {
    match e.code() {
        Some(ProblemCode::Unauthorized) => ctx.sign_out(Some(notice(e))),
        _ => error.set(Some(notice(e))),
    }
}

/// What "Later" puts off, and until when, in a sentence.
fn later_means(standing: &CampaignStanding) -> String {
    let left = if standing.snoozes_left > 1 {
        tf(k::NUDGE_LEFT, &[("count", standing.snoozes_left.into())])
    } else {
        t(k::NUDGE_LAST).to_owned()
    };
    let again = match standing.snooze_days {
        0 => t(k::NUDGE_AGAIN_NEXT_SIGN_IN).to_owned(),
        days => tf(k::NUDGE_AGAIN_DAYS, &[("days", days.into())]),
    };
    format!("{left} {again}")
}

#[component]
fn NudgePage() -> impl IntoView {
    let ctx = expect_context::<Ctx>();
    let standing = RwSignal::new(None::<CampaignStanding>);
    let error = RwSignal::new(None);
    let busy = RwSignal::new(false);
    let loaded = RwSignal::new(false);
    let token = move || ctx.session.with_untracked(|s| s.as_ref().map(|s| s.token.clone()));
    if let Some(token) = token() {
        spawn_local(async move {
            match api::me(&token).await {
                Ok(me) => match me.campaign {
                    Some(c) if c.state == "nudge" => standing.set(Some(c)),
                    Some(c) if c.state == "required" => ctx.go(Route::Register),
                    // Nothing asked of them now: registered, put off, or no campaign.
                    _ => ctx.go(Route::Account),
                },
                Err(e) => fail(ctx, error, &e),
            }
            loaded.set(true);
        });
    }
    let later = move |_| {
        let Some(token) = token() else { return };
        let Some(asked) = standing.get_untracked() else { return };
        if busy.get_untracked() {
            return;
        }
        busy.set(true);
        error.set(None);
        spawn_local(async move {
            match api::snooze_registration(&token).await {
                Ok(_) => {
                    ctx.session.update(|s| {
                        if let Some(s) = s {
                            s.next = None;
                        }
                    });
                    let again = match asked.snooze_days {
                        0 => t(k::NUDGE_PUT_OFF_NEXT_SIGN_IN).to_owned(),
                        days => tf(k::NUDGE_PUT_OFF_DAYS, &[("days", days.into())]),
                    };
                    ctx.flash.set(Some(Notice::new(t(k::NUDGE_PUT_OFF_TITLE), again)));
                    ctx.go(Route::Account);
                }
                // No "later" left after all: registration comes first.
                Err(e) if e.code() == Some(ProblemCode::RegistrationRequired) => ctx.go(Route::Register),
                Err(e) => fail(ctx, error, &e),
            }
            busy.set(false);
        });
    };
    view! {
        <section class="card" aria-busy=move || (!loaded.get()).to_string()>
            <h1 id="page-title" tabindex="-1">{t(k::REGISTER_TITLE)}</h1>
            <p class="lead">{t(k::NUDGE_WHY)}</p>
            <NoticeBox notice=error />
            <p id="nudge-later-means">{move || standing.get().map(|s| later_means(&s))}</p>
            <button type="button" class="primary" id="nudge-now" on:click=move |_| ctx.go(Route::Register)>
                {t(k::NUDGE_NOW)}
            </button>
            <button
                type="button"
                class="secondary"
                id="nudge-later"
                disabled=move || busy.get() || standing.with(Option::is_none)
                on:click=later
            >
                {t(k::NUDGE_LATER)}
            </button>
        </section>
    }
}
