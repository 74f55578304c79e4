//! SCIM filters (RFC 7644 §3.4.2.2): judged against a user's resource, and
//! turned into the read of an index that finds the candidates.
//!
//! The grammar is `scim_v2`'s (with its depth limit); what a filter means
//! is here. Attribute names match case-insensitively; string comparisons
//! are case-insensitive but for `id` and `externalId` (case-exact, RFC 7643
//! §4.1); `gt`/`ge`/`lt`/`le` compare dates as dates and other text in order.

use scim_v2::filter::{AttrExp, AttrPath, CompValue, CompareOp, Filter, ValFilter};
use serde_json::{Map, Value};

use super::resource::{ENTERPRISE_SCHEMA, USER_SCHEMA, get};
use crate::model::search::UserIndex;

/// How the candidates for a filter are read.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Plan {
    /// One user by name (`userName eq "…"`).
    Username(String),
    /// The users whose key in `index` starts with the text (lower case).
    Prefix(UserIndex, String),
    /// The union of both plans' candidates (`… or …`).
    Either(Box<Plan>, Box<Plan>),
    /// No index answers the filter: every user, in name order, up to the bound.
    Walk,
}

fn attr_is(path: &AttrPath, name: &str, sub: Option<&str>) -> bool {
    let uri_ok = path.uri.as_deref().is_none_or(|u| u.eq_ignore_ascii_case(USER_SCHEMA));
    uri_ok
        && path.name.eq_ignore_ascii_case(name)
        && match (sub, path.sub_attr.as_deref()) {
            (None, None) => true,
            (Some(want), Some(got)) => want.eq_ignore_ascii_case(got),
            _ => false,
        }
}

/// The index that finds every user `filter` can match, when there is one.
pub fn plan(filter: &Filter) -> Plan {
    match filter {
        Filter::Attr(AttrExp::Comparison(path, op, CompValue::Str(value))) => {
            let value = value.to_lowercase();
            let email = attr_is(path, "emails", Some("value")) || attr_is(path, "emails", None);
            match op {
                CompareOp::Eq if attr_is(path, "userName", None) => Plan::Username(value),
                CompareOp::Sw if attr_is(path, "userName", None) => Plan::Prefix(UserIndex::Username, value),
                CompareOp::Eq | CompareOp::Sw if attr_is(path, "displayName", None) => {
                    Plan::Prefix(UserIndex::DisplayName, value)
                }
                CompareOp::Eq | CompareOp::Sw if email => Plan::Prefix(UserIndex::Email, value),
                _ => Plan::Walk,
            }
        }
        Filter::ValuePath(vp) if vp.attr.name.eq_ignore_ascii_case("emails") => match &*vp.filter {
            ValFilter::Attr(AttrExp::Comparison(
                path,
                op @ (CompareOp::Eq | CompareOp::Sw),
                CompValue::Str(v),
            )) if attr_is(path, "value", None) => {
                let _ = op;
                Plan::Prefix(UserIndex::Email, v.to_lowercase())
            }
            _ => Plan::Walk,
        },
        Filter::And(a, b) => match plan(a) {
            Plan::Walk => plan(b),
            found => found,
        },
        Filter::Or(a, b) => match (plan(a), plan(b)) {
            (Plan::Walk, _) | (_, Plan::Walk) => Plan::Walk,
            (a, b) => Plan::Either(Box::new(a), Box::new(b)),
        },
        _ => Plan::Walk,
    }
}

/// Whether `resource` (a user's, as `to_resource` writes it) matches `filter`.
pub fn matches(filter: &Filter, resource: &Value) -> bool {
    let Value::Object(map) = resource else { return false };
    match filter {
        Filter::Attr(exp) => attr_matches(exp, map),
        Filter::ValuePath(vp) => elements(map, &vp.attr)
            .into_iter()
            .any(|v| matches!(v, Value::Object(element) if val_matches(&vp.filter, element))),
        Filter::Not(inner) => !matches(inner, resource),
        Filter::And(a, b) => matches(a, resource) && matches(b, resource),
        Filter::Or(a, b) => matches(a, resource) || matches(b, resource),
    }
}

fn val_matches(filter: &ValFilter, element: &Map<String, Value>) -> bool {
    match filter {
        ValFilter::Attr(exp) => attr_matches(exp, element),
        ValFilter::Not(inner) => !val_matches(inner, element),
        ValFilter::And(a, b) => val_matches(a, element) && val_matches(b, element),
        ValFilter::Or(a, b) => val_matches(a, element) || val_matches(b, element),
    }
}

