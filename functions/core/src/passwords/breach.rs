//! Breached passwords (NIST SP 800-63B: a verifier SHALL refuse values known
//! to be compromised and say why; ASVS 5.0 6.2.12).
//!
//! The core sees only a 64-bit key of the password's SHA-1 (the hash the
//! Pwned Passwords corpus is published in), never sends the password or its
//! full hash anywhere, and asks the [`BreachedPasswords`] port whether the key
//! is known. Off, audit-only (record what would have been refused) or enforce.

use crate::model::audit::{Action, AuditEvent, Outcome, RequestMeta};
use crate::model::breach::{BreachKey, BreachMode, BreachRules};
use crate::model::error::PortError;
use crate::model::rejection::{Rejection, Rule};
use crate::model::user::User;
use crate::model::values::{Password, UserId};
use crate::ports::Ports;

/// The reason a breached password is refused with.
pub fn rejection() -> Rejection {
    Rejection {
        rule: Rule::Breached,
        detail:
            "appears in known data breaches, so attackers try it early; choose one you have not used before"
                .into(),
    }
}

/// Days the admin's impact preview looks back over.
pub const RECENT_DAYS: i64 = 30;

/// Checks `new` for `user` under `rules`: the rejection to add when it is
/// breached and the check enforces. Audit-only records the hit instead
/// (actor: who set the password; `None` for the user themselves or a
/// process). The tally is best effort: a failed counter write must not
/// refuse a password (the check itself failing does, as a 503).
pub async fn screen(
    ports: &Ports,
    actor: Option<&UserId>,
    user: &User,
    new: &Password,
    rules: BreachRules,
    meta: &RequestMeta,
) -> Result<Option<Rejection>, PortError> {
    if rules.mode == BreachMode::Off {
        return Ok(None);
    }
    let found = ports.breaches.lookup(BreachKey::of(new), rules.min_count).await?;
    let now = ports.clock.now();
    if let Err(err) = ports.breaches.tally(now.date_naive(), found.is_some()).await {
        tracing::warn!(error = %err, "could not count a breach check");
    }
    let Some(source) = found else { return Ok(None) };
    if rules.mode == BreachMode::Enforce {
        return Ok(Some(rejection()));
    }
    // Audit-only (off returned above): accepted, and recorded.
    let reason = format!("audit_only,{}", source.as_str());
    let outcome = (Action::BreachedPasswordAudited, Outcome::Success);
    let event = AuditEvent::about(ports.stamp(), actor.or(Some(&user.id)), user, outcome, &reason, meta);
    ports.audit.record(&event).await?;
    Ok(None)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::breach::BreachThreshold;
    use crate::ports::BreachedPasswords;

    #[test]
    fn the_key_is_the_start_of_the_sha1_the_corpus_uses() {
        // SHA-1("password") = 5BAA61E4C9B93F3F…
        let key = BreachKey::of(&Password::parse("password", "p").unwrap());
        assert_eq!(key.value(), 0x5BAA_61E4_C9B9_3F3F);
        assert_eq!(format!("{key:?}"), "BreachKey(***)");
    }

    #[test]
    fn thresholds_are_powers_of_ten_and_stored_as_numbers() {
        assert!(BreachThreshold::parse(50).is_err());
        assert_eq!(BreachThreshold::parse(100).unwrap().count(), 100);
        let rules: BreachRules = serde_json::from_str(r#"{"mode":"audit","min_count":10}"#).unwrap();
        assert_eq!(rules.mode, BreachMode::Audit);
        assert_eq!(rules.min_count.count(), 10);
        assert!(serde_json::from_str::<BreachRules>(r#"{"min_count":7}"#).is_err());
        assert_eq!(serde_json::from_str::<BreachRules>("{}").unwrap(), BreachRules::default());
        assert_eq!(BreachRules::default().mode, BreachMode::Enforce);
    }

    #[tokio::test]
    async fn enforce_refuses_audit_records_and_off_looks_nothing_up() {
        let world = crate::testing::FakeWorld::new();
        let user = world.add_adele("velvet-otter-compass-17", &[]).await;
        world.breaches.add("harbour-kestrel-91", 50);
        let breached = Password::parse("harbour-kestrel-91", "p").unwrap();
        let meta = RequestMeta::default();
        let rules = |mode, n| BreachRules {
            mode,
            min_count: BreachThreshold::parse(n).unwrap(),
            ..BreachRules::default()
        };
        let screen = |rules| screen(&world.ports, None, &user, &breached, rules, &meta);

        let refused = screen(rules(BreachMode::Enforce, 10)).await.unwrap().expect("refused");
        assert_eq!(refused.rule, Rule::Breached);
        assert!(!refused.detail.contains("harbour"));
        assert_eq!(screen(rules(BreachMode::Enforce, 100)).await.unwrap(), None, "seen 50 < 100 times");

        let events = world.audit.events.lock().unwrap().len();
        assert_eq!(screen(rules(BreachMode::Audit, 1)).await.unwrap(), None, "audit refuses nothing");
        let recorded = world.audit.events.lock().unwrap()[events..].to_vec();
        assert_eq!(recorded.len(), 1);
        assert_eq!(recorded[0].action, Action::BreachedPasswordAudited);
        assert_eq!(recorded[0].reason_text().as_deref(), Some("audit_only,corpus"));

        let today = world.ports.clock.now().date_naive();
        let tally = world.breaches.recent(today).await.unwrap();
        // Adele's first password was checked too.
        assert_eq!((tally.checked, tally.breached), (4, 2), "every check counted, hits apart");
        assert_eq!(screen(rules(BreachMode::Off, 1)).await.unwrap(), None);
        assert_eq!(world.breaches.recent(today).await.unwrap(), tally, "off looks nothing up");
    }
}
