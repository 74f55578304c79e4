//! Lambda function for the `sessions` route group.

use latchkey_api::RouteGroup;

fn main() -> Result<(), lambda_http::Error> {
    latchkey_api::lambda::run(RouteGroup::Sessions)
}
