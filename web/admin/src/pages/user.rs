//! One user: everything the organisation knows about them, their recent
//! activity, and every action the operator's role allows, destructive ones
//! behind a second confirmation. The reset is a Temporary Access Pass
//! (`access_pass`); it, or a temporary password where the policy allows
//! one, is shown once, here, and lives only in this screen's memory until it
//! is dismissed.

use latchkey_dto::{
    AccessPassIssued, AdminResetResponse, AdminUserDetail, MethodKind, MethodSource, ProblemCode,
    UpdateUserRequest,
};
use latchkey_web::field::Field;
use latchkey_web::i18n::{t, tf};
use latchkey_web::notice::take_flash;
use latchkey_web::time::local_date_time;
use leptos::ev::SubmitEvent;
use leptos::prelude::*;
use leptos::task::spawn_local;

use crate::api::{self, ApiError};
use crate::app::{Ctx, Perm};
use crate::k;
use crate::pages::access_pass::{AccessPassPanel, IssuedPass, temporary_passwords};
use crate::pages::users::{registration_label, role_label};
use crate::route::Route;
use crate::ui::{
    Check, ConfirmButton, GROUP_NAMES, GroupNames, Link, Notice, NoticeBox, focus_by_id, list, when,
};

#[component]
pub fn UserScreen(id: String) -> impl IntoView {
    let ctx = expect_context::<Ctx>();
    let id = StoredValue::new(id);
    let error = RwSignal::new(None);
    let done = take_flash(ctx.flash);
    // Outside the reloading part of the screen: the user is re-read after a
    // reset, and the password must stay on screen until it is dismissed.
    let temporary = RwSignal::new(None::<AdminResetResponse>);
    let issued = RwSignal::new(None::<AccessPassIssued>);
    let detail = LocalResource::new(move || {
        let token = ctx.token();
        let id = id.get_value();
        async move { api::user(&token.ok_or(ApiError::Network)?, &id).await }
    });
    Effect::new(move || match detail.get() {
        Some(Err(e)) => ctx.failed(&e, error),
        // The tab said "Loading the user…" until now: it takes the user's
        // name, from the answer (the heading may not be on the page yet
        // while the screen's code is still arriving).
        Some(Ok(u)) => {
            latchkey_web::nav::name_tab_as(&u.display_name, <Route as latchkey_web::nav::Page>::site())
        }
        None => {}
    });
    view! {
        <p class="crumbs"><Link to=Route::Users>{t(k::USER_ALL_USERS)}</Link></p>
        <NoticeBox notice=error />
        <TemporaryPassword shown=temporary />
        <IssuedPass shown=issued />
        <Transition fallback=|| view! { <section class="card wide"><h1 id="page-title" tabindex="-1">{t(k::USER_LOADING)}</h1></section> }>
            {move || detail.get().and_then(Result::ok).map(|user| {
                let user = StoredValue::new(user);
                let reload = Callback::new(move |_: ()| detail.refetch());
                view! {
                    <Header user=user />
                    <Lockdown user=user done=done reload=reload />
                    <NoticeBox notice=done tone="success" />
                    <Actions user=user done=done error=error reload=reload temporary=temporary issued=issued />
                    <Facts user=user />
                    <Passkeys user=user done=done reload=reload />
                    <Directory user=user />
                    <Show when=move || ctx.may(Perm::ManageUsers)>
                        <EditProfile user=user done=done reload=reload />
                        <OfficePhone user=user done=done reload=reload />
                    </Show>
                    <Activity user=user />
                }
            })}
        </Transition>
    }
}

/// Whether the user is locked out where they are. Wrong passwords from one
/// network address lock the account for that address first (the account-wide
/// lock, `locked_until`, needs many more), so a caller can be locked out while
/// `locked_until` is empty: their newest sign-in, if refused as locked and not
/// followed by an unlock or a reset, says so.
fn locked_out(u: &AdminUserDetail) -> bool {
    if u.locked_until.is_some() {
        return true;
    }
    for event in &u.activity {
        match event.action.as_str() {
            "sign_in" => return event.outcome == "locked",
            "account_unlocked" | "reset_completed" | "admin_password_reset" => return false,
            _ => {}
        }
    }
    false
}

#[component]
fn Header(user: StoredValue<AdminUserDetail>) -> impl IntoView {
    let u = user.get_value();
    let locked = locked_out(&u);
    view! {
        <section class="card wide user-head">
            <h1 id="page-title" tabindex="-1">{u.display_name.clone()}</h1>
            <p class="username">{u.username.clone()}</p>
            <ul class="badges">
                {(!u.enabled).then(|| view! { <li class="badge bad">{t(k::USER_BADGE_DISABLED)}</li> })}
                {locked.then(|| view! { <li class="badge bad" id="locked-badge">{t(k::USER_BADGE_LOCKED)}</li> })}
                {u.lockdown.is_some().then(|| view! { <li class="badge bad" id="locked-down-badge">{t(k::USER_BADGE_LOCKED_DOWN)}</li> })}
                {u.password.must_change.then(|| view! { <li class="badge">{t(k::USER_BADGE_MUST_CHANGE)}</li> })}
                <li class="badge">{registration_label(u.registration.state)}</li>
                {u.roles.iter().filter(|r| *r != "user").map(|r| view! { <li class="badge role">{role_label(r).to_owned()}</li> }).collect_view()}
            </ul>
        </section>
    }
}

