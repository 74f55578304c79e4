//! Lambda function for the `reports` route group (activity reports).

use latchkey_api::RouteGroup;

#[tokio::main]
async fn main() -> Result<(), lambda_http::Error> {
    latchkey_api::lambda::serve(RouteGroup::Reports).await
}
