//! Users: search by a username, an email or any word of a name, narrow by
//! filters, sort, page through with the server's cursor, choose the columns
//! and the page size, act on several users at once, and create a user (who
//! gets an invitation to set their own password).

use latchkey_dto::{
    AdminUserList, AdminUserRow, CreateUserRequest, ProblemCode, RegistrationState, UpdateUserRequest,
};
use latchkey_web::field::Field;
use latchkey_web::i18n::{t, tf};
use latchkey_web::notice::take_flash;
use leptos::ev::SubmitEvent;
use leptos::prelude::*;
use leptos::task::spawn_local;

use crate::api;
use crate::app::{Ctx, Perm};
use crate::k;
use crate::route::Route;
use crate::ui::{
    Check, ConfirmButton, GROUP_NAMES, GroupNames, Link, Notice, NoticeBox, Select, download, list, notice,
    when,
};

/// The page sizes offered; the server allows up to 200.
const PAGE_SIZES: [u32; 4] = [25, 50, 100, 200];

/// What the list is asked for; a change starts again at page one.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
struct Query {
    search: String,
    group: String,
    role: String,
    enabled: String,
    registration: String,
    locked: bool,
    password_expired: bool,
    /// `username`, `display_name`, either with `-` for the reverse, or
    /// empty (by username). The server sorts the whole list; a search lists
    /// its best matches first, so then the page shown is sorted here.
    sort: String,
    page_size: u32,
}

impl Query {
    fn searching(&self) -> bool {
        !self.search.trim().is_empty()
    }

    fn to_query_string(&self, next: Option<&str>) -> String {
        let mut parts = vec![format!("limit={}", self.page_size)];
        let mut add = |key: &str, value: &str| {
            if !value.trim().is_empty() {
                parts.push(format!("{key}={}", String::from(js_sys::encode_uri_component(value.trim()))));
            }
        };
        add("search", &self.search);
        add("group", &self.group);
        add("role", &self.role);
        add("enabled", &self.enabled);
        add("registration", &self.registration);
        if self.locked {
            add("locked", "true");
        }
        if self.password_expired {
            add("password_expired", "true");
        }
        if !self.searching() {
            add("sort", &self.sort);
        }
        if let Some(next) = next {
            add("next", next);
        }
        parts.join("&")
    }
}

/// The operator's choices for the table, kept in this browser: the page
/// size and the columns hidden.
#[derive(Clone, Copy)]
struct Prefs {
    page_size: RwSignal<u32>,
    hidden: RwSignal<Vec<Column>>,
}

const PREFS_KEY: &str = "latchkey.console.users";

impl Prefs {
    fn load() -> Self {
        let saved = storage().and_then(|s| s.get_item(PREFS_KEY).ok().flatten()).unwrap_or_default();
        let mut page_size = 50;
        let mut hidden = Vec::new();
        for part in saved.split(';') {
            match part.split_once('=') {
                Some(("size", n)) => {
                    if let Some(n) = n.parse().ok().filter(|n| PAGE_SIZES.contains(n)) {
                        page_size = n;
                    }
                }
                Some(("hide", cols)) => {
                    hidden = cols.split(',').filter_map(Column::from_key).collect();
                }
                _ => {}
            }
        }
        Prefs { page_size: RwSignal::new(page_size), hidden: RwSignal::new(hidden) }
    }

    fn save(self) {
        let hide: Vec<&str> = self.hidden.get_untracked().iter().map(|c| c.key()).collect();
        let value = format!("size={};hide={}", self.page_size.get_untracked(), hide.join(","));
        if let Some(s) = storage() {
            let _ = s.set_item(PREFS_KEY, &value);
        }
    }

    fn shows(self, column: Column) -> bool {
        self.hidden.with(|h| !h.contains(&column))
    }
}

fn storage() -> Option<web_sys::Storage> {
    web_sys::window().and_then(|w| w.local_storage().ok().flatten())
}

/// The columns an operator may hide; the name always shows.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Column {
    Username,
    Email,
    Groups,
    Roles,
    Status,
    LastSignIn,
}

impl Column {
    const ALL: [Column; 6] =
        [Column::Username, Column::Email, Column::Groups, Column::Roles, Column::Status, Column::LastSignIn];

