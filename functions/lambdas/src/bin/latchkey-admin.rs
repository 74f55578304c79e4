//! Lambda function for the `admin` route group (reset policy).

use latchkey_api::RouteGroup;

#[tokio::main]
async fn main() -> Result<(), lambda_http::Error> {
    latchkey_api::lambda::serve(RouteGroup::Admin).await
}
