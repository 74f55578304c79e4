//! One-time codes: drawing them, and the messages that carry them. Shared by
//! self-service reset and method registration.

use crate::model::error::Error;
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

/// Sends `code` to `target` by email or SMS, branded with the organisation's name.
pub async fn send_code(
    ports: &Ports,
    settings: &OrgSettings,
    kind: MethodKind,
    target: &str,
    code: &OneTimeCode,
    purpose: Purpose,
) -> Result<(), Error> {
    let code = code.expose();
    let org = &settings.name;
    let minutes = settings.reset.code_lifetime_seconds.div_ceil(60);
    let why = match purpose {
        Purpose::Reset => {
            "If you did not ask to reset your password or unlock your account, ignore this message: nothing changes until the code is used."
        }
        Purpose::Register => {
            "Enter it where you added this address to your account, so it can be used to reset your password. If that was not you, ignore this message."
        }
        Purpose::Helpdesk => {
            "Your helpdesk asked for it to check it is you. Read it out only to the helpdesk person you are talking to; if you are not talking to your helpdesk, tell your administrator."
        }
    };
    match kind {
        MethodKind::Email => {
            let to = Email::parse(target).map_err(Error::InvalidInput)?;
            let org_html = escape_html(org);
            let message = EmailMessage {
                to,
                subject: format!("Your {org} verification code"),
                text: format!(
                    "Your {org} verification code is {code}.\n\nIt expires in {minutes} minutes. {why}"
                ),
                html: format!(
                    "<!doctype html><html><body style=\"font-family:sans-serif\"><h2>{org_html}</h2><p>Your verification code is</p><p style=\"font-size:28px;letter-spacing:4px\"><b>{code}</b></p><p>It expires in {minutes} minutes. {}</p></body></html>",
                    escape_html(why)
                ),
            };
            ports.email.send_email(&message).await?;
        }
        MethodKind::Questions | MethodKind::Authenticator => return Err(Error::NotSendable),
        MethodKind::Voice => {
            let to = E164::parse(target).map_err(Error::InvalidInput)?;
            ports.voice.call(&to, &voice_script(org, code)).await?;
        }
        MethodKind::Sms => {
            let to = E164::parse(target).map_err(Error::InvalidInput)?;
            let text = format!("{code} is your {org} verification code. It expires in {minutes} minutes.");
            ports.sms.send_sms(&to, &text).await?;
        }
    }
    Ok(())
}

/// What a call says: the code digit by digit, twice, slowly enough to write down.
pub fn voice_script(org: &str, code: &str) -> String {
    let spaced = code.chars().map(String::from).collect::<Vec<_>>().join(" ");
    let org = escape_html(org);
    format!(
        "<speak>This is {org}. Your verification code is <break time=\"500ms\"/><prosody rate=\"slow\"><say-as interpret-as=\"digits\">{spaced}</say-as></prosody>. <break time=\"1s\"/>Again: <prosody rate=\"slow\"><say-as interpret-as=\"digits\">{spaced}</say-as></prosody>.</speak>"
    )
}

pub fn escape_html(text: &str) -> String {
    text.replace('&', "&amp;").replace('<', "&lt;").replace('>', "&gt;").replace('"', "&quot;")
}
