//! "Set up password reset": the signed-in user adds an alternate email, a
//! mobile number (each proven by a code) and security questions, sees what
//! they have, and confirms it is still right when asked.

use latchkey_dto::{
    MeResponse, MethodKind, MethodSource, QuestionAnswer, RegistrationState, SecurityQuestion, SignInRequest,
};
use latchkey_dto::{ProblemCode, SessionApp};
use latchkey_web::notice::take_flash;
use leptos::ev::SubmitEvent;
use leptos::prelude::*;
use leptos::task::spawn_local;

use crate::api::{self, ApiError};
use crate::app::Ctx;
use crate::components::{Field, Link, NoticeBox, focus_selector};
use crate::messages::{Notice, notice};
use crate::pages::account::SignInFirst;
use crate::route::Route;

#[component]
pub fn Register() -> impl IntoView {
    let ctx = expect_context::<Ctx>();
    move || match ctx.session.get() {
        None => {
            ctx.return_to.set(Some(Route::Register));
            view! { <SignInFirst /> }.into_any()
        }
        Some(_) => view! { <RegisterPage /> }.into_any(),
    }
}

/// The session token, or `None` when the session has ended.
fn token(ctx: Ctx) -> Option<String> {
    ctx.session.get_untracked().map(|s| s.token)
}

