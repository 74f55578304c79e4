//! Reset ids (the `{reset_id}` path parameter), method ids and one-time codes
//! through the reset flow, on the in-memory fakes: Adele starts a reset and
//! asks for a code by email; then the input, `reset id \n method id \n code`
//! (`{id}` and `{code}` stand for the real ones), is sent to `verify` and
//! `challenge`. Any id but the flow's is `reset_expired`; a code is accepted only
//! for the flow's id and method, and only if it is the code sent (spaces
//! around it allowed).
#![no_main]

use std::pin::pin;
use std::task::{Context, Poll, Waker};

use latchkey_core::Error;
use latchkey_core::model::audit::RequestMeta;
use latchkey_core::testing::FakeWorld;
use latchkey_core::recovery::{Proof, Resets};
use latchkey_core::model::values::ResetId;
use libfuzzer_sys::fuzz_target;

/// The fakes never wait on anything, so each future finishes on its first poll.
fn run<F: Future>(future: F) -> F::Output {
    let mut future = pin!(future);
    match future.as_mut().poll(&mut Context::from_waker(Waker::noop())) {
        Poll::Ready(out) => out,
        Poll::Pending => panic!("the fakes never wait"),
    }
}

fuzz_target!(|input: &str| {
    let mut parts = input.splitn(3, '\n');
    let (id, method, code) = (
        parts.next().unwrap_or_default(),
        parts.next().unwrap_or_default(),
        parts.next().unwrap_or_default(),
    );

    let world = FakeWorld::new();
    let meta = RequestMeta::default();
    run(world.add_adele("marmalade-ferry-71", &[]));
    let resets = Resets::new(world.ports.clone());
    let started = run(resets.start("adele", latchkey_core::model::language::Language::En, &meta)).expect("a reset starts");
    run(resets.challenge(&started.reset_id, "m1", &meta)).expect("a code is sent");
    let sent = world.outbox.emails.lock().unwrap().last().unwrap().text.clone();
    let real_code = sent.split(|c: char| !c.is_ascii_digit()).find(|w| w.len() == 8).unwrap().to_owned();

    let id = id.replace("{id}", started.reset_id.expose());
    let code = code.replace("{code}", &real_code);
    let ours = id == started.reset_id.expose();
    // As the route does: what cannot be an id is answered as an unknown flow.
    let Some(id) = ResetId::parse(&id) else {
        assert!(!ours, "the real id parses");
        return;
    };

    match run(resets.verify(&id, method, Proof::Code(&code), &meta)) {
        Ok(verified) => {
            assert!(ours && method == "m1" && code.trim() == real_code, "accepted {input:?}");
            assert_eq!(verified.verified, ["m1"]);
        }
        Err(Error::ResetExpired) => {}
        Err(other) => assert!(ours, "another id gets reset_expired, not {other:?}"),
    }
    match run(resets.challenge(&id, method, &meta)) {
        Err(Error::ResetExpired) => {}
        other => assert!(ours, "a challenge for another id: {:?}", other.map(|_| ())),
    }
});
