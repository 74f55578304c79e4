//! The self-service reset policy: who may reset, with which methods and how
//! many, how strong each role's proof must be, security questions,
//! re-confirmation, notifications, and which authenticator models may hold
//! a new passkey. Its effect is
//! shown before it is saved (a bar for who can reset now and after), and a
//! change that leaves users unable to reset needs a deliberate "Save anyway".

use latchkey_dto::{
    MethodKind, ModelRule, PasskeyModels, PolicyImpact, ProblemCode, RecoveryStrength, RecoveryStrengths,
    ResetPolicy, ResetScope, UpdatePolicyRequest,
};
use latchkey_web::field::Field;
use latchkey_web::i18n::{Arg, Key, number, t, tf};
use leptos::ev::SubmitEvent;
use leptos::prelude::*;
use leptos::task::spawn_local;

use crate::api::{self, ApiError};
use crate::app::Ctx;
use crate::k;
use crate::ui::{
    Check, GROUP_NAMES, GroupNames, GuardedNotices, GuardedSave, Refusal, Select, focus_by_id, list,
};

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
    temporary_passwords: RwSignal<bool>,
    invite_provisioned: RwSignal<bool>,
    strength: Strengths,
    models: Models,
    error: RwSignal<Option<String>>,
}

/// Which authenticator models may hold a new passkey: the rule's option
/// value, the AAGUIDs as typed (one a line), and the server's word on them.
#[derive(Clone, Copy)]
struct Models {
    rule: RwSignal<String>,
    aaguids: RwSignal<String>,
    error: RwSignal<Option<String>>,
}

/// The rules in the order they are offered: each one's option value and name.
const MODEL_RULES: [(ModelRule, &str, Key); 3] = [
    (ModelRule::Any, "any", k::POLICY_MODELS_ANY),
    (ModelRule::Allow, "allow", k::POLICY_MODELS_ALLOW),
    (ModelRule::Block, "block", k::POLICY_MODELS_BLOCK),
];

impl Models {
    fn set(self, m: Option<&PasskeyModels>) {
        let rule = m.map_or(ModelRule::Any, |m| m.rule);
        let value = MODEL_RULES.iter().find(|(r, ..)| *r == rule).map_or("any", |(_, v, _)| *v);
        self.rule.set(value.to_owned());
        self.aaguids.set(m.map(|m| m.aaguids.join("\n")).unwrap_or_default());
        self.error.set(None);
    }

    /// The rule and its list as filled in. Under "any" no list is sent: one
    /// hidden from view could not be corrected where the server points.
    fn get(self) -> PasskeyModels {
        let chosen = self.rule.get_untracked();
        let rule = MODEL_RULES.iter().find(|(_, v, _)| *v == chosen).map_or(ModelRule::Any, |(r, ..)| *r);
        let aaguids = if rule == ModelRule::Any {
            Vec::new()
        } else {
            self.aaguids.with_untracked(|text| {
                text.lines().map(str::trim).filter(|l| !l.is_empty()).map(str::to_owned).collect()
            })
        };
        PasskeyModels { rule, aaguids }
    }
}

/// The recovery strength chosen for each role.
#[derive(Clone, Copy)]
struct Strengths {
    user: RwSignal<RecoveryStrength>,
    admin: RwSignal<RecoveryStrength>,
    helpdesk: RwSignal<RecoveryStrength>,
    reports_reader: RwSignal<RecoveryStrength>,
}

impl Strengths {
    fn set(self, s: RecoveryStrengths) {
        self.user.set(s.user);
        self.admin.set(s.admin);
        self.helpdesk.set(s.helpdesk);
        self.reports_reader.set(s.reports_reader);
    }

    fn get(self) -> RecoveryStrengths {
        RecoveryStrengths {
            user: self.user.get_untracked(),
            admin: self.admin.get_untracked(),
            helpdesk: self.helpdesk.get_untracked(),
            reports_reader: self.reports_reader.get_untracked(),
        }
    }
}

