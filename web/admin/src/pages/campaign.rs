//! The registration campaign: the users who have too few reset methods are
//! invited by email and asked at sign-in, "now or later", until they
//! register. The screen shows the running campaign's rules and its progress
//! as the scheduled work last counted it (a stacked bar of the targeted
//! users), and, for those who manage settings, the form that starts or
//! changes it and the button that ends it. Report readers only read it.

use latchkey_dto::{
    CampaignOverview, CampaignProgress, CampaignRequest, CampaignStatus, CampaignTarget, Problem,
};
use latchkey_web::field::Field;
use latchkey_web::i18n::{number, t, tf};
use latchkey_web::time::local_date_time;
use leptos::ev::SubmitEvent;
use leptos::prelude::*;
use leptos::task::spawn_local;

use crate::api;
use crate::app::{Ctx, Perm};
use crate::k;
use crate::ui::{
    Check, ConfirmButton, GROUP_NAMES, GroupNames, Notice, NoticeBox, Select, focus_by_id, list,
};

/// The most "later"s a campaign allows, and the most days between.
const MAX_SNOOZES: u8 = 10;
const MAX_SNOOZE_DAYS: u8 = 14;

#[component]
pub fn CampaignScreen() -> impl IntoView {
    let ctx = expect_context::<Ctx>();
    let error = RwSignal::new(None::<Notice>);
    let done = RwSignal::new(None::<Notice>);
    // `None` until read; then the running campaign, if any.
    let current = RwSignal::new(None::<Option<CampaignStatus>>);
    let editing = RwSignal::new(false);
    let busy = RwSignal::new(false);
    let loading = RwSignal::new(true);
    // Read once: a refreshed session must not redraw the form being filled in.
    let manage = ctx.may(Perm::Settings);
    if let Some(token) = ctx.token() {
        spawn_local(async move {
            match api::campaign(&token).await {
                Ok(overview) => current.set(Some(overview.current)),
                Err(e) => ctx.failed(&e, error),
            }
            loading.set(false);
        });
    }
    let end = Callback::new(move |()| {
        let Some(token) = ctx.token() else { return };
        busy.set(true);
        error.set(None);
        done.set(None);
        spawn_local(async move {
            match api::end_campaign(&token).await {
                Ok(()) => {
                    current.set(Some(None));
                    editing.set(false);
                    done.set(Some(Notice::new(t(k::CAMPAIGN_ENDED_TITLE), t(k::CAMPAIGN_ENDED_BODY))));
                }
                Err(e) => ctx.failed(&e, error),
            }
            busy.set(false);
        });
    });
    let started = Callback::new(move |overview: CampaignOverview| {
        current.set(Some(overview.current));
        editing.set(false);
        done.set(Some(Notice::new(t(k::CAMPAIGN_STARTED_TITLE), t(k::CAMPAIGN_STARTED_BODY))));
    });
    view! {
        <section class="card wide campaign" aria-busy=move || loading.get().to_string()>
            <h1 id="page-title" tabindex="-1">{t(k::CAMPAIGN_TITLE)}</h1>
            <p class="lead">{t(k::CAMPAIGN_LEAD)}</p>
            <NoticeBox notice=done tone="success" />
            <NoticeBox notice=error />
            {move || match current.get() {
                None if loading.get() => {
                    view! { <p class="loading" role="status">{t(k::CAMPAIGN_LOADING)}</p> }.into_any()
                }
                // Unreadable: the notice above says why.
                None => ().into_any(),
                Some(None) => view! {
                    <h2>{t(k::CAMPAIGN_NONE)}</h2>
                    <p>{t(k::CAMPAIGN_NONE_BODY)}</p>
                    {manage.then(|| view! { <CampaignForm running=None started error /> })}
                }
                .into_any(),
                Some(Some(c)) => view! { <Running c editing busy end started error /> }.into_any(),
            }}
        </section>
    }
}

