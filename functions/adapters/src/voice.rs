//! Voice calls that read a code out: AWS End User Messaging SMS and Voice
//! (`pinpoint-sms-voice-v2` `SendVoiceMessage`, SSML). The local emulators do
//! not serve that API, so local runs and the end-to-end tests use
//! [`RecordingVoice`], which records the call instead of placing it.

use std::sync::Mutex;

use async_trait::async_trait;
use aws_sdk_pinpointsmsvoicev2::types::{VoiceId, VoiceMessageBodyTextType};
use latchkey_core::PortError;
use latchkey_core::model::language::Language;
use latchkey_core::model::values::E164;
use latchkey_core::ports::VoiceCaller;

use crate::aws::classify;

/// Places calls through AWS.
pub struct SmsVoiceV2 {
    client: aws_sdk_pinpointsmsvoicev2::Client,
    /// The phone number, pool or sender the call comes from.
    origination: String,
}

impl SmsVoiceV2 {
    pub fn new(client: aws_sdk_pinpointsmsvoicev2::Client, origination: String) -> Self {
        Self { client, origination }
    }
}

/// The voice that reads a call in `lang` (Amazon Polly's standard voices,
/// which SendVoiceMessage offers): one that speaks the language natively,
/// so the words and the digits are both said as a native speaker says them.
pub fn voice_for(lang: Language) -> VoiceId {
    match lang {
        Language::En => VoiceId::Joanna,
        Language::Fr => VoiceId::Lea,
        Language::De => VoiceId::Vicki,
        Language::Es => VoiceId::Lucia,
        Language::Pt => VoiceId::Camila,
        Language::Ja => VoiceId::Mizuki,
        Language::Ar => VoiceId::Zeina,
    }
}

#[async_trait]
impl VoiceCaller for SmsVoiceV2 {
    async fn call(&self, to: &E164, ssml: &str, lang: Language) -> Result<(), PortError> {
        self.client
            .send_voice_message()
            .destination_phone_number(to.as_str())
            .origination_identity(&self.origination)
            .message_body(ssml)
            .message_body_text_type(VoiceMessageBodyTextType::Ssml)
            .voice_id(voice_for(lang))
            // A code call is worthless after its code expires.
            .time_to_live(600)
            .send()
            .await
            .map_err(|e| classify("voice call (SMS and Voice v2)", e))?;
        tracing::info!(kind = "voice", lang = %lang, "call placed");
        Ok(())
    }
}

/// Records calls instead of placing them (local runs and tests): the
/// emulators have no voice API. Optionally appends each call to a file, which
/// stands in for the phone, as the emulator's outbox stands in for email.
#[derive(Default)]
pub struct RecordingVoice {
    calls: Mutex<Vec<(E164, String, Language)>>,
    file: Option<std::path::PathBuf>,
}

impl RecordingVoice {
    pub fn to_file(path: impl Into<std::path::PathBuf>) -> Self {
        Self { calls: Mutex::default(), file: Some(path.into()) }
    }

    /// Every call recorded so far: the number and the SSML.
    pub fn calls(&self) -> Vec<(E164, String)> {
        self.spoken().into_iter().map(|(to, ssml, _)| (to, ssml)).collect()
    }

    /// Every call recorded so far: the number, the SSML, and the language
    /// (whose voice [`voice_for`] names) it was placed in.
    pub fn spoken(&self) -> Vec<(E164, String, Language)> {
        self.calls.lock().unwrap_or_else(std::sync::PoisonError::into_inner).clone()
    }
}

#[async_trait]
impl VoiceCaller for RecordingVoice {
    async fn call(&self, to: &E164, ssml: &str, lang: Language) -> Result<(), PortError> {
        self.calls.lock().unwrap_or_else(std::sync::PoisonError::into_inner).push((
            to.clone(),
            ssml.to_string(),
            lang,
        ));
        if let Some(path) = &self.file {
            use std::io::Write;
            let line = format!("{} {} {ssml}\n", to.as_str(), voice_for(lang).as_str());
            std::fs::OpenOptions::new()
                .create(true)
                .append(true)
                .open(path)
                .and_then(|mut f| f.write_all(line.as_bytes()))
                .map_err(|e| PortError::Failed { what: "voice call record", source: Box::new(e) })?;
        }
        tracing::info!(kind = "voice", "call recorded, not placed (no voice API here)");
        Ok(())
    }
}

/// A deployment without a caller number: voice is never offered, and a call
/// (from a policy saved before the number was removed) is a clear failure.
pub struct NoVoice;

