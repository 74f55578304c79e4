//! Bulk import of users: one row at a time, each row all-or-nothing.
//!
//! A row is upserted by username: created when new (without a password —
//! an invitation sets one), updated when any field differs, left alone when
//! none does, so running the same file again changes nothing (idempotent)
//! and an interrupted import is finished by running it again (resumable).
//! A bad row is reported with its line, field and reason and never stops the
//! others; a dry run reports exactly what a real run would do and writes
//! nothing.
//!
//! A `language` cell sets the user's language (`de`, `pt-BR`, any case; the
//! region is not kept); an empty one, or no such column, leaves the language
//! as it is, so that a file from a system that knows nothing of it never
//! undoes a choice the user made.

use std::collections::BTreeSet;

use crate::admin::Admin;
use crate::admin::people::parse_name;
use crate::model::audit::{Action, AuditEvent, Outcome, RequestMeta};
use crate::model::error::Error;
use crate::model::language::Language;
use crate::model::roles::Permission;
use crate::model::settings::OrgSettings;
use crate::model::user::{NewUser, Role, SessionToken, User};
use crate::model::values::{E164, Email, GroupName, ParseError, UserId, Username};

/// One row as read from the file: text, not yet trusted.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct ImportRow {
    /// The row's line in the file (the header is line 1).
    pub line: usize,
    pub username: String,
    pub display_name: String,
    pub first_name: String,
    pub last_name: String,
    pub emails: Vec<String>,
    pub mobile: String,
    pub office_phone: String,
    pub groups: Vec<String>,
    pub roles: Vec<String>,
    /// Empty: leave the user's language as it is.
    pub language: String,
}

/// What became of one row.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum RowOutcome {
    Created,
    Updated,
    Unchanged,
    Error { field: String, reason: String },
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RowResult {
    pub line: usize,
    pub username: String,
    pub outcome: RowOutcome,
    /// What else happened to a created user (the invitation sent, or why not).
    pub note: Option<String>,
}

/// How an import runs.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct ImportMode {
    /// Write nothing; say what a real run would do.
    pub dry_run: bool,
    /// Send each user the import creates an invitation to set a password.
    pub invite: bool,
}

/// A row, checked: what the user should look like.
struct Wanted {
    new: NewUser,
    office_phone: Option<E164>,
    /// `None`: leave the language as it is (`new.language` holds the same).
    language: Option<Language>,
}

fn checked(row: &ImportRow, settings: &OrgSettings) -> Result<Wanted, Error> {
    let username = Username::parse(&row.username)?;
    let display = if row.display_name.trim().is_empty() {
        format!("{} {}", row.first_name.trim(), row.last_name.trim()).trim().to_owned()
    } else {
        row.display_name.clone()
    };
    let display = if display.is_empty() { username.to_string() } else { display };
    let phone = |raw: &str, field: &'static str| -> Result<Option<E164>, Error> {
        let raw = raw.trim();
        if raw.is_empty() {
            return Ok(None);
        }
        let number = E164::parse(raw).map_err(|e| e.with_field(field))?;
        if !settings.telephony.allows(&number) {
            return Err(Error::InvalidInput(ParseError::new(
                field,
                "is in a country the organisation does not text or call",
            )));
        }
        Ok(Some(number))
    };
    if row.emails.len() > 10 || row.groups.len() > crate::model::groups::GROUPS_PER_USER_MAX {
        let field = if row.emails.len() > 10 { "emails" } else { "groups" };
        return Err(Error::InvalidInput(ParseError::new(field, "has too many entries")));
    }
    let mut roles = BTreeSet::from([Role::User]);
    for raw in row.roles.iter().map(|r| r.trim()).filter(|r| !r.is_empty()) {
        roles.insert(Role::parse(raw).ok_or_else(|| {
            ParseError::new("roles", "must each be one of user, admin, helpdesk, reports_reader")
        })?);
    }
    let language = Some(row.language.trim()).filter(|l| !l.is_empty()).map(Language::parse).transpose()?;
    let new = NewUser {
        username,
        display_name: parse_name(&display, "display_name", false)?,
        first_name: parse_name(&row.first_name, "first_name", true)?,
        last_name: parse_name(&row.last_name, "last_name", true)?,
        emails: row
            .emails
            .iter()
            .map(|e| e.trim())
            .filter(|e| !e.is_empty())
            .map(|e| Email::parse(e).map_err(|err| err.with_field("emails")))
            .collect::<Result<_, _>>()?,
        phones: phone(&row.mobile, "mobile")?.into_iter().collect(),
        roles,
        groups: row
            .groups
            .iter()
            .map(|g| g.trim())
            .filter(|g| !g.is_empty())
            .map(|g| GroupName::parse(g).map_err(|e| e.with_field("groups")))
            .collect::<Result<_, _>>()?,
        language,
    };
    Ok(Wanted { new, office_phone: phone(&row.office_phone, "office_phone")?, language })
}

