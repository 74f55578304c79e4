//! SCIM Groups: Latchkey's groups, each named by its name — its `id` and
//! its `displayName` alike — with its members by user id. Membership goes
//! through the administrators' own operation (`set_membership`), one
//! member at a time, each audited with the client as actor; a client never
//! changes a privileged account's groups. A PATCH is applied to the group's
//! resource by the same engine as a user's (so Entra's `Remove` of
//! `members` with a value list and Okta's `members[value eq "…"]` both
//! work), then the members it adds and takes away are written.
//!
//! A group is not renamed through SCIM (its id is its name, and a provider
//! keeps the id it was given): a `displayName` that differs is refused
//! with `mutability`.

use std::collections::BTreeSet;

use scim_v2::filter::{AttrExp, CompValue, CompareOp, Filter};
use serde_json::{Map, Value, json};

use super::resource::GROUP_SCHEMA;
use super::{COUNT_MAX, ListQuery, Scim, ScimError, WALK_MAX, filter, patch};
use crate::model::audit::RequestMeta;
use crate::model::clients::Caller;
use crate::model::error::{Error, ScimType};
use crate::model::groups::Group;
use crate::model::roles::Permission;
use crate::model::values::{GroupName, UserId, Username};

/// How many groups or members one store read brings.
const PAGE: usize = 200;

/// A group with its members (id and username), as a resource shows it.
#[derive(Debug, Clone)]
pub struct ScimGroup {
    pub group: Group,
    /// `None` when they were not asked for (`excludedAttributes=members`).
    pub members: Option<Vec<(UserId, Username)>>,
}

/// One page of a group list, and how many match in all.
#[derive(Debug, Clone)]
pub struct ListedGroups {
    pub total: usize,
    pub start_index: usize,
    pub groups: Vec<ScimGroup>,
}

/// `group` as a SCIM resource; `base` is the service's address (`…/scim/v2`).
pub fn to_resource(group: &ScimGroup, base: &str) -> Value {
    let name = group.group.name.as_str();
    let mut resource = json!({
        "schemas": [GROUP_SCHEMA],
        "id": name,
        "displayName": name,
        "meta": {
            "resourceType": "Group",
            "created": group.group.created_at.to_rfc3339_opts(chrono::SecondsFormat::Millis, true),
            "location": format!("{base}/Groups/{}", encode(name)),
        },
    });
    if let (Some(external), Some(map)) = (&group.group.external_id, resource.as_object_mut()) {
        map.insert("externalId".into(), json!(external));
    }
    if let (Some(members), Some(map)) = (&group.members, resource.as_object_mut()) {
        let members: Vec<Value> = members
            .iter()
            // No `display`: a provider sends members without one and reads them back as sent.
            .map(|(id, _)| json!({"value": id.as_str(), "$ref": format!("{base}/Users/{id}")}))
            .collect();
        map.insert("members".into(), Value::Array(members));
    }
    resource
}

/// A group name in a URL path (its spaces).
fn encode(name: &str) -> String {
    name.replace(' ', "%20")
}

fn invalid(scim_type: ScimType, detail: impl Into<String>) -> Error {
    ScimError { scim_type, detail: detail.into() }.into()
}

/// The group named `id`: `404` for a name no group has (or that is no group name).
fn name_of(id: &str) -> Result<GroupName, Error> {
    GroupName::parse(id).map_err(|_| Error::GroupNotFound)
}

/// The member ids a resource's `members` lists.
fn member_ids(resource: &Map<String, Value>) -> Result<BTreeSet<String>, Error> {
    let Some(members) = super::resource::get(resource, "members") else { return Ok(BTreeSet::new()) };
    let Value::Array(members) = members else {
        return Err(invalid(ScimType::InvalidValue, "members must be a list"));
    };
    members
        .iter()
        .map(|m| match m {
            Value::Object(o) => match super::resource::get(o, "value") {
                Some(Value::String(id)) => Ok(id.clone()),
                _ => Err(invalid(ScimType::InvalidValue, "each member needs a value: the user's id")),
            },
            _ => Err(invalid(ScimType::InvalidValue, "each member is an object with a value")),
        })
        .collect()
}

/// The `externalId` a resource gives: at most 256 characters.
fn external_id(resource: &Map<String, Value>) -> Result<Option<String>, Error> {
    match super::resource::get(resource, "externalId") {
        None | Some(Value::Null) => Ok(None),
        Some(Value::String(id)) if id.chars().count() <= 256 && !id.chars().any(char::is_control) => {
            Ok(Some(id.clone()).filter(|i| !i.is_empty()))
        }
        Some(_) => Err(invalid(ScimType::InvalidValue, "externalId is text of at most 256 characters")),
    }
}

