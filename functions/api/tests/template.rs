//! `template.yaml` deploys exactly the routes the code serves, each in the
//! function of its route group, and each function's IAM policy names only the
//! tables that group uses.

#![expect(
    clippy::unwrap_used,
    clippy::expect_used,
    reason = "test code: a missing piece of the template fails the test"
)]

use std::collections::{BTreeMap, BTreeSet};

use axum::body::Body;
use axum::http::Request;
use latchkey_api::RouteGroup;
use tower::ServiceExt;

/// One `AWS::Serverless::Function` as the template declares it.
#[derive(Debug, Default)]
struct Function {
    binary: String,
    routes: BTreeSet<(String, String)>,
    tables: BTreeSet<String>,
    /// The SSM parameters its policy may read and its environment names.
    parameters: BTreeSet<String>,
    environment: BTreeSet<String>,
}

/// A small reader for this template's own layout: resources are the keys
/// indented two spaces under `Resources:`; a function's events are one line
/// each (`Method: X, Path: Y`), the tables its policy grants `!GetAtt Z.Arn`.
fn functions(template: &str) -> BTreeMap<String, Function> {
    let mut out = BTreeMap::new();
    let resources = template.split("\nResources:\n").nth(1).expect("a Resources section");
    let resources = resources.split("\nOutputs:").next().unwrap();
    let mut name = String::new();
    let mut block = String::new();
    let mut flush = |name: &str, block: &str| {
        if !block.contains("Type: AWS::Serverless::Function") {
            return;
        }
        let mut f = Function::default();
        for line in block.lines() {
            let line = line.trim();
            if let Some(binary) = line.strip_prefix("Binary: ") {
                f.binary = binary.trim().to_string();
            }
            if let (Some(m), Some(p)) = (line.split("Method: ").nth(1), line.split("Path: ").nth(1)) {
                let method = m.split([',', ' ', '}']).next().unwrap().to_string();
                let path = match p.strip_prefix('"') {
                    Some(quoted) => quoted.split('"').next().unwrap(),
                    None => p.split([' ', '}', ',']).next().unwrap(),
                }
                .to_string();
                f.routes.insert((method, path));
            }
            if let Some(param) = line.split(":parameter${").nth(1) {
                f.parameters.insert(param.split('}').next().unwrap().to_string());
            }
            if line.starts_with("LATCHKEY_") {
                f.environment.insert(line.split(':').next().unwrap().to_string());
            }
            if let Some(arn) = line.split("!GetAtt ").nth(1) {
                f.tables.insert(arn.split(".Arn").next().unwrap().to_string());
            }
            assert!(
                !line.contains("DynamoDBCrudPolicy"),
                "broad SAM policy templates are not least privilege"
            );
        }
        out.insert(name.to_string(), f);
    };
    for line in resources.lines() {
        let is_key = line.starts_with("  ") && !line.starts_with("   ") && line.trim_end().ends_with(':');
        if is_key {
            flush(&name, &block);
            name = line.trim().trim_end_matches(':').to_string();
            block.clear();
        } else {
            block.push_str(line);
            block.push('\n');
        }
    }
    flush(&name, &block);
    out
}

/// The functions that are no route group: the audit stream's publisher, the
/// webhooks' deliverer, and the scheduled work.
const EVENTS: &str = "latchkey-events";
const WEBHOOKS: &str = "latchkey-webhooks";
const SCHEDULE: &str = "latchkey-schedule";

fn template() -> String {
    std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/../../template.yaml"))
        .expect("template.yaml")
}

