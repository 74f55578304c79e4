//! Lambda function for the `reports` route group (activity reports).

use latchkey_api::RouteGroup;

fn main() -> Result<(), lambda_http::Error> {
    latchkey_api::lambda::run(RouteGroup::Reports)
}
