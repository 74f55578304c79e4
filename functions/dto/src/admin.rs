//! What the administrators' console and the help desk send and read.

mod groups;
mod import;
mod policies;
mod settings;
mod users;
mod verification;

pub use groups::*;
pub use import::*;
pub use policies::*;
pub use settings::*;
pub use users::*;
pub use verification::*;
