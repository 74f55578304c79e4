use chrono::Duration;

use super::*;
use crate::accounts::Accounts;
use crate::model::methods::{mask_email, mask_phone};
use crate::model::settings::OrgSettings;
use crate::model::user::{LockoutState, Role, SessionToken, User};
use crate::model::values::Password;
use crate::ports::Clock;
use crate::testing::FakeWorld;

const OLD: &str = "marmalade-ferry-71";
const NEW: &str = "glacier mosaic hum 9";

fn pw(s: &str) -> Password {
    Password::parse(s, "password").unwrap()
}

fn meta() -> RequestMeta {
    RequestMeta::default()
}

async fn world(roles: &[Role]) -> (FakeWorld, Resets, User) {
    let world = FakeWorld::new();
    let user = world.add_adele(OLD, roles).await;
    let resets = Resets::new(world.ports.clone());
    (world, resets, user)
}

/// The code in the newest email (or SMS) the fake outbox holds.
fn last_code(world: &FakeWorld, kind: MethodKind) -> String {
    let text = match kind {
        MethodKind::Email => world.outbox.emails.lock().unwrap().last().unwrap().text.clone(),
        MethodKind::Sms => world.outbox.sms.lock().unwrap().last().unwrap().1.clone(),
        // The call reads the digits out one by one.
        MethodKind::Voice => world.outbox.calls.lock().unwrap().last().unwrap().1.replace(' ', ""),
        MethodKind::Questions | MethodKind::Authenticator | MethodKind::Passkey => unreachable!("never sent"),
    };
    text.split(|c: char| !c.is_ascii_digit()).find(|w| w.len() == 8).expect("an 8-digit code").to_string()
}

#[test]
fn hints_are_masked() {
    assert_eq!(mask_email("jo.smith@contoso.com"), "j•••@c•••.com");
    assert_eq!(mask_phone("+14255550112"), "•••• •••• •12");
}

#[tokio::test]
async fn email_reset_end_to_end() {
    let (world, resets, user) = world(&[]).await;
    let started = resets.start("adele", crate::model::language::Language::En, &meta()).await.unwrap();
    assert_eq!(started.required, 1);
    assert_eq!(started.reset_id.expose().len(), 64);
    assert_eq!(
        started.methods[0],
        OfferedMethod {
            id: MethodId::new("m1"), kind: MethodKind::Email, hint: "a•••@c•••.example".into()
        }
    );
    resets.challenge(&started.reset_id, &MethodId::new("m1"), &meta()).await.unwrap();
    let code = last_code(&world, MethodKind::Email);
    let verified =
        resets.verify(&started.reset_id, &MethodId::new("m1"), Proof::Code(&code), &meta()).await.unwrap();
    assert_eq!(
        verified,
        Verified { verified: vec![MethodId::new("m1")], remaining: 0, directory_rules: None }
    );
    resets.complete_password(&started.reset_id, &pw(NEW), &meta()).await.unwrap();
    let stored = world.directory.users.lock().unwrap()[&user.id].clone();
    assert_eq!(stored.token_version(), user.token_version() + 1, "sessions revoked");
    // Spent: a second completion is refused.
    assert!(matches!(
        resets.complete_password(&started.reset_id, &pw(NEW), &meta()).await,
        Err(Error::ResetExpired)
    ));
    // Notified on both channels, without the password.
    let emails = world.outbox.emails.lock().unwrap();
    assert!(emails.last().unwrap().subject.contains("password was reset"));
    assert!(!emails.last().unwrap().text.contains(NEW));
    assert!(world.outbox.sms.lock().unwrap().last().unwrap().1.contains("password was reset"));
}

#[tokio::test]
async fn flow_ids_and_codes_are_stored_only_as_digests() {
    let (world, resets, _) = world(&[]).await;
    let started = resets.start("adele", crate::model::language::Language::En, &meta()).await.unwrap();
    resets.challenge(&started.reset_id, &MethodId::new("m1"), &meta()).await.unwrap();
    let code = last_code(&world, MethodKind::Email);
    let dump = format!("{:?}", world.flows.resets.lock().unwrap());
    assert!(!dump.contains(started.reset_id.expose()));
    assert!(!dump.contains(&code));
}

