//! "Can't access your account?": prove who you are with codes sent to your
//! registered email or phone, then choose a new password (reset) or just lift
//! the lock (unlock). The flow's state lives on the server; this page only
//! holds the opaque reset id, in memory.

use latchkey_dto::ProblemCode;
use latchkey_dto::{
    ChallengeRequest, MethodKind, QuestionAnswer, ResetMethod, ResetPasswordRequest, StartResetRequest,
    VerifyRequest,
};
use leptos::ev::SubmitEvent;
use leptos::prelude::*;
use leptos::task::spawn_local;

use crate::api::{self, ApiError};
use crate::app::Ctx;
use crate::components::{
    CodeInput, Field, Link, NewPassword, NewPasswordFields, NoticeBox, PolicySummary, focus, focus_selector,
    personal_terms,
};
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
}

#[component]
pub fn Recover(purpose: Purpose) -> impl IntoView {
    let step = RwSignal::new(Step::Username);
    let flow = RwSignal::new(Flow::default());
    let title = match purpose {
        Purpose::Reset => "Reset your password",
        Purpose::Unlock => "Unlock your account",
    };
    let body = move || match step.get() {
        Step::Username => view! { <UsernameStep purpose step flow /> }.into_any(),
        Step::Methods => view! { <MethodsStep step flow /> }.into_any(),
        Step::Code { method, expires_at } => {
            view! { <CodeStep purpose step flow method expires_at /> }.into_any()
        }
        Step::Questions { method } => view! { <QuestionsStep purpose step flow method /> }.into_any(),
        Step::NewPassword => view! { <NewPasswordStep step flow /> }.into_any(),
        Step::Done => view! { <DoneStep purpose /> }.into_any(),
        Step::Stopped(n) => view! { <StoppedStep notice=n step /> }.into_any(),
    };
    view! {
        <section class="card">
            <h1 id="page-title" tabindex="-1">{title}</h1>
            <Progress purpose step />
            {body}
        </section>
    }
}

/// "Step 2 of 4", for orientation; announced politely on change.
#[component]
fn Progress(purpose: Purpose, step: RwSignal<Step>) -> impl IntoView {
    let total = if purpose == Purpose::Reset { 4 } else { 3 };
    let text = move || {
        let (n, name) = match step.get() {
            Step::Username => (1, "Who are you?"),
            Step::Methods => (2, "Choose how to get a code"),
            Step::Code { .. } => (3, "Enter the code"),
            Step::Questions { .. } => (3, "Answer your security questions"),
            Step::NewPassword => (4, "Choose a new password"),
            Step::Done | Step::Stopped(_) => return String::new(),
        };
        format!("Step {n} of {total}: {name}")
    };
    view! { <p class="progress" aria-live="polite">{text}</p> }
}

/// Moves to `next` and puts focus on the first field of the new step.
fn advance(step: RwSignal<Step>, next: Step) {
    step.set(next);
    focus_selector(".card input, .card .step-title");
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
            field_error.set(Some("Enter your username.".to_owned()));
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
        Purpose::Reset => "Forgot your password? Prove it's you and choose a new one.",
        Purpose::Unlock => {
            "Locked out after too many tries? Prove it's you and the lock is lifted. Your password stays the same."
        }
    };
    view! {
        <p class="lead">{lead}</p>
        <NoticeBox notice=error />
        <form on:submit=submit novalidate>
            <Field
                id="username"
                label="Username"
                value=username
                autocomplete="username"
                error=field_error
                autofocus=true
            />
            <button type="submit" class="primary" disabled=move || busy.get()>
                {move || if busy.get() { "Looking you up…" } else { "Next" }}
            </button>
        </form>
        <p class="links"><Link to=Route::SignIn>"Back to sign in"</Link></p>
    }
}

fn describe(method: &ResetMethod) -> String {
    match method.kind {
        MethodKind::Email => format!("Email a code to {}", method.hint),
        MethodKind::Sms => format!("Text a code to {}", method.hint),
        MethodKind::Questions => format!("Answer {}", method.hint),
        MethodKind::Voice => format!("Call {} and read a code out", method.hint),
        MethodKind::Authenticator => "Enter a code from your authenticator app".to_owned(),
    }
}