    fn key(self) -> &'static str {
        match self {
            Column::Username => "username",
            Column::Email => "email",
            Column::Groups => "groups",
            Column::Roles => "roles",
            Column::Status => "status",
            Column::LastSignIn => "last_sign_in",
        }
    }

    /// The cells' class, for the stylesheet (a phone hides some columns).
    fn class(self) -> String {
        format!("col-{}", self.key())
    }

    fn from_key(key: &str) -> Option<Column> {
        Column::ALL.into_iter().find(|c| c.key() == key)
    }

    fn label(self) -> &'static str {
        match self {
            Column::Username => t(k::USERS_COLUMN_USERNAME),
            Column::Email => t(k::USERS_COLUMN_EMAIL),
            Column::Groups => t(k::USERS_COLUMN_GROUPS),
            Column::Roles => t(k::USERS_COLUMN_ROLES),
            Column::Status => t(k::USERS_COLUMN_STATUS),
            Column::LastSignIn => t(k::USERS_COLUMN_LAST_SIGN_IN),
        }
    }

    /// The cell's text for `u`.
    fn text(self, u: &AdminUserRow) -> String {
        match self {
            Column::Username => u.username.clone(),
            Column::Email => u.email.clone().unwrap_or_default(),
            Column::Groups => u.groups.join(", "),
            Column::Roles => roles_text(&u.roles),
            Column::Status => status_text(u),
            Column::LastSignIn => when(u.last_sign_in_at),
        }
    }
}

/// The search box and the filters as typed; they apply on Search, or at once
/// for a drop-down or a checkbox.
#[derive(Clone, Copy)]
struct Filters {
    search: RwSignal<String>,
    group: RwSignal<String>,
    role: RwSignal<String>,
    enabled: RwSignal<String>,
    registration: RwSignal<String>,
    locked: RwSignal<bool>,
    expired: RwSignal<bool>,
}

impl Filters {
    fn new() -> Self {
        Filters {
            search: RwSignal::new(String::new()),
            group: RwSignal::new(String::new()),
            role: RwSignal::new(String::new()),
            enabled: RwSignal::new(String::new()),
            registration: RwSignal::new(String::new()),
            locked: RwSignal::new(false),
            expired: RwSignal::new(false),
        }
    }

    /// The filters a link to the list names in its query (`?locked=true`,
    /// `?password_expired=true`, `?registration=…`, `?group=…`), as the
    /// home's tiles and a group's page do.
    fn read_address(self) {
        let search = web_sys::window().and_then(|w| w.location().search().ok()).unwrap_or_default();
        for pair in search.trim_start_matches('?').split('&') {
            match pair.split_once('=') {
                Some(("locked", "true")) => self.locked.set(true),
                Some(("password_expired", "true")) => self.expired.set(true),
                Some(("registration", value)) => self.registration.set(value.to_owned()),
                Some(("group", value)) => self.group.set(
                    js_sys::decode_uri_component(value)
                        .map(String::from)
                        .unwrap_or_else(|_| value.to_owned()),
                ),
                _ => {}
            }
        }
    }

    fn query(self, sort: String, page_size: u32) -> Query {
        Query {
            search: self.search.get_untracked(),
            group: self.group.get_untracked(),
            role: self.role.get_untracked(),
            enabled: self.enabled.get_untracked(),
            registration: self.registration.get_untracked(),
            locked: self.locked.get_untracked(),
            password_expired: self.expired.get_untracked(),
            sort,
            page_size,
        }
    }
}

/// The query in force, the cursor of the page shown, and the cursors of the
/// pages before it (the server's cursors only go forward).
#[derive(Clone, Copy)]
struct Paging {
    query: RwSignal<Query>,
    cursor: RwSignal<Option<String>>,
    previous: RwSignal<Vec<Option<String>>>,
}

impl Paging {
    /// A new query, from its first page.
    fn start(self, query: Query) {
        self.query.set(query);
        self.cursor.set(None);
        self.previous.set(Vec::new());
    }
}

/// The rows ticked on the page shown, for the bulk actions.
type Selection = RwSignal<Vec<AdminUserRow>>;

