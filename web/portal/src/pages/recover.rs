//! "Can't access your account?": prove who you are with codes sent to your
//! registered email or phone, your security questions, your authenticator app
//! or a passkey, then choose a new password (reset) or just lift the lock
//! (unlock). The flow's state lives on the server; this page only holds the
//! opaque reset id, in memory.

use latchkey_dto::ProblemCode;
use latchkey_dto::{
    ChallengeRequest, MethodKind, QuestionAnswer, ResetMethod, ResetPasswordRequest, StartResetRequest,
    VerifyRequest,
};
use latchkey_web::i18n::{k as shared, t, tf};
use latchkey_web::passkey::{self, Failure};
use leptos::ev::SubmitEvent;
use leptos::prelude::*;
use leptos::task::spawn_local;

use crate::api::{self, ApiError};
use crate::app::Ctx;
use crate::components::{
    CodeInput, Field, Link, NewPassword, NewPasswordFields, NoticeBox, PolicySummary, focus, focus_selector,
    personal_terms,
};
use crate::k;
use crate::messages::{Notice, local_time, notice};
use crate::route::Route;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Purpose {
    Reset,
    Unlock,
}

#[derive(Debug, Clone, PartialEq, Eq)]
enum Step {
    Username,
    Methods,
    Code {
        method: ResetMethod,
        expires_at: String,
    },
    Questions {
        method: ResetMethod,
    },
    /// The browser asks for a passkey of this site; nothing is sent.
    Passkey {
        method: ResetMethod,
    },
    NewPassword,
    Done,
    /// The flow cannot go on (expired, paused); the notice says why and what next.
    Stopped(Notice),
}

#[derive(Debug, Clone, Default)]
struct Flow {
    reset_id: String,
    username: String,
    required: u8,
    remaining: u8,
    methods: Vec<ResetMethod>,
    verified: Vec<String>,
    /// A synced user's directory's password rules, once every method is proven.
    directory: Option<latchkey_dto::DirectoryRules>,
}

#[component]
pub fn Recover(purpose: Purpose) -> impl IntoView {
    let step = RwSignal::new(Step::Username);
    let flow = RwSignal::new(Flow::default());
    let title = match purpose {
        Purpose::Reset => t(k::RECOVER_RESET_TITLE),
        Purpose::Unlock => t(k::RECOVER_UNLOCK_TITLE),
    };
    let body = move || match step.get() {
        Step::Username => view! { <UsernameStep purpose step flow /> }.into_any(),
        Step::Methods => view! { <MethodsStep step flow /> }.into_any(),
        Step::Code { method, expires_at } => {
            view! { <CodeStep purpose step flow method expires_at /> }.into_any()
        }
        Step::Questions { method } => view! { <QuestionsStep purpose step flow method /> }.into_any(),
        Step::Passkey { method } => view! { <PasskeyStep purpose step flow method /> }.into_any(),
        Step::NewPassword => view! { <NewPasswordStep step flow /> }.into_any(),
        Step::Done => view! { <DoneStep purpose flow /> }.into_any(),
        Step::Stopped(n) => view! { <StoppedStep notice=n step /> }.into_any(),
    };
    view! {
        <section class="card">
            <h1 id="page-title" tabindex="-1">{title}</h1>
            <Progress purpose step flow />
            {body}
        </section>
    }
}

/// "Step 2 of 4", for orientation; announced politely on change.
#[component]
fn Progress(purpose: Purpose, step: RwSignal<Step>, flow: RwSignal<Flow>) -> impl IntoView {
    let total: u8 = if purpose == Purpose::Reset { 4 } else { 3 };
    let text = move || {
        let (n, name) = match step.get() {
            Step::Username => (1, t(k::RECOVER_STEP_USERNAME)),
            // A passkey is not a code that comes somewhere.
            Step::Methods
                if flow.with_untracked(|f| f.methods.iter().any(|m| m.kind == MethodKind::Passkey)) =>
            {
                (2, t(k::RECOVER_STEP_HOW))
            }
            Step::Methods => (2, t(k::RECOVER_STEP_METHODS)),
            Step::Code { .. } => (3, t(k::RECOVER_STEP_CODE)),
            Step::Questions { .. } => (3, t(k::RECOVER_STEP_QUESTIONS)),
            Step::Passkey { .. } => (3, t(k::RECOVER_STEP_PASSKEY)),
            Step::NewPassword => (4, t(k::RECOVER_STEP_NEW_PASSWORD)),
            Step::Done | Step::Stopped(_) => return String::new(),
        };
        tf(k::RECOVER_PROGRESS, &[("step", n.into()), ("total", total.into()), ("name", name.into())])
    };
    view! { <p class="progress" aria-live="polite">{text}</p> }
}

