//! "Set up password reset": the signed-in user adds an alternate email, a
//! mobile number (each proven by a code) and security questions, sees what
//! they have, and confirms it is still right when asked.

use latchkey_dto::{
    MeResponse, MethodKind, MethodSource, QuestionAnswer, RegistrationState, SecurityQuestion, SignInRequest,
};
use latchkey_dto::{ProblemCode, SessionApp};
use latchkey_web::i18n::{k as shared, t, tf};
use latchkey_web::notice::take_flash;
use leptos::ev::SubmitEvent;
use leptos::prelude::*;
use leptos::task::spawn_local;

use crate::api::{self, ApiError};
use crate::app::Ctx;
use crate::components::{Field, Link, NoticeBox, focus_selector};
use crate::k;
use crate::messages::{Notice, notice};
use crate::pages::signin::SignIn;
use crate::route::Route;

/// `/register`, also the registration campaign's invitation link: signed
/// out, the sign-in form comes first and then, after any step the sign-in
/// needs, registration itself.
#[component]
pub fn Register() -> impl IntoView {
    let ctx = expect_context::<Ctx>();
    // Redrawn when the user signs in or out, not at each refresh of the token.
    let signed_in = Memo::new(move |_| ctx.session.with(Option::is_some));
    move || {
        if signed_in.get() {
            view! { <RegisterPage /> }.into_any()
        } else {
            ctx.return_to.set(Some(Route::Register));
            view! { <SignIn /> }.into_any()
        }
    }
}

/// The session token, or `None` when the session has ended.
fn token(ctx: Ctx) -> Option<String> {
    ctx.session.get_untracked().map(|s| s.token)
}

/// A failed call: an ended session signs out; a change that needs recent
/// authentication asks for the password; anything else is shown in `error`.
pub(crate) fn fail(ctx: Ctx, error: RwSignal<Option<Notice>>, e: &ApiError) {
    match e.code() {
        Some(ProblemCode::Unauthorized) => ctx.sign_out(Some(notice(e))),
        Some(ProblemCode::ReauthenticationRequired) => {
            error.set(None);
            ctx.reauth.set(true);
            focus_selector("#reauth-password");
        }
        _ => error.set(Some(notice(e))),
    }
}

/// "Confirm it's you": the password opens a fresh session (a sign-in), after
/// which changing methods is allowed for a few minutes. The user then does
/// what they were doing again; nothing they typed elsewhere is lost.
#[component]
pub(crate) fn ConfirmIdentity(done: RwSignal<Option<Notice>>) -> impl IntoView {
    let ctx = expect_context::<Ctx>();
    let password = RwSignal::new(String::new());
    let wrong = RwSignal::new(None);
    let error = RwSignal::new(None);
    let busy = RwSignal::new(false);
    let submit = move |ev: SubmitEvent| {
        ev.prevent_default();
        let Some(session) = ctx.session.get_untracked() else { return };
        if busy.get_untracked() {
            return;
        }
        busy.set(true);
        wrong.set(None);
        error.set(None);
        let request = SignInRequest {
            username: session.user.username.clone(),
            password: password.get_untracked().into(),
            app: Some(SessionApp::Portal),
        };
        spawn_local(async move {
            match api::sign_in(&request).await {
                Ok(signed_in) => {
                    password.set(String::new());
                    ctx.open(signed_in, session.next);
                    ctx.reauth.set(false);
                    done.set(Some(Notice::new(t(k::REGISTER_THANKS_TITLE), t(k::REGISTER_THANKS_BODY))));
                }
                Err(e) if e.code() == Some(ProblemCode::InvalidCredentials) => {
                    password.set(String::new());
                    wrong.set(Some(t(k::REGISTER_REAUTH_WRONG).to_owned()));
                    focus_selector("#reauth-password");
                }
                Err(e) => error.set(Some(notice(&e))),
            }
            busy.set(false);
        });
    };
    view! {
        <form class="reauth" on:submit=submit novalidate aria-labelledby="reauth-title">
            <h2 id="reauth-title">{t(k::REGISTER_REAUTH_TITLE)}</h2>
            <p>{t(k::REGISTER_REAUTH_BODY)}</p>
            <NoticeBox notice=error />
            <Field id="reauth-password" label=t(k::REGISTER_REAUTH_PASSWORD) value=password kind="password"
                autocomplete="current-password" error=wrong />
            <button type="submit" class="primary" disabled=move || busy.get()>
                {move || if busy.get() { t(shared::COMMON_CHECKING) } else { t(k::REGISTER_REAUTH_CONFIRM) }}
            </button>
            " "
            <button type="button" on:click=move |_| ctx.reauth.set(false)>
                {t(k::REGISTER_REAUTH_CANCEL)}
            </button>
        </form>
    }
}