/// The owner locked the account down ("This wasn't me"): what they
/// reported, when and from where, what the help desk does before helping,
/// and for administrators the button that lifts it.
#[component]
fn Lockdown(
    user: StoredValue<AdminUserDetail>,
    done: RwSignal<Option<Notice>>,
    reload: Callback<()>,
) -> impl IntoView {
    let ctx = expect_context::<Ctx>();
    let error = RwSignal::new(None);
    let busy = RwSignal::new(false);
    let lift = Callback::new(move |()| {
        let Some(token) = ctx.token() else { return };
        if busy.get_untracked() {
            return;
        }
        busy.set(true);
        done.set(None);
        error.set(None);
        let id = user.with_value(|u| u.id.clone());
        spawn_local(async move {
            match api::lift_lockdown(&token, &id).await {
                Ok(()) => {
                    done.set(Some(Notice::new(t(k::USER_DONE_TITLE), t(k::USER_LOCKDOWN_LIFT_DONE))));
                    reload.run(());
                }
                Err(e) => ctx.failed(&e, error),
            }
            busy.set(false);
        });
    });
    user.get_value().lockdown.map(|lockdown| {
        let what = lockdown.reported_text.as_str();
        let what = match lockdown.reported_at {
            Some(at) => {
                tf(k::USER_LOCKDOWN_WHAT_AT, &[("what", what.into()), ("at", local_date_time(&at).into())])
            }
            None => tf(k::USER_LOCKDOWN_WHAT, &[("what", what.into())]),
        };
        let since = [("at", local_date_time(&lockdown.since).into())];
        let from = match lockdown.from.as_str() {
            "notice_link" => tf(k::USER_LOCKDOWN_FROM_LINK, &since),
            "activity" => tf(k::USER_LOCKDOWN_FROM_ACTIVITY, &since),
            _ => tf(k::USER_LOCKDOWN_FROM_OTHER, &since),
        };
        view! {
            <section class="card wide lockdown" id="lockdown" role="region" aria-labelledby="lockdown-title">
                <h2 id="lockdown-title">{t(k::USER_LOCKDOWN_TITLE)}</h2>
                <p class="lockdown-what">{what}</p>
                <p>{from}</p>
                <p>{t(k::USER_LOCKDOWN_EFFECT)}</p>
                <p class="lockdown-help">{t(k::USER_LOCKDOWN_HELP)}</p>
                <NoticeBox notice=error />
                <Show when=move || ctx.may(Perm::ManageUsers)>
                    <ConfirmButton
                        label=t(k::USER_LOCKDOWN_LIFT)
                        busy=Signal::derive(move || busy.get())
                        warning=t(k::USER_LOCKDOWN_LIFT_WARNING).to_owned()
                        confirm=t(k::USER_LOCKDOWN_LIFT_CONFIRM)
                        on_confirm=lift
                    />
                </Show>
            </section>
        }
    })
}

/// Whether the operator may act on this user at all: never on oneself, and
/// the help desk never on anyone holding a privileged role.
fn may_act_on(ctx: Ctx, user: &AdminUserDetail) -> Result<(), &'static str> {
    if ctx.me().as_deref() == Some(user.id.as_str()) {
        return Err(t(k::USER_OWN_ACCOUNT));
    }
    let privileged = user.roles.iter().any(|r| r != "user");
    if privileged && !ctx.may(Perm::Settings) {
        return Err(t(k::USER_PRIVILEGED));
    }
    Ok(())
}

/// The help desk proves the caller is the user before a reset or an unlock.
fn needs_verification(ctx: Ctx) -> bool {
    !ctx.session.with(|s| s.as_ref().is_some_and(|s| s.user.roles.iter().any(|r| r == "admin")))
}

