//! Request headers the API reads as text, through its own extractors: the
//! edge's viewer address (`x-latchkey-viewer-address`, trusted as behind
//! CloudFront), `User-Agent` and `Accept-Language`. The input is the three
//! values, one a line (any bytes a header can hold). A client address, when
//! one is found, is a canonical IP; the user agent is at most 256 characters of
//! what was sent; the language is one of the supported ones.
#![no_main]

use std::net::IpAddr;
use std::pin::pin;
use std::task::{Context, Poll, Waker};

use axum::extract::FromRequestParts;
use axum::http::{HeaderValue, Request, header};
use latchkey_api::extract::{Language, Meta, VIEWER_ADDRESS_HEADER, trust_viewer_address};
use latchkey_core::model::questions::LANGUAGES;
use libfuzzer_sys::fuzz_target;

/// The extractors never wait, so each finishes on its first poll.
fn run<F: Future>(future: F) -> F::Output {
    let mut future = pin!(future);
    match future.as_mut().poll(&mut Context::from_waker(Waker::noop())) {
        Poll::Ready(out) => out,
        Poll::Pending => panic!("the extractors never wait"),
    }
}

fuzz_target!(|data: &[u8]| {
    trust_viewer_address();
    let mut lines = data.splitn(3, |&b| b == b'\n');
    let mut request = Request::builder();
    for name in [VIEWER_ADDRESS_HEADER, header::USER_AGENT.as_str(), header::ACCEPT_LANGUAGE.as_str()] {
        if let Some(value) = lines.next().and_then(|v| HeaderValue::from_bytes(v).ok()) {
            request = request.header(name, value);
        }
    }
    let (mut parts, ()) = request.body(()).unwrap().into_parts();

    let Meta(meta) = run(Meta::from_request_parts(&mut parts, &())).unwrap();
    if let Some(ip) = &meta.client_ip {
        let parsed: IpAddr = ip.parse().expect("the client address is an IP");
        assert_eq!(&parsed.to_string(), ip, "in canonical form");
    }
    if let Some(agent) = &meta.user_agent {
        assert!(agent.chars().count() <= 256);
        let sent = parts.headers[header::USER_AGENT].to_str().unwrap();
        assert!(sent.starts_with(agent.as_str()), "a prefix of what was sent");
    }
    let Language(lang) = run(Language::from_request_parts(&mut parts, &())).unwrap();
    assert!(LANGUAGES.contains(&lang));
});
