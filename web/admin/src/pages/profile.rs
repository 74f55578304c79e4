//! The operator's own account: who they are in the console, what their
//! roles let them do, their password's age and their sign-in methods, with
//! the way to change each in the self-service portal (the console never
//! changes an operator's own credentials: that is the portal's job, under
//! the same rules as everyone's). Here too the operator's own choices: their
//! language and, for one who may read the reports, the weekly digest.

use latchkey_dto::{MeResponse, MethodKind, MethodSource};
use latchkey_web::i18n::{Key, t, tf};
use latchkey_web::language::LanguagePicker;
use latchkey_web::time::local_date_time;
use leptos::prelude::*;
use leptos::task::spawn_local;

use crate::api::{self, ApiError};
use crate::app::{Ctx, Perm};
use crate::k;
use crate::pages::users::role_label;
use crate::ui::{Check, Notice, NoticeBox};

/// A method's name, for people.
fn method_name(kind: MethodKind) -> &'static str {
    match kind {
        MethodKind::Email => t(k::PROFILE_METHOD_EMAIL),
        MethodKind::Sms => t(k::PROFILE_METHOD_SMS),
        MethodKind::Voice => t(k::PROFILE_METHOD_VOICE),
        MethodKind::Questions => t(k::PROFILE_METHOD_QUESTIONS),
        MethodKind::Authenticator => t(k::PROFILE_METHOD_AUTHENTICATOR),
        MethodKind::Passkey => t(latchkey_web::i18n::k::PASSKEY_NAME),
    }
}

/// What each permission lets the operator do, in words.
const ABILITIES: [(Perm, Key); 6] = [
    (Perm::ReadUsers, k::PROFILE_ABILITY_READ_USERS),
    (Perm::ManageUsers, k::PROFILE_ABILITY_MANAGE_USERS),
    (Perm::ResetPassword, k::PROFILE_ABILITY_RESET_PASSWORD),
    (Perm::Unlock, k::PROFILE_ABILITY_UNLOCK),
    (Perm::Settings, k::PROFILE_ABILITY_SETTINGS),
    (Perm::ReadReports, k::PROFILE_ABILITY_READ_REPORTS),
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
            .map(|(_, words)| view! { <li>{t(*words)}</li> })
            .collect_view()
    };
    view! {
        <section class="card wide">
            <h1 id="page-title" tabindex="-1">{t(k::PROFILE_TITLE)}</h1>
            <NoticeBox notice=error />
            <Suspense fallback=|| view! { <p class="loading" role="status">{t(k::PROFILE_LOADING)}</p> }>
                {move || me.get().and_then(Result::ok).map(|m| view! { <Account me=m /> })}
            </Suspense>
            <h2>{t(k::PROFILE_ABILITIES_TITLE)}</h2>
            <ul class="plain">{abilities}</ul>
            // The console, the portal and the messages Latchkey sends this
            // operator follow the language stored here, on every device.
            <p>
                <LanguagePicker
                    id="profile-language"
                    on_choose=Callback::new(move |lang| latchkey_web::api::choose_language(ctx.token(), lang))
                />
            </p>
            {move || me.get().and_then(Result::ok).map(|m| view! { <Digest on=m.weekly_digest /> })}
        </section>
    }
}

