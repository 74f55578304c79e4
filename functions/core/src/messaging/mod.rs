//! One-time codes and the notices people receive by email, text and call.

pub mod codes;
pub mod notices;
pub mod report_link;
#[cfg(feature = "words")]
pub mod wording;
pub mod words;