/// Applies `wanted` to `user`; true when anything changed.
fn apply(user: &mut User, wanted: &Wanted) -> bool {
    let before = user.clone();
    let new = &wanted.new;
    user.display_name.clone_from(&new.display_name);
    user.first_name.clone_from(&new.first_name);
    user.last_name.clone_from(&new.last_name);
    user.emails.clone_from(&new.emails);
    user.phones.clone_from(&new.phones);
    user.groups.clone_from(&new.groups);
    user.roles.clone_from(&new.roles);
    user.registration.office_phone.clone_from(&wanted.office_phone);
    if let Some(language) = wanted.language {
        user.language = Some(language);
    }
    *user != before
}

impl Admin {
    /// Every user, in username order, for an export (administrators only).
    pub async fn export_users(&self, id: &UserId, token: &SessionToken) -> Result<Vec<User>, Error> {
        self.authorized(id, token, Permission::ManageUsers).await?;
        Ok(self.ports.directory.users().await?)
    }

    /// The operator of an import, who must be an administrator (an import
    /// creates users and may grant roles).
    pub async fn import_operator(
        &self,
        id: &UserId,
        token: &SessionToken,
    ) -> Result<(User, OrgSettings), Error> {
        let me = self.authorized(id, token, Permission::ManageUsers).await?;
        Ok((me, self.ports.directory.settings().await?))
    }

    /// Imports one row (or, with `dry_run`, says what importing it would do).
    /// Never fails: a problem with the row, or a dependency that is down,
    /// is that row's result.
    pub async fn import_row(
        &self,
        me: &User,
        settings: &OrgSettings,
        row: &ImportRow,
        mode: ImportMode,
        meta: &RequestMeta,
    ) -> RowResult {
        let mut note = None;
        let outcome = match self.import_checked(me, settings, row, mode.dry_run, meta).await {
            Ok((RowOutcome::Created, Some(id))) if mode.invite => {
                // The user exists whatever happens to the email: an invitation
                // that could not go is said, and can be sent again from the user.
                note = Some(match self.invite_as(me, &id, None, meta).await {
                    Ok(sent) => format!("invitation sent to {}", sent.to.as_str()),
                    Err(Error::InvalidInput(_)) => "no invitation: the user has no email address".to_owned(),
                    Err(_) => "no invitation: sending failed; send one from the user's page".to_owned(),
                });
                RowOutcome::Created
            }
            Ok((RowOutcome::Created, _)) if mode.invite && mode.dry_run => {
                note = Some("an invitation would be sent".to_owned());
                RowOutcome::Created
            }
            Ok((outcome, _)) => outcome,
            Err(Error::InvalidInput(e)) => RowOutcome::Error { field: e.field.to_owned(), reason: e.message },
            Err(Error::PhoneCountryNotAllowed) => RowOutcome::Error {
                field: "mobile".into(),
                reason: "is in a country the organisation does not text or call".into(),
            },
            Err(Error::UsernameTaken | Error::Contention) => RowOutcome::Error {
                field: "username".into(),
                reason: "changed by someone else during the import; run the import again".into(),
            },
            Err(_) => RowOutcome::Error {
                field: String::new(),
                reason:
                    "the directory is unavailable; nothing was written for this row, run the import again"
                        .into(),
            },
        };
        RowResult { line: row.line, username: row.username.trim().to_lowercase(), outcome, note }
    }