#[component]
fn Actions(
    user: StoredValue<AdminUserDetail>,
    done: RwSignal<Option<Notice>>,
    error: RwSignal<Option<Notice>>,
    reload: Callback<()>,
    temporary: RwSignal<Option<AdminResetResponse>>,
    issued: RwSignal<Option<AccessPassIssued>>,
) -> impl IntoView {
    let ctx = expect_context::<Ctx>();
    let u = user.get_value();
    if let Err(why) = may_act_on(ctx, &u) {
        return view! {
            <section class="card wide" aria-labelledby="actions-title">
                <h2 id="actions-title">{t(k::USER_ACTIONS)}</h2>
                <p class="hint" id="no-actions">{why}</p>
            </section>
        }
        .into_any();
    }
    let id = u.id.clone();
    let busy = RwSignal::new(false);
    let verified = RwSignal::new(!needs_verification(ctx));
    let locked = locked_out(&u);
    let enabled = u.enabled;
    let never_expires = u.password.never_expires;
    let has_email = !u.emails.is_empty();
    // Whether the reset policy allows temporary passwords (`None`: this
    // operator cannot read it, and is told if they try).
    let temporary_on = temporary_passwords(ctx);

    // Runs one call; on success says `message` and reloads the user.
    let act = {
        let id = id.clone();
        move |what: Action, message: &'static str| {
            let Some(token) = ctx.token() else { return };
            if busy.get_untracked() {
                return;
            }
            busy.set(true);
            done.set(None);
            error.set(None);
            let id = id.clone();
            spawn_local(async move {
                let result = match what {
                    Action::Unlock => api::unlock(&token, &id).await,
                    Action::EndSessions => api::end_sessions(&token, &id).await,
                    Action::ClearMethods => api::clear_methods(&token, &id).await,
                    Action::Invite => api::invite(&token, &id).await.map(drop),
                    Action::NeverExpires(on) => api::set_never_expires(&token, &id, on).await,
                    Action::Patch(edit) => {
                        let request = edit(user.with_value(|u| u.version));
                        api::update_user(&token, &id, &request).await.map(drop)
                    }
                    Action::Delete => api::delete_user(&token, &id).await,
                    Action::Temporary => match api::temporary_password(&token, &id).await {
                        Ok(reset) => {
                            temporary.set(Some(reset));
                            request_animation_frame(|| focus_by_id("temporary-password-title"));
                            Ok(())
                        }
                        Err(e) => Err(e),
                    },
                };
                busy.set(false);
                match result {
                    Ok(()) if matches!(what, Action::Delete) => {
                        ctx.flash.set(Some(Notice::new(t(k::USER_DELETED_TITLE), message)));
                        ctx.go(Route::Users);
                    }
                    Ok(()) => {
                        done.set(Some(Notice::new(t(k::USER_DONE_TITLE), message)));
                        if matches!(what, Action::Unlock | Action::Temporary) && needs_verification(ctx) {
                            // A verification is good for one action.
                            verified.set(false);
                        }
                        reload.run(());
                    }
                    Err(e) if e.code() == Some(ProblemCode::VerificationRequired) => {
                        verified.set(false);
                        ctx.failed(&e, error);
                    }
                    // Temporary passwords are off: the server's words speak of methods.
                    Err(e) if e.code() == Some(ProblemCode::MethodNotAllowedByPolicy) => {
                        temporary_on.set(Some(false));
                        let off =
                            Notice::new(t(k::ACCESSPASS_TEMPORARY_OFF_TITLE), t(k::ACCESSPASS_TEMPORARY_OFF));
                        error.set(Some(off));
                    }
                    Err(e) => {
                        ctx.failed(&e, error);
                        if e.code() == Some(ProblemCode::VersionConflict) {
                            reload.run(());
                        }
                    }
                }
            });
        }
    };
    let act = StoredValue::new(act);
    let run = move |what: Action, message: &'static str| act.with_value(|f| f(what, message));
    let busy_signal = Signal::derive(move || busy.get());
    let gated = Signal::derive(move || busy.get() || !verified.get());

    view! {
        <section class="card wide" aria-labelledby="actions-title">
            <h2 id="actions-title">{t(k::USER_ACTIONS)}</h2>
            <Show when=move || !verified.get()>
                <VerifyCaller user=user verified=verified />
            </Show>
            <Show when=move || ctx.may(Perm::ResetPassword)>
                <AccessPassPanel user busy verified verify_each=needs_verification(ctx) done error reload issued />
            </Show>
            <div class="action-grid">
                <Show when=move || ctx.may(Perm::ResetPassword) && temporary_on.get() != Some(false)>
                    <div class="action">
                        <ConfirmButton
                            label=t(k::ACCESSPASS_TEMPORARY)
                            id="make-temporary-password".to_owned()
                            busy=gated
                            warning=t(k::USER_RESET_WARNING).to_owned()
                            confirm=t(k::USER_RESET_CONFIRM)
                            on_confirm=Callback::new(move |_| run(Action::Temporary, t(k::USER_RESET_DONE)))
                        />
                        <p class="hint">{t(k::ACCESSPASS_TEMPORARY_HINT)}</p>
                    </div>
                </Show>
                <Show when=move || ctx.may(Perm::Invite) && has_email>
                    <div class="action">
                        <button type="button" class="secondary" id="send-invitation" disabled=move || busy.get()
                            on:click=move |_| run(Action::Invite, t(k::USER_INVITE_DONE))>
                            {t(k::USER_INVITE)}
                        </button>
                    </div>
                </Show>
                <Show when=move || ctx.may(Perm::Unlock)>
                    <div class="action">
                        <button type="button" class="secondary" id="unlock" disabled=move || gated.get()
                            on:click=move |_| run(Action::Unlock, t(k::USER_UNLOCK_DONE))>
                            {t(k::USER_UNLOCK)}
                        </button>
                        <p class="hint">{if locked { t(k::USER_LOCKED_NOW) } else { t(k::USER_NOT_LOCKED_NOW) }}</p>
                    </div>
                </Show>
                <Show when=move || ctx.may(Perm::ManageUsers)>
                    <div class="action">
                        <button type="button" class="secondary" id="require-change" disabled=move || busy.get()
                            on:click=move |_| run(Action::Patch(|version| UpdateUserRequest { version, must_change_password: Some(true), ..Default::default() }), t(k::USER_REQUIRE_CHANGE_DONE))>
                            {t(k::USER_REQUIRE_CHANGE)}
                        </button>
                    </div>
                    <div class="action">
                        <ConfirmButton label=t(k::USER_END_SESSIONS) busy=busy_signal
                            warning=t(k::USER_END_SESSIONS_WARNING).to_owned()
                            confirm=t(k::USER_END_SESSIONS_CONFIRM)
                            on_confirm=Callback::new(move |_| run(Action::EndSessions, t(k::USER_END_SESSIONS_DONE))) />
                    </div>
                    <div class="action">
                        <ConfirmButton label=t(k::USER_CLEAR_METHODS) busy=busy_signal
                            warning=t(k::USER_CLEAR_METHODS_WARNING).to_owned()
                            confirm=t(k::USER_CLEAR_METHODS_CONFIRM)
                            on_confirm=Callback::new(move |_| run(Action::ClearMethods, t(k::USER_CLEAR_METHODS_DONE))) />
                    </div>
                    <div class="action">
                        <button type="button" class="secondary" id="never-expires" disabled=move || busy.get()
                            on:click=move |_| run(Action::NeverExpires(!never_expires), if never_expires { t(k::USER_EXPIRES_DONE) } else { t(k::USER_NEVER_EXPIRES_DONE) })>
                            {if never_expires { t(k::USER_LET_EXPIRE) } else { t(k::USER_NEVER_EXPIRES) }}
                        </button>
                    </div>
                    <div class="action">
                        {if enabled {
                            view! { <ConfirmButton label=t(k::USER_DISABLE) busy=busy_signal
                                warning=t(k::USER_DISABLE_WARNING).to_owned()
                                confirm=t(k::USER_DISABLE_CONFIRM)
                                on_confirm=Callback::new(move |_| run(Action::Patch(|version| UpdateUserRequest { version, enabled: Some(false), ..Default::default() }), t(k::USER_DISABLE_DONE))) /> }.into_any()
                        } else {
                            view! { <button type="button" class="secondary" id="enable" disabled=move || busy.get()
                                on:click=move |_| run(Action::Patch(|version| UpdateUserRequest { version, enabled: Some(true), ..Default::default() }), t(k::USER_ENABLE_DONE))>
                                {t(k::USER_ENABLE)}
                            </button> }.into_any()
                        }}
                    </div>
                    <div class="action">
                        <ConfirmButton label=t(k::USER_DELETE) class="danger-outline" busy=busy_signal
                            warning=t(k::USER_DELETE_WARNING).to_owned()
                            confirm=t(k::USER_DELETE_CONFIRM)
                            on_confirm=Callback::new(move |_| run(Action::Delete, t(k::USER_DELETE_DONE))) />
                    </div>
                </Show>
            </div>
        </section>
    }
    .into_any()
}

