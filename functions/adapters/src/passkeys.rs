//! Passkeys: the relying party's side of WebAuthn ([`PasskeyCeremonies`]) on
//! `webauthn_rp`, a pure-Rust library that checks what a browser answers
//! (challenge, origin, relying-party id hash, user presence and
//! verification, the signature and its counter) and encodes its ceremony
//! state as bytes, so the two steps of a ceremony may run on different
//! instances.
//!
//! The library holds user handles at one fixed length (64 bytes, the most
//! WebAuthn allows); a Latchkey handle is the user's id, usually shorter.
//! The browser is given, and gives back, the handle itself; the library
//! sees it padded with zeros to 64 bytes. Padding is not one-to-one (`u1`
//! and `u1\0` pad alike), so the handle itself travels in the ceremony
//! state and in the stored credential, and is compared exactly before the
//! library compares the padded forms.

#[cfg(any(test, feature = "soft-authenticator"))]
pub mod soft;

use std::num::NonZeroU32;

use latchkey_core::PortError;
use latchkey_core::model::passkeys::{Ceremony, Holder, Made, Presented, Refused, b64url, from_b64url};
use latchkey_core::ports::PasskeyCeremonies;
use webauthn_rp::bin::{Decode, Encode};
use webauthn_rp::request::auth::{
    AuthenticationVerificationOptions, AuthenticatorAttachmentEnforcement, SignatureCounterEnforcement,
};
use webauthn_rp::request::register::{
    Nickname, PublicKeyCredentialUserEntity, RegistrationVerificationOptions, USER_HANDLE_MAX_LEN,
    UserHandle64, Username,
};
use webauthn_rp::request::{AsciiDomain, BackupReq, PublicKeyCredentialDescriptor, RpId, TimedCeremony};
use webauthn_rp::response::register::{DynamicState, StaticState};
use webauthn_rp::response::{AuthTransports, CredentialId};
use webauthn_rp::{
    AuthenticatedCredential, DiscoverableAuthentication64, DiscoverableAuthenticationServerState,
    DiscoverableCredentialRequestOptions, PublicKeyCredentialCreationOptions, Registration,
    RegistrationServerState,
};

/// How long the browser may take: WebAuthn's recommended five minutes (the
/// domain keeps a ceremony a little longer, for the round trip).
const TIMEOUT: NonZeroU32 = match NonZeroU32::new(300_000) {
    Some(ms) => ms,
    None => NonZeroU32::MIN,
};

/// The first bytes of each encoding this adapter hands out, kind and
/// version: a registration's state never passes for a sign-in's, and an
/// encoding of a later version is refused rather than misread.
const REGISTRATION_STATE: &[u8; 2] = b"r1";
const AUTHENTICATION_STATE: &[u8; 2] = b"a1";
const STORED: &[u8; 2] = b"c1";

/// The longest refusal text: enough to say which check failed, short
/// enough for one log line however long the answer that caused it.
const REFUSAL_MAX: usize = 160;

/// A relying-party setting `WebauthnCeremonies::new` cannot use.
#[derive(Debug, thiserror::Error)]
pub enum BadRelyingParty {
    #[error("the relying-party id {0:?} is not a domain name (browsers refuse IP addresses and empty names)")]
    RpId(String),
    #[error("no origin is allowed to run a ceremony")]
    NoOrigins,
    #[error("the origin {0:?} is not scheme://host[:port]")]
    Origin(String),
}

/// The relying party of one deployment: its id (the portal's domain) and
/// the origins its pages are served from.
pub struct WebauthnCeremonies {
    rp_id: RpId,
    origins: Vec<String>,
}

impl WebauthnCeremonies {
    /// `rp_id` is an ASCII domain (`localhost`, `reset.contoso.com`);
    /// `origins` are compared exactly with what the browser reports, so
    /// each is normalised as browsers write one: lower case, no trailing
    /// slash (`https://reset.contoso.com`, `http://localhost:8080`).
    pub fn new(rp_id: &str, origins: Vec<String>) -> Result<Self, BadRelyingParty> {
        let name = rp_id.trim().trim_end_matches('.');
        if name.is_empty() || name.parse::<std::net::IpAddr>().is_ok() || name.starts_with('[') {
            return Err(BadRelyingParty::RpId(rp_id.to_owned()));
        }
        let domain =
            AsciiDomain::try_from(name.to_owned()).map_err(|_| BadRelyingParty::RpId(rp_id.to_owned()))?;
        let origins = origins.iter().map(|o| normalised_origin(o)).collect::<Result<Vec<_>, _>>()?;
        if origins.is_empty() {
            return Err(BadRelyingParty::NoOrigins);
        }
        Ok(Self { rp_id: RpId::Domain(domain), origins })
    }

