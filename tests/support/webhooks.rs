//! Webhooks as an integrator sees them: a receiver on this machine that
//! records every delivery (headers and body) and can be taken down and
//! brought back on the same address, or told to answer an error; and the
//! app's deliverer, fed by its audit table's stream as in AWS.

use std::net::SocketAddr;
use std::sync::atomic::{AtomicU16, Ordering};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use axum::body::Bytes;
use axum::http::{HeaderMap, StatusCode};
use latchkey_adapters::events::{StartAt, StreamFollower};
use latchkey_adapters::webhooks::HttpSender;
use latchkey_core::integrators::webhooks::Deliverer;
use serde_json::Value;

/// One request the receiver got.
#[derive(Debug, Clone)]
pub struct Received {
    pub id: String,
    pub timestamp: i64,
    pub signature: String,
    pub body: String,
    /// When it arrived (for the latency benchmark).
    pub arrived: chrono::DateTime<chrono::Utc>,
}

impl Received {
    pub fn json(&self) -> Value {
        serde_json::from_str(&self.body).expect("a JSON body")
    }
}

struct State {
    got: Mutex<Vec<Received>>,
    /// The status answered (204 unless told otherwise).
    status: AtomicU16,
}

/// A webhook receiver on 127.0.0.1.
pub struct Receiver {
    pub addr: SocketAddr,
    state: Arc<State>,
    server: Mutex<Option<tokio::task::JoinHandle<()>>>,
}

impl Receiver {
    pub async fn start() -> Self {
        let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.expect("bind receiver");
        let addr = listener.local_addr().expect("receiver addr");
        let state = Arc::new(State { got: Mutex::new(Vec::new()), status: AtomicU16::new(204) });
        let receiver = Self { addr, state, server: Mutex::new(None) };
        receiver.serve(listener);
        receiver
    }

    pub fn url(&self) -> String {
        format!("http://{}/hooks/latchkey", self.addr)
    }

    fn serve(&self, listener: tokio::net::TcpListener) {
        let state = self.state.clone();
        let app = axum::Router::new().route(
            "/hooks/latchkey",
            axum::routing::post(move |headers: HeaderMap, body: Bytes| {
                let state = state.clone();
                async move {
                    let header = |name: &str| {
                        headers.get(name).and_then(|v| v.to_str().ok()).unwrap_or_default().to_owned()
                    };
                    let status = state.status.load(Ordering::SeqCst);
                    if status < 300 {
                        state.got.lock().unwrap().push(Received {
                            id: header("webhook-id"),
                            timestamp: header("webhook-timestamp").parse().unwrap_or(0),
                            signature: header("webhook-signature"),
                            body: String::from_utf8_lossy(&body).into_owned(),
                            arrived: chrono::Utc::now(),
                        });
                    }
                    StatusCode::from_u16(status).unwrap_or(StatusCode::NO_CONTENT)
                }
            }),
        );
        let task = tokio::spawn(async move {
            axum::serve(listener, app).await.expect("receiver");
        });
        *self.server.lock().unwrap() = Some(task);
    }

    /// Takes the receiver down: connections to it are refused.
    pub async fn stop(&self) {
        let task = self.server.lock().unwrap().take();
        if let Some(task) = task {
            task.abort();
            let _ = task.await;
        }
    }

    /// Brings it back on the same address.
    pub async fn resume(&self) {
        let listener = tokio::net::TcpListener::bind(self.addr).await.expect("rebind receiver");
        self.serve(listener);
    }

    /// Answers `status` from now on (a 2xx records the delivery).
    pub fn answer(&self, status: u16) {
        self.state.status.store(status, Ordering::SeqCst);
    }

    pub fn received(&self) -> Vec<Received> {
        self.state.got.lock().unwrap().clone()
    }

    /// Waits (up to `within`) until `done` holds of what was received.
    pub async fn wait_for(&self, within: Duration, done: impl Fn(&[Received]) -> bool) -> Vec<Received> {
        let start = Instant::now();
        loop {
            let got = self.received();
            if done(&got) || start.elapsed() > within {
                return got;
            }
            tokio::time::sleep(Duration::from_millis(50)).await;
        }
    }
}

impl crate::TestApp {
    /// Starts delivering this app's webhooks as the webhooks function does
    /// in AWS: the audit stream followed into the deliverer. The deliverer
    /// is returned for sweeps by hand (the schedule's part).
    pub async fn deliver_webhooks(&self) -> Deliverer {
        let sender = Arc::new(HttpSender::new(self.config.webhook_reach));
        let deliverer = Deliverer::new(self.ports.clone(), sender);
        let sdk = latchkey_adapters::aws::sdk_config(&self.config).await;
        let follower =
            StreamFollower::new(&sdk, &self.config, Arc::new(deliverer.clone()), Duration::from_millis(50));
        tokio::spawn(follower.run(StartAt::Oldest));
        deliverer
    }
}
