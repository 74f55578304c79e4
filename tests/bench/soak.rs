//! Drives a running Latchkey at a steady rate and reports, per route, p50 and
//! p99 at the start and at the end of the run, the 5xx count, and the memory
//! (RSS) and CPU of the processes named in `LATCHKEY_SOAK_PIDS` — the server
//! and the emulators — so a leak or a slowdown shows as a difference between
//! the two ends.
//!
//! ```text
//! latchkey-soak URL MESSAGING_URL --mix mixed   --rate REQ_PER_S --requests N
//! latchkey-soak URL MESSAGING_URL --mix resets  --rate FLOWS_PER_S --seconds S
//! latchkey-soak URL MESSAGING_URL --mix signins --rate SIGNINS_PER_S --seconds S
//! ```
//!
//! `mixed` repeats six journeys: a reset by email (start → challenge → verify
//! → complete, the code read from the emulator), a sign-in with its
//! registration reads (`/v1/me`, `/v1/security-questions`), an attacker's
//! probe (a failed sign-in, a reset start and a challenge for an unknown name),
//! again a sign-in and a probe, and a `/v1/config/public` read: 17 requests.
//! Users are `bench00…` as `latchkey-local --seed-bench` makes them: sign-ins
//! use the first half, resets the second (a reset changes the password).
//!
//! Bounds (the short form inside `infra/test.sh` sets them; exit 1 when one is
//! broken): `--max-rss-growth PCT` for every named process (beyond 4 MiB),
//! `--max-p99-growth PCT` per route (beyond 5 ms, windows of 30+ requests),
//! and never a 5xx or a
//! request left unanswered for 30 s. `LATCHKEY_SOAK_PIDS="server=1 dynamodb=2
//! messaging=3"`; `LATCHKEY_BENCH_PASSWORD` is the users' password.

#![expect(
    clippy::expect_used,
    reason = "a benchmark driver: a step that fails stops the run with its message"
)]

use std::collections::{BTreeMap, HashSet};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use latchkey_e2e::Outbox;
use serde_json::{Value, json};

tokio::task_local! {
    /// The journey a request belongs to (its client address).
    static JOURNEY: usize;
}

/// One answered request.
struct Sample {
    route: &'static str,
    at: Duration,
    took: Duration,
    status: u16,
    expected: bool,
}

struct Driver {
    http: reqwest::Client,
    base: String,
    outbox: Outbox,
    password: String,
    began: Instant,
    samples: Mutex<Vec<Sample>>,
    /// One reset at a time per user: a code is matched to its flow by being
    /// the user's newest message, which two flows at once would confuse.
    resetting: Vec<tokio::sync::Mutex<()>>,
}

impl Driver {
    async fn call(&self, route: &'static str, request: reqwest::RequestBuilder, ok: u16) -> Option<Value> {
        let start = Instant::now();
        let response = request.send().await;
        let took = start.elapsed();
        let (status, body) = match response {
            Ok(r) => {
                let status = r.status().as_u16();
                (status, r.json::<Value>().await.unwrap_or(Value::Null))
            }
            Err(_) => (599, Value::Null),
        };
        let sample = Sample { route, at: start - self.began, took, status, expected: status == ok };
        self.samples.lock().expect("samples lock").push(sample);
        (status == ok).then_some(body)
    }

    fn post(&self, path: &str, body: Value) -> reqwest::RequestBuilder {
        self.from(self.http.post(format!("{}{path}", self.base)).json(&body))
    }

    fn get(&self, path: &str) -> reqwest::RequestBuilder {
        self.from(self.http.get(format!("{}{path}", self.base)))
    }

    /// Each journey comes from its own client address (as CloudFront would
    /// report it; the stack trusts the header), so the per-address limits see
    /// many people, not one load driver.
    fn from(&self, request: reqwest::RequestBuilder) -> reqwest::RequestBuilder {
        let n = JOURNEY.try_with(|n| *n).unwrap_or(0);
        let address = format!("10.{}.{}.{}", (n >> 16) & 0xff, (n >> 8) & 0xff, n & 0xff);
        request.header(latchkey_api::extract::VIEWER_ADDRESS_HEADER, address)
    }