    /// The relying-party id, as browsers are told it.
    pub fn rp_id(&self) -> &str {
        self.rp_id.as_ref()
    }

    /// The origins a ceremony's answers may come from.
    pub fn origins(&self) -> &[String] {
        &self.origins
    }

    fn registration_checks(&self) -> RegistrationVerificationOptions<'_, '_, String, String> {
        RegistrationVerificationOptions {
            allowed_origins: &self.origins,
            // Never inside another site's frame.
            allowed_top_origins: None,
            backup_requirement: BackupReq::None,
            // Some platforms report outputs nobody asked for; ignoring them loses nothing.
            error_on_unsolicited_extensions: false,
            require_authenticator_attachment: false,
            client_data_json_relaxed: true,
        }
    }

    fn authentication_checks(&self) -> AuthenticationVerificationOptions<'_, '_, String, String> {
        AuthenticationVerificationOptions {
            allowed_origins: &self.origins,
            allowed_top_origins: None,
            // A credential's backup eligibility never changes (WebAuthn §6.1.3).
            backup_requirement: None,
            error_on_unsolicited_extensions: false,
            auth_attachment_enforcement: AuthenticatorAttachmentEnforcement::Ignore(false),
            update_uv: true,
            // A counter that does not grow means a cloned key, unless the
            // authenticator keeps none (0 then, always: the library accepts it).
            sig_counter_enforcement: SignatureCounterEnforcement::Fail,
            client_data_json_relaxed: true,
        }
    }
}

/// An origin as browsers serialise it, or why it is not one.
fn normalised_origin(raw: &str) -> Result<String, BadRelyingParty> {
    let origin = raw.trim().trim_end_matches('/').to_ascii_lowercase();
    let bad = || BadRelyingParty::Origin(raw.to_owned());
    let (scheme, rest) = origin.split_once("://").ok_or_else(bad)?;
    let host = rest.rsplit_once(':').map_or(rest, |(host, _port)| host);
    if scheme.is_empty() || host.is_empty() || rest.contains(['/', '?', '#', '@']) {
        return Err(bad());
    }
    Ok(origin)
}

impl PasskeyCeremonies for WebauthnCeremonies {
    fn registration(&self, holder: &Holder) -> Result<Ceremony, PortError> {
        let padded = padded_handle(&holder.handle)
            .ok_or_else(|| failed(format!("a user handle is 1 to {USER_HANDLE_MAX_LEN} bytes")))?;
        // The transports are not kept: the browser tries every one it has.
        let transports = AuthTransports::decode(0).map_err(|e| failed(format!("no transports: {e}")))?;
        let exclude = holder
            .exclude
            .iter()
            // An id the library cannot hold (under 16 bytes) was never one it registered.
            .filter_map(|id| CredentialId::<Vec<u8>>::decode(id.clone()).ok())
            .map(|id| PublicKeyCredentialDescriptor { id, transports })
            .collect();
        let mut options =
            PublicKeyCredentialCreationOptions::passkey(&self.rp_id, user_entity(holder, &padded), exclude);
        options.timeout = TIMEOUT;
        // Ask authenticators to keep the credential behind user verification,
        // but do not make the browser refuse those that cannot say so (the
        // library's default, "enforce", makes Chromium refuse platform and
        // virtual authenticators outright). Every sign-in requires user
        // verification anyway.
        options.extensions.cred_protect =
            webauthn_rp::request::register::CredProtect::UserVerificationRequired(
                webauthn_rp::request::ExtensionInfo::AllowDontEnforceValue,
            );
        let (server, client) =
            options.start_ceremony().map_err(|e| failed(format!("registration options: {e}")))?;
        let mut json =
            serde_json::to_value(&client).map_err(|e| failed(format!("registration options: {e}")))?;
        // The browser is given the handle itself, not the library's padded form.
        let user_id = json
            .get_mut("user")
            .and_then(|user| user.get_mut("id"))
            .ok_or_else(|| failed("registration options name no user".into()))?;
        *user_id = serde_json::Value::String(b64url(&holder.handle));
        let library = server.encode().map_err(|e| failed(format!("registration state: {e}")))?;
        let mut state = Vec::with_capacity(3 + holder.handle.len() + library.len());
        state.extend_from_slice(REGISTRATION_STATE);
        state.push(u8::try_from(holder.handle.len()).map_err(|e| failed(e.to_string()))?);
        state.extend_from_slice(&holder.handle);
        state.extend_from_slice(&library);
        Ok(Ceremony {
            options: json.to_string(),
            state,
            challenge: server.sent_challenge().0.to_le_bytes().to_vec(),
        })
    }

