//! Lambda function for the `agents` route group: the writeback agents' signed calls.

use latchkey_api::RouteGroup;

#[tokio::main]
async fn main() -> Result<(), lambda_http::Error> {
    latchkey_api::lambda::serve(RouteGroup::Agents).await
}
