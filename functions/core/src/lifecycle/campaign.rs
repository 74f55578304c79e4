//! The registration campaign's part of the scheduled pass: an invitation
//! by email to each targeted user who has too few methods (once per
//! campaign, marked on the user before it goes out), and the counts the
//! console's progress chart shows.

use chrono::{DateTime, Utc};

use crate::messaging::notices::{channels, send_email};
use crate::messaging::words::{self, Args};
use crate::model::audit::{Action, AuditEvent, Outcome, RequestMeta};
use crate::model::campaign::{CampaignMark, Standing, standing};
use crate::model::error::{Error, PortError};
use crate::model::registration::Status;
use crate::model::schedule::CampaignCount;
use crate::model::settings::OrgSettings;
use crate::model::user::User;
use crate::ports::Ports;

use super::{Lifecycle, Links};

/// Counts `user` for the running campaign into `count` (started afresh
/// when the campaign changed), and invites them if that is due; `true`
/// when an invitation went out.
pub(super) async fn visit(
    ports: &Ports,
    user: &User,
    settings: &OrgSettings,
    links: &Links,
    count: &mut CampaignCount,
    now: DateTime<Utc>,
) -> Result<bool, Error> {
    let Some(campaign) = &settings.registration.campaign else { return Ok(false) };
    if count.campaign != campaign.id {
        *count = CampaignCount { campaign: campaign.id.clone(), ..CampaignCount::default() };
    }
    if !campaign.targets(user, settings) {
        return Ok(false);
    }
    count.targeted += 1;
    let mark = campaign.mark(user);
    let status = crate::model::registration::status(user, settings, now).0;
    if status != Status::Incomplete {
        count.registered += 1;
        if user.registration.confirmed_at.is_some_and(|at| at >= campaign.started_at) {
            count.registered_since += 1;
        }
    }
    match standing(user, settings, now) {
        Standing::Snoozed { .. } => count.snoozed += 1,
        Standing::Required => count.required += 1,
        _ => {}
    }
    if mark.is_some_and(|m| m.invited_at.is_some()) {
        count.invited += 1;
        return Ok(false);
    }
    if !campaign.invite || status != Status::Incomplete || links.portal.is_none() {
        return Ok(false);
    }
    let mut marked = user.clone();
    let kept = mark
        .cloned()
        .unwrap_or_else(|| CampaignMark { campaign: campaign.id.clone(), ..CampaignMark::default() });
    marked.campaign = Some(CampaignMark { invited_at: Some(now), ..kept });
    marked.version += 1;
    let event = AuditEvent::about(
        ports.stamp(),
        None,
        &marked,
        (Action::CampaignInvitationSent, Outcome::Success),
        "",
        &RequestMeta::default(),
    );
    match ports.directory.update_user(&marked, &[event]).await {
        Ok(()) => {}
        // Changed meanwhile: the next pass looks again.
        Err(PortError::Conflict { .. }) => return Ok(false),
        Err(err) => return Err(err.into()),
    }
    count.invited += 1;
    invite(ports, &marked, settings, links).await;
    Ok(true)
}

/// The invitation in the user's language, to their addresses.
async fn invite(ports: &Ports, user: &User, settings: &OrgSettings, links: &Links) {
    let lang = words::of(user, settings);
    let args = Args::new().text("org", settings.name.as_str());
    let say = |id: &str, args: &Args| words::say_for(settings, lang, id, args);
    let link = links
        .register()
        .map(|url| say("campaign-invite-link", &Args::new().text("url", url)))
        .unwrap_or_default();
    let text = words::sentences(lang, &[&say("campaign-invite", &args), &link]);
    let subject = say("campaign-invite-subject", &args);
    for email in &channels(user).0 {
        send_email(ports, email, subject.clone(), &text, lang).await;
    }
}

/// A campaign as an administrator asks for it, every value checked.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CampaignRules {
    pub target: crate::model::settings::Scope,
    pub snooze_days: u8,
    pub max_snoozes: u8,
    pub invite: bool,
}

