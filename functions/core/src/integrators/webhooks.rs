//! Webhooks: administrators subscribe endpoints to event types; every
//! committed audit event a subscription wants is delivered to it, signed,
//! in each subject's order, retried for a day.
//!
//! The feed is the audit table's change stream, as for the event bus (see
//! [`crate::integrators::events`]): a change is never held up by a webhook,
//! and nothing is sent that the trail does not hold. Why a function of our
//! own rather than EventBridge API destinations: those sign with a fixed
//! header (API key, basic, OAuth) and cannot compute the Standard Webhooks
//! signature over each body, keep no delivery log an administrator can
//! read and redeliver from, and retry for at most a day with no per-subject
//! order. The function does three things:
//! - [`Deliverer::enqueue`] (from the stream) stores one delivery per
//!   wanting subscription — idempotently, keyed by the event — then pumps;
//! - [`Deliverer::pump`] sends a subscription's due deliveries, one lane
//!   (a subject's events) at a time in commit order, lanes side by side,
//!   under a short lease so two pumps never send the same lane at once;
//! - [`Deliverer::sweep`] (every minute, on a schedule) pumps every
//!   subscription: retries fall due, a redelivery goes out.

use std::collections::{BTreeMap, HashSet, VecDeque};
use std::sync::Arc;

use async_trait::async_trait;
use chrono::{DateTime, Duration, Utc};
use futures::StreamExt;
use secrecy::SecretSlice;
use serde::Serialize;

use crate::integrators::events::{Detail, EventBus, subject};
use crate::messaging::notices::{Notice, tell_admins};
use crate::model::audit::{Action, AuditEvent, Outcome, RequestMeta};
use crate::model::error::{Error, PortError};
use crate::model::registration::SealedSecret;
use crate::model::user::{SessionToken, User};
use crate::model::values::{ParseError, UserId};
use crate::model::webhooks::{
    Attempt, Delivery, DeliveryState, EndpointUrl, EventFilter, Health, ID_PREFIX, StoredSigningSecret,
    Subscription, WEBHOOKS_MAX, WebhookId,
};
use crate::ports::Ports;
pub use crate::ports::webhooks::{Outgoing, WebhookSender, WebhookStore};

/// How long one pump may hold a subscription: longer than a page of
/// attempts takes, short enough that a crashed pump is soon taken over.
pub const LEASE: Duration = Duration::seconds(60);
/// Pending deliveries one pump reads at a time.
pub const PAGE: usize = 500;
/// Lanes sent to at once.
pub const LANES_AT_ONCE: usize = 8;
/// A pump stops starting new pages after this, leaving the rest to the next.
pub const PUMP_BUDGET: Duration = Duration::seconds(40);
/// The longest description.
pub const DESCRIPTION_MAX: usize = 200;

/// The purpose a signing secret is sealed for (with the subscription's id).
fn sealing_context(id: &WebhookId) -> String {
    format!("webhook-secret:{id}")
}

/// The body a receiver gets: Standard Webhooks' recommended shape.
#[derive(Serialize)]
struct Payload<'a> {
    #[serde(rename = "type")]
    kind: String,
    timestamp: DateTime<Utc>,
    data: Detail<'a>,
}

/// The body of `event`'s deliveries (the audit event holds no secret).
pub fn payload(event: &AuditEvent) -> String {
    let body = Payload { kind: event.action.code(), timestamp: event.at, data: Detail::of(event) };
    serde_json::to_string(&body).unwrap_or_default()
}

/// What a pump did.
#[derive(Debug, Default, Clone, Copy, PartialEq, Eq)]
pub struct Pumped {
    pub delivered: usize,
    pub refused: usize,
    /// Another pump held the subscription.
    pub busy: bool,
}

/// Sends deliveries: the stream's consumer and the schedule's sweeper.
#[derive(Clone)]
pub struct Deliverer {
    ports: Ports,
    sender: Arc<dyn WebhookSender>,
}

impl Deliverer {
    pub fn new(ports: Ports, sender: Arc<dyn WebhookSender>) -> Self {
        Self { ports, sender }
    }

