//! The portal shell: shared state, the header with the organisation's brand,
//! and the page for the current address.

use latchkey_dto::{NextStep, PublicConfig, SessionApp, SessionUser, SignInResponse};
use latchkey_web::i18n::t;
use latchkey_web::language::LanguagePicker;
use latchkey_web::nav::{self, DeadEnd, Page};
use latchkey_web::shell::frame;
use leptos::prelude::*;
use leptos::task::spawn_local;

use crate::k;
use crate::messages::Notice;
use crate::pages::{self, recover::Purpose, signin::SignIn};
use crate::route::Route;

/// A signed-in session. The token is in memory only; a reload or a new tab
/// restores the session from the portal's `HttpOnly` refresh cookie, which
/// no script on the page can read.
#[derive(Clone)]
pub struct Session {
    pub token: String,
    pub user: SessionUser,
    pub next: Option<NextStep>,
}

/// State every page may read; all fields are cheap `Copy` handles.
#[derive(Clone, Copy)]
pub struct Ctx {
    pub route: RwSignal<Route>,
    pub session: RwSignal<Option<Session>>,
    pub config: RwSignal<Option<PublicConfig>>,
    /// A success message for the next page ("Your password was changed").
    pub flash: RwSignal<Option<Notice>>,
    /// Where to go after signing in, when a page needed a session first.
    pub return_to: RwSignal<Option<Route>>,
    /// A sensitive change asked for recent authentication: the page shows a
    /// password prompt that opens a fresh session (see `ConfirmIdentity`).
    pub reauth: RwSignal<bool>,
    /// What the report page (`/report`) acts on: a security notice's link,
    /// or the lockdown the account page has just made.
    pub reporting: RwSignal<Option<Reporting>>,
}

/// What the report page acts on.
#[derive(Clone, PartialEq, Eq)]
pub enum Reporting {
    /// The token of a security notice's "Wasn't this you?" link (empty when
    /// the link came without one).
    Link(String),
    /// The account is locked down, and every session with it has ended.
    Done,
}

/// A security notice's link carries its token after `#`, so no server's log
/// ever holds it: taken at once, and the address becomes plain `/report`,
/// so it stays neither in the address bar nor in the history.
pub fn take_report_token() -> String {
    let Some(window) = web_sys::window() else { return String::new() };
    let hash = window.location().hash().unwrap_or_default();
    if let Ok(history) = window.history() {
        let _ = history.replace_state_with_url(&wasm_bindgen::JsValue::NULL, "", Some("/report"));
    }
    let token = hash.trim_start_matches('#').trim();
    // A mail program may have percent-encoded it on the way.
    js_sys::decode_uri_component(token).map_or_else(|_| token.to_owned(), String::from)
}

impl Ctx {
    pub fn go(self, route: Route) {
        nav::go(self.route, route);
    }

    /// Signs out here and, through the server, in every tab.
    pub fn sign_out(self, notice: Option<Notice>) {
        self.session.set(None);
        self.flash.set(notice);
        self.go(Route::SignIn);
        spawn_local(latchkey_web::api::sign_out(SessionApp::Portal));
    }

    /// The user has locked their account down: the server has ended every
    /// session, this one too, so the page forgets its own without asking the
    /// server again (there is nothing left to sign out of) and says what
    /// happens next.
    pub fn locked_down(self) {
        self.reporting.set(Some(Reporting::Done));
        if self.route.get_untracked() == Route::Report {
            nav::focus_heading(Route::site());
        } else {
            self.go(Route::Report);
        }
        self.session.set(None);
        self.reauth.set(false);
        self.return_to.set(None);
    }

    /// Opens the session `signed` gives (`next`: what it must do first) and
    /// refreshes it before its token expires, for as long as it is in use.
    pub fn open(self, signed: SignInResponse, next: Option<NextStep>) {
        let token = signed.token.into_exposed();
        let watched = token.clone();
        latchkey_web::api::refresh_before(
            SessionApp::Portal,
            signed.expires_at.timestamp_millis(),
            move |answer| {
                if self.session.with_untracked(|s| s.as_ref().map(|s| &s.token) != Some(&watched)) {
                    return;
                }
                match answer {
                    Ok(fresh) => self.open(fresh, next),
                    Err(e) if e.code() == Some(latchkey_dto::ProblemCode::Unauthorized) => {
                        self.sign_out(Some(crate::messages::notice(&e)))
                    }
                    Err(_) => {}
                }
            },
        );
        self.session.set(Some(Session { token, user: signed.user, next }));
    }
}