/// The `displayName` a resource gives, checked against the group's name.
fn same_name(resource: &Map<String, Value>, name: &GroupName) -> Result<(), Error> {
    match super::resource::get(resource, "displayName") {
        None => Ok(()),
        Some(Value::String(given)) if given.trim() == name.as_str() => Ok(()),
        Some(_) => Err(invalid(
            ScimType::Mutability,
            "a group is not renamed through SCIM: create the group under its new name",
        )),
    }
}

impl Scim {
    /// A group's members, at most [`WALK_MAX`] (`tooMany` beyond).
    async fn members(&self, name: &GroupName) -> Result<Vec<(UserId, Username)>, Error> {
        let mut members = Vec::new();
        let mut after: Option<Username> = None;
        loop {
            let page = self.ports.directory.group_members(name, after.as_ref(), PAGE).await?;
            let full = page.len() == PAGE;
            after = page.last().map(|u| u.username.clone());
            members.extend(page.into_iter().map(|u| (u.id, u.username)));
            if members.len() > WALK_MAX {
                return Err(invalid(
                    ScimType::TooMany,
                    format!("the group has more than {WALK_MAX} members"),
                ));
            }
            if !full {
                return Ok(members);
            }
        }
    }

    async fn shown(&self, group: Group, with_members: bool) -> Result<ScimGroup, Error> {
        let members = if with_members { Some(self.members(&group.name).await?) } else { None };
        Ok(ScimGroup { group, members })
    }

    /// The groups matching the filter (judged on name and id), a page in name order.
    /// `filter_members`: the filter names `members` (Entra asks whether a
    /// user is in a group so), and each group's members are read to judge it.
    pub async fn list_groups(
        &self,
        caller: &Caller,
        query: &ListQuery,
        (with_members, filter_members): (bool, bool),
    ) -> Result<ListedGroups, Error> {
        self.admin.acting(caller, Permission::ReadUsers).await?;
        let all = match &query.filter {
            // The lookup providers make before creating a group: one read.
            Some(Filter::Attr(AttrExp::Comparison(path, CompareOp::Eq, CompValue::Str(name))))
                if path.name.eq_ignore_ascii_case("displayName") && path.sub_attr.is_none() =>
            {
                match GroupName::parse(name) {
                    Ok(name) => self.ports.directory.group(&name).await?.into_iter().collect(),
                    Err(_) => Vec::new(),
                }
            }
            _ => self.every_group().await?,
        };
        let mut matching: Vec<Group> = Vec::new();
        for group in all {
            let Some(filter) = &query.filter else {
                matching.push(group);
                continue;
            };
            let judged = self.shown(group, filter_members).await?;
            if filter::matches(filter, &to_resource(&judged, "")) {
                matching.push(judged.group);
            }
        }
        let total = matching.len();
        let start_index = query.start_index.max(1);
        let mut groups = Vec::new();
        for group in matching.into_iter().skip(start_index - 1).take(query.count.min(COUNT_MAX)) {
            groups.push(self.shown(group, with_members).await?);
        }
        Ok(ListedGroups { total, start_index, groups })
    }

    /// Every group in name order, at most [`WALK_MAX`] (`tooMany` beyond).
    async fn every_group(&self) -> Result<Vec<Group>, Error> {
        let mut all = Vec::new();
        let mut after: Option<GroupName> = None;
        loop {
            let page = self.ports.directory.groups_page(after.as_ref(), PAGE).await?;
            let full = page.len() == PAGE;
            after = page.last().map(|g| g.name.clone());
            all.extend(page);
            if all.len() > WALK_MAX {
                return Err(invalid(
                    ScimType::TooMany,
                    format!("more than {WALK_MAX} groups: filter by displayName"),
                ));
            }
            if !full {
                return Ok(all);
            }
        }
    }

    /// One group with its members.
    pub async fn get_group(&self, caller: &Caller, id: &str, with_members: bool) -> Result<ScimGroup, Error> {
        self.admin.acting(caller, Permission::ReadUsers).await?;
        let group = self.ports.directory.group(&name_of(id)?).await?.ok_or(Error::GroupNotFound)?;
        self.shown(group, with_members).await
    }