    /// Stores the deliveries of `events` for every subscription that wants
    /// them; the indices of events whose deliveries could not be stored
    /// (offered again by the caller). Then sends what is due.
    pub async fn enqueue(&self, events: &[&AuditEvent]) -> Result<Vec<usize>, PortError> {
        let subs = self.ports.webhooks.subscriptions().await?;
        let now = self.ports.clock.now();
        let mut refused = Vec::new();
        let mut touched = HashSet::new();
        for (n, event) in events.iter().enumerate() {
            // A subscription hears of what committed after it was made, not before.
            let wanting: Vec<&Subscription> =
                subs.iter().filter(|s| s.events.wants(event.action) && event.at >= s.created_at).collect();
            if wanting.is_empty() {
                continue;
            }
            let body = payload(event);
            for sub in wanting {
                let delivery = Delivery::new(
                    sub.id.clone(),
                    (&event.id, event.action, event.at),
                    subject(event),
                    body.clone(),
                    now,
                );
                match self.ports.webhooks.enqueue(&delivery).await {
                    Ok(_) => {
                        touched.insert(sub.id.clone());
                    }
                    Err(err) => {
                        tracing::warn!(error = %crate::model::error::chain(&err), "a webhook delivery could not be stored; offered again");
                        refused.push(n);
                        break;
                    }
                }
            }
        }
        for id in touched {
            // Stored is safe: a failed pump leaves them to the next sweep.
            if let Err(err) = self.pump(&id).await {
                tracing::warn!(error = %crate::model::error::chain(&err), "webhook pump failed; the sweep retries");
            }
        }
        Ok(refused)
    }

    /// Pumps every subscription that is not paused.
    pub async fn sweep(&self) -> Result<Pumped, PortError> {
        let mut total = Pumped::default();
        for sub in self.ports.webhooks.subscriptions().await? {
            if sub.paused() {
                continue;
            }
            match self.pump(&sub.id).await {
                Ok(p) => {
                    total.delivered += p.delivered;
                    total.refused += p.refused;
                    total.busy |= p.busy;
                }
                Err(err) => {
                    tracing::warn!(error = %crate::model::error::chain(&err), subscription = %sub.id, "webhook pump failed")
                }
            }
        }
        Ok(total)
    }

    /// Sends the subscription's due deliveries under its lease.
    pub async fn pump(&self, id: &WebhookId) -> Result<Pumped, PortError> {
        let holder = self.ports.random.hex(8);
        let started = self.ports.clock.now();
        if !self.ports.webhooks.lease(id, &holder, started + LEASE, started).await? {
            return Ok(Pumped { busy: true, ..Pumped::default() });
        }
        let pumped = self.pump_leased(id, started).await;
        if let Err(err) = self.ports.webhooks.release(id, &holder).await {
            tracing::warn!(error = %crate::model::error::chain(&err), "a webhook lease was not given back; it runs out");
        }
        pumped
    }

    async fn pump_leased(&self, id: &WebhookId, started: DateTime<Utc>) -> Result<Pumped, PortError> {
        let mut pumped = Pumped::default();
        loop {
            let Some(sub) = self.ports.webhooks.subscription(id).await? else { return Ok(pumped) };
            if sub.paused() {
                return Ok(pumped);
            }
            let pending = self.ports.webhooks.pending(id, PAGE).await?;
            let full = pending.len() == PAGE;
            let now = self.ports.clock.now();
            let mut lanes: BTreeMap<String, VecDeque<Delivery>> = BTreeMap::new();
            for delivery in pending {
                lanes.entry(delivery.lane.clone()).or_default().push_back(delivery);
            }
            let due: Vec<VecDeque<Delivery>> = lanes
                .into_values()
                .filter(|lane| lane.front().is_some_and(|d| due_at(d).is_none_or(|at| at <= now)))
                .collect();
            if due.is_empty() {
                return Ok(pumped);
            }
            let keys = self.keys(&sub, now);
            let outcomes: Vec<Vec<(bool, DateTime<Utc>)>> = futures::stream::iter(due)
                .map(|lane| self.run_lane(&sub, &keys, lane))
                .buffer_unordered(LANES_AT_ONCE)
                .collect()
                .await;
            let outcomes: Vec<(bool, DateTime<Utc>)> = outcomes.into_iter().flatten().collect();
            pumped.delivered += outcomes.iter().filter(|(ok, _)| *ok).count();
            pumped.refused += outcomes.iter().filter(|(ok, _)| !*ok).count();
            // A healthy subscription whose attempts all went through stays as it is: no write.
            let healthy = sub.health == Health::Active { failing_since: None };
            if !(healthy && outcomes.iter().all(|(ok, _)| *ok)) {
                self.judge_health(id, &outcomes).await;
            }
            let progressed = outcomes.iter().any(|(ok, _)| *ok);
            if !full || !progressed || self.ports.clock.now() - started > PUMP_BUDGET {
                return Ok(pumped);
            }
        }
    }

