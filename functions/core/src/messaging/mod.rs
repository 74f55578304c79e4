//! One-time codes and the notices people receive by email, text and call.

pub mod codes;
pub mod notices;
pub mod words;
