//! Lambda function for the `password` route group.

use latchkey_api::RouteGroup;

fn main() -> Result<(), lambda_http::Error> {
    latchkey_api::lambda::run(RouteGroup::Password)
}