    /// The subscription's signing keys in force, opened.
    fn keys(&self, sub: &Subscription, now: DateTime<Utc>) -> Vec<SecretSlice<u8>> {
        sub.signing(now)
            .filter_map(|s| match self.ports.sealer.open(&sealing_context(&sub.id), &s.sealed) {
                Ok(key) => Some(key),
                Err(err) => {
                    tracing::error!(error = %crate::model::error::chain(&err), subscription = %sub.id, "a webhook secret does not open");
                    None
                }
            })
            .collect()
    }

    /// Sends a lane's deliveries in order until one is refused; each
    /// attempt's outcome and time.
    async fn run_lane(
        &self,
        sub: &Subscription,
        keys: &[SecretSlice<u8>],
        mut lane: VecDeque<Delivery>,
    ) -> Vec<(bool, DateTime<Utc>)> {
        let mut outcomes = Vec::new();
        while let Some(mut delivery) = lane.pop_front() {
            let now = self.ports.clock.now();
            if due_at(&delivery).is_some_and(|at| at > now) {
                break;
            }
            let attempt = if keys.is_empty() {
                Attempt::Refused { status: None, error: "no signing secret opens".into() }
            } else {
                let outgoing = Outgoing {
                    url: &sub.url,
                    id: &delivery.id,
                    timestamp: now,
                    body: &delivery.payload,
                    keys: keys.to_vec(),
                };
                self.sender.send(outgoing).await
            };
            let accepted = matches!(attempt, Attempt::Accepted { .. });
            delivery.attempted(attempt, self.ports.clock.now());
            if let Err(err) = self.ports.webhooks.save_delivery(&delivery).await {
                // Sent but not recorded: it goes again (receivers drop repeats by webhook-id).
                tracing::warn!(error = %crate::model::error::chain(&err), "a webhook delivery's outcome was not stored");
            }
            outcomes.push((accepted, now));
            // A failed-for-good delivery leaves the lane; the next may go.
            if !accepted && matches!(delivery.state, DeliveryState::Pending { .. }) {
                break;
            }
        }
        outcomes
    }

    /// Updates the subscription's health from this pump's attempts; pauses
    /// it (and tells the administrators) once it has failed for a day.
    async fn judge_health(&self, id: &WebhookId, outcomes: &[(bool, DateTime<Utc>)]) {
        if outcomes.is_empty() {
            return;
        }
        for _ in 0..crate::ports::retry::WRITE_ATTEMPTS {
            let Ok(Some(mut sub)) = self.ports.webhooks.subscription(id).await else { return };
            let before = sub.health;
            let mut paused = false;
            let mut sorted = outcomes.to_vec();
            sorted.sort_by_key(|(_, at)| *at);
            for (ok, at) in sorted {
                paused |= sub.health.after(ok, at);
            }
            if sub.health == before {
                return;
            }
            sub.version += 1;
            let event = paused.then(|| {
                AuditEvent::named(
                    self.ports.stamp(),
                    None,
                    (Action::WebhookPaused, Outcome::Success),
                    id.as_str(),
                    format!("url:{}", sub.url.as_str()),
                    &RequestMeta::default(),
                )
            });
            match self.ports.webhooks.update_subscription(&sub, event.as_ref()).await {
                Ok(()) => {
                    if paused && let Ok(settings) = self.ports.directory.settings().await {
                        let notice = Notice::new("notice-webhook-paused").text("url", sub.url.as_str());
                        tell_admins(&self.ports, &settings, None, &notice, self.ports.clock.now()).await;
                    }
                    return;
                }
                Err(PortError::Conflict { .. }) => {}
                Err(err) => {
                    tracing::warn!(error = %crate::model::error::chain(&err), "a webhook's health was not stored");
                    return;
                }
            }
        }
    }
}