/// What an action button does.
#[derive(Clone, Copy)]
enum Action {
    Temporary,
    Invite,
    Unlock,
    EndSessions,
    ClearMethods,
    NeverExpires(bool),
    /// An edit built on the user's current version.
    Patch(fn(u64) -> UpdateUserRequest),
    Delete,
}

/// The temporary password, once: copy it, read the warning, dismiss it.
#[component]
fn TemporaryPassword(shown: RwSignal<Option<AdminResetResponse>>) -> impl IntoView {
    let copied = RwSignal::new(false);
    move || {
        shown.get().map(|reset| {
            let password = reset.temporary_password.expose().to_owned();
            let expires = local_date_time(&reset.expires_at);
            view! {
                <div class="secret-panel card wide" role="region" aria-labelledby="temporary-password-title">
                    <h3 id="temporary-password-title" tabindex="-1">{t(k::USER_TEMPORARY_TITLE)}</h3>
                    <p class="secret"><output id="temporary-password">{password.clone()}</output></p>
                    <p class="warning">{tf(k::USER_TEMPORARY_WARNING, &[("expires", expires.into())])}</p>
                    <div class="buttons">
                        <button type="button" class="secondary" id="copy-temporary-password" on:click=move |_| {
                            if let Some(clipboard) = web_sys::window().map(|w| w.navigator().clipboard()) {
                                let _ = clipboard.write_text(&password);
                                copied.set(true);
                            }
                        }>{move || if copied.get() { t(k::USER_COPIED) } else { t(k::USER_COPY) }}</button>
                        <button type="button" class="primary" id="dismiss-temporary-password" on:click=move |_| {
                            copied.set(false);
                            shown.set(None);
                        }>{t(k::USER_GIVEN)}</button>
                    </div>
                </div>
            }
        })
    }
}

