//! The audit trail as a live stream, for integrators' SIEMs and automation.
//!
//! The source is the audit trail's own change feed (DynamoDB Streams on the
//! audit table), not a second write beside it: an event that was part of a
//! transaction that rolled back was never stored, so it never reaches the
//! feed, and nothing can be published that the trail does not hold. An
//! outbox would need a second item in every transaction and a sweeper to
//! drain it; the feed is that outbox already, kept by the database.
//!
//! This module decides what goes to the bus and in which order: each
//! subject's (usually a user's) events in the order they were stored, each
//! once. Events of different subjects go out together, so a slow or
//! refused entry holds back only its own subject.

use std::collections::{HashMap, VecDeque};

use async_trait::async_trait;
use chrono::{DateTime, Utc};
use serde::Serialize;

use crate::model::audit::{Action, Activity, AuditEvent, Outcome, Reason};
use crate::model::error::PortError;
use crate::model::methods::MethodKind;
use crate::model::values::UserId;

/// The `source` every published event carries, for integrators' rules.
pub const SOURCE: &str = "latchkey";

/// How often one entry is offered to the bus before its batch gives up.
pub const ATTEMPTS: u32 = 4;

/// An event as it committed, with where it sits in the change feed.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Committed {
    /// The feed's position of the record (a DynamoDB Streams sequence number):
    /// where to resume if the batch stops before this event.
    pub position: String,
    pub event: AuditEvent,
}

/// Where published events go (an EventBridge bus).
#[async_trait]
pub trait EventBus: Send + Sync {
    /// Publishes `events` — never two of one subject, so their order does not
    /// matter — and returns the indices of those the bus did not take this
    /// time (throttled, or the call failed); the rest are published.
    async fn publish(&self, events: &[&AuditEvent]) -> Result<Vec<usize>, PortError>;

    /// Waits before offering refused entries again (`round` counts from 1).
    async fn pause(&self, round: u32);
}

/// What integrators receive as an event's `detail`: the audit event, with
/// its report activity. It never holds a secret: audit events hold none.
#[derive(Debug, Serialize)]
pub struct Detail<'a> {
    pub id: &'a str,
    pub at: DateTime<Utc>,
    pub action: Action,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub activity: Option<Activity>,
    pub outcome: Outcome,
    pub actor: Option<&'a UserId>,
    pub target: Option<&'a UserId>,
    pub target_name: Option<&'a str>,
    pub reason: Option<&'a Reason>,
    pub methods: &'a [MethodKind],
    pub client_ip: Option<&'a str>,
    pub user_agent: Option<&'a str>,
    /// What orders this event among its subject's: see [`subject`].
    pub subject: String,
}

impl<'a> Detail<'a> {
    pub fn of(event: &'a AuditEvent) -> Self {
        Self {
            id: &event.id,
            at: event.at,
            action: event.action,
            activity: event.activity(),
            outcome: event.outcome,
            actor: event.actor.as_ref(),
            target: event.target.as_ref(),
            target_name: event.target_name.as_deref(),
            reason: event.reason.as_ref(),
            methods: &event.methods,
            client_ip: event.client_ip.as_deref(),
            user_agent: event.user_agent.as_deref(),
            subject: subject(event),
        }
    }
}

/// Whose events must keep their order: the account acted on, else the name
/// given for it, else who acted; an event about nothing stands alone.
pub fn subject(event: &AuditEvent) -> String {
    match (&event.target, &event.target_name, &event.actor) {
        (Some(user), ..) => format!("user:{user}"),
        (None, Some(name), _) => format!("name:{name}"),
        (None, None, Some(actor)) => format!("user:{actor}"),
        (None, None, None) => format!("event:{}", event.id),
    }
}

/// A batch that could not be published whole.
#[derive(Debug, thiserror::Error)]
#[error("the event bus did not take event {first} of the batch (and {left} after it) in {ATTEMPTS} tries")]
pub struct Unpublished {
    /// The first event (an index into the batch) not published: the batch
    /// resumes there. Events of other subjects after it may have been
    /// published and then go out again: integrators drop them by `id`.
    pub first: usize,
    pub left: usize,
    #[source]
    pub cause: Option<PortError>,
}

/// Publishes `batch` (in feed order): each subject's events one after the
/// other, all subjects at once. Returns how many were published.
pub async fn publish_in_order(bus: &dyn EventBus, batch: &[Committed]) -> Result<usize, Unpublished> {
    let mut queues: Vec<VecDeque<usize>> = Vec::new();
    let mut by_subject: HashMap<String, usize> = HashMap::new();
    for (i, committed) in batch.iter().enumerate() {
        let queue = *by_subject.entry(subject(&committed.event)).or_insert_with(|| {
            queues.push(VecDeque::new());
            queues.len() - 1
        });
        queues[queue].push_back(i);
    }
    let mut refusals = vec![0u32; batch.len()];
    let mut stuck = vec![false; queues.len()];
    let mut cause = None;
    let mut published = 0;
    // Pauses come only after a round the bus refused something in: a
    // subject's events in one batch take a round each, and those go at once.
    let mut refusing_rounds = 0;
    loop {
        let heads: Vec<(usize, usize)> = queues
            .iter()
            .enumerate()
            .filter(|(q, _)| !stuck[*q])
            .filter_map(|(q, queue)| queue.front().map(|&i| (q, i)))
            .collect();
        if heads.is_empty() {
            break;
        }
        if refusing_rounds > 0 {
            bus.pause(refusing_rounds).await;
        }
        let events: Vec<&AuditEvent> = heads.iter().map(|&(_, i)| &batch[i].event).collect();
        let refused = match bus.publish(&events).await {
            Ok(refused) => refused,
            Err(err) => {
                cause = Some(err);
                (0..heads.len()).collect()
            }
        };
        let mut any_refused = false;
        for (n, &(q, i)) in heads.iter().enumerate() {
            if refused.contains(&n) {
                any_refused = true;
                refusals[i] += 1;
                if refusals[i] >= ATTEMPTS {
                    stuck[q] = true;
                }
            } else {
                queues[q].pop_front();
                published += 1;
            }
        }
        refusing_rounds = if any_refused { refusing_rounds + 1 } else { 0 };
    }
    let left: Vec<usize> = queues.iter().flatten().copied().collect();
    match left.iter().min() {
        None => Ok(published),
        Some(&first) => Err(Unpublished { first, left: left.len() - 1, cause }),
    }
}