/// Moves to `next` and puts focus on the first field of the new step.
fn advance(step: RwSignal<Step>, next: Step) {
    step.set(next);
    focus_selector(".card input, .card .step-title"); // not words: a CSS selector
}

/// Errors that end the flow go to a page of their own; the rest stay on the step.
fn stop_or_show(step: RwSignal<Step>, error: RwSignal<Option<Notice>>, e: &ApiError) {
    match e.code() {
        Some(ProblemCode::ResetExpired | ProblemCode::TooManyRequests) => {
            advance(step, Step::Stopped(notice(e)))
        }
        _ => error.set(Some(notice(e))),
    }
}

#[component]
fn UsernameStep(purpose: Purpose, step: RwSignal<Step>, flow: RwSignal<Flow>) -> impl IntoView {
    let username = RwSignal::new(flow.get_untracked().username);
    let field_error = RwSignal::new(None);
    let error = RwSignal::new(None);
    let busy = RwSignal::new(false);
    let submit = move |ev: SubmitEvent| {
        ev.prevent_default();
        if busy.get_untracked() {
            return;
        }
        let name = username.get_untracked().trim().to_owned();
        if name.is_empty() {
            field_error.set(Some(t(k::RECOVER_ENTER_USERNAME).to_owned()));
            return;
        }
        busy.set(true);
        error.set(None);
        spawn_local(async move {
            match api::start_reset(&StartResetRequest { username: name.clone() }).await {
                Ok(started) => {
                    flow.set(Flow {
                        reset_id: started.reset_id.into_exposed(),
                        username: name,
                        required: started.required,
                        remaining: started.required,
                        methods: started.methods,
                        verified: Vec::new(),
                        directory: None,
                    });
                    advance(step, Step::Methods);
                }
                Err(ApiError::Problem(p)) if p.code == ProblemCode::InvalidRequest => {
                    field_error.set(Some(p.detail));
                }
                Err(e) => stop_or_show(step, error, &e),
            }
            busy.set(false);
        });
    };
    let lead = match purpose {
        Purpose::Reset => t(k::RECOVER_RESET_LEAD),
        Purpose::Unlock => t(k::RECOVER_UNLOCK_LEAD),
    };
    view! {
        <p class="lead">{lead}</p>
        <NoticeBox notice=error />
        <form on:submit=submit novalidate>
            <Field
                id="username"
                label=t(shared::COMMON_USERNAME)
                value=username
                autocomplete="username"
                error=field_error
                autofocus=true
            />
            <button type="submit" class="primary" disabled=move || busy.get()>
                {move || if busy.get() { t(k::RECOVER_LOOKING_UP) } else { t(k::RECOVER_NEXT) }}
            </button>
        </form>
        <p class="links"><Link to=Route::SignIn>{t(k::RECOVER_BACK)}</Link></p>
    }
}

fn describe(method: &ResetMethod) -> String {
    match method.kind {
        MethodKind::Email => tf(k::RECOVER_METHOD_EMAIL, &[("hint", (&method.hint).into())]),
        MethodKind::Sms => tf(k::RECOVER_METHOD_SMS, &[("hint", (&method.hint).into())]),
        // The server's hint counts the questions ("3 security questions").
        MethodKind::Questions => match method.hint.split(' ').next().and_then(|n| n.parse::<u32>().ok()) {
            Some(n) => tf(k::RECOVER_METHOD_QUESTIONS, &[("count", n.into())]),
            None => t(k::RECOVER_STEP_QUESTIONS).to_owned(),
        },
        MethodKind::Voice => tf(k::RECOVER_METHOD_VOICE, &[("hint", (&method.hint).into())]),
        MethodKind::Authenticator => t(k::RECOVER_METHOD_AUTHENTICATOR).to_owned(),
        MethodKind::Passkey => t(k::RECOVER_METHOD_PASSKEY).to_owned(),
    }
}

