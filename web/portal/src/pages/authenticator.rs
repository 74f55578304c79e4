//! "Set up an authenticator app": the key as a QR code and as text, proven
//! by a first code, then the ten recovery codes, shown once. Administrators
//! and the help desk land here from sign-in until they have one; for them
//! the first code also opens the session.

use latchkey_dto::{AuthenticatorSetup, NextStep, ProblemCode, SignInResponse};
use latchkey_web::i18n::t;
use leptos::ev::SubmitEvent;
use leptos::prelude::*;
use leptos::task::spawn_local;

use crate::api::{self, ApiError};
use crate::app::Ctx;
use crate::components::{CodeInput, NoticeBox, focus};
use crate::k;
use crate::messages::{Notice, notice};
use crate::pages::account::SignInFirst;
use crate::pages::signin::signed_in;
use crate::route::Route;

#[component]
pub fn Authenticator() -> impl IntoView {
    let ctx = expect_context::<Ctx>();
    move || match ctx.session.get_untracked() {
        None => {
            ctx.return_to.set(Some(Route::Register));
            view! { <SignInFirst /> }.into_any()
        }
        Some(session) => {
            let at_sign_in = session.next == Some(NextStep::RegisterAuthenticator);
            view! { <SetUp token=session.token at_sign_in /> }.into_any()
        }
    }
}

/// The set-up itself, for the session `token`.
#[component]
fn SetUp(
    token: String,
    /// The token is a sign-in's registration step: proving the key signs in.
    at_sign_in: bool,
) -> impl IntoView {
    let ctx = expect_context::<Ctx>();
    let setup = RwSignal::new(None::<AuthenticatorSetup>);
    let recovery = RwSignal::new(None::<(Vec<String>, Option<SignInResponse>)>);
    let code = RwSignal::new(String::new());
    let field_error = RwSignal::new(None);
    let error = RwSignal::new(None);
    let busy = RwSignal::new(false);
    let input = NodeRef::new();
    {
        let token = token.clone();
        spawn_local(async move {
            match api::set_up_authenticator(&token).await {
                Ok(s) => {
                    setup.set(Some(s));
                    focus(input);
                }
                Err(e) => error.set(Some(notice(&e))),
            }
        });
    }
    let submit = move |ev: SubmitEvent| {
        ev.prevent_default();
        let Some(typed) = crate::pages::signin::typed_code(code, busy, field_error) else { return };
        error.set(None);
        let token = token.clone();
        spawn_local(async move {
            match api::verify_authenticator(&token, typed, at_sign_in).await {
                Ok(done) => recovery.set(Some((
                    done.recovery_codes.into_iter().map(|c| c.into_exposed()).collect(),
                    done.session,
                ))),
                Err(ApiError::Problem(p)) if p.code == ProblemCode::CodeInvalid => {
                    field_error.set(Some(t(k::AUTHENTICATOR_CODE_WRONG).to_owned()));
                    code.set(String::new());
                    focus(input);
                }
                Err(e) => error.set(Some(notice(&e))),
            }
            busy.set(false);
        });
    };
    let go_on = move |_| match recovery.get_untracked().and_then(|(_, session)| session) {
        Some(signed) => signed_in(ctx, signed),
        None => {
            ctx.flash.set(Some(Notice::new(t(k::AUTHENTICATOR_ADDED_TITLE), t(k::AUTHENTICATOR_ADDED_BODY))));
            ctx.go(Route::Register);
        }
    };
    let key_step = move || {
        setup.get().map(|s| {
            view! {
                <ol class="steps">
                    <li>{t(k::AUTHENTICATOR_STEP_OPEN)}</li>
                    <li>{t(k::AUTHENTICATOR_STEP_SCAN)}</li>
                </ol>
                // Drawn by the server (no third party sees the key), with no style attributes.
                <div class="qr" role="img" aria-label=t(k::AUTHENTICATOR_QR) inner_html=s.qr_svg.into_exposed()></div>
                <p>{t(k::AUTHENTICATOR_KEY)} " " <code id="authenticator-key" class="key">{s.secret.into_exposed()}</code></p>
                <form on:submit=submit.clone() novalidate>
                    <CodeInput id="authenticator-code" label=t(k::AUTHENTICATOR_CODE_LABEL) value=code busy error=field_error node_ref=input />
                </form>
            }
        })
    };
    view! {
        <section class="card">
            <h1 id="page-title" tabindex="-1">{t(k::AUTHENTICATOR_TITLE)}</h1>
            {at_sign_in.then(|| view! {
                <p class="lead">{t(k::AUTHENTICATOR_REQUIRED)}</p>
            })}
            <NoticeBox notice=error />
            {move || match recovery.get() {
                None => key_step().into_any(),
                Some((codes, _)) => view! {
                    <h2>{t(k::AUTHENTICATOR_RECOVERY_TITLE)}</h2>
                    <p class="lead">{t(k::AUTHENTICATOR_RECOVERY_LEAD)}</p>
                    <ol id="recovery-codes" class="codes">
                        {codes.into_iter().map(|c| view! { <li><code>{c}</code></li> }).collect_view()}
                    </ol>
                    <button type="button" class="primary" on:click=go_on>
                        {t(k::AUTHENTICATOR_CONTINUE)}
                    </button>
                }
                .into_any(),
            }}
        </section>
    }
}
