//! The password step of signing in, the same form in both apps, with the
//! passkey's way in beside it (a button, and the browser's autofill of the
//! username), and the passkey's second step; what the answer leads to (a
//! code step, the account, the console) is each app's.

use latchkey_dto::{SessionApp, SignInRequest, SignInResponse};
use leptos::ev::SubmitEvent;
use leptos::prelude::*;

use crate::field::Field;
use crate::http::ApiError;
use crate::i18n::{k, t};
use crate::passkey::{self, Failure};

/// Username, password and the Sign in button. The app owns the values (so
/// they survive a code step and "Start again") and sends the request.
#[component]
pub fn SignInForm(
    username: RwSignal<String>,
    password: RwSignal<String>,
    /// While a sign-in is on its way: the button says so and another is not sent.
    busy: RwSignal<bool>,
    /// The app signing in: its refresh cookie comes with the session.
    app: SessionApp,
    /// Sends the typed request; called with `busy` already set, and whoever
    /// sends it clears `busy` when the answer is in.
    on_submit: Callback<SignInRequest>,
    /// A passkey's sign-in — picked among the username's suggestions or
    /// through the button — and the server's answer, to handle as the
    /// password's. (A cancelled prompt says so here and calls nothing.)
    on_passkey: Callback<Result<SignInResponse, ApiError>>,
) -> impl IntoView {
    let passkeys = passkey::supported();
    // What the passkey's way in has to say (waiting, cancelled): quiet words.
    let status = RwSignal::new(None::<String>);
    if passkeys {
        offer_autofill(app, on_passkey, status);
        on_cleanup(passkey::stop_autofill);
        // A password refused: the passkeys are offered in the username again.
        Effect::new(move |was_busy: Option<bool>| {
            let now = busy.get();
            if was_busy == Some(true) && !now {
                offer_autofill(app, on_passkey, status);
            }
            now
        });
    }
    let submit = move |ev: SubmitEvent| {
        ev.prevent_default();
        if busy.get_untracked() {
            return;
        }
        busy.set(true);
        status.set(None);
        passkey::stop_autofill();
        let password = password.get_untracked().into();
        on_submit.run(SignInRequest { username: username.get_untracked(), password, app: Some(app) });
    };
    let with_passkey = move |_| {
        if busy.get_untracked() {
            return;
        }
        busy.set(true);
        status.set(Some(t(k::PASSKEY_WAITING).to_owned()));
        leptos::task::spawn_local(async move {
            let answer = passkey::sign_in(app).await;
            busy.set(false);
            status.set(quiet(&answer));
            match answer {
                Ok(signed) => on_passkey.run(Ok(signed)),
                Err(Failure::Api(e)) => on_passkey.run(Err(e)),
                Err(_) => {}
            }
        });
    };
    view! {
        <form on:submit=submit novalidate>
            <Field id="username" label=t(k::COMMON_USERNAME) value=username autocomplete="username webauthn" autofocus=true />
            <Field id="password" label=t(k::COMMON_PASSWORD) value=password kind="password" autocomplete="current-password" />
            <button type="submit" class="primary" disabled=move || busy.get()>
                {move || if busy.get() { t(k::COMMON_SIGNING_IN) } else { t(k::COMMON_SIGN_IN) }}
            </button>
        </form>
        {passkeys.then(|| view! {
            <div class="passkey-way">
                <button type="button" class="secondary" id="passkey-sign-in" disabled=move || busy.get() on:click=with_passkey>
                    {t(k::PASSKEY_SIGN_IN)}
                </button>
                <p class="hint" id="passkey-status" role="status">{move || status.get()}</p>
            </div>
        })}
    }
}

/// Offers the passkeys in the username's suggestions while the form is on
/// the page (its `status` still exists), and again after one was refused.
fn offer_autofill(
    app: SessionApp,
    on_passkey: Callback<Result<SignInResponse, ApiError>>,
    status: RwSignal<Option<String>>,
) {
    if status.try_get_untracked().is_none() {
        return;
    }
    passkey::start_autofill(app, move |answer| {
        let refused = answer.is_err();
        on_passkey.run(answer);
        if refused {
            offer_autofill(app, on_passkey, status);
        }
    });
}

/// What a passkey's prompt ending without an answer from the server says:
/// nothing when it signed in or the server refused (the page says why).
fn quiet<T>(answer: &Result<T, Failure>) -> Option<String> {
    let words = match answer {
        Err(Failure::Cancelled | Failure::Aborted) => t(k::PASSKEY_CANCELLED),
        Err(Failure::Browser | Failure::OnThisDevice) => t(k::PASSKEY_BROWSER),
        _ => return None,
    };
    Some(words.to_owned())
}

/// "Use your passkey": a sign-in's second step with one of the account's
/// passkeys, beside (or instead of) the authenticator's code.
#[component]
pub fn PasskeyStep(
    /// The password step's token, good only for this step.
    token: String,
    /// The account has no authenticator: the passkey is the way on.
    only: bool,
    /// While a step is being checked; shared with the code's form.
    busy: RwSignal<bool>,
    /// The server's answer, to handle as the code's.
    on_answer: Callback<Result<SignInResponse, ApiError>>,
) -> impl IntoView {
    let status = RwSignal::new(None::<String>);
    let start = move |_| {
        if busy.get_untracked() {
            return;
        }
        busy.set(true);
        status.set(Some(t(k::PASSKEY_WAITING).to_owned()));
        let token = token.clone();
        leptos::task::spawn_local(async move {
            let answer = passkey::second_step(&token).await;
            busy.set(false);
            status.set(quiet(&answer));
            match answer {
                Ok(signed) => on_answer.run(Ok(signed)),
                Err(Failure::Api(e)) => on_answer.run(Err(e)),
                Err(_) => {}
            }
        });
    };
    view! {
        <div class="passkey-way">
            {only.then(|| view! { <p class="lead">{t(k::PASSKEY_ONLY_LEAD)}</p> })}
            <button type="button" class=if only { "primary" } else { "secondary" } id="passkey-second-step"
                disabled=move || busy.get() on:click=start>
                {t(k::PASSKEY_USE)}
            </button>
            <p class="hint" id="passkey-status" role="status">{move || status.get()}</p>
        </div>
    }
}

/// The sign-in's answer when the server refused a passkey outright
/// (`invalid_credentials`: unknown, removed, another site's).
pub fn refused_passkey() -> (&'static str, &'static str) {
    (t(k::PASSKEY_REFUSED_TITLE), t(k::PASSKEY_REFUSED_BODY))
}

/// What shows while a reload's session is being restored, in place of the
/// sign-in form: no form flashes up when the session comes back.
#[component]
pub fn Restoring() -> impl IntoView {
    view! { <p class="lead" role="status" id="restoring">{t(k::COMMON_RESTORING)}</p> }
}

/// What shows while a page's code is fetched the first time it opens.
#[component]
pub fn Opening() -> impl IntoView {
    view! { <p class="lead" role="status">{t(k::COMMON_OPENING)}</p> }
}
