//! The console shell: who is signed in and what they may do, the sign-in
//! screen, the navigation (only what the operator's role allows), and the
//! screen for the current address.

use latchkey_dto::{
    MethodKind, NextStep, PublicConfig, SessionApp, SessionUser, SignInRequest, SignInResponse,
};
use latchkey_web::field::CodeInput;
use latchkey_web::i18n::t;
use latchkey_web::nav::{self, DeadEnd, Page};
use latchkey_web::notice::take_flash;
use latchkey_web::shell::frame;
use latchkey_web::signin::{PasskeyStep, Restoring, SignInForm, refused_passkey};
use leptos::ev::SubmitEvent;
use leptos::prelude::*;
use leptos::task::spawn_local;

use crate::api::{self, ApiError};
use crate::k;
use crate::pages;
use crate::route::Route;
use crate::ui::{Link, Notice, NoticeBox, notice};

/// A signed-in operator. The token is in memory only; a reload or a new tab
/// restores the session from the console's `HttpOnly` refresh cookie, which
/// no script on the page can read.
#[derive(Clone)]
pub struct Session {
    pub token: String,
    pub user: SessionUser,
    /// What `GET /v1/admin/me` says this operator may do.
    pub permissions: Vec<String>,
}

/// The permissions the console gates its screens and buttons on, from the
/// wire crate (the server checks every call again; hiding is for clarity,
/// not for safety).
pub use latchkey_dto::Permission as Perm;

/// State every screen may read; all fields are cheap `Copy` handles.
#[derive(Clone, Copy)]
pub struct Ctx {
    pub route: RwSignal<Route>,
    pub session: RwSignal<Option<Session>>,
    pub config: RwSignal<Option<PublicConfig>>,
    /// A message for the next screen ("User deleted").
    pub flash: RwSignal<Option<Notice>>,
}

impl Ctx {
    pub fn go(self, to: Route) {
        nav::go(self.route, to);
    }

    /// The session token, for a call made now (not tracked).
    pub fn token(self) -> Option<String> {
        self.session.with_untracked(|s| s.as_ref().map(|s| s.token.clone()))
    }

    pub fn may(self, perm: Perm) -> bool {
        self.session.with(|s| s.as_ref().is_some_and(|s| s.permissions.iter().any(|p| p == perm.as_str())))
    }

    /// The operator's own id: the console never offers actions on oneself.
    pub fn me(self) -> Option<String> {
        self.session.with(|s| s.as_ref().map(|s| s.user.id.clone()))
    }

    /// Signs out here and, through the server, in every tab.
    pub fn sign_out(self, why: Option<Notice>) {
        self.session.set(None);
        self.flash.set(why);
        spawn_local(latchkey_web::api::sign_out(SessionApp::Console));
    }

    /// Refreshes the session before `signed`'s token expires, for as long as
    /// it is still the session in use.
    fn keep_fresh(self, signed: &SignInResponse) {
        let token = signed.token.expose().to_owned();
        latchkey_web::api::refresh_before(
            SessionApp::Console,
            signed.expires_at.timestamp_millis(),
            move |answer| {
                if self.token().as_ref() != Some(&token) {
                    return;
                }
                match answer {
                    Ok(fresh) => {
                        self.keep_fresh(&fresh);
                        self.session.update(|s| {
                            if let Some(s) = s {
                                s.token = fresh.token.into_exposed();
                            }
                        });
                    }
                    Err(e) if e.code() == Some(latchkey_dto::ProblemCode::Unauthorized) => {
                        self.sign_out(None)
                    }
                    Err(_) => {}
                }
            },
        );
    }

    /// The common endings of a failed call: an ended session signs out, the
    /// rest becomes the screen's notice.
    pub fn failed(self, error: &ApiError, region: RwSignal<Option<Notice>>) {
        match error.code() {
            Some(latchkey_dto::ProblemCode::Unauthorized) => {
                self.sign_out(Some(Notice::new(t(k::APP_SESSION_ENDED_TITLE), t(k::APP_SESSION_ENDED_BODY))))
            }
            _ => region.set(Some(notice(error))),
        }
    }
}

