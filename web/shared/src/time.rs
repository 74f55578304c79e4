//! Instants and durations the way the reader says them: their own locale and
//! time zone, months spelt out, "in 3 minutes" rather than a count of seconds.

/// "in 3 minutes", "in about 2 hours".
pub fn in_words(seconds: u64) -> String {
    match seconds {
        0..=59 => "in under a minute".to_owned(),
        60..=119 => "in a minute".to_owned(),
        120..=3599 => format!("in {} minutes", seconds.div_ceil(60)),
        3600..=7199 => "in about an hour".to_owned(),
        _ => format!("in about {} hours", seconds.div_ceil(3600)),
    }
}

/// The wall-clock time `seconds` from now, in the browser's own locale and zone.
pub fn local_time_in(seconds: u64) -> String {
    let at = js_sys::Date::new_0();
    at.set_time(at.get_time() + seconds as f64 * 1000.0);
    time_of(&at)
}

/// An RFC 3339 instant's time of day, in the browser's own locale and zone.
pub fn local_time(rfc3339: &str) -> String {
    time_of(&js_sys::Date::new(&wasm_bindgen::JsValue::from_str(rfc3339)))
}

/// The calendar date of an RFC 3339 instant, in the browser's own locale and
/// zone, month spelt out ("21 December 2026") so no one misreads 03/04.
pub fn local_date(rfc3339: &str) -> String {
    format_date(rfc3339, &[("day", "numeric"), ("month", "long"), ("year", "numeric")])
}

/// Date and time of an RFC 3339 instant ("21 Dec 2026, 14:05").
pub fn local_date_time(rfc3339: &str) -> String {
    format_date(
        rfc3339,
        &[
            ("day", "numeric"),
            ("month", "short"),
            ("year", "numeric"),
            ("hour", "2-digit"),
            ("minute", "2-digit"),
        ],
    )
}

fn format_date(rfc3339: &str, parts: &[(&str, &str)]) -> String {
    let date = js_sys::Date::new(&wasm_bindgen::JsValue::from_str(rfc3339));
    String::from(date.to_locale_string("default", &options(parts)))
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
    String::from(date.to_locale_time_string_with_options("default", &options))
}

/// A day as the reader says it briefly ("2 Dec"), for a chart's axis.
pub fn short_date(date: &js_sys::Date) -> String {
    String::from(date.to_locale_date_string("default", &options(&[("day", "numeric"), ("month", "short")])))
}