/// The server's defaults, for a policy read without strengths.
const DEFAULT_STRENGTHS: RecoveryStrengths = RecoveryStrengths {
    user: RecoveryStrength::Any,
    admin: RecoveryStrength::TwoMethods,
    helpdesk: RecoveryStrength::Any,
    reports_reader: RecoveryStrength::Any,
};

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
            temporary_passwords: RwSignal::new(false),
            invite_provisioned: RwSignal::new(false),
            strength: Strengths {
                user: RwSignal::new(DEFAULT_STRENGTHS.user),
                admin: RwSignal::new(DEFAULT_STRENGTHS.admin),
                helpdesk: RwSignal::new(DEFAULT_STRENGTHS.helpdesk),
                reports_reader: RwSignal::new(DEFAULT_STRENGTHS.reports_reader),
            },
            models: Models {
                rule: RwSignal::new("any".to_owned()),
                aaguids: RwSignal::new(String::new()),
                error: RwSignal::new(None),
            },
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
        self.temporary_passwords.set(p.temporary_passwords);
        self.invite_provisioned.set(p.invite_provisioned_users);
        self.everyone_second_factor.set(p.second_factor_for_everyone);
        self.strength.set(p.recovery_strength.unwrap_or(DEFAULT_STRENGTHS));
        self.models.set(p.passkey_models.as_ref());
    }

    /// The policy as filled in; `None` (and a message) when a number is not one.
    fn read(self) -> Option<ResetPolicy> {
        self.error.set(None);
        self.models.error.set(None);
        let number = |s: RwSignal<String>| s.get_untracked().trim().parse::<u32>().ok();
        let (Some(required), Some(to_register), Some(to_reset), Some(reconfirm_days)) = (
            number(self.required),
            number(self.to_register),
            number(self.to_reset),
            number(self.reconfirm_days),
        ) else {
            self.error.set(Some(t(k::POLICY_WHOLE_NUMBERS).to_owned()));
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
            temporary_passwords: self.temporary_passwords.get_untracked(),
            invite_provisioned_users: self.invite_provisioned.get_untracked(),
            recovery_strength: Some(self.strength.get()),
            passkey_models: Some(self.models.get()),
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
        // The list of models: the server's words next to it.
        Some(p) if p.code == ProblemCode::InvalidRequest && p.field.as_deref() == Some("passkey_models") => {
            form.models.error.set(Some(p.detail.clone()));
            focus_by_id("passkey-models");
        }
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
                title: t(k::POLICY_STRANDS_TITLE),
                what: |n| tf(k::POLICY_STRANDS, &[("count", n.into())]),
            },
            t(k::POLICY_SAVED_BODY),
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
            <h1 id="page-title" tabindex="-1">{t(k::POLICY_TITLE)}</h1>
            <p class="lead">{t(k::POLICY_LEAD)}</p>
            <GuardedNotices saving=saving id="save-anyway" label=|n| tf(k::POLICY_SAVE_ANYWAY, &[("count", n.into())])
                again=Callback::new(move |_| save(true)) />
            <form on:submit=submit novalidate aria-busy=move || (!loaded.get()).to_string()>
                <PolicyFields form />
                <p class="field-error" role="alert">{move || form.error.get()}</p>
                <ImpactChart impact=impact />
                <div class="buttons">
                    <button type="button" class="secondary" id="preview" on:click=preview disabled=move || !loaded.get()>
                        {t(k::POLICY_PREVIEW)}
                    </button>
                    <button type="submit" class="primary" id="save-policy" disabled=move || busy.get() || !loaded.get()>
                        {move || if busy.get() { t(k::UI_SAVING) } else { t(k::POLICY_SAVE) }}
                    </button>
                </div>
            </form>
        </section>
    }
}