    /// Creates the group `resource` names, with its members.
    pub async fn create_group(
        &self,
        caller: &Caller,
        resource: &Value,
        meta: &RequestMeta,
    ) -> Result<ScimGroup, Error> {
        self.admin.acting(caller, Permission::ManageUsers).await?;
        let Value::Object(map) = resource else {
            return Err(invalid(ScimType::InvalidSyntax, "a group is a JSON object"));
        };
        let Some(Value::String(display)) = super::resource::get(map, "displayName") else {
            return Err(invalid(ScimType::InvalidValue, "displayName is required"));
        };
        let name = GroupName::parse(display)
            .map_err(|e| invalid(ScimType::InvalidValue, format!("displayName {}", e.message)))?;
        let wanted = member_ids(map)?;
        let external = external_id(map)?;
        match self.admin.create_group(caller, name.clone(), None, meta).await {
            Ok(_) => {}
            Err(Error::GroupExists) => {
                return Err(invalid(ScimType::Uniqueness, "a group with this displayName exists"));
            }
            Err(err) => return Err(err),
        }
        if external.is_some() {
            self.admin.set_group_external_id(caller, &name, external, meta).await?;
        }
        self.regroup(caller, &name, &BTreeSet::new(), &wanted, meta).await?;
        self.get_group(caller, name.as_str(), true).await
    }

    /// Sets the group's members to those `resource` lists.
    pub async fn replace_group(
        &self,
        caller: &Caller,
        id: &str,
        resource: &Value,
        meta: &RequestMeta,
    ) -> Result<ScimGroup, Error> {
        self.admin.acting(caller, Permission::ManageUsers).await?;
        let current = self.get_group(caller, id, true).await?;
        let Value::Object(map) = resource else {
            return Err(invalid(ScimType::InvalidSyntax, "a group is a JSON object"));
        };
        same_name(map, &current.group.name)?;
        let external = external_id(map)?;
        if external != current.group.external_id {
            self.admin.set_group_external_id(caller, &current.group.name, external, meta).await?;
        }
        let before = current.members.iter().flatten().map(|(id, _)| id.as_str().to_owned()).collect();
        self.regroup(caller, &current.group.name, &before, &member_ids(map)?, meta).await?;
        self.get_group(caller, id, true).await
    }

    /// Applies PATCH `operations` to the group's resource and writes the
    /// members it adds and takes away.
    pub async fn patch_group(
        &self,
        caller: &Caller,
        id: &str,
        operations: &[patch::Operation],
        meta: &RequestMeta,
    ) -> Result<ScimGroup, Error> {
        self.admin.acting(caller, Permission::ManageUsers).await?;
        let current = self.get_group(caller, id, true).await?;
        let mut resource = match to_resource(&current, "") {
            Value::Object(map) => map,
            _ => Map::new(),
        };
        resource.remove("meta");
        let before = member_ids(&resource)?;
        // Okta's pathless replace repeats the group's id beside its displayName.
        let operations: Vec<patch::Operation> = operations
            .iter()
            .cloned()
            .map(|mut op| {
                if let (None, Some(Value::Object(value))) = (&op.path, op.value.as_mut())
                    && value.get("id").and_then(Value::as_str) == Some(current.group.name.as_str())
                {
                    value.remove("id");
                }
                op
            })
            .collect();
        patch::apply(&mut resource, &operations)?;
        same_name(&resource, &current.group.name)?;
        let external = external_id(&resource)?;
        if external != current.group.external_id {
            self.admin.set_group_external_id(caller, &current.group.name, external, meta).await?;
        }
        self.regroup(caller, &current.group.name, &before, &member_ids(&resource)?, meta).await?;
        self.get_group(caller, id, true).await
    }

    /// Deletes the group: it is taken off every member and out of the reset scope.
    pub async fn delete_group(&self, caller: &Caller, id: &str, meta: &RequestMeta) -> Result<(), Error> {
        self.admin.acting(caller, Permission::ManageUsers).await?;
        // The provider's directory decided; members who lose self-service reset with it are audited.
        self.admin.delete_group(caller, &name_of(id)?, true, meta).await.map(|_| ())
    }

    /// Adds the members in `after` but not `before`, removes the reverse.
    async fn regroup(
        &self,
        caller: &Caller,
        name: &GroupName,
        before: &BTreeSet<String>,
        after: &BTreeSet<String>,
        meta: &RequestMeta,
    ) -> Result<(), Error> {
        let joins = after.difference(before).map(|id| (id, true));
        let leaves = before.difference(after).map(|id| (id, false));
        for (id, join) in joins.chain(leaves) {
            match self.admin.set_membership(caller, name, &UserId::new(id), join, meta).await {
                Ok(()) => {}
                Err(Error::UserNotFound) => {
                    return Err(invalid(ScimType::InvalidValue, format!("no user has the id {id:?}")));
                }
                Err(err) => return Err(err),
            }
        }
        Ok(())
    }
}