#[tokio::test]
async fn unknown_users_get_a_decoy_that_sends_nothing_and_never_completes() {
    let (world, resets, _) = world(&[]).await;
    let real = resets.start("adele", crate::model::language::Language::En, &meta()).await.unwrap();
    let decoy = resets.start("nobody", crate::model::language::Language::En, &meta()).await.unwrap();
    let kinds = |s: &StartedReset| s.methods.iter().map(|m| (m.id.clone(), m.kind)).collect::<Vec<_>>();
    assert_eq!(kinds(&real), kinds(&decoy));
    assert_eq!(real.required, decoy.required);
    // The same name gives the same hints every time, like a real user.
    assert_eq!(
        resets.start("nobody", crate::model::language::Language::En, &meta()).await.unwrap().methods,
        decoy.methods
    );
    let sent_before = world.outbox.emails.lock().unwrap().len();
    resets.challenge(&decoy.reset_id, &MethodId::new("m1"), &meta()).await.unwrap();
    assert_eq!(world.outbox.emails.lock().unwrap().len(), sent_before, "a decoy sends nothing");
    let err = resets
        .verify(&decoy.reset_id, &MethodId::new("m1"), Proof::Code("12345678"), &meta())
        .await
        .unwrap_err();
    assert!(matches!(err, Error::CodeInvalid { attempts_left: 4 }), "{err:?}");
    assert!(matches!(
        resets.complete_password(&decoy.reset_id, &pw(NEW), &meta()).await,
        Err(Error::ResetIncomplete { .. })
    ));
    let started = world
        .audit
        .events
        .lock()
        .unwrap()
        .iter()
        .filter(|e| e.action == Action::ResetStarted && e.target_name.as_deref() == Some("nobody"))
        .count();
    assert_eq!(started, 2, "decoy starts are audited");
}

#[tokio::test]
async fn disabled_and_unregistered_users_get_decoys() {
    let (world, resets, user) = world(&[]).await;
    world.directory.users.lock().unwrap().get_mut(&user.id).unwrap().enabled = false;
    let flow = resets.start("adele", crate::model::language::Language::En, &meta()).await.unwrap();
    resets.challenge(&flow.reset_id, &MethodId::new("m1"), &meta()).await.unwrap();
    assert!(world.outbox.emails.lock().unwrap().is_empty());
    let mut u = world.directory.users.lock().unwrap()[&user.id].clone();
    u.enabled = true;
    u.emails.clear();
    u.phones.clear();
    world.directory.users.lock().unwrap().insert(u.id.clone(), u);
    let flow = resets.start("adele", crate::model::language::Language::En, &meta()).await.unwrap();
    assert_eq!(flow.methods.len(), 2, "decoy methods even with none registered");
    resets.challenge(&flow.reset_id, &MethodId::new("m2"), &meta()).await.unwrap();
    assert!(world.outbox.sms.lock().unwrap().is_empty());
}

#[tokio::test]
async fn admins_must_prove_two_methods() {
    let (world, resets, _) = world(&[Role::Admin]).await;
    let flow = resets.start("adele", crate::model::language::Language::En, &meta()).await.unwrap();
    assert_eq!(flow.required, 2);
    resets.challenge(&flow.reset_id, &MethodId::new("m1"), &meta()).await.unwrap();
    let code = last_code(&world, MethodKind::Email);
    assert_eq!(
        resets
            .verify(&flow.reset_id, &MethodId::new("m1"), Proof::Code(&code), &meta())
            .await
            .unwrap()
            .remaining,
        1
    );
    assert!(matches!(
        resets.complete_password(&flow.reset_id, &pw(NEW), &meta()).await,
        Err(Error::ResetIncomplete { remaining: 1 })
    ));
    resets.challenge(&flow.reset_id, &MethodId::new("m2"), &meta()).await.unwrap();
    let code = last_code(&world, MethodKind::Sms);
    assert_eq!(
        resets
            .verify(&flow.reset_id, &MethodId::new("m2"), Proof::Code(&code), &meta())
            .await
            .unwrap()
            .remaining,
        0
    );
    resets.complete_password(&flow.reset_id, &pw(NEW), &meta()).await.unwrap();
}

