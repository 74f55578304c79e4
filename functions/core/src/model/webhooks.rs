//! Webhooks: an administrator's subscription of an endpoint to chosen event
//! types, and each delivery's way from its first attempt to delivered or
//! failed. Pure data and rules; the store, the signer and the sender are
//! ports.
//!
//! The rules that keep a webhook from becoming a way in:
//! - An endpoint is `https://` with a host name or a public address: a
//!   private, loopback, link-local or otherwise internal address is refused
//!   (server-side request forgery), both as written and — by the sender —
//!   as the name resolves at each delivery. Only a local stack may allow
//!   them (`Reach::Anywhere`), for a receiver on the same machine.
//! - Deliveries are signed as Standard Webhooks sign them (`webhook-id`,
//!   `webhook-timestamp`, `webhook-signature`), with a secret shown once;
//!   a rotated secret keeps signing beside the new one for an overlap, so a
//!   receiver can switch without losing a delivery.
//! - A delivery is retried with growing pauses for a day, then recorded as
//!   failed; a subscription whose deliveries have failed for a day is paused
//!   and the administrators told.

use std::collections::BTreeSet;
use std::net::{IpAddr, Ipv4Addr, Ipv6Addr};

use chrono::{DateTime, Duration, Utc};

use crate::model::audit::Action;
use crate::model::registration::SealedSecret;
use crate::model::values::{ParseError, UserId};

/// The most subscriptions an organisation may have.
pub const WEBHOOKS_MAX: usize = 20;

/// How long a delivery stays in the log after its last change.
pub const LOG_KEPT: Duration = Duration::days(30);

/// The prefix of a subscription's id.
pub const ID_PREFIX: &str = "wh_";

/// A subscription's id: `wh_` and 16 hex digits.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash, serde::Serialize, serde::Deserialize)]
#[serde(transparent)]
pub struct WebhookId(pub(crate) String);

impl WebhookId {
    pub fn parse(raw: &str) -> Result<Self, ParseError> {
        let hex = raw.strip_prefix(ID_PREFIX).unwrap_or_default();
        if hex.len() == 16 && hex.bytes().all(|b| b.is_ascii_digit() || (b'a'..=b'f').contains(&b)) {
            Ok(Self(raw.to_owned()))
        } else {
            Err(ParseError::new("id", "is not a webhook id"))
        }
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }
}

impl std::fmt::Display for WebhookId {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.0)
    }
}

/// Which events a subscription receives.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum EventFilter {
    /// Every event, including kinds added later (`["*"]`).
    All,
    /// These kinds only (never empty).
    Only(BTreeSet<Action>),
}

impl EventFilter {
    /// From the names given (`["*"]`, or audit actions such as `password_reset`).
    pub fn parse(names: &[String]) -> Result<Self, ParseError> {
        let field = "events";
        if names.iter().any(|n| n == "*") {
            return if names.len() == 1 {
                Ok(Self::All)
            } else {
                Err(ParseError::new(field, "\"*\" means every event: give it alone"))
            };
        }
        let mut only = BTreeSet::new();
        for name in names {
            let action = Action::from_code(name)
                .ok_or_else(|| ParseError::new(field, format!("has no event type \"{name}\"")))?;
            only.insert(action);
        }
        if only.is_empty() {
            return Err(ParseError::new(field, "must name at least one event type, or \"*\""));
        }
        Ok(Self::Only(only))
    }

    pub fn wants(&self, action: Action) -> bool {
        match self {
            Self::All => true,
            Self::Only(only) => only.contains(&action),
        }
    }

    /// The names, as given back (`["*"]` for all).
    pub fn names(&self) -> Vec<String> {
        match self {
            Self::All => vec!["*".to_owned()],
            Self::Only(only) => only.iter().map(|a| a.code()).collect(),
        }
    }
}

/// A signing secret as stored: sealed, since signing needs the secret
/// itself (a digest cannot sign). Opened only to sign a delivery.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct StoredSigningSecret {
    pub sealed: SealedSecret,
    pub created_at: DateTime<Utc>,
    /// Set on the previous secret by a rotation: it signs beside the new one until then.
    pub retires_at: Option<DateTime<Utc>>,
}

/// An administrator's subscription of an endpoint to event types.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Subscription {
    pub id: WebhookId,
    pub url: EndpointUrl,
    pub description: Option<String>,
    pub events: EventFilter,
    pub health: Health,
    pub created_at: DateTime<Utc>,
    pub created_by: UserId,
    /// The current secret first; a rotated-out one while it overlaps.
    pub secrets: Vec<StoredSigningSecret>,
    pub version: u64,
}