/// The help desk's check that the caller is the user: a code to one of the
/// user's own methods, read back over the phone.
#[component]
fn VerifyCaller(user: StoredValue<AdminUserDetail>, verified: RwSignal<bool>) -> impl IntoView {
    let ctx = expect_context::<Ctx>();
    let kinds: Vec<MethodKind> = user.with_value(|u| {
        u.methods
            .iter()
            .map(|m| m.kind)
            .filter(|k| !matches!(k, MethodKind::Questions | MethodKind::Authenticator | MethodKind::Passkey))
            .collect()
    });
    let sent = RwSignal::new(None::<String>);
    let code = RwSignal::new(String::new());
    let code_error = RwSignal::new(None::<String>);
    let error = RwSignal::new(None);
    let busy = RwSignal::new(false);
    let send = move |kind: MethodKind| {
        let Some(token) = ctx.token() else { return };
        let id = user.with_value(|u| u.id.clone());
        busy.set(true);
        error.set(None);
        spawn_local(async move {
            match api::start_verification(&token, &id, kind).await {
                Ok(s) => {
                    sent.set(Some(tf(
                        k::USER_VERIFY_SENT,
                        &[("to", s.hint.into()), ("until", local_date_time(&s.expires_at).into())],
                    )));
                    request_animation_frame(|| focus_by_id("verification-code"));
                }
                Err(e) => ctx.failed(&e, error),
            }
            busy.set(false);
        });
    };
    let check = move |ev: SubmitEvent| {
        ev.prevent_default();
        let Some(token) = ctx.token() else { return };
        let id = user.with_value(|u| u.id.clone());
        let typed = code.get_untracked().trim().to_owned();
        busy.set(true);
        spawn_local(async move {
            match api::check_verification(&token, &id, typed).await {
                Ok(()) => {
                    code.set(String::new());
                    verified.set(true);
                }
                Err(ApiError::Problem(p))
                    if p.code == ProblemCode::CodeInvalid || p.code == ProblemCode::CodeExpired =>
                {
                    code_error.set(Some(p.detail.clone()))
                }
                Err(e) => ctx.failed(&e, error),
            }
            busy.set(false);
        });
    };
    view! {
        <div class="verify-panel" role="region" aria-labelledby="verify-title">
            <h3 id="verify-title">{t(k::USER_VERIFY_TITLE)}</h3>
            <p class="hint">{t(k::USER_VERIFY_LEAD)}</p>
            <NoticeBox notice=error />
            {if kinds.is_empty() {
                view! { <p class="warning" id="no-verification-method">{t(k::USER_VERIFY_NO_METHOD)}</p> }.into_any()
            } else {
                view! {
                    <div class="buttons">
                        {kinds.into_iter().map(|kind| {
                            let label = match kind {
                                MethodKind::Email => t(k::USER_VERIFY_EMAIL),
                                MethodKind::Sms => t(k::USER_VERIFY_TEXT),
                                _ => t(k::USER_VERIFY_CALL),
                            };
                            view! { <button type="button" class="secondary" disabled=move || busy.get() on:click=move |_| send(kind)>{label}</button> }
                        }).collect_view()}
                    </div>
                }.into_any()
            }}
            <p role="status" class="hint">{move || sent.get()}</p>
            <Show when=move || sent.with(Option::is_some)>
                <form on:submit=check novalidate class="inline-form">
                    <Field id="verification-code" label=t(k::USER_VERIFY_CODE) value=code error=code_error inputmode="numeric" autocomplete="one-time-code" />
                    <button type="submit" class="primary" disabled=move || busy.get()>{t(k::USER_VERIFY_CHECK)}</button>
                </form>
            </Show>
        </div>
    }
}

#[component]
fn Facts(user: StoredValue<AdminUserDetail>) -> impl IntoView {
    let u = user.get_value();
    let methods = if u.methods.is_empty() {
        view! { <p>{t(k::USER_METHODS_NONE)}</p> }.into_any()
    } else {
        view! {
            <ul class="methods">
                {u.methods.iter().map(|m| {
                    let kind = match m.kind {
                        MethodKind::Email => t(k::USER_METHOD_EMAIL),
                        MethodKind::Sms => t(k::USER_METHOD_SMS),
                        MethodKind::Voice => t(k::USER_METHOD_VOICE),
                        MethodKind::Questions => t(k::USER_METHOD_QUESTIONS),
                        MethodKind::Authenticator => t(k::USER_METHOD_AUTHENTICATOR),
                        MethodKind::Passkey => t(latchkey_web::i18n::k::PASSKEY_NAME),
                    };
                    let source = match (m.source, m.proven_at) {
                        (MethodSource::Admin, _) => t(k::USER_METHOD_FROM_DIRECTORY).to_owned(),
                        (MethodSource::User, Some(at)) => {
                            tf(k::USER_METHOD_PROVEN, &[("at", local_date_time(&at).into())])
                        }
                        (MethodSource::User, None) => t(k::USER_METHOD_REGISTERED).to_owned(),
                    };
                    let line = tf(
                        k::USER_METHOD,
                        &[("kind", kind.into()), ("hint", m.hint.as_str().into()), ("source", source.into())],
                    );
                    view! { <li>{line}</li> }
                }).collect_view()}
            </ul>
        }
        .into_any()
    };
    let reg = &u.registration;
    let password = &u.password;
    let expiry = if password.never_expires { t(k::USER_NEVER).to_owned() } else { when(password.expires_at) };
    view! {
        <section class="card wide" aria-labelledby="facts-title">
            <h2 id="facts-title">{t(k::USER_DETAILS)}</h2>
            <dl class="facts">
                <dt>{t(k::USER_EMAILS)}</dt><dd>{if u.emails.is_empty() { "—".to_owned() } else { u.emails.join(", ") }}</dd>
                <dt>{t(k::USER_PHONES)}</dt><dd>{if u.phones.is_empty() { "—".to_owned() } else { u.phones.join(", ") }}</dd>
                <dt>{t(k::USER_GROUPS)}</dt><dd>{if u.groups.is_empty() { "—".to_owned() } else { u.groups.join(", ") }}</dd>
                <dt>{t(k::USER_RESET_METHODS)}</dt><dd>{methods}</dd>
                <dt>{t(k::USER_REGISTRATION)}</dt>
                <dd>{tf(k::USER_REGISTRATION_SUMMARY, &[
                        ("state", registration_label(reg.state).into()),
                        ("registered", reg.registered.into()),
                        ("required", reg.required.into()),
                    ])}
                    {reg.confirm_by.map(|at| tf(k::USER_RECONFIRM_BY, &[("at", local_date_time(&at).into())]))}</dd>
                <dt>{t(k::USER_LOCKED_OUT)}</dt><dd id="locked-until">{match u.locked_until {
                    Some(at) => tf(k::USER_LOCKED_EVERYWHERE, &[("at", local_date_time(&at).into())]),
                    None if locked_out(&u) => t(k::USER_LOCKED_HERE).to_owned(),
                    None => t(k::USER_NOT_LOCKED).to_owned(),
                }}</dd>
                <dt>{t(k::USER_PASSWORD_CHANGED)}</dt><dd>{when(password.changed_at)}</dd>
                <dt>{t(k::USER_PASSWORD_EXPIRES)}</dt><dd>{expiry}</dd>
                {password.temporary_until.map(|at| view! {
                    <dt>{t(k::USER_TEMPORARY_PASSWORD)}</dt>
                    <dd>{tf(k::USER_TEMPORARY_VALID, &[("at", local_date_time(&at).into())])}</dd>
                })}
                <dt>{t(k::USER_LAST_SIGN_IN)}</dt><dd>{when(u.last_sign_in_at)}</dd>
                <dt>{t(k::USER_LAST_RESET)}</dt><dd>{when(u.last_reset_at)}</dd>
                <dt>{t(k::USER_CREATED)}</dt><dd>{when(Some(u.created_at))}</dd>
                {u.invitation.clone().map(|i| view! {
                    <dt>{t(k::USER_INVITATION)}</dt>
                    <dd>{tf(k::USER_INVITATION_SENT, &[
                        ("to", i.sent_to.into()),
                        ("until", local_date_time(&i.expires_at).into()),
                    ])}</dd>
                })}
            </dl>
        </section>
    }
}

