//! `latchkey-local`: the development server. Every route of every Lambda
//! function, mounted in one process on 127.0.0.1 — the same handler code,
//! no runtime emulator. Flags: `--bootstrap` provisions the tables first,
//! `LATCHKEY_EVENT_BUS` names the bus audit events are published to,
//! `--seed-demo` adds the demo organisation and prints its users,
//! `--seed-bench N` adds N load-test users `bench00…` (password in
//! `LATCHKEY_BENCH_PASSWORD`; used by `infra/soak.sh`),
//! `--source-requests-per-minute N` raises the per-address limit on the
//! anonymous routes (`infra/schema.sh` fuzzes from one address),
//! `--run-schedule` runs one whole pass of the scheduled work at start (the
//! server also runs it every `LATCHKEY_SCHEDULE_SECONDS`, default 900; 0 =
//! never). Webhooks are delivered from the audit stream as in AWS, and
//! endpoints on this machine are allowed unless
//! `LATCHKEY_WEBHOOK_PRIVATE_ENDPOINTS=refuse`. The built web site (`LATCHKEY_SITE_DIR`, default `web/dist`) is
//! served on the same port.

mod site;

use std::net::SocketAddr;
use std::path::Path;
use std::process::ExitCode;
use std::sync::Arc;

use axum::extract::Request;
use axum::response::IntoResponse;
use tower::ServiceExt;

use latchkey_adapters::AdapterConfig;
use latchkey_api::{App, RouteGroup, Tokens};
use secrecy::{ExposeSecret, SecretString};

fn main() -> ExitCode {
    // Before the runtime's worker threads exist (the allocator tunable's requirement).
    latchkey_adapters::hashing::limit_allocator_growth();
    let runtime = match tokio::runtime::Builder::new_multi_thread().enable_all().build() {
        Ok(runtime) => runtime,
        Err(err) => {
            eprintln!("latchkey-local: could not start the runtime: {err}");
            return ExitCode::FAILURE;
        }
    };
    latchkey_api::telemetry::init();
    match runtime.block_on(run()) {
        Ok(()) => ExitCode::SUCCESS,
        Err(err) => {
            eprintln!("latchkey-local: {}", latchkey_core::model::error::chain(err.as_ref()));
            ExitCode::FAILURE
        }
    }
}

/// Where the local signing key and code pepper live when none is configured.
const LOCAL_KEY_FILE: &str = ".latchkey/signing-key.pem";
const LOCAL_PEPPER_FILE: &str = ".latchkey/code-pepper";
/// Where the local key that seals authenticator secrets lives when none is configured.
const LOCAL_SEALING_FILE: &str = ".latchkey/sealing-key";

