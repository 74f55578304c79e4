//! Adapter configuration, read once from the environment. A missing or
//! malformed setting fails the cold start, never a request.

use std::time::Duration;

use secrecy::SecretString;

/// A setting that could not be read.
#[derive(Debug, thiserror::Error)]
pub enum ConfigError {
    #[error("{name} is not valid: {reason}")]
    Invalid { name: &'static str, reason: String },
}

/// The DynamoDB tables Latchkey uses; `template.yaml` and the bootstrap create them.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TableNames {
    /// Users, username claims, groups and the organisation's settings.
    pub directory: String,
    /// The audit trail.
    pub audit: String,
    /// Short-lived flows (resets, registrations), expired by TTL.
    pub flows: String,
    /// The imported breached-password corpus (shards and their manifest);
    /// the functions only read it, the import tool writes it.
    pub breach: String,
}

impl TableNames {
    /// `<prefix>directory`, `<prefix>audit`, `<prefix>flows`, `<prefix>breach`.
    pub fn with_prefix(prefix: &str) -> Self {
        Self {
            directory: format!("{prefix}directory"),
            audit: format!("{prefix}audit"),
            flows: format!("{prefix}flows"),
            breach: format!("{prefix}breach"),
        }
    }
}

/// Which SES API sends email.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum EmailApi {
    /// SES v2 `SendEmail` (AWS, moto).
    SesV2,
    /// SES v1 `SendEmail`, for LocalStack's free edition, which has no SES v2.
    SesV1,
}

/// How voice calls are placed.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum VoiceApi {
    /// AWS End User Messaging SMS and Voice, calling from this origination
    /// identity (a phone number, pool or sender id in the account).
    SmsVoiceV2 { origination: String },
    /// Recorded, not placed (no voice API in the emulators), optionally to a file.
    Record { file: Option<String> },
    /// No caller number set up: voice is not offered.
    Off,
}

/// Everything the adapters need to know.
#[derive(Debug, Clone)]
pub struct AdapterConfig {
    pub tables: TableNames,
    /// `None` means the AWS default chain (real AWS); set for an emulator.
    pub endpoint_url: Option<String>,
    /// DynamoDB's own endpoint when it differs from `endpoint_url`: locally,
    /// DynamoDB is one emulator and SES, SNS and SSM another (see
    /// `localstack/README.md`). From the environment the SDK reads
    /// `AWS_ENDPOINT_URL_DYNAMODB` itself; this is for code that sets both.
    pub dynamodb_endpoint_url: Option<String>,
    pub region: String,
    /// The sender of every email (its domain must be a verified SES identity).
    pub email_from: String,
    /// `LATCHKEY_EMAIL_API`: `ses-v2` (default) or `ses-v1`.
    pub email_api: EmailApi,
    /// Give up on one AWS call after this long; the request then fails with 503.
    pub call_timeout: Duration,
    /// The key of the keyed hash that protects one-time codes and flow ids.
    /// Every instance must share it; `None` makes `connect` use a random one
    /// (fine for one process, wrong for a fleet).
    pub code_pepper: Option<SecretString>,
    /// The keys that seal authenticator secrets at rest, one a line, the
    /// first sealing (`LATCHKEY_SEALING_KEY`, or the SSM SecureString
    /// `LATCHKEY_SEALING_KEY_PARAMETER` names). Only the functions that set
    /// up or prove an authenticator hold them; `None` (every other function)
    /// seals and opens nothing. One key, one purpose: never the code pepper,
    /// which every function reads (it only opens what was sealed under it
    /// before sealing had keys of its own).
    pub sealing_key: Option<SecretString>,
    /// `LATCHKEY_VOICE`: `sms-voice-v2` (default, needs `LATCHKEY_VOICE_ORIGINATION`) or `record`.
    pub voice: VoiceApi,
    /// How long audit events are kept (`LATCHKEY_AUDIT_RETENTION_DAYS`,
    /// 1–3650, default 365).
    pub audit_retention: latchkey_core::model::audit::Retention,
    /// The EventBridge bus committed audit events are published to
    /// (`LATCHKEY_EVENT_BUS`); `None`: no event stream.
    pub event_bus: Option<String>,
    /// The portal's origin (`LATCHKEY_PORTAL_URL`, such as
    /// `https://reset.example.org`): the links messages carry point there;
    /// `None`: messages carry no link.
    pub portal_url: Option<String>,
    /// Where webhook endpoints may point: public `https://` hosts only,
    /// unless `LATCHKEY_WEBHOOK_PRIVATE_ENDPOINTS=allow` (a local stack with a
    /// receiver on the same machine; never in AWS).
    pub webhook_reach: latchkey_core::model::webhooks::Reach,
    /// The passkeys' relying-party id (`LATCHKEY_PASSKEY_RP_ID`, a domain
    /// such as `reset.contoso.com`); `None`: the portal's host
    /// ([`AdapterConfig::passkey_party`]).
    pub passkey_rp_id: Option<String>,
    /// The origins passkey ceremonies may run on (`LATCHKEY_PASSKEY_ORIGINS`,
    /// comma separated, such as `https://reset.contoso.com`); empty: the
    /// portal's origin.
    pub passkey_origins: Vec<String>,
}