/// Every setting of the policy, in five groups.
#[component]
fn PolicyFields(form: Form) -> impl IntoView {
    view! {
        <fieldset>
            <legend>{t(k::POLICY_WHO_LEGEND)}</legend>
            <Select id="scope" label=t(k::POLICY_SCOPE) value=form.scope options=vec![
                ("none", t(k::POLICY_SCOPE_NONE)), ("groups", t(k::POLICY_SCOPE_GROUPS)), ("all", t(k::POLICY_SCOPE_ALL))] />
            <Show when=move || form.scope.get() == "groups">
                <GroupNames />
                <Field id="scope-groups" label=t(k::POLICY_GROUPS) value=form.group list=GROUP_NAMES
                    hint=t(k::POLICY_GROUPS_HINT) />
            </Show>
        </fieldset>
        <fieldset>
            <legend>{t(k::POLICY_METHODS_LEGEND)}</legend>
            <Check id="method-email" label=t(k::POLICY_METHOD_EMAIL) value=form.email />
            <Check id="method-sms" label=t(k::POLICY_METHOD_SMS) value=form.sms />
            <Check id="method-voice" label=t(k::POLICY_METHOD_VOICE) value=form.voice />
            <Check id="method-questions" label=t(k::POLICY_METHOD_QUESTIONS) value=form.questions />
            <Check id="method-authenticator" label=t(k::POLICY_METHOD_AUTHENTICATOR) value=form.authenticator />
            <Check id="directory-contacts" label=t(k::POLICY_DIRECTORY_CONTACTS) value=form.directory_contacts />
            <p class="hint">{t(k::POLICY_DIRECTORY_CONTACTS_HINT)}</p>
            <Select id="methods-required" label=t(k::POLICY_METHODS_REQUIRED) value=form.required options=vec![
                ("1", t(k::POLICY_ONE)), ("2", t(k::POLICY_TWO))] />
            <p class="hint">{t(k::POLICY_ADMINS_PROVE_TWO)}</p>
            <Field id="questions-to-register" label=t(k::POLICY_QUESTIONS_TO_REGISTER) value=form.to_register inputmode="numeric" hint=t(k::POLICY_QUESTIONS_TO_REGISTER_HINT) />
            <Field id="questions-to-reset" label=t(k::POLICY_QUESTIONS_TO_RESET) value=form.to_reset inputmode="numeric" hint=t(k::POLICY_QUESTIONS_TO_RESET_HINT) />
        </fieldset>
        <RecoveryStrengthFields strength=form.strength />
        <PasskeyModelFields models=form.models />
        <fieldset>
            <legend>{t(k::POLICY_REGISTRATION_LEGEND)}</legend>
            <Check id="require-registration" label=t(k::POLICY_REQUIRE_REGISTRATION) value=form.require_registration />
            <Check id="everyone-second-factor" label=t(k::POLICY_EVERYONE_SECOND_FACTOR) value=form.everyone_second_factor />
            <Field id="reconfirm-days" label=t(k::POLICY_RECONFIRM_DAYS) value=form.reconfirm_days inputmode="numeric" hint=t(k::POLICY_RECONFIRM_DAYS_HINT) />
        </fieldset>
        <fieldset>
            <legend>{t(k::POLICY_NOTIFICATIONS_LEGEND)}</legend>
            <Check id="notify-users" label=t(k::POLICY_NOTIFY_USERS) value=form.notify_users />
            <Check id="notify-admins" label=t(k::POLICY_NOTIFY_ADMINS) value=form.notify_admins />
        </fieldset>
        <fieldset>
            <legend>{t(k::POLICY_ADMIN_RESETS_LEGEND)}</legend>
            <Check id="temporary-passwords" label=t(k::POLICY_TEMPORARY_PASSWORDS) value=form.temporary_passwords />
            <p class="hint">{t(k::POLICY_TEMPORARY_PASSWORDS_HINT)}</p>
            <Check id="invite-provisioned" label=t(k::POLICY_INVITE_PROVISIONED) value=form.invite_provisioned />
            <p class="hint">{t(k::POLICY_INVITE_PROVISIONED_HINT)}</p>
        </fieldset>
    }
}

/// The strengths in the order they are offered: each one's option value in
/// the drop-down, its name, and the sentence that explains it.
const STRENGTHS: [(RecoveryStrength, &str, Key, Key); 3] = [
    (RecoveryStrength::Any, "any", k::POLICY_STRENGTH_ANY, k::POLICY_STRENGTH_ANY_HINT),
    (
        RecoveryStrength::TwoMethods,
        "two_methods",
        k::POLICY_STRENGTH_TWO_METHODS,
        k::POLICY_STRENGTH_TWO_METHODS_HINT,
    ),
    (
        RecoveryStrength::PhishingResistant,
        "phishing_resistant",
        k::POLICY_STRENGTH_PHISHING_RESISTANT,
        k::POLICY_STRENGTH_PHISHING_RESISTANT_HINT,
    ),
];

/// "Recovery strength": what each choice means, then one choice per role.
#[component]
fn RecoveryStrengthFields(strength: Strengths) -> impl IntoView {
    view! {
        <fieldset id="recovery-strength">
            <legend>{t(k::POLICY_STRENGTH_LEGEND)}</legend>
            <p class="hint">{t(k::POLICY_STRENGTH_LEAD)}</p>
            <dl class="strengths">
                {STRENGTHS.iter().map(|(_, _, name, meaning)| view! {
                    <dt>{t(*name)}</dt>
                    <dd>{t(*meaning)}</dd>
                }).collect_view()}
            </dl>
            <StrengthSelect id="strength-user" label=t(k::POLICY_STRENGTH_USER) value=strength.user />
            <StrengthSelect id="strength-admin" label=t(k::POLICY_STRENGTH_ADMIN) value=strength.admin />
            <StrengthSelect id="strength-helpdesk" label=t(k::POLICY_STRENGTH_HELPDESK) value=strength.helpdesk />
            <StrengthSelect id="strength-reports-reader" label=t(k::POLICY_STRENGTH_REPORTS_READER)
                value=strength.reports_reader />
        </fieldset>
    }
}