/// The user's passkeys: each one's name, when it was added and last used,
/// and the authenticator model its device named; "Remove" (asked twice)
/// for a lost or retired device, where the operator may manage the user.
#[component]
fn Passkeys(
    user: StoredValue<AdminUserDetail>,
    done: RwSignal<Option<Notice>>,
    reload: Callback<()>,
) -> impl IntoView {
    let ctx = expect_context::<Ctx>();
    let u = user.get_value();
    let may_remove = ctx.may(Perm::ManageUsers) && may_act_on(ctx, &u).is_ok();
    let error = RwSignal::new(None);
    let busy = RwSignal::new(false);
    let remove = move |passkey: String, name: String| {
        let Some(token) = ctx.token() else { return };
        if busy.get_untracked() {
            return;
        }
        busy.set(true);
        done.set(None);
        error.set(None);
        let id = user.with_value(|u| u.id.clone());
        spawn_local(async move {
            match api::remove_passkey(&token, &id, &passkey).await {
                Ok(()) => {
                    let body = tf(k::USER_PASSKEY_REMOVED, &[("name", name.into())]);
                    done.set(Some(Notice::new(t(k::USER_DONE_TITLE), body)));
                    reload.run(());
                }
                Err(e) => ctx.failed(&e, error),
            }
            busy.set(false);
        });
    };
    let busy = Signal::derive(move || busy.get());
    let items = u
        .passkeys
        .iter()
        .enumerate()
        .map(|(i, p)| {
            let added = ("added", local_date_time(&p.added_at).into());
            let dates = match p.last_used_at {
                Some(used) => tf(k::USER_PASSKEY_DATES, &[added, ("used", local_date_time(&used).into())]),
                None => tf(k::USER_PASSKEY_DATES_UNUSED, &[added]),
            };
            let model = p.authenticator_model.as_ref().map(|model| {
                view! { <span class="hint">{tf(k::USER_PASSKEY_MODEL, &[("model", model.into())])}</span> }
            });
            let name_id = format!("user-passkey-{i}");
            let (passkey, name) = (p.id.clone(), p.name.clone());
            let action = may_remove.then(|| {
                view! {
                    <ConfirmButton label=t(k::USER_PASSKEY_REMOVE) busy id=format!("remove-passkey-{i}") about=name_id.clone()
                        warning=tf(k::USER_PASSKEY_REMOVE_WARNING, &[("name", p.name.as_str().into())])
                        confirm=t(k::USER_PASSKEY_REMOVE_CONFIRM)
                        on_confirm=Callback::new(move |()| remove(passkey.clone(), name.clone())) />
                }
            });
            view! {
                <li class="passkey">
                    <span class="passkey-name" id=name_id>{p.name.clone()}</span>
                    <span class="hint">{dates}</span>
                    {model}
                    {action}
                </li>
            }
        })
        .collect_view();
    view! {
        <section class="card wide" aria-labelledby="passkeys-title" id="passkeys">
            <h2 id="passkeys-title">{t(k::USER_PASSKEYS)}</h2>
            <NoticeBox notice=error />
            {if u.passkeys.is_empty() {
                view! { <p id="passkeys-none">{t(k::USER_PASSKEYS_NONE)}</p> }.into_any()
            } else {
                view! { <ul class="passkeys">{items}</ul> }.into_any()
            }}
        </section>
    }
}

/// What the on-premises directory a synced user comes from says of the
/// account, as of its last sync; nothing for Latchkey's own users.
#[component]
fn Directory(user: StoredValue<AdminUserDetail>) -> impl IntoView {
    user.get_value().directory.map(|d| {
        let locked = match (d.locked, d.locked_since) {
            (true, Some(at)) => tf(k::USER_DIRECTORY_LOCKED_SINCE, &[("at", local_date_time(&at).into())]),
            (true, None) => t(k::USER_DIRECTORY_LOCKED).to_owned(),
            (false, _) => t(k::USER_NOT_LOCKED).to_owned(),
        };
        view! {
            <section class="card wide" aria-labelledby="directory-title" id="directory">
                <h2 id="directory-title">{t(k::USER_DIRECTORY)}</h2>
                <ul class="badges">
                    {d.locked.then(|| view! { <li class="badge bad" id="directory-locked-badge">{t(k::USER_DIRECTORY_LOCKED)}</li> })}
                    {d.removed.then(|| view! { <li class="badge bad">{t(k::USER_DIRECTORY_REMOVED)}</li> })}
                    {d.protected.then(|| view! { <li class="badge role">{t(k::USER_DIRECTORY_PROTECTED)}</li> })}
                    {d.pass_through.then(|| view! { <li class="badge">{t(k::USER_DIRECTORY_PASS_THROUGH)}</li> })}
                </ul>
                <dl class="facts">
                    <dt>{t(k::USER_DIRECTORY_NAME)}</dt><dd>{d.name}</dd>
                    <dt>{t(k::USER_DIRECTORY_SYNCED)}</dt><dd>{when(Some(d.synced_at))}</dd>
                    <dt>{t(k::USER_LOCKED_OUT)}</dt><dd id="directory-locked">{locked}</dd>
                    <dt>{t(k::USER_DIRECTORY_PASSWORD_CHANGED)}</dt><dd>{when(d.password_changed_at)}</dd>
                    <dt>{t(k::USER_DIRECTORY_PASSWORD_EXPIRES)}</dt>
                    <dd>{when(d.password_expires_at)}</dd>
                </dl>
            </section>
        }
    })
}

