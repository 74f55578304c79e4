use latchkey_dto::ProblemCode;
use latchkey_dto::{ChangePasswordRequest, NextStep, SessionApp, SignInRequest};
use latchkey_web::i18n::t;
use leptos::ev::SubmitEvent;
use leptos::prelude::*;
use leptos::task::spawn_local;

use crate::api::{self, ApiError};
use crate::app::Ctx;
use crate::components::{
    Field, Link, NewPassword, NewPasswordFields, NoticeBox, PolicySummary, focus, personal_terms,
};
use crate::k;
use crate::messages::{Notice, notice};
use crate::pages::account::SignInFirst;
use crate::route::Route;

#[component]
pub fn Change() -> impl IntoView {
    let ctx = expect_context::<Ctx>();
    move || match ctx.session.get() {
        None => {
            ctx.return_to.set(Some(Route::Change));
            view! { <SignInFirst /> }.into_any()
        }
        Some(_) => view! { <ChangeForm /> }.into_any(),
    }
}

#[component]
fn ChangeForm() -> impl IntoView {
    let ctx = expect_context::<Ctx>();
    let current = RwSignal::new(String::new());
    let new = NewPassword::new();
    let current_error = RwSignal::new(None);
    let error = RwSignal::new(None);
    let busy = RwSignal::new(false);
    let must_change = ctx.session.get_untracked().is_some_and(|s| s.next == Some(NextStep::ChangePassword));
    let current_input = NodeRef::new();
    let personal = Signal::derive(move || {
        let names = ctx
            .session
            .get()
            .map(|s| {
                let mut names = vec![s.user.username];
                names.extend(s.user.display_name.split_whitespace().map(str::to_owned));
                names
            })
            .unwrap_or_default();
        personal_terms(ctx, names)
    });
    // A synced user's password is written to their directory: its rules,
    // from their record, join Latchkey's before the first keystroke.
    if let Some(session) = ctx.session.get_untracked() {
        spawn_local(async move {
            if let Ok(me) = api::me(&session.token).await {
                new.directory.set(me.directory_rules);
            }
        });
    }

    let submit = move |ev: SubmitEvent| {
        ev.prevent_default();
        if busy.get_untracked() {
            return;
        }
        error.set(None);
        if !new.meets_directory() || !new.confirmed() {
            return;
        }
        let Some(session) = ctx.session.get_untracked() else { return };
        busy.set(true);
        let request = ChangePasswordRequest {
            current_password: current.get_untracked().into(),
            new_password: new.value.get_untracked().into(),
        };
        spawn_local(async move {
            match api::change_password(&session.token, &request).await {
                Ok(()) => {
                    // A session that had to change the password stays limited
                    // to that (the server enforces it): sign in afresh with the
                    // new password for a full one, and follow its next step.
                    let mut next_route = Route::Account;
                    if must_change {
                        let again = SignInRequest {
                            username: session.user.username.clone(),
                            password: request.new_password.clone(),
                            app: Some(SessionApp::Portal),
                        };
                        match api::sign_in(&again).await {
                            Ok(signed_in) => {
                                // Registration (asked for, or the page the sign-in was for).
                                let next = signed_in.next;
                                next_route = match crate::pages::signin::first_page(ctx, next) {
                                    Route::Change | Route::Authenticator => Route::Account,
                                    route => route,
                                };
                                ctx.return_to.set(None);
                                ctx.open(signed_in, next);
                            }
                            Err(_) => {
                                new.clear();
                                busy.set(false);
                                ctx.sign_out(Some(Notice::new(
                                    t(k::CHANGE_DONE_TITLE),
                                    t(k::CHANGE_DONE_SIGN_IN),
                                )));
                                return;
                            }
                        }
                    }
                    new.clear();
                    ctx.session.update(|s| {
                        if let Some(s) = s {
                            s.next = s.next.filter(|n| *n != NextStep::ChangePassword);
                        }
                    });
                    ctx.flash.set(Some(Notice::new(t(k::CHANGE_DONE_TITLE), t(k::CHANGE_DONE_BODY))));
                    ctx.go(next_route);
                }
                Err(ApiError::Problem(p)) if p.code == ProblemCode::PasswordRejected => new.rejected(&p),
                Err(ApiError::Problem(p)) if p.code == ProblemCode::InvalidCredentials => {
                    current_error.set(Some(t(k::CHANGE_CURRENT_WRONG).to_owned()));
                    current.set(String::new());
                    focus(current_input);
                }
                Err(e) if e.code() == Some(ProblemCode::Unauthorized) => ctx.sign_out(Some(notice(&e))),
                Err(e) => error.set(Some(notice(&e))),
            }
            busy.set(false);
        });
    };

    view! {
        <section class="card">
            <h1 id="page-title" tabindex="-1">{t(k::CHANGE_TITLE)}</h1>
            {must_change.then(|| view! {
                <p class="lead">{t(k::CHANGE_MUST)}</p>
            })}
            <PolicySummary directory=new.directory />
            <NoticeBox notice=error />
            <form on:submit=submit novalidate>
                <Field
                    id="current-password"
                    label=t(k::CHANGE_CURRENT)
                    value=current
                    kind="password"
                    autocomplete="current-password"
                    error=current_error
                    node_ref=current_input
                />
                <NewPasswordFields state=new personal=personal />
                <button type="submit" class="primary" disabled=move || busy.get()>
                    {move || if busy.get() { t(k::CHANGE_SUBMITTING) } else { t(k::CHANGE_SUBMIT) }}
                </button>
            </form>
            <p class="links"><Link to=Route::Account>{t(k::CHANGE_CANCEL)}</Link></p>
        </section>
    }
}