#[test]
fn every_route_is_deployed_in_its_groups_function_and_nothing_else_is() {
    let deployed = functions(&template());
    let routed =
        deployed.values().filter(|f| ![EVENTS, WEBHOOKS, SCHEDULE].contains(&f.binary.as_str())).count();
    assert_eq!(routed, RouteGroup::DEPLOYED.len(), "one function per route group: {deployed:#?}");
    let ops = latchkey_api::openapi::operations();
    assert!(ops.len() >= 11, "the OpenAPI document lists the routes: {ops:?}");
    for (group, binary) in RouteGroup::DEPLOYED {
        let function = deployed
            .values()
            .find(|f| f.binary == binary)
            .unwrap_or_else(|| panic!("no function with Binary: {binary} in template.yaml"));
        let expected: BTreeSet<(String, String)> = ops
            .iter()
            .filter(|(_, _, tag)| tag == group.tag())
            .map(|(m, p, _)| (m.clone(), p.clone()))
            .collect();
        assert!(!expected.is_empty(), "{group:?} has routes");
        assert_eq!(function.routes, expected, "routes of {binary}");
        assert!(
            std::path::Path::new(&format!("{}/../lambdas/src/bin/{binary}.rs", env!("CARGO_MANIFEST_DIR")))
                .exists(),
            "{binary} has a main"
        );
    }
}

#[test]
fn each_function_may_touch_only_its_groups_tables() {
    for (group, binary) in RouteGroup::DEPLOYED {
        let deployed = functions(&template());
        let function = deployed.values().find(|f| f.binary == binary).unwrap();
        let expected: BTreeSet<String> = group.tables().iter().map(|t| t.to_string()).collect();
        assert_eq!(function.tables, expected, "tables in the IAM policy of {binary}");
    }
}

#[test]
fn the_events_function_serves_no_route_and_reads_only_the_audit_stream() {
    let deployed = functions(&template());
    let events = deployed.values().find(|f| f.binary == EVENTS).expect("an events function");
    assert!(events.routes.is_empty(), "no HTTP route: {:?}", events.routes);
    let expected: BTreeSet<String> =
        ["AuditTable.StreamArn", "EventBus", "EventsDeadLetters"].map(String::from).into();
    assert_eq!(
        events.tables, expected,
        "it reads the audit stream, publishes to the bus, records what failed"
    );
    assert!(events.parameters.is_empty(), "it reads no secret: {:?}", events.parameters);
    assert!(events.environment.contains("LATCHKEY_EVENT_BUS"));
    assert!(
        std::path::Path::new(&format!("{}/../lambdas/src/bin/{EVENTS}.rs", env!("CARGO_MANIFEST_DIR")))
            .exists(),
        "{EVENTS} has a main"
    );
    let audit =
        template().split("\n  AuditTable:\n").nth(1).unwrap().split("\n\n").next().unwrap().to_string();
    assert!(audit.contains("StreamViewType: NEW_IMAGE"), "the audit table streams its new items");
}

#[test]
fn the_schedule_function_serves_no_route_runs_on_a_schedule_and_reads_no_secret() {
    let template = template();
    let deployed = functions(&template);
    let schedule = deployed.values().find(|f| f.binary == SCHEDULE).expect("a schedule function");
    assert!(schedule.routes.is_empty(), "no HTTP route: {:?}", schedule.routes);
    let expected: BTreeSet<String> = ["DirectoryTable", "AuditTable"].map(String::from).into();
    assert_eq!(schedule.tables, expected, "the users and their audit events, nothing else");
    assert!(schedule.parameters.is_empty(), "it reads no secret: {:?}", schedule.parameters);
    assert!(schedule.environment.contains("LATCHKEY_PORTAL_URL"));
    let block = template.split("\n  ScheduleFunction:\n").nth(1).unwrap().split("\n\n").next().unwrap();
    assert!(block.contains("Type: ScheduleV2") && block.contains("ScheduleExpression: rate("), "{block}");
    assert!(
        std::path::Path::new(&format!("{}/../lambdas/src/bin/{SCHEDULE}.rs", env!("CARGO_MANIFEST_DIR")))
            .exists(),
        "{SCHEDULE} has a main"
    );
}

