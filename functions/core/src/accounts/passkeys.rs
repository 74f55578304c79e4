//! Passkeys: registering them on the account page, naming and removing
//! them, and signing in with one — without a password, or as the second
//! step after it.
//!
//! A ceremony's state leaves the server sealed (bound to what it is for and,
//! for registration and the second step, to the user) with its expiry, and
//! comes back with the browser's answer: no table holds half-done
//! ceremonies. Each challenge is spent once, atomically (a counter of one
//! try), so a replayed answer is refused however many race with it.

use chrono::{DateTime, Duration, Utc};

use crate::access::limits;
use crate::access::session::session_user;
use crate::model::audit::{Action, AuditEvent, Outcome, RequestMeta};
use crate::model::error::Error;
use crate::model::methods::MethodKind;
use crate::model::passkeys::{
    CEREMONY_SECONDS, Ceremony, PER_USER_MAX, Passkey, PasskeyName, Presented, b64url, from_b64url,
};
use crate::model::registration::SealedSecret;
use crate::model::settings::OrgSettings;
use crate::model::tries::{BlockRule, Limit, Taken};
use crate::model::user::{SessionToken, User};
use crate::model::values::UserId;
use crate::ports::Ports;

use super::{Accounts, SignedIn};

/// What a sign-in proven by a passkey records as how.
pub const HOW: &str = "passkey";

/// A ceremony's first step, for the browser: the options to pass to
/// `navigator.credentials`, and the sealed state to send back with its answer.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Begun {
    pub options: String,
    pub ceremony: String,
    pub expires_at: DateTime<Utc>,
}

