//! `latchkey-bootstrap`: provision Latchkey's tables and SES identity on the
//! endpoint in the environment (real AWS, LocalStack or moto), and with
//! `--seed-demo` add the demo organisation.

use std::process::ExitCode;

use latchkey_adapters::AdapterConfig;

#[tokio::main]
async fn main() -> ExitCode {
    let seed = std::env::args().any(|a| a == "--seed-demo");
    match run(seed).await {
        Ok(()) => ExitCode::SUCCESS,
        Err(err) => {
            let mut text = err.to_string();
            let mut source = err.source();
            while let Some(cause) = source {
                text.push_str(&format!(": {cause}"));
                source = cause.source();
            }
            eprintln!("bootstrap failed: {text}");
            ExitCode::FAILURE
        }
    }
}

async fn run(seed: bool) -> Result<(), Box<dyn std::error::Error>> {
    let config = AdapterConfig::from_env()?;
    let endpoint = config.endpoint_url.as_deref().unwrap_or("AWS");
    println!(
        "bootstrapping Latchkey on {endpoint} (region {})",
        config.region
    );
    let sdk = latchkey_adapters::aws::sdk_config(&config).await;
    latchkey_infra::bootstrap(&sdk, &config, |line| println!("  {line}")).await?;
    if seed {
        let accounts =
            latchkey_core::accounts::Accounts::new(latchkey_adapters::connect(&config).await);
        for user in latchkey_infra::seed_demo(&accounts).await? {
            println!(
                "  demo user {:<6} {}",
                user.username,
                if user.created { "created" } else { "exists" }
            );
        }
    }
    println!("done");
    Ok(())
}
