//! Signing in with a Temporary Access Pass (`/access-pass`), the way back
//! in that an administrator or the help desk gives without knowing any
//! password of the user's; then "Set up your account": a passkey in one tap,
//! and the user's own password, judged as they type by the same checklist
//! as a change. The pass's session can do nothing else (the server refuses
//! the rest), lives in this page only, and once the user has set up, they
//! sign in as usual: with the new password, or the passkey.

use latchkey_dto::{
    AccessPassSignInRequest, NextStep, ProblemCode, SessionApp, SessionUser, SetPasswordRequest,
    SignInRequest,
};
use latchkey_web::i18n::{k as shared, t, tf};
use latchkey_web::nav::{self, Page};
use latchkey_web::passkey::{self, Failure};
use leptos::ev::SubmitEvent;
use leptos::prelude::*;
use leptos::task::spawn_local;

use crate::api::{self, ApiError};
use crate::app::Ctx;
use crate::components::{
    Field, Link, NewPassword, NewPasswordFields, NoticeBox, PolicySummary, personal_terms,
};
use crate::k;
use crate::messages::{Notice, notice};
use crate::pages::passkeys::{checked_name, default_name};
use crate::pages::signin::signed_in;
use crate::route::Route;

/// A session a pass opened: its token, and who it is for.
#[derive(Clone)]
struct Opened {
    token: String,
    user: SessionUser,
}

#[component]
pub fn AccessPass() -> impl IntoView {
    let opened = RwSignal::new(None::<Opened>);
    move || match opened.get() {
        None => view! { <PassSignIn opened /> }.into_any(),
        Some(session) => view! { <SetUp session opened /> }.into_any(),
    }
}

/// The username and the pass.
#[component]
fn PassSignIn(opened: RwSignal<Option<Opened>>) -> impl IntoView {
    let ctx = expect_context::<Ctx>();
    let username = RwSignal::new(String::new());
    let pass = RwSignal::new(String::new());
    let username_error = RwSignal::new(None);
    let pass_error = RwSignal::new(None);
    let error = RwSignal::new(None::<Notice>);
    let busy = RwSignal::new(false);
    // Why the page was opened again ("your pass's session ended").
    let flash = latchkey_web::notice::take_flash(ctx.flash);
    let submit = move |ev: SubmitEvent| {
        ev.prevent_default();
        let name = username.get_untracked().trim().to_owned();
        // Passes have no spaces: any typed between groups go.
        let typed: String = pass.get_untracked().split_whitespace().collect();
        username_error.set(name.is_empty().then(|| t(k::ACCESSPASS_ENTER_USERNAME).to_owned()));
        pass_error.set(typed.is_empty().then(|| t(k::ACCESSPASS_ENTER_PASS).to_owned()));
        if name.is_empty() || typed.is_empty() || busy.get_untracked() {
            return;
        }
        busy.set(true);
        error.set(None);
        flash.set(None);
        let request = AccessPassSignInRequest {
            username: name,
            access_pass: typed.into(),
            app: Some(SessionApp::Portal),
        };
        spawn_local(async move {
            match api::sign_in_with_pass(&request).await {
                Ok(signed) if signed.next == Some(NextStep::AccessPass) => {
                    pass.set(String::new());
                    opened.set(Some(Opened { token: signed.token.into_exposed(), user: signed.user }));
                    nav::focus_heading(Route::site());
                }
                // Not a pass's session (the server never answers so): as any sign-in.
                Ok(signed) => signed_in(ctx, signed),
                // Wrong, used, run out, revoked or not started: one answer.
                Err(e) if e.code() == Some(ProblemCode::InvalidCredentials) => {
                    error.set(Some(
                        Notice::new(t(k::ACCESSPASS_REFUSED_TITLE), t(k::ACCESSPASS_REFUSED)).contact(),
                    ));
                    pass.set(String::new());
                }
                Err(e) => error.set(Some(notice(&e))),
            }
            busy.set(false);
        });
    };
    view! {
        <section class="card">
            <h1 id="page-title" tabindex="-1">{t(k::ACCESSPASS_TITLE)}</h1>
            <p class="lead">{t(k::ACCESSPASS_LEAD)}</p>
            <NoticeBox notice=flash />
            <NoticeBox notice=error />
            <form on:submit=submit novalidate>
                <Field id="pass-username" label=t(shared::COMMON_USERNAME) value=username autocomplete="username"
                    error=username_error autofocus=true />
                <Field id="access-pass" label=t(k::ACCESSPASS_PASS) value=pass autocomplete="one-time-code"
                    hint=t(k::ACCESSPASS_PASS_HINT) error=pass_error />
                <button type="submit" class="primary" disabled=move || busy.get()>
                    {move || if busy.get() { t(shared::COMMON_SIGNING_IN) } else { t(shared::COMMON_SIGN_IN) }}
                </button>
            </form>
            <p class="links"><Link to=Route::SignIn>{t(k::ACCESSPASS_BACK)}</Link></p>
        </section>
    }
}