    fn register(&self, state: &[u8], response: &str) -> Result<Made, Refused> {
        let (handle, library) = registration_state(state)?;
        let server = RegistrationServerState::<USER_HANDLE_MAX_LEN>::decode(library)
            .map_err(|e| refused("the registration state", e))?;
        let registration = Registration::from_json_relaxed(response.as_bytes())
            .map_err(|e| refused("the answer is not a RegistrationResponseJSON", e))?;
        let credential = server
            .verify(&self.rp_id, &registration, &self.registration_checks())
            .map_err(|e| refused("registration", e))?;
        let (id, _transports, _user, static_state, dynamic_state, metadata) = credential.into_parts();
        let Ok(static_state) = static_state.encode();
        let Ok(dynamic_state) = dynamic_state.encode();
        let stored = Stored { dynamic: dynamic_state, handle, id: id.as_ref(), static_state: &static_state };
        let aaguid = <[u8; 16]>::try_from(metadata.aaguid.data()).ok().filter(|a| *a != [0; 16]);
        Ok(Made { credential_id: id.as_ref().to_vec(), stored: stored.encode()?, aaguid })
    }

    fn authentication(&self) -> Result<Ceremony, PortError> {
        let mut options = DiscoverableCredentialRequestOptions::passkey(&self.rp_id);
        options.0.timeout = TIMEOUT;
        let (server, client) =
            options.start_ceremony().map_err(|e| failed(format!("sign-in options: {e}")))?;
        let options = serde_json::to_string(&client).map_err(|e| failed(format!("sign-in options: {e}")))?;
        let library = server.encode().map_err(|e| failed(format!("sign-in state: {e}")))?;
        let mut state = Vec::with_capacity(AUTHENTICATION_STATE.len() + library.len());
        state.extend_from_slice(AUTHENTICATION_STATE);
        state.extend_from_slice(&library);
        Ok(Ceremony { options, state, challenge: server.sent_challenge().0.to_le_bytes().to_vec() })
    }

    fn presented(&self, response: &str) -> Result<Presented, Refused> {
        let (assertion, handle) = assertion(response)?;
        let challenge = assertion.challenge_relaxed().map_err(|e| refused("the answer's challenge", e))?;
        Ok(Presented {
            credential_id: assertion.raw_id().as_ref().to_vec(),
            user_handle: handle,
            challenge: challenge.0.to_le_bytes().to_vec(),
        })
    }

    fn authenticate(&self, state: &[u8], response: &str, stored: &[u8]) -> Result<Vec<u8>, Refused> {
        let library = state
            .strip_prefix(AUTHENTICATION_STATE)
            .ok_or_else(|| Refused("the state is not a sign-in's".into()))?;
        let server = DiscoverableAuthenticationServerState::decode(library)
            .map_err(|e| refused("the sign-in state", e))?;
        let (assertion, handle) = assertion(response)?;
        let credential = Stored::decode(stored)?;
        if handle != credential.handle {
            return Err(Refused("the answer's user handle is not the credential's".into()));
        }
        let padded = padded_handle(credential.handle)
            .ok_or_else(|| Refused("the stored credential's user handle".into()))?;
        let id = CredentialId::<&[u8]>::decode(credential.id)
            .map_err(|e| refused("the stored credential id", e))?;
        let static_state =
            StaticState::decode(credential.static_state).map_err(|e| refused("the stored public key", e))?;
        let dynamic_state = DynamicState::decode(credential.dynamic)
            .map_err(|e| refused("the stored counter and flags", e))?;
        let mut passkey = AuthenticatedCredential::new(id, &padded, static_state, dynamic_state)
            .map_err(|e| refused("the stored credential", e))?;
        server
            .verify(&self.rp_id, &assertion, &mut passkey, &self.authentication_checks())
            .map_err(|e| refused("sign-in", e))?;
        let Ok(dynamic) = passkey.dynamic_state().encode();
        Stored { dynamic, ..credential }.encode()
    }
}

/// Passkeys for a deployment whose relying party could not be set up (a
/// bad `LATCHKEY_PASSKEY_RP_ID`): every ceremony fails, everything else
/// works on.
pub struct NoPasskeys;

const NOT_SET_UP: &str = "passkeys are not set up on this deployment";