#[component]
pub fn Users() -> impl IntoView {
    let ctx = expect_context::<Ctx>();
    let filters = Filters::new();
    filters.read_address();
    let prefs = Prefs::load();
    let paging = Paging {
        query: RwSignal::new(filters.query(String::new(), prefs.page_size.get_untracked())),
        cursor: RwSignal::new(None),
        previous: RwSignal::new(Vec::new()),
    };
    let error = RwSignal::new(None);
    let flash = take_flash(ctx.flash);
    let creating = RwSignal::new(false);
    let selected: Selection = RwSignal::new(Vec::new());
    let apply = Callback::new(move |()| {
        let sort = paging.query.with_untracked(|q| q.sort.clone());
        paging.start(filters.query(sort, prefs.page_size.get_untracked()));
    });
    let page = LocalResource::new(move || {
        let qs = paging.query.with(|q| q.to_query_string(paging.cursor.get().as_deref()));
        let token = ctx.token();
        async move {
            let token = token.ok_or(api::ApiError::Network)?;
            api::users(&token, &qs).await
        }
    });
    Effect::new(move || {
        // A new page, a new selection.
        if let Some(Err(e)) = page.get() {
            ctx.failed(&e, error);
        } else {
            error.set(None);
        }
        selected.set(Vec::new());
    });
    let page_number = move || paging.previous.with(Vec::len) + 1;
    let reload = Callback::new(move |()| page.refetch());

    view! {
        <section class="card wide">
            <div class="title-row">
                <h1 id="page-title" tabindex="-1">{t(k::USERS_TITLE)}</h1>
                <Show when=move || ctx.may(Perm::ManageUsers)>
                    <button type="button" class="secondary" id="new-user" aria-expanded=move || creating.get().to_string()
                        on:click=move |_| creating.update(|c| *c = !*c)>
                        {t(k::USERS_NEW_USER)}
                    </button>
                </Show>
            </div>
            <GroupNames />
            <NoticeBox notice=flash tone="success" />
            <Show when=move || creating.get()>
                <CreateUser done=Callback::new(move |id: String| {
                    creating.set(false);
                    ctx.go(Route::User(id));
                }) />
            </Show>
            <SearchForm filters apply />
            <TableOptions prefs paging />
            <NoticeBox notice=error />
            <Bulk selected reload />
            <Transition fallback=|| view! { <p class="loading" role="status">{t(k::USERS_LOADING)}</p> }>
                {move || page.get().and_then(Result::ok).map(|list| view! {
                    <Results list number=page_number() paging prefs selected />
                })}
            </Transition>
        </section>
    }
}

/// The page size and the columns shown, remembered in this browser.
#[component]
fn TableOptions(prefs: Prefs, paging: Paging) -> impl IntoView {
    let size = RwSignal::new(prefs.page_size.get_untracked().to_string());
    let resize = Callback::new(move |()| {
        let Ok(n) = size.get_untracked().parse::<u32>() else { return };
        prefs.page_size.set(n);
        prefs.save();
        let mut query = paging.query.get_untracked();
        query.page_size = n;
        paging.start(query);
    });
    view! {
        <div class="table-options">
            <Select id="page-size" label=t(k::USERS_PAGE_SIZE) value=size on_change=resize options=vec![
                ("25", "25"), ("50", "50"), ("100", "100"), ("200", "200")] />
            <details class="columns">
                <summary>{t(k::USERS_COLUMNS)}</summary>
                <fieldset>
                    <legend>{t(k::USERS_SHOW_COLUMNS)}</legend>
                    {Column::ALL.into_iter().map(|column| {
                        let id = format!("column-{}", column.key());
                        view! {
                            <div class="field check">
                                <input type="checkbox" id=id.clone() prop:checked=move || prefs.shows(column)
                                    on:change=move |ev| {
                                        let show = event_target_checked(&ev);
                                        prefs.hidden.update(|h| {
                                            h.retain(|c| *c != column);
                                            if !show { h.push(column); }
                                        });
                                        prefs.save();
                                    } />
                                <label for=id>{column.label()}</label>
                            </div>
                        }
                    }).collect_view()}
                </fieldset>
            </details>
        </div>
    }
}

