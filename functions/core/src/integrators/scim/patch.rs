//! SCIM PATCH (RFC 7644 §3.5.2) applied to a user's resource: each
//! operation changes the JSON the way the RFC says, and the result is read
//! back as a whole resource, so a PATCH and a PUT that mean the same change
//! the user alike. Written for the shapes Microsoft Entra's and Okta's
//! provisioning send: capitalised `op`s, `active` as the text `"False"`, a
//! value-filtered path that adds the element it names when none matches
//! (`emails[type eq "work"].value`), and dotted names inside a pathless
//! value (`{"name.givenName": …}`).

use scim_v2::filter::{AttrPath, PatchPath};
use serde_json::{Map, Value};

use super::resource::{ENTERPRISE_SCHEMA, USER_SCHEMA};
use super::{ScimError, ScimType};

/// Attributes a client may not change: the service provider keeps them.
const READ_ONLY: [&str; 4] = ["id", "meta", "groups", "schemas"];

/// One operation as sent.
#[derive(Debug, Clone, PartialEq)]
pub struct Operation {
    pub op: String,
    pub path: Option<String>,
    pub value: Option<Value>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Op {
    Add,
    Replace,
    Remove,
}

fn invalid(scim_type: ScimType, detail: impl Into<String>) -> ScimError {
    ScimError { scim_type, detail: detail.into() }
}

/// `resource` after `operations`, in order; the first that cannot apply
/// stops them all (nothing is written).
pub fn apply(resource: &mut Map<String, Value>, operations: &[Operation]) -> Result<(), ScimError> {
    if operations.is_empty() {
        return Err(invalid(ScimType::InvalidValue, "name at least one operation"));
    }
    for operation in operations {
        let op = match operation.op.to_ascii_lowercase().as_str() {
            "add" => Op::Add,
            "replace" => Op::Replace,
            "remove" => Op::Remove,
            other => {
                return Err(invalid(
                    ScimType::InvalidSyntax,
                    format!("{other:?} is not add, replace or remove"),
                ));
            }
        };
        match (&operation.path, op, &operation.value) {
            (None, Op::Remove, _) => return Err(invalid(ScimType::NoTarget, "remove needs a path")),
            (None, _, Some(Value::Object(values))) => {
                // Each member is an attribute (or a dotted path) to set.
                for (name, value) in values {
                    apply_path(resource, op, name, Some(value))?;
                }
            }
            (None, _, _) => {
                return Err(invalid(ScimType::InvalidValue, "without a path the value must be an object"));
            }
            (Some(path), _, value) => apply_path(resource, op, path, value.as_ref())?,
        }
    }
    Ok(())
}

fn apply_path(
    resource: &mut Map<String, Value>,
    op: Op,
    path: &str,
    value: Option<&Value>,
) -> Result<(), ScimError> {
    if op != Op::Remove && value.is_none() {
        return Err(invalid(ScimType::InvalidValue, format!("{path}: add and replace need a value")));
    }
    // The enterprise extension's object as a path's own name.
    if path.eq_ignore_ascii_case(ENTERPRISE_SCHEMA) {
        return set_in(resource, ENTERPRISE_SCHEMA, op, value);
    }
    let parsed: PatchPath =
        path.parse().map_err(|_| invalid(ScimType::InvalidPath, format!("{path:?} is not a path")))?;
    let (attr, filter, sub) = match &parsed {
        PatchPath::Attr(attr) => (attr, None, attr.sub_attr.clone()),
        PatchPath::Value(vp) => (&vp.attr, Some(&vp.filter), vp.sub_attr.clone()),
    };
    if READ_ONLY.iter().any(|r| attr.name.eq_ignore_ascii_case(r)) && attr.uri.is_none() {
        return Err(invalid(ScimType::Mutability, format!("{} cannot be changed", attr.name)));
    }
    let container = container(resource, attr)?;
    let key = existing_key(container, &attr.name);
    match filter {
        None => match &sub {
            None => set_in(container, &key, op, value),
            Some(sub) => {
                let entry = container.entry(key).or_insert_with(|| Value::Object(Map::new()));
                let Value::Object(object) = entry else {
                    return Err(invalid(
                        ScimType::InvalidPath,
                        format!("{} has no sub-attributes", attr.name),
                    ));
                };
                let sub = existing_key(object, sub);
                set_in(object, &sub, op, value)
            }
        },
        Some(filter) => {
            let list = container.entry(key).or_insert_with(|| Value::Array(Vec::new()));
            let Value::Array(list) = list else {
                return Err(invalid(ScimType::InvalidFilter, format!("{} is not multi-valued", attr.name)));
            };
            apply_filtered(list, (op, path), filter, sub.as_deref(), value)
        }
    }
}

/// An operation on the elements of a multi-valued attribute its value
/// filter picks (`emails[type eq "work"].value`).
fn apply_filtered(
    list: &mut Vec<Value>,
    (op, path): (Op, &str),
    filter: &scim_v2::filter::ValFilter,
    sub: Option<&str>,
    value: Option<&Value>,
) -> Result<(), ScimError> {
    let sub = sub.map(str::to_owned);
    let hits: Vec<usize> = list
        .iter()
        .enumerate()
        .filter(|(_, v)| matches!(v, Value::Object(e) if element_matches(filter, e)))
        .map(|(i, _)| i)
        .collect();
    match (op, &sub) {
        (Op::Remove, None) => {
            for i in hits.into_iter().rev() {
                list.remove(i);
            }
            Ok(())
        }
        (Op::Remove, Some(sub)) => {
            for i in hits {
                if let Value::Object(e) = &mut list[i] {
                    let k = existing_key(e, sub);
                    e.remove(&k);
                }
            }
            Ok(())
        }
        (_, _) if hits.is_empty() => {
            // Nothing matches: the element the filter describes is made
            // (`emails[type eq "work"].value` adds a work address).
            let mut element = Map::new();
            seed_from(filter, &mut element);
            match (&sub, value) {
                (Some(sub), Some(v)) => {
                    element.insert(sub.clone(), v.clone());
                }
                (None, Some(Value::Object(v))) => element.extend(v.clone()),
                _ => return Err(invalid(ScimType::NoTarget, format!("{path}: nothing matches"))),
            }
            list.push(Value::Object(element));
            Ok(())
        }
        (_, Some(sub)) => {
            for i in hits {
                if let (Value::Object(e), Some(v)) = (&mut list[i], value) {
                    let k = existing_key(e, sub);
                    e.insert(k, v.clone());
                }
            }
            Ok(())
        }
        (_, None) => {
            for i in hits {
                match (&mut list[i], value) {
                    (Value::Object(e), Some(Value::Object(v))) if op == Op::Add => e.extend(v.clone()),
                    (slot, Some(v)) => *slot = v.clone(),
                    _ => {}
                }
            }
            Ok(())
        }
    }
}

/// The object a path's attribute lives in: the resource, or the enterprise
/// extension's object (made when missing).
fn container<'a>(
    resource: &'a mut Map<String, Value>,
    attr: &AttrPath,
) -> Result<&'a mut Map<String, Value>, ScimError> {
    match attr.uri.as_deref() {
        None => Ok(resource),
        Some(uri) if uri.eq_ignore_ascii_case(USER_SCHEMA) => Ok(resource),
        Some(uri) if uri.eq_ignore_ascii_case(ENTERPRISE_SCHEMA) => {
            let key = existing_key(resource, ENTERPRISE_SCHEMA);
            match resource.entry(key).or_insert_with(|| Value::Object(Map::new())) {
                Value::Object(object) => Ok(object),
                _ => Err(invalid(ScimType::InvalidValue, "the enterprise extension must be an object")),
            }
        }
        Some(uri) => Err(invalid(ScimType::InvalidPath, format!("{uri} is not a schema of this resource"))),
    }
}