impl Subscription {
    /// The secrets that sign at `now`: the current one and any still overlapping.
    pub fn signing(&self, now: DateTime<Utc>) -> impl Iterator<Item = &StoredSigningSecret> {
        self.secrets.iter().filter(move |s| s.retires_at.is_none_or(|at| at > now))
    }

    /// Puts `sealed` first; the previous current secret signs until `now + ROTATION_OVERLAP`;
    /// older ones go.
    pub fn rotate(&mut self, sealed: SealedSecret, now: DateTime<Utc>) {
        let mut previous = self.secrets.drain(..).find(|s| s.retires_at.is_none());
        if let Some(p) = previous.as_mut() {
            p.retires_at = Some(now + ROTATION_OVERLAP);
        }
        self.secrets.push(StoredSigningSecret { sealed, created_at: now, retires_at: None });
        self.secrets.extend(previous);
    }

    pub fn paused(&self) -> bool {
        matches!(self.health, Health::Paused { .. })
    }
}

/// How long a delivery is retried before it is recorded as failed, and how
/// long a subscription may fail before it is paused.
pub const RETRY_FOR: Duration = Duration::hours(24);

/// How long a rotated-out secret keeps signing beside the new one.
pub const ROTATION_OVERLAP: Duration = Duration::hours(24);

/// The longest endpoint address kept.
pub const URL_MAX: usize = 2048;

/// Where endpoints may point.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Reach {
    /// Production: `https://` to public addresses only.
    Public,
    /// A local stack: `http://` and internal addresses too (a receiver on
    /// this machine). Never set in AWS.
    Anywhere,
}

/// An endpoint's address, checked: absolute, `https` (or `http` where the
/// reach allows), no credentials in it, no fragment, and a host that is a
/// name or an address the reach allows.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct EndpointUrl(String);

impl EndpointUrl {
    pub fn parse(raw: &str, reach: Reach) -> Result<Self, ParseError> {
        let field = "url";
        if raw.len() > URL_MAX {
            return Err(ParseError::new(field, format!("must be at most {URL_MAX} characters")));
        }
        let url = url::Url::parse(raw.trim())
            .map_err(|_| ParseError::new(field, "must be an absolute https:// address"))?;
        match (url.scheme(), reach) {
            ("https", _) | ("http", Reach::Anywhere) => {}
            _ => return Err(ParseError::new(field, "must be an https:// address")),
        }
        if !url.username().is_empty() || url.password().is_some() {
            return Err(ParseError::new(field, "must not carry a user name or password"));
        }
        if url.fragment().is_some() {
            return Err(ParseError::new(field, "must not have a #fragment"));
        }
        let internal = match url.host() {
            Some(url::Host::Ipv4(ip)) => internal(IpAddr::V4(ip)),
            Some(url::Host::Ipv6(ip)) => internal(IpAddr::V6(ip)),
            Some(url::Host::Domain(name)) => internal_name(name),
            None => return Err(ParseError::new(field, "must name a host")),
        };
        if internal && reach == Reach::Public {
            return Err(ParseError::new(
                field,
                "must not point at a private, loopback or link-local address",
            ));
        }
        Ok(Self(url.to_string()))
    }

    /// An address as stored, checked when it was given (adapters only: a
    /// local stack's stored address would fail the public check).
    pub fn stored(text: String) -> Self {
        Self(text)
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }
}

/// Names that always mean this machine or its network, whatever DNS says.
fn internal_name(name: &str) -> bool {
    let name = name.trim_end_matches('.').to_ascii_lowercase();
    name == "localhost"
        || name.ends_with(".localhost")
        || name.ends_with(".local")
        || name.ends_with(".internal")
        || name == "metadata.google.internal"
}

