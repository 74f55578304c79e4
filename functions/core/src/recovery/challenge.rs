//! Sending a code to one of the flow's methods, each send counted first.

use crate::access::limits;
use crate::messaging::codes;
use crate::model::audit::{Action, Outcome, RequestMeta};
use crate::model::error::Error;
use crate::model::flow::{Challenge, FlowMethod, MethodTarget, ResetFlow};
use crate::model::methods::MethodKind;
use crate::model::settings::OrgSettings;
use crate::model::values::ResetId;
use chrono::{DateTime, Duration, Utc};

use super::*;
use crate::model::methods::MethodId;

impl Resets {
    /// Sends a fresh code for one method of the flow. A decoy flow records
    /// the send and sends nothing.
    pub async fn challenge(
        &self,
        reset_id: &ResetId,
        method_id: &MethodId,
        meta: &RequestMeta,
    ) -> Result<Challenged, Error> {
        let settings = self.ports.directory.settings().await?;
        limits::admit(&self.ports, &settings, "reset-challenge", meta.client_ip.as_deref()).await?;
        let rules = &settings.reset;
        let now = self.ports.clock.now();
        let mut flow = self.load(reset_id).await?;
        let method = flow.method(method_id).cloned().ok_or(Error::UnknownMethod)?;
        if matches!(method.kind, MethodKind::Questions | MethodKind::Authenticator) {
            return Err(Error::NotSendable);
        }
        if method.kind == MethodKind::Passkey {
            // Nothing is sent: the browser signs a challenge sealed for this
            // flow. Asking costs no send; answering takes a try.
            let begun =
                crate::accounts::passkeys::Passkeys::new(self.ports.clone()).begin_reset(flow.key())?;
            return Ok(Challenged {
                method_id: method.id,
                expires_at: begun.expires_at,
                delivery: Delivery::Nothing,
                passkey: Some(begun),
            });
        }
        let source = limits::source(meta.client_ip.as_deref());
        self.refuse_if_blocked(&flow, &settings, source, now, meta).await?;
        if flow.sends() >= rules.sends_per_flow {
            let event =
                self.event(&flow, Action::ResetBlocked, Outcome::Blocked, Some("flow_send_limit"), meta);
            self.ports.audit.record(&event).await?;
            return Err(Error::TooManyRequests { retry_after: limits::retry_after(now, flow.expires_at()) });
        }
        let phone = matches!(method.kind, MethodKind::Sms | MethodKind::Voice);
        let sends = limits::sends(&self.ports, &settings, phone, flow.target_name(), source);
        if let limits::Charge::Blocked { until, .. } = limits::take(&self.ports, &sends, now).await? {
            let event = self.event(&flow, Action::ResetBlocked, Outcome::Blocked, Some("send_limit"), meta);
            self.ports.audit.record(&event).await?;
            return Err(Error::TooManyRequests { retry_after: limits::retry_after(now, until) });
        }
        if phone {
            self.charge_phone_spend(&flow, &method, &settings, now, meta).await?;
        }

        let code = codes::new_code(self.ports.random.as_ref(), rules.code_digits.clamp(6, 8));
        let expires_at = now + Duration::seconds(i64::try_from(rules.code_lifetime_seconds).unwrap_or(600));
        let challenge = Challenge {
            code_digest: self.code_digest(&flow, &method.id, &code),
            expires_at,
            attempts_left: rules.code_attempts.max(1),
        };
        flow.challenge(&method.id, challenge);
        let mut event =
            self.event(&flow, Action::ResetCodeSent, Outcome::Success, Some(kind_name(method.kind)), meta);
        event.methods = vec![method.kind];
        self.ports.flows.save_reset(&flow, &[event]).await?;
        let Some(target) = method.target.as_ref().and_then(MethodTarget::destination) else {
            return Ok(Challenged {
                method_id: method.id,
                expires_at,
                delivery: Delivery::NotSent(method.kind),
                passkey: None,
            });
        };
        let started = std::time::Instant::now();
        let lang = self.reader_language(&flow, &settings).await;
        let sent =
            codes::send_code(&self.ports, &settings, method.kind, target, &code, codes::Purpose::Reset, lang)
                .await;
        let took = started.elapsed();
        if let Err(err) = sent {
            // Answered like a sent code (a decoy's send cannot fail, so a
            // failure must not look different); the user asks for another.
            tracing::warn!(error = %crate::model::error::chain(&err), "a reset code could not be sent");
            let event = self.event(&flow, Action::ResetCodeSent, Outcome::Failure, Some("send_failed"), meta);
            self.ports.audit.record(&event).await?;
        }
        Ok(Challenged {
            method_id: method.id,
            expires_at,
            delivery: Delivery::Sent { kind: method.kind, took },
            passkey: None,
        })
    }

    /// The telephony guardrails for one text or call: the number's country
    /// must still be allowed (the policy may have changed since the start),
    /// and neither the number's nor the organisation's daily cap reached —
    /// then the user is pointed to the flow's other methods. A decoy counts
    /// against its name as its number, so it is capped like a real one.
    pub(super) async fn charge_phone_spend(
        &self,
        flow: &ResetFlow,
        method: &FlowMethod,
        settings: &OrgSettings,
        now: DateTime<Utc>,
        meta: &RequestMeta,
    ) -> Result<(), Error> {
        let number = match &method.target {
            Some(MethodTarget::Phone { to }) => {
                if !settings.telephony.allows(to) {
                    return Err(Error::PhoneCountryNotAllowed);
                }
                to.as_str().to_owned()
            }
            _ => format!("decoy\n{}", flow.target_name()),
        };
        let Some(retry_after) = limits::charge_phone(&self.ports, settings, &number, now).await? else {
            return Ok(());
        };
        let event = self.event(flow, Action::ResetBlocked, Outcome::Blocked, Some("phone_cap"), meta);
        self.ports.audit.record(&event).await?;
        let alternatives = flow
            .methods()
            .iter()
            .filter(|m| !matches!(m.kind, MethodKind::Sms | MethodKind::Voice))
            .map(|m| m.id.to_string())
            .collect();
        Err(Error::PhoneLimitReached { retry_after, alternatives })
    }

    /// Refuses (429, audited) when this source's reset of the flow's name is
    /// blocked: failed proofs or sends over their limits, here or account-wide.
    pub(super) async fn refuse_if_blocked(
        &self,
        flow: &ResetFlow,
        settings: &OrgSettings,
        source: &str,
        now: DateTime<Utc>,
        meta: &RequestMeta,
    ) -> Result<(), Error> {
        let blockers = limits::reset_blockers(&self.ports, settings, flow.target_name(), source);
        let Some(until) = limits::blocked(&self.ports, &blockers, now).await? else {
            return Ok(());
        };
        let event = self.event(flow, Action::ResetBlocked, Outcome::Blocked, Some("user_blocked"), meta);
        self.ports.audit.record(&event).await?;
        Err(Error::TooManyRequests { retry_after: limits::retry_after(now, until) })
    }
}

impl Resets {
    /// The language the flow's user reads their code in. A decoy flow reads
    /// a user too (one that is nobody), so that a real name costs no more.
    async fn reader_language(
        &self,
        flow: &crate::model::flow::ResetFlow,
        settings: &crate::model::settings::OrgSettings,
    ) -> crate::model::language::Language {
        let decoy = crate::model::values::UserId::new("decoy");
        match self.ports.directory.user(flow.user().unwrap_or(&decoy)).await {
            Ok(Some(user)) => crate::messaging::words::of(&user, settings),
            _ => settings.default_language,
        }
    }
}