#[component]
pub fn App() -> impl IntoView {
    // Without the branding the console still works; the header just has no name.
    let (route, config) = frame::<Route>();
    let ctx = Ctx { route, session: RwSignal::new(None), config, flash: RwSignal::new(None) };
    provide_context(ctx);
    crate::unsaved::watch(route);
    // A reload or a new tab: the refresh cookie, if any, brings the session back.
    let restoring = RwSignal::new(true);
    spawn_local(async move {
        if let Ok(signed) = api::refresh(SessionApp::Console).await
            && let Ok(session) = open(ctx, signed).await
        {
            ctx.session.set(Some(session));
        }
        restoring.set(false);
    });

    view! {
        <a class="skip" href="#main">{t(k::APP_SKIP)}</a>
        <header class="top">
            <a class="brand" href="/admin/">
                <span class="brand-name">{move || ctx.config.get().map(|c| c.company_name).unwrap_or_default()}</span>
                <span class="product">{t(k::APP_PRODUCT)}</span>
            </a>
            {move || ctx.session.get().map(|s| view! {
                <div class="operator">
                    <Link to=Route::Profile>
                        <span class="who">{s.user.display_name.clone()}</span>
                    </Link>
                    <button type="button" class="link" id="sign-out"
                        on:click=move |_| ctx.sign_out(Some(Notice::new(t(k::APP_SIGNED_OUT_TITLE), t(k::APP_SIGNED_OUT_BODY))))>
                        {t(k::APP_SIGN_OUT)}
                    </button>
                </div>
            })}
        </header>
        <div class="console">
            <Show when=move || ctx.session.with(Option::is_some)>
                <Nav />
            </Show>
            <main class="page" id="main">
                {move || match (ctx.session.with(Option::is_some), restoring.get()) {
                    (true, _) => screen(ctx.route.get()),
                    (false, true) => view! { <Restoring /> }.into_any(),
                    (false, false) => view! { <SignIn /> }.into_any(),
                }}
            </main>
        </div>
    }
}

fn screen(route: Route) -> AnyView {
    let ctx = expect_context::<Ctx>();
    // The home is the administrator's; the help desk finds the caller
    // first, and a report reader, who reads no users, opens on the reports.
    let route = match route {
        Route::Home if ctx.may(Perm::Settings) => Route::Home,
        Route::Home | Route::Users if !ctx.may(Perm::ReadUsers) && ctx.may(Perm::ReadReports) => {
            Route::Reports
        }
        Route::Home => Route::Users,
        route => route,
    };
    let needs = match &route {
        // Everyone who may open the console has an account of their own.
        Route::Profile => None,
        Route::Home => Some(Perm::Settings),
        Route::Users | Route::User(_) | Route::Groups | Route::Group(_) => Some(Perm::ReadUsers),
        Route::Import => Some(Perm::ManageUsers),
        Route::ResetPolicy
        | Route::Passwords
        | Route::Branding
        | Route::Wording
        | Route::Agents
        | Route::Clients
        | Route::Webhooks
        | Route::Webhook(_) => Some(Perm::Settings),
        // Report readers see it; only those who manage settings change it.
        Route::Reports | Route::Campaign => Some(Perm::ReadReports),
        Route::NotFound => Some(Perm::ReadUsers),
    };
    if needs.is_some_and(|p| !ctx.may(p)) {
        return view! { <NotAllowed /> }.into_any();
    }
    // Each screen's code is its own WASM chunk (build.sh splits the module at
    // these points), fetched the first time the screen opens: signing in
    // downloads only the shell.
    let screen = Suspend::new(async move {
        match route {
            Route::Home => lazy_home().await,
            Route::Users => lazy_users().await,
            Route::User(id) => lazy_user(id).await,
            Route::Groups => lazy_groups(None).await,
            Route::Group(name) => lazy_groups(Some(name)).await,
            Route::Import => lazy_import().await,
            Route::ResetPolicy => lazy_reset_policy().await,
            Route::Passwords => lazy_passwords().await,
            Route::Branding => lazy_branding().await,
            Route::Wording => lazy_wording().await,
            Route::Agents => lazy_agents().await,
            Route::Clients => lazy_clients().await,
            Route::Webhooks => lazy_webhooks(None).await,
            Route::Webhook(id) => lazy_webhooks(Some(id)).await,
            Route::Profile => lazy_profile().await,
            Route::Reports => lazy_reports().await,
            Route::Campaign => lazy_campaign().await,
            Route::NotFound => view! {
                <DeadEnd title=t(k::APP_NOT_FOUND_TITLE) body=t(k::APP_NOT_FOUND_BODY) to=Route::Users link=t(k::APP_GO_TO_USERS) />
            }
            .into_any(),
        }
    });
    view! {
        <Suspense fallback=|| view! { <p class="loading" role="status">{t(k::APP_OPENING)}</p> }>{screen}</Suspense>
    }
    .into_any()
}