/// The search box, and the filters behind their disclosure.
#[component]
fn SearchForm(
    filters: Filters,
    /// Runs the query as typed, from its first page.
    apply: Callback<()>,
) -> impl IntoView {
    let submit = move |ev: SubmitEvent| {
        ev.prevent_default();
        apply.run(());
    };
    view! {
        <form class="search" role="search" on:submit=submit novalidate>
            <div class="search-row">
                <Field id="search" label=t(k::USERS_FIND) value=filters.search kind="search"
                    hint=t(k::USERS_FIND_HINT) />
                <button type="submit" class="primary">{t(k::USERS_SEARCH)}</button>
            </div>
            <details class="filters">
                <summary>{t(k::USERS_FILTERS)}</summary>
                <div class="filter-grid">
                    <Field id="filter-group" label=t(k::USERS_FILTER_GROUP) value=filters.group list=GROUP_NAMES />
                    <Select id="filter-role" label=t(k::USERS_FILTER_ROLE) value=filters.role on_change=apply options=vec![
                        ("", t(k::USERS_FILTER_ROLE_ANY)), ("user", t(k::USERS_FILTER_ROLE_USERS)),
                        ("admin", t(k::USERS_FILTER_ROLE_ADMINS)), ("helpdesk", t(k::USERS_FILTER_ROLE_HELPDESK)),
                        ("reports_reader", t(k::USERS_FILTER_ROLE_REPORT_READERS))] />
                    <Select id="filter-enabled" label=t(k::USERS_FILTER_ACCOUNT) value=filters.enabled on_change=apply options=vec![
                        ("", t(k::USERS_FILTER_ACCOUNT_ANY)), ("true", t(k::USERS_FILTER_ACCOUNT_ENABLED)),
                        ("false", t(k::USERS_FILTER_ACCOUNT_DISABLED))] />
                    <Select id="filter-registration" label=t(k::USERS_FILTER_REGISTRATION) value=filters.registration on_change=apply options=vec![
                        ("", t(k::USERS_FILTER_REGISTRATION_ANY)),
                        ("registered", registration_label(RegistrationState::Complete)),
                        ("not_registered", registration_label(RegistrationState::Incomplete)),
                        ("confirm_due", registration_label(RegistrationState::ConfirmDue))] />
                    <Check id="filter-locked" label=t(k::USERS_FILTER_LOCKED) value=filters.locked on_change=apply />
                    <Check id="filter-expired" label=t(k::USERS_FILTER_EXPIRED) value=filters.expired on_change=apply />
                </div>
            </details>
        </form>
    }
}

/// One page of the list: how many, the table, and the way to the pages
/// before and after.
#[component]
fn Results(
    list: AdminUserList,
    /// This page's number, counting from 1.
    number: usize,
    paging: Paging,
    prefs: Prefs,
    selected: Selection,
) -> impl IntoView {
    let Paging { cursor, previous, .. } = paging;
    let next = list.next.clone();
    let empty = list.users.is_empty();
    let count = list.users.len();
    // The store counts no list cheaply (a count would read every user), so
    // the list says what this page holds and whether more follow.
    let summary = match (empty, next.is_some(), number) {
        (true, _, _) => t(k::USERS_NONE_MATCH).to_owned(),
        (false, true, _) => tf(k::USERS_PAGE_MORE, &[("number", number.into()), ("count", count.into())]),
        (false, false, 1) => tf(k::USERS_MATCH, &[("count", count.into())]),
        (false, false, _) => tf(k::USERS_PAGE_LAST, &[("number", number.into()), ("count", count.into())]),
    };
    view! {
        <p class="count" role="status">{summary}</p>
        <Show when=move || !empty>
            <UserTable rows=list.users.clone() paging prefs selected />
        </Show>
        <nav class="pager" aria-label=t(k::USERS_PAGES)>
            <button type="button" class="secondary" id="previous-page"
                disabled=move || previous.with(Vec::is_empty)
                on:click=move |_| {
                    let mut stack = previous.get_untracked();
                    if let Some(before) = stack.pop() {
                        previous.set(stack);
                        cursor.set(before);
                    }
                }>
                {t(k::USERS_PREVIOUS_PAGE)}
            </button>
            <button type="button" class="secondary" id="next-page" disabled=next.is_none()
                on:click=move |_| {
                    if let Some(n) = next.clone() {
                        previous.update(|p| p.push(cursor.get_untracked()));
                        cursor.set(Some(n));
                    }
                }>
                {t(k::USERS_NEXT_PAGE)}
            </button>
        </nav>
    }
}