/// Whether this browser can prove `method`: a passkey needs WebAuthn.
fn usable(method: &ResetMethod, passkeys: bool) -> bool {
    method.kind != MethodKind::Passkey || passkeys
}

#[component]
fn MethodsStep(step: RwSignal<Step>, flow: RwSignal<Flow>) -> impl IntoView {
    let f = flow.get_untracked();
    let passkeys = passkey::supported();
    let open = |m: &&ResetMethod| !f.verified.contains(&m.id) && usable(m, passkeys);
    let first_open = f.methods.iter().find(open).map(|m| m.id.clone());
    let any_open = first_open.is_some();
    let chosen = RwSignal::new(first_open.unwrap_or_default());
    let error = RwSignal::new(None);
    let busy = RwSignal::new(false);
    let is_passkey = |m: &ResetMethod| m.kind == MethodKind::Passkey;
    let only_passkeys = !f.methods.is_empty() && f.methods.iter().all(is_passkey);
    let offers_passkey = f.methods.iter().any(is_passkey);
    let need = if only_passkeys {
        t(k::RECOVER_NEED_PASSKEY).to_owned()
    } else if f.required > 1 {
        tf(k::RECOVER_NEED_WAYS, &[("required", f.required.into()), ("remaining", f.remaining.into())])
    } else {
        t(k::RECOVER_NEED_ONE).to_owned()
    };
    // A proven passkey finishes the flow on its own, however many ways it asks for.
    let passkey_enough = (f.required > 1 && offers_passkey && passkeys && !only_passkeys)
        .then(|| view! { <p class="hint" id="recover-passkey-enough">{t(k::RECOVER_PASSKEY_ENOUGH)}</p> });
    let unsupported = (offers_passkey && !passkeys).then(|| {
        let words = if only_passkeys {
            t(k::RECOVER_PASSKEY_ONLY_UNSUPPORTED)
        } else {
            t(k::RECOVER_PASSKEY_UNSUPPORTED)
        };
        view! { <p class="hint" id="recover-passkey-unsupported">{words}</p> }
    });
    let kinds: Vec<(String, MethodKind)> = f.methods.iter().map(|m| (m.id.clone(), m.kind)).collect();
    let chosen_passkey =
        move || chosen.with(|id| kinds.iter().any(|(m, kind)| m == id && *kind == MethodKind::Passkey));
    let submit = move |ev: SubmitEvent| {
        ev.prevent_default();
        let method_id = chosen.get_untracked();
        let Some(method) = flow.get_untracked().methods.into_iter().find(|m| m.id == method_id) else {
            error.set(Some(Notice::new(t(k::RECOVER_CHOOSE_TITLE), t(k::RECOVER_CHOOSE_BODY))));
            return;
        };
        if method.kind == MethodKind::Questions {
            advance(step, Step::Questions { method });
        } else if method.kind == MethodKind::Passkey {
            // This tap is the browser's go-ahead to ask for the passkey.
            advance(step, Step::Passkey { method });
        } else if method.kind == MethodKind::Authenticator {
            // Nothing is sent: the app shows the code.
            advance(step, Step::Code { method, expires_at: String::new() });
        } else {
            send_code(step, flow, method, busy, error);
        }
    };
    let options = f
        .methods
        .iter()
        .map(|m| {
            let id = m.id.clone();
            let input_id = format!("method-{}", m.id);
            let done = f.verified.contains(&m.id);
            let disabled = done || !usable(m, passkeys);
            let label = if done {
                tf(k::RECOVER_METHOD_DONE, &[("method", describe(m).into())])
            } else {
                describe(m)
            };
            let checked = {
                let id = id.clone();
                move || chosen.get() == id
            };
            view! {
                <div class="choice">
                    <input
                        type="radio"
                        name="method"
                        id=input_id.clone()
                        value=id.clone()
                        disabled=disabled
                        prop:checked=checked
                        on:change=move |_| chosen.set(id.clone())
                    />
                    <label for=input_id>{label}</label>
                </div>
            }
        })
        .collect_view();
    // A passkey is not sent anywhere: the question is how, not where.
    let legend = if offers_passkey { t(k::RECOVER_HOW_TITLE) } else { t(k::RECOVER_WHERE_TITLE) };
    let label = move || {
        if busy.get() {
            t(k::RECOVER_SENDING)
        } else if chosen_passkey() {
            t(shared::PASSKEY_USE)
        } else {
            t(k::RECOVER_SEND_CODE)
        }
    };
    view! {
        <NoticeBox notice=error />
        <form on:submit=submit novalidate>
            <fieldset>
                <legend class="step-title" tabindex="-1">{legend}</legend>
                <p class="hint">{need}</p>
                {passkey_enough}
                {options}
                {unsupported}
            </fieldset>
            {any_open.then(|| view! {
                <button type="submit" class="primary" disabled=move || busy.get()>{label}</button>
            })}
        </form>
        <p class="hint">{t(k::RECOVER_UNRECOGNISED)}</p>
        <crate::components::ContactAdmin />
    }
}

