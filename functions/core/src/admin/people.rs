//! Administrators' work on users: find them, read one, act on one.
//!
//! Who may do what is decided in [`crate::model::roles`]; everything here that
//! changes a user is a versioned write with its audit event (actor, target,
//! outcome, reason — never a secret), and the user is told on their channels.
//!
//! Lists never scan the directory: each search reads one of the store's
//! sorted indexes (username, display name, email) from a prefix, and filters
//! that the index cannot answer (group, role, state) are applied to at most
//! [`EXAMINE_BUDGET`] users a request, the rest left to the next page.

use std::collections::BTreeSet;

use chrono::{DateTime, Duration, Utc};

use crate::access::limits;
use crate::admin::Admin;
use crate::model::audit::{Action, AuditEvent, Outcome, RequestMeta};
use crate::model::clients::Caller;
use crate::model::directory::DirectoryChange;
use crate::model::error::Error;
use crate::model::language::Language;
use crate::model::registration::{Profile, Status};
use crate::model::roles::{self, Permission};
use crate::model::search::{Direction, UserIndex, UserOrder};
use crate::model::settings::OrgSettings;
use crate::model::user::{NewUser, Role, SessionToken, User};
use crate::model::values::{E164, Email, GroupName, ParseError, Password, PasswordHash, UserId};

/// How many users one list request may look at, matched or not.
pub const EXAMINE_BUDGET: usize = 1000;
/// The most users one page returns.
pub const PAGE_MAX: usize = 200;
/// How long an administrator's temporary password signs in (to change it).
pub const TEMPORARY_PASSWORD_HOURS: i64 = 24;

/// Registration as a list filter.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum RegistrationFilter {
    Registered,
    NotRegistered,
    ConfirmDue,
}

/// What a list asks for. Every filter is optional.
#[derive(Debug, Clone, Default)]
pub struct UserQuery {
    /// A prefix of the username, display name or first email (any case).
    pub search: Option<String>,
    pub group: Option<GroupName>,
    pub role: Option<Role>,
    pub enabled: Option<bool>,
    pub locked: Option<bool>,
    pub registration: Option<RegistrationFilter>,
    pub password_expired: Option<bool>,
    /// The order of a list without a search (a search lists its best
    /// matches first).
    pub order: UserOrder,
    pub limit: usize,
    pub cursor: Option<Cursor>,
}

/// Where a list goes on: which index of the search, and the last sort key
/// looked at in it. Opaque to clients (the API encodes it).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Cursor {
    pub index: UserIndex,
    pub after: String,
}

impl Cursor {
    pub fn encode(&self) -> String {
        format!("{}{}", self.index.position(), self.after)
    }

    pub fn decode(raw: &str) -> Result<Self, ParseError> {
        let bad = || ParseError::new("next", "is not a cursor this API issued");
        let mut chars = raw.chars();
        let index = match chars.next() {
            Some('0') => UserIndex::Username,
            Some('1') => UserIndex::DisplayName,
            Some('2') => UserIndex::Email,
            Some('3') => UserIndex::Word,
            _ => return Err(bad()),
        };
        let after: String = chars.collect();
        if after.is_empty() || after.chars().count() > 400 {
            return Err(bad());
        }
        Ok(Self { index, after })
    }
}

/// One row of a list.
#[derive(Debug, Clone)]
pub struct UserRow {
    pub user: User,
    pub status: Status,
    pub password_expires_at: Option<DateTime<Utc>>,
    /// Until when the account is locked out now (any source). Only the
    /// users list looks it up; other lists of users leave it `None`.
    pub locked_until: Option<DateTime<Utc>>,
}

/// A page of a list.
#[derive(Debug, Clone)]
pub struct UserPage {
    pub users: Vec<UserRow>,
    pub next: Option<Cursor>,
}

/// Everything an administrator sees of one user.
#[derive(Debug, Clone)]
pub struct UserDetail {
    pub profile: Profile,
    /// The account's lockout (any source), when it is locked now.
    pub locked_until: Option<DateTime<Utc>>,
    pub last_reset_at: Option<DateTime<Utc>>,
    /// The newest 20 events about the user, newest first.
    pub activity: Vec<AuditEvent>,
    /// Where the user's Temporary Access Pass stands now, if they have one.
    pub access_pass: Option<crate::model::access_pass::Standing>,
}

/// A temporary password, shown once to the administrator who asked.
pub struct TemporaryPassword {
    pub password: Password,
    pub expires_at: DateTime<Utc>,
}

/// What an identity provider says about a user it creates beyond [`NewUser`].
#[derive(Debug, Clone, Default)]
pub struct Provisioned {
    pub attributes: Option<crate::model::user::Provisioning>,
    /// Created disabled (`active: false`): no invitation goes out.
    pub disabled: bool,
}

/// Fields an administrator may change, each only when given.
#[derive(Debug, Clone, Default)]
pub struct UserEdit {
    pub display_name: Option<String>,
    pub first_name: Option<String>,
    pub last_name: Option<String>,
    pub emails: Option<Vec<Email>>,
    pub phones: Option<Vec<E164>>,
    pub groups: Option<BTreeSet<GroupName>>,
    pub roles: Option<BTreeSet<Role>>,
    pub enabled: Option<bool>,
    pub must_change_password: Option<bool>,
    /// `Some(None)` clears the user's language (they follow the organisation's).
    pub language: Option<Option<Language>>,
    /// An identity provider's attributes, replaced whole (an empty one clears them).
    pub provisioning: Option<crate::model::user::Provisioning>,
}

