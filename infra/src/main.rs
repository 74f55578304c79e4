//! `latchkey-bootstrap`: provision Latchkey's tables and SES identity on the
//! endpoint in the environment (real AWS, LocalStack or moto). With
//! `--seed-demo` it adds the demo organisation; with `--seed-bench N`, N
//! users `bench00…` for the benchmarks (password in `LATCHKEY_BENCH_PASSWORD`).
//! With `--lift-lockdown <username>`, it only lifts the lockdown that user's
//! own report put on their account: the way out when no administrator can
//! sign in to do it (the only administrator locked their own account down).

use std::process::ExitCode;

use latchkey_adapters::AdapterConfig;

#[tokio::main]
async fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().collect();
    if let Some(name) = args.iter().position(|a| a == "--lift-lockdown").and_then(|i| args.get(i + 1)) {
        return match lift_lockdown(name).await {
            Ok(()) => ExitCode::SUCCESS,
            Err(err) => {
                eprintln!(
                    "could not lift the lockdown: {}",
                    latchkey_core::model::error::chain(err.as_ref())
                );
                ExitCode::FAILURE
            }
        };
    }
    let seed = args.iter().any(|a| a == "--seed-demo");
    let bench = args
        .iter()
        .position(|a| a == "--seed-bench")
        .and_then(|i| args.get(i + 1))
        .and_then(|n| n.parse::<usize>().ok());
    match run(seed, bench).await {
        Ok(()) => ExitCode::SUCCESS,
        Err(err) => {
            eprintln!("bootstrap failed: {}", latchkey_core::model::error::chain(err.as_ref()));
            ExitCode::FAILURE
        }
    }
}

async fn run(seed: bool, bench: Option<usize>) -> Result<(), Box<dyn std::error::Error>> {
    let config = AdapterConfig::from_env()?;
    let endpoint = config.endpoint_url.as_deref().unwrap_or("AWS");
    println!("bootstrapping Latchkey on {endpoint} (region {})", config.region);
    let sdk = latchkey_adapters::aws::sdk_config(&config).await;
    latchkey_infra::bootstrap(&sdk, &config, |line| println!("  {line}")).await?;
    let accounts = latchkey_core::accounts::Accounts::new(latchkey_adapters::connect(&config).await);
    if let Some(count) = bench {
        let password = std::env::var("LATCHKEY_BENCH_PASSWORD")?;
        let created = latchkey_infra::seed::seed_bench(&accounts, count, &password).await?;
        println!("  {created} benchmark users created");
    }
    if seed {
        for user in latchkey_infra::seed_demo(&accounts).await? {
            println!("  demo user {:<6} {}", user.username, if user.created { "created" } else { "exists" });
        }
    }
    println!("done");
    Ok(())
}

/// Lifts `name`'s lockdown with the deployment's own credentials.
async fn lift_lockdown(name: &str) -> Result<(), Box<dyn std::error::Error>> {
    let config = AdapterConfig::from_env()?;
    let lifecycle = latchkey_core::lifecycle::Lifecycle::new(latchkey_adapters::connect(&config).await);
    let username = latchkey_core::model::values::Username::parse(name)?;
    let meta = latchkey_core::model::audit::RequestMeta::default();
    if lifecycle.lift_lockdown_as_operator(&username, &meta).await? {
        println!("{name}: lockdown lifted (audited as the operator's)");
    } else {
        println!("{name}: the account was not locked down; nothing changed");
    }
    Ok(())
}