/// Names, contacts, groups and roles, saved against the version read: if
/// someone else saved first, the server refuses (409) and nothing is undone.
#[component]
fn EditProfile(
    user: StoredValue<AdminUserDetail>,
    done: RwSignal<Option<Notice>>,
    reload: Callback<()>,
) -> impl IntoView {
    let ctx = expect_context::<Ctx>();
    let u = user.get_value();
    let own = ctx.me().as_deref() == Some(u.id.as_str());
    let display = RwSignal::new(u.display_name.clone());
    let first = RwSignal::new(u.first_name.clone());
    let last = RwSignal::new(u.last_name.clone());
    let emails = RwSignal::new(u.emails.join(", "));
    let phones = RwSignal::new(u.phones.join(", "));
    let groups = RwSignal::new(u.groups.join(", "));
    let has = |r: &str| u.roles.iter().any(|x| x == r);
    let admin = RwSignal::new(has("admin"));
    let helpdesk = RwSignal::new(has("helpdesk"));
    let reports = RwSignal::new(has("reports_reader"));
    // "" follows the organisation's default language.
    let language = RwSignal::new(u.language.map(|l| l.tag().to_owned()).unwrap_or_default());
    let errors: [RwSignal<Option<String>>; 6] = std::array::from_fn(|_| RwSignal::new(None));
    let error = RwSignal::new(None);
    let busy = RwSignal::new(false);
    let submit = move |ev: SubmitEvent| {
        ev.prevent_default();
        let Some(token) = ctx.token() else { return };
        let (id, version) = user.with_value(|u| (u.id.clone(), u.version));
        let mut roles = Vec::new();
        for (on, name) in [(admin, "admin"), (helpdesk, "helpdesk"), (reports, "reports_reader")] {
            if on.get_untracked() {
                roles.push(name.to_owned());
            }
        }
        let request = UpdateUserRequest {
            version,
            display_name: Some(display.get_untracked().trim().to_owned()),
            first_name: Some(first.get_untracked().trim().to_owned()),
            last_name: Some(last.get_untracked().trim().to_owned()),
            emails: Some(list(&emails.get_untracked())),
            phones: Some(list(&phones.get_untracked())),
            groups: Some(list(&groups.get_untracked())),
            // One's own roles are not offered: the server refuses a self-demotion anyway.
            roles: (!own).then_some(roles),
            language: Some(
                latchkey_dto::Language::ALL.into_iter().find(|l| l.tag() == language.get_untracked()),
            ),
            ..Default::default()
        };
        errors.iter().for_each(|e| e.set(None));
        error.set(None);
        busy.set(true);
        spawn_local(async move {
            match api::update_user(&token, &id, &request).await {
                Ok(_) => {
                    done.set(Some(Notice::new(t(k::USER_SAVED_TITLE), t(k::USER_PROFILE_SAVED))));
                    reload.run(());
                }
                Err(e) => {
                    let field = e.problem().and_then(|p| p.field.clone()).unwrap_or_default();
                    let slot = ["display_name", "first_name", "last_name", "emails", "phones", "groups"]
                        .iter()
                        .position(|f| field.starts_with(f));
                    match (slot, e.problem()) {
                        (Some(i), Some(p)) if p.code == ProblemCode::InvalidRequest => {
                            errors[i].set(Some(p.detail.clone()))
                        }
                        _ => {
                            ctx.failed(&e, error);
                            if e.code() == Some(ProblemCode::VersionConflict) {
                                reload.run(());
                            }
                        }
                    }
                }
            }
            busy.set(false);
        });
    };
    view! {
        <section class="card wide" aria-labelledby="edit-title">
            <h2 id="edit-title">{t(k::USER_PROFILE)}</h2>
            <NoticeBox notice=error />
            <form on:submit=submit novalidate class="two-columns">
                <Field id="edit-display-name" label=t(k::USER_DISPLAY_NAME) value=display error=errors[0] />
                <Field id="edit-first-name" label=t(k::USER_FIRST_NAME) value=first error=errors[1] />
                <Field id="edit-last-name" label=t(k::USER_LAST_NAME) value=last error=errors[2] />
                <Field id="edit-emails" label=t(k::USER_CONTACT_EMAILS) value=emails error=errors[3] hint=t(k::USER_COMMAS_HINT) />
                <Field id="edit-phones" label=t(k::USER_CONTACT_PHONES) value=phones error=errors[4] hint=t(k::USER_PHONE_HINT) />
                <GroupNames />
                <Field id="edit-groups" label=t(k::USER_GROUPS) value=groups error=errors[5] list=GROUP_NAMES
                    hint=t(k::USER_COMMAS_HINT) />
                <div class="field">
                    <label for="edit-language">{t(k::USER_LANGUAGE)}</label>
                    <select id="edit-language" on:change=move |ev| language.set(event_target_value(&ev))>
                        <option value="" selected=language.get_untracked().is_empty()>{t(k::USER_LANGUAGE_DEFAULT)}</option>
                        {latchkey_web::i18n::Lang::ALL
                            .into_iter()
                            .map(|l| view! {
                                <option value=l.tag() lang=l.tag() selected=language.get_untracked() == l.tag()>{l.own_name()}</option>
                            })
                            .collect_view()}
                    </select>
                    <p class="hint">{t(k::USER_LANGUAGE_HINT)}</p>
                </div>
                {(!own).then(|| view! {
                    <fieldset>
                        <legend>{t(k::USER_ROLES)}</legend>
                        <Check id="edit-role-admin" label=role_label("admin") value=admin />
                        <Check id="edit-role-helpdesk" label=role_label("helpdesk") value=helpdesk />
                        <Check id="edit-role-reports" label=role_label("reports_reader") value=reports />
                        <p class="hint">{t(k::USER_ROLES_HINT)}</p>
                    </fieldset>
                })}
                <div class="buttons">
                    <button type="submit" class="primary" id="save-profile" disabled=move || busy.get()>
                        {move || if busy.get() { t(k::USER_SAVING) } else { t(k::USER_SAVE) }}
                    </button>
                </div>
            </form>
        </section>
    }
}

