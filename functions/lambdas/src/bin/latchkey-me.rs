//! Lambda function for the `me` route group (registration).

use latchkey_api::RouteGroup;

#[tokio::main]
async fn main() -> Result<(), lambda_http::Error> {
    latchkey_api::lambda::serve(RouteGroup::Me).await
}