/// The running campaign: its progress, its rules, and (for those who
/// manage settings) "Change" and "End campaign".
#[component]
fn Running(
    c: CampaignStatus,
    editing: RwSignal<bool>,
    busy: RwSignal<bool>,
    end: Callback<()>,
    started: Callback<CampaignOverview>,
    error: RwSignal<Option<Notice>>,
) -> impl IntoView {
    let ctx = expect_context::<Ctx>();
    let form_for = StoredValue::new(c.clone());
    let progress = match c.progress.clone() {
        Some(p) => view! { <Progress p /> }.into_any(),
        None => {
            view! { <p class="hint" id="campaign-progress-pending">{t(k::CAMPAIGN_PROGRESS_PENDING)}</p> }
                .into_any()
        }
    };
    let actions = ctx.may(Perm::Settings).then(|| {
        let form = move || {
            let cancel = Callback::new(move |()| editing.set(false));
            view! { <CampaignForm running=Some(form_for.get_value()) started error cancel /> }
        };
        view! {
            <Show when=move || !editing.get() fallback=form>
                <div class="buttons">
                    <button type="button" class="secondary" id="campaign-change" on:click=move |_| editing.set(true)>
                        {t(k::CAMPAIGN_CHANGE)}
                    </button>
                    <ConfirmButton label=t(k::CAMPAIGN_END) busy=Signal::derive(move || busy.get())
                        warning=t(k::CAMPAIGN_END_WARNING).to_owned()
                        confirm=t(k::CAMPAIGN_END_CONFIRM) on_confirm=end />
                </div>
            </Show>
        }
    });
    view! {
        <h2>{t(k::CAMPAIGN_PROGRESS)}</h2>
        {progress}
        <h2>{t(k::CAMPAIGN_RULES)}</h2>
        <Rules c />
        {actions}
    }
}

/// What the campaign asks, as facts.
#[component]
fn Rules(c: CampaignStatus) -> impl IntoView {
    let who = match c.target {
        CampaignTarget::All => t(k::CAMPAIGN_TARGET_ALL).to_owned(),
        CampaignTarget::Groups => tf(
            k::CAMPAIGN_TARGET_GROUPS_NAMED,
            &[("groups", c.groups.join(t(k::REPORTS_LIST_SEPARATOR)).into())],
        ),
    };
    let laters = match c.max_snoozes {
        0 => t(k::CAMPAIGN_LATERS_NONE).to_owned(),
        n => tf(k::CAMPAIGN_LATERS_COUNT, &[("count", n.into())]),
    };
    let days = match c.snooze_days {
        0 => t(k::CAMPAIGN_DAYS_NONE).to_owned(),
        n => tf(k::CAMPAIGN_DAYS_COUNT, &[("count", n.into())]),
    };
    let invite = t(if c.invite { k::CAMPAIGN_INVITE_ON } else { k::CAMPAIGN_INVITE_OFF });
    view! {
        <dl class="facts" id="campaign-rules">
            <dt>{t(k::CAMPAIGN_TARGET)}</dt><dd>{who}</dd>
            <dt>{t(k::CAMPAIGN_LATERS)}</dt><dd>{laters}</dd>
            <dt>{t(k::CAMPAIGN_DAYS)}</dt><dd>{days}</dd>
            <dt>{t(k::CAMPAIGN_INVITE)}</dt><dd>{invite}</dd>
            <dt>{t(k::CAMPAIGN_STARTED)}</dt><dd>{local_date_time(&c.started_at)}</dd>
        </dl>
    }
}

/// A count the reader's way.
fn count(n: u32) -> String {
    number(f64::from(n))
}

