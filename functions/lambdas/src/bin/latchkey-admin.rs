//! Lambda function for the `admin` route group (reset policy).

use latchkey_api::RouteGroup;

fn main() -> Result<(), lambda_http::Error> {
    latchkey_api::lambda::run(RouteGroup::Admin)
}