    async fn import_checked(
        &self,
        me: &User,
        settings: &OrgSettings,
        row: &ImportRow,
        dry_run: bool,
        meta: &RequestMeta,
    ) -> Result<(RowOutcome, Option<UserId>), Error> {
        let wanted = checked(row, settings)?;
        crate::on_contention!({
            let event = |user: &User, action: Action, reason: &str| {
                AuditEvent::about(
                    self.ports.stamp(),
                    Some(&me.id),
                    user,
                    (action, Outcome::Success),
                    reason,
                    meta,
                )
            };
            match self.ports.directory.user_by_username(&wanted.new.username).await? {
                None => {
                    if dry_run {
                        return Ok((RowOutcome::Created, None));
                    }
                    let now = self.ports.clock.now();
                    let mut user = wanted.new.clone().into_user(UserId::new(self.ports.random.hex(16)), now);
                    user.registration.office_phone.clone_from(&wanted.office_phone);
                    let created = event(&user, Action::UserCreated, "import");
                    crate::admin::groups::ensure(&self.ports, Some(&me.id), &user.groups, meta).await?;
                    match self.ports.directory.create_user(&user, &created).await {
                        Ok(()) => {}
                        // Someone took the name meanwhile: look again.
                        Err(crate::PortError::Conflict { .. }) => return Err(Error::Contention),
                        Err(err) => return Err(err.into()),
                    }
                    if user.is_privileged() {
                        // As a user created in the console: every administrator hears of it.
                        self.tell_admins_of_roles(settings, &user, me, now).await;
                    }
                    Ok((RowOutcome::Created, Some(user.id.clone())))
                }
                Some(mut user) => {
                    let before = user.clone();
                    if !apply(&mut user, &wanted) {
                        return Ok((RowOutcome::Unchanged, None));
                    }
                    // Roles change under the same rules, audit and notices as an edit.
                    let roles_event = self.change_roles(me, &before, &mut user, meta)?;
                    let roles_changed = roles_event.is_some();
                    if dry_run {
                        return Ok((RowOutcome::Updated, None));
                    }
                    user.version += 1;
                    let mut events = vec![event(&user, Action::UserUpdated, "import")];
                    events.extend(roles_event);
                    if user.groups != before.groups {
                        let named = user.groups.union(&before.groups).cloned().collect();
                        crate::admin::groups::ensure(&self.ports, Some(&me.id), &named, meta).await?;
                    }
                    self.write_edit(me, &before, &user, &events).await?;
                    let now = self.ports.clock.now();
                    if roles_changed {
                        self.tell_admins_of_roles(settings, &user, me, now).await;
                        self.tell_user_of_roles(settings, &before, &user, now).await;
                    }
                    crate::messaging::notices::tell_contacts_added(
                        &self.ports,
                        settings,
                        &before,
                        &user,
                        now,
                    )
                    .await;
                    Ok((RowOutcome::Updated, None))
                }
            }
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::testing::FakeWorld;

    fn row(line: usize, username: &str) -> ImportRow {
        ImportRow {
            line,
            username: username.into(),
            display_name: format!("{username} Person"),
            emails: vec![format!("{username}@contoso.example")],
            groups: vec!["Sales".into()],
            ..Default::default()
        }
    }

    #[tokio::test]
    async fn a_dry_run_writes_nothing_and_a_rerun_changes_nothing() {
        let world = FakeWorld::new();
        let admin = world.add_adele("velvet-otter-compass-17", &[Role::Admin]).await;
        let app = Admin::new(world.ports.clone());
        let settings = OrgSettings::default();
        let meta = RequestMeta::default();
        let rows = [row(2, "ann"), ImportRow { emails: vec!["not-an-email".into()], ..row(3, "bob") }];
        let before = world.audit.events.lock().unwrap().len();
        let dry: Vec<_> = futures_lite(rows.iter().map(|r| {
            app.import_row(&admin, &settings, r, ImportMode { dry_run: true, invite: false }, &meta)
        }))
        .await;
        assert_eq!(dry[0].outcome, RowOutcome::Created);
        assert!(matches!(&dry[1].outcome, RowOutcome::Error { field, .. } if field == "emails"));
        assert_eq!(world.audit.events.lock().unwrap().len(), before, "a dry run writes nothing");
        assert_eq!(world.directory.users.lock().unwrap().len(), 1);

        let real: Vec<_> = futures_lite(
            rows.iter().map(|r| app.import_row(&admin, &settings, r, ImportMode::default(), &meta)),
        )
        .await;
        assert_eq!(real[0].outcome, RowOutcome::Created);
        assert_eq!(world.directory.users.lock().unwrap().len(), 2, "exactly the good row");
        let again = app.import_row(&admin, &settings, &rows[0], ImportMode::default(), &meta).await;
        assert_eq!(again.outcome, RowOutcome::Unchanged);
        let renamed = ImportRow { display_name: "Ann Other".into(), ..rows[0].clone() };
        assert_eq!(
            app.import_row(&admin, &settings, &renamed, ImportMode::default(), &meta).await.outcome,
            RowOutcome::Updated
        );
    }

    #[tokio::test]
    async fn a_language_cell_sets_the_language_an_empty_one_keeps_it_and_a_bad_one_fails_its_row() {
        let world = FakeWorld::new();
        let admin = world.add_adele("velvet-otter-compass-17", &[Role::Admin]).await;
        let app = Admin::new(world.ports.clone());
        let settings = OrgSettings::default();
        let meta = RequestMeta::default();
        let run = |row: ImportRow| {
            let app = app.clone();
            let (admin, settings, meta) = (admin.clone(), settings.clone(), meta.clone());
            async move { app.import_row(&admin, &settings, &row, ImportMode::default(), &meta).await }
        };
        let language_of = |name: &str| {
            let users = world.directory.users.lock().unwrap();
            users.values().find(|u| u.username.as_str() == name).and_then(|u| u.language)
        };

        let ann = ImportRow { language: "pt-BR".into(), ..row(2, "ann") };
        assert_eq!(run(ann.clone()).await.outcome, RowOutcome::Created);
        assert_eq!(language_of("ann"), Some(Language::Pt));
        assert_eq!(run(ann.clone()).await.outcome, RowOutcome::Unchanged, "the same file again");
        let no_cell = ImportRow { language: String::new(), ..ann.clone() };
        assert_eq!(run(no_cell).await.outcome, RowOutcome::Unchanged, "an empty cell keeps the language");
        assert_eq!(language_of("ann"), Some(Language::Pt));
        assert_eq!(run(ImportRow { language: "AR".into(), ..ann }).await.outcome, RowOutcome::Updated);
        assert_eq!(language_of("ann"), Some(Language::Ar));

        let bob = ImportRow { language: "klingon".into(), ..row(3, "bob") };
        let result = run(bob).await;
        assert!(
            matches!(&result.outcome, RowOutcome::Error { field, reason } if field == "language" && reason.contains("en, fr")),
            "{result:?}"
        );
        assert!(world.directory.users.lock().unwrap().values().all(|u| u.username.as_str() != "bob"));
    }

    async fn futures_lite<F: std::future::Future>(futures: impl Iterator<Item = F>) -> Vec<F::Output> {
        let mut out = Vec::new();
        for f in futures {
            out.push(f.await);
        }
        out
    }
}
