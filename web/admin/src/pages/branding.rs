//! What users see of the organisation (name, logo, where "contact your
//! administrator" points), and the reset limits: code length and life, tries,
//! sends and blocks, each within the bounds the server enforces.

use latchkey_dto::{Branding, ProblemCode, ResetLimits};
use latchkey_web::field::Field;
use latchkey_web::i18n::{Key, t};
use leptos::ev::SubmitEvent;
use leptos::prelude::*;
use leptos::task::spawn_local;

use crate::api::{self, ApiError};
use crate::app::Ctx;
use crate::k;
use crate::ui::{Notice, NoticeBox};

#[component]
pub fn BrandingScreen() -> impl IntoView {
    view! { <BrandingForm /> <LimitsForm /> }
}

#[component]
fn BrandingForm() -> impl IntoView {
    let ctx = expect_context::<Ctx>();
    let name = RwSignal::new(String::new());
    let logo = RwSignal::new(String::new());
    let contact = RwSignal::new(String::new());
    let errors: [RwSignal<Option<String>>; 3] = std::array::from_fn(|_| RwSignal::new(None));
    let error = RwSignal::new(None);
    let done = RwSignal::new(None);
    let loaded = RwSignal::new(false);
    let busy = RwSignal::new(false);
    let fail = move |e: ApiError| {
        let slot = e.problem().and_then(|p| p.field.as_deref()).and_then(|f| match f {
            "company_name" => Some(0),
            "logo_url" => Some(1),
            "contact" => Some(2),
            _ => None,
        });
        match (slot, e.problem()) {
            (Some(i), Some(p)) if p.code == ProblemCode::InvalidRequest => {
                errors[i].set(Some(p.detail.clone()))
            }
            _ => ctx.failed(&e, error),
        }
    };
    if let Some(token) = ctx.token() {
        spawn_local(async move {
            match api::branding(&token).await {
                Ok(b) => {
                    name.set(b.company_name);
                    logo.set(b.logo_url.unwrap_or_default());
                    contact.set(b.contact.unwrap_or_default());
                    loaded.set(true);
                }
                Err(e) => fail(e),
            }
        });
    }
    let optional = |s: RwSignal<String>| Some(s.get_untracked().trim().to_owned()).filter(|s| !s.is_empty());
    let submit = move |ev: SubmitEvent| {
        ev.prevent_default();
        let Some(token) = ctx.token() else { return };
        let body = Branding {
            company_name: name.get_untracked().trim().to_owned(),
            logo_url: optional(logo),
            contact: optional(contact),
            // Left out: the organisation's language stays as it is.
            default_language: None,
        };
        errors.iter().for_each(|e| e.set(None));
        error.set(None);
        done.set(None);
        busy.set(true);
        spawn_local(async move {
            match api::save_branding(&token, &body).await {
                Ok(_) => {
                    done.set(Some(Notice::new(t(k::UI_SAVED), t(k::BRANDING_SAVED_BODY))));
                    if let Ok(config) = api::public_config().await {
                        ctx.config.set(Some(config));
                    }
                }
                Err(e) => fail(e),
            }
            busy.set(false);
        });
    };
    view! {
        <section class="card wide">
            <h1 id="page-title" tabindex="-1">{t(k::BRANDING_TITLE)}</h1>
            <h2>{t(k::BRANDING_HEADING)}</h2>
            <NoticeBox notice=done tone="success" />
            <NoticeBox notice=error />
            <form on:submit=submit novalidate aria-busy=move || (!loaded.get()).to_string()>
                <Field id="company-name" label=t(k::BRANDING_NAME) value=name error=errors[0] hint=t(k::BRANDING_NAME_HINT) />
                <Field id="logo-url" label=t(k::BRANDING_LOGO) value=logo error=errors[1] kind="url" hint=t(k::BRANDING_LOGO_HINT) />
                <LogoPreview address=logo />
                <Field id="contact" label=t(k::BRANDING_CONTACT) value=contact error=errors[2] hint=t(k::BRANDING_CONTACT_HINT) />
                <button type="submit" class="primary" id="save-branding" disabled=move || busy.get() || !loaded.get()>
                    {move || if busy.get() { t(k::UI_SAVING) } else { t(k::BRANDING_SAVE) }}
                </button>
            </form>
        </section>
    }
}