/// Whether `ip` is an address a webhook must never reach from production:
/// loopback, private, link-local (the cloud's metadata service among them),
/// shared (carrier-grade NAT), unspecified, broadcast, multicast, reserved,
/// documentation, or an IPv6 form of any of those.
pub fn internal(ip: IpAddr) -> bool {
    match ip {
        IpAddr::V4(v4) => internal_v4(v4),
        IpAddr::V6(v6) => {
            if let Some(v4) = v6.to_ipv4_mapped() {
                return internal_v4(v4);
            }
            let first = v6.segments()[0];
            v6.is_loopback()
                || v6.is_unspecified()
                || v6.is_multicast()
                // Unique local fc00::/7, link-local fe80::/10, site-local fec0::/10.
                || (first & 0xfe00) == 0xfc00
                || (first & 0xffc0) == 0xfe80
                || (first & 0xffc0) == 0xfec0
                // Documentation 2001:db8::/32; NAT64 64:ff9b::/96 reaches IPv4 inside.
                || (first == 0x2001 && v6.segments()[1] == 0x0db8)
                || (first == 0x0064 && v6.segments()[1] == 0xff9b)
                || v6 == Ipv6Addr::from(1u128)
        }
    }
}

fn internal_v4(ip: Ipv4Addr) -> bool {
    let [a, b, ..] = ip.octets();
    ip.is_loopback()
        || ip.is_private()
        || ip.is_link_local()
        || ip.is_unspecified()
        || ip.is_broadcast()
        || ip.is_multicast()
        || ip.is_documentation()
        // 0.0.0.0/8, shared address space 100.64.0.0/10, 192.0.0.0/24, benchmarking 198.18.0.0/15, reserved 240.0.0.0/4.
        || a == 0
        || (a == 100 && (64..128).contains(&b))
        || (a == 192 && b == 0 && ip.octets()[2] == 0)
        || (a == 198 && (18..20).contains(&b))
        || a >= 240
}

/// The pause before attempt `attempt` (the first retry is attempt 2): 5
/// seconds, then five times longer each time, at most 2 hours — about 5 s,
/// 25 s, 2 min, 10 min, 52 min, then every 2 hours until the day is out.
pub fn backoff(attempt: u32) -> Duration {
    let seconds = 5_i64.saturating_mul(5_i64.saturating_pow(attempt.saturating_sub(2)));
    Duration::seconds(seconds.min(2 * 3600))
}

/// What became of one attempt to deliver.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Attempt {
    /// The receiver answered 2xx.
    Accepted { status: u16 },
    /// Anything else: another status, a timeout, a refused connection, an
    /// address the rules refuse. `error` is for the delivery log (never a
    /// secret: the sender words it).
    Refused { status: Option<u16>, error: String },
}

/// Where a delivery stands.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum DeliveryState {
    /// Waiting for its next attempt at `next_at`.
    Pending {
        next_at: DateTime<Utc>,
    },
    Delivered {
        at: DateTime<Utc>,
    },
    /// Retried for [`RETRY_FOR`] without success; only a redelivery by hand sends it again.
    Failed {
        at: DateTime<Utc>,
    },
}

/// One event on its way to one subscription. Its id is the `webhook-id`
/// (the same on every attempt, so a receiver can drop repeats); ids sort
/// as their events were committed, which is the order each lane keeps.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Delivery {
    pub id: String,
    pub subscription: WebhookId,
    /// The audit event it carries, and its kind.
    pub event_id: String,
    pub event_type: Action,
    /// Whose events keep their order among themselves (the events' subject):
    /// a delivery waits while an earlier one of its lane is pending.
    pub lane: String,
    /// The body sent, as built when the event committed (no secret in it).
    pub payload: String,
    pub first_at: DateTime<Utc>,
    pub attempts: u32,
    pub state: DeliveryState,
    pub last_status: Option<u16>,
    pub last_error: Option<String>,
}

/// The id of the delivery of an event committed at `at`: `msg_`, the time
/// in microseconds (zero-padded, so ids sort by time) and the event's id.
pub fn delivery_id(at: DateTime<Utc>, event_id: &str) -> String {
    format!("msg_{:017}_{event_id}", at.timestamp_micros().max(0))
}

impl Delivery {
    /// A delivery waiting for its first attempt.
    pub fn new(
        subscription: WebhookId,
        (event_id, event_type, at): (&str, Action, DateTime<Utc>),
        lane: String,
        payload: String,
        now: DateTime<Utc>,
    ) -> Self {
        Self {
            id: delivery_id(at, event_id),
            subscription,
            event_id: event_id.to_owned(),
            event_type,
            lane,
            payload,
            first_at: now,
            attempts: 0,
            state: DeliveryState::Pending { next_at: now },
            last_status: None,
            last_error: None,
        }
    }

    /// When it was delivered or failed for good; `None` while pending.
    pub fn settled_at(&self) -> Option<DateTime<Utc>> {
        match self.state {
            DeliveryState::Pending { .. } => None,
            DeliveryState::Delivered { at } | DeliveryState::Failed { at } => Some(at),
        }
    }