/// What a pass's session is for: a passkey, the user's own password, or both.
#[component]
fn SetUp(session: Opened, opened: RwSignal<Option<Opened>>) -> impl IntoView {
    let session = StoredValue::new(session);
    let name = session.with_value(|s| s.user.display_name.clone());
    // The name of the passkey made here, once it is.
    let made = RwSignal::new(None::<String>);
    view! {
        <section class="card">
            <h1 id="page-title" tabindex="-1">{t(k::ACCESSPASS_SETUP_TITLE)}</h1>
            <p class="lead">{tf(k::ACCESSPASS_SETUP_LEAD, &[("name", name.into())])}</p>
            <p class="hint">{t(k::ACCESSPASS_SETUP_LIMITED)}</p>
            <MakePasskey session made />
            <OwnPassword session opened />
        </section>
    }
}

/// A passkey, its name filled in: one tap, then the device's own prompt.
/// Once made, the way on is to sign in with it.
#[component]
fn MakePasskey(session: StoredValue<Opened>, made: RwSignal<Option<String>>) -> impl IntoView {
    let ctx = expect_context::<Ctx>();
    let supported = passkey::supported();
    let name = RwSignal::new(default_name(&[]));
    let field_error = RwSignal::new(None);
    let error = RwSignal::new(None::<Notice>);
    let busy = RwSignal::new(false);
    // Progress and the quiet endings (creating…, cancelled).
    let status = RwSignal::new(None::<&'static str>);
    let create = move |ev: SubmitEvent| {
        ev.prevent_default();
        let Some(typed) = checked_name(name, field_error, "#passkey-name") else { return };
        if busy.get_untracked() {
            return;
        }
        busy.set(true);
        error.set(None);
        status.set(Some(t(k::PASSKEYS_CREATING)));
        let token = session.with_value(|s| s.token.clone());
        spawn_local(async move {
            let answer = passkey::register(&token, None, &typed).await;
            busy.set(false);
            status.set(None);
            match answer {
                Ok(added) => made.set(Some(added.name)),
                Err(Failure::Cancelled | Failure::Aborted) => status.set(Some(t(k::PASSKEYS_CANCELLED))),
                Err(Failure::OnThisDevice) => status.set(Some(t(k::PASSKEYS_ON_DEVICE))),
                Err(Failure::Browser) => status.set(Some(t(k::PASSKEYS_BROWSER))),
                Err(Failure::Api(e)) => error.set(Some(notice(&e))),
            }
        });
    };
    // Signing in with the passkey just made: a session like any other.
    let sign_in = move |_| {
        if busy.get_untracked() {
            return;
        }
        busy.set(true);
        error.set(None);
        status.set(None);
        spawn_local(async move {
            let answer = passkey::sign_in(SessionApp::Portal).await;
            busy.set(false);
            match answer {
                Ok(signed) => {
                    ctx.flash
                        .set(Some(Notice::new(t(k::ACCESSPASS_DONE_TITLE), t(k::ACCESSPASS_DONE_PASSKEY))));
                    signed_in(ctx, signed);
                }
                Err(Failure::Cancelled | Failure::Aborted) => status.set(Some(t(shared::PASSKEY_CANCELLED))),
                Err(Failure::Api(e)) => error.set(Some(notice(&e))),
                Err(_) => status.set(Some(t(shared::PASSKEY_BROWSER))),
            }
        });
    };
    let body = move || {
        match made.get() {
        Some(added) => view! {
            <p id="passkey-made">{tf(k::ACCESSPASS_PASSKEY_DONE, &[("name", added.into())])}</p>
            <button type="button" class="primary" id="passkey-sign-in" disabled=move || busy.get() on:click=sign_in>
                {t(k::ACCESSPASS_PASSKEY_SIGN_IN)}
            </button>
        }
        .into_any(),
        None if !supported => view! { <p class="hint" id="passkeys-unsupported">{t(k::PASSKEYS_UNSUPPORTED)}</p> }.into_any(),
        None => view! {
            <form class="passkey-form" on:submit=create novalidate>
                <Field id="passkey-name" label=t(k::PASSKEYS_NAME) value=name error=field_error
                    hint=t(k::PASSKEYS_NAME_HINT) />
                <button type="submit" class="primary" id="passkey-create" disabled=move || busy.get()>
                    {t(k::ACCESSPASS_PASSKEY_CREATE)}
                </button>
            </form>
        }
        .into_any(),
    }
    };
    view! {
        <section class="setup-step" aria-labelledby="setup-passkey-title">
            <h2 id="setup-passkey-title">{t(k::ACCESSPASS_PASSKEY_TITLE)}</h2>
            <p class="hint">{t(k::ACCESSPASS_PASSKEY_LEAD)}</p>
            <NoticeBox notice=error />
            {body}
            <p class="hint" role="status">{move || status.get()}</p>
        </section>
    }
}

/// The user's own password, with the live checklist of the change page;
/// once set, they are signed in with it.
#[component]
fn OwnPassword(session: StoredValue<Opened>, opened: RwSignal<Option<Opened>>) -> impl IntoView {
    let ctx = expect_context::<Ctx>();
    let new = NewPassword::new();
    let error = RwSignal::new(None::<Notice>);
    let busy = RwSignal::new(false);
    let personal =
        Signal::derive(move || {
            let mut names = session.with_value(|s| vec![s.user.username.clone()]);
            names.extend(session.with_value(|s| {
                s.user.display_name.split_whitespace().map(str::to_owned).collect::<Vec<_>>()
            }));
            personal_terms(ctx, names)
        });
    let submit = move |ev: SubmitEvent| {
        ev.prevent_default();
        if busy.get_untracked() || !new.confirmed() {
            return;
        }
        busy.set(true);
        error.set(None);
        let (token, username) = session.with_value(|s| (s.token.clone(), s.user.username.clone()));
        let password = new.value.get_untracked();
        spawn_local(async move {
            let body = SetPasswordRequest { new_password: password.clone().into() };
            match api::set_password_with_pass(&token, &body).await {
                Ok(()) => {
                    new.clear();
                    sign_in_with(ctx, username, password).await;
                }
                Err(ApiError::Problem(p)) if p.code == ProblemCode::PasswordRejected => new.rejected(&p),
                // The pass was revoked or ran out: back to the pass's form, saying so.
                Err(e) if e.code() == Some(ProblemCode::Unauthorized) => {
                    ctx.flash.set(Some(
                        Notice::new(t(k::ACCESSPASS_ENDED_TITLE), t(k::ACCESSPASS_ENDED)).contact(),
                    ));
                    opened.set(None);
                }
                Err(e) => error.set(Some(notice(&e))),
            }
            busy.set(false);
        });
    };
    view! {
        <section class="setup-step" aria-labelledby="setup-password-title">
            <h2 id="setup-password-title">{t(k::ACCESSPASS_PASSWORD_TITLE)}</h2>
            <PolicySummary directory=new.directory />
            <NoticeBox notice=error />
            <form on:submit=submit novalidate>
                <NewPasswordFields state=new personal=personal />
                <button type="submit" class="primary" id="set-password" disabled=move || busy.get()>
                    {move || if busy.get() { t(k::ACCESSPASS_PASSWORD_SUBMITTING) } else { t(k::ACCESSPASS_PASSWORD_SUBMIT) }}
                </button>
            </form>
        </section>
    }
}

/// Signs `username` in with the password just set, as the sign-in page
/// would; a sign-in that needs a second step goes to the sign-in page,
/// which asks for it.
async fn sign_in_with(ctx: Ctx, username: String, password: String) {
    let request = SignInRequest { username, password: password.into(), app: Some(SessionApp::Portal) };
    match api::sign_in(&request).await {
        Ok(signed) if signed.next != Some(NextStep::AuthenticatorCode) => {
            ctx.flash.set(Some(Notice::new(t(k::ACCESSPASS_DONE_TITLE), t(k::ACCESSPASS_DONE_PASSWORD))));
            signed_in(ctx, signed);
        }
        _ => {
            ctx.flash.set(Some(Notice::new(t(k::ACCESSPASS_DONE_TITLE), t(k::ACCESSPASS_SIGN_IN_NOW))));
            ctx.go(Route::SignIn);
        }
    }
}
