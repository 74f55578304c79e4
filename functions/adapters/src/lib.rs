//! Adapters that implement `latchkey-core`'s ports on real infrastructure:
//! DynamoDB for the directory and audit trail, SES v2 for email, SNS for SMS,
//! argon2id for password hashing, WebAuthn for passkeys, and the operating
//! system's clock and randomness.

pub mod aws;
pub mod config;
pub mod dynamo;
pub mod events;
pub mod hashing;
pub mod keyed;
pub mod notify;
pub mod passkeys;
pub mod sealed;
pub mod system;
pub mod voice;
pub mod webhooks;

pub use config::{AdapterConfig, ConfigError, EmailApi, TableNames, VoiceApi};
// The stores that began outside `dynamo`, where their users still find them.
pub use dynamo::{agents, breach, clients};

use std::sync::Arc;

use latchkey_core::ports::Ports;

/// The sealer of a function: the sealing keys where it holds them (the
/// pepper opening only what was sealed before they existed), else one that
/// seals and opens nothing. A key ring that cannot be read seals nothing
/// either, and says so once.
fn sealer(
    config: &AdapterConfig,
    pepper: &secrecy::SecretString,
) -> Arc<dyn latchkey_core::ports::SecretSealer> {
    match config.sealing_key.as_ref().map(|ring| sealed::ChaChaSealer::from_ring(ring, Some(pepper))) {
        Some(Ok(sealer)) => Arc::new(sealer),
        Some(Err(err)) => {
            tracing::error!(error = %err, "the sealing keys cannot be used: authenticators cannot be set up or proven");
            Arc::new(sealed::NoSealer)
        }
        None => Arc::new(sealed::NoSealer),
    }
}

/// The passkey ceremonies of the deployment's relying party; a relying
/// party that cannot be used (a bad `LATCHKEY_PASSKEY_RP_ID`) refuses every
/// ceremony and says so once, and everything else works on.
fn passkeys(config: &AdapterConfig) -> Arc<dyn latchkey_core::ports::PasskeyCeremonies> {
    let (rp_id, origins) = config.passkey_party();
    match passkeys::WebauthnCeremonies::new(&rp_id, origins) {
        Ok(ceremonies) => Arc::new(ceremonies),
        Err(err) => {
            tracing::error!(error = %err, "the passkeys' relying party cannot be used: passkeys cannot be set up or used");
            Arc::new(passkeys::NoPasskeys)
        }
    }
}

/// Builds every port from configuration: the SDK clients are created here,
/// once per process (per Lambda cold start), and shared by every request.
pub async fn connect(config: &AdapterConfig) -> Ports {
    let sdk = aws::sdk_config(config).await;
    let dynamo = aws::dynamodb_client(&sdk, config);
    let retention = config.audit_retention;
    let audit =
        Arc::new(dynamo::DynamoAudit::new(dynamo.clone(), config.tables.clone()).with_retention(retention));
    let pepper = config.code_pepper.clone().unwrap_or_else(|| {
        tracing::warn!(
            "LATCHKEY_CODE_PEPPER is not set: using a random key, so codes only work within this process"
        );
        keyed::random_pepper()
    });
    let agents = Arc::new(agents::DynamoAgents::new(dynamo.clone(), config.tables.clone(), retention));
    let jobs = Arc::new(dynamo::jobs::DynamoJobs::new(dynamo.clone(), config.tables.clone(), agents.clone()));
    Ports {
        directory: Arc::new(
            dynamo::DynamoDirectory::new(dynamo.clone(), config.tables.clone()).with_retention(retention),
        ),
        flows: Arc::new(
            dynamo::DynamoFlows::new(dynamo.clone(), config.tables.clone()).with_retention(retention),
        ),
        keyed: Arc::new(keyed::HmacKeyed::new(&pepper)),
        sealer: sealer(config, &pepper),
        audit,
        hasher: Arc::new(hashing::Argon2Hasher::new()),
        passkeys: passkeys(config),
        breaches: Arc::new(breach::DynamoBreaches::new(
            dynamo.clone(),
            config.tables.breach.clone(),
            config.tables.directory.clone(),
        )),
        writeback: jobs.clone(),
        agents,
        clients: Arc::new(clients::DynamoClients::new(dynamo.clone(), config.tables.clone(), retention)),
        webhooks: Arc::new(dynamo::webhooks::DynamoWebhooks::new(
            dynamo.clone(),
            config.tables.clone(),
            retention,
        )),
        jobs,
        sessions: Arc::new(dynamo::sessions::DynamoSessions::new(
            dynamo.clone(),
            config.tables.clone(),
            retention,
        )),
        email: match config.email_api {
            EmailApi::SesV2 => {
                Arc::new(notify::SesEmail::new(aws_sdk_sesv2::Client::new(&sdk), config.email_from.clone()))
            }
            EmailApi::SesV1 => {
                Arc::new(notify::SesV1Email::new(aws_sdk_ses::Client::new(&sdk), config.email_from.clone()))
            }
        },
        sms: Arc::new(notify::SnsSms::new(aws_sdk_sns::Client::new(&sdk))),
        voice: match &config.voice {
            VoiceApi::SmsVoiceV2 { origination } => Arc::new(voice::SmsVoiceV2::new(
                aws_sdk_pinpointsmsvoicev2::Client::new(&sdk),
                origination.clone(),
            )),
            VoiceApi::Off => Arc::new(voice::NoVoice),
            VoiceApi::Record { file } => {
                tracing::warn!("voice calls are recorded, not placed (LATCHKEY_VOICE=record)");
                match file {
                    Some(path) => Arc::new(voice::RecordingVoice::to_file(path)),
                    None => Arc::new(voice::RecordingVoice::default()),
                }
            }
        },
        clock: Arc::new(system::SystemClock),
        random: Arc::new(system::OsRandom),
        background: Arc::new(system::TokioBackground),
        links: latchkey_core::model::links::Links { portal: config.portal_url.clone() },
        webhook_reach: config.webhook_reach,
    }
}

/// SSM Parameter Store, for secrets such as the token signing key that must
/// never sit in plain environment variables, and for the public key set that
/// warm functions re-read. One client per process (built at cold start).
#[derive(Clone)]
pub struct Parameters {
    client: aws_sdk_ssm::Client,
}

impl Parameters {
    pub async fn connect(config: &AdapterConfig) -> Self {
        Self { client: aws_sdk_ssm::Client::new(&aws::sdk_config(config).await) }
    }

    /// A parameter's value, decrypted (a SecureString or a plain String).
    pub async fn read(&self, name: &str) -> Result<secrecy::SecretString, latchkey_core::PortError> {
        read_parameter(&self.client, name).await
    }
}

async fn read_parameter(
    client: &aws_sdk_ssm::Client,
    name: &str,
) -> Result<secrecy::SecretString, latchkey_core::PortError> {
    let out = client
        .get_parameter()
        .name(name)
        .with_decryption(true)
        .send()
        .await
        .map_err(|e| aws::classify("parameter store", e))?;
    let value = out.parameter.and_then(|p| p.value).ok_or_else(|| latchkey_core::PortError::Failed {
        what: "parameter store",
        source: format!("parameter {name} has no value").into(),
    })?;
    Ok(secrecy::SecretString::from(value))
}
