//! The signed-in user's own preferences: for now, the language the portal
//! and their messages are in. A preference proves nothing and opens nothing,
//! so it needs no recent authentication; each change is audited all the same
//! (`PreferenceChanged`), by the user about themselves.

use crate::access::session::session_user;
use crate::accounts::Accounts;
use crate::model::audit::{Action, AuditEvent, Outcome, RequestMeta};
use crate::model::error::Error;
use crate::model::language::Language;
use crate::model::registration::{Profile, profile_of};
use crate::model::user::{SessionToken, User};
use crate::model::values::UserId;

/// The audit reason of a language change: which preference, and to what
/// (a language tag, never anything the user typed).
pub fn language_reason(language: Option<Language>) -> String {
    format!("language:{}", language.map_or("none", Language::tag))
}

impl Accounts {
    /// Sets the user's language, or with `None` goes back to the
    /// organisation's. The same language again writes nothing.
    pub async fn set_language(
        &self,
        user_id: &UserId,
        token: &SessionToken,
        language: Option<Language>,
        meta: &RequestMeta,
    ) -> Result<Profile, Error> {
        self.change_preference(user_id, token, meta, |user| {
            let changed = user.language != language;
            user.language = language;
            Ok(changed.then(|| language_reason(language)))
        })
        .await
    }

    /// Chooses the weekly digest, or stops it. Only someone who may read
    /// reports gets it (`Forbidden` otherwise); the same choice again writes nothing.
    pub async fn set_weekly_digest(
        &self,
        user_id: &UserId,
        token: &SessionToken,
        on: bool,
        meta: &RequestMeta,
    ) -> Result<Profile, Error> {
        self.change_preference(user_id, token, meta, |user| {
            if on && !crate::model::roles::may(user, crate::model::roles::Permission::ReadReports) {
                return Err(Error::Forbidden);
            }
            let changed = user.weekly_digest != on;
            user.weekly_digest = on;
            Ok(changed.then(|| format!("weekly_digest:{}", if on { "on" } else { "off" })))
        })
        .await
    }

    /// Applies `change` to the signed-in user (it answers the audit reason,
    /// or `None` when nothing changed, and then nothing is written) and
    /// records it as the user's own `PreferenceChanged`.
    async fn change_preference(
        &self,
        user_id: &UserId,
        token: &SessionToken,
        meta: &RequestMeta,
        change: impl Fn(&mut User) -> Result<Option<String>, Error>,
    ) -> Result<Profile, Error> {
        let ports = self.ports();
        let settings = ports.directory.settings().await?;
        let user = crate::on_contention!({
            let mut user: User = session_user(ports, user_id, token).await?;
            let Some(reason) = change(&mut user)? else { return Ok(user) };
            user.version += 1;
            let event = AuditEvent::about(
                ports.stamp(),
                Some(&user.id),
                &user,
                (Action::PreferenceChanged, Outcome::Success),
                reason,
                meta,
            );
            // A lost race (`Conflict`) becomes `Contention`: read again and retry.
            ports.directory.update_user(&user, &[event]).await?;
            Ok::<_, Error>(user)
        })?;
        Ok(profile_of(user, &settings, ports.clock.now()))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::testing::FakeWorld;

    #[tokio::test]
    async fn a_user_sets_and_clears_their_language_and_each_change_is_audited_once() {
        let world = FakeWorld::new();
        let adele = world.add_adele("marmalade-ferry-71", &[]).await;
        let accounts = Accounts::new(world.ports.clone());
        let token = SessionToken::new(adele.token_version(), "t");
        let meta = RequestMeta::default();

        let set = accounts.set_language(&adele.id, &token, Some(Language::De), &meta).await.unwrap();
        assert_eq!(set.user.language, Some(Language::De));
        let again = accounts.set_language(&adele.id, &token, Some(Language::De), &meta).await.unwrap();
        assert_eq!(again.user.version, set.user.version, "the same language again writes nothing");
        let cleared = accounts.set_language(&adele.id, &token, None, &meta).await.unwrap();
        assert_eq!(cleared.user.language, None);
        assert_eq!(world.directory.users.lock().unwrap()[&adele.id].language, None);

        let events = world.audit.events.lock().unwrap();
        let reasons: Vec<String> = events
            .iter()
            .filter(|e| e.action == Action::PreferenceChanged)
            .map(|e| {
                assert_eq!((e.actor.as_ref(), e.target.as_ref()), (Some(&adele.id), Some(&adele.id)));
                e.reason_text().unwrap_or_default()
            })
            .collect();
        assert_eq!(reasons, ["language:de", "language:none"]);
    }

    #[tokio::test]
    async fn a_session_that_no_longer_stands_changes_nothing() {
        let world = FakeWorld::new();
        let adele = world.add_adele("marmalade-ferry-71", &[]).await;
        let accounts = Accounts::new(world.ports.clone());
        let stale = SessionToken::new(adele.token_version() + 7, "t");
        let err = accounts
            .set_language(&adele.id, &stale, Some(Language::Fr), &RequestMeta::default())
            .await
            .unwrap_err();
        assert!(matches!(err, Error::Unauthenticated), "{err:?}");
        assert_eq!(world.directory.users.lock().unwrap()[&adele.id].language, None);
    }
}