/// A display or person name: trimmed, 1–128 characters, no control characters.
pub fn parse_name(raw: &str, field: &'static str, allow_empty: bool) -> Result<String, ParseError> {
    let name = raw.trim();
    if (!allow_empty && name.is_empty()) || name.chars().count() > 128 {
        return Err(ParseError::new(field, "must be 1 to 128 characters"));
    }
    if name.chars().any(char::is_control) {
        return Err(ParseError::new(field, "may not contain control characters"));
    }
    Ok(name.to_owned())
}

/// Letters and digits that cannot be misread for each other (no 0/o, 1/l/i).
const TEMPORARY_ALPHABET: &[u8; 32] = b"abcdefghjkmnpqrstuvwxyz23456789A";

/// A temporary password: four groups of four from a 32-symbol alphabet
/// (80 random bits), easy to read out and type.
fn temporary_password(random: &dyn crate::ports::RandomSource) -> String {
    let mut bytes = [0u8; 16];
    random.fill(&mut bytes);
    let symbols: Vec<char> = bytes.iter().map(|b| TEMPORARY_ALPHABET[usize::from(b & 31)] as char).collect();
    symbols.chunks(4).map(|c| c.iter().collect::<String>()).collect::<Vec<_>>().join("-")
}

impl Admin {
    /// The caller, if their session is good and strong enough for their
    /// roles (`crate::access::session::operator`); `roles` decides the rest.
    pub(crate) async fn operator(&self, id: &UserId, token: &SessionToken) -> Result<User, Error> {
        crate::access::session::operator(&self.ports, id, token).await
    }

    /// The caller, if their session is good and their roles allow `permission`.
    pub(crate) async fn authorized(
        &self,
        id: &UserId,
        token: &SessionToken,
        permission: Permission,
    ) -> Result<User, Error> {
        let me = self.operator(id, token).await?;
        roles::require(&me, permission)?;
        Ok(me)
    }

    /// What the caller may do in the console.
    pub async fn permissions(
        &self,
        id: &UserId,
        token: &SessionToken,
    ) -> Result<(User, Vec<Permission>), Error> {
        let me = self.operator(id, token).await?;
        let permissions = roles::permissions(&me);
        if permissions.is_empty() {
            return Err(Error::Forbidden);
        }
        Ok((me, permissions))
    }

    /// A page of users matching `query`, in a stable order: username
    /// matches first, then display-name matches, then email matches, each
    /// user once.
    pub async fn list_users(&self, caller: &Caller, query: &UserQuery) -> Result<UserPage, Error> {
        let me = self.acting(caller, Permission::ReadUsers).await?;
        if query.locked.is_some() {
            // A counter read for each user looked at: a heavy read.
            crate::access::limits::charge_heavy_read(&self.ports, &me.id).await?;
        }
        let settings = self.ports.directory.settings().await?;
        let now = self.ports.clock.now();
        let mut page = self.users_in(query, &settings, now).await?;
        // Each row shows a lockout as the user's page does: one counter read
        // a row, all at once, bounded by the page size (200 at most). The
        // lockout filter has read them already.
        if query.locked.is_none() {
            let locks = futures::future::try_join_all(
                page.users.iter().map(|row| self.locked_until(&row.user, &settings, now)),
            )
            .await?;
            for (row, lock) in page.users.iter_mut().zip(locks) {
                row.locked_until = lock;
            }
        }
        Ok(page)
    }

    /// The list itself, for a caller already authorized.
    pub(crate) async fn users_matching(&self, query: &UserQuery) -> Result<UserPage, Error> {
        let settings = self.ports.directory.settings().await?;
        self.users_in(query, &settings, self.ports.clock.now()).await
    }

    /// The list under `settings` at `now`. A row's `locked_until` is read
    /// only when the query filters on it.
    async fn users_in(
        &self,
        query: &UserQuery,
        settings: &OrgSettings,
        now: DateTime<Utc>,
    ) -> Result<UserPage, Error> {
        let limit = query.limit.clamp(1, PAGE_MAX);
        let prefix = query.search.as_deref().map(|s| s.trim().to_lowercase()).unwrap_or_default();
        // Without a search, the index of the chosen order alone lists
        // everyone, read either way; a search reads each index in turn.
        let only = [query.order.index()];
        let (indexes, direction): (&[UserIndex], Direction) = if prefix.is_empty() {
            (&only, query.order.direction)
        } else {
            (&UserIndex::ORDER, Direction::Ascending)
        };
        let (mut at, mut after) = match &query.cursor {
            Some(c) => match indexes.iter().position(|i| *i == c.index) {
                Some(at) => (at, Some(c.after.clone())),
                // A cursor of another order or search: not this list's.
                None => return Err(ParseError::new("next", "belongs to a list in another order").into()),
            },
            None => (0, None),
        };
        let mut rows = Vec::new();
        let mut examined = 0;
        while at < indexes.len() {
            let index = indexes[at];
            let want = (limit - rows.len()).min(EXAMINE_BUDGET - examined).clamp(1, PAGE_MAX);
            let page =
                self.ports.directory.users_page(index, &prefix, after.as_deref(), want, direction).await?;
            // A short page is the end of this index.
            let exhausted = page.len() < want;
            let count = page.len();
            for (n, user) in page.into_iter().enumerate() {
                examined += 1;
                after = index.key_for(&user, &prefix);
                // Found by an earlier index of this search: listed there.
                let earlier = indexes[..at].iter().any(|i| i.matches(&user, &prefix));
                if !earlier && keeps(&user, query, settings, now) {
                    // The lockout filter reads a counter: only for users
                    // the other filters kept.
                    let locked_until = match query.locked {
                        Some(_) => self.locked_until(&user, settings, now).await?,
                        None => None,
                    };
                    if query.locked.is_none_or(|wanted| locked_until.is_some() == wanted) {
                        rows.push(UserRow { locked_until, ..row(user, settings, now) });
                    }
                }
                if rows.len() == limit || examined == EXAMINE_BUDGET {
                    let more = n + 1 < count || !exhausted || at + 1 < indexes.len();
                    let next = after.clone().filter(|_| more).map(|after| Cursor { index, after });
                    return Ok(UserPage { users: rows, next });
                }
            }
            if exhausted {
                at += 1;
                after = None;
            }
        }
        Ok(UserPage { users: rows, next: None })
    }