impl PasskeyCeremonies for NoPasskeys {
    fn registration(&self, _holder: &Holder) -> Result<Ceremony, PortError> {
        Err(failed(NOT_SET_UP.into()))
    }
    fn register(&self, _state: &[u8], _response: &str) -> Result<Made, Refused> {
        Err(Refused(NOT_SET_UP.into()))
    }
    fn authentication(&self) -> Result<Ceremony, PortError> {
        Err(failed(NOT_SET_UP.into()))
    }
    fn presented(&self, _response: &str) -> Result<Presented, Refused> {
        Err(Refused(NOT_SET_UP.into()))
    }
    fn authenticate(&self, _state: &[u8], _response: &str, _stored: &[u8]) -> Result<Vec<u8>, Refused> {
        Err(Refused(NOT_SET_UP.into()))
    }
}

/// The user as the authenticator shows them. The library takes a name
/// only in its PRECIS form (RFC 8265 for the name, 8266 for the display
/// name); one it refuses falls back to its plainest characters, then to
/// the library's own placeholder (the name is a label, never checked).
fn user_entity<'a>(
    holder: &'a Holder,
    handle: &'a UserHandle64,
) -> PublicKeyCredentialUserEntity<'a, 'a, 'a, USER_HANDLE_MAX_LEN> {
    let mut user = PublicKeyCredentialUserEntity::from(handle);
    let plain: String = holder
        .name
        .chars()
        .filter(|c| c.is_ascii_alphanumeric() || matches!(c, '.' | '_' | '-' | '@'))
        .collect();
    if let Some(name) =
        Username::try_from(holder.name.as_str()).ok().or_else(|| Username::try_from(plain).ok())
    {
        user.name = name;
    }
    let printable: String = holder.display_name.chars().filter(|c| !c.is_control()).collect();
    user.display_name = Nickname::try_from(holder.display_name.as_str())
        .ok()
        .or_else(|| Nickname::try_from(printable.trim().to_owned()).ok());
    user
}

/// `handle` zero-padded to the library's fixed length; `None` when it is
/// empty or longer than WebAuthn allows.
fn padded_handle(handle: &[u8]) -> Option<UserHandle64> {
    if handle.is_empty() || handle.len() > USER_HANDLE_MAX_LEN {
        return None;
    }
    let mut bytes = [0u8; USER_HANDLE_MAX_LEN];
    bytes[..handle.len()].copy_from_slice(handle);
    let Ok(padded) = UserHandle64::decode(bytes);
    Some(padded)
}

/// The user handle and the library's state of a registration's state.
fn registration_state(state: &[u8]) -> Result<(&[u8], &[u8]), Refused> {
    let bad = || Refused("the state is not a registration's".into());
    let rest = state.strip_prefix(REGISTRATION_STATE).ok_or_else(bad)?;
    let (&len, rest) = rest.split_first().ok_or_else(bad)?;
    rest.split_at_checked(usize::from(len)).ok_or_else(bad)
}

/// The browser's `AuthenticationResponseJSON` as the library reads it, and
/// the user handle it carries (required: a discoverable credential always
/// has one). The library reads handles of its fixed length only, so the
/// answer's is padded before it reads it; nothing else in the answer
/// changes, and the handle is outside what the authenticator signs.
fn assertion(response: &str) -> Result<(DiscoverableAuthentication64, Vec<u8>), Refused> {
    let mut json: serde_json::Value =
        serde_json::from_str(response).map_err(|e| refused("the answer is not JSON", e))?;
    let slot = json
        .get_mut("response")
        .and_then(|r| r.get_mut("userHandle"))
        .ok_or_else(|| Refused("the answer names no user".into()))?;
    let handle =
        slot.as_str().and_then(from_b64url).ok_or_else(|| Refused("the answer names no user".into()))?;
    let padded =
        padded_handle(&handle).ok_or_else(|| Refused("the answer's user handle is too long".into()))?;
    let Ok(padded) = padded.encode();
    *slot = serde_json::Value::String(b64url(&padded));
    let text = serde_json::to_vec(&json).map_err(|e| refused("the answer", e))?;
    let assertion = DiscoverableAuthentication64::from_json_relaxed(&text)
        .map_err(|e| refused("the answer is not an AuthenticationResponseJSON", e))?;
    Ok((assertion, handle))
}

/// What Latchkey keeps of a passkey, in the library's own encodings: its
/// counter and flags (`dynamic`, the part a sign-in moves on), the user
/// handle, the credential id and its public key (`static_state`).
/// `c1 | dynamic (7) | handle length (1) | handle | id length (2, big-endian) | id | static state`.
#[derive(Clone, Copy)]
struct Stored<'a> {
    dynamic: [u8; 7],
    handle: &'a [u8],
    id: &'a [u8],
    static_state: &'a [u8],
}