#[component]
fn RegisterPage() -> impl IntoView {
    let ctx = expect_context::<Ctx>();
    let profile = RwSignal::new(None::<MeResponse>);
    let error = RwSignal::new(None);
    let done = take_flash(ctx.flash);
    ctx.reauth.set(false);
    let reload = move || {
        let Some(token) = token(ctx) else { return };
        spawn_local(async move {
            match api::me(&token).await {
                Ok(p) => profile.set(Some(p)),
                Err(e) => fail(ctx, error, &e),
            }
        });
    };
    reload();
    let questions_allowed = move || {
        let allowed = ctx.config.get().is_some_and(|c| c.methods.contains(&MethodKind::Questions));
        let admin = ctx.session.get().is_some_and(|s| s.user.roles.iter().any(|r| r == "admin"));
        allowed && !admin
    };
    let confirm = move |_| {
        let Some(token) = token(ctx) else { return };
        spawn_local(async move {
            match api::confirm_methods(&token).await {
                Ok(()) => {
                    ctx.session.update(|s| {
                        if let Some(s) = s {
                            s.next = None;
                        }
                    });
                    ctx.flash.set(Some(Notice::new(
                        t(k::REGISTER_CONFIRMED_TITLE),
                        t(k::REGISTER_CONFIRMED_BODY),
                    )));
                    ctx.go(Route::Account);
                }
                Err(e) => fail(ctx, error, &e),
            }
        });
    };
    view! {
        <section class="card">
            <h1 id="page-title" tabindex="-1">{t(k::REGISTER_TITLE)}</h1>
            <p class="lead">{t(k::REGISTER_LEAD)}</p>
            <NoticeBox notice=done tone="success" urgent=true />
            <NoticeBox notice=error />
            {move || ctx.reauth.get().then(|| view! { <ConfirmIdentity done /> })}
            {move || profile.get().map(|p| view! { <Summary profile=p reload error /> })}
            {move || {
                let has = profile.get().map(|p| p.methods.iter().any(|m| m.kind == MethodKind::Authenticator));
                // Offered where the policy allows it, and to those whose sign-in needs it.
                let allowed = ctx.config.get().is_some_and(|c| c.methods.contains(&MethodKind::Authenticator))
                    || ctx.session.get().is_some_and(|s| s.user.roles.iter().any(|r| r == "admin" || r == "helpdesk"));
                (has == Some(false) && allowed).then(|| view! {
                    <section class="method" aria-labelledby="authenticator-title">
                        <h2 id="authenticator-title">{t(k::REGISTER_METHOD_AUTHENTICATOR)}</h2>
                        <p class="hint">{t(k::REGISTER_AUTHENTICATOR_HINT)}</p>
                        <Link to=Route::Authenticator>{t(k::REGISTER_AUTHENTICATOR_LINK)}</Link>
                    </section>
                })
            }}
            <AddContact kind="email" profile reload done error />
            <AddContact kind="mobile" profile reload done error />
            {move || questions_allowed().then(|| view! { <QuestionsForm reload done error /> })}
            {move || {
                let due = profile.get().is_some_and(|p| p.registration.state == RegistrationState::ConfirmDue);
                due.then(|| view! {
                    <div class="confirm">
                        <p>{t(k::REGISTER_STILL_RIGHT)}</p>
                        <button type="button" class="primary" on:click=confirm>{t(k::REGISTER_LOOKS_GOOD)}</button>
                    </div>
                })
            }}
            <p class="links"><Link to=Route::Account>{t(k::REGISTER_BACK)}</Link></p>
        </section>
    }
}