    async fn reset(&self, user: usize, n: usize) {
        let _one_at_a_time = self.resetting[user % self.resetting.len()].lock().await;
        let username = format!("bench{user:02}");
        let address = format!("{username}@bench.example");
        let Some(flow) =
            self.call("POST /v1/resets", self.post("/v1/resets", json!({"username": username})), 201).await
        else {
            return;
        };
        let id = flow["reset_id"].as_str().unwrap_or_default().to_string();
        let before: HashSet<String> = self.outbox.to(&address).await.into_iter().map(|m| m.body).collect();
        let challenge = self.post(&format!("/v1/resets/{id}/challenges"), json!({"method_id": "m1"}));
        if self.call("POST /v1/resets/{id}/challenges", challenge, 202).await.is_none() {
            return;
        }
        let Some(code) = self.new_code(&address, &before).await else {
            self.samples.lock().expect("samples lock").push(Sample {
                route: "(code never arrived)",
                at: self.began.elapsed(),
                took: Duration::ZERO,
                status: 0,
                expected: false,
            });
            return;
        };
        let verify =
            self.post(&format!("/v1/resets/{id}/verifications"), json!({"method_id": "m1", "code": code}));
        if self.call("POST /v1/resets/{id}/verifications", verify, 200).await.is_none() {
            return;
        }
        let complete = self.post(
            &format!("/v1/resets/{id}/password"),
            json!({"new_password": format!("soak-steady-passphrase-{n}")}),
        );
        self.call("POST /v1/resets/{id}/password", complete, 204).await;
    }

    /// The code in the first message to `address` that was not there before.
    async fn new_code(&self, address: &str, before: &HashSet<String>) -> Option<String> {
        // Each look is a dump of the emulator's whole outbox: look rarely.
        for _ in 0..50 {
            let fresh = self.outbox.to(address).await.into_iter().find(|m| !before.contains(&m.body));
            if let Some(code) = fresh.and_then(|m| m.code(8)) {
                return Some(code);
            }
            tokio::time::sleep(Duration::from_millis(200)).await;
        }
        None
    }

    async fn sign_in(&self, user: usize) {
        let body = json!({"username": format!("bench{user:02}"), "password": self.password});
        let Some(session) = self.call("POST /v1/sessions", self.post("/v1/sessions", body), 201).await else {
            return;
        };
        let token = session["token"].as_str().unwrap_or_default().to_string();
        self.call("GET /v1/me", self.get("/v1/me").bearer_auth(&token), 200).await;
        self.call("GET /v1/security-questions", self.get("/v1/security-questions").bearer_auth(&token), 200)
            .await;
    }

    async fn probe(&self, n: usize) {
        let name = format!("nobody{n}");
        let body = json!({"username": name, "password": "not-the-password-at-all"});
        self.call("POST /v1/sessions (unknown)", self.post("/v1/sessions", body), 401).await;
        let Some(flow) = self
            .call("POST /v1/resets (unknown)", self.post("/v1/resets", json!({"username": name})), 201)
            .await
        else {
            return;
        };
        let id = flow["reset_id"].as_str().unwrap_or_default().to_string();
        let challenge = self.post(&format!("/v1/resets/{id}/challenges"), json!({"method_id": "m1"}));
        self.call("POST /v1/resets/{id}/challenges (unknown)", challenge, 202).await;
    }
}

/// One route's latencies: all of them, and those sent in the schedule's first and last fifth.
#[derive(Default)]
struct RouteStats {
    all: Vec<Duration>,
    first: Vec<Duration>,
    last: Vec<Duration>,
    failed: usize,
    unexpected: usize,
}

#[derive(Clone, Copy, PartialEq)]
enum Mix {
    Mixed,
    Resets,
    Signins,
}

struct Args {
    base: String,
    messaging: String,
    mix: Mix,
    rate: f64,
    journeys: usize,
    max_rss_growth: Option<f64>,
    max_p99_growth: Option<f64>,
}

fn parse_args() -> Args {
    let args: Vec<String> = std::env::args().collect();
    let usage = || -> ! {
        eprintln!(
            "usage: {} URL MESSAGING_URL --mix mixed|resets|signins --rate R (--requests N | --seconds S) \
             [--max-rss-growth PCT] [--max-p99-growth PCT]",
            args[0]
        );
        std::process::exit(2)
    };
    if args.len() < 3 {
        usage();
    }
    let flag = |name: &str| args.iter().position(|a| a == name).and_then(|i| args.get(i + 1)).cloned();
    let number = |name: &str| flag(name).map(|v| v.parse::<f64>().unwrap_or_else(|_| usage()));
    let mix = match flag("--mix").as_deref() {
        Some("mixed") | None => Mix::Mixed,
        Some("resets") => Mix::Resets,
        Some("signins") => Mix::Signins,
        Some(_) => usage(),
    };
    let rate = number("--rate").unwrap_or_else(|| usage());
    // In `mixed` the rate is in requests (17 per 6 journeys); otherwise in journeys.
    let per_journey = if mix == Mix::Mixed { 17.0 / 6.0 } else { 1.0 };
    let journeys = match (number("--requests"), number("--seconds")) {
        (Some(n), _) => (n / per_journey).ceil() as usize,
        (None, Some(s)) => (s * rate / per_journey).round() as usize,
        (None, None) => usage(),
    };
    Args {
        base: args[1].trim_end_matches('/').to_string(),
        messaging: args[2].clone(),
        mix,
        rate: rate / per_journey,
        journeys,
        max_rss_growth: number("--max-rss-growth"),
        max_p99_growth: number("--max-p99-growth"),
    }
}

