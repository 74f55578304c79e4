//! Proving a method: a code or the security questions, each try counted first.

use crate::access::limits;
use crate::accounts::authenticator;
use crate::model::audit::{Action, Outcome, RequestMeta};
use crate::model::error::Error;
use crate::model::flow::{FlowMethod, Judged, MethodTarget, ResetFlow};
use crate::model::methods::MethodKind;
use crate::model::questions::{self, QuestionId};
use crate::model::values::{OneTimeCode, ParseError, Password, ResetId};
use chrono::{DateTime, Utc};
use subtle::ConstantTimeEq;

use super::*;
use crate::model::methods::MethodId;

/// Whether `answers` answer exactly the questions `method` asked, each once.
pub(super) fn covers(method: &FlowMethod, answers: &[(QuestionId, String)]) -> Result<(), Error> {
    let asked = method.target.as_ref().map(MethodTarget::questions).unwrap_or_default();
    if answers.len() == asked.len() && asked.iter().all(|q| answers.iter().any(|(a, _)| a == q)) {
        Ok(())
    } else {
        Err(ParseError::new("answers", "answer each question asked, once").into())
    }
}

impl Resets {
    /// Checks a code or the answers. The try is taken first — from the
    /// per-source and per-account counts of failed proofs, and for answers
    /// from the flow's own few — and only then is the proof judged; a right
    /// one gives its try back. A right code proves its method (once); a wrong
    /// one also costs a try of the code.
    #[expect(
        clippy::too_many_lines,
        reason = "one path takes the try before judging codes, answers and authenticator codes alike; split, the order would be easy to break"
    )]
    pub async fn verify(
        &self,
        reset_id: &ResetId,
        method_id: &MethodId,
        proof: Proof<'_>,
        meta: &RequestMeta,
    ) -> Result<Verified, Error> {
        let settings = self.ports.directory.settings().await?;
        limits::admit(&self.ports, &settings, "reset-verify", meta.client_ip.as_deref()).await?;
        let now = self.ports.clock.now();
        let flow = self.load(reset_id).await?;
        let Some(method) = flow.method(method_id).cloned() else {
            return Err(Error::UnknownMethod);
        };
        match (method.kind, proof) {
            (MethodKind::Questions, Proof::Code(_)) => {
                return Err(ParseError::new("answers", "answer this method's questions").into());
            }
            (kind, Proof::Answers(_)) if kind != MethodKind::Questions => {
                return Err(ParseError::new("code", "enter the code that was sent").into());
            }
            (MethodKind::Passkey, Proof::Code(_) | Proof::Answers(_)) => {
                return Err(ParseError::new("passkey", "prove this method with a passkey").into());
            }
            (kind, Proof::Passkey { .. }) if kind != MethodKind::Passkey => {
                return Err(ParseError::new("passkey", "this method is not a passkey").into());
            }
            (MethodKind::Questions, Proof::Answers(answers)) => covers(&method, answers)?,
            _ => {}
        }
        // A code method with no code out, or an expired one, is answered
        // without judging anything, so it costs no try.
        let expired = match (method.kind, flow.challenge_for(method_id)) {
            (MethodKind::Questions | MethodKind::Authenticator | MethodKind::Passkey, _) => false,
            (_, None) => return Err(Error::ChallengeRequired),
            (_, Some(challenge)) => challenge.expires_at <= now,
        };
        let source = limits::source(meta.client_ip.as_deref());
        self.refuse_if_blocked(&flow, &settings, source, now, meta).await?;
        let (right, left) = match (method.kind, proof) {
            (MethodKind::Authenticator, Proof::Code(code)) => {
                // The authenticator takes its try from the same counters and
                // moves the user's last accepted step itself (single use).
                let counted = limits::proofs(&self.ports, &settings, flow.target_name(), source);
                let proved = authenticator::Authenticators::new(self.ports.clone())
                    .prove(flow.user(), flow.target_name(), &counted, code, |_, _| Vec::new())
                    .await;
                match proved {
                    Ok(_) => (true, 0),
                    Err(Error::CodeInvalid { attempts_left }) => (false, attempts_left),
                    Err(Error::TooManyRequests { retry_after }) => {
                        return Err(self.proofs_blocked(&flow, retry_after, meta).await?);
                    }
                    Err(err) => return Err(err),
                }
            }
            _ => {
                let mut counted = limits::proofs(&self.ports, &settings, flow.target_name(), source).to_vec();
                if method.kind == MethodKind::Questions {
                    counted.push(limits::flow_answers(&self.ports, &settings, flow.key()));
                }
                if expired {
                    counted.clear();
                }
                let left = match limits::take(&self.ports, &counted, now).await? {
                    limits::Charge::Blocked { until, .. } => {
                        let retry_after = limits::retry_after(now, until);
                        return Err(self.proofs_blocked(&flow, retry_after, meta).await?);
                    }
                    limits::Charge::Allowed { left } => u8::try_from(left).unwrap_or(u8::MAX),
                };
                let right = match proof {
                    Proof::Answers(answers) => self.answers_right(&flow, &method, answers).await?,
                    Proof::Code(code) => self.code_right(&flow, method_id, code, now)?,
                    Proof::Passkey { ceremony, response } => {
                        self.passkey_right(&flow, (ceremony, response)).await?
                    }
                };
                if right {
                    limits::release(&self.ports, &counted).await?;
                }
                (right, left)
            }
        };
        let verified = crate::on_contention!({
            let mut flow = self.load(reset_id).await?;
            let outcome = flow.judge(&method, right, now);
            let reason = match outcome {
                Judged::Proven => None,
                Judged::Expired => Some("code_expired"),
                Judged::NoChallenge => return Err(Error::ChallengeRequired),
                Judged::Wrong { .. } if method.kind == MethodKind::Questions => Some("answers_invalid"),
                Judged::Wrong { .. } if method.kind == MethodKind::Passkey => Some("passkey_invalid"),
                Judged::Wrong { .. } => Some("code_invalid"),
            };
            let (action, result) = match reason {
                None => (Action::ResetMethodVerified, Outcome::Success),
                Some(_) => (Action::ResetCodeFailed, Outcome::Failure),
            };
            let mut event = self.event(&flow, action, result, reason, meta);
            event.methods = vec![method.kind];
            // A lost race (`Conflict`) becomes `Contention`: read again and retry.
            self.ports.flows.save_reset(&flow, &[event]).await?;
            match outcome {
                Judged::Proven => Ok((
                    Verified {
                        verified: flow.verified().iter().cloned().collect(),
                        remaining: flow.remaining(),
                        directory_rules: None,
                    },
                    flow.user().cloned(),
                )),
                Judged::Expired => Err(Error::CodeExpired),
                Judged::NoChallenge => Err(Error::ChallengeRequired),
                Judged::Wrong { .. } if method.kind == MethodKind::Questions => {
                    Err(Error::AnswersInvalid { attempts_left: left })
                }
                Judged::Wrong { .. } if method.kind == MethodKind::Authenticator => {
                    Err(Error::CodeInvalid { attempts_left: left })
                }
                Judged::Wrong { .. } if method.kind == MethodKind::Passkey => {
                    Err(Error::PasskeyInvalid { attempts_left: left })
                }
                Judged::Wrong { code_tries_left } => {
                    Err(Error::CodeInvalid { attempts_left: code_tries_left.min(left) })
                }
            }
        });
        let (mut verified, user) = verified?;
        // Proven in full: the new password's page shows the directory's rules
        // too, for a synced user (nobody learns them before proving who they are).
        if verified.remaining == 0
            && let Some(id) = user
            && let Some(user) = self.ports.directory.user(&id).await?
        {
            verified.directory_rules = crate::passwords::writeback::rules_for(&self.ports, &user).await?;
        }
        Ok(verified)
    }

    /// Records that this source's proofs for the flow's name are blocked, and
    /// the 429 to answer with.
    pub(super) async fn proofs_blocked(
        &self,
        flow: &ResetFlow,
        retry_after: u64,
        meta: &RequestMeta,
    ) -> Result<Error, Error> {
        let event = self.event(flow, Action::ResetBlocked, Outcome::Blocked, Some("failed_proofs"), meta);
        self.ports.audit.record(&event).await?;
        Ok(Error::TooManyRequests { retry_after })
    }

    /// Whether `code` is the one sent for the method (a decoy flow holds no
    /// right code: its codes were never sent). Judged before the flow is
    /// re-read, so a lost write race does not judge twice.
    pub(super) fn code_right(
        &self,
        flow: &ResetFlow,
        method_id: &MethodId,
        code: &str,
        now: DateTime<Utc>,
    ) -> Result<bool, Error> {
        let Some(challenge) = flow.challenge_for(method_id) else {
            return Ok(false);
        };
        if challenge.expires_at <= now {
            return Ok(false);
        }
        // A guess that cannot be a code is a wrong one (its try was taken).
        let Some(code) = OneTimeCode::parse(code) else {
            return Ok(false);
        };
        let actual = self.code_digest(flow, method_id, &code);
        Ok(flow.user().is_some() && bool::from(actual.as_bytes().ct_eq(challenge.code_digest.as_bytes())))
    }

    /// Whether a passkey of the flow's user signed the challenge sealed for
    /// this flow. A decoy flow reads a user too (one that is nobody), so that
    /// a real name costs no more reads.
    pub(super) async fn passkey_right(&self, flow: &ResetFlow, answer: (&str, &str)) -> Result<bool, Error> {
        let decoy = crate::model::values::UserId::new("decoy");
        let user =
            self.ports.directory.user(flow.user().unwrap_or(&decoy)).await?.filter(|_| flow.user().is_some());
        crate::accounts::passkeys::Passkeys::new(self.ports.clone())
            .prove_reset(flow.key(), user, answer)
            .await
    }

    /// Whether `answers` answer exactly the method's questions, each rightly.
    /// Every answer to the questions asked costs one argon2 verification
    /// whatever happens (decoy flows and answers that do not normalise too),
    /// so timing tells nothing; a set of answers that does not name exactly
    /// the questions asked is refused before any, as is an answer too long to
    /// be one — neither says whether the user exists, since decoys ask the
    /// same question ids.
    pub(super) async fn answers_right(
        &self,
        flow: &ResetFlow,
        method: &FlowMethod,
        answers: &[(QuestionId, String)],
    ) -> Result<bool, Error> {
        covers(method, answers)?;
        let user = match flow.user() {
            Some(id) => self.ports.directory.user(id).await?,
            None => None,
        };
        let mut all_right = user.is_some();
        for (question, answer) in answers {
            let stored = user
                .as_ref()
                .and_then(|u| u.registration.questions.iter().find(|r| &r.question_id == question))
                .map(|r| r.hash.clone());
            let normalised = questions::normalise_answer(answer).ok();
            let candidate = Password::parse(normalised.as_deref().unwrap_or("-"), "answer")?;
            let hash = stored.clone().unwrap_or_else(|| self.ports.hasher.decoy().clone());
            let right = self.ports.hasher.verify(&candidate, &hash).await?;
            all_right &= right && stored.is_some() && normalised.is_some();
        }
        Ok(all_right)
    }
}
