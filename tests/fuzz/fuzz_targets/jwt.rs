//! Session tokens (`Authorization: Bearer …`) through `Tokens::verify` with a
//! generated Ed25519 key. Any text gives Ok or Err, never a panic. An input
//! holding a newline is `header JSON \n claims JSON`, signed here with the
//! real key so the fuzzer reaches the header and claims checks behind the
//! signature. Accepted tokens are EdDSA, `typ` at+jwt, for our issuer and
//! audience, unexpired and not issued in the future.
#![no_main]

use std::pin::pin;
use std::sync::LazyLock;
use std::task::{Context, Poll, Waker};

use base64::Engine;
use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use chrono::{DateTime, Duration, Utc};
use ed25519_dalek::Signer;
use ed25519_dalek::SigningKey;
use ed25519_dalek::pkcs8::DecodePrivateKey;
use latchkey_api::Tokens;
use latchkey_api::auth::AUDIENCE;
use libfuzzer_sys::fuzz_target;
use secrecy::ExposeSecret;

const ISSUER: &str = "latchkey";

static KEYS: LazyLock<(Tokens, SigningKey)> = LazyLock::new(|| {
    let pem = Tokens::generate_pem();
    let tokens = Tokens::from_pem(&pem, ISSUER, Duration::minutes(15)).expect("a generated key loads");
    let signing = SigningKey::from_pkcs8_pem(pem.expose_secret()).expect("the same key");
    (tokens, signing)
});

/// A fixed clock (2026-01-01T00:00:00Z), so a crash replays the same way; the seeds' tokens are valid then.
fn now() -> DateTime<Utc> {
    DateTime::from_timestamp(1_767_225_600, 0).unwrap()
}

/// `Tokens` without a key source never waits, so `verify` finishes on its first poll.
fn run<F: Future>(future: F) -> F::Output {
    let mut future = pin!(future);
    match future.as_mut().poll(&mut Context::from_waker(Waker::noop())) {
        Poll::Ready(out) => out,
        Poll::Pending => panic!("verification without a key source never waits"),
    }
}

fuzz_target!(|input: &str| {
    let (tokens, signing) = &*KEYS;
    let (token, header) = match input.split_once('\n') {
        Some((header, claims)) => {
            let signed = format!("{}.{}", URL_SAFE_NO_PAD.encode(header), URL_SAFE_NO_PAD.encode(claims));
            let signature = signing.sign(signed.as_bytes());
            (format!("{signed}.{}", URL_SAFE_NO_PAD.encode(signature.to_bytes())), Some(header))
        }
        None => (input.to_owned(), None),
    };
    let Ok(claims) = run(tokens.verify(&token, now())) else { return };
    let header = header.expect("an unsigned token is never accepted");
    let header: serde_json::Value = serde_json::from_str(header).expect("an accepted header is JSON");
    assert_eq!(header["alg"], "EdDSA");
    assert!(header["typ"].as_str().is_some_and(|t| t.eq_ignore_ascii_case("at+jwt")), "{header}");
    assert_eq!(claims.iss, ISSUER);
    assert_eq!(claims.aud, AUDIENCE);
    assert!(claims.exp > now().timestamp());
    assert!(claims.iat <= now().timestamp() + 60);
});
