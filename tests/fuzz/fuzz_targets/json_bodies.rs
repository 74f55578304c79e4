//! Every request body type through `latchkey_api::extract::parse_json` (what
//! `ApiJson` runs), then the domain parse its handler runs next. The first
//! byte picks the type, the rest is the body. A body parses exactly when
//! serde_json alone would take it; otherwise the error is `invalid_request`, a
//! 400 problem+json, whose detail never echoes a submitted value (a string
//! value holding `SECRET` never shows in it unless some key does: names of
//! fields are echoed by design).
#![no_main]

use axum::http::{StatusCode, header};
use axum::response::IntoResponse;
use latchkey_api::ApiError;
use latchkey_api::extract::parse_json;
use latchkey_core::model::questions::normalise_answer;
use latchkey_core::model::values::{E164, Email, Password, Username};
use latchkey_dto::*;
use libfuzzer_sys::fuzz_target;
use serde::de::DeserializeOwned;
use serde_json::Value;

fn keys_mention_secret(value: &Value) -> bool {
    match value {
        Value::Object(map) => map.iter().any(|(k, v)| k.contains("SECRET") || keys_mention_secret(v)),
        Value::Array(items) => items.iter().any(keys_mention_secret),
        _ => false,
    }
}

/// Parses `body` as `T`, checks the error side, and hands a parsed body to `then`.
/// `parse_json` takes exactly what serde_json takes as `T` *and* is a JSON
/// object (serde would read an array of the fields, in order, as the struct).
fn body<T: DeserializeOwned>(body: &[u8], then: impl FnOnce(T)) {
    let object = matches!(serde_json::from_slice::<Value>(body), Ok(Value::Object(_)));
    let plain = serde_json::from_slice::<T>(body).ok().filter(|_| object).ok_or(());
    match parse_json::<T>(body) {
        Ok(parsed) => {
            assert!(plain.is_ok(), "serde_json refuses what parse_json took");
            then(parsed);
        }
        Err(err) => {
            assert!(plain.is_err(), "parse_json refuses what serde_json takes: {err:?}");
            let ApiError::InvalidRequest { field, detail } = &err else {
                panic!("a body is refused as invalid_request, not {err:?}");
            };
            assert!(!detail.is_empty());
            // Checked on JSON only: in a broken body the keys cannot be told apart from values.
            let echoed = detail.contains("SECRET") || field.as_deref().is_some_and(|f| f.contains("SECRET"));
            if let (true, Ok(value)) = (echoed, serde_json::from_slice::<Value>(body)) {
                assert!(keys_mention_secret(&value), "a value was echoed: {field:?} {detail:?}");
            }
            let response = err.into_response();
            assert_eq!(response.status(), StatusCode::BAD_REQUEST);
            assert_eq!(response.headers()[header::CONTENT_TYPE], "application/problem+json");
        }
    }
}

fn password(raw: &Redacted) {
    let _ = Password::parse(raw.expose(), "password");
}

fn answers(list: &[QuestionAnswer]) {
    for a in list {
        let _ = normalise_answer(a.answer.expose());
    }
}

fuzz_target!(|data: &[u8]| {
    let Some((&which, json)) = data.split_first() else { return };
    match which % 16 {
        0 => body(json, |b: SignInRequest| {
            let _ = Username::parse(&b.username);
            password(&b.password);
        }),
        1 => body(json, |b: ChangePasswordRequest| {
            password(&b.current_password);
            password(&b.new_password);
        }),
        2 => body(json, |b: StartResetRequest| {
            let _ = Username::parse(&b.username);
        }),
        3 => body(json, |_: ChallengeRequest| {}),
        4 => body(json, |b: VerifyRequest| {
            let _ = b.code.as_ref().map(|code| code.expose().trim());
            answers(b.answers.as_deref().unwrap_or_default());
        }),
        5 => body(json, |b: ResetPasswordRequest| password(&b.new_password)),
        6 => body(json, |_: UnlockRequest| {}),
        7 => body(json, |b: RegisterEmailRequest| {
            let _ = Email::parse(&b.address);
            b.current_password.as_ref().map(password);
        }),
        8 => body(json, |b: RegisterMobileRequest| {
            let _ = E164::parse(&b.phone);
            b.current_password.as_ref().map(password);
        }),
        9 => body(json, |b: OfficePhoneRequest| {
            let _ = E164::parse(&b.phone);
        }),
        10 => body(json, |_: VerifyMethodRequest| {}),
        11 => body(json, |_: ConfirmMethodsRequest| {}),
        12 => body(json, |b: RegisterQuestionsRequest| {
            answers(&b.answers);
            b.current_password.as_ref().map(password);
        }),
        13 => body(json, |_: PasswordExpiryRequest| {}),
        // The admin policy bodies; the settings target checks what they set.
        14 => body(json, |_: UpdatePolicyRequest| {}),
        _ => body(json, |_: UpdatePasswordPolicyRequest| {}),
    }
});
