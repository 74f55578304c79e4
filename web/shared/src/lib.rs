//! What the user portal and the admin console share, so each app keeps only
//! its own pages: mounting and the app frame ([`shell`]), pages and in-app
//! links ([`nav`]), the live message region ([`notice`]), the same-origin
//! REST client ([`http`]) and the calls both make ([`api`]), the labelled
//! form field ([`field`]), the sign-in form ([`signin`]) and passkeys in the
//! browser ([`passkey`]), the reader's language
//! and its catalogue ([`i18n`]) with its picker ([`language`]) and instants in the
//! reader's own locale ([`time`]).

pub mod api;
pub mod field;
pub mod http;
pub mod i18n;
pub mod language;
pub mod nav;
pub mod notice;
pub mod passkey;
pub mod shell;
pub mod signin;
pub mod time;