impl<'a> Stored<'a> {
    fn encode(&self) -> Result<Vec<u8>, Refused> {
        let handle_len =
            u8::try_from(self.handle.len()).map_err(|_| Refused("a user handle over 255 bytes".into()))?;
        let id_len =
            u16::try_from(self.id.len()).map_err(|_| Refused("a credential id over 64 KiB".into()))?;
        let mut out = Vec::with_capacity(12 + self.handle.len() + self.id.len() + self.static_state.len());
        out.extend_from_slice(STORED);
        out.extend_from_slice(&self.dynamic);
        out.push(handle_len);
        out.extend_from_slice(self.handle);
        out.extend_from_slice(&id_len.to_be_bytes());
        out.extend_from_slice(self.id);
        out.extend_from_slice(self.static_state);
        Ok(out)
    }

    fn decode(bytes: &'a [u8]) -> Result<Self, Refused> {
        let bad = || Refused("the stored credential is not one this adapter wrote".into());
        let rest = bytes.strip_prefix(STORED).ok_or_else(bad)?;
        let (dynamic, rest) = rest.split_first_chunk::<7>().ok_or_else(bad)?;
        let (&handle_len, rest) = rest.split_first().ok_or_else(bad)?;
        let (handle, rest) = rest.split_at_checked(usize::from(handle_len)).ok_or_else(bad)?;
        let (id_len, rest) = rest.split_first_chunk::<2>().ok_or_else(bad)?;
        let (id, static_state) =
            rest.split_at_checked(usize::from(u16::from_be_bytes(*id_len))).ok_or_else(bad)?;
        Ok(Self { dynamic: *dynamic, handle, id, static_state })
    }
}

/// A refusal naming the check and the library's reason, cut short: an
/// answer's text may be echoed in the reason, and it is the sender's.
fn refused(what: &str, err: impl std::fmt::Display) -> Refused {
    let mut text = format!("{what}: {err}");
    if text.len() > REFUSAL_MAX {
        let cut = (0..=REFUSAL_MAX).rev().find(|i| text.is_char_boundary(*i)).unwrap_or(0);
        text.truncate(cut);
        text.push('…');
    }
    Refused(text)
}

fn failed(reason: String) -> PortError {
    PortError::Failed { what: "passkeys", source: reason.into() }
}

#[cfg(test)]
mod tests {
    use super::soft::{SOFT_AAGUID, SoftAuthenticator};
    use super::*;
    use serde_json::Value;

    const RP_ID: &str = "reset.contoso.com";
    const ORIGIN: &str = "https://reset.contoso.com";
    const HANDLE: &[u8] = b"0123456789abcdef0123456789abcdef";

    fn ceremonies() -> WebauthnCeremonies {
        WebauthnCeremonies::new(RP_ID, vec![ORIGIN.to_owned()]).unwrap()
    }

    fn holder(handle: &[u8]) -> Holder {
        Holder {
            handle: handle.to_vec(),
            name: "adele".into(),
            display_name: "Adele Vance".into(),
            exclude: vec![],
        }
    }

    /// A passkey for `handle` made by `authenticator` at `ORIGIN` and
    /// accepted: what Latchkey stores.
    fn registered(rp: &WebauthnCeremonies, authenticator: &mut SoftAuthenticator, handle: &[u8]) -> Made {
        let ceremony = rp.registration(&holder(handle)).unwrap();
        rp.register(&ceremony.state, &authenticator.create(&ceremony.options, ORIGIN)).unwrap()
    }

    /// A sign-in's state and the authenticator's answer at `origin`.
    fn assertion_at(
        rp: &WebauthnCeremonies,
        authenticator: &mut SoftAuthenticator,
        origin: &str,
    ) -> (Vec<u8>, String) {
        let ceremony = rp.authentication().unwrap();
        let answer = authenticator.get(&ceremony.options, origin);
        (ceremony.state, answer)
    }

    fn json(text: &str) -> Value {
        serde_json::from_str(text).unwrap()
    }