fn send_code(
    step: RwSignal<Step>,
    flow: RwSignal<Flow>,
    method: ResetMethod,
    busy: RwSignal<bool>,
    error: RwSignal<Option<Notice>>,
) {
    if busy.get_untracked() {
        return;
    }
    busy.set(true);
    error.set(None);
    let reset_id = flow.get_untracked().reset_id;
    spawn_local(async move {
        match api::challenge(&reset_id, &ChallengeRequest { method_id: method.id.clone() }).await {
            Ok(sent) => {
                let expires_at = local_time(&sent.expires_at);
                advance(step, Step::Code { method, expires_at });
            }
            Err(e) => stop_or_show(step, error, &e),
        }
        busy.set(false);
    });
}

#[component]
fn CodeStep(
    purpose: Purpose,
    step: RwSignal<Step>,
    flow: RwSignal<Flow>,
    method: ResetMethod,
    expires_at: String,
) -> impl IntoView {
    let code = RwSignal::new(String::new());
    let field_error = RwSignal::new(None);
    let error = RwSignal::new(None);
    let info = RwSignal::new(None);
    let busy = RwSignal::new(false);
    let input = NodeRef::new();
    let hint = || [("hint", (&method.hint).into())];
    let where_to = match method.kind {
        MethodKind::Sms => tf(k::RECOVER_SENT_SMS, &hint()),
        MethodKind::Voice => tf(k::RECOVER_SENT_VOICE, &hint()),
        MethodKind::Authenticator => t(k::RECOVER_SENT_APP).to_owned(),
        _ => tf(k::RECOVER_SENT_EMAIL, &hint()),
    };
    let method_id = method.id.clone();
    let submit = move |ev: SubmitEvent| {
        ev.prevent_default();
        if busy.get_untracked() {
            return;
        }
        let digits: String =
            code.get_untracked().chars().filter(|c| !c.is_whitespace() && *c != '-').collect();
        if digits.is_empty() {
            field_error.set(Some(t(k::RECOVER_ENTER_CODE).to_owned()));
            return;
        }
        busy.set(true);
        error.set(None);
        let f = flow.get_untracked();
        let request = VerifyRequest {
            method_id: method_id.clone(),
            code: Some(digits.into()),
            answers: None,
            passkey: None,
        };
        spawn_local(async move {
            match api::verify(&f.reset_id, &request).await {
                Ok(verified) => proven(purpose, step, flow, error, verified).await,
                Err(ApiError::Problem(p)) if p.code == ProblemCode::CodeInvalid => {
                    field_error.set(Some(match p.attempts_left {
                        Some(n) => tf(k::RECOVER_CODE_WRONG_LEFT, &[("count", n.into())]),
                        None => t(k::RECOVER_CODE_WRONG).to_owned(),
                    }));
                    code.set(String::new());
                    focus(input);
                }
                Err(e) => stop_or_show(step, error, &e),
            }
            busy.set(false);
        });
    };
    let resend = {
        let method = method.clone();
        move |_| {
            info.set(None);
            send_code(step, flow, method.clone(), busy, error);
            info.set(Some(Notice::new(t(k::RECOVER_NEW_CODE_TITLE), t(k::RECOVER_NEW_CODE_BODY))));
        }
    };
    let several = flow.get_untracked().methods.len() > 1;
    let app_code = method.kind == MethodKind::Authenticator;
    view! {
        <p class="lead">{where_to}</p>
        {(!app_code).then(|| {
            view! { <p class="hint">{tf(k::RECOVER_CODE_UNTIL, &[("time", expires_at.into())])}</p> }
        })}
        <NoticeBox notice=info tone="success" urgent=true />
        <NoticeBox notice=error />
        <form on:submit=submit novalidate>
            <CodeInput id="code" label=t(k::RECOVER_CODE) value=code busy error=field_error node_ref=input />
        </form>
        <div class="links">
            {(!app_code).then(|| view! {
                <button type="button" class="link" on:click=resend>{t(k::RECOVER_SEND_NEW)}</button>
            })}
            {several.then(|| view! {
                <button type="button" class="link" on:click=move |_| advance(step, Step::Methods)>
                    {t(k::RECOVER_TRY_ANOTHER)}
                </button>
            })}
        </div>
    }
}

