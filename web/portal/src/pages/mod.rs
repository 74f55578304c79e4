pub mod account;
pub mod authenticator;
pub mod change;
pub mod invite;
pub mod recover;
pub mod register;
pub mod report;
pub mod signin;
