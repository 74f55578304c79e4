//! The reader's language. Every word either app shows comes from its
//! catalogue (`web/<app>/i18n/<lang>/*.ftl`, compiled to one JSON file per
//! language by `web/build.sh`): the WASM carries no language of its own.
//!
//! `lang.js` picks the language before the WASM has arrived — `?lang=`, then
//! the reader's own choice on this device, then the browser's languages,
//! then the organisation's default — sets `<html lang dir>`, and starts
//! fetching that catalogue alongside the WASM; [`load`] takes it over.
//! Choosing another language stores the choice and reloads the page
//! ([`choose`]): the catalogue is read once, so no text waits on a signal.

use std::cell::RefCell;
use std::collections::HashMap;

use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;

/// A message of a catalogue, by id. The apps name them through the
/// constants their build script writes (`k::SIGNIN_TITLE`), so a
/// misspelt or removed message does not compile.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Key(pub &'static str);

/// The keys of the shared widgets' catalogue (`web/shared/i18n`).
pub mod k {
    use super::Key;
    include!(concat!(env!("OUT_DIR"), "/keys.rs"));
}

/// The languages Latchkey speaks: the wire type the API reads and writes.
pub use latchkey_dto::Language as Lang;

/// Where the reader's own choice is kept on this device (`lang.js` reads it).
const CHOICE: &str = "latchkey.lang";

/// The catalogue as the browser parsed it (`JSON.parse`: no parser in the
/// WASM), and each message once read, as Rust text for the page's lifetime.
struct Catalogue {
    lang: Lang,
    messages: js_sys::Object,
}

thread_local! {
    static CATALOGUE: RefCell<Option<Catalogue>> = const { RefCell::new(None) };
    // Leaked once per message and page load: a message is handed out as
    // `&'static str`, like the literal it replaced.
    static READ: RefCell<HashMap<(&'static str, String), &'static str>> = RefCell::new(HashMap::new());
    static PLURALS: RefCell<Option<js_sys::Intl::PluralRules>> = const { RefCell::new(None) };
}

/// Takes over the catalogue `lang.js` started fetching (a promise of its
/// parsed JSON on `window.__latchkeyCatalogue`, for the language in
/// `<html lang>`). An error when there is none or it is not a catalogue.
pub async fn load() -> Result<(), JsValue> {
    let window = web_sys::window().ok_or("no window")?;
    let pending = js_sys::Reflect::get(&window, &"__latchkeyCatalogue".into())?;
    let messages =
        JsFuture::from(pending.dyn_into::<js_sys::Promise>()?).await?.dyn_into::<js_sys::Object>()?;
    let lang = window
        .document()
        .and_then(|d| d.document_element())
        .and_then(|html| html.get_attribute("lang"))
        .and_then(|tag| Lang::from_tag(&tag))
        .unwrap_or(Lang::En);
    CATALOGUE.with(|c| *c.borrow_mut() = Some(Catalogue { lang, messages }));
    Ok(())
}

/// The language the page is in.
pub fn lang() -> Lang {
    CATALOGUE.with(|c| c.borrow().as_ref().map_or(Lang::En, |c| c.lang))
}

/// Shows the page in `lang` from now on, on this device: stores the choice
/// and reloads (at the same address, without a `?lang=` that would win).
pub fn choose(lang: Lang) {
    let Some(window) = web_sys::window() else { return };
    if let Ok(Some(storage)) = window.local_storage() {
        let _ = storage.set_item(CHOICE, lang.tag());
    }
    if let Ok(Some(storage)) = window.session_storage() {
        let _ = storage.remove_item(CHOICE);
    }
    let location = window.location();
    let search = location.search().unwrap_or_default();
    let kept: Vec<&str> = search
        .trim_start_matches('?')
        .split('&')
        .filter(|p| !p.is_empty() && !p.starts_with("lang="))
        .collect();
    let query = if kept.is_empty() { String::new() } else { format!("?{}", kept.join("&")) };
    let path = location.pathname().unwrap_or_default();
    let _ = location.replace(&format!("{path}{query}"));
}

/// After sign-in: the user's stored language, when they have one and the
/// page is in another, becomes the page's ([`choose`]). True when the page
/// is reloading for it.
pub fn follow(stored: Option<&str>) -> bool {
    match stored.and_then(Lang::from_tag) {
        Some(wanted) if wanted != lang() => {
            choose(wanted);
            true
        }
        _ => false,
    }
}

/// Variant `variant` of message `key` (`""`: the message itself, when it is
/// a text), read once.
fn read(key: Key, variant: &str) -> Option<&'static str> {
    let name = (key.0, variant.to_owned());
    if let Some(found) = READ.with(|r| r.borrow().get(&name).copied()) {
        return Some(found);
    }
    let value = CATALOGUE.with(|c| {
        let c = c.borrow();
        let message = js_sys::Reflect::get(&c.as_ref()?.messages, &key.0.into()).ok()?;
        if variant.is_empty() {
            message.as_string()
        } else {
            js_sys::Reflect::get(&message, &variant.into()).ok()?.as_string()
        }
    })?;
    let text: &'static str = Box::leak(value.into_boxed_str());
    READ.with(|r| r.borrow_mut().insert(name, text));
    Some(text)
}