/// The targeted users as one bar, split into registered, put off, required
/// and not reached yet, with a legend of the numbers; then the invitations,
/// the registrations since the start, and when it was counted.
#[component]
fn Progress(p: CampaignProgress) -> impl IntoView {
    // Registered users are never put off or required: the four parts add up.
    let waiting =
        p.targeted.saturating_sub(p.registered).saturating_sub(p.snoozed).saturating_sub(p.required);
    let parts = [
        (t(k::CAMPAIGN_REGISTERED), "c0", p.registered),
        (t(k::CAMPAIGN_SNOOZED), "c2", p.snoozed),
        (t(k::CAMPAIGN_REQUIRED), "c3", p.required),
        (t(k::CAMPAIGN_WAITING), "c4", waiting),
    ];
    let summary = tf(
        k::CAMPAIGN_CHART_SUMMARY,
        &[
            ("targeted", p.targeted.into()),
            ("registered", p.registered.into()),
            ("snoozed", p.snoozed.into()),
            ("required", p.required.into()),
            ("waiting", waiting.into()),
        ],
    );
    // Whole SVG units, in integers: no float formatting in the bundle.
    let whole = parts.iter().map(|(_, _, n)| u64::from(*n)).sum::<u64>().max(1);
    let mut before = 0u64;
    let bars = parts
        .iter()
        .filter(|(_, _, n)| *n > 0)
        .map(|(_, class, n)| {
            let x = before * 640 / whole;
            before += u64::from(*n);
            let width = before * 640 / whole - x;
            view! {
                <rect class=format!("chart-bar {class}") data-value=*n x=x.to_string() y="0"
                    width=width.to_string() height="32" />
            }
        })
        .collect_view();
    let legend = parts
        .into_iter()
        .map(|(name, class, n)| {
            view! {
                <li>
                    <svg class="swatch" viewBox="0 0 12 12" aria-hidden="true"><rect class=class width="12" height="12" /></svg>
                    {name} " " <strong>{count(n)}</strong>
                </li>
            }
        })
        .collect_view();
    let chart = (p.targeted > 0).then(|| {
        view! {
            <svg role="img" aria-label=summary viewBox="0 0 640 32" preserveAspectRatio="none">{bars}</svg>
            <ul class="legend">{legend}</ul>
        }
    });
    view! {
        <figure class="chart" id="campaign-chart">
            <figcaption>{tf(k::CAMPAIGN_CHART_TITLE, &[("count", p.targeted.into())])}</figcaption>
            {chart.map_or_else(|| view! { <p>{t(k::CAMPAIGN_NO_TARGETS)}</p> }.into_any(), IntoAny::into_any)}
        </figure>
        <dl class="facts" id="campaign-figures">
            <dt>{t(k::CAMPAIGN_INVITED)}</dt><dd>{count(p.invited)}</dd>
            <dt>{t(k::CAMPAIGN_REGISTERED_SINCE)}</dt><dd>{count(p.registered_since)}</dd>
            <dt>{t(k::CAMPAIGN_COUNTED_AT)}</dt><dd id="campaign-counted-at">{local_date_time(&p.counted_at)}</dd>
        </dl>
    }
}

/// The form's state: the numbers as typed, and each field's own error.
#[derive(Clone, Copy)]
struct Form {
    target: RwSignal<String>,
    groups: RwSignal<String>,
    laters: RwSignal<String>,
    days: RwSignal<String>,
    invite: RwSignal<bool>,
    groups_error: RwSignal<Option<String>>,
    laters_error: RwSignal<Option<String>>,
    days_error: RwSignal<Option<String>>,
}

impl Form {
    /// Filled from the running campaign, or a new one's defaults.
    fn new(from: Option<&CampaignStatus>) -> Self {
        let target = match from.map(|c| c.target) {
            Some(CampaignTarget::Groups) => "groups",
            _ => "all",
        };
        Form {
            target: RwSignal::new(target.to_owned()),
            groups: RwSignal::new(from.map(|c| c.groups.join(", ")).unwrap_or_default()),
            laters: RwSignal::new(from.map_or(3, |c| c.max_snoozes).to_string()),
            days: RwSignal::new(from.map_or(7, |c| c.snooze_days).to_string()),
            invite: RwSignal::new(from.is_none_or(|c| c.invite)),
            groups_error: RwSignal::new(None),
            laters_error: RwSignal::new(None),
            days_error: RwSignal::new(None),
        }
    }

    /// The campaign as filled in; `None` (each wrong field told why) when
    /// a number is out of its range or a groups target names none.
    fn read(self) -> Option<CampaignRequest> {
        let number = |value: RwSignal<String>, error: RwSignal<Option<String>>, max: u8| {
            let parsed = value.get_untracked().trim().parse::<u8>().ok().filter(|n| *n <= max);
            let why = tf(k::CAMPAIGN_FORM_WHOLE_NUMBER, &[("min", 0u8.into()), ("max", max.into())]);
            error.set(parsed.is_none().then_some(why));
            parsed
        };
        let max_snoozes = number(self.laters, self.laters_error, MAX_SNOOZES);
        let snooze_days = number(self.days, self.days_error, MAX_SNOOZE_DAYS);
        let target = if self.target.get_untracked() == "groups" {
            CampaignTarget::Groups
        } else {
            CampaignTarget::All
        };
        let groups =
            if target == CampaignTarget::Groups { list(&self.groups.get_untracked()) } else { Vec::new() };
        let no_groups = target == CampaignTarget::Groups && groups.is_empty();
        self.groups_error.set(no_groups.then(|| t(k::CAMPAIGN_FORM_GROUPS_NEEDED).to_owned()));
        if no_groups {
            return None;
        }
        Some(CampaignRequest {
            target,
            groups,
            snooze_days: snooze_days?,
            max_snoozes: max_snoozes?,
            invite: self.invite.get_untracked(),
        })
    }