#[tokio::test]
async fn five_wrong_tries_kill_the_code() {
    let (world, resets, _) = world(&[]).await;
    let flow = resets.start("adele", crate::model::language::Language::En, &meta()).await.unwrap();
    resets.challenge(&flow.reset_id, &MethodId::new("m1"), &meta()).await.unwrap();
    for left in (1..=4).rev() {
        let err = resets
            .verify(&flow.reset_id, &MethodId::new("m1"), Proof::Code("00000000"), &meta())
            .await
            .unwrap_err();
        assert!(matches!(err, Error::CodeInvalid { attempts_left } if attempts_left == left), "{err:?}");
    }
    // The fifth wrong try kills the code and uses the day's last failed proof.
    let err = resets
        .verify(&flow.reset_id, &MethodId::new("m1"), Proof::Code("00000000"), &meta())
        .await
        .unwrap_err();
    assert!(matches!(err, Error::CodeInvalid { attempts_left: 0 }), "{err:?}");
    // This source's reset is blocked for a day: no new code, in this flow or another.
    let err = resets.challenge(&flow.reset_id, &MethodId::new("m1"), &meta()).await.unwrap_err();
    assert!(matches!(err, Error::TooManyRequests { retry_after } if retry_after == 24 * 3600), "{err:?}");
    let again = resets.start("adele", crate::model::language::Language::En, &meta()).await.unwrap();
    assert!(matches!(
        resets.challenge(&again.reset_id, &MethodId::new("m1"), &meta()).await,
        Err(Error::TooManyRequests { .. })
    ));
    assert_eq!(world.outbox.emails.lock().unwrap().len(), 1, "only the first code went out");
}

#[tokio::test]
async fn a_dead_code_cannot_be_used_even_before_the_block() {
    let (world, resets, _) = world(&[]).await;
    *world.directory.settings.lock().unwrap() = Some({
        let mut s = crate::testing::test_settings();
        s.reset.failed_proofs_per_day = 50;
        s
    });
    let flow = resets.start("adele", crate::model::language::Language::En, &meta()).await.unwrap();
    resets.challenge(&flow.reset_id, &MethodId::new("m1"), &meta()).await.unwrap();
    let code = last_code(&world, MethodKind::Email);
    for _ in 0..5 {
        let _ = resets.verify(&flow.reset_id, &MethodId::new("m1"), Proof::Code("00000000"), &meta()).await;
    }
    assert!(matches!(
        resets.verify(&flow.reset_id, &MethodId::new("m1"), Proof::Code(&code), &meta()).await,
        Err(Error::ChallengeRequired)
    ));
}

#[tokio::test]
async fn codes_expire_and_are_single_use() {
    let (world, resets, _) = world(&[]).await;
    let flow = resets.start("adele", crate::model::language::Language::En, &meta()).await.unwrap();
    resets.challenge(&flow.reset_id, &MethodId::new("m1"), &meta()).await.unwrap();
    let code = last_code(&world, MethodKind::Email);
    world.clock.advance(Duration::seconds(601));
    assert!(matches!(
        resets.verify(&flow.reset_id, &MethodId::new("m1"), Proof::Code(&code), &meta()).await,
        Err(Error::CodeExpired)
    ));
    resets.challenge(&flow.reset_id, &MethodId::new("m1"), &meta()).await.unwrap();
    let code = last_code(&world, MethodKind::Email);
    resets.verify(&flow.reset_id, &MethodId::new("m1"), Proof::Code(&code), &meta()).await.unwrap();
    assert!(
        matches!(
            resets.verify(&flow.reset_id, &MethodId::new("m1"), Proof::Code(&code), &meta()).await,
            Err(Error::ChallengeRequired)
        ),
        "replay refused"
    );
}

