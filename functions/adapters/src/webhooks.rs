//! Webhook signatures as Standard Webhooks defines them
//! (<https://www.standardwebhooks.com>): the signed content is
//! `{webhook-id}.{webhook-timestamp}.{body}`, signed with HMAC-SHA256 under
//! the secret's bytes, sent as `v1,{base64}` in `webhook-signature` — several
//! space-separated while a rotated secret overlaps the new one. Receivers
//! verify with the reference libraries of every language, so this must
//! match them byte for byte (the published test vector below).

use base64::Engine;
use base64::engine::general_purpose::STANDARD;
use hmac::{Hmac, Mac};
use secrecy::{ExposeSecret, SecretString};
use sha2::Sha256;
use subtle::ConstantTimeEq;

use latchkey_core::model::webhooks::{Attempt, Reach, internal};
use latchkey_core::ports::webhooks::{Outgoing, WebhookSender};

/// The prefix a Standard Webhooks secret is written with.
pub const SECRET_PREFIX: &str = "whsec_";

/// A signing secret's bytes, as its `whsec_…` text shows them (the prefix
/// is optional, as the reference libraries take it).
#[derive(Clone)]
pub struct SigningSecret(SecretString);

impl SigningSecret {
    /// A new secret from 24 random bytes (192 bits), in its `whsec_` text.
    pub fn from_random(bytes: [u8; 24]) -> Self {
        Self(SecretString::from(format!("{SECRET_PREFIX}{}", STANDARD.encode(bytes))))
    }

    /// A secret from its key bytes (as sealed in the store).
    pub fn from_key(key: &[u8]) -> Self {
        Self(SecretString::from(format!("{SECRET_PREFIX}{}", STANDARD.encode(key))))
    }

    /// A secret from its text; `None` when the part after the prefix is not base64.
    pub fn parse(text: &str) -> Option<Self> {
        let encoded = text.strip_prefix(SECRET_PREFIX).unwrap_or(text);
        STANDARD.decode(encoded).ok().filter(|key| !key.is_empty())?;
        Some(Self(SecretString::from(text.to_owned())))
    }

    /// The `whsec_…` text, shown once to the administrator.
    pub fn text(&self) -> &str {
        self.0.expose_secret()
    }

    fn key(&self) -> Vec<u8> {
        let text = self.0.expose_secret();
        let encoded = text.strip_prefix(SECRET_PREFIX).unwrap_or(text);
        STANDARD.decode(encoded).unwrap_or_default()
    }

    /// The `v1,…` signature of one delivery attempt.
    pub fn sign(&self, id: &str, timestamp: i64, body: &[u8]) -> String {
        #[expect(clippy::expect_used, reason = "HMAC takes a key of any length")]
        let mut mac = Hmac::<Sha256>::new_from_slice(&self.key()).expect("any key length");
        mac.update(id.as_bytes());
        mac.update(b".");
        mac.update(timestamp.to_string().as_bytes());
        mac.update(b".");
        mac.update(body);
        format!("v1,{}", STANDARD.encode(mac.finalize().into_bytes()))
    }
}

impl std::fmt::Debug for SigningSecret {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("SigningSecret(…)")
    }
}

/// The `webhook-signature` header of an attempt signed by every live
/// secret (the current one first, then one rotated out but still in its overlap).
pub fn signature_header(secrets: &[SigningSecret], id: &str, timestamp: i64, body: &[u8]) -> String {
    secrets.iter().map(|s| s.sign(id, timestamp, body)).collect::<Vec<_>>().join(" ")
}

/// How far a receiver lets `webhook-timestamp` stray from its clock (the
/// reference libraries' five minutes): an old delivery replayed is refused.
pub const TOLERANCE_SECONDS: i64 = 300;