    #[test]
    fn a_passkey_registers_and_signs_in() {
        let rp = ceremonies();
        let mut authenticator = SoftAuthenticator::new();
        let ceremony = rp.registration(&holder(HANDLE)).unwrap();
        let options = json(&ceremony.options);
        assert_eq!(options["rp"]["id"], RP_ID);
        assert_eq!(options["user"]["id"], b64url(HANDLE), "the browser gets the handle itself");
        assert_eq!(options["user"]["name"], "adele");
        assert_eq!(options["user"]["displayName"], "Adele Vance");
        assert_eq!(options["challenge"], b64url(&ceremony.challenge));
        assert_eq!(options["timeout"], 300_000);
        assert_eq!(options["authenticatorSelection"]["residentKey"], "required");
        assert_eq!(options["authenticatorSelection"]["userVerification"], "required");
        assert_eq!(options["attestation"], "none");
        // Asked for, never enforced: browsers refuse authenticators that cannot
        // say so when it is (a virtual or platform authenticator, many keys).
        assert_ne!(options["extensions"]["enforceCredentialProtectionPolicy"], true, "{options}");

        let made = rp.register(&ceremony.state, &authenticator.create(&ceremony.options, ORIGIN)).unwrap();
        assert_eq!(made.credential_id, authenticator.credential_id(0).unwrap());
        assert_eq!(made.aaguid, Some(SOFT_AAGUID));

        let sign_in = rp.authentication().unwrap();
        let request = json(&sign_in.options);
        assert_eq!(request["rpId"], RP_ID);
        assert_eq!(request["userVerification"], "required");
        assert_eq!(request["allowCredentials"], json("[]"), "any discoverable credential");
        let answer = authenticator.get(&sign_in.options, ORIGIN);
        let presented = rp.presented(&answer).unwrap();
        assert_eq!(presented.credential_id, made.credential_id);
        assert_eq!(presented.user_handle, HANDLE);
        assert_eq!(presented.challenge, sign_in.challenge);
        let moved_on = rp.authenticate(&sign_in.state, &answer, &made.stored).unwrap();
        assert_ne!(moved_on, made.stored, "the counter moved on");

        let (state, answer) = assertion_at(&rp, &mut authenticator, ORIGIN);
        rp.authenticate(&state, &answer, &moved_on).unwrap();
    }

    #[test]
    fn handles_of_every_length_webauthn_allows_round_trip() {
        let rp = ceremonies();
        for handle in [&b"u"[..], b"u1", b"u1\0", &[0xff; 64]] {
            let mut authenticator = SoftAuthenticator::new();
            let made = registered(&rp, &mut authenticator, handle);
            let (state, answer) = assertion_at(&rp, &mut authenticator, ORIGIN);
            assert_eq!(rp.presented(&answer).unwrap().user_handle, handle);
            rp.authenticate(&state, &answer, &made.stored).unwrap();
        }
        assert!(rp.registration(&holder(&[7; 65])).is_err());
        assert!(rp.registration(&holder(b"")).is_err());
    }

    #[test]
    fn the_options_exclude_the_holders_passkeys() {
        let rp = ceremonies();
        let mut holder = holder(HANDLE);
        holder.exclude = vec![vec![1; 16], vec![2; 32], vec![1; 16]];
        let options = json(&rp.registration(&holder).unwrap().options);
        let excluded: Vec<&str> = options["excludeCredentials"]
            .as_array()
            .unwrap()
            .iter()
            .map(|c| c["id"].as_str().unwrap())
            .collect();
        assert_eq!(excluded, [b64url(&[1; 16]), b64url(&[2; 32])]);
    }

    #[test]
    fn names_the_authenticator_cannot_show_fall_back_to_plain_ones() {
        let rp = ceremonies();
        let holder = Holder {
            handle: HANDLE.to_vec(),
            name: "adele vance\u{7}".into(),
            display_name: "\u{7}".into(),
            exclude: vec![],
        };
        let ceremony = rp.registration(&holder).unwrap();
        let options = json(&ceremony.options);
        assert_eq!(options["user"]["name"], "adelevance");
        assert_eq!(options["user"]["displayName"], "");
        rp.register(&ceremony.state, &SoftAuthenticator::new().create(&ceremony.options, ORIGIN)).unwrap();
    }

    #[test]
    fn a_synced_passkey_signs_in_as_one() {
        let rp = ceremonies();
        let mut authenticator = SoftAuthenticator::new();
        authenticator.backed_up(true).keep_counter(false);
        let made = registered(&rp, &mut authenticator, HANDLE);
        let (state, answer) = assertion_at(&rp, &mut authenticator, ORIGIN);
        rp.authenticate(&state, &answer, &made.stored).unwrap();
        // Eligibility for backup is fixed when the passkey is made.
        authenticator.backed_up(false);
        let (state, answer) = assertion_at(&rp, &mut authenticator, ORIGIN);
        assert!(rp.authenticate(&state, &answer, &made.stored).is_err());
    }