/// When a pending delivery falls due; `None` when settled.
fn due_at(delivery: &Delivery) -> Option<DateTime<Utc>> {
    match delivery.state {
        DeliveryState::Pending { next_at } => Some(next_at),
        _ => None,
    }
}

/// The stream's consumer is an [`EventBus`]: `publish_in_order` hands it
/// each subject's events in order and offers refused ones again.
#[async_trait]
impl EventBus for Deliverer {
    async fn publish(&self, events: &[&AuditEvent]) -> Result<Vec<usize>, PortError> {
        self.enqueue(events).await
    }

    async fn pause(&self, round: u32) {
        self.sender.pause(round).await;
    }
}

/// What an administrator asks for when creating a subscription.
pub struct NewWebhook<'a> {
    pub url: &'a str,
    pub events: &'a [String],
    pub description: Option<&'a str>,
}

/// What an administrator changes in a subscription (`None`: unchanged).
#[derive(Default)]
pub struct WebhookEdit<'a> {
    pub url: Option<&'a str>,
    pub events: Option<&'a [String]>,
    pub description: Option<&'a str>,
    pub paused: Option<bool>,
}

/// A new signing secret's key, shown once as `whsec_…` text.
pub struct NewSecret(pub SecretSlice<u8>);

/// Administrators' side: subscriptions and their delivery logs.
pub struct Webhooks {
    ports: Ports,
}

fn description(raw: Option<&str>) -> Result<Option<String>, ParseError> {
    let Some(text) = raw.map(str::trim) else { return Ok(None) };
    if text.chars().count() > DESCRIPTION_MAX || text.chars().any(char::is_control) {
        return Err(ParseError::new(
            "description",
            format!("must be at most {DESCRIPTION_MAX} characters, without control characters"),
        ));
    }
    Ok(Some(text.to_owned()).filter(|t| !t.is_empty()))
}

impl Webhooks {
    pub fn new(ports: Ports) -> Self {
        Self { ports }
    }

    async fn administrator(&self, id: &UserId, token: &SessionToken) -> Result<User, Error> {
        crate::access::session::administrator(&self.ports, id, token).await
    }

    fn event(
        &self,
        me: &User,
        action: Action,
        sub: &WebhookId,
        reason: String,
        meta: &RequestMeta,
    ) -> AuditEvent {
        AuditEvent::named(
            self.ports.stamp(),
            Some(&me.id),
            (action, Outcome::Success),
            sub.as_str(),
            reason,
            meta,
        )
    }

    async fn stored(&self, id: &str) -> Result<Subscription, Error> {
        let id = WebhookId::parse(id).map_err(|_| Error::WebhookNotFound)?;
        self.ports.webhooks.subscription(&id).await?.ok_or(Error::WebhookNotFound)
    }

    fn secret(&self, id: &WebhookId) -> Result<(NewSecret, SealedSecret), Error> {
        let mut key = vec![0u8; 24];
        self.ports.random.fill(&mut key);
        let sealed = self.ports.sealer.seal(&sealing_context(id), &key)?;
        Ok((NewSecret(SecretSlice::from(key)), sealed))
    }

    /// Every subscription, oldest first.
    pub async fn list(&self, id: &UserId, token: &SessionToken) -> Result<Vec<Subscription>, Error> {
        self.administrator(id, token).await?;
        let mut subs = self.ports.webhooks.subscriptions().await?;
        subs.sort_by(|a, b| (a.created_at, &a.id).cmp(&(b.created_at, &b.id)));
        Ok(subs)
    }