/// After a method is proven: the next method, the new password, or (unlock) done.
async fn proven(
    purpose: Purpose,
    step: RwSignal<Step>,
    flow: RwSignal<Flow>,
    error: RwSignal<Option<Notice>>,
    verified: latchkey_dto::VerifyResponse,
) {
    flow.update(|f| {
        f.verified = verified.verified;
        f.remaining = verified.remaining;
        f.directory = verified.directory_rules;
    });
    if verified.remaining > 0 {
        advance(step, Step::Methods);
    } else if purpose == Purpose::Reset {
        advance(step, Step::NewPassword);
    } else {
        match api::unlock(&flow.get_untracked().reset_id).await {
            Ok(()) => advance(step, Step::Done),
            Err(e) => stop_or_show(step, error, &e),
        }
    }
}

/// The security questions the flow asks; nothing is sent for these.
#[component]
fn QuestionsStep(
    purpose: Purpose,
    step: RwSignal<Step>,
    flow: RwSignal<Flow>,
    method: ResetMethod,
) -> impl IntoView {
    let questions = method.questions.clone().unwrap_or_default();
    let answers: Vec<RwSignal<String>> = questions.iter().map(|_| RwSignal::new(String::new())).collect();
    let error = RwSignal::new(None);
    let busy = RwSignal::new(false);
    let submit = {
        let answers = answers.clone();
        let questions = questions.clone();
        let method_id = method.id.clone();
        move |ev: SubmitEvent| {
            ev.prevent_default();
            if busy.get_untracked() {
                return;
            }
            busy.set(true);
            error.set(None);
            let given = questions
                .iter()
                .zip(&answers)
                .map(|(q, a)| QuestionAnswer { question_id: q.id.clone(), answer: a.get_untracked().into() })
                .collect();
            let request = VerifyRequest {
                method_id: method_id.clone(),
                code: None,
                answers: Some(given),
                passkey: None,
            };
            let reset_id = flow.get_untracked().reset_id;
            spawn_local(async move {
                match api::verify(&reset_id, &request).await {
                    Ok(verified) => proven(purpose, step, flow, error, verified).await,
                    Err(ApiError::Problem(p)) if p.code == ProblemCode::AnswersInvalid => {
                        let left = p.attempts_left.unwrap_or(0);
                        error.set(Some(Notice::new(
                            t(k::RECOVER_ANSWERS_WRONG_TITLE),
                            tf(k::RECOVER_ANSWERS_WRONG_BODY, &[("count", left.into())]),
                        )));
                    }
                    Err(e) => stop_or_show(step, error, &e),
                }
                busy.set(false);
            });
        }
    };
    let fields = questions
        .into_iter()
        .zip(answers)
        .enumerate()
        .map(|(i, (q, answer))| {
            let id = format!("reset-answer-{}", i + 1);
            view! {
                <div class="field">
                    <label for=id.clone()>{q.text}</label>
                    <input
                        id=id
                        type="text"
                        autocomplete="off"
                        prop:value=move || answer.get()
                        on:input=move |ev| answer.set(event_target_value(&ev))
                    />
                </div>
            }
        })
        .collect_view();
    view! {
        <p class="lead">{t(k::RECOVER_QUESTIONS_LEAD)}</p>
        <NoticeBox notice=error />
        <form on:submit=submit novalidate>
            {fields}
            <button type="submit" class="primary" disabled=move || busy.get()>
                {move || if busy.get() { t(shared::COMMON_CHECKING) } else { t(shared::COMMON_VERIFY) }}
            </button>
        </form>
        <div class="links">
            <button type="button" class="link" on:click=move |_| advance(step, Step::Methods)>
                {t(k::RECOVER_TRY_ANOTHER)}
            </button>
        </div>
    }
}