/// The elements of the multi-valued attribute at `path` (its values
/// themselves, for a value filter to judge).
fn elements<'a>(map: &'a Map<String, Value>, path: &AttrPath) -> Vec<&'a Value> {
    let whole = AttrPath { sub_attr: None, ..path.clone() };
    match values_in(map, &whole) {
        Some(Value::Array(list)) => list.iter().collect(),
        Some(v) => vec![v],
        None => Vec::new(),
    }
}

/// The attribute at `path` (its sub-attribute ignored), in the resource
/// or the enterprise extension.
fn values_in<'a>(map: &'a Map<String, Value>, path: &AttrPath) -> Option<&'a Value> {
    let container = match path.uri.as_deref() {
        Some(uri) if uri.eq_ignore_ascii_case(ENTERPRISE_SCHEMA) => match get(map, ENTERPRISE_SCHEMA) {
            Some(Value::Object(e)) => e,
            _ => return None,
        },
        Some(uri) if !uri.eq_ignore_ascii_case(USER_SCHEMA) => return None,
        _ => map,
    };
    get(container, &path.name)
}

/// The values at `path` in `map`: a multi-valued attribute's elements (or
/// their sub-attribute), a complex attribute's sub-attribute, or the value.
/// A path into the enterprise extension reads its object.
pub fn values<'a>(map: &'a Map<String, Value>, path: &AttrPath) -> Vec<&'a Value> {
    let Some(value) = values_in(map, path) else { return Vec::new() };
    let pick = |v: &'a Value| -> Option<&'a Value> {
        match (&path.sub_attr, v) {
            (Some(sub), Value::Object(o)) => get(o, sub),
            (Some(_), _) => None,
            // A multi-valued complex attribute compares by its `value`.
            (None, Value::Object(o)) if value.is_array() => get(o, "value"),
            (None, v) => Some(v),
        }
    };
    match value {
        Value::Array(list) => list.iter().filter_map(pick).collect(),
        v => pick(v).into_iter().collect(),
    }
}

fn case_exact(path: &AttrPath) -> bool {
    path.sub_attr.is_none() && (path.name == "id" || path.name.eq_ignore_ascii_case("externalId"))
}

fn attr_matches(exp: &AttrExp, map: &Map<String, Value>) -> bool {
    match exp {
        AttrExp::Present(path) => values(map, path).into_iter().any(|v| match v {
            Value::Null => false,
            Value::String(s) => !s.is_empty(),
            Value::Array(a) => !a.is_empty(),
            Value::Object(o) => !o.is_empty(),
            _ => true,
        }),
        AttrExp::Comparison(path, op, wanted) => {
            let found = values(map, path);
            if *op == CompareOp::Ne {
                // Not equal: no value equals it (an absent attribute is not equal).
                return !found.iter().any(|v| compare(v, &CompareOp::Eq, wanted, case_exact(path)));
            }
            found.into_iter().any(|v| compare(v, op, wanted, case_exact(path)))
        }
    }
}

fn compare(value: &Value, op: &CompareOp, wanted: &CompValue, exact: bool) -> bool {
    match (value, wanted) {
        (Value::Bool(b), CompValue::True) => *op == CompareOp::Eq && *b,
        (Value::Bool(b), CompValue::False) => *op == CompareOp::Eq && !*b,
        (Value::Null, CompValue::Null) => *op == CompareOp::Eq,
        (Value::Number(n), CompValue::Number(w)) => match (n.as_f64(), w.as_f64()) {
            (Some(n), Some(w)) => ordered(n.partial_cmp(&w), op),
            _ => false,
        },
        (Value::String(s), CompValue::Str(w)) => {
            // Dates compare as instants, whatever their written precision.
            if let (Ok(a), Ok(b)) =
                (chrono::DateTime::parse_from_rfc3339(s), chrono::DateTime::parse_from_rfc3339(w))
            {
                return ordered(Some(a.cmp(&b)), op);
            }
            let (s, w) = if exact { (s.clone(), w.clone()) } else { (s.to_lowercase(), w.to_lowercase()) };
            match op {
                CompareOp::Eq => s == w,
                CompareOp::Co => s.contains(&w),
                CompareOp::Sw => s.starts_with(&w),
                CompareOp::Ew => s.ends_with(&w),
                CompareOp::Ne => s != w,
                _ => ordered(Some(s.cmp(&w)), op),
            }
        }
        _ => false,
    }
}