    #[test]
    fn an_authenticator_that_names_no_model_has_no_aaguid() {
        let mut authenticator = SoftAuthenticator::new();
        authenticator.aaguid([0; 16]);
        assert_eq!(registered(&ceremonies(), &mut authenticator, HANDLE).aaguid, None);
    }

    #[test]
    fn an_answer_from_another_origin_is_refused() {
        let rp = ceremonies();
        let mut authenticator = SoftAuthenticator::new();
        let ceremony = rp.registration(&holder(HANDLE)).unwrap();
        let phished = authenticator.create(&ceremony.options, "https://reset.contoso.com.evil.example");
        assert!(rp.register(&ceremony.state, &phished).unwrap_err().0.contains("origin"));

        let made = registered(&rp, &mut authenticator, HANDLE);
        let (state, answer) = assertion_at(&rp, &mut authenticator, "http://reset.contoso.com");
        assert!(rp.authenticate(&state, &answer, &made.stored).unwrap_err().0.contains("origin"));
    }

    #[test]
    fn an_answer_signed_for_another_relying_party_is_refused() {
        let rp = ceremonies();
        let mut authenticator = SoftAuthenticator::new();
        let made = registered(&rp, &mut authenticator, HANDLE);
        authenticator.rp_id(Some("contoso.evil.example"));
        let (state, answer) = assertion_at(&rp, &mut authenticator, ORIGIN);
        let refusal = rp.authenticate(&state, &answer, &made.stored).unwrap_err();
        assert!(refusal.0.to_lowercase().contains("rp"), "{refusal}");
        let ceremony = rp.registration(&holder(HANDLE)).unwrap();
        let answer = authenticator.create(&ceremony.options, ORIGIN);
        assert!(rp.register(&ceremony.state, &answer).unwrap_err().0.to_lowercase().contains("rp"));
    }

    #[test]
    fn an_answer_without_user_verification_is_refused() {
        let rp = ceremonies();
        let mut authenticator = SoftAuthenticator::new();
        let made = registered(&rp, &mut authenticator, HANDLE);
        authenticator.user_verified(false);
        let (state, answer) = assertion_at(&rp, &mut authenticator, ORIGIN);
        assert!(rp.authenticate(&state, &answer, &made.stored).unwrap_err().0.contains("verified"));
        let ceremony = rp.registration(&holder(HANDLE)).unwrap();
        let answer = authenticator.create(&ceremony.options, ORIGIN);
        assert!(rp.register(&ceremony.state, &answer).unwrap_err().0.contains("verified"));
    }

    #[test]
    fn a_replayed_assertion_is_refused_when_the_authenticator_counts() {
        let rp = ceremonies();
        let mut authenticator = SoftAuthenticator::new();
        authenticator.first_counter(1);
        let made = registered(&rp, &mut authenticator, HANDLE);
        let (state, answer) = assertion_at(&rp, &mut authenticator, ORIGIN);
        let stored = rp.authenticate(&state, &answer, &made.stored).unwrap();
        let refusal = rp.authenticate(&state, &answer, &stored).unwrap_err();
        assert!(refusal.0.contains("counter"), "{refusal}");
        // A counter that goes back to 0 is a clone too, once one was kept.
        authenticator.keep_counter(false);
        let (state, answer) = assertion_at(&rp, &mut authenticator, ORIGIN);
        assert!(rp.authenticate(&state, &answer, &stored).is_err());
    }

    #[test]
    fn an_authenticator_without_a_counter_signs_in_again_and_again() {
        let rp = ceremonies();
        let mut authenticator = SoftAuthenticator::new();
        authenticator.keep_counter(false);
        let mut stored = registered(&rp, &mut authenticator, HANDLE).stored;
        for _ in 0..3 {
            let (state, answer) = assertion_at(&rp, &mut authenticator, ORIGIN);
            stored = rp.authenticate(&state, &answer, &stored).unwrap();
            // The challenge's single use is the domain's to enforce, not the adapter's.
            stored = rp.authenticate(&state, &answer, &stored).unwrap();
        }
    }

    #[test]
    fn a_passkey_does_not_open_another_credential() {
        let rp = ceremonies();
        let mut adele = SoftAuthenticator::new();
        let mut alex = SoftAuthenticator::new();
        let adeles = registered(&rp, &mut adele, HANDLE);
        registered(&rp, &mut alex, b"fedcba9876543210fedcba9876543210");
        let (state, answer) = assertion_at(&rp, &mut alex, ORIGIN);
        assert!(rp.authenticate(&state, &answer, &adeles.stored).unwrap_err().0.contains("user handle"));

        // Another passkey of the same user is not this one either.
        let second = registered(&rp, &mut adele, HANDLE);
        let ceremony = rp.authentication().unwrap();
        let first_key = adele.get_with(0, &ceremony.options, ORIGIN);
        assert!(rp.authenticate(&ceremony.state, &first_key, &second.stored).is_err());
        rp.authenticate(&ceremony.state, &first_key, &adeles.stored).unwrap();
    }