/// One number of the limits form: its API name, label, bounds for the hint.
struct LimitField {
    name: &'static str,
    label: &'static str,
    hint: &'static str,
    value: RwSignal<String>,
    error: RwSignal<Option<String>>,
}

const LIMITS: [(&str, Key, Key); 9] = [
    ("code_digits", k::BRANDING_CODE_DIGITS, k::BRANDING_CODE_DIGITS_HINT),
    ("code_lifetime_seconds", k::BRANDING_CODE_LIFETIME, k::BRANDING_CODE_LIFETIME_HINT),
    ("flow_lifetime_seconds", k::BRANDING_FLOW_LIFETIME, k::BRANDING_FLOW_LIFETIME_HINT),
    ("code_attempts", k::BRANDING_CODE_ATTEMPTS, k::BRANDING_CODE_ATTEMPTS_HINT),
    ("sends_per_flow", k::BRANDING_SENDS_PER_FLOW, k::BRANDING_SENDS_PER_FLOW_HINT),
    ("failed_proofs_per_day", k::BRANDING_FAILED_PROOFS, k::BRANDING_FAILED_PROOFS_HINT),
    ("phone_sends_per_hour", k::BRANDING_PHONE_SENDS, k::BRANDING_PHONE_SENDS_HINT),
    ("emails_per_ten_minutes", k::BRANDING_EMAILS, k::BRANDING_EMAILS_HINT),
    ("block_hours", k::BRANDING_BLOCK_HOURS, k::BRANDING_BLOCK_HOURS_HINT),
];