/// The key `name` is stored under (any case), or `name` itself.
fn existing_key(map: &Map<String, Value>, name: &str) -> String {
    map.keys().find(|k| k.eq_ignore_ascii_case(name)).cloned().unwrap_or_else(|| name.to_owned())
}

fn set_in(map: &mut Map<String, Value>, key: &str, op: Op, value: Option<&Value>) -> Result<(), ScimError> {
    let key = existing_key(map, key);
    match (op, value) {
        (Op::Remove, None) => {
            map.remove(&key);
        }
        (Op::Remove, Some(Value::Array(gone))) => {
            // Remove the listed elements of a multi-valued attribute (by value).
            if let Some(Value::Array(list)) = map.get_mut(&key) {
                list.retain(|element| !gone.iter().any(|g| same_element(element, g)));
            }
        }
        (Op::Remove, Some(_)) => {
            map.remove(&key);
        }
        (Op::Add, Some(Value::Array(more))) if matches!(map.get(&key), Some(Value::Array(_))) => {
            if let Some(Value::Array(list)) = map.get_mut(&key) {
                for element in more {
                    if !list.iter().any(|e| same_element(e, element)) {
                        list.push(element.clone());
                    }
                }
            }
        }
        (Op::Add, Some(Value::Object(more))) if matches!(map.get(&key), Some(Value::Object(_))) => {
            if let Some(Value::Object(object)) = map.get_mut(&key) {
                object.extend(more.clone());
            }
        }
        (_, Some(value)) => {
            map.insert(key, value.clone());
        }
        (_, None) => {}
    }
    Ok(())
}