/// Whether `header` holds a signature of `secret` over this attempt, with a
/// timestamp within [`TOLERANCE_SECONDS`] of `now` — what a receiver checks
/// (and the tests, as a receiver).
pub fn verify(
    secret: &SigningSecret,
    header: &str,
    (id, timestamp, body): (&str, i64, &[u8]),
    now: i64,
) -> bool {
    if (now - timestamp).abs() > TOLERANCE_SECONDS {
        return false;
    }
    let expected = secret.sign(id, timestamp, body);
    header.split(' ').any(|given| bool::from(given.as_bytes().ct_eq(expected.as_bytes())))
}

/// How long one attempt may take, connecting included: a receiver is
/// meant to answer at once and do its work later.
pub const ATTEMPT_TIMEOUT: std::time::Duration = std::time::Duration::from_secs(10);

/// Sends webhook attempts over HTTPS (HTTP too on a local stack): POST,
/// the Standard Webhooks headers, no redirect followed (a redirect could
/// lead inside), and under [`Reach::Public`] a resolver that drops every
/// internal address a name resolves to — a name that resolves only inside
/// is refused, checked at each attempt, so DNS changed after the
/// subscription was made cannot point it at the metadata service.
pub struct HttpSender {
    client: reqwest::Client,
}

impl HttpSender {
    pub fn new(reach: Reach) -> Self {
        let mut builder = reqwest::Client::builder()
            .redirect(reqwest::redirect::Policy::none())
            .timeout(ATTEMPT_TIMEOUT)
            .connect_timeout(std::time::Duration::from_secs(5))
            .user_agent("Latchkey-Webhooks/1");
        if reach == Reach::Public {
            builder = builder.dns_resolver(std::sync::Arc::new(PublicOnly));
        }
        // Building fails only when TLS cannot start; then every attempt says so.
        let client = builder.build().unwrap_or_else(|err| {
            tracing::error!(error = %err, "the webhook client could not be built; deliveries will fail");
            reqwest::Client::new()
        });
        Self { client }
    }
}

/// Resolves with the system and keeps public addresses only.
struct PublicOnly;

impl reqwest::dns::Resolve for PublicOnly {
    fn resolve(&self, name: reqwest::dns::Name) -> reqwest::dns::Resolving {
        Box::pin(async move {
            let found = tokio::net::lookup_host((name.as_str(), 0)).await?;
            let public: Vec<std::net::SocketAddr> = found.filter(|a| !internal(a.ip())).collect();
            if public.is_empty() {
                return Err(
                    "the endpoint's name resolves only to private, loopback or link-local addresses".into()
                );
            }
            Ok(Box::new(public.into_iter()) as reqwest::dns::Addrs)
        })
    }
}

/// An attempt's failure in words for the delivery log: no URL, no secret.
fn worded(err: &reqwest::Error) -> String {
    use std::error::Error as _;
    if err.is_timeout() {
        return format!("no answer within {} seconds", ATTEMPT_TIMEOUT.as_secs());
    }
    let mut cause = err.source();
    let mut deepest = None;
    while let Some(c) = cause {
        deepest = Some(c.to_string());
        cause = c.source();
    }
    let what = if err.is_connect() { "could not connect" } else { "the request failed" };
    match deepest {
        Some(detail) => format!("{what}: {detail}"),
        None => what.to_owned(),
    }
}

#[async_trait::async_trait]
impl WebhookSender for HttpSender {
    async fn send(&self, outgoing: Outgoing<'_>) -> Attempt {
        let secrets: Vec<SigningSecret> =
            outgoing.keys.iter().map(|k| SigningSecret::from_key(k.expose_secret())).collect();
        let timestamp = outgoing.timestamp.timestamp();
        let signature = signature_header(&secrets, outgoing.id, timestamp, outgoing.body.as_bytes());
        let sent = self
            .client
            .post(outgoing.url.as_str())
            .header("content-type", "application/json")
            .header("webhook-id", outgoing.id)
            .header("webhook-timestamp", timestamp.to_string())
            .header("webhook-signature", signature)
            .body(outgoing.body.to_owned())
            .send()
            .await;
        match sent {
            Ok(response) if response.status().is_success() => {
                Attempt::Accepted { status: response.status().as_u16() }
            }
            Ok(response) => {
                let status = response.status();
                Attempt::Refused {
                    status: Some(status.as_u16()),
                    error: format!("the endpoint answered {status}"),
                }
            }
            Err(err) => Attempt::Refused { status: None, error: worded(&err) },
        }
    }

