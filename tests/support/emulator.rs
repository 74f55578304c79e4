//! The local AWS, started by the tests themselves: DynamoDB (Dynoxide) and,
//! for SES and SNS, moto.
//!
//! One of each per test process unless the test script shares them: each
//! starts on first use, on a free port, from the project's cache
//! (`localstack/dynamodb.sh install`, `localstack/moto.sh install` build or
//! create it if missing), and dies with the test process (PR_SET_PDEATHSIG on
//! a thread that lives as long as the process). Tests isolate themselves
//! with table prefixes.

use std::net::TcpListener;
use std::path::PathBuf;
use std::process::{Command, Stdio};
use std::sync::OnceLock;
use std::time::{Duration, Instant};

use latchkey_adapters::AdapterConfig;

/// A running emulator.
pub struct Emulator {
    pub port: u16,
}

impl Emulator {
    pub fn endpoint(&self) -> String {
        format!("http://127.0.0.1:{}", self.port)
    }
}

/// The shared DynamoDB. `LATCHKEY_TEST_EMULATOR_PORT` names one already
/// running on 127.0.0.1 (the test script starts one for all test processes);
/// otherwise this process starts its own on first call.
pub fn emulator() -> &'static Emulator {
    static EMULATOR: OnceLock<Emulator> = OnceLock::new();
    EMULATOR.get_or_init(|| match std::env::var("LATCHKEY_TEST_EMULATOR_PORT") {
        Ok(port) => Emulator { port: port.parse().expect("LATCHKEY_TEST_EMULATOR_PORT is a port number") },
        Err(_) => Emulator { port: spawn("dynamodb.sh", |port| vec!["serve".into(), "--port".into(), port]) },
    })
}

/// Where email and SMS go (moto): `LATCHKEY_TEST_MESSAGING_PORT` names one the
/// test script runs; otherwise this process starts its own on first call.
pub fn messaging_endpoint() -> String {
    static MESSAGING: OnceLock<Emulator> = OnceLock::new();
    MESSAGING
        .get_or_init(|| match std::env::var("LATCHKEY_TEST_MESSAGING_PORT") {
            Ok(port) => {
                Emulator { port: port.trim().parse().expect("LATCHKEY_TEST_MESSAGING_PORT is a port number") }
            }
            Err(_) => Emulator {
                port: spawn("moto.sh", |port| vec!["-H".into(), "127.0.0.1".into(), "-p".into(), port]),
            },
        })
        .endpoint()
}

/// The adapters' configuration for the local AWS: DynamoDB at the shared
/// emulator, everything else at the messaging one.
pub fn local_config(prefix: &str) -> AdapterConfig {
    AdapterConfig::local(&messaging_endpoint(), prefix).with_dynamodb(&emulator().endpoint())
}

fn repo_root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).parent().expect("tests/ has a parent").to_path_buf()
}

/// What `localstack/<script> install` prints: the server to run.
fn installed(script: &str) -> PathBuf {
    let out = Command::new("bash")
        .arg(repo_root().join("localstack").join(script))
        .arg("install")
        .stderr(Stdio::inherit())
        .output()
        .unwrap_or_else(|e| panic!("run localstack/{script} install: {e}"));
    assert!(out.status.success(), "localstack/{script} install failed");
    PathBuf::from(String::from_utf8(out.stdout).expect("utf-8 path").trim())
}

pub fn free_port() -> u16 {
    TcpListener::bind("127.0.0.1:0").expect("bind a free port").local_addr().expect("local addr").port()
}

/// Starts the server `localstack/<script>` installs on a free port, with the
/// arguments `args(port)`, and waits until it accepts connections; returns the port.
fn spawn(script: &str, args: impl FnOnce(String) -> Vec<String>) -> u16 {
    let binary = installed(script);
    let port = free_port();
    let args = args(port.to_string());
    let (tx, rx) = std::sync::mpsc::channel();
    // The child is tied to this thread's life (PDEATHSIG fires when the
    // spawning *thread* exits), so the thread waits on it forever.
    std::thread::spawn(move || {
        use std::os::unix::process::CommandExt;
        let mut command = Command::new(binary);
        command.args(args).stdout(Stdio::null()).stderr(Stdio::null());
        // SAFETY: `pre_exec`'s closure runs in the forked child, between fork
        // and exec, where only this (spawning) thread exists: the test
        // process's other threads, and any locks they held, were not copied,
        // so the closure must not allocate or lock. It makes one prctl system
        // call (glibc's wrapper neither allocates nor locks), which changes
        // only the child, and returns Ok(()) without allocating.
        #[expect(
            unsafe_code,
            reason = "the standard library's only hook into the child before exec is unsafe"
        )]
        unsafe {
            command.pre_exec(|| {
                libc::prctl(libc::PR_SET_PDEATHSIG, libc::SIGKILL);
                Ok(())
            });
        }
        let mut child = command.spawn().expect("start the emulator");
        tx.send(()).ok();
        let _ = child.wait();
    });
    rx.recv().expect("emulator spawn thread reports");
    let deadline = Instant::now() + Duration::from_secs(30);
    while Instant::now() < deadline {
        if std::net::TcpStream::connect(("127.0.0.1", port)).is_ok() {
            return port;
        }
        std::thread::sleep(Duration::from_millis(50));
    }
    panic!("{script}'s server did not start on port {port} within 30 s");
}
