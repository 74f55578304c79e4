//! Email, SMS and calls, kept for inspection.

use std::sync::Mutex;

use async_trait::async_trait;

use crate::model::error::PortError;
use crate::model::values::E164;
use crate::ports::{EmailMessage, EmailSender, SmsSender};

/// Sent email and SMS, kept for inspection.
#[derive(Default)]
pub struct FakeOutbox {
    pub emails: Mutex<Vec<EmailMessage>>,
    pub sms: Mutex<Vec<(E164, String)>>,
    /// Voice calls placed: the number and the SSML read out.
    pub calls: Mutex<Vec<(E164, String)>>,
}

#[async_trait]
impl EmailSender for FakeOutbox {
    async fn send_email(&self, message: &EmailMessage) -> Result<(), PortError> {
        self.emails.lock().unwrap().push(message.clone());
        Ok(())
    }
}

#[async_trait]
impl SmsSender for FakeOutbox {
    async fn send_sms(&self, to: &E164, text: &str) -> Result<(), PortError> {
        self.sms.lock().unwrap().push((to.clone(), text.to_string()));
        Ok(())
    }
}

#[async_trait]
impl crate::ports::VoiceCaller for FakeOutbox {
    async fn call(
        &self,
        to: &E164,
        ssml: &str,
        _lang: crate::model::language::Language,
    ) -> Result<(), PortError> {
        self.calls.lock().unwrap().push((to.clone(), ssml.to_string()));
        Ok(())
    }
}