#[tokio::test]
async fn flows_expire() {
    let (world, resets, _) = world(&[]).await;
    let flow = resets.start("adele", crate::model::language::Language::En, &meta()).await.unwrap();
    world.clock.advance(Duration::seconds(901));
    assert!(matches!(
        resets.challenge(&flow.reset_id, &MethodId::new("m1"), &meta()).await,
        Err(Error::ResetExpired)
    ));
}

#[tokio::test]
async fn too_many_emails_block_the_user() {
    let (world, resets, _) = world(&[]).await;
    *world.directory.settings.lock().unwrap() = Some({
        let mut s = crate::testing::test_settings();
        s.reset.sends_per_flow = 100;
        s
    });
    let flow = resets.start("adele", crate::model::language::Language::En, &meta()).await.unwrap();
    for _ in 0..10 {
        resets.challenge(&flow.reset_id, &MethodId::new("m1"), &meta()).await.unwrap();
    }
    let err = resets.challenge(&flow.reset_id, &MethodId::new("m1"), &meta()).await.unwrap_err();
    assert!(matches!(err, Error::TooManyRequests { retry_after } if retry_after == 24 * 3600), "{err:?}");
    // The block is per user: a new flow is blocked too.
    let again = resets.start("adele", crate::model::language::Language::En, &meta()).await.unwrap();
    assert!(matches!(
        resets.challenge(&again.reset_id, &MethodId::new("m2"), &meta()).await,
        Err(Error::TooManyRequests { .. })
    ));
    assert_eq!(world.outbox.emails.lock().unwrap().len(), 10);
}

#[tokio::test]
async fn a_flow_sends_a_bounded_number_of_codes() {
    let (_world, resets, _) = world(&[]).await;
    let flow = resets.start("adele", crate::model::language::Language::En, &meta()).await.unwrap();
    for _ in 0..5 {
        resets.challenge(&flow.reset_id, &MethodId::new("m1"), &meta()).await.unwrap();
    }
    assert!(matches!(
        resets.challenge(&flow.reset_id, &MethodId::new("m1"), &meta()).await,
        Err(Error::TooManyRequests { .. })
    ));
}

#[tokio::test]
async fn unlock_keeps_the_password_and_clears_the_lock() {
    let (world, resets, user) = world(&[]).await;
    {
        let mut users = world.directory.users.lock().unwrap();
        let stored = users.get_mut(&user.id).unwrap();
        let mut credentials = stored.credentials();
        credentials.lockout.locked_until = Some(world.clock.now() + Duration::minutes(5));
        *stored = stored.clone().restore_credentials(credentials);
    }
    let flow = resets.start("adele", crate::model::language::Language::En, &meta()).await.unwrap();
    resets.challenge(&flow.reset_id, &MethodId::new("m2"), &meta()).await.unwrap();
    let code = last_code(&world, MethodKind::Sms);
    resets.verify(&flow.reset_id, &MethodId::new("m2"), Proof::Code(&code), &meta()).await.unwrap();
    resets.unlock(&flow.reset_id, &meta()).await.unwrap();
    let stored = world.directory.users.lock().unwrap()[&user.id].clone();
    assert_eq!(stored.lockout(), &LockoutState::default());
    assert_eq!(stored.password(), user.password(), "password unchanged");
    assert!(Accounts::new(world.ports.clone()).sign_in("adele", &pw(OLD), &meta()).await.is_ok());
}

#[tokio::test]
async fn a_rejected_new_password_leaves_the_flow_open() {
    let (world, resets, _) = world(&[]).await;
    let flow = resets.start("adele", crate::model::language::Language::En, &meta()).await.unwrap();
    resets.challenge(&flow.reset_id, &MethodId::new("m1"), &meta()).await.unwrap();
    let code = last_code(&world, MethodKind::Email);
    resets.verify(&flow.reset_id, &MethodId::new("m1"), Proof::Code(&code), &meta()).await.unwrap();
    let err = resets.complete_password(&flow.reset_id, &pw(OLD), &meta()).await.unwrap_err();
    assert!(
        matches!(err, Error::PasswordRejected(ref r) if r[0].rule == crate::model::rejection::Rule::History),
        "{err:?}"
    );
    resets.complete_password(&flow.reset_id, &pw(NEW), &meta()).await.unwrap();
}

