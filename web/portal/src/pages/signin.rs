use latchkey_dto::{MethodKind, NextStep, ProblemCode, SessionApp, SignInRequest, SignInResponse};
use latchkey_web::i18n::{k as shared, t, tf};
use latchkey_web::notice::take_flash;
use latchkey_web::signin::{PasskeyStep, SignInForm, refused_passkey};
use leptos::ev::SubmitEvent;
use leptos::prelude::*;
use leptos::task::spawn_local;

use crate::api::{self, ApiError};
use crate::app::Ctx;
use crate::components::{CodeInput, Link, NoticeBox, focus};
use crate::k;
use crate::messages::{Notice, notice};
use crate::route::Route;

/// Opens the session a sign-in ended in and goes where it must go first:
/// the authenticator's set-up, the password change, registration, the
/// registration campaign's "now or later?", or the page that asked for a
/// session.
pub fn signed_in(ctx: Ctx, signed: SignInResponse) {
    let next = signed.next;
    latchkey_web::api::follow_stored_language(signed.token.expose().to_owned());
    ctx.open(signed, next);
    let to = first_page(ctx, next);
    // A step that comes before the page asked for (a new authenticator, a
    // password change) leads on to it once done.
    if !matches!(next, Some(NextStep::RegisterAuthenticator | NextStep::ChangePassword)) {
        ctx.return_to.set(None);
    }
    ctx.go(to);
}

/// Where a fresh session goes first, given what it must do (`next`).
pub fn first_page(ctx: Ctx, next: Option<NextStep>) -> Route {
    let asked = ctx.return_to.get_untracked();
    match next {
        Some(NextStep::RegisterAuthenticator) => Route::Authenticator,
        Some(NextStep::ChangePassword) => Route::Change,
        Some(NextStep::RegisterMethods | NextStep::ConfirmMethods) => Route::Register,
        // The campaign's invitation links to registration: no need to ask.
        Some(NextStep::RegistrationNudge) if asked != Some(Route::Register) => Route::Nudge,
        _ => asked.unwrap_or(Route::Account),
    }
}

#[component]
pub fn SignIn() -> impl IntoView {
    let ctx = expect_context::<Ctx>();
    let username = RwSignal::new(String::new());
    let password = RwSignal::new(String::new());
    let error = RwSignal::new(None);
    let busy = RwSignal::new(false);
    // The password step's token, and the second factors it may prove,
    // while the second step is asked for.
    let pending = RwSignal::new(None::<Pending>);
    // A success message from the page before ("Your password was reset").
    let flash = take_flash(ctx.flash);

    // The password's answer or a passkey's: the same ways on.
    let answered = move |answer: Result<SignInResponse, ApiError>| match answer {
        Ok(signed) if signed.next == Some(NextStep::AuthenticatorCode) => {
            pending.set(Some((signed.token.into_exposed(), signed.second_factors)))
        }
        Ok(signed) => signed_in(ctx, signed),
        Err(e) => error.set(Some(notice(&e))),
    };
    let submit = move |request: SignInRequest| {
        error.set(None);
        flash.set(None);
        spawn_local(async move {
            let answer = api::sign_in(&request).await;
            password.set(String::new());
            answered(answer);
            busy.set(false);
        });
    };
    let passkey = move |answer: Result<SignInResponse, ApiError>| {
        flash.set(None);
        match answer {
            Err(e) if e.code() == Some(ProblemCode::InvalidCredentials) => {
                let (title, body) = refused_passkey();
                error.set(Some(Notice::new(title, body)));
            }
            answer => {
                error.set(None);
                answered(answer);
            }
        }
    };

    let password_step = move || {
        view! {
            <SignInForm username password busy app=SessionApp::Portal on_submit=Callback::new(submit)
                on_passkey=Callback::new(passkey) />
            <nav class="links" aria-label=t(k::SIGNIN_HELP)>
                <Link to=Route::Reset>{t(k::SIGNIN_CANT_ACCESS)}</Link>
                <Link to=Route::Unlock>{t(k::SIGNIN_UNLOCK)}</Link>
                <Link to=Route::Invite>{t(k::SIGNIN_INVITATION)}</Link>
                <Link to=Route::AccessPass>{t(k::ACCESSPASS_LINK)}</Link>
            </nav>
        }
    };
    view! {
        <section class="card">
            <h1 id="page-title" tabindex="-1">{t(shared::COMMON_SIGN_IN)}</h1>
            <NoticeBox notice=flash tone="success" urgent=true />
            <NoticeBox notice=error />
            {move || match pending.get() {
                Some((token, factors)) => view! { <CodeStep token factors pending error /> }.into_any(),
                None => password_step().into_any(),
            }}
        </section>
    }
}

