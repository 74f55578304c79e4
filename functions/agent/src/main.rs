//! `latchkey-agent`, the on-premises writeback agent:
//!
//! - `enrol <state-file>`: enrols with the one-time token in
//!   `LATCHKEY_AGENT_ENROLMENT_TOKEN` at `LATCHKEY_AGENT_API_URL`, making
//!   the agent's key pairs here (only the public halves are sent) and
//!   saving them with the agent's id in `<state-file>` (mode 0600);
//! - `run <state-file>`: takes Latchkey's jobs for its directory and applies
//!   them, until stopped (outbound HTTPS only);
//! - `rotate <state-file>`: replaces both key pairs (the old ones stop at once);
//! - `check`: binds with the service account and says whether it works;
//! - `users`: prints the users sync would send, one JSON object a line;
//! - `sync <state-file>`: prints what changed since the last sync recorded
//!   there and records this one, unless the removals exceed the guard
//!   (then it records nothing and exits 3);
//! - `key <file>`: makes a sealing key pair in `<file>` and prints its public half.
//!
//! Directory settings: `DirectoryConfig::from_env` (see README, "Running the
//! writeback agent").

use std::process::ExitCode;

use latchkey_agent::{Directory, DirectoryConfig};

#[tokio::main(flavor = "current_thread")]
async fn main() -> ExitCode {
    // Warnings by default (RUST_LOG unset): a lab's plain LDAP and the
    // protected-accounts opt-in must be seen at every start. On stderr, so
    // that `users` and `sync` keep stdout for their JSON.
    let filter = tracing_subscriber::EnvFilter::try_from_default_env()
        .unwrap_or_else(|_| tracing_subscriber::EnvFilter::new("warn"));
    tracing_subscriber::fmt().json().with_env_filter(filter).with_writer(std::io::stderr).init();
    let command = std::env::args().nth(1).unwrap_or_default();
    if command == "key" {
        let Some(path) = std::env::args().nth(2) else {
            eprintln!("usage: latchkey-agent key <file>");
            return ExitCode::from(2);
        };
        return match key(std::path::Path::new(&path)) {
            Ok(public) => {
                println!("{public}");
                ExitCode::SUCCESS
            }
            Err(err) => {
                eprintln!("latchkey-agent: {path}: {err}");
                ExitCode::FAILURE
            }
        };
    }
    if command == "enrol" {
        return match (std::env::args().nth(2), enrol().await) {
            (None, _) => usage(),
            (Some(path), Ok(state)) => match state.save(std::path::Path::new(&path)) {
                Ok(()) => {
                    println!(
                        "enrolled as {} for directory {}; state saved in {path}",
                        state.agent_id, state.directory
                    );
                    ExitCode::SUCCESS
                }
                Err(err) => fail(&err),
            },
            (Some(_), Err(err)) => fail(err.as_ref()),
        };
    }
    let directory = match DirectoryConfig::from_env()
        .map_err(|e| e.to_string())
        .and_then(|c| Directory::new(c).map_err(|e| e.to_string()))
    {
        Ok(directory) => directory,
        Err(err) => {
            eprintln!("latchkey-agent: {err}");
            return ExitCode::from(2);
        }
    };
    let result: Result<(), Box<dyn std::error::Error>> = match command.as_str() {
        "check" => directory
            .check()
            .await
            .map(|()| println!("the directory answers and accepts the agent's account"))
            .map_err(Into::into),
        "sync" => match std::env::args().nth(2) {
            Some(state) => sync(&directory, std::path::Path::new(&state)).await,
            None => {
                eprintln!("usage: latchkey-agent sync <state-file>");
                return ExitCode::from(2);
            }
        },
        "run" | "rotate" => {
            let Some(path) = std::env::args().nth(2) else { return usage() };
            let path = std::path::PathBuf::from(path);
            return match cloud_command(&command, directory, &path).await {
                Ok(()) => ExitCode::SUCCESS,
                Err(err) => fail(err.as_ref()),
            };
        }
        "users" => users(&directory).await,
        _ => return usage(),
    };
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(err) => fail(err.as_ref()),
    }
}

/// Prints the users sync would send, one JSON object a line.
async fn users(directory: &Directory) -> Result<(), Box<dyn std::error::Error>> {
    for user in directory.users().await? {
        println!("{}", serde_json::to_string(&user)?);
    }
    Ok(())
}

fn usage() -> ExitCode {
    eprintln!(
        "usage: latchkey-agent enrol <state-file> | run <state-file> | rotate <state-file> | check | users | sync <sync-file> | key <file>"
    );
    ExitCode::from(2)
}

fn fail(err: &dyn std::error::Error) -> ExitCode {
    eprintln!("latchkey-agent: {}", latchkey_agent::chain(err));
    ExitCode::FAILURE
}

fn env_var(name: &str) -> Option<String> {
    std::env::var(name).ok().filter(|v| !v.trim().is_empty())
}

