//! Lists a page at a time: the `limit` a list takes and the cursors that
//! say where the next page starts. Cursors travel as URL-safe base64, so
//! that they are opaque and survive a query string.

use base64::Engine;
use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use latchkey_core::admin::people::Cursor;
use latchkey_core::model::values::ParseError;

/// A list's `limit`: `default` when absent, else 1 to `max`.
pub fn page_limit(limit: Option<u32>, default: usize, max: usize) -> Result<usize, ParseError> {
    match limit.map(|n| n as usize) {
        None => Ok(default),
        Some(n) if (1..=max).contains(&n) => Ok(n),
        Some(_) => Err(ParseError::new("limit", format!("must be a whole number from 1 to {max}"))),
    }
}

/// Text a client must pass back untouched, as URL-safe base64.
pub fn encode_opaque(text: &str) -> String {
    URL_SAFE_NO_PAD.encode(text)
}

/// What `encode_opaque` encoded; any other text is not a cursor this API issued.
pub fn decode_opaque(raw: &str) -> Result<String, ParseError> {
    let bad = || ParseError::new("next", "is not a cursor this API issued");
    let bytes = URL_SAFE_NO_PAD.decode(raw).map_err(|_| bad())?;
    String::from_utf8(bytes).map_err(|_| bad())
}

/// A cursor into a list of people.
pub fn encode_cursor(cursor: &Cursor) -> String {
    encode_opaque(&cursor.encode())
}

/// A cursor into a list of people, as `encode_cursor` gave it.
pub fn decode_cursor(raw: &str) -> Result<Cursor, ParseError> {
    Cursor::decode(&decode_opaque(raw)?)
}
