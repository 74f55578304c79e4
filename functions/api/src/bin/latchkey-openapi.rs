//! Prints the OpenAPI document `/openapi.json` serves (the same value, pretty
//! printed), so a change to the routes can be compared against an earlier
//! document with `infra/openapi-compare.sh`.

fn main() -> Result<(), serde_json::Error> {
    println!("{}", serde_json::to_string_pretty(&latchkey_api::openapi::document())?);
    Ok(())
}
