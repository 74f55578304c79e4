//! The self-service reset policy: who may reset, with which methods and how
//! many, security questions, re-confirmation and notifications. Its effect is
//! shown before it is saved (a bar for who can reset now and after), and a
//! change that leaves users unable to reset needs a deliberate "Save anyway".

use latchkey_dto::{MethodKind, PolicyImpact, ProblemCode, ResetPolicy, ResetScope, UpdatePolicyRequest};
use latchkey_web::field::Field;
use leptos::ev::SubmitEvent;
use leptos::prelude::*;
use leptos::task::spawn_local;

use crate::api::{self, ApiError};
use crate::app::Ctx;
use crate::ui::{Check, GROUP_NAMES, GroupNames, GuardedNotices, GuardedSave, Refusal, Select, list};

/// The form's state: text for what is typed, flags for what is ticked.
#[derive(Clone, Copy)]
struct Form {
    scope: RwSignal<String>,
    group: RwSignal<String>,
    email: RwSignal<bool>,
    sms: RwSignal<bool>,
    voice: RwSignal<bool>,
    questions: RwSignal<bool>,
    authenticator: RwSignal<bool>,
    everyone_second_factor: RwSignal<bool>,
    required: RwSignal<String>,
    to_register: RwSignal<String>,
    to_reset: RwSignal<String>,
    require_registration: RwSignal<bool>,
    reconfirm_days: RwSignal<String>,
    notify_users: RwSignal<bool>,
    notify_admins: RwSignal<bool>,
    directory_contacts: RwSignal<bool>,
    error: RwSignal<Option<String>>,
}

impl Form {
    fn new() -> Self {
        Form {
            scope: RwSignal::new(String::new()),
            group: RwSignal::new(String::new()),
            email: RwSignal::new(false),
            sms: RwSignal::new(false),
            voice: RwSignal::new(false),
            questions: RwSignal::new(false),
            authenticator: RwSignal::new(false),
            everyone_second_factor: RwSignal::new(false),
            required: RwSignal::new("1".to_owned()),
            to_register: RwSignal::new(String::new()),
            to_reset: RwSignal::new(String::new()),
            require_registration: RwSignal::new(false),
            reconfirm_days: RwSignal::new(String::new()),
            notify_users: RwSignal::new(false),
            notify_admins: RwSignal::new(false),
            directory_contacts: RwSignal::new(false),
            error: RwSignal::new(None),
        }
    }

    fn fill(self, p: &ResetPolicy) {
        self.scope.set(
            match p.scope {
                ResetScope::None => "none",
                ResetScope::Groups | ResetScope::Group => "groups",
                ResetScope::All => "all",
            }
            .to_owned(),
        );
        self.group.set(p.scope_groups.join(", "));
        self.email.set(p.methods_allowed.contains(&MethodKind::Email));
        self.sms.set(p.methods_allowed.contains(&MethodKind::Sms));
        self.voice.set(p.methods_allowed.contains(&MethodKind::Voice));
        self.questions.set(p.methods_allowed.contains(&MethodKind::Questions));
        self.authenticator.set(p.methods_allowed.contains(&MethodKind::Authenticator));
        self.required.set(p.methods_required.to_string());
        self.to_register.set(p.questions_to_register.to_string());
        self.to_reset.set(p.questions_to_reset.to_string());
        self.require_registration.set(p.require_registration);
        self.reconfirm_days.set(p.reconfirm_days.to_string());
        self.notify_users.set(p.notify_users);
        self.notify_admins.set(p.notify_admins_on_admin_reset);
        self.directory_contacts.set(p.directory_contacts_count);
        self.everyone_second_factor.set(p.second_factor_for_everyone);
    }