async fn run() -> Result<(), Box<dyn std::error::Error>> {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let mut config = AdapterConfig::from_env()?;
    if std::env::var_os("LATCHKEY_WEBHOOK_PRIVATE_ENDPOINTS").is_none() {
        // A receiver on this machine is what a local stack is for.
        config.webhook_reach = latchkey_core::model::webhooks::Reach::Anywhere;
    }
    if config.code_pepper.is_none() {
        config.code_pepper = Some(local_secret(LOCAL_PEPPER_FILE, latchkey_adapters::keyed::random_pepper)?);
    }
    if config.sealing_key.is_none() {
        config.sealing_key = Some(local_secret(LOCAL_SEALING_FILE, latchkey_adapters::keyed::random_pepper)?);
    }
    let parameters = latchkey_adapters::Parameters::connect(&config).await;
    let tokens =
        latchkey_api::tokens_from_env(&parameters, Some(local_secret(LOCAL_KEY_FILE, Tokens::generate_pem)?))
            .await?;
    let listen: SocketAddr =
        std::env::var("LATCHKEY_LISTEN").unwrap_or_else(|_| "127.0.0.1:8080".into()).parse()?;

    if args.iter().any(|a| a == "--bootstrap") {
        println!("bootstrapping tables on {}", config.endpoint_url.as_deref().unwrap_or("AWS"));
        let sdk = latchkey_adapters::aws::sdk_config(&config).await;
        latchkey_infra::bootstrap(&sdk, &config, |line| println!("  {line}")).await?;
    }
    // Links in messages point at this server unless told otherwise.
    config.portal_url.get_or_insert_with(|| format!("http://{listen}"));
    let app = App::new(latchkey_adapters::connect(&config).await, tokens);
    if let Some(bus) = &config.event_bus {
        // What the events function does in AWS: the audit table's stream to the bus.
        use latchkey_adapters::events::{EventBridgeBus, StartAt, StreamFollower};
        let sdk = latchkey_adapters::aws::sdk_config(&config).await;
        let publisher = Arc::new(EventBridgeBus::new(&sdk, bus.clone()));
        let follower = StreamFollower::new(&sdk, &config, publisher, std::time::Duration::from_millis(200));
        // run.sh starts each run on a fresh database: everything in it is this run's.
        tokio::spawn(follower.run(StartAt::Oldest));
        println!("publishing committed audit events to the event bus {bus}");
    }
    webhooks(&config, &app).await;
    if args.iter().any(|a| a == "--seed-demo") {
        let users = latchkey_infra::seed_demo(app.accounts()).await?;
        println!("demo organisation \"Contoso\" — sign in with:");
        for user in users {
            println!("  {:<8} {:<28} ({})", user.username, user.password, user.role.as_str());
            if let Some(key) = user.authenticator_key {
                println!(
                    "           authenticator key {key}  (code now: python3 infra/scripts/totp.py {key})"
                );
            }
        }
    }

    if let Some(count) = args.iter().position(|a| a == "--seed-bench").and_then(|i| args.get(i + 1)) {
        let password = std::env::var("LATCHKEY_BENCH_PASSWORD")
            .map_err(|_| "--seed-bench needs LATCHKEY_BENCH_PASSWORD")?;
        let created = latchkey_infra::seed::seed_bench(app.accounts(), count.parse()?, &password).await?;
        println!("{created} load-test users created");
    }

    if let Some(limit) =
        args.iter().position(|a| a == "--source-requests-per-minute").and_then(|i| args.get(i + 1))
    {
        latchkey_infra::seed::set_source_limit(app.accounts(), limit.parse()?).await?;
        println!("each source address may make {limit} requests a minute to each anonymous route group");
    }

    schedule(&app, &args).await?;

    let api = latchkey_api::router(app, RouteGroup::All);
    let site_dir = std::env::var("LATCHKEY_SITE_DIR").unwrap_or_else(|_| "web/dist".into());
    let router = match site::Site::open(&site_dir) {
        Some(site) => with_site(api, site),
        None => {
            println!("no web site in {site_dir} (build it with: bash web/build.sh); serving the API only");
            api
        }
    };
    let listener = tokio::net::TcpListener::bind(listen).await?;
    println!(
        "Latchkey listening on http://{listen}/ (portal), http://{listen}/admin/ (admin console) and http://{listen}/v1/… (API)"
    );
    axum::serve(listener, router.into_make_service_with_connect_info::<SocketAddr>())
        .with_graceful_shutdown(shutdown())
        .await?;
    Ok(())
}

/// What the webhooks function does in AWS, here: the audit table's stream
/// to the subscriptions, and a sweep for what fell due every
/// `LATCHKEY_WEBHOOK_SWEEP_MS` (default 1000; AWS sweeps every minute).
async fn webhooks(config: &latchkey_adapters::AdapterConfig, app: &App) {
    use latchkey_adapters::events::{StartAt, StreamFollower};
    use latchkey_core::integrators::webhooks::Deliverer;
    let sender = Arc::new(latchkey_adapters::webhooks::HttpSender::new(config.webhook_reach));
    let deliverer = Deliverer::new(app.accounts().ports().clone(), sender);
    let sdk = latchkey_adapters::aws::sdk_config(config).await;
    let follower =
        StreamFollower::new(&sdk, config, Arc::new(deliverer.clone()), std::time::Duration::from_millis(200));
    // Deliveries are stored once per event: reading the stream from its start again sends nothing twice.
    tokio::spawn(follower.run(StartAt::Oldest));
    let every = std::env::var("LATCHKEY_WEBHOOK_SWEEP_MS").ok().and_then(|v| v.parse().ok()).unwrap_or(1000);
    tokio::spawn(async move {
        let mut tick = tokio::time::interval(std::time::Duration::from_millis(every));
        loop {
            tick.tick().await;
            if let Err(err) = deliverer.sweep().await {
                tracing::warn!(error = %latchkey_core::model::error::chain(&err), "webhook sweep failed");
            }
        }
    });
}