    /// The delivery after an attempt at `now`: delivered, pending its next
    /// attempt, or failed once the next would fall after [`RETRY_FOR`].
    pub fn attempted(&mut self, attempt: Attempt, now: DateTime<Utc>) {
        self.attempts = self.attempts.saturating_add(1);
        match attempt {
            Attempt::Accepted { status } => {
                self.last_status = Some(status);
                self.last_error = None;
                self.state = DeliveryState::Delivered { at: now };
            }
            Attempt::Refused { status, error } => {
                self.last_status = status;
                self.last_error = Some(error.chars().take(300).collect());
                let next_at = now + backoff(self.attempts + 1);
                self.state = if next_at - self.first_at > RETRY_FOR {
                    DeliveryState::Failed { at: now }
                } else {
                    DeliveryState::Pending { next_at }
                };
            }
        }
    }

    /// Sent again by an administrator's hand: a fresh day of attempts, now.
    pub fn redeliver(&mut self, now: DateTime<Utc>) {
        self.first_at = now;
        self.state = DeliveryState::Pending { next_at: now };
    }
}

/// A subscription's health, from its deliveries' outcomes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Health {
    Active {
        /// Since when every attempt has failed; `None` while deliveries succeed.
        failing_since: Option<DateTime<Utc>>,
    },
    /// Paused after failing for [`RETRY_FOR`] (or by an administrator):
    /// nothing is sent until it is resumed.
    Paused { since: DateTime<Utc> },
}