/// The weekly digest by email (the week's resets, failures, blocks and
/// registration), for an operator who may read the reports it sums up:
/// saved as soon as the box changes.
#[component]
fn Digest(
    /// Whether the operator gets it now.
    on: bool,
) -> impl IntoView {
    let ctx = expect_context::<Ctx>();
    if !ctx.may(Perm::ReadReports) {
        return None;
    }
    let value = RwSignal::new(on);
    let busy = RwSignal::new(false);
    let done = RwSignal::new(None);
    let error = RwSignal::new(None);
    let save = Callback::new(move |()| {
        let Some(token) = ctx.token() else { return };
        let wanted = value.get_untracked();
        busy.set(true);
        done.set(None);
        error.set(None);
        spawn_local(async move {
            match api::set_weekly_digest(&token, wanted).await {
                Ok(()) => {
                    let body = if wanted { t(k::PROFILE_DIGEST_ON) } else { t(k::PROFILE_DIGEST_OFF) };
                    done.set(Some(Notice::new(t(k::UI_SAVED), body)));
                }
                Err(e) => {
                    // Nothing was saved: the box goes back to what is.
                    value.set(!wanted);
                    ctx.failed(&e, error);
                }
            }
            busy.set(false);
        });
    });
    Some(view! {
        <NoticeBox notice=done tone="success" />
        <NoticeBox notice=error />
        <Check
            id="weekly-digest"
            label=t(k::PROFILE_DIGEST)
            value=value
            hint=t(k::PROFILE_DIGEST_HINT)
            disabled=busy
            on_change=save
        />
    })
}

#[component]
fn Account(me: MeResponse) -> impl IntoView {
    let roles: Vec<&str> = me.user.roles.iter().map(|r| role_label(r)).collect();
    let password = match (me.password.changed_at, me.password.expires_at, me.password.never_expires) {
        (None, _, _) => t(k::PROFILE_PASSWORD_NEVER_SET).to_owned(),
        (Some(at), _, true) => {
            tf(k::PROFILE_PASSWORD_NEVER_EXPIRES, &[("changed", local_date_time(&at).into())])
        }
        (Some(at), Some(until), false) => tf(
            k::PROFILE_PASSWORD_EXPIRES,
            &[("changed", local_date_time(&at).into()), ("expires", local_date_time(&until).into())],
        ),
        (Some(at), None, false) => {
            tf(k::PROFILE_PASSWORD_CHANGED, &[("changed", local_date_time(&at).into())])
        }
    };
    // A passkey proves the sign-in's second step as well as the app does.
    let has_authenticator =
        me.methods.iter().any(|m| m.kind == MethodKind::Authenticator) || !me.passkeys.is_empty();
    let passkeys = me
        .passkeys
        .iter()
        .map(|p| view! { <li><strong>{method_name(MethodKind::Passkey)}</strong>" "{p.name.clone()}</li> })
        .collect_view();
    let methods = me
        .methods
        .into_iter()
        .map(|m| {
            let source = match m.source {
                MethodSource::Admin => t(k::PROFILE_SOURCE_ADMIN),
                MethodSource::User => t(k::PROFILE_SOURCE_USER),
            };
            let note = match m.proven_at {
                Some(at) => {
                    tf(k::PROFILE_METHOD_PROVEN, &[("source", source.into()), ("when", local_date_time(&at).into())])
                }
                None => source.to_owned(),
            };
            view! {
                <li><strong>{method_name(m.kind)}</strong>" "{m.hint}<span class="hint">{format!(" — {note}")}</span></li>
            }
        })
        .collect_view();
    view! {
        <dl class="facts">
            <dt>{t(k::PROFILE_NAME)}</dt><dd>{me.user.display_name.clone()}</dd>
            <dt>{t(k::PROFILE_USERNAME)}</dt><dd>{me.user.username.clone()}</dd>
            <dt>{t(k::PROFILE_ROLES)}</dt><dd>{roles.join(t(k::PROFILE_ROLES_SEPARATOR))}</dd>
            <dt>{t(k::PROFILE_PASSWORD)}</dt><dd>{password}</dd>
        </dl>
        <h2>{t(k::PROFILE_METHODS_TITLE)}</h2>
        {(!has_authenticator).then(|| view! {
            <p class="warning">{t(k::PROFILE_NO_AUTHENTICATOR)}</p>
        })}
        <ul class="methods">{methods}{passkeys}</ul>
        <p class="links">
            <a href="/change">{t(k::PROFILE_CHANGE_PASSWORD)}</a>
            " · "
            <a href="/account">{t(k::PROFILE_MANAGE_METHODS)}</a>
        </p>
        <p class="hint">{t(k::PROFILE_PORTAL_HINT)}</p>
    }
}
