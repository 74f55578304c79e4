//! A user as a SCIM `User` resource (RFC 7643 §4.1, with the enterprise
//! extension §4.3 where Latchkey keeps the data), and a resource an identity
//! provider sends read back into what Latchkey stores.

use serde_json::{Map, Value, json};

use crate::model::language::Language;
use crate::model::user::{NewUser, Provisioning, User};
use crate::model::values::{E164, Email, ParseError, Username};

pub const USER_SCHEMA: &str = "urn:ietf:params:scim:schemas:core:2.0:User";
pub const ENTERPRISE_SCHEMA: &str = "urn:ietf:params:scim:schemas:extension:enterprise:2.0:User";
pub const GROUP_SCHEMA: &str = "urn:ietf:params:scim:schemas:core:2.0:Group";
pub const LIST_SCHEMA: &str = "urn:ietf:params:scim:api:messages:2.0:ListResponse";
pub const PATCH_SCHEMA: &str = "urn:ietf:params:scim:api:messages:2.0:PatchOp";
pub const ERROR_SCHEMA: &str = "urn:ietf:params:scim:api:messages:2.0:Error";

/// Most contacts of one kind a user keeps (as the console allows).
pub const CONTACTS_MAX: usize = 10;

/// The resource's version as its `ETag` carries it (weak: the JSON may be
/// written in more than one way for one version).
pub fn etag(user: &User) -> String {
    format!("W/\"{}\"", user.version)
}

/// The version an `If-Match` names; `None` for `*` (any).
pub fn if_match(header: &str) -> Result<Option<u64>, ParseError> {
    let header = header.trim();
    if header == "*" {
        return Ok(None);
    }
    let tag = header.strip_prefix("W/").unwrap_or(header).trim_matches('"');
    tag.parse().map(Some).map_err(|_| ParseError::new("If-Match", "must be an ETag this service gave"))
}

/// `user` as a SCIM resource, `location` its address.
pub fn to_resource(user: &User, location: &str) -> Value {
    let mut schemas = vec![json!(USER_SCHEMA)];
    let mut resource = json!({
        "id": user.id.as_str(),
        "userName": user.username.as_str(),
        "displayName": user.display_name,
        "name": {
            "givenName": user.first_name,
            "familyName": user.last_name,
        },
        "active": user.enabled,
        "emails": user.emails.iter().map(|e| json!({ "value": e.as_str() })).collect::<Vec<_>>(),
        "phoneNumbers": user.phones.iter().map(E164::as_str)
            .chain(user.provisioning.iter().flat_map(|p| p.other_phones.iter().map(String::as_str)))
            .map(|p| json!({ "value": p }))
            .collect::<Vec<_>>(),
        "groups": user.groups.iter().map(|g| json!({
            "value": g.as_str(), "display": g.as_str(), "type": "direct",
        })).collect::<Vec<_>>(),
        "meta": {
            "resourceType": "User",
            "created": user.created_at.to_rfc3339_opts(chrono::SecondsFormat::Millis, true),
            "lastModified": user.updated_at.unwrap_or(user.created_at)
                .to_rfc3339_opts(chrono::SecondsFormat::Millis, true),
            "location": location,
            "version": etag(user),
        },
    });
    let map = resource.as_object_mut().map(std::mem::take).unwrap_or_default();
    let mut map = map;
    // No names given, no `name` (rather than one of empty parts).
    if user.first_name.is_empty() && user.last_name.is_empty() {
        map.remove("name");
    }
    let given = user.provisioning.as_ref().and_then(|p| p.preferred_language.clone());
    if let Some(language) = given.or_else(|| user.language.map(|l| l.tag().to_owned())) {
        map.insert("preferredLanguage".into(), json!(language));
    }
    if let Some(p) = &user.provisioning {
        if let Some(id) = &p.external_id {
            map.insert("externalId".into(), json!(id));
        }
        let mut enterprise = Map::new();
        if let Some(v) = &p.employee_number {
            enterprise.insert("employeeNumber".into(), json!(v));
        }
        if let Some(v) = &p.department {
            enterprise.insert("department".into(), json!(v));
        }
        if let Some(v) = &p.manager {
            enterprise.insert("manager".into(), json!({ "value": v }));
        }
        if !enterprise.is_empty() {
            schemas.push(json!(ENTERPRISE_SCHEMA));
            map.insert(ENTERPRISE_SCHEMA.into(), Value::Object(enterprise));
        }
    }
    map.insert("schemas".into(), Value::Array(schemas));
    Value::Object(map)
}

