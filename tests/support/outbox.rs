//! Reads the one-time codes and notifications the emulator "sent": the
//! project's moto server answers at `/_latchkey/outbox` (moto as shipped only
//! in its whole-state dump, `/moto-api/data.json`), LocalStack at `/_aws/ses`
//! and `/_aws/sns/sms-messages`. Used by the end-to-end tests and the soak.

use std::time::Duration;

use serde_json::Value;

/// One sent message as the tests need it.
#[derive(Debug, Clone)]
pub struct Sent {
    pub to: String,
    pub subject: Option<String>,
    pub body: String,
}

impl Sent {
    /// The first run of exactly `digits` digits in the body.
    pub fn code(&self, digits: usize) -> Option<String> {
        self.body.split(|c: char| !c.is_ascii_digit()).find(|w| w.len() == digits).map(str::to_string)
    }
}

/// The emulator's record of sent email and SMS.
pub struct Outbox {
    endpoint: String,
    http: reqwest::Client,
}

impl Outbox {
    pub fn new(endpoint: &str) -> Self {
        Self { endpoint: endpoint.trim_end_matches('/').to_string(), http: reqwest::Client::new() }
    }

    async fn get(&self, path: &str) -> Option<Value> {
        self.get_with(path, &[]).await
    }

    async fn get_with(&self, path: &str, query: &[(&str, &str)]) -> Option<Value> {
        let url = format!("{}{path}", self.endpoint);
        let response = self.http.get(url).query(query).send().await.ok()?;
        if !response.status().is_success() {
            return None;
        }
        response.json().await.ok()
    }

    /// Every email and SMS sent so far, oldest first.
    pub async fn all(&self) -> Vec<Sent> {
        self.sent(None).await
    }

    /// The kept messages, to `to` only when given.
    async fn sent(&self, to: Option<&str>) -> Vec<Sent> {
        let query: Vec<(&str, &str)> = to.map(|to| ("to", to)).into_iter().collect();
        if let Some(data) = self.get_with("/_latchkey/outbox", &query).await {
            return from_latchkey(&data);
        }
        let everything = self.everything().await;
        everything.into_iter().filter(|m| to.is_none_or(|to| m.to == to)).collect()
    }

    /// Emulators without the light endpoint: their whole record.
    async fn everything(&self) -> Vec<Sent> {
        if let Some(data) = self.get("/moto-api/data.json").await {
            return from_moto(&data);
        }
        let mut sent = Vec::new();
        if let Some(ses) = self.get("/_aws/ses").await {
            sent.extend(from_localstack_ses(&ses));
        }
        if let Some(sns) = self.get("/_aws/sns/sms-messages").await {
            sent.extend(from_localstack_sms(&sns));
        }
        sent
    }

    /// Messages to `to` (an email address or E.164 number), oldest first.
    pub async fn to(&self, to: &str) -> Vec<Sent> {
        self.sent(Some(to)).await
    }

    /// Messages to `to` but lockout notices, oldest first: those go out in
    /// the background, at their own moment, so the helpers that count a
    /// flow's messages by position leave them out (the tests of the notice
    /// read [`Outbox::to`]).
    pub async fn flow_to(&self, to: &str) -> Vec<Sent> {
        self.to(to)
            .await
            .into_iter()
            .filter(|m| !m.body.contains(latchkey_core::accounts::LOCKOUT_NOTICE))
            .collect()
    }

    /// Waits (up to 5 s) for the `nth` (0-based) message to `to` (lockout notices aside).
    pub async fn nth_to(&self, to: &str, nth: usize) -> Sent {
        for _ in 0..50 {
            if let Some(message) = self.flow_to(to).await.into_iter().nth(nth) {
                return message;
            }
            tokio::time::sleep(Duration::from_millis(100)).await;
        }
        panic!("no message #{nth} to {to} arrived");
    }