    /// The policy as filled in; `None` (and a message) when a number is not one.
    fn read(self) -> Option<ResetPolicy> {
        self.error.set(None);
        let number = |s: RwSignal<String>| s.get_untracked().trim().parse::<u32>().ok();
        let (Some(required), Some(to_register), Some(to_reset), Some(reconfirm_days)) = (
            number(self.required),
            number(self.to_register),
            number(self.to_reset),
            number(self.reconfirm_days),
        ) else {
            self.error.set(Some("Enter whole numbers in the ranges shown.".to_owned()));
            return None;
        };
        let mut methods = Vec::new();
        for (on, kind) in [
            (self.email, MethodKind::Email),
            (self.sms, MethodKind::Sms),
            (self.voice, MethodKind::Voice),
            (self.questions, MethodKind::Questions),
            (self.authenticator, MethodKind::Authenticator),
        ] {
            if on.get_untracked() {
                methods.push(kind);
            }
        }
        let scope = match self.scope.get_untracked().as_str() {
            "groups" => ResetScope::Groups,
            "all" => ResetScope::All,
            _ => ResetScope::None,
        };
        Some(ResetPolicy {
            scope,
            scope_groups: if scope == ResetScope::Groups {
                list(&self.group.get_untracked())
            } else {
                Vec::new()
            },
            scope_group: None,
            methods_allowed: methods,
            methods_required: u8::try_from(required).unwrap_or(u8::MAX),
            questions_to_register: u8::try_from(to_register).unwrap_or(u8::MAX),
            questions_to_reset: u8::try_from(to_reset).unwrap_or(u8::MAX),
            require_registration: self.require_registration.get_untracked(),
            reconfirm_days,
            notify_users: self.notify_users.get_untracked(),
            notify_admins_on_admin_reset: self.notify_admins.get_untracked(),
            directory_contacts_count: self.directory_contacts.get_untracked(),
            second_factor_for_everyone: self.everyone_second_factor.get_untracked(),
        })
    }
}

#[component]
pub fn ResetPolicyScreen() -> impl IntoView {
    let ctx = expect_context::<Ctx>();
    let form = Form::new();
    let loaded = RwSignal::new(false);
    let saving = GuardedSave::new();
    let (error, busy) = (saving.error, saving.busy);
    let impact = RwSignal::new(None::<PolicyImpact>);
    let fail = move |e: ApiError| match e.problem() {
        Some(p) if p.code == ProblemCode::InvalidRequest => form.error.set(Some(p.detail.clone())),
        _ => ctx.failed(&e, error),
    };
    if let Some(token) = ctx.token() {
        spawn_local(async move {
            match api::reset_policy(&token).await {
                Ok(p) => {
                    form.fill(&p);
                    loaded.set(true);
                }
                Err(e) => fail(e),
            }
        });
    }
    let preview = move |_| {
        let (Some(token), Some(policy)) = (ctx.token(), form.read()) else { return };
        error.set(None);
        spawn_local(async move {
            match api::preview_reset_policy(&token, &policy).await {
                Ok(i) => impact.set(Some(i)),
                Err(e) => fail(e),
            }
        });
    };
    let save = move |accept_impact: bool| {
        let (Some(token), Some(policy)) = (ctx.token(), form.read()) else { return };
        let request = UpdatePolicyRequest { policy, accept_impact };
        saving.run(
            async move { api::save_reset_policy(&token, &request).await },
            Refusal {
                code: ProblemCode::PolicyStrandsUsers,
                title: "Users would lose self-service reset",
                what: |n| {
                    format!("With these settings {n} user(s) who can reset their password today could not.")
                },
            },
            "The reset policy applies from now on.",
            move |i| impact.set(Some(i)),
            fail,
        );
    };
    let submit = move |ev: SubmitEvent| {
        ev.prevent_default();
        saving.confirm.set(None);
        save(false);
    };
    view! {
        <section class="card wide">
            <h1 id="page-title" tabindex="-1">"Reset policy"</h1>
            <p class="lead">"Who can reset or unlock their own password, and how they prove who they are."</p>
            <GuardedNotices saving=saving id="save-anyway" label=|n| format!("Save anyway ({n} lose self-service reset)")
                again=Callback::new(move |_| save(true)) />
            <form on:submit=submit novalidate aria-busy=move || (!loaded.get()).to_string()>
                <PolicyFields form />
                <p class="field-error" role="alert">{move || form.error.get()}</p>
                <ImpactChart impact=impact />
                <div class="buttons">
                    <button type="button" class="secondary" id="preview" on:click=preview disabled=move || !loaded.get()>
                        "Check the effect"
                    </button>
                    <button type="submit" class="primary" id="save-policy" disabled=move || busy.get() || !loaded.get()>
                        {move || if busy.get() { "Saving…" } else { "Save" }}
                    </button>
                </div>
            </form>
        </section>
    }
}

