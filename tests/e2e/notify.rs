//! The email and SMS adapters, through the real SDK, as the emulator records them.

use latchkey_core::model::values::{E164, Email};
use latchkey_core::ports::EmailMessage;
use latchkey_e2e::{TestApp, messaging_endpoint};
use serde_json::Value;

async fn sent() -> Value {
    reqwest::get(format!("{}/moto-api/data.json", messaging_endpoint())).await.unwrap().json().await.unwrap()
}

#[tokio::test]
async fn email_goes_out_through_ses_v2() {
    let app = TestApp::start().await;
    let to = format!("notify-{}@contoso.example", app.ports.random.hex(4));
    let message = EmailMessage {
        to: Email::parse(&to).unwrap(),
        subject: "Your Contoso verification code".into(),
        text: "Your code is 123456".into(),
        html: "<p>Your code is <b>123456</b></p>".into(),
    };
    app.ports.email.send_email(&message).await.unwrap();
    let data = sent().await;
    let messages = data["ses"]["Message"].as_array().expect("moto keeps SES messages");
    let ours = messages
        .iter()
        .find(|m| {
            m["destinations"]["ToAddresses"].as_array().is_some_and(|a| a.iter().any(|d| d == to.as_str()))
        })
        .unwrap_or_else(|| panic!("no email to {to} in {messages:?}"));
    assert_eq!(ours["subject"], "Your Contoso verification code");
    assert_eq!(ours["source"], "no-reply@latchkey.example");
    assert!(ours["body"].as_str().unwrap().contains("123456"));
}

#[tokio::test]
async fn sms_goes_out_through_sns_publish() {
    let app = TestApp::start().await;
    // A number unique to this test run, so parallel tests cannot confuse it.
    let digits: String = app.ports.random.hex(4).chars().map(|c| char::from(b'0' + (c as u8 % 10))).collect();
    let to = E164::parse(&format!("+1425555{digits}")).unwrap();
    app.ports.sms.send_sms(&to, "Your Contoso code is 654321").await.unwrap();
    let data = sent().await;
    let sms = data["sns"]["SMS"].as_array().expect("moto keeps SMS");
    assert!(
        sms.iter().any(|m| m["phone_number"] == to.as_str() && m["message"] == "Your Contoso code is 654321"),
        "no SMS to {} in {sms:?}",
        to.as_str()
    );
}

#[tokio::test]
async fn email_goes_out_through_ses_v1_when_configured() {
    let app = TestApp::start().await;
    let mut config = app.config.clone();
    config.email_api = latchkey_adapters::EmailApi::SesV1;
    let ports = latchkey_adapters::connect(&config).await;
    let to = format!("v1-{}@contoso.example", app.ports.random.hex(4));
    let message = EmailMessage {
        to: Email::parse(&to).unwrap(),
        subject: "Sent with SES v1".into(),
        text: "Your code is 24681357".into(),
        html: "<p>Your code is <b>24681357</b></p>".into(),
    };
    ports.email.send_email(&message).await.unwrap();
    let sent = app.outbox().nth_to(&to, 0).await;
    assert_eq!(sent.subject.as_deref(), Some("Sent with SES v1"));
    assert_eq!(sent.code(8).as_deref(), Some("24681357"));
}
