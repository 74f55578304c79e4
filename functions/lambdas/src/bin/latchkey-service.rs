//! Lambda function for the `service` route group.

use latchkey_api::RouteGroup;

#[tokio::main]
async fn main() -> Result<(), lambda_http::Error> {
    latchkey_api::lambda::serve(RouteGroup::Service).await
}