    /// When the account's own lockout (the one that counts every source)
    /// ends, if it is locked now.
    async fn locked_until(
        &self,
        user: &User,
        settings: &OrgSettings,
        now: DateTime<Utc>,
    ) -> Result<Option<DateTime<Utc>>, Error> {
        let name = limits::lock_name(&limits::counted_name(user.username.as_str()), Some(user));
        let [_, account] = limits::sign_in(&self.ports, settings, &name, "");
        limits::blocked(&self.ports, &[account], now).await
    }

    /// One user, with their methods (masked), state and recent activity.
    pub async fn user_detail(&self, caller: &Caller, target: &UserId) -> Result<UserDetail, Error> {
        self.acting(caller, Permission::ReadUsers).await?;
        let user = self.ports.directory.user(target).await?.ok_or(Error::UserNotFound)?;
        self.detail_of(user).await
    }

    /// The answer to an edit `caller` just made: the user's detail when the
    /// caller may read users, `None` otherwise — an edit (even one that
    /// changes nothing) never shows a caller holding only `users:write` what
    /// `users:read` would.
    pub async fn edited_detail(&self, caller: &Caller, written: &User) -> Result<Option<UserDetail>, Error> {
        match self.acting(caller, Permission::ReadUsers).await {
            Ok(_) => Ok(Some(self.written_detail(written).await?)),
            Err(Error::InsufficientScope { .. } | Error::Forbidden) => Ok(None),
            Err(err) => Err(err),
        }
    }

    /// The detail of a user the caller just created or edited: the answer to
    /// its own write, which needs no read permission of its own (a client
    /// may hold `users:write` without `users:read`).
    pub async fn written_detail(&self, written: &User) -> Result<UserDetail, Error> {
        let user = self.ports.directory.user(&written.id).await?.ok_or(Error::UserNotFound)?;
        self.detail_of(user).await
    }

    async fn detail_of(&self, user: User) -> Result<UserDetail, Error> {
        let settings = self.ports.directory.settings().await?;
        let now = self.ports.clock.now();
        let locked_until = self.locked_until(&user, &settings, now).await?;
        let activity = self.ports.audit.for_user(&user.id, 20).await?;
        let last_reset_at = activity
            .iter()
            .find(|e| {
                e.outcome == Outcome::Success
                    && (e.action == Action::AdminPasswordReset
                        || (e.action == Action::ResetCompleted && !e.reason_is("unlock")))
            })
            .map(|e| e.at);
        Ok(UserDetail {
            access_pass: user.access_pass.as_ref().map(|p| p.standing(now)),
            profile: crate::model::registration::profile_of(user, &settings, now),
            locked_until,
            last_reset_at,
            activity,
        })
    }

    /// Resets `target`'s password to a generated temporary one, returned
    /// once and never stored in plain text: it signs in only to change the
    /// password, for [`TEMPORARY_PASSWORD_HOURS`]. Ends the user's sessions
    /// and lifts their lockout. The administrator never chooses it. Only
    /// where the organisation turned temporary passwords on
    /// (`MethodNotAllowed` otherwise: issue a Temporary Access Pass).
    pub async fn reset_with_temporary_password(
        &self,
        caller: &Caller,
        target: &UserId,
        meta: &RequestMeta,
    ) -> Result<TemporaryPassword, Error> {
        let me = self.acting(caller, Permission::ResetPassword).await?;
        let settings = self.ports.directory.settings().await?;
        if !settings.reset.temporary_passwords {
            // The organisation's reset is a Temporary Access Pass.
            return Err(Error::MethodNotAllowed);
        }
        let now = self.ports.clock.now();
        let expires_at = now + Duration::hours(TEMPORARY_PASSWORD_HOURS);
        not_yourself(&me, target, "change your own password instead")?;
        // The password the directory took, and which agent wrote it: a
        // retry after losing a race keeps both instead of writing again.
        let mut written: Option<(Password, PasswordHash, Option<crate::model::directory::Written>)> = None;
        let (user, password) = crate::on_contention!({
            let mut user = self.ports.directory.user(target).await?.ok_or(Error::UserNotFound)?;
            roles::require_on(&me, Permission::ResetPassword, &user)?;
            let verified = crate::admin::verification::consume(&mut user, &me, now)?;
            let (password, hash, agent) = match &written {
                Some(done) => done.clone(),
                None => {
                    let password = self.acceptable_temporary(&me.id, &user, &settings, meta).await?;
                    let hash = self.ports.hasher.hash(&password).await?;
                    let change = DirectoryChange::Password {
                        username: &user.username,
                        password: &password,
                        hash: &hash,
                        must_change: true,
                    };
                    let agent = self.write_back(&me, &user, change, Action::AdminPasswordReset, meta).await?;
                    written.insert((password, hash, agent)).clone()
                }
            };
            if let Some(written) = &agent {
                written.record(&mut user, true);
            }
            user.replace_password(hash, now);
            user.make_password_temporary(expires_at);
            user.must_change_password = true;
            user.revoke_sessions();
            user.unlock();
            user.version += 1;
            let reason = if verified { "temporary_password,verified" } else { "temporary_password" };
            let reason = format!("{reason}{}", crate::passwords::writeback::via(&agent));
            let event = self.operator_event(&me, &user, Action::AdminPasswordReset, &reason, meta);
            self.ports.directory.update_user(&user, &[event]).await?;
            Ok::<_, Error>((user, password))
        })?;
        crate::messaging::notices::tell(
            &self.ports,
            &settings,
            &user,
            &crate::messaging::notices::Notice::new("notice-password-reset-by-admin"),
            now,
        )
        .await;
        if user.is_admin() {
            let notice = crate::messaging::notices::Notice::new("notice-admin-password-reset")
                .text("user", user.username.as_str())
                .text("by", me.username.as_str());
            crate::messaging::notices::tell_admins(&self.ports, &settings, Some(&user.id), &notice, now)
                .await;
        }
        Ok(TemporaryPassword { password, expires_at })
    }