/// The HTTPS client for Latchkey: the system's roots, or `LATCHKEY_AGENT_API_CA`'s.
fn http() -> Result<reqwest::Client, Box<dyn std::error::Error>> {
    let ca = env_var("LATCHKEY_AGENT_API_CA").map(std::path::PathBuf::from);
    Ok(latchkey_agent::cloud::http_client(latchkey_agent::directory::tls_config(ca.as_deref())?)?)
}

async fn enrol() -> Result<latchkey_agent::cloud::AgentState, Box<dyn std::error::Error>> {
    let url = env_var("LATCHKEY_AGENT_API_URL").ok_or("LATCHKEY_AGENT_API_URL is not set")?;
    let token =
        env_var("LATCHKEY_AGENT_ENROLMENT_TOKEN").ok_or("LATCHKEY_AGENT_ENROLMENT_TOKEN is not set")?;
    Ok(latchkey_agent::cloud::enrol(&http()?, &url, &token).await?)
}

async fn cloud_command(
    command: &str,
    directory: Directory,
    path: &std::path::Path,
) -> Result<(), Box<dyn std::error::Error>> {
    use latchkey_agent::cloud::{AgentState, Cloud};
    let state = AgentState::load(path)?;
    let cloud = Cloud::new(http()?, &state)?;
    if command == "rotate" {
        let rotated = cloud.rotate(&state).await?;
        rotated.save(path)?;
        println!("new keys enrolled and saved in {}", path.display());
        return Ok(());
    }
    directory.check().await?;
    let pollers = env_var("LATCHKEY_AGENT_POLLERS").and_then(|v| v.parse().ok()).unwrap_or(4);
    let every = env_var("LATCHKEY_AGENT_SYNC_SECONDS").and_then(|v| v.parse().ok()).unwrap_or(300u64);
    let allow_removals = env_var("LATCHKEY_AGENT_ALLOW_REMOVALS").as_deref() == Some("1");
    tracing::info!(agent = %state.agent_id, directory = %state.directory, pollers, sync_seconds = every, "the agent is running");
    let cloud = std::sync::Arc::new(cloud);
    let sync_state = path.with_extension("users.json");
    let config = DirectoryConfig::from_env()?;
    if every > 0 {
        let sync = latchkey_agent::cloud::sync_forever(
            cloud.clone(),
            Directory::new(config)?,
            sync_state,
            std::time::Duration::from_secs(every),
            allow_removals,
        );
        tokio::spawn(sync);
    }
    // Beside the state file: jobs begun and not yet reported, for a restart to report.
    let journal = latchkey_agent::worker::Journal::open(&path.with_extension("journal"))?;
    let worker = latchkey_agent::Worker::new(directory, state.sealing_keys()?).with_journal(journal);
    let worker = std::sync::Arc::new(worker);
    latchkey_agent::cloud::run(cloud, worker, pollers).await;
    Ok(())
}

/// The agent's key pair from `path`, made there first if it is not yet
/// (mode 0600, written beside and renamed in, so a crash never leaves half
/// a key); returns the public key.
fn key(path: &std::path::Path) -> Result<String, Box<dyn std::error::Error>> {
    use secrecy::ExposeSecret;
    if path.exists() {
        let keys = latchkey_writeback::AgentKeys::from_private_text(&std::fs::read_to_string(path)?)?;
        return Ok(keys.public().to_text());
    }
    let keys = latchkey_writeback::AgentKeys::generate();
    let text = secrecy::SecretString::from(format!("{}\n", keys.private_text().expose_secret()));
    latchkey_agent::files::write_private(path, text.expose_secret().as_bytes())?;
    Ok(keys.public().to_text())
}

/// Compares the directory with the users recorded in `state`, prints the
/// changes, and records the new state when the removal guard allows it.
async fn sync(directory: &Directory, state: &std::path::Path) -> Result<(), Box<dyn std::error::Error>> {
    use latchkey_writeback::sync::{RemovalGuard, SyncedUser, diff};
    let previous: Vec<SyncedUser> = match std::fs::read_to_string(state) {
        Ok(text) => serde_json::from_str(&text).unwrap_or_else(|err| {
            eprintln!("latchkey-agent: {} is not a sync state ({err}); starting afresh", state.display());
            Vec::new()
        }),
        Err(_) => Vec::new(),
    };
    let current = directory.users().await?;
    let changes = diff(&previous, &current);
    println!("{}", serde_json::to_string(&changes)?);
    if let Err(held) = RemovalGuard::default().check(previous.len(), &changes) {
        eprintln!("latchkey-agent: {held}");
        std::process::exit(3);
    }
    let text = serde_json::to_string(&current)?;
    // Every user's mail, mobile and DN: for the agent's user alone.
    if let Err(err) = latchkey_agent::files::write_private(state, text.as_bytes()) {
        eprintln!("latchkey-agent: could not record the sync in {}: {err}", state.display());
        std::process::exit(1);
    }
    Ok(())
}
