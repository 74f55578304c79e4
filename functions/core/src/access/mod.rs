//! Who is calling and how often: the user behind a session, and the counted
//! tries and rate limits every proof and request is charged to.

pub mod limits;
pub mod session;
pub mod tally;