#[tokio::test]
async fn codes_are_uniform_digits_of_the_configured_length() {
    let (world, _resets, _) = world(&[]).await;
    for digits in [6u8, 8] {
        let code = crate::messaging::codes::new_code(world.ports.random.as_ref(), digits);
        assert_eq!(code.expose().len(), usize::from(digits));
        assert!(code.expose().bytes().all(|b| b.is_ascii_digit()));
    }
}

#[tokio::test]
async fn a_voice_call_reads_the_code_out_and_a_phone_counts_once() {
    let (world, resets, _) = world(&[]).await;
    *world.directory.settings.lock().unwrap() = Some({
        let mut s = crate::testing::test_settings();
        s.registration.methods_allowed.insert(MethodKind::Voice);
        s.reset.methods_required = 2;
        s
    });
    let started = resets.start("adele", crate::model::language::Language::En, &meta()).await.unwrap();
    let kinds: Vec<MethodKind> = started.methods.iter().map(|m| m.kind).collect();
    assert_eq!(kinds, vec![MethodKind::Email, MethodKind::Sms, MethodKind::Voice]);
    let OfferedMethod { id: voice, hint, .. } = started.methods[2].clone();
    assert_eq!(hint, "•••• •••• •01");
    resets.challenge(&started.reset_id, &voice, &meta()).await.unwrap();
    let (to, ssml) = world.outbox.calls.lock().unwrap().last().unwrap().clone();
    assert_eq!(to.as_str(), "+14255550101");
    assert!(ssml.contains("interpret-as=\"digits\""), "{ssml}");
    let code = last_code(&world, MethodKind::Voice);
    let verified = resets.verify(&started.reset_id, &voice, Proof::Code(&code), &meta()).await.unwrap();
    assert_eq!(verified.remaining, 1);
    // A text to the same phone proves nothing new.
    resets.challenge(&started.reset_id, &MethodId::new("m2"), &meta()).await.unwrap();
    let code = last_code(&world, MethodKind::Sms);
    let verified =
        resets.verify(&started.reset_id, &MethodId::new("m2"), Proof::Code(&code), &meta()).await.unwrap();
    assert_eq!(verified.remaining, 1, "the same phone twice is one method");
    resets.challenge(&started.reset_id, &MethodId::new("m1"), &meta()).await.unwrap();
    let code = last_code(&world, MethodKind::Email);
    let verified =
        resets.verify(&started.reset_id, &MethodId::new("m1"), Proof::Code(&code), &meta()).await.unwrap();
    assert_eq!(verified.remaining, 0);
}

#[tokio::test]
async fn questions_registered_hashed_prove_a_reset_with_normalised_answers() {
    let (world, resets, user) = world(&[]).await;
    let mut settings = OrgSettings::default();
    settings.registration.methods_allowed.insert(MethodKind::Questions);
    *world.directory.settings.lock().unwrap() = Some(settings);
    let answers = || -> Vec<(crate::model::questions::QuestionId, String)> {
        [("q01", "Lisbon"), ("q02", "Rex the Dog"), ("q05", "Volvo")]
            .iter()
            .map(|(q, a)| (crate::model::questions::QuestionId::parse(q).unwrap(), (*a).to_owned()))
            .collect()
    };
    let registrations = crate::accounts::registration::Registrations::new(world.ports.clone());
    let meta = RequestMeta::default();
    registrations
        .set_questions(&user.id, &SessionToken::new(user.token_version(), "t"), &answers(), &meta)
        .await
        .unwrap();
    let stored = world.directory.users.lock().unwrap().get(&user.id).unwrap().registration.questions.clone();
    assert_eq!(stored.len(), 3);
    assert!(stored.iter().all(|r| !r.hash.as_str().to_lowercase().contains("lisbon")), "no answer in clear");

    let started = resets.start("adele", crate::model::language::Language::Fr, &meta).await.unwrap();
    let OfferedMethod { id: method, kind, hint } = started.methods.last().unwrap().clone();
    assert_eq!((kind, hint.as_str()), (MethodKind::Questions, "3 security questions"));
    let asked = &started.questions[&method];
    assert_eq!(asked.len(), 3);
    assert!(asked.iter().any(|(id, text)| *id == "q02" && text.starts_with("Quel")), "{asked:?}");

    let wrong: Vec<_> =
        answers().into_iter().map(|(q, a)| if q == "q05" { (q, "Saab".into()) } else { (q, a) }).collect();
    let err = resets.verify(&started.reset_id, &method, Proof::Answers(&wrong), &meta).await.unwrap_err();
    // The flow allows 3 tries at its questions (and the day 5 failed proofs): 2 left.
    assert!(matches!(err, Error::AnswersInvalid { attempts_left: 2 }), "{err:?}");
    let typed: Vec<_> =
        answers().into_iter().map(|(q, a)| (q, format!("  {}  ", a.to_uppercase()))).collect();
    let verified = resets.verify(&started.reset_id, &method, Proof::Answers(&typed), &meta).await.unwrap();
    assert_eq!(verified.remaining, 0);
}

