//! Lambda function for the `agents` route group: the writeback agents' signed calls.

use latchkey_api::RouteGroup;

fn main() -> Result<(), lambda_http::Error> {
    latchkey_api::lambda::run(RouteGroup::Agents)
}
