pub mod account;
pub mod change;
pub mod invite;
pub mod recover;
pub mod register;
pub mod signin;