/// The authenticator code as typed, with the form marked busy; `None` (and
/// the field told why) when it is empty or a check is already on its way.
pub fn typed_code(
    code: RwSignal<String>,
    busy: RwSignal<bool>,
    field_error: RwSignal<Option<String>>,
) -> Option<String> {
    let typed = code.get_untracked().trim().to_owned();
    if busy.get_untracked() || typed.is_empty() {
        field_error.set(typed.is_empty().then(|| t(k::SIGNIN_ENTER_CODE).to_owned()));
        return None;
    }
    busy.set(true);
    Some(typed)
}

/// A sign-in waiting for its second step: the password step's token, and
/// the factors the account can prove it with.
type Pending = (String, Vec<MethodKind>);

/// The second step: the code the authenticator app shows, or a recovery
/// code; or one of the account's passkeys.
#[component]
fn CodeStep(
    /// The password step's token, good only for this step.
    token: String,
    /// What the account can prove the step with (empty: the code).
    factors: Vec<MethodKind>,
    pending: RwSignal<Option<Pending>>,
    error: RwSignal<Option<Notice>>,
) -> impl IntoView {
    let ctx = expect_context::<Ctx>();
    let code = RwSignal::new(String::new());
    let field_error = RwSignal::new(None);
    let busy = RwSignal::new(false);
    let input = NodeRef::new();
    let passkey = factors.contains(&MethodKind::Passkey) && latchkey_web::passkey::supported();
    // Without an authenticator the passkey is the only way on.
    let code_entry = !passkey || factors.contains(&MethodKind::Authenticator);
    focus(input);
    let passkey_step = passkey.then(|| {
        let answer = move |answer: Result<SignInResponse, ApiError>| {
            error.set(None);
            match answer {
                Ok(signed) => signed_in(ctx, signed),
                // Another try is allowed: the step stays.
                Err(e) if e.code() == Some(ProblemCode::PasskeyInvalid) => error.set(Some(notice(&e))),
                Err(e) => {
                    error.set(Some(notice(&e)));
                    pending.set(None);
                }
            }
        };
        view! { <PasskeyStep token=token.clone() only=!code_entry busy on_answer=Callback::new(answer) /> }
    });
    let submit = move |ev: SubmitEvent| {
        ev.prevent_default();
        let Some(typed) = typed_code(code, busy, field_error) else { return };
        error.set(None);
        let token = token.clone();
        spawn_local(async move {
            match api::second_factor(&token, typed).await {
                Ok(signed) => signed_in(ctx, signed),
                Err(ApiError::Problem(p)) if p.code == ProblemCode::CodeInvalid => {
                    field_error.set(Some(match p.attempts_left {
                        Some(n) => tf(k::SIGNIN_CODE_WRONG_LEFT, &[("count", n.into())]),
                        None => t(k::SIGNIN_CODE_WRONG).to_owned(),
                    }));
                    code.set(String::new());
                    focus(input);
                }
                Err(e) => {
                    // Expired or blocked: back to the password, with the reason.
                    error.set(Some(notice(&e)));
                    pending.set(None);
                }
            }
            busy.set(false);
        });
    };
    view! {
        {code_entry.then(|| view! {
            <form on:submit=submit novalidate>
                <p class="lead">{t(k::SIGNIN_CODE_LEAD)}</p>
                <CodeInput
                    id="authenticator-code"
                    label=t(k::SIGNIN_CODE_LABEL)
                    value=code
                    busy
                    hint=Some(t(k::SIGNIN_CODE_HINT))
                    error=field_error
                    node_ref=input
                />
            </form>
        })}
        {passkey_step}
        <div class="links">
            <button type="button" class="link" on:click=move |_| pending.set(None)>
                {t(k::SIGNIN_START_AGAIN)}
            </button>
        </div>
    }
}
