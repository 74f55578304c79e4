//! Passkeys in the browser (WebAuthn): whether it can use them, making one,
//! signing in with one — from a button, from the browser's autofill of the
//! username field (conditional mediation), or as a sign-in's second step —
//! and proving a password reset's passkey method.
//!
//! The server's options travel to the browser as they came
//! (`PublicKeyCredential.parse…OptionsFromJSON`) and the browser's answer
//! back as its own `toJSON()`: the page parses and writes that JSON with the
//! browser's `JSON`, so no JSON value type is compiled into the WASM.

use std::cell::RefCell;

use js_sys::{JSON, Object, Reflect};
use latchkey_dto::{SessionApp, SignInResponse};
use wasm_bindgen::prelude::*;
use wasm_bindgen_futures::JsFuture;
use web_sys::{AbortController, AbortSignal};

use crate::http::{ApiError, Body, json, send_body};

#[wasm_bindgen]
extern "C" {
    #[wasm_bindgen(js_namespace = PublicKeyCredential, js_name = parseCreationOptionsFromJSON, catch)]
    fn parse_creation_options(options: &JsValue) -> Result<JsValue, JsValue>;
    #[wasm_bindgen(js_namespace = PublicKeyCredential, js_name = parseRequestOptionsFromJSON, catch)]
    fn parse_request_options(options: &JsValue) -> Result<JsValue, JsValue>;
    #[wasm_bindgen(js_namespace = PublicKeyCredential, js_name = isConditionalMediationAvailable, catch)]
    fn is_conditional_mediation_available() -> Result<js_sys::Promise, JsValue>;
    #[wasm_bindgen(js_namespace = ["navigator", "credentials"], js_name = create, catch)]
    fn credentials_create(options: &JsValue) -> Result<js_sys::Promise, JsValue>;
    #[wasm_bindgen(js_namespace = ["navigator", "credentials"], js_name = get, catch)]
    fn credentials_get(options: &JsValue) -> Result<js_sys::Promise, JsValue>;
}

/// Why a passkey ceremony ended without signing in or adding a passkey.
#[derive(Debug, Clone)]
pub enum Failure {
    /// The person closed the browser's prompt or let it run out
    /// (`NotAllowedError`): nothing went wrong, nothing to report loudly.
    Cancelled,
    /// The page stopped it (another way of signing in began).
    Aborted,
    /// Making a passkey: this device already holds one of the account's
    /// (`InvalidStateError`).
    OnThisDevice,
    /// The browser could not run it (no authenticator, not this site's).
    Browser,
    /// The server refused, or could not be reached.
    Api(ApiError),
}

impl From<ApiError> for Failure {
    fn from(e: ApiError) -> Self {
        Failure::Api(e)
    }
}

/// A refused browser call, by the `DOMException`'s name.
fn refused(error: JsValue) -> Failure {
    let name = Reflect::get(&error, &"name".into()).ok().and_then(|n| n.as_string()).unwrap_or_default();
    match name.as_str() {
        "NotAllowedError" => Failure::Cancelled, // not words: a DOMException's name
        "AbortError" => Failure::Aborted,        // not words: a DOMException's name
        "InvalidStateError" => Failure::OnThisDevice, // not words: a DOMException's name
        _ => Failure::Browser,
    }
}

/// Whether this browser can make and use passkeys the way the apps ask it
/// to (WebAuthn with its JSON helpers); without it, no passkey is offered.
pub fn supported() -> bool {
    let Some(window) = web_sys::window() else { return false };
    let class = Reflect::get(&window, &"PublicKeyCredential".into()); // not words: a class's name
    let Ok(class) = class else { return false };
    let has = |name: &str| Reflect::has(&class, &name.into()).unwrap_or(false);
    class.is_function()
        && has("parseCreationOptionsFromJSON")
        && has("parseRequestOptionsFromJSON")
        && Reflect::has(&window.navigator(), &"credentials".into()).unwrap_or(false)
}

/// Whether the browser offers passkeys among the username field's
/// suggestions (`isConditionalMediationAvailable`).
pub async fn autofill_available() -> bool {
    if !supported() {
        return false;
    }
    match is_conditional_mediation_available() {
        Ok(promise) => JsFuture::from(promise).await.is_ok_and(|v| v.is_truthy()),
        Err(_) => false,
    }
}

/// A ceremony's first step from the server: the options, the sealed
/// `ceremony` to send back, and when it runs out (ms since 1970).
struct Begun {
    options: JsValue,
    ceremony: JsValue,
    expires_at: f64,
}

impl Begun {
    /// Reads a `PasskeyCeremony` object the server sent.
    fn read(ceremony: &JsValue) -> Begun {
        let expires_at =
            field(ceremony, "expires_at").as_string().map_or(f64::NAN, |at| js_sys::Date::parse(&at));
        Begun { options: field(ceremony, "options"), ceremony: field(ceremony, "ceremony"), expires_at }
    }
}