#[lazy]
fn lazy_home() -> AnyView {
    view! { <pages::home::Home /> }.into_any()
}

#[lazy]
fn lazy_users() -> AnyView {
    view! { <pages::users::Users /> }.into_any()
}

#[lazy]
fn lazy_user(id: String) -> AnyView {
    view! { <pages::user::UserScreen id=id /> }.into_any()
}

#[lazy]
fn lazy_groups(open: Option<String>) -> AnyView {
    view! { <pages::groups::Groups open=open /> }.into_any()
}

#[lazy]
fn lazy_import() -> AnyView {
    view! { <pages::import::Import /> }.into_any()
}

#[lazy]
fn lazy_reset_policy() -> AnyView {
    view! { <pages::policy::ResetPolicyScreen /> }.into_any()
}

#[lazy]
fn lazy_passwords() -> AnyView {
    view! { <pages::passwords::Passwords /> }.into_any()
}

#[lazy]
fn lazy_branding() -> AnyView {
    view! { <pages::branding::BrandingScreen /> }.into_any()
}

#[lazy]
fn lazy_wording() -> AnyView {
    view! { <pages::wording::WordingScreen /> }.into_any()
}

#[lazy]
fn lazy_agents() -> AnyView {
    view! { <pages::agents::Agents /> }.into_any()
}

#[lazy]
fn lazy_clients() -> AnyView {
    view! { <pages::clients::Clients /> }.into_any()
}

#[lazy]
fn lazy_webhooks(open: Option<String>) -> AnyView {
    view! { <pages::webhooks::Webhooks open=open /> }.into_any()
}

#[lazy]
fn lazy_profile() -> AnyView {
    view! { <pages::profile::Profile /> }.into_any()
}

#[lazy]
fn lazy_reports() -> AnyView {
    view! { <pages::reports::Reports /> }.into_any()
}

#[lazy]
fn lazy_campaign() -> AnyView {
    view! { <pages::campaign::CampaignScreen /> }.into_any()
}

/// The screens this operator may open, the current one marked.
#[component]
fn Nav() -> impl IntoView {
    let ctx = expect_context::<Ctx>();
    let item = move |to: Route, label: &'static str, perm: Perm| {
        let here = to.clone();
        move || {
            ctx.may(perm).then(|| {
                let current = match (&here, &ctx.route.get()) {
                    (Route::Users, Route::User(_))
                    | (Route::Groups, Route::Group(_))
                    | (Route::Webhooks, Route::Webhook(_)) => true,
                    (a, b) => a == b,
                };
                view! { <li><Link to=here.clone() current=current>{label}</Link></li> }
            })
        }
    };
    // At phone width the links fold under a Menu button (admin.css), and
    // fold again once one is followed.
    let open = RwSignal::new(false);
    Effect::new(move || {
        ctx.route.track();
        open.set(false);
    });
    view! {
        <nav class="side" aria-label=t(k::APP_NAV_LABEL)>
            <button
                type="button"
                class="menu-toggle"
                aria-controls="console-nav"
                aria-expanded=move || open.get().to_string()
                on:click=move |_| open.update(|o| *o = !*o)
            >
                {t(k::APP_MENU)}
            </button>
            <div id="console-nav" class="nav-items" class:open=move || open.get()>
            <ul>
                {item(Route::Home, t(k::APP_NAV_HOME), Perm::Settings)}
                {item(Route::Users, t(k::APP_NAV_USERS), Perm::ReadUsers)}
                {item(Route::Groups, t(k::APP_NAV_GROUPS), Perm::ReadUsers)}
                {item(Route::Import, t(k::APP_NAV_IMPORT), Perm::ManageUsers)}
                {item(Route::Reports, t(k::APP_NAV_REPORTS), Perm::ReadReports)}
                {item(Route::Campaign, t(k::CAMPAIGN_NAV), Perm::ReadReports)}
            </ul>
            <Show when=move || ctx.may(Perm::Settings)>
                <p class="nav-heading">{t(k::APP_NAV_SETTINGS)}</p>
                <ul>
                    {item(Route::ResetPolicy, t(k::APP_NAV_RESET_POLICY), Perm::Settings)}
                    {item(Route::Passwords, t(k::APP_NAV_PASSWORDS), Perm::Settings)}
                    {item(Route::Branding, t(k::APP_NAV_BRANDING), Perm::Settings)}
                    {item(Route::Wording, t(k::WORDING_NAV), Perm::Settings)}
                    {item(Route::Agents, t(k::APP_NAV_AGENTS), Perm::Settings)}
                    {item(Route::Clients, t(k::APP_NAV_CLIENTS), Perm::Settings)}
                    {item(Route::Webhooks, t(k::APP_NAV_WEBHOOKS), Perm::Settings)}
                </ul>
            </Show>
            </div>
        </nav>
    }
}