/// What the scheduled function does in AWS, here: a whole pass now with
/// `--run-schedule`, and a run every `LATCHKEY_SCHEDULE_SECONDS` (default
/// 900; 0 = never) for as long as the server runs.
async fn schedule(app: &App, args: &[String]) -> Result<(), Box<dyn std::error::Error>> {
    use latchkey_core::lifecycle::Lifecycle;
    let lifecycle = Arc::new(Lifecycle::new(app.accounts().ports().clone()));
    let links = Arc::new(app.accounts().ports().links.clone());
    if args.iter().any(|a| a == "--run-schedule") {
        let (mut seen, mut reminded) = (0, 0);
        loop {
            let report = lifecycle.run(&links, 50).await?;
            seen += report.seen;
            reminded += report.reminded;
            if report.pass_finished || report.overtaken {
                break;
            }
        }
        println!("scheduled work: a pass over {seen} users sent {reminded} expiry reminders");
    }
    let every: u64 =
        std::env::var("LATCHKEY_SCHEDULE_SECONDS").ok().and_then(|s| s.parse().ok()).unwrap_or(900);
    if every > 0 {
        tokio::spawn(async move {
            let mut tick = tokio::time::interval(std::time::Duration::from_secs(every));
            tick.tick().await;
            loop {
                tick.tick().await;
                if let Err(err) = lifecycle.run(&links, 50).await {
                    tracing::warn!(error = %err, "a scheduled run failed; the next one carries on");
                }
            }
        });
    }
    Ok(())
}

/// The API's routes, and the site for every other GET.
fn with_site(api: axum::Router, site: site::Site) -> axum::Router {
    let site = Arc::new(site);
    axum::Router::new().fallback(move |request: Request| {
        let (api, site) = (api.clone(), site.clone());
        async move {
            let path = request.uri().path().to_owned();
            if site::Site::owns(request.method(), &path) {
                let accept =
                    request.headers().get(axum::http::header::ACCEPT_ENCODING).and_then(|v| v.to_str().ok());
                site.serve(&path, accept).await
            } else {
                api.oneshot(request).await.into_response()
            }
        }
    })
}

/// A secret used when none is configured: created in `.latchkey/` on first
/// run (mode 0600) and kept, so tokens and codes survive restarts.
fn local_secret(
    path: &str,
    generate: fn() -> SecretString,
) -> Result<SecretString, Box<dyn std::error::Error>> {
    let path = Path::new(path);
    if !path.exists() {
        if let Some(dir) = path.parent() {
            std::fs::create_dir_all(dir)?;
        }
        write_private(path, generate().expose_secret())?;
        println!("generated {}", path.display());
    }
    Ok(SecretString::from(std::fs::read_to_string(path)?))
}

fn write_private(path: &Path, contents: &str) -> std::io::Result<()> {
    use std::io::Write;
    use std::os::unix::fs::OpenOptionsExt;
    let mut file = std::fs::OpenOptions::new().write(true).create_new(true).mode(0o600).open(path)?;
    file.write_all(contents.as_bytes())
}

/// Ctrl-C, or SIGTERM (how `infra/run.sh` stops the server); Ctrl-C alone
/// if the SIGTERM handler cannot be installed.
async fn shutdown() {
    let ctrl_c = tokio::signal::ctrl_c();
    match tokio::signal::unix::signal(tokio::signal::unix::SignalKind::terminate()) {
        Ok(mut term) => {
            tokio::select! {
                _ = ctrl_c => {},
                _ = term.recv() => {},
            }
        }
        Err(err) => {
            eprintln!("latchkey-local: no SIGTERM handler ({err}); stop with Ctrl-C");
            let _ = ctrl_c.await;
        }
    }
}
