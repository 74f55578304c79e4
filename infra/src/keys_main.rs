//! `latchkey-keys`: the session-token keys in SSM (see `latchkey_infra::keys`).
//!
//!   latchkey-keys init    --signing /latchkey/signing-key --public /latchkey/public-keys
//!   latchkey-keys rotate  --signing … --public …   new key; the old one verifies until the next rotation
//!   latchkey-keys retire  --signing … --public …   publish only the signing key (after a leak, once rotated)
//!
//! AWS credentials, region and endpoint come from the environment, as for
//! `latchkey-bootstrap`.

use std::process::ExitCode;

use latchkey_adapters::AdapterConfig;
use latchkey_infra::keys::{self, KeyParameters};

const USAGE: &str = "usage: latchkey-keys init|rotate|retire --signing PARAMETER --public PARAMETER";

#[tokio::main]
async fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let flag = |name: &str| args.iter().position(|a| a == name).and_then(|i| args.get(i + 1)).cloned();
    let (Some(command), Some(signing), Some(public)) = (args.first(), flag("--signing"), flag("--public"))
    else {
        eprintln!("{USAGE}");
        return ExitCode::from(2);
    };
    let params = KeyParameters { signing, public };
    match run(command, &params).await {
        Ok(()) => ExitCode::SUCCESS,
        Err(err) => {
            eprintln!("latchkey-keys: {}", latchkey_core::model::error::chain(err.as_ref()));
            ExitCode::FAILURE
        }
    }
}

async fn run(command: &str, params: &KeyParameters) -> Result<(), Box<dyn std::error::Error>> {
    let config = AdapterConfig::from_env()?;
    let ssm = aws_sdk_ssm::Client::new(&latchkey_adapters::aws::sdk_config(&config).await);
    let report = match command {
        "init" => keys::init(&ssm, params).await?,
        "rotate" => {
            let settle = latchkey_api::auth::UNKNOWN_KID_REREAD + std::time::Duration::from_secs(5);
            println!(
                "publishing the new public key; it signs in {} s, once every warm function can see it",
                settle.as_secs()
            );
            keys::rotate(&ssm, params, settle).await?
        }
        "retire" => keys::retire(&ssm, params).await?,
        _ => return Err(USAGE.into()),
    };
    println!("signing key: {}", report.signing_kid);
    println!("published:   {}", report.published.join(", "));
    println!("{}", if report.changed { "updated" } else { "nothing to do" });
    if command == "rotate" {
        println!(
            "tokens signed by the previous key stay valid until they expire; rotate again only after the token lifetime"
        );
    }
    Ok(())
}