    /// Writes `change` back to `user`'s directory; a refusal or an outage
    /// is recorded as the operator's failed `action` and returned.
    async fn write_back(
        &self,
        me: &User,
        user: &User,
        change: DirectoryChange<'_>,
        action: Action,
        meta: &RequestMeta,
    ) -> Result<Option<crate::model::directory::Written>, Error> {
        let err = match crate::passwords::writeback::write_back(&self.ports, user, change, action).await {
            Ok(agent) => return Ok(agent),
            Err(err) => err,
        };
        let event = AuditEvent::about(
            self.ports.stamp(),
            Some(&me.id),
            user,
            (action, Outcome::Failure),
            crate::passwords::writeback::failure_reason(&err),
            meta,
        );
        self.ports.audit.record(&event).await?;
        Err(err)
    }

    /// A generated password that the policy accepts for `user` (it nearly
    /// always is the first; the policy is checked all the same).
    async fn acceptable_temporary(
        &self,
        admin: &UserId,
        user: &User,
        settings: &OrgSettings,
        meta: &RequestMeta,
    ) -> Result<Password, Error> {
        for _ in 0..5 {
            let password = Password::parse(&temporary_password(self.ports.random.as_ref()), "password")?;
            if crate::passwords::policy::reasons_for(
                &self.ports,
                Some(admin),
                user,
                &password,
                settings,
                meta,
            )
            .await?
            .is_empty()
            {
                return Ok(password);
            }
        }
        Err(Error::Contention)
    }

    /// Lifts `target`'s lockout, wherever the failures came from.
    pub async fn unlock(&self, caller: &Caller, target: &UserId, meta: &RequestMeta) -> Result<(), Error> {
        let me = self.acting(caller, Permission::Unlock).await?;
        let settings = self.ports.directory.settings().await?;
        let mut written: Option<Option<crate::model::directory::Written>> = None;
        let user = crate::on_contention!({
            let mut user = self.ports.directory.user(target).await?.ok_or(Error::UserNotFound)?;
            roles::require_on(&me, Permission::Unlock, &user)?;
            let verified = crate::admin::verification::consume(&mut user, &me, self.ports.clock.now())?;
            let agent = match &written {
                Some(agent) => agent.clone(),
                None => {
                    let change = DirectoryChange::Unlock { username: &user.username };
                    let agent = self.write_back(&me, &user, change, Action::AccountUnlocked, meta).await?;
                    written.insert(agent).clone()
                }
            };
            if let Some(written) = &agent {
                written.record(&mut user, false);
            }
            user.unlock();
            user.version += 1;
            let reason = if verified { "helpdesk,verified" } else { "administrator" };
            let reason = format!("{reason}{}", crate::passwords::writeback::via(&agent));
            let event = self.operator_event(&me, &user, Action::AccountUnlocked, &reason, meta);
            self.ports.directory.update_user(&user, &[event]).await?;
            Ok::<_, Error>(user)
        })?;
        // The reset blocks the account collected (per source ones age out).
        let name = limits::counted_name(user.username.as_str());
        if let Err(err) =
            limits::clear(&self.ports, &limits::reset_blockers(&self.ports, &settings, &name, "")).await
        {
            tracing::warn!(error = %crate::model::error::chain(&err), "could not clear the reset counters");
        }
        let now = self.ports.clock.now();
        crate::messaging::notices::tell(
            &self.ports,
            &settings,
            &user,
            &crate::messaging::notices::Notice::new("notice-account-unlocked-by-admin"),
            now,
        )
        .await;
        Ok(())
    }