    async fn pause(&self, round: u32) {
        tokio::time::sleep(std::time::Duration::from_millis(100u64 << round.min(4))).await;
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_published_standard_webhooks_test_vector_signs_alike() {
        let secret = SigningSecret::parse("whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw").unwrap();
        let body = br#"{"test": 2432232314}"#;
        let signed = secret.sign("msg_p5jXN8AQM9LWM0D4loKWxJek", 1_614_265_330, body);
        assert_eq!(signed, "v1,g0hM9SsE+OTPJTGt/tmIKtSyZlE3uFJELVlNIOLJ1OE=");
        // The prefix is optional, as in the reference libraries.
        let bare = SigningSecret::parse("MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw").unwrap();
        assert_eq!(bare.sign("msg_p5jXN8AQM9LWM0D4loKWxJek", 1_614_265_330, body), signed);
    }

    #[test]
    fn a_receiver_accepts_either_secret_during_an_overlap_and_nothing_stale_or_altered() {
        let old = SigningSecret::from_random([1; 24]);
        let new = SigningSecret::from_random([2; 24]);
        assert!(new.text().starts_with(SECRET_PREFIX));
        let attempt = ("msg_1", 1_700_000_000, &b"{\"a\":1}"[..]);
        let header = signature_header(&[new.clone(), old.clone()], attempt.0, attempt.1, attempt.2);
        assert!(verify(&new, &header, attempt, attempt.1 + 10));
        assert!(verify(&old, &header, attempt, attempt.1 + 10), "the rotated-out secret still verifies");
        assert!(!verify(&new, &header, attempt, attempt.1 + TOLERANCE_SECONDS + 1), "too old");
        assert!(!verify(&new, &header, ("msg_1", attempt.1, b"{\"a\":2}"), attempt.1), "altered body");
        assert!(!verify(&new, &header, ("msg_2", attempt.1, attempt.2), attempt.1), "another delivery's id");
        let stranger = SigningSecret::from_random([3; 24]);
        assert!(!verify(&stranger, &header, attempt, attempt.1));
    }

    #[tokio::test]
    async fn under_the_public_reach_a_name_that_resolves_inside_is_never_connected_to() {
        // `localhost` resolves to loopback without DNS: the same path a public
        // name pointed at an internal address after subscribing would take.
        let url = latchkey_core::model::webhooks::EndpointUrl::stored("https://localhost:9/hook".into());
        let outgoing =
            |keys| Outgoing { url: &url, id: "msg_1", timestamp: chrono::Utc::now(), body: "{}", keys };
        let key = || vec![secrecy::SecretSlice::from(vec![7u8; 24])];
        match HttpSender::new(Reach::Public).send(outgoing(key())).await {
            Attempt::Refused { status: None, error } => {
                assert!(error.contains("resolves only to private"), "{error}");
            }
            other => panic!("{other:?}"),
        }
        // The local stack's reach does try it (and finds nothing listening on port 9).
        match HttpSender::new(Reach::Anywhere).send(outgoing(key())).await {
            Attempt::Refused { status: None, error } => assert!(!error.contains("resolves only"), "{error}"),
            other => panic!("{other:?}"),
        }
    }

    #[test]
    fn a_secret_that_is_not_base64_is_refused_and_never_printed() {
        assert!(SigningSecret::parse("whsec_not base64!").is_none());
        assert!(SigningSecret::parse("whsec_").is_none());
        let secret = SigningSecret::from_random([9; 24]);
        assert!(!format!("{secret:?}").contains(&secret.text()[6..]));
    }
}
