//! `latchkey-agent key <file>` makes the agent's key pair once (the private
//! key in `<file>`, readable by the agent's user only) and prints the public
//! key, the only half that is ever shared; `latchkey-agent check` binds to
//! the configured directory with the agent's service account and says
//! whether it works; `latchkey-agent users` prints the users sync would send,
//! one JSON object a line (no secrets); `latchkey-agent sync <state-file>`
//! prints what changed since the last sync recorded there (as JSON: created,
//! updated, removed) and records this one, unless the removals exceed the
//! guard (then it records nothing and exits 3). Settings: `DirectoryConfig::from_env`
//! (see README, "Running the writeback agent").

use std::process::ExitCode;

use latchkey_agent::{Directory, DirectoryConfig};

#[tokio::main(flavor = "current_thread")]
async fn main() -> ExitCode {
    tracing_subscriber::fmt()
        .json()
        .with_env_filter(tracing_subscriber::EnvFilter::from_default_env())
        .init();
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
    let result = match command.as_str() {
        "check" => directory
            .check()
            .await
            .map(|()| println!("the directory answers and accepts the agent's account")),
        "sync" => match std::env::args().nth(2) {
            Some(state) => sync(&directory, std::path::Path::new(&state)).await,
            None => {
                eprintln!("usage: latchkey-agent sync <state-file>");
                return ExitCode::from(2);
            }
        },
        "users" => directory.users().await.map(|users| {
            for user in users {
                println!("{}", serde_json::to_string(&user).expect("users serialise"));
            }
        }),
        _ => {
            eprintln!("usage: latchkey-agent key <file> | check | users | sync <state-file>");
            return ExitCode::from(2);
        }
    };
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(err) => {
            let mut text = err.to_string();
            let mut source = std::error::Error::source(&err);
            while let Some(s) = source {
                text.push_str(&format!(": {s}"));
                source = s.source();
            }
            eprintln!("latchkey-agent: {text}");
            ExitCode::FAILURE
        }
    }
}

/// The agent's key pair from `path`, made there first if it is not yet
/// (created with mode 0600, never overwritten); returns the public key.
fn key(path: &std::path::Path) -> Result<String, Box<dyn std::error::Error>> {
    use secrecy::ExposeSecret;
    use std::io::Write;
    use std::os::unix::fs::OpenOptionsExt;
    if path.exists() {
        let keys = latchkey_writeback::AgentKeys::from_private_text(&std::fs::read_to_string(path)?)?;
        return Ok(keys.public().to_text());
    }
    let keys = latchkey_writeback::AgentKeys::generate();
    let mut file = std::fs::OpenOptions::new().write(true).create_new(true).mode(0o600).open(path)?;
    writeln!(file, "{}", keys.private_text().expose_secret())?;
    Ok(keys.public().to_text())
}

/// Compares the directory with the users recorded in `state`, prints the
/// changes, and records the new state when the removal guard allows it.
async fn sync(directory: &Directory, state: &std::path::Path) -> Result<(), latchkey_agent::DirectoryError> {
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
    println!("{}", serde_json::to_string(&changes).expect("changes serialise"));
    if let Err(held) = RemovalGuard::default().check(previous.len(), &changes) {
        eprintln!("latchkey-agent: {held}");
        std::process::exit(3);
    }
    let text = serde_json::to_string(&current).expect("users serialise");
    let temporary = state.with_extension("part");
    if let Err(err) = std::fs::write(&temporary, text).and_then(|()| std::fs::rename(&temporary, state)) {
        eprintln!("latchkey-agent: could not record the sync in {}: {err}", state.display());
        std::process::exit(1);
    }
    Ok(())
}