#[component]
fn LimitsForm() -> impl IntoView {
    let ctx = expect_context::<Ctx>();
    let fields: StoredValue<Vec<LimitField>> = StoredValue::new(
        LIMITS
            .iter()
            .map(|(name, label, hint)| LimitField {
                name,
                label: t(*label),
                hint: t(*hint),
                value: RwSignal::new(String::new()),
                error: RwSignal::new(None),
            })
            .collect(),
    );
    let decoy = RwSignal::new(String::new());
    let decoy_error = RwSignal::new(None);
    let error = RwSignal::new(None);
    let done = RwSignal::new(None);
    let loaded = RwSignal::new(false);
    let busy = RwSignal::new(false);
    let fill = move |l: &ResetLimits| {
        let values = [
            u64::from(l.code_digits),
            l.code_lifetime_seconds,
            l.flow_lifetime_seconds,
            u64::from(l.code_attempts),
            u64::from(l.sends_per_flow),
            u64::from(l.failed_proofs_per_day),
            u64::from(l.phone_sends_per_hour),
            u64::from(l.emails_per_ten_minutes),
            u64::from(l.block_hours),
        ];
        fields.with_value(|f| f.iter().zip(values).for_each(|(f, v)| f.value.set(v.to_string())));
        decoy.set(l.decoy_email_domain.clone());
    };
    let fail = move |e: ApiError| {
        let field = e.problem().and_then(|p| p.field.clone());
        let placed = fields.with_value(|f| match (field.as_deref(), e.problem()) {
            (Some("decoy_email_domain"), Some(p)) => {
                decoy_error.set(Some(p.detail.clone()));
                true
            }
            (Some(name), Some(p)) => {
                f.iter().find(|f| f.name == name).map(|f| f.error.set(Some(p.detail.clone()))).is_some()
            }
            _ => false,
        });
        if !placed {
            ctx.failed(&e, error);
        }
    };
    if let Some(token) = ctx.token() {
        spawn_local(async move {
            match api::reset_limits(&token).await {
                Ok(l) => {
                    fill(&l);
                    loaded.set(true);
                }
                Err(e) => fail(e),
            }
        });
    }
    let read = move || -> Option<ResetLimits> {
        let numbers: Vec<Option<u64>> = fields.with_value(|f| {
            f.iter()
                .map(|f| {
                    f.error.set(None);
                    let n = f.value.get_untracked().trim().parse::<u64>().ok();
                    if n.is_none() {
                        f.error.set(Some(t(k::BRANDING_WHOLE_NUMBER).to_owned()));
                    }
                    n
                })
                .collect()
        });
        let n: Vec<u64> = numbers.into_iter().collect::<Option<_>>()?;
        let small = |v: u64| u8::try_from(v).unwrap_or(u8::MAX);
        Some(ResetLimits {
            code_digits: small(n[0]),
            code_lifetime_seconds: n[1],
            flow_lifetime_seconds: n[2],
            code_attempts: small(n[3]),
            sends_per_flow: small(n[4]),
            failed_proofs_per_day: small(n[5]),
            phone_sends_per_hour: small(n[6]),
            emails_per_ten_minutes: small(n[7]),
            block_hours: u32::try_from(n[8]).unwrap_or(u32::MAX),
            decoy_email_domain: decoy.get_untracked().trim().to_owned(),
        })
    };
    let submit = move |ev: SubmitEvent| {
        ev.prevent_default();
        decoy_error.set(None);
        let (Some(token), Some(body)) = (ctx.token(), read()) else { return };
        error.set(None);
        done.set(None);
        busy.set(true);
        spawn_local(async move {
            match api::save_reset_limits(&token, &body).await {
                Ok(saved) => {
                    fill(&saved);
                    done.set(Some(Notice::new(t(k::UI_SAVED), t(k::BRANDING_LIMITS_SAVED_BODY))));
                }
                Err(e) => fail(e),
            }
            busy.set(false);
        });
    };
    view! {
        <section class="card wide" aria-labelledby="limits-title">
            <h2 id="limits-title">{t(k::BRANDING_LIMITS_TITLE)}</h2>
            <p class="lead">{t(k::BRANDING_LIMITS_LEAD)}</p>
            <NoticeBox notice=done tone="success" />
            <NoticeBox notice=error />
            <form on:submit=submit novalidate class="two-columns" aria-busy=move || (!loaded.get()).to_string()>
                {fields.with_value(|f| f.iter().map(|f| view! {
                    <Field id=f.name label=f.label value=f.value error=f.error hint=f.hint inputmode="numeric" />
                }).collect_view())}
                <Field id="decoy_email_domain" label=t(k::BRANDING_DECOY_DOMAIN) value=decoy error=decoy_error
                    hint=t(k::BRANDING_DECOY_DOMAIN_HINT) />
                <div class="buttons">
                    <button type="submit" class="primary" id="save-limits" disabled=move || busy.get() || !loaded.get()>
                        {move || if busy.get() { t(k::UI_SAVING) } else { t(k::BRANDING_SAVE_LIMITS) }}
                    </button>
                </div>
            </form>
        </section>
    }
}

/// The logo as the portal's header will show it, while the address is
/// typed; an address that does not load says so before anyone saves it.
#[component]
fn LogoPreview(address: RwSignal<String>) -> impl IntoView {
    let broken = RwSignal::new(false);
    Effect::new(move || {
        address.track();
        broken.set(false);
    });
    let shown =
        move || address.with(|a| a.trim().starts_with("https://")).then(|| address.get().trim().to_owned());
    view! {
        {move || shown().map(|src| view! {
            <figure class="logo-preview" aria-live="polite">
                <div class="logo-frame">
                    <img src=src alt=t(k::BRANDING_LOGO_ALT) width="64" height="64"
                        class:hidden=move || broken.get()
                        on:error=move |_| broken.set(true) on:load=move |_| broken.set(false) />
                </div>
                <figcaption>{move || if broken.get() {
                    t(k::BRANDING_LOGO_BROKEN)
                } else {
                    t(k::BRANDING_LOGO_PREVIEW)
                }}</figcaption>
            </figure>
        })}
    }
}