/// Registers a passkey (credential `credential`) for `user` as the account page does.
async fn with_passkey(world: &FakeWorld, user: &User, credential: &[u8]) {
    use crate::testing::FakePasskeys;
    let passkeys = crate::accounts::passkeys::Passkeys::new(world.ports.clone());
    let token = SessionToken::new(1, "t");
    let begun = passkeys.begin_registration(&user.id, &token).await.unwrap();
    let answer = FakePasskeys::answer(&begun.options, credential, user.id.as_str().as_bytes(), "ok", 1);
    let name = crate::model::passkeys::PasskeyName::parse("Phone").unwrap();
    passkeys.finish_registration(&user.id, &token, (&begun.ceremony, &answer), &name, &meta()).await.unwrap();
}

fn set_strength(world: &FakeWorld, user: crate::model::settings::RecoveryStrength) {
    let mut settings = world.directory.settings.lock().unwrap().clone().unwrap();
    settings.reset.recovery_strength.user = user;
    *world.directory.settings.lock().unwrap() = Some(settings);
}

/// Asks the passkey method's challenge and answers it with `credential`, held by `holder`.
async fn prove_passkey(
    resets: &Resets,
    started: &StartedReset,
    (credential, holder, verdict): (&[u8], &User, &str),
) -> Result<Verified, Error> {
    let method = started.methods.iter().find(|m| m.kind == MethodKind::Passkey).expect("a passkey method");
    let challenged = resets.challenge(&started.reset_id, &method.id, &meta()).await.unwrap();
    assert_eq!(challenged.delivery, Delivery::Nothing, "nothing is sent for a passkey");
    let begun = challenged.passkey.expect("the browser's options");
    let answer = crate::testing::FakePasskeys::answer(
        &begun.options,
        credential,
        holder.id.as_str().as_bytes(),
        verdict,
        7,
    );
    let proof = Proof::Passkey { ceremony: &begun.ceremony, response: &answer };
    resets.verify(&started.reset_id, &method.id, proof, &meta()).await
}

#[tokio::test]
async fn phishing_resistant_only_offers_the_passkey_and_it_resets_alone() {
    use crate::model::settings::RecoveryStrength;
    let (world, resets, user) = world(&[]).await;
    with_passkey(&world, &user, b"cred-1").await;
    set_strength(&world, RecoveryStrength::PhishingResistant);
    let started = resets.start("adele", crate::model::language::Language::En, &meta()).await.unwrap();
    let kinds: Vec<MethodKind> = started.methods.iter().map(|m| m.kind).collect();
    assert_eq!((kinds, started.required), (vec![MethodKind::Passkey], 1), "the email is not offered");
    let verified = prove_passkey(&resets, &started, (b"cred-1", &user, "ok")).await.unwrap();
    assert_eq!(verified.remaining, 0);
    resets.complete_password(&started.reset_id, &pw(NEW), &meta()).await.unwrap();
    let stored = world.ports.directory.user(&user.id).await.unwrap().unwrap();
    assert!(stored.registration.passkeys[0].last_used_at.is_some(), "the passkey's use is dated");
}

