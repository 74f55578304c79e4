use latchkey_dto::{NextStep, SignInRequest};
use leptos::ev::SubmitEvent;
use leptos::prelude::*;
use leptos::task::spawn_local;

use crate::api;
use crate::app::{Ctx, Session};
use crate::components::{Field, Link, NoticeBox};
use crate::messages::notice;
use crate::route::Route;

#[component]
pub fn SignIn() -> impl IntoView {
    let ctx = expect_context::<Ctx>();
    let username = RwSignal::new(String::new());
    let password = RwSignal::new(String::new());
    let error = RwSignal::new(None);
    let busy = RwSignal::new(false);
    // A success message from the page before ("Your password was reset").
    let flash = RwSignal::new(ctx.flash.get_untracked());
    ctx.flash.set(None);

    let submit = move |ev: SubmitEvent| {
        ev.prevent_default();
        if busy.get_untracked() {
            return;
        }
        busy.set(true);
        error.set(None);
        flash.set(None);
        let request =
            SignInRequest { username: username.get_untracked(), password: password.get_untracked() };
        spawn_local(async move {
            match api::sign_in(&request).await {
                Ok(signed_in) => {
                    password.set(String::new());
                    let next = signed_in.next;
                    ctx.session.set(Some(Session { token: signed_in.token, user: signed_in.user, next }));
                    let to = match next {
                        Some(NextStep::ChangePassword) => Route::Change,
                        Some(NextStep::RegisterMethods | NextStep::ConfirmMethods) => Route::Register,
                        _ => ctx.return_to.get_untracked().unwrap_or(Route::Account),
                    };
                    ctx.return_to.set(None);
                    ctx.go(to);
                }
                Err(e) => {
                    password.set(String::new());
                    error.set(Some(notice(&e)));
                }
            }
            busy.set(false);
        });
    };

    view! {
        <section class="card">
            <h1 id="page-title" tabindex="-1">"Sign in"</h1>
            <NoticeBox notice=flash tone="success" />
            <NoticeBox notice=error />
            <form on:submit=submit novalidate>
                <Field id="username" label="Username" value=username autocomplete="username" autofocus=true />
                <Field id="password" label="Password" value=password kind="password" autocomplete="current-password" />
                <button type="submit" class="primary" disabled=move || busy.get()>
                    {move || if busy.get() { "Signing in…" } else { "Sign in" }}
                </button>
            </form>
            <nav class="links" aria-label="Account help">
                <Link to=Route::Reset>"Can't access your account?"</Link>
                <Link to=Route::Unlock>"Account locked? Unlock it"</Link>
                <Link to=Route::Invite>"I have an invitation"</Link>
            </nav>
        </section>
    }
}