/// The relying-party id a development portal stands for: browsers take no
/// IP address as one, and treat `localhost` as a secure origin.
const LOCAL_RP_ID: &str = "localhost";

/// A URL's origin as browsers serialise it (`scheme://host[:port]`, lower
/// case, no default port) and its host; `None` when it has neither.
/// A loopback address stands for `localhost`, the one name a browser
/// accepts passkeys on without TLS.
fn origin_of(url: &str) -> Option<(String, String)> {
    let (scheme, rest) = url.trim().split_once("://")?;
    let scheme = scheme.to_ascii_lowercase();
    let authority = rest.split(['/', '?', '#']).next()?;
    let authority = authority.rsplit_once('@').map_or(authority, |(_user, host)| host).to_ascii_lowercase();
    let (host, port) = match authority.rsplit_once(':') {
        Some((host, port)) if !port.contains(']') => (host, Some(port.parse::<u16>().ok()?)),
        _ => (authority.as_str(), None),
    };
    let host = host.trim_end_matches('.');
    if scheme.is_empty() || host.is_empty() {
        return None;
    }
    let loopback = host
        .trim_start_matches('[')
        .trim_end_matches(']')
        .parse::<std::net::IpAddr>()
        .is_ok_and(|ip| ip.is_loopback());
    let host = if loopback { LOCAL_RP_ID } else { host };
    let port = match (scheme.as_str(), port) {
        ("https", Some(443)) | ("http", Some(80)) | (_, None) => String::new(),
        (_, Some(port)) => format!(":{port}"),
    };
    Some((format!("{scheme}://{host}{port}"), host.to_owned()))
}

/// The relying party from what is configured: the id set, else the
/// portal's host, else the first origin's host; the origins set, else the
/// portal's origin, else the id's `https` origin. `None` when nothing names one.
fn relying_party(
    rp_id: Option<&str>,
    origins: &[String],
    portal_url: Option<&str>,
) -> Option<(String, Vec<String>)> {
    let portal = portal_url.and_then(origin_of);
    let rp_id = rp_id
        .map(str::to_owned)
        .or_else(|| portal.as_ref().map(|(_, host)| host.clone()))
        .or_else(|| origins.first().and_then(|o| origin_of(o)).map(|(_, host)| host))?;
    let origins = if !origins.is_empty() {
        origins.to_vec()
    } else if let Some((origin, _)) = portal {
        vec![origin]
    } else {
        vec![format!("https://{rp_id}")]
    };
    Some((rp_id, origins))
}

/// `LATCHKEY_PASSKEY_ORIGINS`: comma separated, blanks skipped.
fn origin_list(raw: Option<String>) -> Vec<String> {
    raw.map(|list| list.split(',').map(str::trim).filter(|o| !o.is_empty()).map(str::to_owned).collect())
        .unwrap_or_default()
}

/// The voice API `LATCHKEY_VOICE` and `LATCHKEY_VOICE_ORIGINATION` name
/// (`var` reads a variable that is set and not blank).
fn voice_api(var: impl Fn(&str) -> Option<String>) -> Result<VoiceApi, ConfigError> {
    Ok(match (var("LATCHKEY_VOICE").as_deref(), var("LATCHKEY_VOICE_ORIGINATION")) {
        (Some("record"), _) => VoiceApi::Record { file: var("LATCHKEY_VOICE_RECORD_FILE") },
        (None | Some("sms-voice-v2"), Some(origination)) => VoiceApi::SmsVoiceV2 { origination },
        // Without an origination no call can be placed: the policy may not offer voice.
        (None, None) => VoiceApi::Off,
        (Some("sms-voice-v2"), None) => {
            return Err(ConfigError::Invalid {
                name: "LATCHKEY_VOICE_ORIGINATION",
                reason: "is required for sms-voice-v2 calls (a phone number or pool id)".into(),
            });
        }
        (Some(_), _) => {
            return Err(ConfigError::Invalid {
                name: "LATCHKEY_VOICE",
                reason: "must be sms-voice-v2 or record".into(),
            });
        }
    })
}

/// A secret of at least 32 characters, when the variable `name` is set.
fn long_secret(value: Option<String>, name: &'static str) -> Result<Option<SecretString>, ConfigError> {
    match value {
        Some(v) if v.len() < 32 => {
            Err(ConfigError::Invalid { name, reason: "must be at least 32 characters".into() })
        }
        v => Ok(v.map(SecretString::from)),
    }
}

