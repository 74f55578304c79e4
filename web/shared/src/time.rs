//! Instants and durations the way the reader says them: their own locale and
//! time zone, months spelt out, "in 3 minutes" rather than a count of seconds.

use chrono::{DateTime, Utc};

use crate::i18n::{k, lang, t, tf};

/// "in 3 minutes", "in about 2 hours".
pub fn in_words(seconds: u64) -> String {
    match seconds {
        0..=59 => t(k::TIME_IN_UNDER_A_MINUTE).to_owned(),
        60..=119 => t(k::TIME_IN_A_MINUTE).to_owned(),
        120..=3599 => tf(k::TIME_IN_MINUTES, &[("count", seconds.div_ceil(60).into())]),
        3600..=7199 => t(k::TIME_IN_ABOUT_AN_HOUR).to_owned(),
        _ => tf(k::TIME_IN_ABOUT_HOURS, &[("count", seconds.div_ceil(3600).into())]),
    }
}

/// The wall-clock time `seconds` from now, in the browser's own locale and zone.
pub fn local_time_in(seconds: u64) -> String {
    let at = js_sys::Date::new_0();
    at.set_time(at.get_time() + seconds as f64 * 1000.0);
    time_of(&at)
}

/// An instant's time of day, in the browser's own locale and zone.
pub fn local_time(at: &DateTime<Utc>) -> String {
    time_of(&js_date(at))
}

/// The calendar date of an instant, in the browser's own locale and zone,
/// month spelt out ("21 December 2026") so no one misreads 03/04.
pub fn local_date(at: &DateTime<Utc>) -> String {
    format_date(at, &[("day", "numeric"), ("month", "long"), ("year", "numeric")])
}

/// Date and time of an instant ("21 Dec 2026, 14:05").
pub fn local_date_time(at: &DateTime<Utc>) -> String {
    format_date(
        at,
        &[
            ("day", "numeric"),
            ("month", "short"),
            ("year", "numeric"),
            ("hour", "2-digit"),
            ("minute", "2-digit"),
        ],
    )
}

/// The browser's own date for an instant, from its milliseconds: no text
/// in between, so none of chrono's formatting is built into the apps.
fn js_date(at: &DateTime<Utc>) -> js_sys::Date {
    #[expect(clippy::cast_precision_loss, reason = "milliseconds since 1970 stay far below 2^53")]
    let millis = at.timestamp_millis() as f64;
    js_sys::Date::new(&wasm_bindgen::JsValue::from_f64(millis))
}

fn format_date(at: &DateTime<Utc>, parts: &[(&str, &str)]) -> String {
    String::from(js_date(at).to_locale_string(lang().tag(), &options(parts)))
}

fn options(parts: &[(&str, &str)]) -> wasm_bindgen::JsValue {
    let options = js_sys::Object::new();
    for (key, value) in parts {
        let _ = js_sys::Reflect::set(&options, &(*key).into(), &(*value).into());
    }
    options.into()
}

fn time_of(date: &js_sys::Date) -> String {
    let options = options(&[("hour", "2-digit"), ("minute", "2-digit")]);
    String::from(date.to_locale_time_string_with_options(lang().tag(), &options))
}

/// A day as the reader says it briefly ("2 Dec"), for a chart's axis.
pub fn short_date(date: &js_sys::Date) -> String {
    String::from(
        date.to_locale_date_string(lang().tag(), &options(&[("day", "numeric"), ("month", "short")])),
    )
}