#[cfg(test)]
mod tests {
    use std::sync::Mutex;

    use super::*;

    /// A bus that records what it took, refusing the events named in `refuse`
    /// (by id) the given number of times.
    #[derive(Default)]
    struct Bus {
        taken: Mutex<Vec<Vec<String>>>,
        refuse: Mutex<HashMap<String, u32>>,
        pauses: Mutex<u32>,
    }

    #[async_trait]
    impl EventBus for Bus {
        async fn publish(&self, events: &[&AuditEvent]) -> Result<Vec<usize>, PortError> {
            let mut refuse = self.refuse.lock().unwrap();
            let mut refused = Vec::new();
            let mut call = Vec::new();
            for (n, e) in events.iter().enumerate() {
                match refuse.get_mut(&e.id) {
                    Some(left) if *left > 0 => {
                        *left -= 1;
                        refused.push(n);
                    }
                    _ => call.push(e.id.clone()),
                }
            }
            self.taken.lock().unwrap().push(call);
            Ok(refused)
        }
        async fn pause(&self, _round: u32) {
            *self.pauses.lock().unwrap() += 1;
        }
    }

    fn event(id: &str, user: &str) -> Committed {
        Committed {
            position: format!("seq-{id}"),
            event: AuditEvent {
                id: id.into(),
                at: DateTime::from_timestamp(1_800_000_000, 0).unwrap(),
                actor: None,
                target: Some(UserId::new(user)),
                target_name: Some(user.into()),
                action: Action::ResetStarted,
                outcome: Outcome::Success,
                reason: None,
                client_ip: None,
                user_agent: None,
                methods: vec![],
            },
        }
    }

    fn flat(bus: &Bus) -> Vec<String> {
        bus.taken.lock().unwrap().iter().flatten().cloned().collect()
    }

    #[tokio::test]
    async fn each_subjects_events_go_in_order_and_subjects_together() {
        let batch = [event("a1", "alice"), event("a2", "alice"), event("b1", "bob"), event("a3", "alice")];
        let bus = Bus::default();
        assert_eq!(publish_in_order(&bus, &batch).await.unwrap(), 4);
        let calls = bus.taken.lock().unwrap().clone();
        assert_eq!(calls, vec![vec!["a1", "b1"], vec!["a2"], vec!["a3"]]);
        assert_eq!(*bus.pauses.lock().unwrap(), 0, "nothing refused: the rounds follow at once");
    }

    #[tokio::test]
    async fn a_refused_entry_holds_back_its_subject_only_and_is_retried_after_a_pause() {
        let batch = [event("a1", "alice"), event("a2", "alice"), event("b1", "bob"), event("b2", "bob")];
        let bus = Bus::default();
        bus.refuse.lock().unwrap().insert("a1".into(), 2);
        assert_eq!(publish_in_order(&bus, &batch).await.unwrap(), 4);
        let order = flat(&bus);
        assert_eq!(order.iter().filter(|id| *id == "a1").count(), 1, "published once: {order:?}");
        let pos = |id: &str| order.iter().position(|x| x == id).unwrap();
        assert!(pos("a1") < pos("a2") && pos("b1") < pos("b2"), "{order:?}");
        assert!(*bus.pauses.lock().unwrap() >= 2);
    }

    #[tokio::test]
    async fn an_entry_refused_every_time_stops_its_subject_and_names_where_to_resume() {
        let batch = [event("b1", "bob"), event("a1", "alice"), event("a2", "alice"), event("b2", "bob")];
        let bus = Bus::default();
        bus.refuse.lock().unwrap().insert("a1".into(), u32::MAX);
        let err = publish_in_order(&bus, &batch).await.unwrap_err();
        assert_eq!(err.first, 1, "resume at a1");
        assert_eq!(err.left, 1, "a2 waits behind it");
        let order = flat(&bus);
        assert!(!order.contains(&"a2".to_string()), "never ahead of a1: {order:?}");
        assert!(order.contains(&"b2".to_string()), "bob is not held back: {order:?}");
    }

    #[test]
    fn the_detail_names_the_activity_and_the_subject() {
        let e = event("x", "alice").event;
        let detail = Detail::of(&e);
        assert_eq!(detail.activity, Some(Activity::FlowProgress));
        assert!(detail.subject.starts_with("user:"));
    }
}
