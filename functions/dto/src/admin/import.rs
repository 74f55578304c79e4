//! Bulk import of users: what each row did.

use serde::{Deserialize, Serialize};

#[cfg(feature = "openapi")]
use utoipa::ToSchema;

/// One row's result in `POST /v1/admin/users/import`.
#[derive(Debug, Clone, Serialize, Deserialize, PartialEq, Eq)]
#[cfg_attr(feature = "openapi", derive(ToSchema))]
pub struct ImportRowResult {
    /// The row's line in the file (the header is line 1).
    pub line: usize,
    pub username: String,
    /// `created`, `updated`, `unchanged` or `error`.
    pub result: String,
    /// The column at fault (`error`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub field: Option<String>,
    /// Why a row failed (`error`); for a `created` row of an `invite=true`
    /// import, where its invitation went or why none could go.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub reason: Option<String>,
}

/// `200` from `POST /v1/admin/users/import`.
#[derive(Debug, Clone, Serialize, Deserialize, PartialEq, Eq)]
#[cfg_attr(feature = "openapi", derive(ToSchema))]
pub struct ImportReport {
    /// A dry run wrote nothing: the results say what a real run would do.
    pub dry_run: bool,
    pub created: usize,
    pub updated: usize,
    pub unchanged: usize,
    pub errors: usize,
    /// Every row, in file order.
    pub rows: Vec<ImportRowResult>,
}