/// Where proving the passkey stands: what the step says, and whether it can
/// be tried again.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Ceremony {
    /// The browser's prompt is open (or about to be).
    Waiting,
    /// The prompt closed without a passkey: the person closed it, it ran
    /// out, or this device holds none for the site.
    Cancelled,
    /// The browser could not run it here.
    Browser,
    /// The server refused the answer, the ceremony ran out, or another
    /// failure: the notice says which, and another try asks for a new
    /// ceremony.
    Refused,
    /// Refused with no tries left: only another way, or starting again.
    Spent,
}

/// "Use your passkey": the browser's prompt opens at once (choosing the
/// method was the tap that asked for it), and again on "Try again".
#[component]
fn PasskeyStep(
    purpose: Purpose,
    step: RwSignal<Step>,
    flow: RwSignal<Flow>,
    method: ResetMethod,
) -> impl IntoView {
    let state = RwSignal::new(Ceremony::Waiting);
    let error = RwSignal::new(None);
    let method_id = StoredValue::new(method.id);
    // One ceremony at a time: the first starts with the step.
    let busy = StoredValue::new(false);
    let run = move || {
        if busy.get_value() {
            return;
        }
        busy.set_value(true);
        state.set(Ceremony::Waiting);
        error.set(None);
        let reset_id = flow.get_untracked().reset_id;
        let method_id = method_id.get_value();
        spawn_local(async move {
            let outcome = api::prove_passkey(&reset_id, &method_id).await;
            let refused = |notice: Notice, left: Option<u8>| {
                error.set(Some(notice));
                state.set(if left == Some(0) { Ceremony::Spent } else { Ceremony::Refused });
            };
            match outcome {
                Ok(verified) => {
                    proven(purpose, step, flow, error, verified).await;
                    // Still here: the unlock after it was refused, and the notice says why.
                    state.set(Ceremony::Refused);
                }
                Err(Failure::Cancelled | Failure::Aborted | Failure::OnThisDevice) => {
                    state.set(Ceremony::Cancelled)
                }
                Err(Failure::Browser) => state.set(Ceremony::Browser),
                Err(Failure::Api(ApiError::Problem(p))) if p.code == ProblemCode::PasskeyInvalid => {
                    let body = match p.attempts_left {
                        Some(n) => tf(k::RECOVER_PASSKEY_REFUSED_LEFT, &[("count", n.into())]),
                        None => t(k::RECOVER_PASSKEY_REFUSED_BODY).to_owned(),
                    };
                    refused(Notice::new(t(k::RECOVER_PASSKEY_REFUSED_TITLE), body), p.attempts_left);
                }
                // The ceremony ran out before the answer came: the next try asks a new one.
                Err(Failure::Api(e)) if e.code() == Some(ProblemCode::CodeExpired) => refused(
                    Notice::new(t(k::RECOVER_PASSKEY_EXPIRED_TITLE), t(k::RECOVER_PASSKEY_EXPIRED_BODY)),
                    None,
                ),
                Err(Failure::Api(e)) => {
                    stop_or_show(step, error, &e);
                    state.set(Ceremony::Refused);
                }
            }
            busy.set_value(false);
        });
    };
    run();
    let status = move || match state.get() {
        Ceremony::Waiting => t(shared::PASSKEY_WAITING),
        Ceremony::Cancelled => t(k::RECOVER_PASSKEY_CANCELLED),
        Ceremony::Browser => t(k::RECOVER_PASSKEY_BROWSER),
        _ => "",
    };
    let several = flow.get_untracked().methods.len() > 1;
    view! {
        <p class="lead step-title" tabindex="-1">{t(k::RECOVER_PASSKEY_LEAD)}</p>
        <NoticeBox notice=error />
        <div class="passkey-way">
            {move || (state.get() != Ceremony::Spent).then(|| view! {
                <button type="button" class="primary" id="recover-passkey"
                    disabled=move || state.get() == Ceremony::Waiting on:click=move |_| run()>
                    {move || if state.get() == Ceremony::Waiting { t(shared::PASSKEY_USE) } else { t(k::RECOVER_PASSKEY_AGAIN) }}
                </button>
            })}
            <p class="hint" id="passkey-status" role="status">{status}</p>
        </div>
        <div class="links">
            {several.then(|| view! {
                <button type="button" class="link" on:click=move |_| advance(step, Step::Methods)>
                    {t(k::RECOVER_TRY_ANOTHER)}
                </button>
            })}
            <button type="button" class="link" on:click=move |_| advance(step, Step::Username)>
                {t(k::RECOVER_START_AGAIN)}
            </button>
        </div>
    }
}