/// "Passkey authenticators": any, only these models, or every model but
/// these; a list of AAGUIDs, one a line, for the last two.
#[component]
fn PasskeyModelFields(models: Models) -> impl IntoView {
    let invalid = move || models.error.with(Option::is_some);
    view! {
        <fieldset id="passkey-authenticators">
            <legend>{t(k::POLICY_MODELS_LEGEND)}</legend>
            <p class="hint">{t(k::POLICY_MODELS_LEAD)}</p>
            <Select id="passkey-model-rule" label=t(k::POLICY_MODELS_RULE) value=models.rule
                options=MODEL_RULES.iter().map(|(_, v, name)| (*v, t(*name))).collect() />
            <Show when=move || models.rule.get() != "any">
                <div class="field" class:invalid=invalid>
                    <label for="passkey-models">{t(k::POLICY_MODELS_LIST)}</label>
                    <p class="hint" id="passkey-models-hint">{t(k::POLICY_MODELS_LIST_HINT)}</p>
                    <textarea
                        id="passkey-models"
                        rows="4"
                        spellcheck="false"
                        autocapitalize="off"
                        aria-describedby="passkey-models-hint passkey-models-error" // not words: the ids of the hint and the error
                        aria-invalid=move || invalid().to_string()
                        prop:value=move || models.aaguids.get()
                        on:input=move |ev| {
                            models.aaguids.set(event_target_value(&ev));
                            models.error.set(None);
                        }
                    ></textarea>
                    <p class="field-error" id="passkey-models-error">{move || models.error.get()}</p>
                </div>
                <p class="hint">{t(k::POLICY_MODELS_HONEST)}</p>
            </Show>
        </fieldset>
    }
}

/// One role's strength, typed; choosing "passkey only" says under it who
/// would be left without self-service reset (read with the choice).
#[component]
fn StrengthSelect(id: &'static str, label: &'static str, value: RwSignal<RecoveryStrength>) -> impl IntoView {
    let warning_id = format!("{id}-warning");
    let option_value = move || STRENGTHS.iter().find(|(s, ..)| *s == value.get()).map_or("", |(_, v, ..)| *v);
    let choose = move |ev: leptos::ev::Event| {
        let chosen = event_target_value(&ev);
        if let Some((s, ..)) = STRENGTHS.iter().find(|(_, v, ..)| *v == chosen) {
            value.set(*s);
        }
    };
    view! {
        <div class="field">
            <label for=id>{label}</label>
            <select id=id aria-describedby=warning_id.clone() prop:value=option_value on:change=choose>
                {STRENGTHS.iter().map(|(_, v, name, _)| view! { <option value=*v>{t(*name)}</option> }).collect_view()}
            </select>
            <p class="warning strength-warning" id=warning_id aria-live="polite">
                {move || (value.get() == RecoveryStrength::PhishingResistant).then(|| t(k::POLICY_STRENGTH_WARNING))}
            </p>
        </div>
    }
}

/// Who can reset now and with the settings as filled in, as two bars.
#[component]
fn ImpactChart(impact: RwSignal<Option<PolicyImpact>>) -> impl IntoView {
    move || {
        impact.get().map(|i| {
            // Set through the CSSOM (`style:`), which the CSP allows; a style attribute it would not.
            let width = |n: u32| format!("{}%", (n * 100).checked_div(i.users).unwrap_or(0));
            let counts: [(&str, Arg); 4] = [
                ("users", i.users.into()),
                ("before", i.eligible_before.into()),
                ("after", i.eligible_after.into()),
                ("losing", i.losing.into()),
            ];
            let caption = tf(if i.losing > 0 { k::POLICY_IMPACT_LOSING } else { k::POLICY_IMPACT }, &counts);
            view! {
                <figure class="impact" id="impact">
                    <figcaption>{caption}</figcaption>
                    <div class="bar-row" aria-hidden="true">
                        <span class="bar-label">{t(k::POLICY_NOW)}</span>
                        <span class="bar"><span class="bar-fill" style:width=width(i.eligible_before)></span></span>
                        <span class="bar-value">{number(f64::from(i.eligible_before))}</span>
                    </div>
                    <div class="bar-row" aria-hidden="true">
                        <span class="bar-label">{t(k::POLICY_AFTER)}</span>
                        <span class="bar"><span class="bar-fill" class:warn={i.losing > 0} style:width=width(i.eligible_after)></span></span>
                        <span class="bar-value">{number(f64::from(i.eligible_after))}</span>
                    </div>
                </figure>
            }
        })
    }
}