    /// Ends every session `target` has.
    pub async fn end_sessions(
        &self,
        id: &UserId,
        token: &SessionToken,
        target: &UserId,
        meta: &RequestMeta,
    ) -> Result<(), Error> {
        // The role first: someone who may not end sessions learns nothing of who exists.
        let me = self.authorized(id, token, Permission::ManageUsers).await?;
        not_yourself(&me, target, "sign out of your own sessions from your account instead")?;
        crate::on_contention!({
            let mut user = self.ports.directory.user(target).await?.ok_or(Error::UserNotFound)?;
            roles::require_on(&me, Permission::ManageUsers, &user)?;
            user.revoke_sessions();
            user.version += 1;
            let event = self.operator_event(&me, &user, Action::UserUpdated, "sessions_ended", meta);
            Ok::<_, Error>(self.ports.directory.update_user(&user, &[event]).await?)
        })
    }

    /// Requires `target` to register again (not oneself): clears the
    /// methods they registered themselves ([`Registration::clear_methods`];
    /// directory contacts stay), so their status reads incomplete unless
    /// directory contacts alone meet the policy, and a sign-in under
    /// `require_registration` sends them to registration. They are told on
    /// the channels they had before the clearing.
    ///
    /// [`Registration::clear_methods`]: crate::model::registration::Registration::clear_methods
    pub async fn clear_methods(
        &self,
        id: &UserId,
        token: &SessionToken,
        target: &UserId,
        meta: &RequestMeta,
    ) -> Result<(), Error> {
        let me = self.authorized(id, token, Permission::ManageUsers).await?;
        not_yourself(&me, target, "change your own methods from your account instead")?;
        let before = crate::on_contention!({
            let mut user = self.ports.directory.user(target).await?.ok_or(Error::UserNotFound)?;
            roles::require_on(&me, Permission::ManageUsers, &user)?;
            let before = user.clone();
            user.registration.clear_methods();
            user.version += 1;
            let event = self.operator_event(&me, &user, Action::UserUpdated, "methods_cleared", meta);
            self.ports.directory.update_user(&user, &[event]).await?;
            Ok::<_, Error>(before)
        })?;
        let settings = self.ports.directory.settings().await?;
        let notice = crate::messaging::notices::Notice::new("notice-methods-cleared");
        crate::messaging::notices::tell(&self.ports, &settings, &before, &notice, self.ports.clock.now())
            .await;
        Ok(())
    }

    /// Removes one of `target`'s passkeys (a lost or retired device); the
    /// owner is told on every channel.
    pub async fn remove_passkey(
        &self,
        (id, token): (&UserId, &SessionToken),
        target: &UserId,
        passkey: &str,
        meta: &RequestMeta,
    ) -> Result<(), Error> {
        let me = self.authorized(id, token, Permission::ManageUsers).await?;
        not_yourself(&me, target, "remove your own passkeys from your account instead")?;
        let (user, name) = crate::on_contention!({
            let mut user = self.ports.directory.user(target).await?.ok_or(Error::UserNotFound)?;
            roles::require_on(&me, Permission::ManageUsers, &user)?;
            let Some(at) = user.registration.passkeys.iter().position(|p| p.id == passkey) else {
                return Err(Error::NotRegistered);
            };
            let removed = user.registration.passkeys.remove(at);
            if user.registration.passkeys.is_empty() {
                user.registration.proven.passkey = None;
            }
            user.version += 1;
            let mut event = self.operator_event(&me, &user, Action::MethodRemoved, "passkey", meta);
            event.methods = vec![crate::model::methods::MethodKind::Passkey];
            self.ports.directory.update_user(&user, &[event]).await?;
            Ok::<_, Error>((user, removed.name))
        })?;
        let settings = self.ports.directory.settings().await?;
        let notice = crate::messaging::notices::Notice::new("notice-passkey-removed").text("name", &name);
        crate::messaging::notices::tell(&self.ports, &settings, &user, &notice, self.ports.clock.now()).await;
        Ok(())
    }

