pub mod account;
pub mod admin;
pub mod change;
pub mod recover;
pub mod register;
pub mod signin;