/// What a ceremony is for: part of the sealing context, so a state sealed
/// for one purpose (or one user) never opens for another.
enum Purpose<'a> {
    Register(&'a UserId),
    SignIn,
    SecondStep(&'a UserId),
    /// A self-service reset's proof, bound to the flow (by its key).
    Reset(&'a str),
}

impl Purpose<'_> {
    fn context(&self) -> String {
        match self {
            Purpose::Register(user) => format!("passkey-register\n{}", user.as_str()),
            Purpose::SignIn => "passkey-sign-in".to_owned(),
            Purpose::SecondStep(user) => format!("passkey-second-step\n{}", user.as_str()),
            Purpose::Reset(flow) => format!("passkey-reset\n{flow}"),
        }
    }
}

/// A ceremony's sealed parts, opened.
struct Opened {
    challenge: Vec<u8>,
    state: Vec<u8>,
}

/// The passkey operations. Cheap to clone.
#[derive(Clone)]
pub struct Passkeys {
    ports: Ports,
}

impl Passkeys {
    pub fn new(ports: Ports) -> Self {
        Self { ports }
    }

    /// Seals `ceremony`'s state and challenge with their expiry for
    /// `purpose`, and hands the browser its options.
    fn seal(&self, purpose: &Purpose<'_>, ceremony: Ceremony) -> Result<Begun, Error> {
        let expires_at = self.ports.clock.now() + Duration::seconds(CEREMONY_SECONDS);
        let mut plain = expires_at.timestamp().to_be_bytes().to_vec();
        // WebAuthn challenges are 16–64 bytes: one byte holds the length.
        plain.push(u8::try_from(ceremony.challenge.len()).map_err(|_| {
            crate::model::error::PortError::Failed {
                what: "passkey ceremony",
                source: "a challenge over 255 bytes".into(),
            }
        })?);
        plain.extend_from_slice(&ceremony.challenge);
        plain.extend_from_slice(&ceremony.state);
        let sealed = self.ports.sealer.seal(&purpose.context(), &plain)?;
        Ok(Begun { options: ceremony.options, ceremony: sealed.as_str().to_owned(), expires_at })
    }

    /// The challenge and state sealed in `ceremony` for `purpose`: `None`
    /// when it does not open (forged, or another purpose's or user's);
    /// `CodeExpired` when it ran out.
    fn open(&self, purpose: &Purpose<'_>, ceremony: &str) -> Result<Option<Opened>, Error> {
        use secrecy::ExposeSecret;
        let sealed = SealedSecret::new(ceremony.to_owned());
        let Ok(plain) = self.ports.sealer.open(&purpose.context(), &sealed) else { return Ok(None) };
        let plain = plain.expose_secret();
        let Some((stamp, rest)) = plain.split_first_chunk::<8>() else { return Ok(None) };
        let Some((length, rest)) = rest.split_first() else { return Ok(None) };
        let Some((challenge, state)) = rest.split_at_checked(usize::from(*length)) else { return Ok(None) };
        let expires = DateTime::from_timestamp(i64::from_be_bytes(*stamp), 0).unwrap_or_default();
        if expires <= self.ports.clock.now() {
            return Err(Error::CodeExpired);
        }
        Ok(Some(Opened { challenge: challenge.to_vec(), state: state.to_vec() }))
    }

    /// Spends `challenge`: true the first time, false ever after (a replay).
    async fn spend(&self, challenge: &[u8]) -> Result<bool, Error> {
        let once = Limit {
            key: limits::key(&self.ports, &["passkey-challenge", &b64url(challenge)]),
            max: 1,
            window: Duration::seconds(CEREMONY_SECONDS + 60),
            block: BlockRule::rest_of_window(),
        };
        let now = self.ports.clock.now();
        Ok(matches!(self.ports.flows.take_try(&once, now).await?, Taken::Allowed { .. }))
    }

    /// The signed-in user's try at a proof, taken from their signed-in proof
    /// counters before anything is judged: the settings, the user, the
    /// counters to give back on success, and the tries left.
    async fn proof_try(
        &self,
        user_id: &UserId,
        token: &SessionToken,
        meta: &RequestMeta,
    ) -> Result<(OrgSettings, User, [Limit; 2], u8), Error> {
        let settings = self.ports.directory.settings().await?;
        let user = session_user(&self.ports, user_id, token).await?;
        let source = limits::source(meta.client_ip.as_deref());
        let counted = limits::signed_in_proofs(&self.ports, &settings, user_id, source);
        let left = limits::take_or_refuse(&self.ports, &counted, self.ports.clock.now()).await?;
        Ok((settings, user, counted, u8::try_from(left).unwrap_or(u8::MAX)))
    }

    fn event(&self, user: &User, (action, outcome): (Action, Outcome), meta: &RequestMeta) -> AuditEvent {
        let mut event =
            AuditEvent::about(self.ports.stamp(), Some(&user.id), user, (action, outcome), HOW, meta);
        event.methods = vec![MethodKind::Passkey];
        event
    }

    /// Options to make a passkey for the signed-in user (the caller checked
    /// the sign-in is recent). Refused once the account holds the most it may.
    pub async fn begin_registration(&self, user_id: &UserId, token: &SessionToken) -> Result<Begun, Error> {
        let user = session_user(&self.ports, user_id, token).await?;
        let held = &user.registration.passkeys;
        if held.len() >= PER_USER_MAX {
            return Err(Error::PasskeyLimit);
        }
        let holder = crate::model::passkeys::Holder {
            handle: user.id.as_str().as_bytes().to_vec(),
            name: user.username.to_string(),
            display_name: user.display_name.clone(),
            exclude: held.iter().filter_map(|p| from_b64url(&p.id)).collect(),
        };
        let ceremony = self.ports.passkeys.registration(&holder)?;
        self.seal(&Purpose::Register(user_id), ceremony)
    }

    /// Checks the browser's new credential and keeps it under `name`. The
    /// try comes from the user's signed-in proof counters first; the owner is
    /// told on every channel.
    pub async fn finish_registration(
        &self,
        user_id: &UserId,
        token: &SessionToken,
        (ceremony, response): (&str, &str),
        name: &PasskeyName,
        meta: &RequestMeta,
    ) -> Result<Passkey, Error> {
        let (settings, user, counted, left) = self.proof_try(user_id, token, meta).await?;
        let now = self.ports.clock.now();
        let made = match self.open(&Purpose::Register(user_id), ceremony)? {
            Some(opened) => match self.ports.passkeys.register(&opened.state, response) {
                Ok(made) => Ok((made, opened.challenge)),
                Err(refused) => Err(refused.0),
            },
            None => Err("the ceremony is not this user's registration".to_owned()),
        };
        let made = match made {
            Ok((made, challenge)) if self.spend(&challenge).await? => made,
            outcome => {
                let why = outcome.err().unwrap_or_else(|| "the challenge was answered before".into());
                tracing::info!(user = %user.id, why = %why, "a passkey registration was refused");
                let event = self.event(&user, (Action::MethodCodeFailed, Outcome::Failure), meta);
                self.ports.audit.record(&event).await?;
                return Err(Error::PasskeyInvalid { attempts_left: left });
            }
        };
        limits::release(&self.ports, &counted).await?;
        let passkey = Passkey {
            id: b64url(&made.credential_id),
            name: name.as_str().to_owned(),
            added_at: now,
            last_used_at: None,
            aaguid: made
                .aaguid
                .filter(|a| a.iter().any(|b| *b != 0))
                .map(|a| crate::model::passkeys::aaguid_text(&a)),
            stored: b64url(&made.stored),
        };
        // The ceremony itself was sound (its try is given back); the model is
        // the organisation's choice, told as such and recorded.
        if !settings.sign_in.passkey_models.admits(passkey.aaguid.as_deref()) {
            let mut event = self.event(&user, (Action::MethodRegistered, Outcome::Failure), meta);
            event.reason = Some("passkey_model_not_allowed".into());
            self.ports.audit.record(&event).await?;
            return Err(Error::PasskeyModelNotAllowed);
        }
        let user = crate::on_contention!({
            let mut user = session_user(&self.ports, user_id, token).await?;
            if user.registration.passkeys.iter().any(|p| p.id == passkey.id) {
                return Err(Error::AlreadyRegistered);
            }
            if user.registration.passkeys.len() >= PER_USER_MAX {
                return Err(Error::PasskeyLimit);
            }
            user.registration.passkeys.push(passkey.clone());
            user.registration.proven.passkey = Some(now);
            user.version += 1;
            let event = self.event(&user, (Action::MethodRegistered, Outcome::Success), meta);
            self.ports.directory.update_user(&user, &[event]).await?;
            Ok(user)
        })?;
        let notice =
            crate::messaging::notices::Notice::new("notice-passkey-added").text("name", &passkey.name);
        crate::messaging::notices::tell(&self.ports, &settings, &user, &notice, now).await;
        Ok(passkey)
    }

    /// Renames the user's passkey `id`.
    pub async fn rename(
        &self,
        user_id: &UserId,
        token: &SessionToken,
        id: &str,
        name: &PasskeyName,
        meta: &RequestMeta,
    ) -> Result<Passkey, Error> {
        crate::on_contention!({
            let mut user = session_user(&self.ports, user_id, token).await?;
            let Some(passkey) = user.registration.passkeys.iter_mut().find(|p| p.id == id) else {
                return Err(Error::NotRegistered);
            };
            passkey.name = name.as_str().to_owned();
            let renamed = passkey.clone();
            user.version += 1;
            let mut event = self.event(&user, (Action::MethodRegistered, Outcome::Success), meta);
            event.reason = Some("passkey_renamed".into());
            self.ports.directory.update_user(&user, &[event]).await?;
            Ok(renamed)
        })
    }

    /// Removes the user's passkey `id` (the caller checked the sign-in is
    /// recent); refused when it would leave fewer methods than a reset needs.
    /// Every channel of the owner is told.
    pub async fn remove(
        &self,
        user_id: &UserId,
        token: &SessionToken,
        id: &str,
        meta: &RequestMeta,
    ) -> Result<(), Error> {
        let settings = self.ports.directory.settings().await?;
        let (user, name) = crate::on_contention!({
            let mut user = session_user(&self.ports, user_id, token).await?;
            let Some(at) = user.registration.passkeys.iter().position(|p| p.id == id) else {
                return Err(Error::NotRegistered);
            };
            let removed = user.registration.passkeys.remove(at);
            if user.registration.passkeys.is_empty() {
                user.registration.proven.passkey = None;
            }
            let required = crate::model::registration::required_methods(&user, &settings);
            if crate::model::registration::in_scope(&user, &settings)
                && !crate::model::registration::reset_possible(&user, &settings)
            {
                return Err(Error::MethodsRequired { required });
            }
            user.version += 1;
            let event = self.event(&user, (Action::MethodRemoved, Outcome::Success), meta);
            self.ports.directory.update_user(&user, &[event]).await?;
            Ok((user, removed.name))
        })?;
        let notice = crate::messaging::notices::Notice::new("notice-passkey-removed").text("name", &name);
        crate::messaging::notices::tell(&self.ports, &settings, &user, &notice, self.ports.clock.now()).await;
        Ok(())
    }

    /// Options to sign in with a passkey, no name asked (the browser offers
    /// the passkeys it holds for this site). Counted against the address like
    /// any sign-in.
    pub async fn begin_sign_in(&self, meta: &RequestMeta) -> Result<Begun, Error> {
        let settings = self.ports.directory.settings().await?;
        limits::admit(&self.ports, &settings, "sign-in", meta.client_ip.as_deref()).await?;
        let ceremony = self.ports.passkeys.authentication()?;
        self.seal(&Purpose::SignIn, ceremony)
    }

    /// Options for the second step of a sign-in whose password was right,
    /// with a passkey of that user.
    pub async fn begin_second_step(&self, user_id: &UserId, token: &SessionToken) -> Result<Begun, Error> {
        let user = session_user(&self.ports, user_id, token).await?;
        if user.registration.passkeys.is_empty() {
            return Err(Error::NotRegistered);
        }
        let ceremony = self.ports.passkeys.authentication()?;
        self.seal(&Purpose::SecondStep(user_id), ceremony)
    }

    /// Options to prove a reset flow (known by its key) with a passkey. No
    /// credential is named: a flow of a name that cannot reset gets options
    /// of the same shape.
    pub fn begin_reset(&self, flow_key: &str) -> Result<Begun, Error> {
        let ceremony = self.ports.passkeys.authentication()?;
        self.seal(&Purpose::Reset(flow_key), ceremony)
    }

    /// Judges a reset flow's passkey proof for `user` (`None` for a decoy
    /// flow, which no passkey proves): true when it holds, with the
    /// passkey's counters moved on and its use dated in the user's record.
    /// The caller took the try first; why a proof failed is logged, never told.
    pub async fn prove_reset(
        &self,
        flow_key: &str,
        user: Option<User>,
        (ceremony, response): (&str, &str),
    ) -> Result<bool, Error> {
        let judged = match self.ports.passkeys.presented(response) {
            Ok(presented) => {
                self.judge(&Purpose::Reset(flow_key), (ceremony, response), (presented, user)).await?
            }
            Err(refused) => Err(refused.0),
        };
        let user = match judged {
            Ok(user) => user,
            Err(why) => {
                tracing::info!(why = %why, "a reset's passkey proof was refused");
                return Ok(false);
            }
        };
        let mut used = Used::new(user, self.ports.clock.now());
        crate::on_contention!({
            let mut user = used.user(&self.ports).await?;
            user.version += 1;
            self.ports.directory.update_user(&user, &[]).await?;
            Ok(true)
        })
    }

    /// Judges an assertion for `purpose`: the user it proves, with the
    /// passkey's counters moved on and its use dated, or why not (logged by
    /// the caller, never told). Nothing is written here.
    async fn judge(
        &self,
        purpose: &Purpose<'_>,
        (ceremony, response): (&str, &str),
        (presented, user): (Presented, Option<User>),
    ) -> Result<Result<User, String>, Error> {
        let Some(opened) = self.open(purpose, ceremony)? else {
            return Ok(Err("ceremony not sealed for this".into()));
        };
        let Some(mut user) = user else { return Ok(Err("no such user".into())) };
        if presented.user_handle != user.id.as_str().as_bytes() {
            return Ok(Err("the passkey is another user's".into()));
        }
        let id = b64url(&presented.credential_id);
        let Some(passkey) = user.registration.passkeys.iter_mut().find(|p| p.id == id) else {
            return Ok(Err("unknown credential".into()));
        };
        let stored = from_b64url(&passkey.stored).unwrap_or_default();
        let moved = match self.ports.passkeys.authenticate(&opened.state, response, &stored) {
            Ok(moved) => moved,
            Err(refused) => return Ok(Err(refused.0)),
        };
        if !self.spend(&opened.challenge).await? {
            return Ok(Err("the challenge was answered before".into()));
        }
        passkey.stored = b64url(&moved);
        passkey.last_used_at = Some(self.ports.clock.now());
        Ok(Ok(user))
    }

    /// Signs in with a passkey alone. The user is the one the passkey names;
    /// the try is taken from that account's sign-in counters (and the
    /// address's) before anything is judged. An unknown credential, another
    /// user's, a replay, a wrong origin or a missing user verification all
    /// answer `InvalidCredentials`, like a wrong password. A passkey proves
    /// possession and the user's verification at once: the session counts
    /// as having proved a second factor.
    pub async fn sign_in(
        &self,
        ceremony: &str,
        response: &str,
        meta: &RequestMeta,
    ) -> Result<SignedIn, Error> {
        let settings = self.ports.directory.settings().await?;
        limits::admit(&self.ports, &settings, "sign-in", meta.client_ip.as_deref()).await?;
        let presented = self.ports.passkeys.presented(response).ok();
        let user = match presented.as_ref().and_then(|p| String::from_utf8(p.user_handle.clone()).ok()) {
            Some(id) => self.ports.directory.user(&UserId::new(id)).await?,
            None => None,
        };
        let name = match (&user, &presented) {
            (Some(user), _) => limits::counted_name(user.username.as_str()),
            (None, Some(p)) => format!("passkey:{}", b64url(&p.credential_id)).chars().take(64).collect(),
            // Names no credential: no account's tries to take (the address's
            // were, above); refused like any other.
            (None, None) => {
                let accounts = Accounts::new(self.ports.clone());
                accounts
                    .record_sign_in_failure(None, "passkey", Outcome::Failure, "passkey_invalid", meta)
                    .await?;
                return Err(Error::InvalidCredentials);
            }
        };
        let accounts = Accounts::new(self.ports.clone());
        let now = self.ports.clock.now();
        let counted = accounts.charge_sign_in(&name, user.as_ref(), &settings, meta).await?;
        // `presented` named a credential, or the answer was refused above.
        let Some(presented) = presented else { return Err(Error::InvalidCredentials) };
        let judged = self.judge(&Purpose::SignIn, (ceremony, response), (presented, user.clone())).await?;
        let user = match judged {
            Ok(user) => user,
            Err(why) => {
                tracing::info!(why = %why, "a passkey sign-in was refused");
                accounts
                    .record_sign_in_failure(user.as_ref(), &name, Outcome::Failure, "passkey_invalid", meta)
                    .await?;
                return Err(Error::InvalidCredentials);
            }
        };
        accounts.refuse_standing(&user, &name, now, meta).await?;
        accounts.refuse_directory_lock(&user, &name, meta).await?;
        limits::clear(&self.ports, &counted).await?;
        self.signed_in(user, (crate::access::tally::SignInMethod::Passkey, &accounts), &settings, meta).await
    }

    /// The second step of a sign-in with a passkey of the same user (the
    /// token is the password step's). The try comes from the user's
    /// signed-in proof counters first; any refusal is `PasskeyInvalid` with
    /// the tries left.
    pub async fn second_step(
        &self,
        user_id: &UserId,
        token: &SessionToken,
        (ceremony, response): (&str, &str),
        meta: &RequestMeta,
    ) -> Result<SignedIn, Error> {
        let (settings, user, counted, left) = self.proof_try(user_id, token, meta).await?;
        let judged = match self.ports.passkeys.presented(response) {
            Ok(presented) => {
                let purpose = Purpose::SecondStep(user_id);
                self.judge(&purpose, (ceremony, response), (presented, Some(user.clone()))).await?
            }
            Err(refused) => Err(refused.0),
        };
        let user = match judged {
            Ok(user) => user,
            Err(why) => {
                tracing::info!(user = %user.id, why = %why, "a passkey second step was refused");
                let mut event = self.event(&user, (Action::SignIn, Outcome::Failure), meta);
                event.reason = Some("passkey_invalid".into());
                self.ports.audit.record(&event).await?;
                return Err(Error::PasskeyInvalid { attempts_left: left });
            }
        };
        limits::release(&self.ports, &counted).await?;
        let accounts = Accounts::new(self.ports.clone());
        self.signed_in(
            user,
            (crate::access::tally::SignInMethod::PasswordAndPasskey, &accounts),
            &settings,
            meta,
        )
        .await
    }

    /// Starts the session of `user`, whose passkey (its counters moved on)
    /// is written in the same versioned write; a lost race re-reads and
    /// applies the passkey's use again.
    async fn signed_in(
        &self,
        user: User,
        (method, accounts): (crate::access::tally::SignInMethod, &Accounts),
        settings: &crate::model::settings::OrgSettings,
        meta: &RequestMeta,
    ) -> Result<SignedIn, Error> {
        let now = self.ports.clock.now();
        let mut used = Used::new(user, now);
        let signed = crate::on_contention!({
            let mut user = used.user(&self.ports).await?;
            user.version += 1;
            let next = super::sign_in::regular_next(&user, settings, now).filter(|n| !n.is_second_factor());
            let event = accounts.session_started(&mut user, next, Some(HOW), now, meta);
            self.ports.directory.update_user(&user, &[event]).await?;
            Ok(SignedIn { user, next, second_factor: true })
        })?;
        crate::access::tally::count(&self.ports, method).await;
        Ok(signed)
    }
}

/// A user whose passkey a judged assertion moved on: the judged copy first;
/// after a lost write race, the stored user read again with that use applied.
struct Used {
    id: UserId,
    passkeys: Vec<Passkey>,
    judged: Option<User>,
}

impl Used {
    fn new(user: User, now: DateTime<Utc>) -> Self {
        let passkeys =
            user.registration.passkeys.iter().filter(|p| p.last_used_at == Some(now)).cloned().collect();
        Self { id: user.id.clone(), passkeys, judged: Some(user) }
    }

    async fn user(&mut self, ports: &Ports) -> Result<User, Error> {
        if let Some(user) = self.judged.take() {
            return Ok(user);
        }
        let mut user = ports.directory.user(&self.id).await?.ok_or(Error::InvalidCredentials)?;
        for fresh in &self.passkeys {
            if let Some(p) = user.registration.passkeys.iter_mut().find(|p| p.id == fresh.id) {
                *p = fresh.clone();
            }
        }
        Ok(user)
    }
}