/// A column's heading that sorts the list by `key` (`username` or
/// `display_name`), and the other way round when pressed again.
#[component]
fn SortHeading(label: &'static str, key: &'static str, paging: Paging) -> impl IntoView {
    let state = move || {
        paging.query.with(|q| match q.sort.as_str() {
            s if s == key || (s.is_empty() && key == "username" && !q.searching()) => Some(false),
            s if s.strip_prefix('-') == Some(key) => Some(true),
            _ => None,
        })
    };
    let press = move |_| {
        let mut query = paging.query.get_untracked();
        query.sort = if state() == Some(false) { format!("-{key}") } else { key.to_owned() };
        paging.start(query);
    };
    view! {
        <th scope="col" aria-sort=move || match state() {
            Some(false) => "ascending",
            Some(true) => "descending",
            None => "none",
        }>
            <button type="button" class="sort" on:click=press>
                {label}
                <span aria-hidden="true">{move || match state() {
                    Some(false) => " ▲",
                    Some(true) => " ▼",
                    None => "",
                }}</span>
            </button>
        </th>
    }
}

#[component]
fn UserTable(
    mut rows: Vec<AdminUserRow>,
    paging: Paging,
    prefs: Prefs,
    selected: Selection,
) -> impl IntoView {
    // A search's page comes in its best matches' order; a chosen sort
    // orders what it shows.
    let (searching, sort) = paging.query.with_untracked(|q| (q.searching(), q.sort.clone()));
    if searching && !sort.is_empty() {
        let key = sort.trim_start_matches('-');
        rows.sort_by_cached_key(|u| {
            if key == "display_name" { u.display_name.to_lowercase() } else { u.username.clone() }
        });
        if sort.starts_with('-') {
            rows.reverse();
        }
    }
    let on_page = StoredValue::new(rows.clone());
    let everything_ticked =
        move || on_page.with_value(|all| selected.with(|s| !all.is_empty() && s.len() == all.len()));
    let tick_all = move |ev: leptos::ev::Event| {
        selected.set(if event_target_checked(&ev) { on_page.get_value() } else { Vec::new() });
    };
    let column = move |c: Column| move || prefs.shows(c);
    view! {
        <div class="table-wrap" tabindex="0" role="region" aria-label=t(k::USERS_TABLE)>
            <table class="users">
                <thead>
                    <tr>
                        <th scope="col" class="pick">
                            <input type="checkbox" id="select-page" aria-label=t(k::USERS_SELECT_PAGE)
                                prop:checked=everything_ticked on:change=tick_all />
                        </th>
                        <SortHeading label=t(k::USERS_COLUMN_NAME) key="display_name" paging />
                        <Show when=column(Column::Username)>
                            <SortHeading label=Column::Username.label() key="username" paging />
                        </Show>
                        {[Column::Email, Column::Groups, Column::Roles, Column::Status, Column::LastSignIn].into_iter().map(|c| view! {
                            <Show when=column(c)><th scope="col" class=c.class()>{c.label()}</th></Show>
                        }).collect_view()}
                    </tr>
                </thead>
                <tbody>
                    {rows.into_iter().map(|u| {
                        let id = u.id.clone();
                        let ticked = {
                            let id = id.clone();
                            Memo::new(move |_| selected.with(|s| s.iter().any(|r| r.id == id)))
                        };
                        let row = u.clone();
                        let tick = move |ev: leptos::ev::Event| {
                            let on = event_target_checked(&ev);
                            selected.update(|s| {
                                s.retain(|r| r.id != row.id);
                                if on { s.push(row.clone()); }
                            });
                        };
                        let cells = Column::ALL.into_iter().map(|c| {
                            let text = c.text(&u);
                            view! { <Show when=column(c)><td class=c.class()>{text.clone()}</td></Show> }
                        }).collect_view();
                        view! {
                        <tr class:picked=ticked>
                            <td class="pick">
                                <input type="checkbox" prop:checked=ticked on:change=tick
                                    aria-label=tf(k::USERS_SELECT_ROW, &[("name", u.display_name.as_str().into())]) />
                            </td>
                            <td>
                                <Link to=Route::User(id)>{u.display_name.clone()}</Link>
                            </td>
                            {cells}
                        </tr>
                    }}).collect_view()}
                </tbody>
            </table>
        </div>
    }
}

/// What a bulk action does to one user.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum BulkAction {
    Disable,
    Enable,
    ReRegister,
    EndSessions,
    AddToGroup,
}