    pub async fn get(&self, id: &UserId, token: &SessionToken, sub: &str) -> Result<Subscription, Error> {
        self.administrator(id, token).await?;
        self.stored(sub).await
    }

    /// Subscribes an endpoint; its signing secret is returned here, once.
    pub async fn create(
        &self,
        id: &UserId,
        token: &SessionToken,
        new: NewWebhook<'_>,
        meta: &RequestMeta,
    ) -> Result<(Subscription, NewSecret), Error> {
        let me = self.administrator(id, token).await?;
        let url = EndpointUrl::parse(new.url, self.ports.webhook_reach)?;
        let events = EventFilter::parse(new.events)?;
        let description = description(new.description)?;
        if self.ports.webhooks.subscriptions().await?.len() >= WEBHOOKS_MAX {
            return Err(Error::InvalidInput(ParseError::new(
                "url",
                format!("an organisation may have at most {WEBHOOKS_MAX} webhooks: remove one first"),
            )));
        }
        let now = self.ports.clock.now();
        let sub_id = WebhookId(format!("{ID_PREFIX}{}", self.ports.random.hex(8)));
        let (secret, sealed) = self.secret(&sub_id)?;
        let sub = Subscription {
            id: sub_id,
            url,
            description,
            events,
            health: Health::Active { failing_since: None },
            created_at: now,
            created_by: me.id.clone(),
            secrets: vec![StoredSigningSecret { sealed, created_at: now, retires_at: None }],
            version: 1,
        };
        let reason = format!("url:{},events:{}", sub.url.as_str(), sub.events.names().join(" "));
        let event = self.event(&me, Action::WebhookCreated, &sub.id, reason, meta);
        self.ports.webhooks.create_subscription(&sub, &event).await?;
        Ok((sub, secret))
    }

    /// Changes what is given; resuming a paused subscription clears its
    /// failing mark, and its waiting deliveries go at the next sweep.
    pub async fn edit(
        &self,
        id: &UserId,
        token: &SessionToken,
        sub: &str,
        edit: WebhookEdit<'_>,
        meta: &RequestMeta,
    ) -> Result<Subscription, Error> {
        let me = self.administrator(id, token).await?;
        let url = edit.url.map(|u| EndpointUrl::parse(u, self.ports.webhook_reach)).transpose()?;
        let events = edit.events.map(EventFilter::parse).transpose()?;
        let new_description = edit.description.map(|d| description(Some(d))).transpose()?;
        crate::on_contention!({
            let mut stored = self.stored(sub).await?;
            let mut changed = Vec::new();
            if let Some(url) = &url
                && *url != stored.url
            {
                stored.url = url.clone();
                changed.push(format!("url:{}", url.as_str()));
            }
            if let Some(events) = &events
                && *events != stored.events
            {
                stored.events = events.clone();
                changed.push(format!("events:{}", events.names().join(" ")));
            }
            if let Some(description) = &new_description
                && *description != stored.description
            {
                stored.description.clone_from(description);
                changed.push("description".into());
            }
            match (edit.paused, stored.health) {
                (Some(true), Health::Active { .. }) => {
                    stored.health = Health::Paused { since: self.ports.clock.now() };
                    changed.push("paused".into());
                }
                (Some(false), Health::Paused { .. }) => {
                    stored.health = Health::Active { failing_since: None };
                    changed.push("resumed".into());
                }
                _ => {}
            }
            if changed.is_empty() {
                return Ok(stored);
            }
            stored.version += 1;
            let event = self.event(&me, Action::WebhookChanged, &stored.id, changed.join(","), meta);
            match self.ports.webhooks.update_subscription(&stored, Some(&event)).await {
                Ok(()) => Ok(stored),
                Err(PortError::Conflict { .. }) => Err(Error::Contention),
                Err(err) => Err(err.into()),
            }
        })
    }

