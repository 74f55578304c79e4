//! One-time codes: drawing them, and the messages that carry them. Shared by
//! self-service reset and method registration.

use crate::messaging::words::{Args, say_for};
use crate::model::error::Error;
use crate::model::language::Language;
use crate::model::methods::MethodKind;
use crate::model::settings::OrgSettings;
use crate::model::values::{E164, Email, OneTimeCode};
use crate::ports::{EmailMessage, Ports, RandomSource};

/// Why a code is sent; the message says so, so a code nobody asked for is recognised.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Purpose {
    Reset,
    Register,
    /// A helpdesk person checks who the user is before resetting or unlocking.
    Helpdesk,
}

/// A code of `digits` decimal digits, uniformly distributed.
pub fn new_code(random: &dyn RandomSource, digits: u8) -> OneTimeCode {
    let modulus = 10u32.pow(u32::from(digits));
    // Reject the top slice of the u32 range so every code is equally likely.
    let limit = u32::MAX - (u32::MAX % modulus);
    loop {
        let mut bytes = [0u8; 4];
        random.fill(&mut bytes);
        let n = u32::from_le_bytes(bytes);
        if n < limit {
            return OneTimeCode::drawn(format!("{:0width$}", n % modulus, width = usize::from(digits)));
        }
    }
}

/// Sends `code` to `target` by email, SMS or call, in `lang` (the
/// recipient's), branded with the organisation's name.
pub async fn send_code(
    ports: &Ports,
    settings: &OrgSettings,
    kind: MethodKind,
    target: &str,
    code: &OneTimeCode,
    purpose: Purpose,
    lang: Language,
) -> Result<(), Error> {
    let code = code.expose();
    let minutes = i64::try_from(settings.reset.code_lifetime_seconds.div_ceil(60)).unwrap_or(i64::MAX);
    let args = Args::new().text("org", settings.name.as_str()).text("code", code).number("minutes", minutes);
    let say = |id: &str, args: &Args| say_for(settings, lang, id, args);
    let why = say(
        match purpose {
            Purpose::Reset => "code-why-reset",
            Purpose::Register => "code-why-register",
            Purpose::Helpdesk => "code-why-helpdesk",
        },
        &args,
    );
    let expires = say("code-expires", &args);
    match kind {
        MethodKind::Email => {
            let to = Email::parse(target).map_err(Error::InvalidInput)?;
            let message = EmailMessage {
                to,
                subject: say("code-email-subject", &args),
                text: format!("{}\n\n{expires} {why}", say("code-email-intro", &args)),
                html: format!(
                    "<!doctype html><html lang=\"{tag}\" dir=\"{dir}\"><body style=\"font-family:sans-serif\"><h2>{org}</h2><p>{lead}</p><p style=\"font-size:28px;letter-spacing:4px\" dir=\"ltr\"><b>{code}</b></p><p>{expires} {why}</p></body></html>",
                    tag = lang.tag(),
                    dir = if lang.rtl() { "rtl" } else { "ltr" },
                    org = escape_html(&settings.name),
                    lead = escape_html(&say("code-email-lead", &args)),
                    expires = escape_html(&expires),
                    why = escape_html(&why),
                ),
            };
            ports.email.send_email(&message).await?;
        }
        MethodKind::Questions | MethodKind::Authenticator | MethodKind::Passkey => {
            return Err(Error::NotSendable);
        }
        MethodKind::Voice => {
            let to = E164::parse(target).map_err(Error::InvalidInput)?;
            ports.voice.call(&to, &voice_script_for(settings, lang, code), lang).await?;
        }
        MethodKind::Sms => {
            let to = E164::parse(target).map_err(Error::InvalidInput)?;
            ports.sms.send_sms(&to, &say("code-sms", &args)).await?;
        }
    }
    Ok(())
}

/// What a call says, in `lang`: the code digit by digit, twice, slowly
/// enough to write down. The SSML names its language, so the voice reads
/// the words and the digits in it.
pub fn voice_script(lang: Language, org: &str, code: &str) -> String {
    voice_script_for(&OrgSettings { name: org.to_owned(), ..OrgSettings::default() }, lang, code)
}

/// [`voice_script`] in the organisation's own words, where it has them.
pub fn voice_script_for(settings: &OrgSettings, lang: Language, code: &str) -> String {
    let spaced = code.chars().map(String::from).collect::<Vec<_>>().join(" ");
    let args = Args::new().text("org", settings.name.as_str());
    let intro = escape_html(&say_for(settings, lang, "code-voice-intro", &args));
    let again = escape_html(&say_for(settings, lang, "code-voice-again", &args));
    format!(
        "<speak xml:lang=\"{locale}\">{intro} <break time=\"500ms\"/><prosody rate=\"slow\"><say-as interpret-as=\"digits\">{spaced}</say-as></prosody>. <break time=\"1s\"/>{again} <prosody rate=\"slow\"><say-as interpret-as=\"digits\">{spaced}</say-as></prosody>.</speak>",
        locale = voice_locale(lang),
    )
}

/// The locale a call is spoken in (the voices' own names for them).
pub fn voice_locale(lang: Language) -> &'static str {
    match lang {
        Language::En => "en-US",
        Language::Fr => "fr-FR",
        Language::De => "de-DE",
        Language::Es => "es-ES",
        Language::Pt => "pt-BR",
        Language::Ja => "ja-JP",
        Language::Ar => "arb",
    }
}

pub fn escape_html(text: &str) -> String {
    text.replace('&', "&amp;").replace('<', "&lt;").replace('>', "&gt;").replace('"', "&quot;")
}
