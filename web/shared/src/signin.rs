//! The password step of signing in, the same form in both apps; what the
//! answer leads to (a code step, the account, the console) is each app's.

use latchkey_dto::{SessionApp, SignInRequest};
use leptos::ev::SubmitEvent;
use leptos::prelude::*;

use crate::field::Field;
use crate::i18n::{k, t};

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
) -> impl IntoView {
    let submit = move |ev: SubmitEvent| {
        ev.prevent_default();
        if busy.get_untracked() {
            return;
        }
        busy.set(true);
        let password = password.get_untracked().into();
        on_submit.run(SignInRequest { username: username.get_untracked(), password, app: Some(app) });
    };
    view! {
        <form on:submit=submit novalidate>
            <Field id="username" label=t(k::COMMON_USERNAME) value=username autocomplete="username" autofocus=true />
            <Field id="password" label=t(k::COMMON_PASSWORD) value=password kind="password" autocomplete="current-password" />
            <button type="submit" class="primary" disabled=move || busy.get()>
                {move || if busy.get() { t(k::COMMON_SIGNING_IN) } else { t(k::COMMON_SIGN_IN) }}
            </button>
        </form>
    }
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