#[component]
pub fn App() -> impl IntoView {
    // Without the branding the pages still work; they fall back to defaults.
    let (route, config) = frame::<Route>();
    let ctx = Ctx {
        route,
        session: RwSignal::new(None),
        config,
        flash: RwSignal::new(None),
        return_to: RwSignal::new(None),
        reauth: RwSignal::new(false),
        reporting: RwSignal::new(None),
    };
    if route.get_untracked() == Route::Report {
        ctx.reporting.set(Some(Reporting::Link(take_report_token())));
    }
    provide_context(ctx);
    // A reload or a new tab: the refresh cookie, if any, brings the session
    // back before any page decides whether to ask for a sign-in.
    let restoring = RwSignal::new(true);
    spawn_local(async move {
        if let Ok(signed) = crate::api::refresh(SessionApp::Portal).await {
            latchkey_web::api::follow_stored_language(signed.token.expose().to_owned());
            let at_sign_in = ctx.route.get_untracked() == Route::SignIn;
            let next = signed.next;
            ctx.open(signed, next);
            if at_sign_in {
                ctx.go(Route::Account);
            }
        }
        restoring.set(false);
    });

    let page = move || match ctx.route.get() {
        _ if restoring.get() => view! { <latchkey_web::signin::Restoring /> }.into_any(),
        Route::SignIn => view! { <SignIn /> }.into_any(),
        Route::NotFound => view! { <NotFound /> }.into_any(),
        // Every other page's code is its own WASM chunk (build.sh splits the
        // module at these points), fetched the first time the page opens:
        // the sign-in page downloads only the shell.
        route => {
            let page = Suspend::new(async move {
                match route {
                    Route::Account => lazy_account().await,
                    Route::Change => lazy_change().await,
                    Route::Reset => lazy_recover(Purpose::Reset).await,
                    Route::Unlock => lazy_recover(Purpose::Unlock).await,
                    Route::Register => lazy_register().await,
                    Route::Nudge => lazy_nudge().await,
                    Route::Authenticator => lazy_authenticator().await,
                    Route::Invite => lazy_invite().await,
                    Route::Report => lazy_report().await,
                    Route::AccessPass => lazy_access_pass().await,
                    Route::SignIn | Route::NotFound => view! { <NotFound /> }.into_any(),
                }
            });
            view! { <Suspense fallback=|| view! { <latchkey_web::signin::Opening /> }>{page}</Suspense> }
                .into_any()
        }
    };
    view! {
        <header class="top">
            <Brand />
        </header>
        <main class="page" id="main">{page}</main>
        <footer class="bottom">
            <p>{t(k::APP_FOOTER)}</p>
            <p>
                <LanguagePicker
                    id="footer-language"
                    on_choose=Callback::new(move |lang| {
                        let token = ctx.session.with_untracked(|s| s.as_ref().map(|s| s.token.clone()));
                        latchkey_web::api::choose_language(token, lang);
                    })
                />
            </p>
        </footer>
    }
}

#[lazy]
fn lazy_account() -> AnyView {
    view! { <pages::account::Account /> }.into_any()
}

#[lazy]
fn lazy_change() -> AnyView {
    view! { <pages::change::Change /> }.into_any()
}

#[lazy]
fn lazy_recover(purpose: Purpose) -> AnyView {
    view! { <pages::recover::Recover purpose=purpose /> }.into_any()
}

#[lazy]
fn lazy_register() -> AnyView {
    view! { <pages::register::Register /> }.into_any()
}

#[lazy]
fn lazy_nudge() -> AnyView {
    view! { <pages::nudge::Nudge /> }.into_any()
}

#[lazy]
fn lazy_authenticator() -> AnyView {
    view! { <pages::authenticator::Authenticator /> }.into_any()
}

#[lazy]
fn lazy_invite() -> AnyView {
    view! { <pages::invite::Invite /> }.into_any()
}

#[lazy]
fn lazy_report() -> AnyView {
    view! { <pages::report::Report /> }.into_any()
}

#[lazy]
fn lazy_access_pass() -> AnyView {
    view! { <pages::access_pass::AccessPass /> }.into_any()
}

/// The organisation's logo and name. The image box has a fixed size, so the
/// header never moves when the configuration or the logo arrives.
#[component]
fn Brand() -> impl IntoView {
    let ctx = expect_context::<Ctx>();
    let name = move || ctx.config.get().map(|c| c.company_name).unwrap_or_default();
    let logo = move || ctx.config.get().and_then(|c| c.logo_url);
    let initial = move || name().chars().next().map(String::from).unwrap_or_default();
    view! {
        <a class="brand" href="/">
            <span class="logo-box">
                {move || match logo() {
                    Some(src) => view! { <img src=src alt="" width="32" height="32" /> }.into_any(),
                    // No logo configured: the company's initial, in the same box.
                    None => view! { <span class="initial" aria-hidden="true">{initial}</span> }.into_any(),
                }}
            </span>
            <span class="brand-name">{name}</span>
            <span class="product">{t(k::APP_PRODUCT)}</span>
        </a>
    }
}

#[component]
fn NotFound() -> impl IntoView {
    view! {
        <DeadEnd
            title=t(k::APP_NOT_FOUND_TITLE)
            body=t(k::APP_NOT_FOUND_BODY)
            to=Route::SignIn
            link=t(k::APP_NOT_FOUND_LINK)
        />
    }
}