    /// The code in the newest message to `to`, waiting until there are `count` messages.
    pub async fn code_for(&self, to: &str, count: usize) -> String {
        let message = self.nth_to(to, count - 1).await;
        message.code(8).unwrap_or_else(|| panic!("no 8-digit code in the message to {to}"))
    }
}

fn text(v: &Value) -> String {
    v.as_str().unwrap_or_default().to_string()
}

fn from_latchkey(data: &Value) -> Vec<Sent> {
    let mut sent = Vec::new();
    for m in data["emails"].as_array().into_iter().flatten() {
        sent.push(Sent { to: text(&m["to"]), subject: Some(text(&m["subject"])), body: text(&m["body"]) });
    }
    for m in data["sms"].as_array().into_iter().flatten() {
        sent.push(Sent { to: text(&m["to"]), subject: None, body: text(&m["body"]) });
    }
    sent
}

fn from_moto(data: &Value) -> Vec<Sent> {
    let mut sent = Vec::new();
    for m in data["ses"]["Message"].as_array().into_iter().flatten() {
        for to in m["destinations"]["ToAddresses"].as_array().into_iter().flatten() {
            sent.push(Sent { to: text(to), subject: Some(text(&m["subject"])), body: text(&m["body"]) });
        }
    }
    for m in data["sns"]["SMS"].as_array().into_iter().flatten() {
        sent.push(Sent { to: text(&m["phone_number"]), subject: None, body: text(&m["message"]) });
    }
    sent
}

fn from_localstack_ses(data: &Value) -> Vec<Sent> {
    let mut sent = Vec::new();
    for m in data["messages"].as_array().into_iter().flatten() {
        let body = m["Body"]["text_part"].as_str().or(m["Body"]["html_part"].as_str()).unwrap_or_default();
        for to in m["Destination"]["ToAddresses"].as_array().into_iter().flatten() {
            sent.push(Sent { to: text(to), subject: Some(text(&m["Subject"])), body: body.to_string() });
        }
    }
    sent
}

fn from_localstack_sms(data: &Value) -> Vec<Sent> {
    let mut sent = Vec::new();
    for (number, messages) in data["sms_messages"].as_object().into_iter().flatten() {
        for m in messages.as_array().into_iter().flatten() {
            sent.push(Sent { to: number.clone(), subject: None, body: text(&m["Message"]) });
        }
    }
    sent
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn reads_both_emulators_formats() {
        let moto = json!({"ses": {"Message": [{"destinations": {"ToAddresses": ["a@x.example"]}, "subject": "S", "body": "<b>12345678</b>"}]},
                          "sns": {"SMS": [{"phone_number": "+14255550101", "message": "87654321 is your code"}]}});
        let sent = from_moto(&moto);
        assert_eq!(sent[0].code(8).as_deref(), Some("12345678"));
        assert_eq!((sent[1].to.as_str(), sent[1].code(8).as_deref()), ("+14255550101", Some("87654321")));
        let ses = json!({"messages": [{"Destination": {"ToAddresses": ["a@x.example"]}, "Subject": "S", "Body": {"text_part": "code 11112222", "html_part": "<p>11112222</p>"}}]});
        assert_eq!(from_localstack_ses(&ses)[0].code(8).as_deref(), Some("11112222"));
        let sms = json!({"sms_messages": {"+14255550101": [{"Message": "33334444 is your code"}]}});
        assert_eq!(from_localstack_sms(&sms)[0].code(8).as_deref(), Some("33334444"));
        let ours = json!({"emails": [{"to": "a@x.example", "subject": "S", "body": "code 55556666"}],
                          "sms": [{"to": "+14255550101", "body": "77778888 is your code"}]});
        let sent = from_latchkey(&ours);
        assert_eq!((sent[0].subject.as_deref(), sent[0].code(8).as_deref()), (Some("S"), Some("55556666")));
        assert_eq!((sent[1].to.as_str(), sent[1].code(8).as_deref()), ("+14255550101", Some("77778888")));
    }
}