fn ordered(order: Option<std::cmp::Ordering>, op: &CompareOp) -> bool {
    use std::cmp::Ordering::{Equal, Greater, Less};
    matches!(
        (order, op),
        (Some(Equal), CompareOp::Eq | CompareOp::Ge | CompareOp::Le)
            | (Some(Greater), CompareOp::Gt | CompareOp::Ge | CompareOp::Ne)
            | (Some(Less), CompareOp::Lt | CompareOp::Le | CompareOp::Ne)
    )
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    fn user() -> Value {
        json!({
            "schemas": [USER_SCHEMA, ENTERPRISE_SCHEMA],
            "id": "u1", "externalId": "ABC-1", "userName": "bjensen@example.com", "displayName": "Babs Jensen",
            "name": {"givenName": "Barbara", "familyName": "Jensen"},
            "active": true,
            "emails": [{"value": "bjensen@example.com", "type": "work", "primary": true},
                       {"value": "babs@home.example", "type": "home", "primary": false}],
            "meta": {"created": "2026-01-02T03:04:05.000Z", "lastModified": "2026-06-01T00:00:00.000Z"},
            ENTERPRISE_SCHEMA: {"department": "Tour Operations", "employeeNumber": "701984"},
        })
    }

    fn filter(text: &str) -> Filter {
        text.parse().unwrap()
    }

    #[test]
    fn the_operators_the_providers_use_match_as_the_rfc_says() {
        let u = user();
        for (text, expected) in [
            (r#"userName eq "BJENSEN@example.com""#, true),
            (r#"userName ne "bjensen@example.com""#, false),
            (r#"userName sw "bjen""#, true),
            (r#"userName ew "@example.com""#, true),
            (r#"displayName co "babs""#, true),
            (r#"externalId eq "abc-1""#, false),
            (r#"externalId eq "ABC-1""#, true),
            (r#"emails.value eq "babs@home.example""#, true),
            (r#"emails eq "babs@home.example""#, true),
            (r#"emails[type eq "work" and value co "@example.com"]"#, true),
            (r#"emails[type eq "home" and value co "@example.com"]"#, false),
            ("active eq true", true),
            ("active eq false", false),
            ("title pr", false),
            ("externalId pr", true),
            (r#"meta.lastModified gt "2026-05-31T23:59:59Z""#, true),
            (r#"meta.lastModified lt "2026-05-31T23:59:59Z""#, false),
            (r#"meta.created ge "2026-01-02T03:04:05Z""#, true),
            (r#"name.familyName eq "jensen" and not (active eq false)"#, true),
            (r#"(userName eq "nobody" or displayName sw "Babs") and active eq true"#, true),
            (r#"urn:ietf:params:scim:schemas:core:2.0:User:userName eq "bjensen@example.com""#, true),
            (
                r#"urn:ietf:params:scim:schemas:extension:enterprise:2.0:User:department eq "tour operations""#,
                true,
            ),
        ] {
            assert_eq!(matches(&filter(text), &u), expected, "{text}");
        }
    }

    #[test]
    fn the_plan_reads_an_index_where_one_answers_and_walks_otherwise() {
        assert_eq!(plan(&filter(r#"userName eq "BJensen""#)), Plan::Username("bjensen".into()));
        assert_eq!(plan(&filter(r#"userName sw "bj""#)), Plan::Prefix(UserIndex::Username, "bj".into()));
        assert_eq!(
            plan(&filter(r#"emails[type eq "work" and value eq "x@y.z"]"#)),
            Plan::Walk,
            "a compound value filter is judged, not planned"
        );
        assert_eq!(
            plan(&filter(r#"emails[value eq "X@y.z"]"#)),
            Plan::Prefix(UserIndex::Email, "x@y.z".into())
        );
        assert_eq!(
            plan(&filter(r#"active eq true and displayName eq "Babs""#)),
            Plan::Prefix(UserIndex::DisplayName, "babs".into())
        );
        assert!(matches!(plan(&filter(r#"userName eq "a" or userName eq "b""#)), Plan::Either(..)));
        assert_eq!(plan(&filter(r#"userName eq "a" or active eq true"#)), Plan::Walk);
        assert_eq!(plan(&filter(r#"externalId eq "x""#)), Plan::Walk);
        assert_eq!(plan(&filter(r#"not (userName eq "a")"#)), Plan::Walk);
    }
}