#[async_trait]
impl VoiceCaller for NoVoice {
    async fn call(&self, _to: &E164, _ssml: &str, _lang: Language) -> Result<(), PortError> {
        Err(PortError::Unavailable {
            what: "voice calls",
            source: "no caller number is set up (LATCHKEY_VOICE_ORIGINATION)".into(),
        })
    }

    fn available(&self) -> bool {
        false
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The request the real SDK sends, captured by a one-shot local HTTP server
    /// that answers like the service.
    #[tokio::test]
    async fn send_voice_message_sends_ssml_to_the_number_from_the_origination() {
        use tokio::io::{AsyncReadExt, AsyncWriteExt};
        let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
        let endpoint = format!("http://{}", listener.local_addr().unwrap());
        let server = tokio::spawn(async move {
            let (mut socket, _) = listener.accept().await.unwrap();
            let mut request = Vec::new();
            let mut buf = [0u8; 8192];
            loop {
                let n = socket.read(&mut buf).await.unwrap();
                request.extend_from_slice(&buf[..n]);
                let text = String::from_utf8_lossy(&request);
                if let Some(head_end) = text.find("\r\n\r\n") {
                    let length: usize = text[..head_end]
                        .lines()
                        .find_map(|l| {
                            l.to_ascii_lowercase()
                                .strip_prefix("content-length:")
                                .map(|v| v.trim().to_owned())
                        })
                        .and_then(|v| v.parse().ok())
                        .unwrap_or(0);
                    if request.len() >= head_end + 4 + length {
                        break;
                    }
                }
            }
            let body = r#"{"MessageId":"test-message-1"}"#;
            let response = format!(
                "HTTP/1.1 200 OK\r\ncontent-type: application/x-amz-json-1.0\r\ncontent-length: {}\r\n\r\n{body}",
                body.len()
            );
            socket.write_all(response.as_bytes()).await.unwrap();
            String::from_utf8(request).unwrap()
        });
        let mut config = crate::AdapterConfig::local(&endpoint, "voice-");
        config.call_timeout = std::time::Duration::from_secs(5);
        let sdk = crate::aws::sdk_config(&config).await;
        let caller = SmsVoiceV2::new(aws_sdk_pinpointsmsvoicev2::Client::new(&sdk), "+18005550199".into());
        let ssml = latchkey_core::messaging::codes::voice_script(Language::Ja, "Contoso", "12345678");
        caller.call(&E164::parse("+14255550101").unwrap(), &ssml, Language::Ja).await.unwrap();

        let request = server.await.unwrap();
        let lower = request.to_ascii_lowercase();
        assert!(lower.contains("x-amz-target: pinpointsmsvoicev2.sendvoicemessage"), "{request}");
        let body: serde_json::Value =
            serde_json::from_str(request.split("\r\n\r\n").nth(1).unwrap()).unwrap();
        assert_eq!(body["DestinationPhoneNumber"], "+14255550101");
        assert_eq!(body["OriginationIdentity"], "+18005550199");
        assert_eq!(body["MessageBodyTextType"], "SSML");
        assert_eq!(body["TimeToLive"], 600);
        let spoken = body["MessageBody"].as_str().unwrap();
        assert!(
            spoken.starts_with("<speak xml:lang=\"ja-JP\">") && spoken.contains("1 2 3 4 5 6 7 8"),
            "{spoken}"
        );
        assert_eq!(body["VoiceId"], "MIZUKI", "a Japanese voice reads a Japanese call");
    }

    #[tokio::test]
    async fn the_recorder_keeps_each_call() {
        let recorder = RecordingVoice::default();
        recorder
            .call(&E164::parse("+14255550101").unwrap(), "<speak>hi</speak>", Language::Ar)
            .await
            .unwrap();
        assert_eq!(recorder.calls()[0].1, "<speak>hi</speak>");
        assert_eq!(recorder.spoken()[0].2, Language::Ar);
    }

    #[test]
    fn every_language_has_a_voice_that_speaks_it() {
        for (lang, voice) in
            [(Language::Ar, VoiceId::Zeina), (Language::Ja, VoiceId::Mizuki), (Language::Pt, VoiceId::Camila)]
        {
            assert_eq!(voice_for(lang), voice);
        }
        let voices: std::collections::BTreeSet<_> =
            Language::ALL.into_iter().map(|l| voice_for(l).as_str().to_owned()).collect();
        assert_eq!(voices.len(), Language::ALL.len(), "one voice a language");
    }
}