impl Health {
    /// After an attempt at `now`: a success clears the failing mark; a
    /// failure starts it, and pauses the subscription once it has lasted
    /// [`RETRY_FOR`]. True when this attempt paused it (tell the admins).
    pub fn after(&mut self, accepted: bool, now: DateTime<Utc>) -> bool {
        let Health::Active { failing_since } = self else { return false };
        match (accepted, *failing_since) {
            (true, _) => *failing_since = None,
            (false, None) => *failing_since = Some(now),
            (false, Some(since)) if now - since >= RETRY_FOR => {
                *self = Health::Paused { since: now };
                return true;
            }
            (false, Some(_)) => {}
        }
        false
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn delivery(now: DateTime<Utc>) -> Delivery {
        let sub = WebhookId::parse("wh_0123456789abcdef").unwrap();
        Delivery::new(sub, ("ev", Action::ResetCompleted, now), "user:u".into(), "{}".into(), now)
    }

    #[test]
    fn event_filters_take_every_kind_or_named_kinds_only() {
        assert_eq!(EventFilter::parse(&["*".into()]).unwrap(), EventFilter::All);
        let only = EventFilter::parse(&["reset_completed".into(), "sign_in".into()]).unwrap();
        assert!(only.wants(Action::ResetCompleted) && !only.wants(Action::UserCreated));
        assert_eq!(only.names(), ["sign_in", "reset_completed"], "in the actions' own order");
        for bad in [vec![], vec!["*".to_owned(), "sign_in".to_owned()], vec!["no_such_thing".to_owned()]] {
            assert!(EventFilter::parse(&bad).is_err(), "{bad:?}");
        }
    }

    #[test]
    fn a_rotation_keeps_the_previous_secret_signing_for_the_overlap_only() {
        let now = Utc::now();
        let mut sub = Subscription {
            id: WebhookId::parse("wh_0123456789abcdef").unwrap(),
            url: EndpointUrl::parse("https://hooks.example.com/", Reach::Public).unwrap(),
            description: None,
            events: EventFilter::All,
            health: Health::Active { failing_since: None },
            created_at: now,
            created_by: UserId::new("u"),
            secrets: vec![StoredSigningSecret {
                sealed: SealedSecret::new("a".into()),
                created_at: now,
                retires_at: None,
            }],
            version: 1,
        };
        sub.rotate(SealedSecret::new("b".into()), now);
        sub.rotate(SealedSecret::new("c".into()), now + Duration::hours(1));
        let signing: Vec<&str> = sub.signing(now + Duration::hours(2)).map(|s| s.sealed.as_str()).collect();
        assert_eq!(signing, ["c", "b"], "the oldest went at the second rotation");
        let later: Vec<&str> = sub.signing(now + Duration::hours(26)).map(|s| s.sealed.as_str()).collect();
        assert_eq!(later, ["c"]);
    }

    #[test]
    fn endpoints_are_https_to_public_hosts_unless_the_local_stack_allows_more() {
        let ok = EndpointUrl::parse("https://hooks.example.com/latchkey?x=1", Reach::Public).unwrap();
        assert_eq!(ok.as_str(), "https://hooks.example.com/latchkey?x=1");
        for refused in [
            "http://hooks.example.com/",
            "ftp://hooks.example.com/",
            "https://user:pw@hooks.example.com/",
            "https://hooks.example.com/#frag",
            "https://127.0.0.1/",
            "https://10.1.2.3/",
            "https://172.20.0.1/",
            "https://192.168.1.1/",
            "https://169.254.169.254/latest/meta-data/",
            "https://100.64.0.1/",
            "https://0.0.0.0/",
            "https://[::1]/",
            "https://[fe80::1]/",
            "https://[fd00::1]/",
            "https://[::ffff:10.0.0.1]/",
            "https://[64:ff9b::a00:1]/",
            "https://localhost/",
            "https://api.localhost/",
            "https://printer.local/",
            "https://0x7f000001/",
            "https://2130706433/",
            "not a url",
        ] {
            assert!(EndpointUrl::parse(refused, Reach::Public).is_err(), "{refused}");
        }
        assert!(EndpointUrl::parse("http://127.0.0.1:9000/hook", Reach::Anywhere).is_ok());
        assert!(EndpointUrl::parse("ftp://127.0.0.1/", Reach::Anywhere).is_err());
        assert!(
            EndpointUrl::parse(&format!("https://a.example/{}", "x".repeat(URL_MAX)), Reach::Public).is_err()
        );
    }

    #[test]
    fn public_addresses_are_not_internal() {
        for ip in ["8.8.8.8", "1.1.1.1", "2606:4700:4700::1111", "100.128.0.1", "172.32.0.1"] {
            assert!(!internal(ip.parse().unwrap()), "{ip}");
        }
    }

    #[test]
    fn a_refused_delivery_is_retried_with_growing_pauses_for_a_day_then_failed() {
        let start = Utc::now();
        let mut delivery = delivery(start);
        let mut now = start;
        let mut pauses = Vec::new();
        loop {
            delivery.attempted(Attempt::Refused { status: Some(500), error: "500".into() }, now);
            match delivery.state {
                DeliveryState::Pending { next_at } => {
                    pauses.push(next_at - now);
                    now = next_at;
                }
                DeliveryState::Failed { at } => {
                    assert!(at - start <= RETRY_FOR && at - start > RETRY_FOR - Duration::hours(2));
                    break;
                }
                DeliveryState::Delivered { .. } => unreachable!(),
            }
        }
        assert_eq!(pauses[0], Duration::seconds(5));
        assert!(pauses.windows(2).all(|w| w[1] >= w[0]), "never shorter: {pauses:?}");
        assert_eq!(*pauses.last().unwrap(), Duration::hours(2), "capped");
        assert_eq!(delivery.last_status, Some(500));
    }

    #[test]
    fn a_receiver_back_within_the_day_gets_the_delivery_and_a_redelivery_starts_a_fresh_day() {
        let start = Utc::now();
        let mut delivery = delivery(start);
        delivery.attempted(Attempt::Refused { status: None, error: "connection refused".into() }, start);
        delivery.attempted(Attempt::Accepted { status: 204 }, start + Duration::hours(3));
        assert_eq!(delivery.state, DeliveryState::Delivered { at: start + Duration::hours(3) });
        assert_eq!((delivery.attempts, delivery.last_error.as_deref()), (2, None));
        delivery.redeliver(start + Duration::days(3));
        assert_eq!(delivery.state, DeliveryState::Pending { next_at: start + Duration::days(3) });
    }

    #[test]
    fn a_subscription_failing_for_a_day_is_paused_once_and_a_success_heals_it() {
        let start = Utc::now();
        let mut health = Health::Active { failing_since: None };
        assert!(!health.after(false, start));
        assert!(!health.after(false, start + Duration::hours(23)));
        assert!(!health.after(true, start + Duration::hours(23)), "a success clears the mark");
        assert!(!health.after(false, start + Duration::hours(24)));
        assert!(health.after(false, start + Duration::hours(48)), "paused, and told once");
        assert!(!health.after(false, start + Duration::hours(49)));
        assert_eq!(health, Health::Paused { since: start + Duration::hours(48) });
    }
}