/// Named processes from `LATCHKEY_SOAK_PIDS` ("name=pid name=pid").
fn processes() -> Vec<(String, u32)> {
    std::env::var("LATCHKEY_SOAK_PIDS")
        .unwrap_or_default()
        .split_whitespace()
        .filter_map(|p| p.split_once('=').and_then(|(n, pid)| Some((n.to_string(), pid.parse().ok()?))))
        .collect()
}

fn rss_kib(pid: u32) -> u64 {
    std::fs::read_to_string(format!("/proc/{pid}/status"))
        .ok()
        .and_then(|s| s.lines().find(|l| l.starts_with("VmRSS:")).map(str::to_string))
        .and_then(|l| l.split_whitespace().nth(1).and_then(|v| v.parse().ok()))
        .unwrap_or(0)
}

/// User + system CPU time a process has used, in milliseconds.
fn cpu_ms(pid: u32) -> f64 {
    let ticks = 100.0; // CLK_TCK on Linux
    std::fs::read_to_string(format!("/proc/{pid}/stat"))
        .ok()
        .and_then(|s| {
            // Fields after the command name, which is in parentheses and may hold spaces.
            let rest = &s[s.rfind(')')? + 2..];
            let fields: Vec<&str> = rest.split_whitespace().collect();
            Some(
                (fields.get(11)?.parse::<f64>().ok()? + fields.get(12)?.parse::<f64>().ok()?) * 1000.0
                    / ticks,
            )
        })
        .unwrap_or(0.0)
}

fn percentile(sorted: &[Duration], p: f64) -> f64 {
    if sorted.is_empty() {
        return f64::NAN;
    }
    let rank = ((p / 100.0) * (sorted.len() - 1) as f64).round() as usize;
    sorted[rank].as_secs_f64() * 1e3
}