/// What a resource an identity provider sent says about a user, checked.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Incoming {
    pub username: Username,
    pub display_name: String,
    pub first_name: String,
    pub last_name: String,
    pub emails: Vec<Email>,
    pub phones: Vec<E164>,
    pub active: bool,
    pub language: Option<Language>,
    pub provisioning: Provisioning,
}

impl Incoming {
    pub fn new_user(&self) -> NewUser {
        NewUser {
            username: self.username.clone(),
            display_name: self.display_name.clone(),
            first_name: self.first_name.clone(),
            last_name: self.last_name.clone(),
            emails: self.emails.clone(),
            phones: self.phones.clone(),
            roles: std::collections::BTreeSet::new(),
            groups: std::collections::BTreeSet::new(),
            language: self.language,
        }
    }
}

/// Looks `name` up in `map` as SCIM does: case-insensitively.
pub fn get<'a>(map: &'a Map<String, Value>, name: &str) -> Option<&'a Value> {
    map.iter().find(|(k, _)| k.eq_ignore_ascii_case(name)).map(|(_, v)| v)
}

fn text(map: &Map<String, Value>, name: &str, field: &'static str) -> Result<Option<String>, ParseError> {
    match get(map, name) {
        None | Some(Value::Null) => Ok(None),
        Some(Value::String(s)) => {
            let s = s.trim();
            if s.chars().count() > Provisioning::TEXT_MAX || s.chars().any(char::is_control) {
                return Err(ParseError::new(
                    field,
                    "must be at most 256 characters, without control characters",
                ));
            }
            Ok((!s.is_empty()).then(|| s.to_owned()))
        }
        Some(_) => Err(ParseError::new(field, "must be a string")),
    }
}

/// A boolean as providers send it: `true`, or the text `"True"` (Microsoft
/// Entra's provisioning sends `active` as text in PATCH).
pub fn boolean(value: &Value, field: &'static str) -> Result<bool, ParseError> {
    match value {
        Value::Bool(b) => Ok(*b),
        Value::String(s) if s.eq_ignore_ascii_case("true") => Ok(true),
        Value::String(s) if s.eq_ignore_ascii_case("false") => Ok(false),
        _ => Err(ParseError::new(field, "must be true or false")),
    }
}

/// The values of a multi-valued contact attribute (`emails`,
/// `phoneNumbers`), the primary one first, each once.
fn contacts<T: PartialEq>(
    map: &Map<String, Value>,
    name: &str,
    field: &'static str,
    parse: impl Fn(&str) -> Result<T, ParseError>,
) -> Result<Vec<T>, ParseError> {
    let Some(list) = get(map, name) else { return Ok(Vec::new()) };
    let Value::Array(list) = list else {
        return Err(ParseError::new(field, "must be a list of {\"value\": …}"));
    };
    let mut entries: Vec<(bool, T)> = Vec::new();
    for entry in list {
        let (value, primary) = match entry {
            Value::Object(e) => (
                get(e, "value").and_then(Value::as_str),
                get(e, "primary").is_some_and(|p| boolean(p, field).unwrap_or(false)),
            ),
            Value::String(s) => (Some(s.as_str()), false),
            _ => (None, false),
        };
        let Some(value) = value else { continue };
        let parsed = parse(value).map_err(|e| ParseError::new(field, e.message))?;
        if !entries.iter().any(|(_, v)| v == &parsed) {
            entries.push((primary, parsed));
        }
    }
    if entries.len() > CONTACTS_MAX {
        return Err(ParseError::new(field, format!("may hold at most {CONTACTS_MAX}")));
    }
    // The primary first: it is the one messages go to.
    entries.sort_by_key(|(primary, _)| !*primary);
    Ok(entries.into_iter().map(|(_, v)| v).collect())
}