#[component]
fn NotAllowed() -> impl IntoView {
    view! {
        <DeadEnd title=t(k::APP_NOT_ALLOWED_TITLE) body=t(k::APP_NOT_ALLOWED_BODY)
            to=Route::Users link=t(k::APP_GO_TO_USERS) />
    }
}

#[component]
fn SignIn() -> impl IntoView {
    let ctx = expect_context::<Ctx>();
    let username = RwSignal::new(String::new());
    let password = RwSignal::new(String::new());
    let error = RwSignal::new(None);
    let busy = RwSignal::new(false);
    // The password step's token while the second step is asked for, and
    // the factors the account can prove it with.
    let pending = RwSignal::new(None::<String>);
    let factors = RwSignal::new(Vec::<MethodKind>::new());
    let code = RwSignal::new(String::new());
    let code_error = RwSignal::new(None::<String>);
    let flash = take_flash(ctx.flash);
    nav::focus_heading(Route::site());

    // Where the password's answer or a passkey's leads.
    let settle = move |signed: Result<Signed, Notice>| match signed {
        Ok(Signed::Open(session)) => {
            ctx.session.set(Some(session));
            nav::focus_heading(Route::site());
        }
        Ok(Signed::CodeNeeded(token, can)) => {
            factors.set(can);
            pending.set(Some(token));
            latchkey_web::field::focus_selector("#authenticator-code");
        }
        Err(why) => error.set(Some(why)),
    };
    let submit = move |request: SignInRequest| {
        error.set(None);
        flash.set(None);
        spawn_local(async move {
            let answer = api::sign_in(&request).await;
            password.set(String::new());
            settle(conclude(ctx, answer, Way::Password).await);
            busy.set(false);
        });
    };
    // A passkey's answer goes on the same way as the password's.
    let passkey = move |answer: Result<SignInResponse, ApiError>, way: Way| {
        error.set(None);
        flash.set(None);
        spawn_local(async move { settle(conclude(ctx, answer, way).await) });
    };
    // The second step with a passkey: a refused one may be tried again, and
    // the step stays; any other failure starts again from the password.
    let second_passkey = move |answer: Result<SignInResponse, ApiError>| {
        if answer.as_ref().is_err_and(|e| e.code() != Some(latchkey_dto::ProblemCode::PasskeyInvalid)) {
            pending.set(None);
        }
        passkey(answer, Way::SecondStep);
    };
    let verify = move |ev: SubmitEvent| {
        ev.prevent_default();
        let Some(token) = pending.get_untracked() else { return };
        if busy.get_untracked() {
            return;
        }
        busy.set(true);
        error.set(None);
        let typed = code.get_untracked().trim().to_owned();
        spawn_local(async move {
            code.set(String::new());
            let signed = api::second_factor(&token, typed).await;
            match signed {
                Ok(signed) => match open(ctx, signed).await {
                    Ok(session) => {
                        ctx.session.set(Some(session));
                        nav::focus_heading(Route::site());
                    }
                    Err(why) => error.set(Some(why)),
                },
                Err(e) if e.code() == Some(latchkey_dto::ProblemCode::CodeInvalid) => {
                    code_error.set(Some(t(k::APP_CODE_WRONG).to_owned()));
                    latchkey_web::field::focus_selector("#authenticator-code");
                }
                Err(e) => {
                    pending.set(None);
                    error.set(Some(notice(&e)));
                }
            }
            busy.set(false);
        });
    };

    view! {
        <section class="card narrow">
            <h1 id="page-title" tabindex="-1">{t(k::APP_SIGNIN_TITLE)}</h1>
            <p class="lead">{t(k::APP_SIGNIN_LEAD)}</p>
            <NoticeBox notice=flash tone="success" />
            <NoticeBox notice=error />
            {move || match pending.get() {
                None => view! {
                    <SignInForm username password busy app=SessionApp::Console on_submit=Callback::new(submit)
                        on_passkey=Callback::new(move |answer| passkey(answer, Way::Passkey)) />
                }
                .into_any(),
                Some(token) => {
                    let can = factors.get_untracked();
                    let with_passkey = can.contains(&MethodKind::Passkey) && latchkey_web::passkey::supported();
                    // Without an authenticator the passkey is the only way on.
                    let code_entry = !with_passkey || can.contains(&MethodKind::Authenticator);
                    view! {
                        {code_entry.then(|| view! {
                            <form on:submit=verify novalidate>
                                <CodeInput id="authenticator-code" label=t(k::APP_CODE_LABEL) value=code busy
                                    hint=Some(t(k::APP_CODE_HINT))
                                    error=code_error />
                            </form>
                        })}
                        {with_passkey.then(|| view! {
                            <PasskeyStep token only=!code_entry busy on_answer=Callback::new(second_passkey) />
                        })}
                    }
                    .into_any()
                }
            }}
            <p class="links"><a href="/">{t(k::APP_FORGOT_PASSWORD)}</a></p>
        </section>
    }
}