#[tokio::main]
#[expect(
    clippy::too_many_lines,
    reason = "one run read top to bottom: the schedule, the warm-up snapshot taken inside it, then the route and process tables checked against the bounds"
)]
async fn main() {
    let args = parse_args();
    let driver = Arc::new(Driver {
        http: reqwest::Client::builder().timeout(Duration::from_secs(30)).build().expect("http client"),
        base: args.base.clone(),
        outbox: Outbox::new(&args.messaging),
        password: std::env::var("LATCHKEY_BENCH_PASSWORD")
            .unwrap_or_else(|_| "bench-lantern-quartz-2026".into()),
        began: Instant::now(),
        samples: Mutex::new(Vec::new()),
        resetting: (0..256).map(|_| tokio::sync::Mutex::new(())).collect(),
    });
    let users: usize = std::env::var("LATCHKEY_SOAK_USERS").ok().and_then(|v| v.parse().ok()).unwrap_or(64);
    let half = users / 2;
    let procs = processes();
    // "Start" is measured once a tenth of the run is done: the first requests
    // fill caches and pools, which is warming up, not growing.
    let warm = (args.journeys / 10).max(1);
    let mut start_rss = Vec::new();
    let mut start_cpu = Vec::new();
    let mut start_at = Duration::ZERO;
    let mut tasks = Vec::with_capacity(args.journeys);
    let period = Duration::from_secs_f64(1.0 / args.rate);
    let began = Instant::now();
    eprintln!(
        "[soak] {} journeys at {:.1}/s (~{:.0} s)",
        args.journeys,
        args.rate,
        args.journeys as f64 / args.rate
    );
    for n in 0..args.journeys {
        if n == warm {
            // The server hashes in pooled buffers, one per core, made the first
            // time that many hashes overlap; an open loop this slow may not have
            // overlapped yet. Overlapping sign-ins now fill the pool, so the
            // start is measured warm and a buffer made later is not read as growth.
            let burst: Vec<_> = (0..4)
                .map(|i| {
                    let d = driver.clone();
                    tokio::spawn(async move { d.sign_in(i % half.max(1)).await })
                })
                .collect();
            for signing_in in burst {
                let _ = signing_in.await;
            }
            start_rss = procs.iter().map(|(_, pid)| rss_kib(*pid)).collect();
            start_cpu = procs.iter().map(|(_, pid)| cpu_ms(*pid)).collect();
            start_at = driver.began.elapsed();
        }
        if n > 0 && n % (args.journeys / 10).max(1) == 0 {
            eprintln!("[soak] {}% ({n} journeys)", n * 100 / args.journeys);
        }
        // Open loop: journey n starts at n × period, however slow earlier ones are.
        tokio::time::sleep_until(tokio::time::Instant::from_std(began + period * n as u32)).await;
        let d = driver.clone();
        let kind = match args.mix {
            Mix::Resets => 0,
            Mix::Signins => 1,
            Mix::Mixed => [0, 1, 2, 1, 2, 3][n % 6],
        };
        tasks.push(tokio::spawn(JOURNEY.scope(n, async move {
            match kind {
                0 => d.reset(half + n % (users - half), n).await,
                1 => d.sign_in(n % half).await,
                2 => d.probe(n).await,
                _ => {
                    d.call("GET /v1/config/public", d.get("/v1/config/public"), 200).await;
                }
            }
        })));
    }
    for task in tasks {
        let _ = task.await;
    }
    let wall = driver.began.elapsed();
    let end_rss: Vec<u64> = procs.iter().map(|(_, pid)| rss_kib(*pid)).collect();
    let end_cpu: Vec<f64> = procs.iter().map(|(_, pid)| cpu_ms(*pid)).collect();
    let samples = std::mem::take(&mut *driver.samples.lock().expect("samples lock"));
    let measured = samples.iter().filter(|s| s.at >= start_at).count().max(1);

    // Per route: all requests, and those sent in the first and the last fifth
    // of the schedule (a slow tail after the last send is not a window of its own).
    let schedule = period * args.journeys as u32;
    let fifth = schedule / 5;
    let mut routes: BTreeMap<&str, RouteStats> = BTreeMap::new();
    for s in &samples {
        let entry = routes.entry(s.route).or_default();
        entry.all.push(s.took);
        if s.at < fifth {
            entry.first.push(s.took);
        } else if s.at >= schedule - fifth {
            entry.last.push(s.took);
        }
        // 599: no answer within the client's 30 s (counted as a server failure).
        if s.status >= 500 {
            entry.failed += 1;
        }
        if !s.expected {
            entry.unexpected += 1;
        }
    }
    let mut broken = Vec::new();
    println!(
        "{} requests in {:.1} s ({:.1} req/s); measured from request {} on ({} requests)\n",
        samples.len(),
        wall.as_secs_f64(),
        samples.len() as f64 / wall.as_secs_f64(),
        samples.len() - measured,
        measured
    );
    println!(
        "| route | requests | p50 ms | p99 ms | p99 first fifth | p99 last fifth | unexpected status | 5xx or no answer |"
    );
    println!("|---|---:|---:|---:|---:|---:|---:|---:|");
    for (route, RouteStats { mut all, mut first, mut last, failed: fivexx, unexpected }) in routes {
        all.sort();
        first.sort();
        last.sort();
        let (p99_first, p99_last) = (percentile(&first, 99.0), percentile(&last, 99.0));
        println!(
            "| {route} | {} | {:.1} | {:.1} | {p99_first:.1} | {p99_last:.1} | {unexpected} | {fivexx} |",
            all.len(),
            percentile(&all, 50.0),
            percentile(&all, 99.0),
        );
        if fivexx > 0 {
            broken.push(format!("{route}: {fivexx} × 5xx"));
        }
        if let Some(max) = args.max_p99_growth {
            // A few ms of scheduling noise is not growth, and the p99 of a
            // handful of requests is their maximum: the bound applies above
            // 5 ms and to windows of at least 30 requests.
            let enough = first.len() >= 30 && last.len() >= 30;
            if enough && p99_last > p99_first * (1.0 + max / 100.0) && p99_last - p99_first > 5.0 {
                broken.push(format!("{route}: p99 {p99_first:.1} → {p99_last:.1} ms (bound +{max}%)"));
            }
        }
    }
    println!("\n| process | RSS at start MiB | RSS at end MiB | growth | CPU ms per request |");
    println!("|---|---:|---:|---:|---:|");
    for (i, (name, _)) in procs.iter().enumerate() {
        let (a, b) = (start_rss.get(i).copied().unwrap_or(0), end_rss[i]);
        let growth = if a == 0 { 0.0 } else { (b as f64 - a as f64) * 100.0 / a as f64 };
        let cpu = (end_cpu[i] - start_cpu.get(i).copied().unwrap_or(0.0)) / measured as f64;
        println!(
            "| {name} | {:.1} | {:.1} | {growth:+.1}% | {cpu:.2} |",
            a as f64 / 1024.0,
            b as f64 / 1024.0
        );
        // A few MiB is a cache or pool filling up, not a leak: the bound applies above 4 MiB.
        if let Some(max) = args.max_rss_growth
            && growth > max
            && b.saturating_sub(a) > 4 * 1024
        {
            broken.push(format!(
                "{name}: RSS {:.1} → {:.1} MiB (bound +{max}%)",
                a as f64 / 1024.0,
                b as f64 / 1024.0
            ));
        }
    }
    if !broken.is_empty() {
        eprintln!("[soak] bounds broken:\n  {}", broken.join("\n  "));
        std::process::exit(1);
    }
}