/// The desk phone that takes code calls: only administrators set it, and
/// it counts as a method at once (the user is told).
#[component]
fn OfficePhone(
    user: StoredValue<AdminUserDetail>,
    done: RwSignal<Option<Notice>>,
    reload: Callback<()>,
) -> impl IntoView {
    let ctx = expect_context::<Ctx>();
    let current = user.with_value(|u| u.office_phone.clone());
    let has = current.is_some();
    let phone = RwSignal::new(current.unwrap_or_default());
    let phone_error = RwSignal::new(None);
    let error = RwSignal::new(None);
    let save = move |value: Option<String>| {
        let Some(token) = ctx.token() else { return };
        let id = user.with_value(|u| u.id.clone());
        phone_error.set(None);
        spawn_local(async move {
            let removing = value.is_none();
            match api::set_office_phone(&token, &id, value).await {
                Ok(()) => {
                    done.set(Some(Notice::new(
                        t(k::USER_SAVED_TITLE),
                        if removing { t(k::USER_OFFICE_REMOVED) } else { t(k::USER_OFFICE_SAVED) },
                    )));
                    reload.run(());
                }
                Err(e) => match e.problem() {
                    Some(p) if p.field.as_deref() == Some("phone") => phone_error.set(Some(p.detail.clone())),
                    _ => ctx.failed(&e, error),
                },
            }
        });
    };
    let submit = move |ev: SubmitEvent| {
        ev.prevent_default();
        save(Some(phone.get_untracked().trim().to_owned()));
    };
    view! {
        <section class="card wide" aria-labelledby="office-title">
            <h2 id="office-title">{t(k::USER_OFFICE)}</h2>
            <NoticeBox notice=error />
            <form class="inline-form" on:submit=submit novalidate>
                <Field id="office-phone" label=t(k::USER_OFFICE_LABEL) value=phone error=phone_error kind="tel"
                    hint=t(k::USER_OFFICE_HINT) />
                <button type="submit" class="primary">{t(k::USER_OFFICE_SAVE)}</button>
                {has.then(|| view! {
                    <button type="button" class="secondary" id="remove-office-phone" on:click=move |_| save(None)>{t(k::USER_OFFICE_REMOVE)}</button>
                })}
            </form>
        </section>
    }
}

#[component]
fn Activity(user: StoredValue<AdminUserDetail>) -> impl IntoView {
    let events = user.with_value(|u| u.activity.clone());
    view! {
        <section class="card wide" aria-labelledby="activity-title">
            <h2 id="activity-title">{t(k::USER_ACTIVITY)}</h2>
            {if events.is_empty() {
                view! { <p>{t(k::USER_ACTIVITY_NONE)}</p> }.into_any()
            } else {
                view! {
                    <div class="table-wrap" tabindex="0" role="region" aria-label=t(k::USER_ACTIVITY)>
                        <table class="activity">
                            <thead>
                                <tr>
                                    <th scope="col">{t(k::USER_ACTIVITY_WHEN)}</th>
                                    <th scope="col">{t(k::USER_ACTIVITY_WHAT)}</th>
                                    <th scope="col">{t(k::USER_ACTIVITY_OUTCOME)}</th>
                                    <th scope="col">{t(k::USER_ACTIVITY_DETAILS)}</th>
                                </tr>
                            </thead>
                            <tbody>
                                {events.into_iter().map(|e| view! {
                                    <tr>
                                        <td>{local_date_time(&e.at)}</td>
                                        <td>{e.words.action_text.clone()}</td>
                                        <td>{e.words.outcome_text.clone()}</td>
                                        <td>{e.words.reason_text.clone().unwrap_or_default()}</td>
                                    </tr>
                                }).collect_view()}
                            </tbody>
                        </table>
                    </div>
                }.into_any()
            }}
        </section>
    }
}