    /// A new signing secret, returned once; the previous one keeps signing
    /// beside it for a day.
    pub async fn rotate(
        &self,
        id: &UserId,
        token: &SessionToken,
        sub: &str,
        meta: &RequestMeta,
    ) -> Result<(Subscription, NewSecret), Error> {
        let me = self.administrator(id, token).await?;
        let found = self.stored(sub).await?;
        let (secret, sealed) = self.secret(&found.id)?;
        let stored = crate::on_contention!({
            let mut stored = self.stored(sub).await?;
            let now = self.ports.clock.now();
            stored.rotate(sealed.clone(), now);
            stored.version += 1;
            let reason = format!(
                "previous_works_until:{}",
                (now + crate::model::webhooks::ROTATION_OVERLAP).to_rfc3339()
            );
            let event = self.event(&me, Action::WebhookSecretRotated, &stored.id, reason, meta);
            match self.ports.webhooks.update_subscription(&stored, Some(&event)).await {
                Ok(()) => Ok(stored),
                Err(PortError::Conflict { .. }) => Err(Error::Contention),
                Err(err) => Err(err.into()),
            }
        })?;
        Ok((stored, secret))
    }

    /// Removes a subscription: nothing more is sent to it.
    pub async fn delete(
        &self,
        id: &UserId,
        token: &SessionToken,
        sub: &str,
        meta: &RequestMeta,
    ) -> Result<(), Error> {
        let me = self.administrator(id, token).await?;
        let found = self.stored(sub).await?;
        let event =
            self.event(&me, Action::WebhookDeleted, &found.id, format!("url:{}", found.url.as_str()), meta);
        match self.ports.webhooks.delete_subscription(&found.id, &event).await {
            Ok(()) => Ok(()),
            Err(PortError::Conflict { .. }) => Err(Error::WebhookNotFound),
            Err(err) => Err(err.into()),
        }
    }

    /// A page of the subscription's delivery log, newest first, and the cursor of the next.
    pub async fn deliveries(
        &self,
        id: &UserId,
        token: &SessionToken,
        sub: &str,
        before: Option<&str>,
        limit: usize,
    ) -> Result<(Vec<Delivery>, Option<String>), Error> {
        self.administrator(id, token).await?;
        let found = self.stored(sub).await?;
        let limit = limit.clamp(1, 100);
        let mut page = self.ports.webhooks.deliveries(&found.id, before, limit + 1).await?;
        let next = (page.len() > limit).then(|| page[limit - 1].id.clone());
        page.truncate(limit);
        Ok((page, next))
    }

    /// Sends a delivery again by hand: a fresh day of attempts, from the
    /// next pump (at once on the local stack, within a minute in AWS).
    pub async fn redeliver(
        &self,
        id: &UserId,
        token: &SessionToken,
        sub: &str,
        delivery: &str,
    ) -> Result<Delivery, Error> {
        self.administrator(id, token).await?;
        let found = self.stored(sub).await?;
        let mut stored =
            self.ports.webhooks.delivery(&found.id, delivery).await?.ok_or(Error::DeliveryNotFound)?;
        stored.redeliver(self.ports.clock.now());
        self.ports.webhooks.save_delivery(&stored).await?;
        Ok(stored)
    }
}

#[cfg(test)]
mod tests {
    use std::sync::Mutex;

    use super::*;
    use crate::model::values::UserId;
    use crate::model::webhooks::{EndpointUrl, Reach};
    use crate::testing::FakeWorld;

    /// Records what it was sent; refuses while `down`.
    #[derive(Default)]
    struct Sender {
        sent: Mutex<Vec<String>>,
        down: Mutex<bool>,
    }

    #[async_trait]
    impl WebhookSender for Sender {
        async fn send(&self, outgoing: Outgoing<'_>) -> Attempt {
            assert_eq!(outgoing.keys.len(), 1, "one live secret signs");
            if *self.down.lock().unwrap() {
                return Attempt::Refused { status: Some(503), error: "down".into() };
            }
            self.sent.lock().unwrap().push(outgoing.id.to_owned());
            Attempt::Accepted { status: 204 }
        }
        async fn pause(&self, _round: u32) {}
    }

