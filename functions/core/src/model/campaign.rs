//! A registration campaign: the administrator's push to get everyone (or
//! some groups) to register their reset methods. Targeted users who have
//! too few are invited by email (by the scheduled work), and nudged at
//! sign-in with "set up now / later": they may put it off a chosen number
//! of times, a chosen number of days apart, after which registration is
//! required. One campaign runs at a time, kept in the settings, so a
//! sign-in reads nothing more to know where a user stands.

use chrono::{DateTime, Duration, Utc};
use serde::{Deserialize, Serialize};

use crate::model::registration::{self, Status};
use crate::model::settings::{OrgSettings, Scope};
use crate::model::user::User;

/// The longest a user may put registration off for at once, in days.
pub const MAX_SNOOZE_DAYS: u8 = 14;
/// The most times a user may put it off.
pub const MAX_SNOOZES: u8 = 10;

/// The campaign running, as the administrator started it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Campaign {
    /// New at every start: marks on users from an earlier campaign count for nothing.
    pub id: String,
    pub started_at: DateTime<Utc>,
    /// Who it is for (within self-service reset's own scope).
    pub target: Scope,
    /// Days between a "later" and the next nudge (0–14; 0: the next sign-in).
    pub snooze_days: u8,
    /// How many times a user may say "later" (0–10; 0: required at once).
    pub max_snoozes: u8,
    /// Email an invitation to each targeted user who has too few methods.
    pub invite: bool,
}

/// What a campaign did for one user (kept on the user).
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct CampaignMark {
    /// The campaign these marks belong to.
    pub campaign: String,
    pub invited_at: Option<DateTime<Utc>>,
    pub snoozes: u8,
    pub snoozed_at: Option<DateTime<Utc>>,
}

/// Where a user stands with the running campaign.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Standing {
    /// Not targeted, no campaign, or registered enough: nothing to do.
    Untouched,
    /// Asked at this sign-in: set up now, or later (`left` more times,
    /// each putting it off for `days`).
    Nudge { left: u8, days: u8 },
    /// Put off until then (`left` more times, `days` each).
    Snoozed { until: DateTime<Utc>, left: u8, days: u8 },
    /// No "later" left: registration comes first.
    Required,
}

impl Campaign {
    /// Whether the campaign is for `user` (and self-service reset is).
    pub fn targets(&self, user: &User, settings: &OrgSettings) -> bool {
        user.enabled && registration::in_scope(user, settings) && self.target.includes(&user.groups)
    }

    /// `user`'s marks for this campaign (none from an earlier one).
    pub fn mark<'a>(&self, user: &'a User) -> Option<&'a CampaignMark> {
        user.campaign.as_ref().filter(|m| m.campaign == self.id)
    }
}

/// Where `user` stands with the settings' campaign at `now`.
pub fn standing(user: &User, settings: &OrgSettings, now: DateTime<Utc>) -> Standing {
    let Some(campaign) = &settings.registration.campaign else { return Standing::Untouched };
    if !campaign.targets(user, settings) || registration::status(user, settings, now).0 != Status::Incomplete
    {
        return Standing::Untouched;
    }
    let mark = campaign.mark(user);
    let used = mark.map_or(0, |m| m.snoozes);
    let left = campaign.max_snoozes.saturating_sub(used);
    // A "later" is honoured for its days, the last one too.
    if let Some(at) = mark.and_then(|m| m.snoozed_at) {
        let until = at + Duration::days(i64::from(campaign.snooze_days));
        if now < until {
            return Standing::Snoozed { until, left, days: campaign.snooze_days };
        }
    }
    if left == 0 { Standing::Required } else { Standing::Nudge { left, days: campaign.snooze_days } }
}

/// Records a "later" from `user` at `now`; `false` when none is left (or
/// there is nothing to put off).
pub fn snooze(user: &mut User, settings: &OrgSettings, now: DateTime<Utc>) -> bool {
    let Some(campaign) = &settings.registration.campaign else { return false };
    if !matches!(standing(user, settings, now), Standing::Nudge { .. }) {
        return false;
    }
    let mark = match user.campaign.take() {
        Some(mark) if mark.campaign == campaign.id => mark,
        _ => CampaignMark { campaign: campaign.id.clone(), ..CampaignMark::default() },
    };
    user.campaign = Some(CampaignMark { snoozes: mark.snoozes + 1, snoozed_at: Some(now), ..mark });
    true
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::testing::sample_user;

    fn settings(max_snoozes: u8, snooze_days: u8) -> OrgSettings {
        let mut settings = crate::testing::test_settings();
        settings.registration.require_registration = false;
        settings.registration.campaign = Some(Campaign {
            id: "c1".into(),
            started_at: Utc::now(),
            target: Scope::All,
            snooze_days,
            max_snoozes,
            invite: true,
        });
        settings
    }

    #[test]
    fn a_user_says_later_as_many_times_as_allowed_days_apart_and_then_must_register() {
        let settings = settings(2, 3);
        let mut user = sample_user("adele");
        let now = Utc::now();
        assert_eq!(standing(&user, &settings, now), Standing::Nudge { left: 2, days: 3 });
        assert!(snooze(&mut user, &settings, now));
        assert!(matches!(standing(&user, &settings, now + Duration::days(2)), Standing::Snoozed { .. }));
        let later = now + Duration::days(3);
        assert_eq!(standing(&user, &settings, later), Standing::Nudge { left: 1, days: 3 });
        assert!(snooze(&mut user, &settings, later));
        assert!(
            matches!(standing(&user, &settings, later), Standing::Snoozed { left: 0, .. }),
            "the last later too"
        );
        assert_eq!(standing(&user, &settings, later + Duration::days(3)), Standing::Required);
        assert!(!snooze(&mut user, &settings, later + Duration::days(3)), "no later left");
    }

    #[test]
    fn a_new_campaign_starts_afresh_and_none_or_another_group_touches_nobody() {
        let mut settings = settings(1, 0);
        let mut user = sample_user("adele");
        let now = Utc::now();
        assert!(snooze(&mut user, &settings, now));
        assert_eq!(standing(&user, &settings, now), Standing::Required);
        settings.registration.campaign.as_mut().unwrap().id = "c2".into();
        assert_eq!(
            standing(&user, &settings, now),
            Standing::Nudge { left: 1, days: 0 },
            "marks of c1 count for nothing"
        );
        settings.registration.campaign.as_mut().unwrap().target =
            Scope::Groups { groups: [crate::model::values::GroupName::parse("Sales").unwrap()].into() };
        assert_eq!(standing(&user, &settings, now), Standing::Untouched);
        settings.registration.campaign = None;
        assert_eq!(standing(&user, &settings, now), Standing::Untouched);
    }
}