    /// Puts the server's complaint next to the field it names; false if it names none here.
    fn show(self, problem: &Problem) -> bool {
        let slot = match problem.field.as_deref() {
            Some("max_snoozes") => self.laters_error,
            Some("snooze_days") => self.days_error,
            Some(f) if f.starts_with("groups") => self.groups_error,
            _ => return false,
        };
        slot.set(Some(problem.detail.clone()));
        true
    }
}

/// Starts a campaign, or changes the running one (`running`), which starts
/// it afresh: asked once more before it does.
#[component]
fn CampaignForm(
    running: Option<CampaignStatus>,
    started: Callback<CampaignOverview>,
    error: RwSignal<Option<Notice>>,
    /// Closes the form without saving (a running campaign's "Change").
    #[prop(optional)]
    cancel: Option<Callback<()>>,
) -> impl IntoView {
    let ctx = expect_context::<Ctx>();
    let form = Form::new(running.as_ref());
    let replacing = running.is_some();
    let asking = RwSignal::new(false);
    let busy = RwSignal::new(false);
    let submit = move |ev: SubmitEvent| {
        ev.prevent_default();
        let Some(request) = form.read() else { return };
        if replacing && !asking.get_untracked() {
            asking.set(true);
            request_animation_frame(|| focus_by_id("campaign-restart-confirm"));
            return;
        }
        let Some(token) = ctx.token() else { return };
        if busy.get_untracked() {
            return;
        }
        asking.set(false);
        busy.set(true);
        error.set(None);
        spawn_local(async move {
            match api::start_campaign(&token, &request).await {
                Ok(overview) => started.run(overview),
                Err(e) => match e.problem() {
                    Some(p) if form.show(p) => {}
                    _ => ctx.failed(&e, error),
                },
            }
            busy.set(false);
        });
    };
    let save = t(if replacing { k::CAMPAIGN_FORM_SAVE } else { k::CAMPAIGN_FORM_START });
    let title = t(if replacing { k::CAMPAIGN_FORM_TITLE_CHANGE } else { k::CAMPAIGN_FORM_TITLE_NEW });
    let buttons = move || {
        view! {
            <div class="buttons">
                <button type="submit" class="primary" id="campaign-save" disabled=move || busy.get()>
                    {move || if busy.get() { t(k::UI_SAVING) } else { save }}
                </button>
                {cancel.map(|cancel| view! {
                    <button type="button" class="secondary" on:click=move |_| cancel.run(())>{t(k::UI_CANCEL)}</button>
                })}
            </div>
        }
    };
    view! {
        <form class="panel" id="campaign-form" on:submit=submit novalidate aria-labelledby="campaign-form-title">
            <h2 id="campaign-form-title">{title}</h2>
            <CampaignFields form />
            <Show when=move || asking.get() fallback=buttons>
                <div class="confirm-panel" role="group" aria-label=tf(k::UI_CONFIRM_LABEL, &[("action", save.into())])>
                    <p>{t(k::CAMPAIGN_RESTART_WARNING)}</p>
                    <button type="submit" class="danger" id="campaign-restart-confirm" disabled=move || busy.get()>
                        {t(k::CAMPAIGN_RESTART_CONFIRM)}
                    </button>
                    <button type="button" class="link" on:click=move |_| asking.set(false)>{t(k::UI_CANCEL)}</button>
                </div>
            </Show>
        </form>
    }
}

/// Whom the campaign is for, how often and how long they may put it off,
/// and whether they are invited by email.
#[component]
fn CampaignFields(form: Form) -> impl IntoView {
    view! {
        <Select id="campaign-target" label=t(k::CAMPAIGN_FORM_TARGET) value=form.target options=vec![
            ("all", t(k::CAMPAIGN_TARGET_ALL)), ("groups", t(k::CAMPAIGN_TARGET_GROUPS))] />
        <Show when=move || form.target.get() == "groups">
            <GroupNames />
            <Field id="campaign-groups" label=t(k::CAMPAIGN_FORM_GROUPS) value=form.groups list=GROUP_NAMES
                hint=t(k::CAMPAIGN_FORM_GROUPS_HINT) error=form.groups_error />
        </Show>
        <Field id="campaign-laters" label=t(k::CAMPAIGN_FORM_LATERS) value=form.laters inputmode="numeric"
            hint=t(k::CAMPAIGN_FORM_LATERS_HINT) error=form.laters_error />
        <Field id="campaign-days" label=t(k::CAMPAIGN_FORM_DAYS) value=form.days inputmode="numeric"
            hint=t(k::CAMPAIGN_FORM_DAYS_HINT) error=form.days_error />
        <Check id="campaign-invite" label=t(k::CAMPAIGN_FORM_INVITE) value=form.invite />
    }
}
