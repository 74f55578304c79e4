//! Measures a Lambda function's cold start without AWS: a minimal Lambda
//! Runtime API on 127.0.0.1 hands the binary one API Gateway (HTTP API v2)
//! event and times (a) process start → first `GET …/invocation/next` (init:
//! configuration read, SDK clients and keys built) and (b) process start →
//! the response posted back.
//!
//! `latchkey-bench-coldstart BINARY METHOD PATH RUNS [JSON_BODY]` with the
//! function's settings (AWS_ENDPOINT_URL, LATCHKEY_SIGNING_KEY,
//! LATCHKEY_CODE_PEPPER, …) in the environment. Any answer below 500 counts.
//! `LATCHKEY_COLDSTART_RUNNER` (e.g. `qemu-aarch64 -L /usr/aarch64-linux-gnu`)
//! starts the binary through that command, for another architecture's build.

#![expect(
    clippy::unwrap_used,
    clippy::expect_used,
    reason = "a benchmark driver: a step that fails stops the run with its message"
)]

use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use axum::Router;
use axum::extract::{Path, State};
use axum::http::{HeaderMap, HeaderValue};
use axum::routing::{get, post};
use tokio::sync::mpsc;

#[derive(Clone)]
struct Runtime {
    event: Arc<String>,
    /// Sends "init done" once per process, then "responded" with the status code.
    events: mpsc::UnboundedSender<(&'static str, Instant, String)>,
    served: Arc<Mutex<bool>>,
}

async fn next(State(rt): State<Runtime>) -> (HeaderMap, String) {
    let first = {
        let mut served = rt.served.lock().unwrap();
        !std::mem::replace(&mut *served, true)
    };
    if !first {
        // The function asks for its next event after answering: park it.
        tokio::time::sleep(Duration::from_secs(3600)).await;
    }
    let _ = rt.events.send(("init", Instant::now(), String::new()));
    let mut headers = HeaderMap::new();
    headers.insert("lambda-runtime-aws-request-id", HeaderValue::from_static("req-1"));
    headers.insert("lambda-runtime-deadline-ms", HeaderValue::from(u64::MAX / 2));
    headers.insert(
        "lambda-runtime-invoked-function-arn",
        HeaderValue::from_static("arn:aws:lambda:us-east-1:123456789012:function:latchkey"),
    );
    headers.insert(
        "lambda-runtime-trace-id",
        HeaderValue::from_static("Root=1-00000000-000000000000000000000000"),
    );
    (headers, rt.event.to_string())
}

async fn response(State(rt): State<Runtime>, Path(_id): Path<String>, body: String) -> &'static str {
    let _ = rt.events.send(("response", Instant::now(), body));
    "{}"
}

async fn error(State(rt): State<Runtime>, body: String) -> &'static str {
    let _ = rt.events.send(("error", Instant::now(), body));
    "{}"
}

fn event(method: &str, path: &str, body: Option<&str>) -> String {
    let mut event = serde_json::json!({
        "version": "2.0", "routeKey": format!("{method} {path}"), "rawPath": path, "rawQueryString": "",
        "headers": {"host": "api.example", "user-agent": "coldstart", "content-type": "application/json"},
        "requestContext": {
            "accountId": "123456789012", "apiId": "api", "domainName": "api.example", "domainPrefix": "api",
            "http": {"method": method, "path": path, "protocol": "HTTP/1.1", "sourceIp": "127.0.0.1", "userAgent": "coldstart"},
            "requestId": "r1", "routeKey": format!("{method} {path}"), "stage": "$default",
            "time": "22/Nov/2026:00:00:00 +0000", "timeEpoch": 0
        },
        "isBase64Encoded": false
    });
    if let Some(body) = body {
        event["body"] = serde_json::Value::String(body.to_string());
    }
    event.to_string()
}

/// The Lambda Runtime API routes the binary calls, answered from `rt`.
fn runtime_api(rt: Runtime) -> Router {
    Router::new()
        .route("/2018-06-01/runtime/invocation/next", get(next))
        .route("/2018-06-01/runtime/invocation/{id}/response", post(response))
        .route("/2018-06-01/runtime/invocation/{id}/error", post(error))
        .route("/2018-06-01/runtime/init/error", post(error))
        .with_state(rt)
}

#[tokio::main]
async fn main() {
    let args: Vec<String> = std::env::args().collect();
    if !(5..=6).contains(&args.len()) {
        eprintln!("usage: {} BINARY METHOD PATH RUNS [JSON_BODY]", args[0]);
        std::process::exit(2);
    }
    let (binary, method, path) = (&args[1], &args[2], &args[3]);
    let runs = args[4].parse::<usize>().expect("runs");
    let body = args.get(5).map(String::as_str);
    let runner: Vec<String> = std::env::var("LATCHKEY_COLDSTART_RUNNER")
        .unwrap_or_default()
        .split_whitespace()
        .map(String::from)
        .collect();
    let mut statuses = Vec::new();
    let (mut inits, mut firsts) = (Vec::new(), Vec::new());
    for _ in 0..runs {
        let (tx, mut rx) = mpsc::unbounded_channel();
        let rt = Runtime {
            event: Arc::new(event(method, path, body)),
            events: tx,
            served: Arc::new(Mutex::new(false)),
        };
        let app = runtime_api(rt);
        let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
        let addr = listener.local_addr().unwrap();
        let server = tokio::spawn(async move { axum::serve(listener, app).await });
        let started = Instant::now();
        let mut command = match runner.split_first() {
            Some((program, runner_args)) => {
                let mut command = tokio::process::Command::new(program);
                command.args(runner_args).arg(binary);
                command
            }
            None => tokio::process::Command::new(binary),
        };
        let mut child = command
            .env("AWS_LAMBDA_RUNTIME_API", addr.to_string())
            .env("AWS_LAMBDA_FUNCTION_NAME", "latchkey-coldstart")
            .env("AWS_LAMBDA_FUNCTION_MEMORY_SIZE", "1024")
            .env("AWS_LAMBDA_FUNCTION_VERSION", "$LATEST")
            .env("AWS_LAMBDA_LOG_STREAM_NAME", "coldstart")
            .env("AWS_LAMBDA_LOG_GROUP_NAME", "coldstart")
            .env("RUST_LOG", "warn")
            .kill_on_drop(true)
            .spawn()
            .expect("start the function binary");
        let mut init = None;
        while let Ok(Some((kind, at, body))) = tokio::time::timeout(Duration::from_secs(10), rx.recv()).await
        {
            match kind {
                "init" => init = Some(at - started),
                "response" => {
                    let answer: serde_json::Value = serde_json::from_str(&body).unwrap_or_default();
                    let status = answer["statusCode"].as_u64().unwrap_or(0);
                    assert!((200..500).contains(&status), "the function answered {body}");
                    statuses.push(status);
                    inits.push(init.expect("init before response"));
                    firsts.push(at - started);
                    break;
                }
                _ => panic!("the function reported an error: {body}"),
            }
        }
        let _ = child.kill().await;
        server.abort();
    }
    inits.sort();
    firsts.sort();
    let ms = |d: Duration| d.as_secs_f64() * 1e3;
    statuses.dedup();
    println!(
        "{} {method} {path} ({} runs, status {statuses:?}): init median {:.1} ms (min {:.1}, max {:.1}); first response median {:.1} ms",
        binary.rsplit('/').next().unwrap_or(binary),
        inits.len(),
        ms(inits[inits.len() / 2]),
        ms(inits[0]),
        ms(inits[inits.len() - 1]),
        ms(firsts[firsts.len() / 2])
    );
}