impl AdapterConfig {
    /// Reads `LATCHKEY_TABLE_PREFIX` (default `latchkey-`), `AWS_ENDPOINT_URL`,
    /// `AWS_REGION` (default `us-east-1`), `LATCHKEY_EMAIL_FROM` and
    /// `LATCHKEY_AWS_TIMEOUT_MS` (default 3000).
    pub fn from_env() -> Result<Self, ConfigError> {
        let var = |name: &str| std::env::var(name).ok().filter(|v| !v.trim().is_empty());
        let prefix = var("LATCHKEY_TABLE_PREFIX").unwrap_or_else(|| "latchkey-".into());
        if !prefix.chars().all(|c| c.is_ascii_alphanumeric() || matches!(c, '-' | '_' | '.')) {
            return Err(ConfigError::Invalid {
                name: "LATCHKEY_TABLE_PREFIX",
                reason: "may contain only letters, digits, '-', '_' and '.'".into(),
            });
        }
        let email_from = var("LATCHKEY_EMAIL_FROM").unwrap_or_else(|| "no-reply@latchkey.example".into());
        if !email_from.contains('@') {
            return Err(ConfigError::Invalid {
                name: "LATCHKEY_EMAIL_FROM",
                reason: "must be an email address".into(),
            });
        }
        let timeout_ms = match var("LATCHKEY_AWS_TIMEOUT_MS") {
            None => 3000,
            Some(v) => v.parse::<u64>().map_err(|e| ConfigError::Invalid {
                name: "LATCHKEY_AWS_TIMEOUT_MS",
                reason: e.to_string(),
            })?,
        };
        let email_api = match var("LATCHKEY_EMAIL_API").as_deref() {
            None | Some("ses-v2") => EmailApi::SesV2,
            Some("ses-v1") => EmailApi::SesV1,
            Some(_) => {
                return Err(ConfigError::Invalid {
                    name: "LATCHKEY_EMAIL_API",
                    reason: "must be ses-v2 or ses-v1".into(),
                });
            }
        };
        let voice = voice_api(var)?;
        let code_pepper = long_secret(var("LATCHKEY_CODE_PEPPER"), "LATCHKEY_CODE_PEPPER")?;
        let sealing_key = long_secret(var("LATCHKEY_SEALING_KEY"), "LATCHKEY_SEALING_KEY")?;
        let audit_retention = match var("LATCHKEY_AUDIT_RETENTION_DAYS") {
            None => latchkey_core::model::audit::Retention::DEFAULT,
            Some(v) => v
                .parse::<u32>()
                .ok()
                .and_then(|d| latchkey_core::model::audit::Retention::days(d).ok())
                .ok_or(ConfigError::Invalid {
                    name: "LATCHKEY_AUDIT_RETENTION_DAYS",
                    reason: "must be a number of days from 1 to 3650".into(),
                })?,
        };
        Ok(Self {
            tables: TableNames::with_prefix(&prefix),
            endpoint_url: var("AWS_ENDPOINT_URL"),
            dynamodb_endpoint_url: None,
            region: var("AWS_REGION")
                .or_else(|| var("AWS_DEFAULT_REGION"))
                .unwrap_or_else(|| "us-east-1".into()),
            email_from,
            email_api,
            call_timeout: Duration::from_millis(timeout_ms),
            code_pepper,
            sealing_key,
            voice,
            audit_retention,
            event_bus: var("LATCHKEY_EVENT_BUS"),
            portal_url: var("LATCHKEY_PORTAL_URL"),
            webhook_reach: match var("LATCHKEY_WEBHOOK_PRIVATE_ENDPOINTS").as_deref() {
                Some("allow") => latchkey_core::model::webhooks::Reach::Anywhere,
                None | Some("refuse") => latchkey_core::model::webhooks::Reach::Public,
                Some(_) => {
                    return Err(ConfigError::Invalid {
                        name: "LATCHKEY_WEBHOOK_PRIVATE_ENDPOINTS",
                        reason: "must be allow or refuse".into(),
                    });
                }
            },
            passkey_rp_id: var("LATCHKEY_PASSKEY_RP_ID"),
            passkey_origins: origin_list(var("LATCHKEY_PASSKEY_ORIGINS")),
        })
    }

