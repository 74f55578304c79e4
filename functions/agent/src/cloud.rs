//! The agent's side of Latchkey's API: enrolment, the job long-poll, results,
//! key rotation. Outbound HTTPS only; every call after enrolment is signed
//! with the agent's own key (`latchkey_writeback::signing`).

use std::path::Path;
use std::sync::Arc;
use std::time::Duration;

use base64::Engine;
use chrono::Utc;
use latchkey_writeback::signing::{AgentSigner, VERSION_HEADER};
use latchkey_writeback::{
    AgentKeys, DirectoryPolicies, EnrolRequest, Enrolled, Job, JobResult, KeysRequest, NextJobRequest,
};
use rand::RngCore;
use secrecy::{ExposeSecret, SecretString};
use serde::{Deserialize, Serialize};

use crate::directory::Directory;
use crate::worker::Worker;

use latchkey_writeback::sync::{RemovalGuard, SkippedUser, SyncChanges, SyncSummary, SyncedUser, diff};

/// The agent's version, sent with every call (admins see it).
pub const VERSION: &str = env!("CARGO_PKG_VERSION");

#[derive(Debug, thiserror::Error)]
pub enum CloudError {
    #[error("{0} must be an https:// address (http:// only for this machine's own loopback)")]
    Insecure(String),
    #[error("could not reach Latchkey")]
    Unreachable(#[source] reqwest::Error),
    #[error("Latchkey refused the call ({status}): {detail}")]
    Refused { status: u16, detail: String },
    #[error("Latchkey's answer could not be read")]
    Answer(#[source] reqwest::Error),
    #[error("the agent's state file {path}")]
    State {
        path: String,
        #[source]
        source: std::io::Error,
    },
    #[error("the agent's state file {path} is not valid: {reason}")]
    BadState { path: String, reason: String },
    #[error("the HTTPS client for Latchkey could not be set up")]
    Client(#[source] reqwest::Error),
    #[error("the request to Latchkey could not be encoded")]
    Request(#[source] serde_json::Error),
}

/// What the agent keeps between runs, in a file only its user can read:
/// where Latchkey is, who the agent is, and its two private keys.
#[derive(Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct AgentState {
    pub url: String,
    pub agent_id: String,
    pub directory: String,
    sealing_private: String,
    signing_private: String,
}

impl AgentState {
    pub fn load(path: &Path) -> Result<Self, CloudError> {
        let text = std::fs::read_to_string(path)
            .map_err(|source| CloudError::State { path: path.display().to_string(), source })?;
        serde_json::from_str(&text)
            .map_err(|e| CloudError::BadState { path: path.display().to_string(), reason: e.to_string() })
    }

    /// Writes the state with mode 0600, replacing the file atomically.
    pub fn save(&self, path: &Path) -> Result<(), CloudError> {
        let err = |source| CloudError::State { path: path.display().to_string(), source };
        let text = serde_json::to_string_pretty(self).map_err(|e| err(e.into()))?;
        crate::files::write_private(path, text.as_bytes()).map_err(err)
    }

    pub fn sealing_keys(&self) -> Result<AgentKeys, CloudError> {
        AgentKeys::from_private_text(&self.sealing_private)
            .map_err(|e| CloudError::BadState { path: "sealing key".into(), reason: e.to_string() })
    }

    pub fn signer(&self) -> Result<AgentSigner, CloudError> {
        AgentSigner::from_private_text(&SecretString::from(self.signing_private.clone()))
            .map_err(|e| CloudError::BadState { path: "signing key".into(), reason: e.to_string() })
    }
}

impl std::fmt::Debug for AgentState {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("AgentState")
            .field("url", &self.url)
            .field("agent_id", &self.agent_id)
            .finish_non_exhaustive()
    }
}

/// Refuses plain HTTP except to the loopback (a local stack, the tests).
fn checked_url(url: &str) -> Result<String, CloudError> {
    let url = url.trim().trim_end_matches('/');
    let loopback =
        ["http://127.0.0.1:", "http://localhost:", "http://[::1]:"].iter().any(|p| url.starts_with(p));
    if url.starts_with("https://") || loopback {
        Ok(url.to_owned())
    } else {
        Err(CloudError::Insecure(url.to_owned()))
    }
}

/// An HTTP client over our own TLS settings (the ring provider, the system's
/// roots or `ca_bundle`'s); the same reasoning as the directory's.
pub fn http_client(tls: rustls::ClientConfig) -> Result<reqwest::Client, CloudError> {
    reqwest::Client::builder()
        .use_preconfigured_tls(tls)
        .connect_timeout(Duration::from_secs(10))
        // Longer than the longest poll Latchkey holds open.
        .timeout(Duration::from_secs(40))
        .build()
        .map_err(CloudError::Client)
}

async fn refused(response: reqwest::Response) -> CloudError {
    let status = response.status().as_u16();
    let detail = response
        .json::<serde_json::Value>()
        .await
        .ok()
        .and_then(|v| v.get("detail").and_then(|d| d.as_str()).map(str::to_owned))
        .unwrap_or_default();
    CloudError::Refused { status, detail }
}

/// Enrols with a one-time `token`: makes both key pairs here, sends only
/// their public halves, and returns the state to save.
pub async fn enrol(http: &reqwest::Client, url: &str, token: &str) -> Result<AgentState, CloudError> {
    let url = checked_url(url)?;
    let sealing = AgentKeys::generate();
    let signing = AgentSigner::generate();
    let body = EnrolRequest {
        token: token.trim().to_owned(),
        version: VERSION.into(),
        sealing_key: sealing.public().to_text(),
        signing_key: signing.public_text(),
    };
    let response = http
        .post(format!("{url}/v1/agent/enrol"))
        .json(&body)
        .send()
        .await
        .map_err(CloudError::Unreachable)?;
    if !response.status().is_success() {
        return Err(refused(response).await);
    }
    let enrolled: Enrolled = response.json().await.map_err(CloudError::Answer)?;
    Ok(AgentState {
        url,
        agent_id: enrolled.agent_id,
        directory: enrolled.directory,
        sealing_private: sealing.private_text().expose_secret().to_owned(),
        signing_private: signing.private_text().expose_secret().to_owned(),
    })
}

/// An enrolled agent's signed calls.
pub struct Cloud {
    http: reqwest::Client,
    url: String,
    agent_id: String,
    signer: AgentSigner,
}

impl Cloud {
    pub fn new(http: reqwest::Client, state: &AgentState) -> Result<Self, CloudError> {
        Ok(Self {
            http,
            url: checked_url(&state.url)?,
            agent_id: state.agent_id.clone(),
            signer: state.signer()?,
        })
    }

    async fn call(&self, path: &str, body: &impl Serialize) -> Result<reqwest::Response, CloudError> {
        let body = serde_json::to_vec(body).map_err(CloudError::Request)?;
        let mut nonce = [0u8; 18];
        rand::rngs::OsRng.fill_bytes(&mut nonce);
        let nonce = base64::engine::general_purpose::URL_SAFE_NO_PAD.encode(nonce);
        let now = Utc::now().timestamp();
        let authorization =
            self.signer.authorization_with_version(&self.agent_id, "POST", path, now, &nonce, VERSION, &body);
        let response = self
            .http
            .post(format!("{}{path}", self.url))
            .header(reqwest::header::AUTHORIZATION, authorization)
            .header(reqwest::header::CONTENT_TYPE, "application/json")
            .header(VERSION_HEADER, VERSION)
            .body(body)
            .send()
            .await
            .map_err(CloudError::Unreachable)?;
        if response.status().is_success() { Ok(response) } else { Err(refused(response).await) }
    }

    /// The next job for this agent's directory, waiting up to `wait_seconds`.
    pub async fn next_job(&self, wait_seconds: u8) -> Result<Option<Job>, CloudError> {
        let response = self.call("/v1/agent/jobs/next", &NextJobRequest { wait_seconds }).await?;
        if response.status() == reqwest::StatusCode::NO_CONTENT {
            return Ok(None);
        }
        response.json().await.map(Some).map_err(CloudError::Answer)
    }

    /// Sends one page of the directory's changes (`SyncChanges::pages`).
    pub async fn sync(&self, page: &SyncChanges) -> Result<SyncSummary, CloudError> {
        self.call("/v1/agent/sync", page).await?.json().await.map_err(CloudError::Answer)
    }

    /// Sends the directory's password policies (`POST /v1/agent/policy`, 204).
    pub async fn policy(&self, policies: &DirectoryPolicies) -> Result<(), CloudError> {
        self.call("/v1/agent/policy", policies).await.map(|_| ())
    }

    pub async fn report(&self, result: &JobResult) -> Result<(), CloudError> {
        self.call(&format!("/v1/agent/jobs/{}/result", result.job.0), result).await.map(|_| ())
    }

    /// Makes new key pairs, enrols their public halves, and returns the new
    /// state: the old keys stop working at once.
    pub async fn rotate(&self, state: &AgentState) -> Result<AgentState, CloudError> {
        let sealing = AgentKeys::generate();
        let signing = AgentSigner::generate();
        let body =
            KeysRequest { sealing_key: sealing.public().to_text(), signing_key: signing.public_text() };
        self.call("/v1/agent/keys", &body).await?;
        Ok(AgentState {
            url: state.url.clone(),
            agent_id: state.agent_id.clone(),
            directory: state.directory.clone(),
            sealing_private: sealing.private_text().expose_secret().to_owned(),
            signing_private: signing.private_text().expose_secret().to_owned(),
        })
    }
}

/// Takes jobs and applies them until the process stops: `pollers` long
/// polls at once, so one job in the directory never holds up the next.
/// A failed call waits (1 s, doubling to 30 s) and tries again.
pub async fn run(cloud: Arc<Cloud>, worker: Arc<Worker>, pollers: usize) {
    // Jobs a stopped run began and did not report: reported first, late.
    for result in worker.recover().await {
        settle(&cloud, &worker, &result).await;
    }
    let mut tasks = tokio::task::JoinSet::new();
    for _ in 0..pollers.max(1) {
        let (cloud, worker) = (cloud.clone(), worker.clone());
        tasks.spawn(async move {
            let mut backoff = Duration::from_secs(1);
            loop {
                match cloud.next_job(latchkey_writeback::MAX_WAIT_SECONDS).await {
                    Ok(Some(job)) => {
                        backoff = Duration::from_secs(1);
                        let result = worker.apply(&job, Utc::now()).await;
                        settle(&cloud, &worker, &result).await;
                    }
                    Ok(None) => backoff = Duration::from_secs(1),
                    Err(err) => {
                        tracing::warn!(error = %crate::chain(&err), retry_in = ?backoff, "could not poll Latchkey for jobs");
                        tokio::time::sleep(backoff).await;
                        backoff = (backoff * 2).min(Duration::from_secs(30));
                    }
                }
            }
        });
    }
    while tasks.join_next().await.is_some() {}
}

/// Reports `result`; once Latchkey has it (or says the job is finished or
/// not this agent's, so it never will), its journal entry goes. A result
/// that could not be sent stays journalled for the next start.
async fn settle(cloud: &Cloud, worker: &Worker, result: &JobResult) {
    match cloud.report(result).await {
        Ok(()) | Err(CloudError::Refused { status: 404 | 409, .. }) => worker.settled(&result.job),
        Err(err) => {
            tracing::error!(job = %result.job.0, error = %crate::chain(&err), "could not report a job's result; kept in the journal");
        }
    }
}

/// Why a sync did not finish.
#[derive(Debug, thiserror::Error)]
pub enum SyncError {
    #[error(transparent)]
    Directory(#[from] crate::DirectoryError),
    #[error(transparent)]
    Cloud(#[from] CloudError),
    #[error("could not record the sync in {path}")]
    State {
        path: String,
        #[source]
        source: std::io::Error,
    },
}

/// One sync: reads the directory, sends what changed since the users
/// recorded in `state` (in pages), and records them once Latchkey took
/// every page (a failed sync sends the same changes again next time; they
/// are idempotent). Removals past the guard are held back and stay pending
/// until `allow_removals` (an administrator's confirmation, after the
/// `latchkey-agent sync` preview): a wrong base DN must not disable everyone.
pub async fn sync_once(
    cloud: &Cloud,
    directory: &Directory,
    state: &Path,
    allow_removals: bool,
) -> Result<SyncSummary, SyncError> {
    let previous: Vec<SyncedUser> =
        std::fs::read_to_string(state).ok().and_then(|t| serde_json::from_str(&t).ok()).unwrap_or_default();
    let current = directory.users().await?;
    let mut changes = diff(&previous, &current);
    let mut baseline = current.clone();
    if !allow_removals && let Err(held) = RemovalGuard::default().check(previous.len(), &changes) {
        tracing::error!(%held, "removals held back; run `latchkey-agent sync` to preview them and set LATCHKEY_AGENT_ALLOW_REMOVALS=1 to apply");
        let removed: std::collections::BTreeSet<String> =
            changes.removed.drain(..).map(|n| n.to_lowercase()).collect();
        baseline.extend(previous.iter().filter(|u| removed.contains(&u.username.to_lowercase())).cloned());
    }
    let mut total = SyncSummary::default();
    for page in changes.pages() {
        let done = cloud.sync(&page).await?;
        total.created += done.created;
        total.updated += done.updated;
        total.removed += done.removed;
        total.skipped.extend(done.skipped);
    }
    send_again(&mut baseline, &previous, &total.skipped);
    // The rules users are shown: a failure here leaves last time's in place
    // and must not hold back the users themselves.
    match directory.policies().await {
        Ok(policies) => {
            if let Err(err) = cloud.policy(&policies).await {
                tracing::warn!(error = %crate::chain(&err), "could not send the directory's password policies");
            }
        }
        Err(err) => {
            tracing::warn!(error = %crate::chain(&err), "could not read the directory's password policies")
        }
    }
    let err = |source| SyncError::State { path: state.display().to_string(), source };
    // Every user's mail, mobile and DN: for the agent's user alone.
    let users = serde_json::to_vec(&baseline).map_err(|e| err(e.into()))?;
    crate::files::write_private(state, &users).map_err(err)?;
    Ok(total)
}

/// Puts back in `baseline` what `previous` said of each user Latchkey
/// skipped, so the next sync sends them again: a conflict or a change of
/// Latchkey's own on its way is settled by then, and a name that clashed
/// with a Latchkey user is taken once an administrator resolved it.
fn send_again(baseline: &mut Vec<SyncedUser>, previous: &[SyncedUser], skipped: &[SkippedUser]) {
    let again: std::collections::BTreeSet<String> =
        skipped.iter().map(|s| s.username.to_lowercase()).collect();
    if again.is_empty() {
        return;
    }
    baseline.retain(|u| !again.contains(&u.username.to_lowercase()));
    baseline.extend(previous.iter().filter(|u| again.contains(&u.username.to_lowercase())).cloned());
}

/// Syncs every `every`, from the start, until the process stops.
pub async fn sync_forever(
    cloud: Arc<Cloud>,
    directory: Directory,
    state: std::path::PathBuf,
    every: Duration,
    allow_removals: bool,
) {
    loop {
        match sync_once(&cloud, &directory, &state, allow_removals).await {
            Ok(done) => tracing::info!(
                created = done.created,
                updated = done.updated,
                removed = done.removed,
                skipped = done.skipped.len(),
                "directory sync done"
            ),
            Err(err) => {
                tracing::error!(error = %crate::chain(&err), "directory sync failed; it runs again at the next interval")
            }
        }
        tokio::time::sleep(every).await;
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn user(name: &str, stamp: &str) -> SyncedUser {
        SyncedUser { username: name.into(), password_changed: Some(stamp.into()), ..SyncedUser::default() }
    }

    #[test]
    fn a_user_latchkey_skipped_is_sent_again_and_the_others_are_not() {
        let previous = vec![user("adele", "1"), user("alex", "1"), user("megan", "1")];
        let current = vec![user("adele", "2"), user("alex", "2"), user("nestor", "1")];
        let mut baseline = current.clone();
        let skipped = |name: &str| SkippedUser { username: name.into(), reason: "why".into() };
        send_again(&mut baseline, &previous, &[skipped("ADELE"), skipped("nestor")]);
        let next = diff(&baseline, &current);
        assert_eq!(next.updated, vec![user("adele", "2")], "her change again, matched without case");
        assert_eq!(next.created, vec![user("nestor", "1")], "a creation skipped is a creation again");
        assert!(next.removed.is_empty());
        send_again(&mut baseline, &previous, &[]);
        assert!(diff(&baseline, &current).created.len() == 1, "nothing skipped: nothing else changes");
    }
}