#[test]
fn only_the_function_that_signs_can_read_the_private_key() {
    let deployed = functions(&template());
    for (group, binary) in RouteGroup::DEPLOYED {
        let function = deployed.values().find(|f| f.binary == binary).unwrap();
        let reads_private = function.parameters.contains("SigningKeyParameter");
        assert_eq!(reads_private, group.signs(), "{binary} may read the signing key: {}", group.signs());
        assert_eq!(
            function.environment.contains("LATCHKEY_SIGNING_KEY_PARAMETER"),
            group.signs(),
            "{binary} is told where the signing key is"
        );
        assert!(
            function.parameters.contains("PublicKeysParameter"),
            "{binary} verifies with the public keys"
        );
    }
    assert_eq!(RouteGroup::DEPLOYED.iter().filter(|(g, _)| g.signs()).count(), 1, "one signer");
    let globals = template().split("\nResources:\n").next().unwrap().to_string();
    assert!(!globals.contains("LATCHKEY_SIGNING_KEY_PARAMETER"), "the signing key is not a global setting");
}

#[test]
fn only_the_functions_that_seal_or_open_can_read_the_sealing_keys() {
    let deployed = functions(&template());
    for (group, binary) in RouteGroup::DEPLOYED {
        let function = deployed.values().find(|f| f.binary == binary).unwrap();
        assert_eq!(
            function.parameters.contains("SealingKeyParameter"),
            group.seals(),
            "{binary} may read the sealing keys: {}",
            group.seals()
        );
        assert_eq!(
            function.environment.contains("LATCHKEY_SEALING_KEY_PARAMETER"),
            group.seals(),
            "{binary} is told where the sealing keys are"
        );
    }
    let globals = template().split("\nResources:\n").next().unwrap().to_string();
    assert!(!globals.contains("LATCHKEY_SEALING_KEY_PARAMETER"), "the sealing keys are not a global setting");
}

#[test]
fn every_anonymous_route_that_judges_a_secret_has_a_throttle_of_its_own() {
    let template = template();
    let settings = template.split("\n      RouteSettings:\n").nth(1).unwrap().split("\n\n").next().unwrap();
    for route in [
        "POST /v1/sessions",
        "POST /v1/sessions/authenticator",
        "POST /v1/resets",
        "POST /v1/resets/{reset_id}/challenges",
        "POST /v1/resets/{reset_id}/verifications",
        "POST /v1/invitations/accept",
        "POST /v1/oauth/token",
        "POST /v1/agent/enrol",
    ] {
        let line = settings.lines().find(|l| l.trim_start().starts_with(&format!("\"{route}\":")));
        let line = line.unwrap_or_else(|| panic!("{route} has no route throttle"));
        assert!(line.contains("ThrottlingBurstLimit") && line.contains("ThrottlingRateLimit"), "{line}");
    }
}

#[tokio::test]
async fn each_groups_router_serves_its_documented_routes_and_only_those() {
    let app = latchkey_api::App::new(
        latchkey_core::testing::FakeWorld::new().ports,
        latchkey_api::Tokens::from_pem(
            &latchkey_api::Tokens::generate_pem(),
            "t",
            chrono::Duration::minutes(5),
        )
        .unwrap(),
    );
    let ops = latchkey_api::openapi::operations();
    for (group, _) in RouteGroup::DEPLOYED {
        let router = latchkey_api::router(app.clone(), group);
        for (method, path, tag) in &ops {
            let uri = path.replace("{reset_id}", &"a".repeat(64));
            let request = Request::builder().method(method.as_str()).uri(&uri).body(Body::empty()).unwrap();
            let status = router.clone().oneshot(request).await.unwrap().status().as_u16();
            if tag == group.tag() {
                assert!(
                    status != 404 && status != 405,
                    "{group:?} should serve {method} {path} (got {status})"
                );
            } else {
                assert_eq!(status, 404, "{group:?} must not serve {method} {path}");
            }
        }
    }
}