impl CampaignRules {
    pub fn new(
        target: crate::model::settings::Scope,
        snooze_days: u8,
        max_snoozes: u8,
        invite: bool,
    ) -> Result<Self, crate::model::values::ParseError> {
        use crate::model::campaign::{MAX_SNOOZE_DAYS, MAX_SNOOZES};
        use crate::model::values::ParseError;
        if snooze_days > MAX_SNOOZE_DAYS {
            return Err(ParseError::new("snooze_days", format!("must be between 0 and {MAX_SNOOZE_DAYS}")));
        }
        if max_snoozes > MAX_SNOOZES {
            return Err(ParseError::new("max_snoozes", format!("must be between 0 and {MAX_SNOOZES}")));
        }
        if matches!(&target, crate::model::settings::Scope::Groups { groups } if groups.is_empty())
            || target == crate::model::settings::Scope::None
        {
            return Err(ParseError::new("groups", "name at least one group"));
        }
        Ok(Self { target, snooze_days, max_snoozes, invite })
    }
}

impl Lifecycle {
    /// The running campaign and its last counts (an administrator who
    /// manages settings, or reads reports).
    pub async fn campaign(
        &self,
        caller: &crate::model::clients::Caller,
    ) -> Result<Option<(crate::model::campaign::Campaign, Option<CampaignCount>)>, Error> {
        let admin = crate::admin::Admin::new(self.ports.clone());
        admin.acting(caller, crate::model::roles::Permission::ReadReports).await?;
        let settings = self.ports.directory.settings().await?;
        let Some(campaign) = settings.registration.campaign else { return Ok(None) };
        let state = self.ports.directory.schedule().await?.unwrap_or_default();
        let counted = state.last_campaign.filter(|c| c.campaign == campaign.id);
        Ok(Some((campaign, counted)))
    }

    /// Starts a campaign (`Some`), replacing the running one, or ends it (`None`).
    pub async fn set_campaign(
        &self,
        caller: &crate::model::clients::Caller,
        rules: Option<CampaignRules>,
        meta: &RequestMeta,
    ) -> Result<(), Error> {
        let admin = crate::admin::Admin::new(self.ports.clone());
        let me = admin.acting(caller, crate::model::roles::Permission::Settings).await?;
        crate::on_contention!({
            let mut settings = self.ports.directory.settings().await?;
            let (action, reason) = match &rules {
                Some(rules) => {
                    let campaign = crate::model::campaign::Campaign {
                        id: self.ports.random.hex(8),
                        started_at: self.ports.clock.now(),
                        target: rules.target.clone(),
                        snooze_days: rules.snooze_days,
                        max_snoozes: rules.max_snoozes,
                        invite: rules.invite,
                    };
                    let reason = format!(
                        "campaign:{},snooze_days:{},max_snoozes:{}{}",
                        campaign.id,
                        campaign.snooze_days,
                        campaign.max_snoozes,
                        if campaign.invite { ",invite" } else { "" }
                    );
                    settings.registration.campaign = Some(campaign);
                    (Action::CampaignStarted, reason)
                }
                None => match settings.registration.campaign.take() {
                    Some(ended) => (Action::CampaignEnded, format!("campaign:{}", ended.id)),
                    None => return Ok(()),
                },
            };
            settings.version += 1;
            let mut event = AuditEvent::about(
                self.ports.stamp(),
                Some(&me.id),
                &me,
                (action, Outcome::Success),
                reason,
                meta,
            );
            event.target = None;
            event.target_name = None;
            self.ports.directory.save_settings(&settings, &event).await.map_err(Error::from)
        })
    }

    /// The signed-in user says "later" to the campaign's nudge; where they
    /// stand after it. `RegistrationRequired` when no "later" is left (or nothing to put off).
    pub async fn snooze_registration(
        &self,
        user_id: &crate::model::values::UserId,
        token: &crate::model::user::SessionToken,
        meta: &RequestMeta,
    ) -> Result<Standing, Error> {
        let settings = self.ports.directory.settings().await?;
        crate::on_contention!({
            let mut user = crate::access::session::session_user(&self.ports, user_id, token).await?;
            let now = self.ports.clock.now();
            if !crate::model::campaign::snooze(&mut user, &settings, now) {
                return Err(Error::RegistrationRequired);
            }
            user.version += 1;
            let event = AuditEvent::about(
                self.ports.stamp(),
                Some(&user.id),
                &user,
                (Action::RegistrationSnoozed, Outcome::Success),
                "",
                meta,
            );
            self.ports.directory.update_user(&user, &[event]).await?;
            Ok(standing(&user, &settings, now))
        })
    }
}