/// `object.name`, or `undefined`.
fn field(object: &JsValue, name: &str) -> JsValue {
    Reflect::get(object, &name.into()).unwrap_or(JsValue::UNDEFINED)
}

/// POSTs `body` (written by the browser's `JSON`), or nothing; the 2xx
/// answer, parsed the same way.
async fn post(path: &str, body: Option<&Object>, token: Option<&str>) -> Result<JsValue, Failure> {
    let text = match body {
        Some(body) => JSON::stringify(body).map(String::from).map_err(|_| Failure::Browser)?,
        None => String::new(),
    };
    let body: Body<()> = if body.is_some() {
        Body::Text { content_type: "application/json", text: &text }
    } else {
        Body::None
    };
    let answer = send_body("POST", path, body, token).await?;
    Ok(JSON::parse(&answer).map_err(|_| ApiError::Unexpected(200))?)
}

async fn begin(path: &str, body: Option<&Object>, token: Option<&str>) -> Result<Begun, Failure> {
    Ok(Begun::read(&post(path, body, token).await?))
}

/// Sends the browser's `credential` back with its ceremony (and `extra`
/// fields); the server's answer on success.
async fn finish(
    path: &str,
    token: Option<&str>,
    begun: &Begun,
    credential: &JsValue,
    extra: &[(&str, JsValue)],
) -> Result<String, Failure> {
    let body = Object::new();
    let _ = Reflect::set(&body, &"ceremony".into(), &begun.ceremony);
    // `JSON.stringify` writes the credential through its own `toJSON()`.
    let _ = Reflect::set(&body, &"response".into(), credential);
    for (name, value) in extra {
        let _ = Reflect::set(&body, &(*name).into(), value);
    }
    let text: String = JSON::stringify(&body).map(String::from).map_err(|_| Failure::Browser)?;
    let body: Body<()> = Body::Text { content_type: "application/json", text: &text };
    Ok(send_body("POST", path, body, token).await?)
}

/// Asks the browser for a passkey of this site: a prompt, or — with
/// `autofill` — the username field's suggestions, until `autofill` aborts.
async fn get(begun: &Begun, autofill: Option<&AbortSignal>) -> Result<JsValue, Failure> {
    let request = Object::new();
    let _ =
        Reflect::set(&request, &"publicKey".into(), &parse_request_options(&begun.options).map_err(refused)?);
    if let Some(signal) = autofill {
        let _ = Reflect::set(&request, &"mediation".into(), &"conditional".into());
        let _ = Reflect::set(&request, &"signal".into(), signal);
    }
    JsFuture::from(credentials_get(&request).map_err(refused)?).await.map_err(refused)
}

fn app_name(app: SessionApp) -> &'static str {
    match app {
        SessionApp::Portal => "portal",
        SessionApp::Console => "console",
    }
}

/// Signs in with a passkey and no password, from a button: the browser's
/// prompt, then the server's answer, handled like a password's.
pub async fn sign_in(app: SessionApp) -> Result<SignInResponse, Failure> {
    stop_autofill();
    let begun = begin("/v1/sessions/passkey/options", None, None).await?;
    let credential = get(&begun, None).await?;
    finish_sign_in(app, &begun, &credential).await
}

async fn finish_sign_in(
    app: SessionApp,
    begun: &Begun,
    credential: &JsValue,
) -> Result<SignInResponse, Failure> {
    let extra = [("app", JsValue::from_str(app_name(app)))];
    Ok(json(finish("/v1/sessions/passkey", None, begun, credential, &extra).await?)?)
}

/// The second step of a sign-in whose password was right, with the
/// password step's `token`.
pub async fn second_step(token: &str) -> Result<SignInResponse, Failure> {
    stop_autofill();
    let begun = begin("/v1/sessions/passkey/second-step/options", None, Some(token)).await?;
    let credential = get(&begun, None).await?;
    Ok(json(finish("/v1/sessions/passkey/second-step", Some(token), &begun, &credential, &[]).await?)?)
}

/// Makes a passkey for the signed-in user and keeps it under `name`: the
/// server's `PasskeyView` of it. A session over five minutes old is refused
/// with `reauthentication_required` unless `current_password` comes along.
pub async fn register(
    token: &str,
    current_password: Option<&str>,
    name: &str,
) -> Result<latchkey_dto::PasskeyView, Failure> {
    let body = Object::new();
    if let Some(password) = current_password {
        let _ = Reflect::set(&body, &"current_password".into(), &password.into());
    }
    let begun = begin("/v1/me/passkeys/options", Some(&body), Some(token)).await?;
    let request = Object::new();
    let options = parse_creation_options(&begun.options).map_err(refused)?;
    let _ = Reflect::set(&request, &"publicKey".into(), &options);
    let credential = JsFuture::from(credentials_create(&request).map_err(refused)?).await.map_err(refused)?;
    let extra = [("name", JsValue::from_str(name))];
    Ok(json(finish("/v1/me/passkeys", Some(token), &begun, &credential, &extra).await?)?)
}

