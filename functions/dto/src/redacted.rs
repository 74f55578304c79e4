//! Secrets on the wire: passwords, codes, answers, keys and tokens.

use std::fmt;

use serde::{Deserialize, Serialize};

/// A string that must never reach a log: it travels as the plain JSON string
/// it is (`serde(transparent)`), but `Debug` prints `***`, so a whole request
/// or response can be logged, asserted on or shown in a panic without
/// leaking it.
///
/// There is no `Display` and no conversion back to `String`: the text is
/// read only through [`expose`](Self::expose) or
/// [`into_exposed`](Self::into_exposed), so every place in code that reads a
/// secret says so and can be found by searching for `expose`; serialising it
/// (to send it on the wire) also yields the text.
///
/// It has no OpenAPI schema of its own on purpose. A schema of its own would
/// turn each field into a `$ref` and change the document; instead a field of
/// this type says `schema(value_type = String, …)` with the limits of the
/// string it holds, and the `openapi` build fails where one forgets.
#[derive(Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(transparent)]
pub struct Redacted(String);

impl Redacted {
    /// Wraps a secret.
    pub fn new(secret: impl Into<String>) -> Self {
        Self(secret.into())
    }

    /// The secret itself, for a place that needs it (hashing it, checking it,
    /// sending it, showing it to its owner).
    pub fn expose(&self) -> &str {
        &self.0
    }

    /// The secret itself, owned.
    pub fn into_exposed(self) -> String {
        self.0
    }
}

impl fmt::Debug for Redacted {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("***")
    }
}

impl From<String> for Redacted {
    fn from(secret: String) -> Self {
        Self(secret)
    }
}

impl From<&str> for Redacted {
    fn from(secret: &str) -> Self {
        Self(secret.to_owned())
    }
}

#[cfg(test)]
mod tests {
    use super::Redacted;

    #[test]
    fn travels_as_a_plain_string_and_prints_stars() {
        let secret = Redacted::from("hunter2");
        assert_eq!(serde_json::to_string(&secret).unwrap(), r#""hunter2""#);
        let read: Redacted = serde_json::from_str(r#""hunter2""#).unwrap();
        assert_eq!(read, secret);
        assert_eq!(read.expose(), "hunter2");
        assert_eq!(format!("{secret:?}"), "***");
        assert_eq!(format!("{:?}", Some(secret.clone())), "Some(***)");
        assert_eq!(secret.into_exposed(), "hunter2");
    }
}