    /// Applies `edit` to `target` if it is still at `version` (the one the
    /// administrator saw): a stale version is `VersionConflict` and nothing
    /// changes, so two administrators never silently undo each other.
    #[expect(
        clippy::too_many_lines,
        reason = "each field of the edit is checked and applied inside the one versioned write; the steps share the user read at the start"
    )]
    pub async fn edit_user(
        &self,
        caller: &Caller,
        target: &UserId,
        version: u64,
        edit: &UserEdit,
        meta: &RequestMeta,
    ) -> Result<User, Error> {
        let me = self.acting(caller, Permission::ManageUsers).await?;
        let settings = self.ports.directory.settings().await?;
        let mut user = self.ports.directory.user(target).await?.ok_or(Error::UserNotFound)?;
        client_leaves_privilege_alone(caller, &user.roles)?;
        if let Some(roles) = &edit.roles {
            client_leaves_privilege_alone(caller, roles)?;
        }
        if user.version != version {
            return Err(Error::VersionConflict { current: user.version });
        }
        if edit.phones.as_ref().is_some_and(|p| p.iter().any(|n| !settings.telephony.allows(n))) {
            return Err(Error::PhoneCountryNotAllowed);
        }
        if user.id == me.id && edit.enabled == Some(false) {
            // The last word on an organisation stays with someone.
            return Err(Error::InvalidInput(ParseError::new("enabled", "you cannot disable yourself")));
        }
        let mut changed: Vec<&str> = Vec::new();
        let mut set = |field: &'static str, differs: bool| {
            if differs {
                changed.push(field);
            }
        };
        let before = user.clone();
        let take = |slot: &mut String, v: &Option<String>| v.iter().for_each(|v| slot.clone_from(v));
        take(&mut user.display_name, &edit.display_name);
        take(&mut user.first_name, &edit.first_name);
        take(&mut user.last_name, &edit.last_name);
        edit.emails.iter().for_each(|v| user.emails.clone_from(v));
        edit.phones.iter().for_each(|v| user.phones.clone_from(v));
        edit.groups.iter().for_each(|v| user.groups.clone_from(v));
        if let Some(v) = &edit.roles {
            let mut roles = v.clone();
            roles.insert(Role::User);
            user.roles = roles;
        }
        if let Some(v) = edit.enabled {
            user.enabled = v;
            if !v && before.enabled {
                // Disabling ends every session at once.
                user.revoke_sessions();
            }
        }
        if let Some(v) = edit.must_change_password {
            user.must_change_password = v;
        }
        if let Some(v) = edit.language {
            user.language = v;
        }
        if let Some(v) = &edit.provisioning {
            user.provisioning = (!v.is_empty()).then(|| v.clone());
        }
        set("display_name", user.display_name != before.display_name);
        set("first_name", user.first_name != before.first_name);
        set("last_name", user.last_name != before.last_name);
        set("emails", user.emails != before.emails);
        set("phones", user.phones != before.phones);
        set("groups", user.groups != before.groups);
        set("enabled", user.enabled != before.enabled);
        set("must_change_password", user.must_change_password != before.must_change_password);
        set("language", user.language != before.language);
        set("provisioning", user.provisioning != before.provisioning);
        let roles_event = self.change_roles(&me, &before, &mut user, meta)?;
        let roles_changed = roles_event.is_some();
        if changed.is_empty() && !roles_changed {
            return Ok(user);
        }
        user.version += 1;
        user.updated_at = Some(self.ports.clock.now());
        let mut events = Vec::new();
        if !changed.is_empty() {
            events.push(self.operator_event(&me, &user, Action::UserUpdated, &changed.join(","), meta));
        }
        events.extend(roles_event);
        if user.groups != before.groups {
            crate::model::groups::check_count(&user.groups)?;
            let named = user.groups.union(&before.groups).cloned().collect();
            crate::admin::groups::ensure(&self.ports, Some(&me.id), &named, meta).await?;
        }
        let written = self.write_edit(&me, &before, &user, &events).await;
        match written {
            Ok(()) => {}
            Err(crate::PortError::Conflict { .. }) => {
                let current = self.ports.directory.user(target).await?.map_or(0, |u| u.version);
                return Err(Error::VersionConflict { current });
            }
            Err(err) => return Err(err.into()),
        }
        let now = self.ports.clock.now();
        crate::messaging::notices::tell_contacts_added(&self.ports, &settings, &before, &user, now).await;
        if roles_changed {
            self.tell_admins_of_roles(&settings, &user, &me, now).await;
            self.tell_user_of_roles(&settings, &before, &user, now).await;
        }
        Ok(user)
    }

    /// Creates a user with no password. With `invite`, an invitation to set
    /// one goes to their first email in the same write; an administrator
    /// never types a user's password.
    pub async fn create_user(
        &self,
        caller: &Caller,
        new: NewUser,
        invite: bool,
        meta: &RequestMeta,
    ) -> Result<(User, Option<crate::admin::invitations::Sent>), Error> {
        self.create_provisioned(caller, (new, Provisioned::default()), invite, meta).await
    }

    /// As [`Admin::create_user`], with what an identity provider also says
    /// about the new user, in the same write.
    pub async fn create_provisioned(
        &self,
        caller: &Caller,
        (new, provisioned): (NewUser, Provisioned),
        invite: bool,
        meta: &RequestMeta,
    ) -> Result<(User, Option<crate::admin::invitations::Sent>), Error> {
        let me = self.acting(caller, Permission::ManageUsers).await?;
        client_leaves_privilege_alone(caller, &new.roles)?;
        let settings = self.ports.directory.settings().await?;
        if new.phones.iter().any(|p| !settings.telephony.allows(p)) {
            return Err(Error::PhoneCountryNotAllowed);
        }
        let now = self.ports.clock.now();
        let mut new = new;
        new.roles.insert(Role::User);
        let mut user = new.into_user(UserId::new(self.ports.random.hex(16)), now);
        user.provisioning = provisioned.attributes.filter(|p| !p.is_empty());
        user.enabled = !provisioned.disabled;
        let drawn = if invite && user.enabled {
            let to = crate::admin::invitations::contact(&user, None)?;
            let (invitation, code) = crate::admin::invitations::draw(&self.ports, &user, to, now);
            user.invitation = Some(invitation.clone());
            Some((invitation, code))
        } else {
            None
        };
        let reason = if invite { "invitation" } else { "no_password" };
        let event = self.operator_event(&me, &user, Action::UserCreated, reason, meta);
        crate::model::groups::check_count(&user.groups)?;
        crate::admin::groups::ensure(&self.ports, Some(&me.id), &user.groups, meta).await?;
        match self.ports.directory.create_user(&user, &event).await {
            Ok(()) => {}
            Err(crate::PortError::Conflict { .. }) => return Err(Error::UsernameTaken),
            Err(err) => return Err(err.into()),
        }
        let sent = match drawn {
            Some((invitation, code)) => {
                crate::admin::invitations::send(&self.ports, &settings, &user, &invitation, &code).await?;
                Some(crate::admin::invitations::Sent {
                    to: invitation.sent_to,
                    expires_at: invitation.expires_at,
                })
            }
            None => None,
        };
        if user.is_privileged() {
            self.tell_admins_of_roles(&settings, &user, &me, now).await;
        }
        Ok((user, sent))
    }

    /// Deletes `target` (not oneself); what the audit trail holds about
    /// them stays.
    pub async fn delete_user(
        &self,
        caller: &Caller,
        target: &UserId,
        meta: &RequestMeta,
    ) -> Result<(), Error> {
        let me = self.acting(caller, Permission::ManageUsers).await?;
        not_yourself(&me, target, "you cannot delete yourself")?;
        crate::on_contention!({
            let user = self.ports.directory.user(target).await?.ok_or(Error::UserNotFound)?;
            client_leaves_privilege_alone(caller, &user.roles)?;
            let event = self.operator_event(&me, &user, Action::UserDeleted, "administrator", meta);
            Ok::<_, Error>(self.ports.directory.delete_user(&user, &event).await?)
        })
    }

    /// Tells every administrator who holds which roles now, and by whom.
    pub(crate) async fn tell_admins_of_roles(
        &self,
        settings: &OrgSettings,
        user: &User,
        by: &User,
        now: DateTime<Utc>,
    ) {
        let notice = crate::messaging::notices::Notice::new("notice-admin-roles")
            .text("user", user.username.as_str())
            .roles(&user.privileged_roles())
            .text("by", by.username.as_str());
        crate::messaging::notices::tell_admins(&self.ports, settings, None, &notice, now).await;
    }

    /// Tells the user, on every channel they had before the change and have
    /// after it, that their roles changed (`before` → `after`): the same
    /// change may have replaced their addresses.
    pub(crate) async fn tell_user_of_roles(
        &self,
        settings: &OrgSettings,
        before: &User,
        after: &User,
        now: DateTime<Utc>,
    ) {
        let roles = after.privileged_roles();
        let notice = if roles.is_empty() {
            crate::messaging::notices::Notice::new("notice-roles-none")
        } else {
            crate::messaging::notices::Notice::new("notice-roles-now").roles(&roles)
        };
        let mut reached = after.clone();
        reached.emails.extend(before.emails.iter().filter(|e| !after.emails.contains(e)).cloned());
        reached.phones.extend(before.phones.iter().filter(|p| !after.phones.contains(p)).cloned());
        crate::messaging::notices::tell(&self.ports, settings, &reached, &notice, now).await;
    }

    /// The rules every change of roles keeps, whoever makes it (the console's
    /// edit, an import): `user` (already changed from `before`) may not lose
    /// the operator's own admin role — so the last administrator is never
    /// demoted, even by two demoting each other at once (see `write_edit`) —
    /// and a privileged role newly granted ends every
    /// session the user has, since those were signed in for a plain user
    /// (the next sign-in leads to the authenticator). The `roles_changed`
    /// event to write with the change, or `None` when the roles are as before.
    pub(crate) fn change_roles(
        &self,
        me: &User,
        before: &User,
        user: &mut User,
        meta: &RequestMeta,
    ) -> Result<Option<AuditEvent>, Error> {
        if user.roles == before.roles {
            return Ok(None);
        }
        if user.id == me.id && before.is_admin() && !user.is_admin() {
            return Err(Error::InvalidInput(ParseError::new(
                "roles",
                "you cannot remove your own admin role",
            )));
        }
        if user.roles.iter().any(|r| r.is_privileged() && !before.roles.contains(r)) {
            user.revoke_sessions();
        }
        let roles = user.privileged_roles();
        let reason = if roles.is_empty() { "none".to_owned() } else { roles.join(",") };
        Ok(Some(self.operator_event(me, user, Action::RolesChanged, &reason, meta)))
    }

    /// Writes an operator's change of `user` (read as `before`). Taking an
    /// administrator's role away also writes the operator's own record at
    /// the version read, in the same transaction: two administrators
    /// demoting each other at the same moment cannot both succeed, so there
    /// is always one left (neither may demote themselves). The groups a
    /// change joins must exist (`admin::groups::ensure`).
    pub(crate) async fn write_edit(
        &self,
        me: &User,
        before: &User,
        user: &User,
        events: &[AuditEvent],
    ) -> Result<(), crate::PortError> {
        let demotes = before.is_admin() && !user.is_admin();
        if user.groups == before.groups && !demotes {
            return self.ports.directory.update_user(user, events).await;
        }
        let mut changes =
            vec![crate::model::groups::Regroup { user: user.clone(), before: before.groups.clone() }];
        if demotes {
            // Read again, not the copy the request began with: an import
            // demotes row after row, each moving the operator's version on.
            let mut still = match self.ports.directory.user(&me.id).await? {
                Some(still) if still.is_admin() => still,
                _ => return Err(crate::PortError::Conflict { what: "operator" }),
            };
            still.version += 1;
            let groups = still.groups.clone();
            changes.push(crate::model::groups::Regroup { user: still, before: groups });
        }
        self.ports.directory.regroup(&changes, events).await
    }

    pub(crate) fn operator_event(
        &self,
        me: &User,
        user: &User,
        action: Action,
        reason: &str,
        meta: &RequestMeta,
    ) -> AuditEvent {
        AuditEvent::about(self.ports.stamp(), Some(&me.id), user, (action, Outcome::Success), reason, meta)
    }
}

