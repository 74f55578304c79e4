//! The operator's own account: who they are in the console, what their
//! roles let them do, their password's age and their sign-in methods, with
//! the way to change each in the self-service portal (the console never
//! changes an operator's own credentials: that is the portal's job, under
//! the same rules as everyone's).

use latchkey_dto::{MeResponse, MethodKind, MethodSource};
use latchkey_web::time::local_date_time;
use leptos::prelude::*;

use crate::api::{self, ApiError};
use crate::app::{Ctx, Perm};
use crate::pages::users::role_label;
use crate::ui::NoticeBox;

/// A method's name, for people.
fn method_name(kind: MethodKind) -> &'static str {
    match kind {
        MethodKind::Email => "Email codes",
        MethodKind::Sms => "Text message codes",
        MethodKind::Voice => "Voice call codes",
        MethodKind::Questions => "Security questions",
        MethodKind::Authenticator => "Authenticator app",
    }
}

/// What each permission lets the operator do, in words.
const ABILITIES: [(Perm, &str); 6] = [
    (Perm::ReadUsers, "Find users and read their details"),
    (Perm::ManageUsers, "Create, edit, import and delete users"),
    (Perm::ResetPassword, "Reset users' passwords"),
    (Perm::Unlock, "Unlock accounts"),
    (Perm::Settings, "Change the organisation's settings and API clients"),
    (Perm::ReadReports, "Read the reports"),
];

#[component]
pub fn Profile() -> impl IntoView {
    let ctx = expect_context::<Ctx>();
    let error = RwSignal::new(None);
    let me = LocalResource::new(move || {
        let token = ctx.token();
        async move { api::me(&token.ok_or(ApiError::Network)?).await }
    });
    Effect::new(move || {
        if let Some(Err(e)) = me.get() {
            ctx.failed(&e, error);
        }
    });
    let abilities = move || {
        ABILITIES
            .iter()
            .filter(|(perm, _)| ctx.may(*perm))
            .map(|(_, words)| view! { <li>{*words}</li> })
            .collect_view()
    };
    view! {
        <section class="card wide">
            <h1 id="page-title" tabindex="-1">"Your account"</h1>
            <NoticeBox notice=error />
            <Suspense fallback=|| view! { <p class="loading" role="status">"Loading your account…"</p> }>
                {move || me.get().and_then(Result::ok).map(|m| view! { <Account me=m /> })}
            </Suspense>
            <h2>"What your roles let you do here"</h2>
            <ul class="plain">{abilities}</ul>
        </section>
    }
}

#[component]
fn Account(me: MeResponse) -> impl IntoView {
    let roles: Vec<&str> = me.user.roles.iter().map(|r| role_label(r)).collect();
    let password = match (me.password.changed_at, me.password.expires_at, me.password.never_expires) {
        (None, _, _) => "Never set through Latchkey".to_owned(),
        (Some(at), _, true) => format!("Changed {}; never expires", local_date_time(&at)),
        (Some(at), Some(until), false) => {
            format!("Changed {}; expires {}", local_date_time(&at), local_date_time(&until))
        }
        (Some(at), None, false) => format!("Changed {}", local_date_time(&at)),
    };
    let has_authenticator = me.methods.iter().any(|m| m.kind == MethodKind::Authenticator);
    let methods = me
        .methods
        .into_iter()
        .map(|m| {
            let source = match m.source {
                MethodSource::Admin => "set by an administrator or the directory",
                MethodSource::User => "registered by you",
            };
            let proven = m.proven_at.map(|t| format!("; last proven {}", local_date_time(&t))).unwrap_or_default();
            view! {
                <li><strong>{method_name(m.kind)}</strong>" "{m.hint}<span class="hint">{format!(" — {source}{proven}")}</span></li>
            }
        })
        .collect_view();
    view! {
        <dl class="facts">
            <dt>"Name"</dt><dd>{me.user.display_name.clone()}</dd>
            <dt>"Username"</dt><dd>{me.user.username.clone()}</dd>
            <dt>"Roles"</dt><dd>{roles.join(", ")}</dd>
            <dt>"Password"</dt><dd>{password}</dd>
        </dl>
        <h2>"How you sign in and prove who you are"</h2>
        {(!has_authenticator).then(|| view! {
            <p class="warning">"You have no authenticator app: the console asks for its code at every sign-in. Set one up in the portal."</p>
        })}
        <ul class="methods">{methods}</ul>
        <p class="links">
            <a href="/change">"Change your password"</a>
            " · "
            <a href="/account">"Manage your methods and authenticator app"</a>
        </p>
        <p class="hint">"Both open the self-service portal, where your own password and methods follow the same rules as everyone's."</p>
    }
}