/// Elements compare by their `value` where they have one.
fn same_element(a: &Value, b: &Value) -> bool {
    let value_of = |v: &Value| match v {
        Value::Object(o) => super::resource::get(o, "value").cloned(),
        other => Some(other.clone()),
    };
    match (value_of(a), value_of(b)) {
        (Some(Value::String(x)), Some(Value::String(y))) => x.eq_ignore_ascii_case(&y),
        (x, y) => x == y,
    }
}

fn element_matches(filter: &scim_v2::filter::ValFilter, element: &Map<String, Value>) -> bool {
    let resource = Value::Object(element.clone());
    // An element is judged as a small resource of its sub-attributes.
    let as_filter = to_filter(filter);
    super::filter::matches(&as_filter, &resource)
}

fn to_filter(filter: &scim_v2::filter::ValFilter) -> scim_v2::filter::Filter {
    use scim_v2::filter::{Filter, ValFilter};
    match filter {
        ValFilter::Attr(exp) => Filter::Attr(exp.clone()),
        ValFilter::Not(inner) => Filter::Not(Box::new(to_filter(inner))),
        ValFilter::And(a, b) => Filter::And(Box::new(to_filter(a)), Box::new(to_filter(b))),
        ValFilter::Or(a, b) => Filter::Or(Box::new(to_filter(a)), Box::new(to_filter(b))),
    }
}

/// The sub-attributes an `eq` filter names, for the element it describes.
fn seed_from(filter: &scim_v2::filter::ValFilter, element: &mut Map<String, Value>) {
    use scim_v2::filter::{AttrExp, CompValue, CompareOp, ValFilter};
    match filter {
        ValFilter::Attr(AttrExp::Comparison(path, CompareOp::Eq, value)) => {
            let value = match value {
                CompValue::Str(s) => Value::String(s.clone()),
                CompValue::True => Value::Bool(true),
                CompValue::False => Value::Bool(false),
                CompValue::Number(n) => Value::Number(n.clone()),
                CompValue::Null => Value::Null,
            };
            element.insert(path.name.clone(), value);
        }
        ValFilter::And(a, b) => {
            seed_from(a, element);
            seed_from(b, element);
        }
        _ => {}
    }
}

/// For tests: the values at `path` (a filter's attribute path) in `resource`.
#[cfg(test)]
use super::filter::values;