impl BulkAction {
    fn done(self) -> &'static str {
        match self {
            BulkAction::Disable => t(k::USERS_OUTCOME_DISABLED),
            BulkAction::Enable => t(k::USERS_OUTCOME_ENABLED),
            BulkAction::ReRegister => t(k::USERS_OUTCOME_REREGISTER),
            BulkAction::EndSessions => t(k::USERS_OUTCOME_SIGNED_OUT),
            BulkAction::AddToGroup => t(k::USERS_OUTCOME_ADDED),
        }
    }

    /// The same call, with the same role rules and audit, as the action on
    /// one user's page.
    async fn run(self, token: &str, user: &AdminUserRow, group: &str) -> Result<(), api::ApiError> {
        match self {
            BulkAction::Disable | BulkAction::Enable => {
                let edit = UpdateUserRequest {
                    version: user.version,
                    enabled: Some(self == BulkAction::Enable),
                    ..UpdateUserRequest::default()
                };
                api::update_user(token, &user.id, &edit).await.map(drop)
            }
            BulkAction::ReRegister => api::clear_methods(token, &user.id).await,
            BulkAction::EndSessions => api::end_sessions(token, &user.id).await,
            BulkAction::AddToGroup => api::add_member(token, group, &user.id).await,
        }
    }
}

/// One user's outcome in a bulk action.
#[derive(Clone)]
struct Outcome {
    name: String,
    ok: bool,
    text: String,
}

/// The actions on the ticked users, one call a user with a progress bar and
/// each user's outcome; the list is read again when they are done.
#[component]
fn Bulk(selected: Selection, reload: Callback<()>) -> impl IntoView {
    let ctx = expect_context::<Ctx>();
    let group = RwSignal::new(String::new());
    let progress = RwSignal::new(None::<(usize, usize)>);
    let outcomes = RwSignal::new(Vec::<Outcome>::new());
    let busy = Signal::derive(move || progress.with(|p| p.is_some_and(|(done, all)| done < all)));
    let run = move |action: BulkAction| {
        let Some(token) = ctx.token() else { return };
        let users = selected.get_untracked();
        let group = group.get_untracked().trim().to_owned();
        let me = ctx.me();
        outcomes.set(Vec::new());
        progress.set(Some((0, users.len())));
        spawn_local(async move {
            for (n, user) in users.iter().enumerate() {
                let outcome = if me.as_deref() == Some(user.id.as_str()) {
                    Err(t(k::USERS_BULK_SKIPPED_SELF).to_owned())
                } else {
                    action.run(&token, user, &group).await.map_err(|e| {
                        let n = notice(&e);
                        format!("{} {}", n.title, n.body)
                    })
                };
                let (ok, text) = match outcome {
                    Ok(()) => (true, action.done().to_owned()),
                    Err(why) => (false, why),
                };
                outcomes.update(|o| o.push(Outcome { name: user.display_name.clone(), ok, text }));
                progress.set(Some((n + 1, users.len())));
            }
            reload.run(());
        });
    };
    let count = move || selected.with(Vec::len);
    view! {
        <Show when=move || count() != 0 || !outcomes.with(Vec::is_empty)>
            <div class="bulk panel" role="region" aria-label=t(k::USERS_BULK_REGION)>
                <p class="bulk-count"><strong>{move || match count() {
                    0 => t(k::USERS_BULK_DONE).to_owned(),
                    n => tf(k::USERS_SELECTED, &[("count", n.into())]),
                }}</strong></p>
                <Show when=move || count() != 0>
                <div class="bulk-actions">
                    <Show when=move || ctx.may(Perm::ManageUsers)>
                        <ConfirmButton label=t(k::USERS_BULK_DISABLE) busy
                            warning=t(k::USERS_BULK_DISABLE_WARNING).to_owned()
                            confirm=t(k::USERS_BULK_DISABLE_CONFIRM) on_confirm=Callback::new(move |()| run(BulkAction::Disable)) />
                        <button type="button" class="secondary" disabled=busy on:click=move |_| run(BulkAction::Enable)>{t(k::USERS_BULK_ENABLE)}</button>
                        <ConfirmButton label=t(k::USERS_BULK_REREGISTER) busy
                            warning=t(k::USERS_BULK_REREGISTER_WARNING).to_owned()
                            confirm=t(k::USERS_BULK_REREGISTER_CONFIRM) on_confirm=Callback::new(move |()| run(BulkAction::ReRegister)) />
                        <button type="button" class="secondary" disabled=busy on:click=move |_| run(BulkAction::EndSessions)>{t(k::USERS_BULK_END_SESSIONS)}</button>
                        <form class="inline-form" on:submit=move |ev: SubmitEvent| {
                            ev.prevent_default();
                            if !group.get_untracked().trim().is_empty() { run(BulkAction::AddToGroup); }
                        }>
                            <Field id="bulk-group" label=t(k::USERS_BULK_GROUP) value=group list=GROUP_NAMES />
                            <button type="submit" class="primary" disabled=busy>{t(k::USERS_BULK_ADD_TO_GROUP)}</button>
                        </form>
                    </Show>
                    <button type="button" class="secondary" id="export-selected" on:click=move |_| {
                        download("latchkey-selected-users.csv", &selected_csv(&selected.get_untracked()));
                    }>{t(k::USERS_BULK_EXPORT)}</button>
                </div>
                </Show>
                {move || progress.get().map(|(done, all)| view! {
                    <div class="progress" role="status">
                        <label for="bulk-progress">{tf(k::USERS_BULK_PROGRESS, &[("done", done.into()), ("all", all.into())])}</label>
                        <progress id="bulk-progress" max=all value=done></progress>
                    </div>
                })}
                <Show when=move || !outcomes.with(Vec::is_empty)>
                    <ul class="outcomes" aria-label=t(k::USERS_BULK_OUTCOMES)>
                        {move || outcomes.get().into_iter().map(|o| view! {
                            <li class:bad=!o.ok><strong>{o.name}</strong>": "{o.text}</li>
                        }).collect_view()}
                    </ul>
                </Show>
            </div>
        </Show>
    }
}