#[component]
fn MethodsStep(step: RwSignal<Step>, flow: RwSignal<Flow>) -> impl IntoView {
    let f = flow.get_untracked();
    let first_open = f.methods.iter().find(|m| !f.verified.contains(&m.id)).map(|m| m.id.clone());
    let chosen = RwSignal::new(first_open.unwrap_or_default());
    let error = RwSignal::new(None);
    let busy = RwSignal::new(false);
    let need = if f.required > 1 {
        format!(
            "For your security you need to prove it's you {} ways. {} to go.",
            f.required,
            if f.remaining == 1 { "One".to_owned() } else { f.remaining.to_string() }
        )
    } else {
        "We'll send you a one-time code.".to_owned()
    };
    let submit = move |ev: SubmitEvent| {
        ev.prevent_default();
        let method_id = chosen.get_untracked();
        let Some(method) = flow.get_untracked().methods.into_iter().find(|m| m.id == method_id) else {
            error.set(Some(Notice::new("Choose a method", "Pick where we should send your code.")));
            return;
        };
        if method.kind == MethodKind::Questions {
            advance(step, Step::Questions { method });
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
            let label = if done { format!("{} (done)", describe(m)) } else { describe(m) };
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
                        disabled=done
                        prop:checked=checked
                        on:change=move |_| chosen.set(id.clone())
                    />
                    <label for=input_id>{label}</label>
                </div>
            }
        })
        .collect_view();
    view! {
        <NoticeBox notice=error />
        <form on:submit=submit novalidate>
            <fieldset>
                <legend class="step-title" tabindex="-1">"Where should we send your code?"</legend>
                <p class="hint">{need}</p>
                {options}
            </fieldset>
            <button type="submit" class="primary" disabled=move || busy.get()>
                {move || if busy.get() { "Sending…" } else { "Send code" }}
            </button>
        </form>
        <p class="hint">"Don't recognise these? Your details may be out of date."</p>
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
    let where_to = match method.kind {
        MethodKind::Sms => format!("We texted a code to {}.", method.hint),
        MethodKind::Voice => format!("We're calling {} now; the code is read out twice.", method.hint),
        MethodKind::Authenticator => {
            "Enter the 6-digit code your authenticator app shows now, or one of your recovery codes."
                .to_owned()
        }
        _ => {
            format!("We emailed a code to {}. It may take a minute; check your junk folder too.", method.hint)
        }
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
            field_error.set(Some("Enter the code from the message.".to_owned()));
            return;
        }
        busy.set(true);
        error.set(None);
        let f = flow.get_untracked();
        let request =
            VerifyRequest { method_id: method_id.clone(), code: Some(digits.into()), answers: None };
        spawn_local(async move {
            match api::verify(&f.reset_id, &request).await {
                Ok(verified) => proven(purpose, step, flow, error, verified).await,
                Err(ApiError::Problem(p)) if p.code == ProblemCode::CodeInvalid => {
                    let left = match p.attempts_left {
                        Some(0) => "No tries left for this code: send a new one.".to_owned(),
                        Some(1) => "1 try left.".to_owned(),
                        Some(n) => format!("{n} tries left."),
                        None => String::new(),
                    };
                    field_error.set(Some(format!("That code isn't right. {left}")));
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
            info.set(Some(Notice::new("New code sent", "Use the newest code; older ones no longer work.")));
        }
    };
    let several = flow.get_untracked().methods.len() > 1;
    let app_code = method.kind == MethodKind::Authenticator;
    view! {
        <p class="lead">{where_to}</p>
        {(!app_code).then(|| view! { <p class="hint">{format!("The code works once and until {expires_at}.")}</p> })}
        <NoticeBox notice=info tone="success" urgent=true />
        <NoticeBox notice=error />
        <form on:submit=submit novalidate>
            <CodeInput id="code" label="Code" value=code busy error=field_error node_ref=input />
        </form>
        <div class="links">
            {(!app_code).then(|| view! {
                <button type="button" class="link" on:click=resend>"Send a new code"</button>
            })}
            {several.then(|| view! {
                <button type="button" class="link" on:click=move |_| advance(step, Step::Methods)>
                    "Try another way"
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
            let request = VerifyRequest { method_id: method_id.clone(), code: None, answers: Some(given) };
            let reset_id = flow.get_untracked().reset_id;
            spawn_local(async move {
                match api::verify(&reset_id, &request).await {
                    Ok(verified) => proven(purpose, step, flow, error, verified).await,
                    Err(ApiError::Problem(p)) if p.code == ProblemCode::AnswersInvalid => {
                        let left = p.attempts_left.unwrap_or(0);
                        error.set(Some(Notice::new(
                            "At least one answer isn't right",
                            format!("Check them and try again. {left} more wrong tries pause resets for your account."),
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
        <p class="lead">"Answer the questions you chose when you set up password reset. Case and spacing don't matter."</p>
        <NoticeBox notice=error />
        <form on:submit=submit novalidate>
            {fields}
            <button type="submit" class="primary" disabled=move || busy.get()>
                {move || if busy.get() { "Checking…" } else { "Verify" }}
            </button>
        </form>
        <div class="links">
            <button type="button" class="link" on:click=move |_| advance(step, Step::Methods)>"Try another way"</button>
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
    let submit = move |ev: SubmitEvent| {
        ev.prevent_default();
        if busy.get_untracked() {
            return;
        }
        if !new.confirmed() {
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
        <PolicySummary />
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
                {move || if busy.get() { "Saving…" } else { "Set new password" }}
            </button>
        </form>
    }
}

#[component]
fn DoneStep(purpose: Purpose) -> impl IntoView {
    let (title, body) = match purpose {
        Purpose::Reset => (
            "Your password has been reset",
            "Your account is unlocked too, and every other session was signed out. We've let you know by email and text, so you'll hear if it wasn't you.",
        ),
        Purpose::Unlock => {
            ("Your account is unlocked", "Your password has not changed. Sign in with it as usual.")
        }
    };
    view! {
        <div class="done">
            <h2 class="step-title" tabindex="-1">{title}</h2>
            <p>{body}</p>
            <p><Link to=Route::SignIn>"Sign in"</Link></p>
        </div>
    }
}

#[component]
fn StoppedStep(notice: Notice, step: RwSignal<Step>) -> impl IntoView {
    let region = RwSignal::new(Some(notice));
    view! {
        <NoticeBox notice=region />
        <button type="button" class="primary" on:click=move |_| advance(step, Step::Username)>
            "Start again"
        </button>
        <p class="links"><Link to=Route::SignIn>"Back to sign in"</Link></p>
    }
}