/// Where the user stands, and the methods they have.
#[component]
fn Summary(
    profile: MeResponse,
    reload: impl Fn() + Copy + Send + Sync + 'static,
    error: RwSignal<Option<Notice>>,
) -> impl IntoView {
    let ctx = expect_context::<Ctx>();
    let reg = profile.registration;
    let status = match reg.state {
        RegistrationState::Complete => t(k::REGISTER_COMPLETE).to_owned(),
        RegistrationState::Incomplete => {
            tf(k::REGISTER_INCOMPLETE, &[("count", reg.required.saturating_sub(reg.registered).into())])
        }
        RegistrationState::ConfirmDue => t(k::REGISTER_CONFIRM_DUE).to_owned(),
        RegistrationState::NotInScope => t(k::REGISTER_NOT_IN_SCOPE).to_owned(),
    };
    let counts = [("registered", reg.registered.into()), ("required", reg.required.into())];
    let progress = if reg.registered >= reg.required {
        tf(k::REGISTER_PROGRESS_ENOUGH, &counts)
    } else {
        tf(k::REGISTER_PROGRESS_SHORT, &counts)
    };
    let methods = profile
        .methods
        .into_iter()
        .map(|m| {
            let what = method_line(m.kind, &m.hint);
            let path_kind = match m.kind {
                MethodKind::Email => "email",
                MethodKind::Questions => "questions",
                MethodKind::Authenticator => "authenticator",
                _ => "mobile",
            };
            let remove = move |_| {
                let Some(token) = token(ctx) else { return };
                spawn_local(async move {
                    match api::remove_method(&token, path_kind).await {
                        Ok(()) => reload(),
                        Err(ApiError::Problem(p)) if p.code == ProblemCode::MethodsRequired => {
                            error.set(Some(Notice::new(
                                t(k::REGISTER_REMOVE_FIRST_TITLE),
                                tf(
                                    k::REGISTER_REMOVE_FIRST_BODY,
                                    &[("count", p.remaining.unwrap_or(1).into())],
                                ),
                            )))
                        }
                        Err(e) => fail(ctx, error, &e),
                    }
                });
            };
            let action = match m.source {
                MethodSource::Admin => {
                    view! { <span class="hint">" " {t(k::REGISTER_SET_BY_ORG)}</span> }.into_any()
                }
                MethodSource::User => view! {
                    <button
                        type="button"
                        class="link"
                        aria-label=tf(k::REGISTER_REMOVE_LABEL, &[("method", (&what).into())])
                        on:click=remove
                    >
                        {t(k::REGISTER_REMOVE)}
                    </button>
                }
                .into_any(),
            };
            view! { <li><strong>{what}</strong>" " {action}</li> }
        })
        .collect_view();
    view! {
        <div class="status" id="registration-status" aria-live="polite">
            <p><strong>{status}</strong>" " {progress}</p>
            <ul class="methods">{methods}</ul>
        </div>
    }
}