/// The selected rows as a spreadsheet, with the same columns as the list.
fn selected_csv(rows: &[AdminUserRow]) -> String {
    // Quoted, and a leading = + - @ defused, so no spreadsheet runs a cell.
    let quote = |s: &str| {
        let s = if s.starts_with(['=', '+', '-', '@']) { format!("'{s}") } else { s.to_owned() };
        format!("\"{}\"", s.replace('"', "\"\""))
    };
    let mut out = String::from(
        "username,display_name,email,groups,roles,enabled,registration,last_sign_in_at\r\n", // not words: column names, as the import reads them back
    );
    for u in rows {
        let fields = [
            u.username.clone(),
            u.display_name.clone(),
            u.email.clone().unwrap_or_default(),
            u.groups.join(";"),
            u.roles.join(";"),
            u.enabled.to_string(),
            registration_label(u.registration).to_owned(),
            u.last_sign_in_at.map(|t| t.to_rfc3339()).unwrap_or_default(),
        ];
        out.push_str(&fields.iter().map(|f| quote(f)).collect::<Vec<_>>().join(","));
        out.push_str("\r\n");
    }
    out
}

/// Roles beyond the one everyone holds.
pub fn roles_text(roles: &[String]) -> String {
    let named: Vec<&str> = roles.iter().filter(|r| *r != "user").map(|r| role_label(r)).collect();
    if named.is_empty() { "—".to_owned() } else { named.join(", ") }
}

pub fn role_label(role: &str) -> &str {
    match role {
        "admin" => t(k::USERS_ROLE_ADMIN),
        "helpdesk" => t(k::USERS_ROLE_HELPDESK),
        "reports_reader" => t(k::USERS_ROLE_REPORTS_READER),
        "user" => t(k::USERS_ROLE_USER),
        other => other,
    }
}

fn status_text(u: &AdminUserRow) -> String {
    let mut parts = Vec::new();
    let locked = u.locked_until.map(|at| {
        tf(k::USERS_STATUS_LOCKED_UNTIL, &[("at", latchkey_web::time::local_date_time(&at).into())])
    });
    if let Some(locked) = &locked {
        parts.push(locked.as_str());
    }
    if !u.enabled {
        parts.push(t(k::USERS_STATUS_DISABLED));
    }
    if u.must_change_password {
        parts.push(t(k::USERS_STATUS_MUST_CHANGE));
    }
    parts.push(registration_label(u.registration));
    parts.join(" · ")
}

pub fn registration_label(state: RegistrationState) -> &'static str {
    match state {
        RegistrationState::Complete => t(k::USERS_REGISTRATION_COMPLETE),
        RegistrationState::Incomplete => t(k::USERS_REGISTRATION_INCOMPLETE),
        RegistrationState::ConfirmDue => t(k::USERS_REGISTRATION_CONFIRM_DUE),
        RegistrationState::NotInScope => t(k::USERS_REGISTRATION_NOT_IN_SCOPE),
    }
}