    fn event(world: &FakeWorld, id: &str, user: &str) -> AuditEvent {
        world.clock.advance(Duration::milliseconds(1));
        AuditEvent {
            id: id.into(),
            at: world.ports.clock.now(),
            actor: None,
            target: Some(UserId::new(user)),
            target_name: None,
            action: Action::SignIn,
            outcome: Outcome::Failure,
            reason: None,
            client_ip: None,
            user_agent: None,
            methods: Vec::new(),
        }
    }

    async fn subscribed(world: &FakeWorld, events: EventFilter) -> WebhookId {
        let id = WebhookId::parse("wh_00112233445566ff").unwrap();
        let sealed = world.ports.sealer.seal(&sealing_context(&id), &[7; 24]).unwrap();
        let now = world.ports.clock.now();
        let sub = Subscription {
            id: id.clone(),
            url: EndpointUrl::parse("https://hooks.example.com/", Reach::Public).unwrap(),
            description: None,
            events,
            health: Health::Active { failing_since: None },
            created_at: now,
            created_by: UserId::new("admin"),
            secrets: vec![StoredSigningSecret { sealed, created_at: now, retires_at: None }],
            version: 1,
        };
        let made = AuditEvent::named(
            world.ports.stamp(),
            None,
            (Action::WebhookCreated, Outcome::Success),
            id.as_str(),
            "",
            &RequestMeta::default(),
        );
        world.ports.webhooks.create_subscription(&sub, &made).await.unwrap();
        id
    }

    #[tokio::test]
    async fn a_refused_delivery_holds_back_its_users_later_events_only_and_all_go_in_order_once_back() {
        let world = FakeWorld::new();
        subscribed(&world, EventFilter::All).await;
        let sender = Arc::new(Sender::default());
        let deliverer = Deliverer::new(world.ports.clone(), sender.clone());
        *sender.down.lock().unwrap() = true;
        let (a1, a2) = (event(&world, "a1", "alice"), event(&world, "a2", "alice"));
        deliverer.enqueue(&[&a1]).await.unwrap();
        deliverer.enqueue(&[&a2]).await.unwrap();
        *sender.down.lock().unwrap() = false;
        let b1 = event(&world, "b1", "bob");
        deliverer.enqueue(&[&b1]).await.unwrap();
        let sent = sender.sent.lock().unwrap().clone();
        assert!(
            sent.len() == 1 && sent[0].ends_with("_b1"),
            "bob's lane is not held back by alice's: {sent:?}"
        );
        // Not yet due: alice's retry waits for its backoff.
        assert_eq!(deliverer.sweep().await.unwrap().delivered, 0);
        world.clock.advance(Duration::seconds(6));
        assert_eq!(deliverer.sweep().await.unwrap().delivered, 2);
        let sent = sender.sent.lock().unwrap().clone();
        assert!(sent[1].ends_with("_a1") && sent[2].ends_with("_a2"), "alice's in order: {sent:?}");
        // The stream may hand the same event again: it is not sent twice.
        deliverer.enqueue(&[&a1]).await.unwrap();
        assert_eq!(deliverer.sweep().await.unwrap().delivered, 0);
        assert_eq!(sender.sent.lock().unwrap().len(), 3);
    }

    #[tokio::test]
    async fn only_wanted_events_committed_after_the_subscription_become_deliveries() {
        let world = FakeWorld::new();
        let before = event(&world, "old", "alice");
        world.clock.advance(Duration::seconds(1));
        let id = subscribed(&world, EventFilter::Only([Action::PasswordChange].into())).await;
        let sender = Arc::new(Sender::default());
        let deliverer = Deliverer::new(world.ports.clone(), sender.clone());
        let mut change = event(&world, "change", "alice");
        change.action = Action::PasswordChange;
        let sign_in = event(&world, "sign_in", "alice");
        let mut old_change = before.clone();
        old_change.action = Action::PasswordChange;
        deliverer.enqueue(&[&old_change, &change, &sign_in]).await.unwrap();
        let log = world.ports.webhooks.deliveries(&id, None, 10).await.unwrap();
        assert_eq!(log.len(), 1, "{log:#?}");
        assert_eq!(log[0].event_id, "change");
        assert!(log[0].payload.contains("\"type\":\"password_change\""));
    }
}
