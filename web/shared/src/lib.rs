//! What the user portal and the admin console share, so each app keeps only
//! its own pages: the same-origin REST client ([`http`]), instants in the
//! reader's own locale ([`time`]) and the labelled form field ([`field`]).

pub mod field;
pub mod http;
pub mod nav;
pub mod time;