/// Proves a reset's passkey method: `challenges` answers with the ceremony
/// (its `passkey`), the browser gives a passkey of this site, and
/// `verifications` takes it for `method_id`; the server's answer. No
/// credential is named up front: the server checks that the passkey picked
/// is one of the flow's user's.
pub async fn prove_reset(
    challenges: &str,
    verifications: &str,
    method_id: &str,
) -> Result<latchkey_dto::VerifyResponse, Failure> {
    stop_autofill();
    let asked = Object::new();
    let _ = Reflect::set(&asked, &"method_id".into(), &method_id.into());
    let ceremony = field(&post(challenges, Some(&asked), None).await?, "passkey");
    if !ceremony.is_object() {
        // The method sent a code instead: not the contract for a passkey.
        return Err(ApiError::Unexpected(202).into());
    }
    let begun = Begun::read(&ceremony);
    let credential = get(&begun, None).await?;
    let proof = Object::new();
    let _ = Reflect::set(&proof, &"ceremony".into(), &begun.ceremony);
    // `JSON.stringify` writes the credential through its own `toJSON()`.
    let _ = Reflect::set(&proof, &"response".into(), &credential);
    let body = Object::new();
    let _ = Reflect::set(&body, &"method_id".into(), &method_id.into());
    let _ = Reflect::set(&body, &"passkey".into(), &proof);
    let text: String = JSON::stringify(&body).map(String::from).map_err(|_| Failure::Browser)?;
    let body: Body<()> = Body::Text { content_type: "application/json", text: &text };
    Ok(json(send_body("POST", verifications, body, None).await?)?)
}

thread_local! {
    // The autofill request waiting in the username field, if any, and a
    // count of stops: a request begun before the latest stop never starts.
    static AUTOFILL: RefCell<(u32, Option<AbortController>)> = const { RefCell::new((0, None)) };
}

/// Withdraws the passkeys from the username field's suggestions (the
/// password form was sent, the button pressed, or the form left).
pub fn stop_autofill() {
    AUTOFILL.with(|a| {
        let mut a = a.borrow_mut();
        a.0 = a.0.wrapping_add(1);
        if let Some(controller) = a.1.take() {
            controller.abort();
        }
    });
}

/// Milliseconds until a ceremony running out at `expires_at` (ms since
/// 1970) should be renewed: 15 s before, and never sooner than in 5 s.
#[expect(clippy::cast_possible_truncation, clippy::cast_sign_loss, reason = "a few minutes, positive")]
fn renewal_delay(expires_at: f64) -> u64 {
    if !expires_at.is_finite() {
        return 240_000;
    }
    (expires_at - js_sys::Date::now() - 15_000.0).max(5_000.0) as u64
}

fn stops() -> u32 {
    AUTOFILL.with(|a| a.borrow().0)
}

/// Offers the account's passkeys in the username field's suggestions, where
/// the browser can (`autocomplete="username webauthn"`); a passkey picked
/// there signs in, and `done` gets the server's answer. Renewed before the
/// server's ceremony runs out; quiet when the browser cannot or the person
/// does not pick one.
pub fn start_autofill(app: SessionApp, done: impl Fn(Result<SignInResponse, ApiError>) + 'static) {
    stop_autofill();
    let started = stops();
    leptos::task::spawn_local(async move {
        if !autofill_available().await {
            return;
        }
        loop {
            let Ok(begun) = begin("/v1/sessions/passkey/options", None, None).await else { return };
            let Ok(controller) = AbortController::new() else { return };
            let signal = controller.signal();
            if stops() != started {
                return;
            }
            AUTOFILL.with(|a| a.borrow_mut().1 = Some(controller.clone()));
            // A fresh ceremony a little before this one runs out.
            let renewing = std::rc::Rc::new(std::cell::Cell::new(false));
            let wait = renewal_delay(begun.expires_at);
            let renew = renewing.clone();
            let timer = move || {
                if stops() == started {
                    renew.set(true);
                    controller.abort();
                }
            };
            leptos::prelude::set_timeout(timer, std::time::Duration::from_millis(wait));
            match get(&begun, Some(&signal)).await {
                Ok(credential) => {
                    AUTOFILL.with(|a| a.borrow_mut().1 = None);
                    match finish_sign_in(app, &begun, &credential).await {
                        Ok(signed) => done(Ok(signed)),
                        Err(Failure::Api(e)) => done(Err(e)),
                        Err(_) => {}
                    }
                    return;
                }
                Err(Failure::Aborted) if renewing.get() && stops() == started => {}
                Err(_) => return,
            }
        }
    });
}
