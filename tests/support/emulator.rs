//! moto server, started by the tests themselves.
//!
//! One server per test process unless the test script shares one: it starts on first use, on a free port, from
//! the project's venv (`localstack/moto.sh install` creates it if missing),
//! and dies with the test process (PR_SET_PDEATHSIG on a thread that lives
//! as long as the process). Tests isolate themselves with table prefixes.

use std::net::TcpListener;
use std::path::PathBuf;
use std::process::{Command, Stdio};
use std::sync::OnceLock;
use std::time::{Duration, Instant};

/// A running moto server.
pub struct Emulator {
    pub port: u16,
}

impl Emulator {
    pub fn endpoint(&self) -> String {
        format!("http://127.0.0.1:{}", self.port)
    }
}

/// The shared emulator. `LATCHKEY_TEST_EMULATOR_PORT` names one already
/// running on 127.0.0.1 (the test script starts one for all test processes);
/// otherwise this process starts its own on first call.
pub fn emulator() -> &'static Emulator {
    static EMULATOR: OnceLock<Emulator> = OnceLock::new();
    EMULATOR.get_or_init(|| match std::env::var("LATCHKEY_TEST_EMULATOR_PORT") {
        Ok(port) => Emulator { port: port.parse().expect("LATCHKEY_TEST_EMULATOR_PORT is a port number") },
        Err(_) => Emulator { port: spawn_moto() },
    })
}

/// Where email and SMS go: `LATCHKEY_TEST_MESSAGING_PORT` names a second
/// emulator the test script runs for SES and SNS alone (with
/// `AWS_ENDPOINT_URL_SESV2`/`_SES`/`_SNS` pointing there), so reading what was
/// "sent" does not mean dumping every DynamoDB table; otherwise the shared one.
pub fn messaging_endpoint() -> String {
    match std::env::var("LATCHKEY_TEST_MESSAGING_PORT") {
        Ok(port) => format!("http://127.0.0.1:{}", port.trim()),
        Err(_) => emulator().endpoint(),
    }
}

fn repo_root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).parent().expect("tests/ has a parent").to_path_buf()
}

/// The emulator's launcher: `LATCHKEY_MOTO_SERVER`, or `localstack/moto-server`
/// (moto from the project venv, installed on demand, with atomic DynamoDB).
fn moto_server() -> PathBuf {
    if let Some(path) = std::env::var_os("LATCHKEY_MOTO_SERVER") {
        return PathBuf::from(path);
    }
    let out = Command::new("bash")
        .arg(repo_root().join("localstack/moto.sh"))
        .arg("install")
        .stderr(Stdio::inherit())
        .output()
        .expect("run localstack/moto.sh install");
    assert!(out.status.success(), "localstack/moto.sh install failed");
    PathBuf::from(String::from_utf8(out.stdout).expect("utf-8 path").trim())
}

pub fn free_port() -> u16 {
    TcpListener::bind("127.0.0.1:0").expect("bind a free port").local_addr().expect("local addr").port()
}

/// Starts moto on a free port and waits until it answers; returns the port.
pub fn spawn_moto() -> u16 {
    let binary = moto_server();
    let port = free_port();
    let (tx, rx) = std::sync::mpsc::channel();
    // The child is tied to this thread's life (PDEATHSIG fires when the
    // spawning *thread* exits), so the thread waits on it forever.
    std::thread::spawn(move || {
        use std::os::unix::process::CommandExt;
        let mut command = Command::new(binary);
        command
            .args(["-H", "127.0.0.1", "-p", &port.to_string()])
            .stdout(Stdio::null())
            .stderr(Stdio::null());
        // SAFETY: prctl is async-signal-safe and touches only this child.
        unsafe {
            command.pre_exec(|| {
                libc::prctl(libc::PR_SET_PDEATHSIG, libc::SIGKILL);
                Ok(())
            });
        }
        let mut child = command.spawn().expect("start moto_server");
        tx.send(()).ok();
        let _ = child.wait();
    });
    rx.recv().expect("moto spawn thread reports");
    let deadline = Instant::now() + Duration::from_secs(30);
    while Instant::now() < deadline {
        if std::net::TcpStream::connect(("127.0.0.1", port)).is_ok() {
            return port;
        }
        std::thread::sleep(Duration::from_millis(50));
    }
    panic!("moto did not start on port {port} within 30 s");
}
