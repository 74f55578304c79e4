use latchkey_web::nav::DeadEnd;
use latchkey_web::notice::take_flash;
use leptos::prelude::*;
use leptos::task::spawn_local;

use crate::api;
use crate::app::Ctx;
use crate::components::{Link, NoticeBox};
use crate::messages::{Notice, local_date};
use crate::route::Route;

#[component]
pub fn Account() -> impl IntoView {
    let ctx = expect_context::<Ctx>();
    let flash = take_flash(ctx.flash);
    // When the password runs out, if the organisation sets a maximum age.
    // Only a hint: if it cannot be read, the page simply goes without it.
    let expires = RwSignal::new(None::<String>);
    // The ways the user proves who they are, once read (`None`: not yet, or unreadable).
    let me = RwSignal::new(None::<latchkey_dto::MeResponse>);
    if let Some(session) = ctx.session.get_untracked() {
        spawn_local(async move {
            if let Ok(read) = api::me(&session.token).await {
                expires.set(read.password.expires_at.map(|at| local_date(&at)));
                me.set(Some(read));
            }
        });
    }
    move || {
        match ctx.session.get() {
        None => {
            ctx.return_to.set(Some(Route::Account));
            view! { <SignInFirst /> }.into_any()
        }
        Some(session) => view! {
            <section class="card">
                <h1 id="page-title" tabindex="-1">"Your account"</h1>
                <NoticeBox notice=flash tone="success" urgent=true />
                <p class="who">
                    "Signed in as " <strong>{session.user.display_name.clone()}</strong>
                    " (" {session.user.username.clone()} ")"
                </p>
                {move || expires.get().map(|date| view! {
                    <p class="hint" id="password-expiry">{format!("Your password expires on {date}. Change it before then to keep signing in without interruption.")}</p>
                })}
                <h2>"How you prove it's you"</h2>
                {move || me.get().map(|m| view! { <Methods me=m /> })}
                <ul class="actions">
                    <li><Link to=Route::Change>"Change your password"</Link></li>
                    <li><Link to=Route::Register>"Your password-reset methods"</Link></li>
                    {move || me.get().filter(|m| !m.methods.iter().any(|x| x.kind == latchkey_dto::MethodKind::Authenticator)).map(|_| view! {
                        <li><Link to=Route::Authenticator>"Set up an authenticator app"</Link></li>
                    })}
                    // The console is its own app: a full page load, and its own sign-in.
                    {session.user.roles.iter().any(|r| r == "admin" || r == "helpdesk" || r == "reports_reader").then(|| view! {
                        <li><a href="/admin/">"Admin console"</a></li>
                    })}
                </ul>
                <button
                    type="button"
                    class="secondary"
                    on:click=move |_| ctx.sign_out(Some(Notice::new("Signed out", "You have signed out.")))
                >
                    "Sign out"
                </button>
            </section>
        }
        .into_any(),
    }
    }
}

/// The user's methods, each with its hint, and where their registration stands.
#[component]
fn Methods(me: latchkey_dto::MeResponse) -> impl IntoView {
    let reg = me.registration;
    let missing = reg.required.saturating_sub(reg.registered);
    let status = match reg.state {
        latchkey_dto::RegistrationState::NotInScope => {
            "Self-service reset is not turned on for your account.".to_owned()
        }
        _ if missing == 0 => "Enough to reset your password yourself.".to_owned(),
        _ => format!("Add {missing} more to reset your password yourself."),
    };
    let none = me.methods.is_empty().then(|| view! { <li>"None yet."</li> });
    view! {
        <ul class="methods" id="account-methods">
            {none}
            {me.methods.into_iter().map(|m| view! {
                <li>{crate::pages::register::method_line(m.kind, &m.hint)}</li>
            }).collect_view()}
        </ul>
        <p class="hint" id="account-registration">{status}</p>
    }
}

/// Shown on a page that needs a session when there is none (signed out, or
/// the session ran out).
#[component]
pub fn SignInFirst() -> impl IntoView {
    view! {
        <DeadEnd title="Sign in first"
            body="You need to be signed in for this page. A session ends when you sign out, or after a while without use."
            to=Route::SignIn link="Sign in" />
    }
}
