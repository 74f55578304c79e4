//! Lambda function for the `me` route group (registration).

use latchkey_api::RouteGroup;

fn main() -> Result<(), lambda_http::Error> {
    latchkey_api::lambda::run(RouteGroup::Me)
}