/// Whether `user` answers a list's role filter: a privileged role when they
/// hold it; the plain `user` role only for those who hold nothing more
/// (everyone holds `user`, so "users only" would otherwise be everyone).
fn holds_role(user: &User, role: Role) -> bool {
    if role.is_privileged() { user.roles.contains(&role) } else { !user.is_privileged() }
}

/// Administrators do not reset, sign out or delete themselves through the
/// administrators' API: it would end the very session they act in.
fn not_yourself(me: &User, target: &UserId, instead: &str) -> Result<(), Error> {
    if &me.id == target {
        return Err(Error::InvalidInput(ParseError::new("id", format!("is your own account: {instead}"))));
    }
    Ok(())
}

/// Whether `user` passes the filters the index did not, but the lockout
/// (a counter read, made by the caller for the users this keeps).
fn keeps(user: &User, query: &UserQuery, settings: &OrgSettings, now: DateTime<Utc>) -> bool {
    if query.group.as_ref().is_some_and(|g| !user.groups.contains(g))
        || query.role.is_some_and(|r| !holds_role(user, r))
        || query.enabled.is_some_and(|e| user.enabled != e)
        || query.password_expired.is_some_and(|e| user.password_expired(settings, now) != e)
    {
        return false;
    }
    query.registration.is_none_or(|wanted| {
        let status = crate::model::registration::status(user, settings, now).0;
        match wanted {
            RegistrationFilter::Registered => matches!(status, Status::Complete | Status::ConfirmDue),
            RegistrationFilter::NotRegistered => status == Status::Incomplete,
            RegistrationFilter::ConfirmDue => status == Status::ConfirmDue,
        }
    })
}

