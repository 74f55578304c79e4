//! "I have an invitation": a new user — or one an administrator sent an
//! invitation to — sets their own password with the emailed code. Nobody
//! else ever knows it.

use latchkey_dto::{AcceptInvitationRequest, ProblemCode};
use latchkey_web::i18n::{k as shared, t};
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
use crate::route::Route;

#[component]
pub fn Invite() -> impl IntoView {
    let ctx = expect_context::<Ctx>();
    let username = RwSignal::new(String::new());
    let code = RwSignal::new(String::new());
    let new = NewPassword::new();
    let code_error = RwSignal::new(None);
    let error = RwSignal::new(None);
    let busy = RwSignal::new(false);
    let personal = Signal::derive(move || personal_terms(ctx, vec![username.get()]));

    let submit = move |ev: SubmitEvent| {
        ev.prevent_default();
        if busy.get_untracked() {
            return;
        }
        error.set(None);
        code_error.set(None);
        if username.get_untracked().trim().is_empty() {
            error.set(Some(Notice::new(
                t(k::INVITE_USERNAME_MISSING_TITLE),
                t(k::INVITE_USERNAME_MISSING_BODY),
            )));
            return;
        }
        if !new.confirmed() {
            return;
        }
        busy.set(true);
        let request = AcceptInvitationRequest {
            username: username.get_untracked(),
            code: code.get_untracked().into(),
            new_password: new.value.get_untracked().into(),
        };
        spawn_local(async move {
            match api::accept_invitation(&request).await {
                Ok(()) => {
                    new.clear();
                    busy.set(false);
                    ctx.flash.set(Some(Notice::new(t(k::INVITE_DONE_TITLE), t(k::INVITE_DONE_BODY))));
                    ctx.go(Route::SignIn);
                    return;
                }
                Err(ApiError::Problem(p)) if p.code == ProblemCode::PasswordRejected => new.rejected(&p),
                Err(e) if e.code() == Some(ProblemCode::InvitationInvalid) => {
                    code_error.set(Some(t(k::INVITE_CODE_INVALID).to_owned()));
                }
                Err(e) => error.set(Some(notice(&e))),
            }
            busy.set(false);
        });
    };

    view! {
        <section class="card">
            <h1 id="page-title" tabindex="-1">{t(k::INVITE_TITLE)}</h1>
            <p class="lead">{t(k::INVITE_LEAD)}</p>
            <PolicySummary directory=new.directory />
            <NoticeBox notice=error />
            <form on:submit=submit novalidate>
                <Field
                    id="invite-username"
                    label=t(shared::COMMON_USERNAME)
                    value=username
                    autocomplete="username"
                    autofocus=true
                />
                <Field
                    id="invite-code"
                    label=t(k::INVITE_CODE)
                    value=code
                    inputmode="numeric"
                    autocomplete="one-time-code"
                    hint=t(k::INVITE_CODE_HINT)
                    error=code_error
                />
                <NewPasswordFields state=new personal=personal />
                <button type="submit" class="primary" disabled=move || busy.get()>
                    {move || if busy.get() { t(k::INVITE_SUBMITTING) } else { t(k::INVITE_SUBMIT) }}
                </button>
            </form>
            <p class="links"><Link to=Route::SignIn>{t(k::INVITE_BACK)}</Link></p>
        </section>
    }
}
