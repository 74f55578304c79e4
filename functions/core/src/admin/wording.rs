//! The organisation's own words for the messages Latchkey sends, per
//! language: read by whoever may read the settings, changed (audited,
//! versioned) by administrators. The rules are in `crate::messaging::wording`.

use crate::admin::Admin;
use crate::messaging::wording::{self, Message};
use crate::model::audit::RequestMeta;
use crate::model::clients::Caller;
use crate::model::error::Error;
use crate::model::language::Language;
use crate::model::user::SessionToken;
use crate::model::values::{ParseError, UserId};

impl Admin {
    /// Every overridable message of `lang`: its default, the
    /// organisation's text and its placeholders.
    pub async fn wording(&self, caller: &Caller, lang: Language) -> Result<Vec<Message>, Error> {
        self.settings_reader(caller).await?;
        let settings = self.ports.directory.settings().await?;
        Ok(wording::messages(lang, &settings))
    }

    /// Sets the organisation's words for message `id` in `lang`, or
    /// restores the catalogue's (`text` `None`). Audited naming the message
    /// and the language, never the words. A refused text changes nothing.
    pub async fn set_wording(
        &self,
        id: &UserId,
        token: &SessionToken,
        lang: Language,
        message: &str,
        text: Option<&str>,
        meta: &RequestMeta,
    ) -> Result<Message, Error> {
        let admin = self.admin(id, token).await?;
        let text = match text {
            Some(text) => Some(wording::check(lang, message, text)?),
            None if wording::kind(message).is_none() || wording::source(lang, message).is_none() => {
                return Err(ParseError::new("id", "is not a message whose words can be changed").into());
            }
            None => None,
        };
        crate::on_contention!({
            let (current, next) = self
                .settings_with(|s| {
                    match &text {
                        Some(text) => {
                            wording::fits(s, lang, message, text)?;
                            s.wording.entry(lang).or_default().insert(message.to_owned(), text.clone());
                        }
                        None => {
                            if let Some(own) = s.wording.get_mut(&lang) {
                                own.remove(message);
                                if own.is_empty() {
                                    s.wording.remove(&lang);
                                }
                            }
                        }
                    }
                    Ok(())
                })
                .await?;
            let done = if text.is_some() { "set" } else { "restored to the default" };
            let reason = format!("wording; {message} in {lang} {done}");
            let saved = wording::message(lang, message, &next);
            if self.save(&admin, meta, &current, next, reason).await? {
                saved.ok_or(Error::Contention)
            } else {
                Err(Error::Contention)
            }
        })
    }
}

#[cfg(test)]
mod tests {
    use crate::admin::Admin;
    use crate::model::audit::{Action, RequestMeta};
    use crate::model::error::Error;
    use crate::model::language::Language;
    use crate::model::user::{Role, SessionToken};
    use crate::testing::FakeWorld;

    #[tokio::test]
    async fn an_override_is_saved_audited_without_its_words_and_restored() {
        let world = FakeWorld::new();
        let boss = world.add_adele("correct-horse-battery", &[Role::Admin]).await;
        let token = SessionToken::new(boss.token_version(), "t").with_second_factor(true);
        let admin = Admin::new(world.ports.clone());
        let meta = RequestMeta::default();
        let saved = admin
            .set_wording(&boss.id, &token, Language::Fr, "code-why-reset", Some("Secret words"), &meta)
            .await
            .unwrap();
        assert_eq!(saved.text.as_deref(), Some("Secret words"));
        let settings = world.ports.directory.settings().await.unwrap();
        assert_eq!(settings.wording[&Language::Fr]["code-why-reset"], "Secret words");
        let reason = {
            let events = world.audit.events.lock().unwrap();
            let event = events.iter().rev().find(|e| e.action == Action::SettingsChanged).unwrap();
            event.reason_text().unwrap()
        };
        assert!(reason.contains("code-why-reset in fr"), "{reason}");
        assert!(!reason.contains("Secret"), "{reason}");

        let bad = admin
            .set_wording(&boss.id, &token, Language::Fr, "code-why-reset", Some("{ $pin }"), &meta)
            .await;
        assert!(matches!(bad, Err(Error::InvalidInput(ref e)) if e.field == "text"), "{bad:?}");
        assert_eq!(world.ports.directory.settings().await.unwrap(), settings, "a refusal changes nothing");

        let restored =
            admin.set_wording(&boss.id, &token, Language::Fr, "code-why-reset", None, &meta).await.unwrap();
        assert_eq!(restored.text, None);
        assert!(world.ports.directory.settings().await.unwrap().wording.is_empty());
        let unknown =
            admin.set_wording(&boss.id, &token, Language::Fr, "problem-not-found-title", None, &meta).await;
        assert!(matches!(unknown, Err(Error::InvalidInput(ref e)) if e.field == "id"), "{unknown:?}");
    }
}
