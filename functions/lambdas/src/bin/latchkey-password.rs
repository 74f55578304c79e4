//! Lambda function for the `password` route group.

use latchkey_api::RouteGroup;

#[tokio::main]
async fn main() -> Result<(), lambda_http::Error> {
    latchkey_api::lambda::serve(RouteGroup::Password).await
}