    /// The configuration for a local emulator at `endpoint` (tests, the dev server).
    pub fn local(endpoint: &str, prefix: &str) -> Self {
        Self {
            tables: TableNames::with_prefix(prefix),
            endpoint_url: Some(endpoint.to_string()),
            dynamodb_endpoint_url: None,
            region: "us-east-1".into(),
            email_from: "no-reply@latchkey.example".into(),
            email_api: EmailApi::SesV2,
            call_timeout: Duration::from_millis(3000),
            code_pepper: None,
            // A key of this process's own: tests and the dev server seal and
            // open within one process.
            sealing_key: Some(crate::keyed::random_pepper()),
            voice: VoiceApi::Record { file: None },
            audit_retention: latchkey_core::model::audit::Retention::DEFAULT,
            event_bus: None,
            portal_url: None,
            // A receiver on this machine.
            webhook_reach: latchkey_core::model::webhooks::Reach::Anywhere,
            passkey_rp_id: None,
            passkey_origins: Vec::new(),
        }
    }

    /// The same, with DynamoDB at its own `endpoint`.
    #[must_use]
    pub fn with_dynamodb(mut self, endpoint: &str) -> Self {
        self.dynamodb_endpoint_url = Some(endpoint.to_string());
        self
    }

    /// The passkeys' relying party, `(id, origins)`: as configured, or
    /// derived from the portal's URL (see `relying_party`); with neither,
    /// `localhost` and `http://localhost`, which serve a developer's
    /// machine only (said once per process).
    pub fn passkey_party(&self) -> (String, Vec<String>) {
        relying_party(self.passkey_rp_id.as_deref(), &self.passkey_origins, self.portal_url.as_deref())
            .unwrap_or_else(|| {
                static SAID: std::sync::Once = std::sync::Once::new();
                SAID.call_once(|| {
                    tracing::warn!(
                        "neither LATCHKEY_PASSKEY_RP_ID nor LATCHKEY_PORTAL_URL is set: passkeys work on http://localhost only"
                    );
                });
                (LOCAL_RP_ID.to_owned(), vec![format!("http://{LOCAL_RP_ID}")])
            })
    }

    /// The domain part of the sender address (the SES identity to verify).
    pub fn email_domain(&self) -> &str {
        self.email_from.rsplit_once('@').map(|(_, d)| d).unwrap_or(&self.email_from)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn party(rp_id: Option<&str>, origins: &[&str], portal: Option<&str>) -> Option<(String, Vec<String>)> {
        let origins: Vec<String> = origins.iter().map(|o| (*o).to_owned()).collect();
        relying_party(rp_id, &origins, portal)
    }

    #[test]
    fn the_passkey_party_comes_from_the_portal_unless_set() {
        assert_eq!(
            party(None, &[], Some("https://Reset.Contoso.com/portal/")),
            Some(("reset.contoso.com".into(), vec!["https://reset.contoso.com".into()]))
        );
        assert_eq!(
            party(None, &[], Some("https://reset.contoso.com:8443")),
            Some(("reset.contoso.com".into(), vec!["https://reset.contoso.com:8443".into()]))
        );
        assert_eq!(
            party(
                Some("contoso.com"),
                &["https://reset.contoso.com", "https://id.contoso.com"],
                Some("https://x.example")
            ),
            Some((
                "contoso.com".into(),
                vec!["https://reset.contoso.com".into(), "https://id.contoso.com".into()]
            ))
        );
        assert_eq!(
            party(Some("contoso.com"), &[], None),
            Some(("contoso.com".into(), vec!["https://contoso.com".into()]))
        );
        assert_eq!(
            party(None, &["https://reset.contoso.com"], None),
            Some(("reset.contoso.com".into(), vec!["https://reset.contoso.com".into()]))
        );
        assert_eq!(party(None, &[], None), None);
    }

    #[test]
    fn a_portal_on_a_loopback_address_is_localhost_without_its_default_port() {
        assert_eq!(
            party(None, &[], Some("http://127.0.0.1:8080")),
            Some(("localhost".into(), vec!["http://localhost:8080".into()]))
        );
        assert_eq!(
            party(None, &[], Some("http://[::1]:80/")),
            Some(("localhost".into(), vec!["http://localhost".into()]))
        );
        assert_eq!(
            origin_of("https://reset.contoso.com:443/x"),
            Some(("https://reset.contoso.com".into(), "reset.contoso.com".into()))
        );
        assert_eq!(origin_of("reset.contoso.com"), None);
    }

    #[test]
    fn nothing_set_means_localhost() {
        let config = AdapterConfig::local("http://127.0.0.1:4566", "t-");
        assert_eq!(config.passkey_party(), ("localhost".into(), vec!["http://localhost".into()]));
    }

    #[test]
    fn the_origins_setting_is_a_comma_separated_list() {
        assert_eq!(
            origin_list(Some(" https://a.example , ,https://b.example".into())),
            vec!["https://a.example".to_owned(), "https://b.example".to_owned()]
        );
        assert!(origin_list(None).is_empty());
    }
}