    #[test]
    fn a_tampered_signature_is_refused() {
        let rp = ceremonies();
        let mut authenticator = SoftAuthenticator::new();
        let made = registered(&rp, &mut authenticator, HANDLE);
        let (state, answer) = assertion_at(&rp, &mut authenticator, ORIGIN);
        let mut tampered = json(&answer);
        let mut signature = from_b64url(tampered["response"]["signature"].as_str().unwrap()).unwrap();
        let last = signature.len() - 1;
        signature[last] ^= 1;
        tampered["response"]["signature"] = Value::String(b64url(&signature));
        assert!(rp.authenticate(&state, &tampered.to_string(), &made.stored).is_err());
        rp.authenticate(&state, &answer, &made.stored).unwrap();
    }

    #[test]
    fn an_assertion_that_names_no_user_is_refused() {
        let rp = ceremonies();
        let mut authenticator = SoftAuthenticator::new();
        let made = registered(&rp, &mut authenticator, HANDLE);
        let (state, answer) = assertion_at(&rp, &mut authenticator, ORIGIN);
        for handle in [Value::Null, Value::String(String::new())] {
            let mut anonymous = json(&answer);
            anonymous["response"]["userHandle"] = handle;
            let anonymous = anonymous.to_string();
            assert!(rp.presented(&anonymous).is_err());
            assert!(rp.authenticate(&state, &anonymous, &made.stored).is_err());
        }
        assert!(rp.presented("not json").is_err());
    }

    #[test]
    fn a_state_serves_only_its_own_ceremony() {
        let rp = ceremonies();
        let mut authenticator = SoftAuthenticator::new();
        let registration = rp.registration(&holder(HANDLE)).unwrap();
        let sign_in = rp.authentication().unwrap();
        let made =
            rp.register(&registration.state, &authenticator.create(&registration.options, ORIGIN)).unwrap();
        let answer = authenticator.get(&sign_in.options, ORIGIN);
        assert!(rp.authenticate(&registration.state, &answer, &made.stored).is_err());
        let other = authenticator.create(&registration.options, ORIGIN);
        assert!(rp.register(&sign_in.state, &other).is_err());
        assert!(rp.authenticate(&sign_in.state, &answer, &made.stored[..10]).is_err());
        // An answer to another sign-in's challenge.
        let later = rp.authentication().unwrap();
        assert!(rp.authenticate(&later.state, &answer, &made.stored).unwrap_err().0.contains("challenge"));
    }

    #[test]
    fn a_relying_party_must_be_a_domain_with_origins() {
        assert!(WebauthnCeremonies::new("", vec![ORIGIN.into()]).is_err());
        assert!(WebauthnCeremonies::new("127.0.0.1", vec!["http://127.0.0.1:8080".into()]).is_err());
        assert!(WebauthnCeremonies::new("réset.example", vec![ORIGIN.into()]).is_err());
        assert!(WebauthnCeremonies::new(RP_ID, vec![]).is_err());
        assert!(WebauthnCeremonies::new(RP_ID, vec!["reset.contoso.com".into()]).is_err());
        assert!(WebauthnCeremonies::new(RP_ID, vec!["https://reset.contoso.com/path".into()]).is_err());
        let rp = WebauthnCeremonies::new("Localhost", vec!["HTTP://localhost:8080/".into()]).unwrap();
        assert_eq!((rp.rp_id(), rp.origins()), ("localhost", &["http://localhost:8080".to_owned()][..]));
    }

    #[test]
    fn a_deployment_without_a_relying_party_refuses_every_ceremony() {
        assert!(NoPasskeys.registration(&holder(HANDLE)).is_err());
        assert!(NoPasskeys.authentication().is_err());
        assert!(NoPasskeys.register(b"", "{}").is_err());
        assert!(NoPasskeys.presented("{}").is_err());
        assert!(NoPasskeys.authenticate(b"", "{}", b"").is_err());
    }

    #[test]
    fn refusals_are_short() {
        let long = refused("the answer", "é".repeat(500));
        assert!(long.0.len() <= REFUSAL_MAX + '…'.len_utf8(), "{}", long.0.len());
    }
}