/// Adds an alternate email (`kind = "email"`) or a mobile number (`"mobile"`):
/// the address, then the code sent to it.
#[component]
fn AddContact(
    kind: &'static str,
    profile: RwSignal<Option<MeResponse>>,
    reload: impl Fn() + Copy + Send + Sync + 'static,
    done: RwSignal<Option<Notice>>,
    error: RwSignal<Option<Notice>>,
) -> impl IntoView {
    let ctx = expect_context::<Ctx>();
    let target = RwSignal::new(String::new());
    let code = RwSignal::new(String::new());
    let target_error = RwSignal::new(None);
    let code_error = RwSignal::new(None);
    let sent_to = RwSignal::new(None::<String>);
    let busy = RwSignal::new(false);
    let (title, added, label, hint, autocomplete, input_kind) = match kind {
        "email" => (
            t(k::REGISTER_EMAIL_TITLE),
            t(k::REGISTER_EMAIL_ADDED),
            t(k::REGISTER_EMAIL_LABEL),
            t(k::REGISTER_EMAIL_HINT),
            "email",
            "email",
        ),
        _ => (
            t(k::REGISTER_MOBILE_TITLE),
            t(k::REGISTER_MOBILE_ADDED),
            t(k::REGISTER_MOBILE_LABEL),
            t(k::REGISTER_MOBILE_HINT),
            "tel",
            "tel",
        ),
    };
    let core_kind = if kind == "email" { MethodKind::Email } else { MethodKind::Sms };
    let has = move || {
        profile
            .get()
            .is_some_and(|p| p.methods.iter().any(|m| m.kind == core_kind && m.source == MethodSource::User))
    };
    let send = move |ev: SubmitEvent| {
        ev.prevent_default();
        let Some(token) = token(ctx) else { return };
        if busy.get_untracked() {
            return;
        }
        busy.set(true);
        error.set(None);
        let value = target.get_untracked().trim().to_owned();
        spawn_local(async move {
            match api::register_contact(&token, kind, &value).await {
                Ok(sent) => {
                    sent_to.set(Some(sent.hint));
                    code.set(String::new());
                }
                Err(ApiError::Problem(p)) if p.code == ProblemCode::InvalidRequest => {
                    target_error.set(Some(p.detail))
                }
                Err(e) => fail(ctx, error, &e),
            }
            busy.set(false);
        });
    };
    let verify = move |ev: SubmitEvent| {
        ev.prevent_default();
        let Some(token) = token(ctx) else { return };
        if busy.get_untracked() {
            return;
        }
        busy.set(true);
        let value = code.get_untracked().trim().to_owned();
        spawn_local(async move {
            match api::verify_contact(&token, kind, &value).await {
                Ok(()) => {
                    sent_to.set(None);
                    target.set(String::new());
                    done.set(Some(Notice::new(added, t(k::REGISTER_ADDED_BODY))));
                    reload();
                }
                Err(ApiError::Problem(p)) if p.code == ProblemCode::CodeInvalid => {
                    let left = p.attempts_left.unwrap_or(0);
                    code_error.set(Some(tf(k::REGISTER_CODE_WRONG, &[("count", left.into())])));
                }
                Err(e) => fail(ctx, error, &e),
            }
            busy.set(false);
        });
    };
    let code_id: &'static str = if kind == "email" { "email-code" } else { "mobile-code" };
    let field_id: &'static str = if kind == "email" { "alternate-email" } else { "mobile-phone" };
    view! {
        <section class="method" aria-labelledby=format!("{kind}-title")>
            <h2 id=format!("{kind}-title")>{title} {move || has().then_some(" ✓")}</h2>
            {move || match sent_to.get() {
                None => view! {
                    <form on:submit=send novalidate>
                        <Field id=field_id label=label value=target kind=input_kind autocomplete=autocomplete hint=hint error=target_error />
                        <button type="submit" class="secondary" disabled=move || busy.get()>
                            {move || {
                                if busy.get() {
                                    t(k::REGISTER_SENDING)
                                } else if has() {
                                    t(k::REGISTER_REPLACE_SEND)
                                } else {
                                    t(k::REGISTER_SEND)
                                }
                            }}
                        </button>
                    </form>
                }
                .into_any(),
                Some(hint) => view! {
                    <form on:submit=verify novalidate>
                        <p>{tf(k::REGISTER_SENT_TO, &[("hint", hint.into())])}</p>
                        <Field
                            id=code_id
                            label=t(k::REGISTER_CODE)
                            value=code
                            autocomplete="one-time-code"
                            inputmode="numeric"
                            error=code_error
                        />
                        <button type="submit" class="secondary" disabled=move || busy.get()>
                            {move || if busy.get() { t(shared::COMMON_CHECKING) } else { t(shared::COMMON_VERIFY) }}
                        </button>
                    </form>
                }
                .into_any(),
            }}
        </section>
    }
}