#[tokio::test]
async fn a_reset_passkey_is_refused_when_forged_replayed_or_another_users() {
    let (world, resets, user) = world(&[]).await;
    let megan = world.add_user("megan", OLD, &[]).await;
    with_passkey(&world, &user, b"cred-a").await;
    with_passkey(&world, &megan, b"cred-m").await;
    let started = resets.start("adele", crate::model::language::Language::En, &meta()).await.unwrap();
    for (credential, holder, verdict) in
        [(&b"cred-a"[..], &user, "bad"), (&b"cred-m"[..], &megan, "ok"), (&b"cred-m"[..], &user, "ok")]
    {
        let err = prove_passkey(&resets, &started, (credential, holder, verdict)).await.unwrap_err();
        assert!(matches!(err, Error::PasskeyInvalid { .. }), "{err:?}");
    }
    // A ceremony answered once is spent: the same answer again proves nothing.
    let method = started.methods.iter().find(|m| m.kind == MethodKind::Passkey).unwrap();
    let begun = resets.challenge(&started.reset_id, &method.id, &meta()).await.unwrap().passkey.unwrap();
    let answer =
        crate::testing::FakePasskeys::answer(&begun.options, b"cred-a", user.id.as_str().as_bytes(), "ok", 9);
    let proof = Proof::Passkey { ceremony: &begun.ceremony, response: &answer };
    assert_eq!(resets.verify(&started.reset_id, &method.id, proof, &meta()).await.unwrap().remaining, 0);
    let again = resets.verify(&started.reset_id, &method.id, proof, &meta()).await.unwrap_err();
    assert!(matches!(again, Error::PasskeyInvalid { .. }), "{again:?}");
}

#[tokio::test]
async fn without_a_passkey_phishing_resistant_only_gives_a_decoy_that_looks_the_same() {
    use crate::model::settings::RecoveryStrength;
    let (world, resets, user) = world(&[]).await;
    set_strength(&world, RecoveryStrength::PhishingResistant);
    let started = resets.start("adele", crate::model::language::Language::En, &meta()).await.unwrap();
    let kinds: Vec<MethodKind> = started.methods.iter().map(|m| m.kind).collect();
    assert_eq!(kinds, vec![MethodKind::Passkey], "shaped like a real flow under this policy");
    let err = prove_passkey(&resets, &started, (b"cred-a", &user, "ok")).await.unwrap_err();
    assert!(matches!(err, Error::PasskeyInvalid { .. }), "{err:?}");
    let event = world.audit.events.lock().unwrap().iter().find(|e| e.action == Action::ResetStarted).cloned();
    assert!(event.unwrap().reason.is_some_and(|r| r.has("not_registered")));
}

#[tokio::test]
async fn two_methods_needs_one_that_is_not_an_email_and_a_passkey_settles_it() {
    use crate::model::registration::ResetRule;
    let rule = ResetRule { required: 2, not_only_email: true, authenticator: false, passkey_only: false };
    assert_eq!(rule.remaining(&[MethodKind::Email, MethodKind::Email]), 1, "two inboxes are not enough");
    assert_eq!(rule.remaining(&[MethodKind::Email, MethodKind::Sms]), 0);
    assert_eq!(rule.remaining(&[MethodKind::Passkey]), 0);
    let app = ResetRule { required: 1, not_only_email: false, authenticator: true, passkey_only: false };
    assert_eq!(app.remaining(&[MethodKind::Email]), 1, "the sign-in's second factor must be proven");
    assert_eq!(app.remaining(&[MethodKind::Passkey]), 0, "a passkey is at least as strong as the app");
    // An administrator is held to two methods by default, one not an email.
    let (world, _, _) = world(&[]).await;
    let admin = world.add_user("root", OLD, &[Role::Admin]).await;
    let settings = world.ports.directory.settings().await.unwrap();
    let rule = crate::model::registration::reset_rule(&admin, &settings);
    assert!(rule.not_only_email && rule.required == 2, "{rule:?}");
}