#[component]
fn NewPasswordStep(step: RwSignal<Step>, flow: RwSignal<Flow>) -> impl IntoView {
    let ctx = expect_context::<Ctx>();
    let new = NewPassword::new();
    let error = RwSignal::new(None);
    let busy = RwSignal::new(false);
    let personal = Signal::derive(move || personal_terms(ctx, vec![flow.get().username]));
    new.directory.set(flow.get_untracked().directory);
    let submit = move |ev: SubmitEvent| {
        ev.prevent_default();
        if busy.get_untracked() {
            return;
        }
        if !new.meets_directory() || !new.confirmed() {
            return;
        }
        busy.set(true);
        error.set(None);
        let reset_id = flow.get_untracked().reset_id;
        let request = ResetPasswordRequest { new_password: new.value.get_untracked().into() };
        spawn_local(async move {
            match api::reset_password(&reset_id, &request).await {
                Ok(()) => {
                    new.clear();
                    advance(step, Step::Done);
                }
                Err(ApiError::Problem(p)) if p.code == ProblemCode::PasswordRejected => new.rejected(&p),
                Err(e) => stop_or_show(step, error, &e),
            }
            busy.set(false);
        });
    };
    view! {
        <PolicySummary directory=new.directory />
        <NoticeBox notice=error />
        <form on:submit=submit novalidate>
            // A hidden username lets password managers file the new password under the right account.
            <input
                type="text"
                class="visually-hidden"
                autocomplete="username"
                name="username"
                tabindex="-1"
                aria-hidden="true"
                prop:value=move || flow.get().username
                readonly=true
            />
            <NewPasswordFields state=new personal=personal />
            <button type="submit" class="primary" disabled=move || busy.get()>
                {move || if busy.get() { t(k::RECOVER_SAVING) } else { t(k::RECOVER_SET_NEW) }}
            </button>
        </form>
    }
}

#[component]
fn DoneStep(purpose: Purpose, flow: RwSignal<Flow>) -> impl IntoView {
    if purpose == Purpose::Reset {
        // The account page offers a passkey at the next sign-in, even to
        // someone who said "Not now" before: a reset is when one helps most.
        crate::pages::passkeys::offer_again(&flow.get_untracked().username);
    }
    let (title, body) = match purpose {
        Purpose::Reset => (t(k::RECOVER_RESET_DONE_TITLE), t(k::RECOVER_RESET_DONE_BODY)),
        Purpose::Unlock => (t(k::RECOVER_UNLOCK_DONE_TITLE), t(k::RECOVER_UNLOCK_DONE_BODY)),
    };
    view! {
        <div class="done">
            <h2 class="step-title" tabindex="-1">{title}</h2>
            <p>{body}</p>
            <p><Link to=Route::SignIn>{t(shared::COMMON_SIGN_IN)}</Link></p>
        </div>
    }
}

#[component]
fn StoppedStep(notice: Notice, step: RwSignal<Step>) -> impl IntoView {
    let region = RwSignal::new(Some(notice));
    view! {
        <NoticeBox notice=region />
        <button type="button" class="primary" on:click=move |_| advance(step, Step::Username)>
            {t(k::RECOVER_START_AGAIN)}
        </button>
        <p class="links"><Link to=Route::SignIn>{t(k::RECOVER_BACK)}</Link></p>
    }
}