/// Chooses and answers the security questions the policy asks for.
#[component]
fn QuestionsForm(
    reload: impl Fn() + Copy + Send + Sync + 'static,
    done: RwSignal<Option<Notice>>,
    error: RwSignal<Option<Notice>>,
) -> impl IntoView {
    let ctx = expect_context::<Ctx>();
    let catalogue = RwSignal::new(Vec::<SecurityQuestion>::new());
    // One (question id, answer) pair per slot; the number of slots is the policy's.
    let slots = RwSignal::new(Vec::<(RwSignal<String>, RwSignal<String>)>::new());
    let form_error = RwSignal::new(None::<String>);
    let busy = RwSignal::new(false);
    spawn_local(async move {
        if let Ok(found) = api::security_questions().await {
            let count = usize::from(found.register);
            slots.set(
                (0..count)
                    .map(|i| {
                        let first = found.questions.get(i).map(|q| q.id.clone()).unwrap_or_default();
                        (RwSignal::new(first), RwSignal::new(String::new()))
                    })
                    .collect(),
            );
            catalogue.set(found.questions);
        }
    });
    let save = move |ev: SubmitEvent| {
        ev.prevent_default();
        let Some(token) = token(ctx) else { return };
        if busy.get_untracked() {
            return;
        }
        let answers: Vec<QuestionAnswer> = slots
            .get_untracked()
            .iter()
            .map(|(q, a)| QuestionAnswer { question_id: q.get_untracked(), answer: a.get_untracked().into() })
            .collect();
        busy.set(true);
        form_error.set(None);
        spawn_local(async move {
            match api::register_questions(&token, answers).await {
                Ok(()) => {
                    slots.update(|s| s.iter().for_each(|(_, a)| a.set(String::new())));
                    done.set(Some(Notice::new(
                        t(k::REGISTER_QUESTIONS_SAVED_TITLE),
                        t(k::REGISTER_QUESTIONS_SAVED_BODY),
                    )));
                    reload();
                }
                Err(ApiError::Problem(p)) if p.code == ProblemCode::InvalidRequest => {
                    form_error.set(Some(p.detail))
                }
                Err(e) => fail(ctx, error, &e),
            }
            busy.set(false);
        });
    };
    view! {
        <section class="method" aria-labelledby="questions-title">
            <h2 id="questions-title">{t(k::REGISTER_METHOD_QUESTIONS)}</h2>
            <p class="hint">{t(k::REGISTER_QUESTIONS_HINT)}</p>
            <form on:submit=save novalidate>
                {move || {
                    slots
                        .get()
                        .into_iter()
                        .enumerate()
                        .map(|(i, (question, answer))| {
                            let select_id = format!("question-{}", i + 1);
                            let answer_id = format!("answer-{}", i + 1);
                            let options = move || {
                                catalogue
                                    .get()
                                    .into_iter()
                                    .map(|q| {
                                        let selected = question.get_untracked() == q.id;
                                        view! { <option value=q.id.clone() selected=selected>{q.text}</option> }
                                    })
                                    .collect_view()
                            };
                            view! {
                                <div class="field">
                                    <label for=select_id.clone()>
                                        {tf(k::REGISTER_QUESTION, &[("number", (i + 1).into())])}
                                    </label>
                                    <select id=select_id on:change=move |ev| question.set(event_target_value(&ev))>
                                        {options}
                                    </select>
                                    <label for=answer_id.clone() class="visually-hidden">
                                        {tf(k::REGISTER_ANSWER, &[("number", (i + 1).into())])}
                                    </label>
                                    <input
                                        id=answer_id
                                        type="text"
                                        autocomplete="off"
                                        placeholder=t(k::REGISTER_ANSWER_PLACEHOLDER)
                                        prop:value=move || answer.get()
                                        on:input=move |ev| answer.set(event_target_value(&ev))
                                    />
                                </div>
                            }
                        })
                        .collect_view()
                }}
                <p class="field-error" role="alert">{move || form_error.get()}</p>
                <button type="submit" class="secondary" disabled=move || busy.get()>
                    {move || if busy.get() { t(k::REGISTER_SAVING) } else { t(k::REGISTER_SAVE_QUESTIONS) }}
                </button>
            </form>
        </section>
    }
}

/// What a method is called on the user's pages.
/// A method as one line says it: "Email: a•••@contoso.example",
/// "Security questions: 3 answered", "Authenticator app" (the server's hint
/// names the method again for questions and authenticators).
pub(crate) fn method_line(kind: MethodKind, hint: &str) -> String {
    let label = method_label(kind);
    match kind {
        MethodKind::Questions => match hint.split(' ').next().and_then(|n| n.parse::<u32>().ok()) {
            Some(n) => tf(k::REGISTER_QUESTIONS_ANSWERED, &[("count", n.into())]),
            None => label.to_owned(),
        },
        MethodKind::Authenticator | MethodKind::Passkey => label.to_owned(),
        _ => tf(k::REGISTER_METHOD_LINE, &[("method", label.into()), ("hint", hint.into())]),
    }
}

pub(crate) fn method_label(kind: MethodKind) -> &'static str {
    match kind {
        MethodKind::Email => t(k::REGISTER_METHOD_EMAIL),
        MethodKind::Sms => t(k::REGISTER_METHOD_SMS),
        MethodKind::Voice => t(k::REGISTER_METHOD_VOICE),
        MethodKind::Questions => t(k::REGISTER_METHOD_QUESTIONS),
        MethodKind::Authenticator => t(k::REGISTER_METHOD_AUTHENTICATOR),
        MethodKind::Passkey => t(shared::PASSKEY_NAME),
    }
}
