//! A TCP proxy in front of the emulator that a test can switch off, to see
//! what the app does when AWS is unreachable — and switch on again to check
//! that nothing was half-written.

use std::sync::Arc;

use tokio::net::{TcpListener, TcpStream};
use tokio::sync::watch;

pub struct Proxy {
    pub port: u16,
    down: Arc<watch::Sender<bool>>,
}

impl Proxy {
    pub async fn start(target_port: u16) -> Self {
        Self::with_delay(target_port, std::time::Duration::ZERO).await
    }

    /// A proxy that holds everything the client sends for `delay` before
    /// passing it on (each request on a kept-alive connection too): a slow provider.
    pub async fn with_delay(target_port: u16, delay: std::time::Duration) -> Self {
        let listener = TcpListener::bind("127.0.0.1:0").await.expect("bind proxy");
        let port = listener.local_addr().expect("proxy addr").port();
        let (down, _) = watch::channel(false);
        let down = Arc::new(down);
        let state = down.clone();
        tokio::spawn(async move {
            loop {
                let Ok((mut inbound, _)) = listener.accept().await else {
                    return;
                };
                if *state.borrow() {
                    drop(inbound); // refuse while down
                    continue;
                }
                let mut cut = state.subscribe();
                tokio::spawn(async move {
                    let Ok(mut outbound) = TcpStream::connect(("127.0.0.1", target_port)).await else {
                        return;
                    };
                    if delay.is_zero() {
                        tokio::select! {
                            _ = tokio::io::copy_bidirectional(&mut inbound, &mut outbound) => {}
                            _ = cut.wait_for(|down| *down) => {}
                        }
                        return;
                    }
                    let (mut from_client, mut to_client) = inbound.into_split();
                    let (mut from_server, mut to_server) = outbound.into_split();
                    let upstream = async move {
                        use tokio::io::{AsyncReadExt, AsyncWriteExt};
                        let mut buf = vec![0u8; 64 * 1024];
                        while let Ok(n) = from_client.read(&mut buf).await {
                            if n == 0 {
                                break;
                            }
                            tokio::time::sleep(delay).await;
                            if to_server.write_all(&buf[..n]).await.is_err() {
                                break;
                            }
                        }
                    };
                    tokio::select! {
                        _ = upstream => {}
                        _ = tokio::io::copy(&mut from_server, &mut to_client) => {}
                        _ = cut.wait_for(|down| *down) => {}
                    }
                });
            }
        });
        Self { port, down }
    }

    pub fn endpoint(&self) -> String {
        format!("http://127.0.0.1:{}", self.port)
    }

    /// Cuts every open connection and refuses new ones while `down`.
    pub fn set_down(&self, down: bool) {
        self.down.send_replace(down);
    }
}