#[cfg(test)]
fn at<'a>(resource: &'a Map<String, Value>, path: &str) -> Vec<&'a Value> {
    let filter: scim_v2::filter::Filter = format!("{path} pr").parse().unwrap();
    let scim_v2::filter::Filter::Attr(scim_v2::filter::AttrExp::Present(path)) = filter else {
        unreachable!()
    };
    values(resource, &path)
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    fn resource() -> Map<String, Value> {
        json!({
            "id": "u1", "userName": "ryan@contoso.example", "active": true,
            "name": {"givenName": "Ryan", "familyName": "Leenay"},
            "emails": [{"value": "ryan@contoso.example", "type": "work", "primary": true}],
        })
        .as_object()
        .cloned()
        .unwrap()
    }

    fn ops(value: Value) -> Vec<Operation> {
        value
            .as_array()
            .unwrap()
            .iter()
            .map(|o| Operation {
                op: o["op"].as_str().unwrap().into(),
                path: o.get("path").and_then(Value::as_str).map(Into::into),
                value: o.get("value").cloned(),
            })
            .collect()
    }

    #[test]
    fn the_operations_entra_sends_apply() {
        let mut r = resource();
        apply(
            &mut r,
            &ops(json!([
                {"op": "Replace", "path": "active", "value": "False"},
                {"op": "Add", "path": "emails[type eq \"work\"].value", "value": "ryan.l@contoso.example"},
                {"op": "Replace", "path": "name.familyName", "value": "Leenay-Smith"},
                {"op": "Add", "path": "urn:ietf:params:scim:schemas:extension:enterprise:2.0:User:department", "value": "Sales"},
                {"op": "Add", "path": "externalId", "value": "e-9"},
                {"op": "Add", "path": "phoneNumbers[type eq \"mobile\"].value", "value": "+14255550101"},
            ])),
        )
        .unwrap();
        assert_eq!(r["active"], "False", "read as false when the resource is read back");
        assert_eq!(at(&r, "emails.value"), vec![&json!("ryan.l@contoso.example")]);
        assert_eq!(r["name"]["familyName"], "Leenay-Smith");
        assert_eq!(r[ENTERPRISE_SCHEMA]["department"], "Sales");
        assert_eq!(r["phoneNumbers"][0], json!({"type": "mobile", "value": "+14255550101"}));
        assert_eq!(r["externalId"], "e-9");
    }

    #[test]
    fn the_operations_okta_sends_apply() {
        let mut r = resource();
        apply(&mut r, &ops(json!([{"op": "replace", "value": {"active": false}}]))).unwrap();
        assert_eq!(r["active"], false);
        apply(
            &mut r,
            &ops(json!([{"op": "replace", "value": {"name.givenName": "Rye", "displayName": "Rye L"}}])),
        )
        .unwrap();
        assert_eq!((&r["name"]["givenName"], &r["displayName"]), (&json!("Rye"), &json!("Rye L")));
    }

    #[test]
    fn removing_and_what_cannot_be_done() {
        let mut r = resource();
        apply(&mut r, &ops(json!([{"op": "remove", "path": "emails[value eq \"RYAN@contoso.example\"]"}])))
            .unwrap();
        assert_eq!(r["emails"], json!([]));
        let refused = |v: Value| apply(&mut resource(), &ops(v)).unwrap_err().scim_type;
        assert_eq!(refused(json!([{"op": "remove"}])), ScimType::NoTarget);
        assert_eq!(refused(json!([{"op": "replace", "path": "id", "value": "x"}])), ScimType::Mutability);
        assert_eq!(refused(json!([{"op": "replace", "path": "groups", "value": []}])), ScimType::Mutability);
        assert_eq!(
            refused(json!([{"op": "move", "path": "active", "value": true}])),
            ScimType::InvalidSyntax
        );
        assert_eq!(
            refused(json!([{"op": "add", "path": "emails[type eq", "value": 1}])),
            ScimType::InvalidPath
        );
        assert_eq!(refused(json!([{"op": "add", "path": "active"}])), ScimType::InvalidValue);
        assert_eq!(refused(json!([])), ScimType::InvalidValue);
    }
}