/// A new user: no password (an invitation lets them set their own).
#[component]
fn CreateUser(done: Callback<String>) -> impl IntoView {
    let ctx = expect_context::<Ctx>();
    let username = RwSignal::new(String::new());
    let display = RwSignal::new(String::new());
    let email = RwSignal::new(String::new());
    let groups = RwSignal::new(String::new());
    let admin = RwSignal::new(false);
    let helpdesk = RwSignal::new(false);
    let invite = RwSignal::new(true);
    let errors: [RwSignal<Option<String>>; 4] = std::array::from_fn(|_| RwSignal::new(None));
    let error = RwSignal::new(None::<Notice>);
    let busy = RwSignal::new(false);
    let submit = move |ev: SubmitEvent| {
        ev.prevent_default();
        let Some(token) = ctx.token() else { return };
        if busy.get_untracked() {
            return;
        }
        let mut roles = Vec::new();
        if admin.get_untracked() {
            roles.push("admin".to_owned());
        }
        if helpdesk.get_untracked() {
            roles.push("helpdesk".to_owned());
        }
        let request = CreateUserRequest {
            username: username.get_untracked().trim().to_owned(),
            display_name: display.get_untracked().trim().to_owned(),
            first_name: String::new(),
            last_name: String::new(),
            emails: list(&email.get_untracked()),
            phones: Vec::new(),
            groups: list(&groups.get_untracked()),
            roles,
            send_invitation: invite.get_untracked(),
            // The organisation's until someone chooses one.
            language: None,
        };
        errors.iter().for_each(|e| e.set(None));
        error.set(None);
        busy.set(true);
        spawn_local(async move {
            match api::create_user(&token, &request).await {
                Ok(user) => {
                    ctx.flash.set(Some(Notice::new(
                        t(k::USERS_CREATED_TITLE),
                        match user.invitation {
                            Some(i) => tf(k::USERS_CREATED_INVITED, &[("to", i.sent_to.into())]),
                            None => t(k::USERS_CREATED_NOT_INVITED).to_owned(),
                        },
                    )));
                    done.run(user.id);
                }
                Err(e) => {
                    let field = e.problem().and_then(|p| p.field.clone());
                    let slot = match (e.code(), field.as_deref()) {
                        (Some(ProblemCode::UsernameTaken), _) | (_, Some("username")) => Some(0),
                        (_, Some("display_name")) => Some(1),
                        (_, Some(f)) if f.starts_with("emails") => Some(2),
                        (_, Some(f)) if f.starts_with("groups") => Some(3),
                        _ => None,
                    };
                    match (slot, e.problem()) {
                        (Some(i), Some(p)) => errors[i].set(Some(p.detail.clone())),
                        _ => ctx.failed(&e, error),
                    }
                }
            }
            busy.set(false);
        });
    };
    view! {
        <form class="panel" on:submit=submit novalidate aria-labelledby="new-user-title">
            <h2 id="new-user-title">{t(k::USERS_NEW_USER)}</h2>
            <p class="hint">{t(k::USERS_CREATE_LEAD)}</p>
            <NoticeBox notice=error />
            <Field id="new-username" label=t(k::USERS_CREATE_USERNAME) value=username error=errors[0] autofocus=true
                hint=t(k::USERS_CREATE_USERNAME_HINT) />
            <Field id="new-display-name" label=t(k::USERS_CREATE_DISPLAY_NAME) value=display error=errors[1] />
            <Field id="new-email" label=t(k::USERS_CREATE_EMAIL) value=email error=errors[2] kind="email"
                hint=t(k::USERS_CREATE_EMAIL_HINT) />
            <Field id="new-groups" label=t(k::USERS_CREATE_GROUPS) value=groups error=errors[3] list=GROUP_NAMES
                hint=t(k::USERS_CREATE_GROUPS_HINT) />
            <fieldset>
                <legend>{t(k::USERS_CREATE_ROLES)}</legend>
                <Check id="new-role-admin" label=t(k::USERS_ROLE_ADMIN) value=admin />
                <Check id="new-role-helpdesk" label=t(k::USERS_ROLE_HELPDESK) value=helpdesk />
            </fieldset>
            <Check id="new-invite" label=t(k::USERS_CREATE_INVITE) value=invite />
            <button type="submit" class="primary" disabled=move || busy.get()>
                {move || if busy.get() { t(k::USERS_CREATE_BUSY) } else { t(k::USERS_CREATE_SUBMIT) }}
            </button>
        </form>
    }
}