/// A message without placeholders. (A missing one shows its id: the
/// catalogue tests keep that from happening.)
pub fn t(key: Key) -> &'static str {
    read(key, "").or_else(|| default_variant(key)).unwrap_or(key.0)
}

/// The default variant of a message that chooses (`*` names it).
fn default_variant(key: Key) -> Option<&'static str> {
    let default = read(key, "*")?;
    read(key, default)
}

/// A value for a placeholder: numbers are written the reader's way and
/// choose plural forms; text is put in as it is.
pub enum Arg {
    Num(f64),
    Text(String),
}

macro_rules! number_arg {
    ($($t:ty),*) => {$(
        impl From<$t> for Arg {
            #[allow(clippy::cast_precision_loss, clippy::cast_lossless, reason = "counts on a page stay far below 2^53")]
            fn from(n: $t) -> Self {
                Arg::Num(n as f64)
            }
        }
    )*};
}
number_arg!(u8, u16, u32, u64, usize, i32, i64);

impl From<&str> for Arg {
    fn from(s: &str) -> Self {
        Arg::Text(s.to_owned())
    }
}

impl From<String> for Arg {
    fn from(s: String) -> Self {
        Arg::Text(s)
    }
}

impl From<&String> for Arg {
    fn from(s: &String) -> Self {
        Arg::Text(s.clone())
    }
}

/// A message with its placeholders filled: `tf(k::USERS_MATCH, &[("count", n.into())])`.
pub fn tf(key: Key, args: &[(&str, Arg)]) -> String {
    let pattern = read(key, "").or_else(|| choose_variant(key, args)).unwrap_or(key.0);
    fill(pattern, args)
}

fn choose_variant(key: Key, args: &[(&str, Arg)]) -> Option<&'static str> {
    let var = read(key, "$")?;
    let exact = match args.iter().find(|(name, _)| *name == var).map(|(_, v)| v) {
        // Exact variants ([0]) name whole numbers; formatting a float would
        // bring all of Rust's float printing into the WASM.
        #[expect(clippy::cast_possible_truncation, reason = "only whole numbers name exact variants")]
        Some(Arg::Num(n)) => {
            let exact = (n.fract() == 0.0).then(|| (*n as i64).to_string());
            exact.and_then(|e| read(key, &e)).or_else(|| read(key, plural(*n)))
        }
        Some(Arg::Text(text)) => read(key, text),
        None => None,
    };
    exact.or_else(|| default_variant(key))
}

/// The CLDR plural category of `n` in the page's language, from the
/// browser's own rules (`Intl.PluralRules`).
fn plural(n: f64) -> &'static str {
    let category = PLURALS.with(|cell| {
        let mut cell = cell.borrow_mut();
        let rules = cell.get_or_insert_with(|| {
            let locales = js_sys::Array::of1(&lang().tag().into());
            js_sys::Intl::PluralRules::new(&locales, &js_sys::Object::new())
        });
        String::from(rules.select(n))
    });
    ["zero", "one", "two", "few", "many"].into_iter().find(|c| *c == category).unwrap_or("other")
}

/// A number the reader's way ("1,234", "1 234", "١٬٢٣٤").
pub fn number(n: f64) -> String {
    String::from(js_sys::Number::from(n).to_locale_string(lang().tag()))
}

fn fill(pattern: &str, args: &[(&str, Arg)]) -> String {
    let mut out = String::with_capacity(pattern.len() + 16);
    let mut rest = pattern;
    while let Some(start) = rest.find('{') {
        out.push_str(&rest[..start]);
        let after = &rest[start + 1..];
        let Some(end) = after.find('}') else {
            out.push_str(&rest[start..]);
            return out;
        };
        let name = &after[..end];
        match args.iter().find(|(n, _)| *n == name).map(|(_, v)| v) {
            Some(Arg::Num(n)) => out.push_str(&number(*n)),
            Some(Arg::Text(text)) => out.push_str(text),
            None => out.push_str(&rest[start..start + end + 2]),
        }
        rest = &after[end + 1..];
    }
    out.push_str(rest);
    out
}