/// Where the password step left a sign-in.
enum Signed {
    Open(Session),
    /// The second step comes next, with this token, proven by one of these
    /// factors (the authenticator's code when none is named).
    CodeNeeded(String, Vec<MethodKind>),
}

/// Where a sign-in's answer came from.
#[derive(Clone, Copy)]
enum Way {
    Password,
    /// A passkey, without a password.
    Passkey,
    /// A passkey, as the second step after the password.
    SecondStep,
}

/// A sign-in's answer, the password's or a passkey's: the console opens,
/// the second step is asked for, or the reason it is neither.
async fn conclude(ctx: Ctx, answer: Result<SignInResponse, ApiError>, way: Way) -> Result<Signed, Notice> {
    let signed_in = answer.map_err(|e| match (way, e.code()) {
        (Way::Passkey, Some(latchkey_dto::ProblemCode::InvalidCredentials)) => {
            let (title, body) = refused_passkey();
            Notice::new(title, body)
        }
        (Way::SecondStep, _) => notice(&e),
        _ => notice_for_sign_in(&e),
    })?;
    answered(ctx, signed_in).await
}

/// Where a sign-in's answer (a password's or a passkey's) leads: the console
/// opens, or the second step is asked for. An account that has no
/// authenticator yet sets one up in the portal (which shows the QR code) first.
async fn answered(ctx: Ctx, signed_in: SignInResponse) -> Result<Signed, Notice> {
    match signed_in.next {
        Some(NextStep::AuthenticatorCode) => {
            Ok(Signed::CodeNeeded(signed_in.token.into_exposed(), signed_in.second_factors))
        }
        Some(NextStep::RegisterAuthenticator) => {
            Err(Notice::new(t(k::APP_SET_UP_AUTHENTICATOR_TITLE), t(k::APP_SET_UP_AUTHENTICATOR_BODY)))
        }
        _ => open(ctx, signed_in).await.map(Signed::Open),
    }
}

/// Asks what this operator may do; a user who is neither an administrator
/// nor the help desk gets a plain refusal, not an empty console.
async fn open(ctx: Ctx, signed_in: SignInResponse) -> Result<Session, Notice> {
    if matches!(signed_in.next, Some(NextStep::ChangePassword)) {
        return Err(Notice::new(t(k::APP_CHANGE_PASSWORD_TITLE), t(k::APP_PASSWORD_EXPIRED_BODY)));
    }
    match api::operator(signed_in.token.expose()).await {
        Ok(me) => {
            latchkey_web::api::follow_stored_language(signed_in.token.expose().to_owned());
            ctx.keep_fresh(&signed_in);
            Ok(Session { token: signed_in.token.into_exposed(), user: me.user, permissions: me.permissions })
        }
        Err(e) if e.code() == Some(latchkey_dto::ProblemCode::Forbidden) => {
            Err(Notice::new(t(k::APP_NOT_AN_OPERATOR_TITLE), t(k::APP_NOT_AN_OPERATOR_BODY)))
        }
        Err(e) => Err(notice(&e)),
    }
}

fn notice_for_sign_in(e: &ApiError) -> Notice {
    match e.code() {
        Some(latchkey_dto::ProblemCode::InvalidCredentials) => {
            Notice::new(t(k::APP_WRONG_CREDENTIALS_TITLE), t(k::APP_WRONG_CREDENTIALS_BODY))
        }
        Some(latchkey_dto::ProblemCode::PasswordChangeRequired) => {
            Notice::new(t(k::APP_CHANGE_PASSWORD_TITLE), t(k::APP_CHANGE_PASSWORD_BODY))
        }
        _ => notice(e),
    }
}