/// A failed call: an ended session signs out; a change that needs recent
/// authentication asks for the password; anything else is shown in `error`.
fn fail(ctx: Ctx, error: RwSignal<Option<Notice>>, e: &ApiError) {
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
fn ConfirmIdentity(done: RwSignal<Option<Notice>>) -> impl IntoView {
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
                    done.set(Some(Notice::new(
                        "Thanks, that's you",
                        "Now make your change again. For the next few minutes you won't be asked.",
                    )));
                }
                Err(e) if e.code() == Some(ProblemCode::InvalidCredentials) => {
                    password.set(String::new());
                    wrong.set(Some("That password is not right.".to_owned()));
                    focus_selector("#reauth-password");
                }
                Err(e) => error.set(Some(notice(&e))),
            }
            busy.set(false);
        });
    };
    view! {
        <form class="reauth" on:submit=submit novalidate aria-labelledby="reauth-title">
            <h2 id="reauth-title">"Confirm it's you"</h2>
            <p>"Changing how you prove who you are needs your password, so that nobody else can add their own email or phone to your account."</p>
            <NoticeBox notice=error />
            <Field id="reauth-password" label="Your password" value=password kind="password"
                autocomplete="current-password" error=wrong />
            <button type="submit" class="primary" disabled=move || busy.get()>
                {move || if busy.get() { "Checking…" } else { "Confirm" }}
            </button>
            " "
            <button type="button" on:click=move |_| ctx.reauth.set(false)>"Cancel"</button>
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
                    ctx.flash.set(Some(Notice::new("Thanks", "Your password-reset methods are confirmed.")));
                    ctx.go(Route::Account);
                }
                Err(e) => fail(ctx, error, &e),
            }
        });
    };
    view! {
        <section class="card">
            <h1 id="page-title" tabindex="-1">"Set up password reset"</h1>
            <p class="lead">
                "If you forget your password or get locked out, these let you prove it's you and get back in on your own."
            </p>
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
                        <h2 id="authenticator-title">"Authenticator app"</h2>
                        <p class="hint">"A code from an app on your phone: nothing is sent, and it works offline."</p>
                        <Link to=Route::Authenticator>"Set up an authenticator app"</Link>
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
                        <p>"Are these still right? Keeping them current is how you get back in."</p>
                        <button type="button" class="primary" on:click=confirm>"Yes, these look good"</button>
                    </div>
                })
            }}
            <p class="links"><Link to=Route::Account>"Back to your account"</Link></p>
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
        RegistrationState::Complete => "You're all set.".to_owned(),
        RegistrationState::Incomplete => format!(
            "Add {} more way{} to prove it's you.",
            reg.required.saturating_sub(reg.registered),
            if reg.required.saturating_sub(reg.registered) == 1 { "" } else { "s" }
        ),
        RegistrationState::ConfirmDue => "Please check these are still right.".to_owned(),
        RegistrationState::NotInScope => {
            "Self-service reset is not turned on for your account. Ask your administrator.".to_owned()
        }
    };
    let ways = |n: u8| if n == 1 { "1 way".to_owned() } else { format!("{n} ways") };
    let progress = if reg.registered >= reg.required {
        format!("{} registered; a reset needs {}.", ways(reg.registered), reg.required)
    } else {
        format!("{} of the {} a reset needs are registered.", reg.registered, reg.required)
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
                                "Add another method first",
                                format!(
                                    "You need at least {} ways to prove it's you.",
                                    p.remaining.unwrap_or(1)
                                ),
                            )))
                        }
                        Err(e) => fail(ctx, error, &e),
                    }
                });
            };
            let action = match m.source {
                MethodSource::Admin => {
                    view! { <span class="hint">" (set by your organisation)"</span> }.into_any()
                }
                MethodSource::User => view! {
                    <button type="button" class="link" aria-label=format!("Remove {what}") on:click=remove>
                        "Remove"
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
    let (title, label, hint, autocomplete, input_kind) = match kind {
        "email" => {
            ("Alternate email", "Email address", "A personal address, not your work one.", "email", "email")
        }
        _ => ("Mobile phone", "Mobile number", "With the country code, e.g. +14255550123.", "tel", "tel"),
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
                    done.set(Some(Notice::new(
                        format!("{title} added"),
                        "It can now be used to reset your password.",
                    )));
                    reload();
                }
                Err(ApiError::Problem(p)) if p.code == ProblemCode::CodeInvalid => {
                    let left = p.attempts_left.unwrap_or(0);
                    code_error.set(Some(format!("That code isn't right. {left} tries left.")));
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
                            {move || if busy.get() { "Sending…" } else if has() { "Replace and send a code" } else { "Send a code" }}
                        </button>
                    </form>
                }
                .into_any(),
                Some(hint) => view! {
                    <form on:submit=verify novalidate>
                        <p>{format!("We sent a code to {hint}. Enter it to finish.")}</p>
                        <Field id=code_id label="Code" value=code autocomplete="one-time-code" inputmode="numeric" error=code_error />
                        <button type="submit" class="secondary" disabled=move || busy.get()>
                            {move || if busy.get() { "Checking…" } else { "Verify" }}
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
                        "Security questions saved",
                        "They can now be used to reset your password.",
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
            <h2 id="questions-title">"Security questions"</h2>
            <p class="hint">"Pick questions whose answers only you know and won't forget. Case and spacing don't matter."</p>
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
                                    <label for=select_id.clone()>{format!("Question {}", i + 1)}</label>
                                    <select id=select_id on:change=move |ev| question.set(event_target_value(&ev))>
                                        {options}
                                    </select>
                                    <label for=answer_id.clone() class="visually-hidden">{format!("Answer {}", i + 1)}</label>
                                    <input
                                        id=answer_id
                                        type="text"
                                        autocomplete="off"
                                        placeholder="Your answer"
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
                    {move || if busy.get() { "Saving…" } else { "Save questions" }}
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
            Some(n) => format!("{label}: {n} answered"),
            None => label.to_owned(),
        },
        MethodKind::Authenticator => label.to_owned(),
        _ => format!("{label}: {hint}"),
    }
}

pub(crate) fn method_label(kind: MethodKind) -> &'static str {
    match kind {
        MethodKind::Email => "Email",
        MethodKind::Sms => "Mobile phone",
        MethodKind::Voice => "Phone call",
        MethodKind::Questions => "Security questions",
        MethodKind::Authenticator => "Authenticator app",
    }
}