/// Reads a whole resource (a create, or a replace). Attributes Latchkey
/// does not keep are ignored, as RFC 7644 lets a service provider do; a
/// `password` is never taken (nobody but the user sets one).
pub fn incoming(resource: &Value) -> Result<Incoming, ParseError> {
    let Value::Object(map) = resource else {
        return Err(ParseError::new("resource", "must be a JSON object"));
    };
    // Providers name the schemas they send; where they do, it is a list of URNs.
    match get(map, "schemas") {
        None => {}
        Some(Value::Array(list)) if list.iter().all(Value::is_string) => {}
        Some(_) => return Err(ParseError::new("schemas", "must be a list of schema URNs")),
    }
    let username = match get(map, "userName") {
        Some(Value::String(s)) => Username::parse(s).map_err(|e| ParseError::new("userName", e.message))?,
        _ => return Err(ParseError::new("userName", "is required")),
    };
    let name = match get(map, "name") {
        Some(Value::Object(n)) => n.clone(),
        _ => Map::new(),
    };
    let first_name = text(&name, "givenName", "name.givenName")?.unwrap_or_default();
    let last_name = text(&name, "familyName", "name.familyName")?.unwrap_or_default();
    let formatted = text(&name, "formatted", "name.formatted")?;
    let display_name = text(map, "displayName", "displayName")?
        .or(formatted)
        .or_else(|| Some(format!("{first_name} {last_name}").trim().to_owned()).filter(|n| !n.is_empty()))
        .unwrap_or_else(|| username.to_string());
    let display_name = crate::admin::people::parse_name(&display_name, "displayName", false)?;
    let emails = contacts(map, "emails", "emails", Email::parse)?;
    // A number that is not international is the provider's data, not a contact.
    let numbers = contacts(map, "phoneNumbers", "phoneNumbers", |raw| {
        let raw = raw.trim();
        if raw.is_empty() || raw.chars().count() > Provisioning::TEXT_MAX || raw.chars().any(char::is_control)
        {
            return Err(ParseError::new(
                "phoneNumbers",
                "must be 1 to 256 characters, without control characters",
            ));
        }
        Ok(E164::parse(raw).map_err(|_| raw.to_owned()))
    })?;
    let phones = numbers.iter().filter_map(|n| n.as_ref().ok().cloned()).collect();
    let other_phones = numbers.into_iter().filter_map(Result::err).collect();
    let active = match get(map, "active") {
        None | Some(Value::Null) => true,
        Some(v) => boolean(v, "active")?,
    };
    // A language Latchkey has no words for follows the organisation's.
    let preferred_language = text(map, "preferredLanguage", "preferredLanguage")?;
    let language = preferred_language.as_deref().and_then(|t| Language::parse(t).ok());
    let enterprise = match get(map, ENTERPRISE_SCHEMA) {
        Some(Value::Object(e)) => e.clone(),
        _ => Map::new(),
    };
    let manager = match get(&enterprise, "manager") {
        Some(Value::Object(m)) => text(m, "value", "manager")?,
        Some(Value::String(s)) => Some(s.trim().to_owned()).filter(|s| !s.is_empty()),
        _ => None,
    };
    let provisioning = Provisioning {
        external_id: text(map, "externalId", "externalId")?,
        employee_number: text(&enterprise, "employeeNumber", "employeeNumber")?,
        department: text(&enterprise, "department", "department")?,
        manager,
        preferred_language,
        other_phones,
    };
    Ok(Incoming {
        username,
        display_name,
        first_name,
        last_name,
        emails,
        phones,
        active,
        language,
        provisioning,
    })
}
