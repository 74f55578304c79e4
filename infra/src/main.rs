//! `latchkey-bootstrap`: provision Latchkey's tables and SES identity on the
//! endpoint in the environment (real AWS, LocalStack or moto). With
//! `--seed-demo` it adds the demo organisation; with `--seed-bench N`, N
//! users `bench00…` for the benchmarks (password in `LATCHKEY_BENCH_PASSWORD`).

use std::process::ExitCode;

use latchkey_adapters::AdapterConfig;

#[tokio::main]
async fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().collect();
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