/// Every setting of the policy, in four groups.
#[component]
fn PolicyFields(form: Form) -> impl IntoView {
    view! {
        <fieldset>
            <legend>"Who can reset"</legend>
            <Select id="scope" label="Self-service reset is on for" value=form.scope options=vec![
                ("none", "Nobody (off)"), ("groups", "Members of some groups"), ("all", "Everyone")] />
            <Show when=move || form.scope.get() == "groups">
                <GroupNames />
                <Field id="scope-groups" label="Groups" value=form.group list=GROUP_NAMES
                    hint="One or several, separated by commas. Users outside them must ask the help desk." />
            </Show>
        </fieldset>
        <fieldset>
            <legend>"Methods"</legend>
            <Check id="method-email" label="Email code" value=form.email />
            <Check id="method-sms" label="Text message code" value=form.sms />
            <Check id="method-voice" label="Voice call" value=form.voice />
            <Check id="method-questions" label="Security questions" value=form.questions />
            <Check id="method-authenticator" label="Authenticator app code" value=form.authenticator />
            <Check id="directory-contacts" label="Contact emails and phones from administrators or imports count as methods" value=form.directory_contacts />
            <p class="hint">"Off: only methods a user proved themselves count. Users are told when a contact is added for them."</p>
            <Select id="methods-required" label="Methods a user proves" value=form.required options=vec![
                ("1", "One"), ("2", "Two")] />
            <p class="hint">"Administrators always prove two."</p>
            <Field id="questions-to-register" label="Security questions to register" value=form.to_register inputmode="numeric" hint="3 to 5." />
            <Field id="questions-to-reset" label="Security questions asked at a reset" value=form.to_reset inputmode="numeric" hint="1 up to the number registered." />
        </fieldset>
        <fieldset>
            <legend>"Registration"</legend>
            <Check id="require-registration" label="Send users with too few methods to registration at sign-in" value=form.require_registration />
            <Check id="everyone-second-factor" label="Ask everyone for an authenticator code at sign-in (administrators and the help desk always are)" value=form.everyone_second_factor />
            <Field id="reconfirm-days" label="Ask users to re-confirm their methods every (days)" value=form.reconfirm_days inputmode="numeric" hint="0 for never; at most 730." />
        </fieldset>
        <fieldset>
            <legend>"Notifications"</legend>
            <Check id="notify-users" label="Tell users when their password is reset or their account unlocked" value=form.notify_users />
            <Check id="notify-admins" label="Tell all administrators when an administrator resets their password" value=form.notify_admins />
        </fieldset>
    }
}

/// Who can reset now and with the settings as filled in, as two bars.
#[component]
fn ImpactChart(impact: RwSignal<Option<PolicyImpact>>) -> impl IntoView {
    move || {
        impact.get().map(|i| {
            // Set through the CSSOM (`style:`), which the CSP allows; a style attribute it would not.
            let width = |n: u32| format!("{}%", (n * 100).checked_div(i.users).unwrap_or(0));
            view! {
                <figure class="impact" id="impact">
                    <figcaption>{format!(
                        "Of {} enabled users, {} can reset their own password now; with these settings {} could.{}",
                        i.users, i.eligible_before, i.eligible_after,
                        if i.losing > 0 { format!(" {} would lose it.", i.losing) } else { String::new() },
                    )}</figcaption>
                    <div class="bar-row" aria-hidden="true">
                        <span class="bar-label">"Now"</span>
                        <span class="bar"><span class="bar-fill" style:width=width(i.eligible_before)></span></span>
                        <span class="bar-value">{i.eligible_before}</span>
                    </div>
                    <div class="bar-row" aria-hidden="true">
                        <span class="bar-label">"After"</span>
                        <span class="bar"><span class="bar-fill" class:warn={i.losing > 0} style:width=width(i.eligible_after)></span></span>
                        <span class="bar-value">{i.eligible_after}</span>
                    </div>
                </figure>
            }
        })
    }
}