pub(crate) fn row(user: User, settings: &OrgSettings, now: DateTime<Utc>) -> UserRow {
    let status = crate::model::registration::status(&user, settings, now).0;
    let password_expires_at = user.password_expires_at(settings);
    UserRow { user, status, password_expires_at, locked_until: None }
}

/// An API client with `users:write` provisions people, never those who run
/// Latchkey: it may not create, edit or delete an account holding a
/// privileged role, nor grant one (`Forbidden`). Who administers stays a
/// decision of a signed-in administrator, who is told of every grant.
/// Whether `caller` (acting as `me`) may manage `user`: a person by their
/// role's reach, a client by its scope (checked already) on anyone but a
/// privileged account.
pub(crate) fn may_manage(caller: &Caller, me: &User, user: &User) -> Result<(), Error> {
    match caller {
        Caller::Client { .. } => client_leaves_privilege_alone(caller, &user.roles),
        Caller::User { .. } => roles::require_on(me, Permission::ManageUsers, user),
    }
}

fn client_leaves_privilege_alone(caller: &Caller, roles: &BTreeSet<Role>) -> Result<(), Error> {
    match caller {
        Caller::Client { .. } if roles.iter().any(|r| r.is_privileged()) => Err(Error::Forbidden),
        _ => Ok(()),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::search::UNIQUE;
    use crate::testing::{SeqRandom, sample_user};

    #[test]
    fn cursors_round_trip_and_strangers_are_refused() {
        let cursor = Cursor { index: UserIndex::DisplayName, after: format!("adele vance{UNIQUE}abc") };
        assert_eq!(Cursor::decode(&cursor.encode()).unwrap(), cursor);
        for bad in ["", "9abc", "0", "x"] {
            assert!(Cursor::decode(bad).is_err(), "{bad}");
        }
    }

    #[test]
    fn sort_keys_are_lower_case_and_unique_per_user() {
        let mut a = sample_user("adele");
        a.display_name = "Adele Vance".into();
        a.emails = vec![Email::parse("Adele@Contoso.example").unwrap()];
        let mut b = sample_user("adele2");
        b.display_name = "adele vance".into();
        assert_ne!(UserIndex::DisplayName.sort_key(&a), UserIndex::DisplayName.sort_key(&b));
        assert!(UserIndex::DisplayName.matches(&a, "adele v"));
        assert!(UserIndex::Email.matches(&a, "adele@contoso"));
        assert_eq!(UserIndex::Email.sort_key(&b), None);
    }

    #[test]
    fn the_word_index_holds_each_word_of_the_names_once_and_keys_a_user_once_per_search() {
        let mut a = sample_user("alex");
        a.display_name = "Alex Wilber-Smith".into();
        a.first_name = "Alex".into();
        a.last_name = "O'Wilber".into();
        assert_eq!(
            crate::model::search::words(&a),
            ["alex", "wilber", "smith"],
            "split at marks, short ones and repeats left out"
        );
        assert!(UserIndex::Word.matches(&a, "wil") && UserIndex::Word.matches(&a, "smi"));
        assert!(!UserIndex::Word.matches(&a, "lex"), "a word's start, not its middle");
        assert_eq!(UserIndex::Word.key_for(&a, "wil"), Some(format!("wilber{UNIQUE}{}", a.id)));
        let cursor = Cursor { index: UserIndex::Word, after: format!("wilber{UNIQUE}abc") };
        assert_eq!(Cursor::decode(&cursor.encode()).unwrap(), cursor);
    }

    #[test]
    fn temporary_passwords_are_four_groups_of_unambiguous_symbols() {
        let random = SeqRandom::default();
        let one = temporary_password(&random);
        let two = temporary_password(&random);
        assert_ne!(one, two);
        assert_eq!(one.len(), 19);
        assert!(one.split('-').all(|g| g.len() == 4 && g.bytes().all(|b| TEMPORARY_ALPHABET.contains(&b))));
    }
}
