//! Email through SES v2 and text messages through SNS. Message bodies may
//! hold one-time codes, so nothing here logs them.

use async_trait::async_trait;
use aws_sdk_sesv2::types::{Body, Content, Destination, EmailContent, Message};
use aws_sdk_sns::types::MessageAttributeValue;
use latchkey_core::PortError;
use latchkey_core::model::values::E164;
use latchkey_core::ports::{EmailMessage, EmailSender, SmsSender};

use crate::aws::classify;

/// Sends email with SES v2 `SendEmail` (a text and an HTML part).
pub struct SesEmail {
    client: aws_sdk_sesv2::Client,
    from: String,
}

impl SesEmail {
    pub fn new(client: aws_sdk_sesv2::Client, from: String) -> Self {
        Self { client, from }
    }
}

fn content(text: &str) -> Result<Content, PortError> {
    Content::builder()
        .data(text)
        .charset("UTF-8")
        .build()
        .map_err(|e| PortError::Failed { what: "email", source: Box::new(e) })
}

#[async_trait]
impl EmailSender for SesEmail {
    async fn send_email(&self, message: &EmailMessage) -> Result<(), PortError> {
        let body = Body::builder().text(content(&message.text)?).html(content(&message.html)?).build();
        let email = Message::builder().subject(content(&message.subject)?).body(body).build();
        self.client
            .send_email()
            .from_email_address(&self.from)
            .destination(Destination::builder().to_addresses(message.to.as_str()).build())
            .content(EmailContent::builder().simple(email).build())
            .send()
            .await
            .map_err(|e| classify("email (SES)", e))?;
        tracing::info!(kind = "email", "message sent");
        Ok(())
    }
}

/// Sends email with the SES v1 `SendEmail` API (LocalStack's free edition
/// lacks SES v2); the same message, the same two parts.
pub struct SesV1Email {
    client: aws_sdk_ses::Client,
    from: String,
}

impl SesV1Email {
    pub fn new(client: aws_sdk_ses::Client, from: String) -> Self {
        Self { client, from }
    }
}

fn v1_content(text: &str) -> Result<aws_sdk_ses::types::Content, PortError> {
    aws_sdk_ses::types::Content::builder()
        .data(text)
        .charset("UTF-8")
        .build()
        .map_err(|e| PortError::Failed { what: "email", source: Box::new(e) })
}

#[async_trait]
impl EmailSender for SesV1Email {
    async fn send_email(&self, message: &EmailMessage) -> Result<(), PortError> {
        use aws_sdk_ses::types::{Body as V1Body, Destination as V1Destination, Message as V1Message};
        let body =
            V1Body::builder().text(v1_content(&message.text)?).html(v1_content(&message.html)?).build();
        let email = V1Message::builder().subject(v1_content(&message.subject)?).body(body).build();
        self.client
            .send_email()
            .source(&self.from)
            .destination(V1Destination::builder().to_addresses(message.to.as_str()).build())
            .message(email)
            .send()
            .await
            .map_err(|e| classify("email (SES v1)", e))?;
        tracing::info!(kind = "email", api = "ses-v1", "message sent");
        Ok(())
    }
}

/// Sends SMS with a direct SNS `Publish` to the phone number, as transactional
/// traffic (higher delivery priority than promotional).
pub struct SnsSms {
    client: aws_sdk_sns::Client,
}

impl SnsSms {
    pub fn new(client: aws_sdk_sns::Client) -> Self {
        Self { client }
    }
}

#[async_trait]
impl SmsSender for SnsSms {
    async fn send_sms(&self, to: &E164, text: &str) -> Result<(), PortError> {
        let transactional = MessageAttributeValue::builder()
            .data_type("String")
            .string_value("Transactional")
            .build()
            .map_err(|e| PortError::Failed { what: "sms", source: Box::new(e) })?;
        self.client
            .publish()
            .phone_number(to.as_str())
            .message(text)
            .message_attributes("AWS.SNS.SMS.SMSType", transactional)
            .send()
            .await
            .map_err(|e| classify("sms (SNS)", e))?;
        tracing::info!(kind = "sms", "message sent");
        Ok(())
    }
}
