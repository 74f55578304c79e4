//! Users: search by the start of a username, name or email, narrow by filters,
//! page through with the server's cursor, and create a user (who gets an
//! invitation to set their own password).

use latchkey_dto::{AdminUserList, AdminUserRow, CreateUserRequest, ProblemCode, RegistrationState};
use latchkey_web::field::Field;
use latchkey_web::notice::take_flash;
use leptos::ev::SubmitEvent;
use leptos::prelude::*;
use leptos::task::spawn_local;

use crate::api;
use crate::app::{Ctx, Perm};
use crate::route::Route;
use crate::ui::{Check, Link, Notice, NoticeBox, Select, list, when};

/// The rows one page shows; the server allows up to 200.
const PAGE_SIZE: u32 = 50;

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
}

impl Query {
    fn to_query_string(&self, next: Option<&str>) -> String {
        let mut parts = vec![format!("limit={PAGE_SIZE}")];
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
        if let Some(next) = next {
            add("next", next);
        }
        parts.join("&")
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
    /// `?password_expired=true`, `?registration=…`), as the home's tiles do.
    fn read_address(self) {
        let search = web_sys::window().and_then(|w| w.location().search().ok()).unwrap_or_default();
        for pair in search.trim_start_matches('?').split('&') {
            match pair.split_once('=') {
                Some(("locked", "true")) => self.locked.set(true),
                Some(("password_expired", "true")) => self.expired.set(true),
                Some(("registration", value)) => self.registration.set(value.to_owned()),
                _ => {}
            }
        }
    }

    fn query(self) -> Query {
        Query {
            search: self.search.get_untracked(),
            group: self.group.get_untracked(),
            role: self.role.get_untracked(),
            enabled: self.enabled.get_untracked(),
            registration: self.registration.get_untracked(),
            locked: self.locked.get_untracked(),
            password_expired: self.expired.get_untracked(),
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

#[component]
pub fn Users() -> impl IntoView {
    let ctx = expect_context::<Ctx>();
    let filters = Filters::new();
    filters.read_address();
    let paging = Paging {
        query: RwSignal::new(filters.query()),
        cursor: RwSignal::new(None),
        previous: RwSignal::new(Vec::new()),
    };
    let error = RwSignal::new(None);
    let flash = take_flash(ctx.flash);
    let creating = RwSignal::new(false);
    let apply = Callback::new(move |()| paging.start(filters.query()));
    let page = LocalResource::new(move || {
        let qs = paging.query.with(|q| q.to_query_string(paging.cursor.get().as_deref()));
        let token = ctx.token();
        async move {
            let token = token.ok_or(api::ApiError::Network)?;
            api::users(&token, &qs).await
        }
    });
    Effect::new(move || {
        if let Some(Err(e)) = page.get() {
            ctx.failed(&e, error);
        } else {
            error.set(None);
        }
    });
    let page_number = move || paging.previous.with(Vec::len) + 1;

    view! {
        <section class="card wide">
            <div class="title-row">
                <h1 id="page-title" tabindex="-1">"Users"</h1>
                <Show when=move || ctx.may(Perm::ManageUsers)>
                    <button type="button" class="secondary" id="new-user" aria-expanded=move || creating.get().to_string()
                        on:click=move |_| creating.update(|c| *c = !*c)>
                        "New user"
                    </button>
                </Show>
            </div>
            <NoticeBox notice=flash tone="success" />
            <Show when=move || creating.get()>
                <CreateUser done=Callback::new(move |id: String| {
                    creating.set(false);
                    ctx.go(Route::User(id));
                }) />
            </Show>
            <SearchForm filters apply />
            <NoticeBox notice=error />
            <Transition fallback=|| view! { <p class="loading" role="status">"Loading users…"</p> }>
                {move || page.get().and_then(Result::ok).map(|list| view! {
                    <Results list number=page_number() paging />
                })}
            </Transition>
        </section>
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
                <Field id="search" label="Find users" value=filters.search kind="search"
                    hint="The start of a username, name or email address." />
                <button type="submit" class="primary">"Search"</button>
            </div>
            <details class="filters">
                <summary>"Filters"</summary>
                <div class="filter-grid">
                    <Field id="filter-group" label="Group" value=filters.group />
                    <Select id="filter-role" label="Role" value=filters.role on_change=apply options=vec![
                        ("", "Any role"), ("user", "Users only"), ("admin", "Administrators"),
                        ("helpdesk", "Help desk"), ("reports_reader", "Report readers")] />
                    <Select id="filter-enabled" label="Account" value=filters.enabled on_change=apply options=vec![
                        ("", "Enabled or disabled"), ("true", "Enabled"), ("false", "Disabled")] />
                    <Select id="filter-registration" label="Registration" value=filters.registration on_change=apply options=vec![
                        ("", "Any"), ("registered", "Registered"), ("not_registered", "Not registered"),
                        ("confirm_due", "Re-confirmation due")] />
                    <Check id="filter-locked" label="Locked out now" value=filters.locked on_change=apply />
                    <Check id="filter-expired" label="Password expired" value=filters.expired on_change=apply />
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
) -> impl IntoView {
    let Paging { cursor, previous, .. } = paging;
    let next = list.next.clone();
    let empty = list.users.is_empty();
    view! {
        <p class="count" role="status">{
            if empty { "No users match.".to_owned() }
            else { format!("Page {number}: {} user(s)", list.users.len()) }
        }</p>
        <Show when=move || !empty>
            <UserTable rows=list.users.clone() />
        </Show>
        <nav class="pager" aria-label="Pages">
            <button type="button" class="secondary" id="previous-page"
                disabled=move || previous.with(Vec::is_empty)
                on:click=move |_| {
                    let mut stack = previous.get_untracked();
                    if let Some(before) = stack.pop() {
                        previous.set(stack);
                        cursor.set(before);
                    }
                }>
                "Previous page"
            </button>
            <button type="button" class="secondary" id="next-page" disabled=next.is_none()
                on:click=move |_| {
                    if let Some(n) = next.clone() {
                        previous.update(|p| p.push(cursor.get_untracked()));
                        cursor.set(Some(n));
                    }
                }>
                "Next page"
            </button>
        </nav>
    }
}

#[component]
fn UserTable(rows: Vec<AdminUserRow>) -> impl IntoView {
    view! {
        <div class="table-wrap" tabindex="0" role="region" aria-label="Users">
            <table class="users">
                <thead>
                    <tr>
                        <th scope="col">"Name"</th>
                        <th scope="col">"Email"</th>
                        <th scope="col">"Groups"</th>
                        <th scope="col">"Roles"</th>
                        <th scope="col">"Status"</th>
                        <th scope="col">"Last sign-in"</th>
                    </tr>
                </thead>
                <tbody>
                    {rows.into_iter().map(|u| {
                        let status = status_text(&u);
                        view! {
                        <tr>
                            <td>
                                <Link to=Route::User(u.id.clone())>{u.display_name.clone()}</Link>
                                <span class="username">{u.username.clone()}</span>
                            </td>
                            <td>{u.email.clone().unwrap_or_default()}</td>
                            <td>{u.groups.join(", ")}</td>
                            <td>{roles_text(&u.roles)}</td>
                            <td>{status}</td>
                            <td>{when(u.last_sign_in_at)}</td>
                        </tr>
                    }}).collect_view()}
                </tbody>
            </table>
        </div>
    }
}

/// Roles beyond the one everyone holds.
pub fn roles_text(roles: &[String]) -> String {
    let named: Vec<&str> = roles.iter().filter(|r| *r != "user").map(|r| role_label(r)).collect();
    if named.is_empty() { "—".to_owned() } else { named.join(", ") }
}

pub fn role_label(role: &str) -> &str {
    match role {
        "admin" => "Administrator",
        "helpdesk" => "Help desk",
        "reports_reader" => "Report reader",
        "user" => "User",
        other => other,
    }
}

fn status_text(u: &AdminUserRow) -> String {
    let mut parts = Vec::new();
    if !u.enabled {
        parts.push("Disabled");
    }
    if u.must_change_password {
        parts.push("Must change password");
    }
    parts.push(registration_label(u.registration));
    parts.join(" · ")
}

pub fn registration_label(state: RegistrationState) -> &'static str {
    match state {
        RegistrationState::Complete => "Registered",
        RegistrationState::Incomplete => "Not registered",
        RegistrationState::ConfirmDue => "Re-confirmation due",
        RegistrationState::NotInScope => "Not in reset scope",
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
        };
        errors.iter().for_each(|e| e.set(None));
        error.set(None);
        busy.set(true);
        spawn_local(async move {
            match api::create_user(&token, &request).await {
                Ok(user) => {
                    ctx.flash.set(Some(Notice::new(
                        "User created",
                        match user.invitation {
                            Some(i) => format!("An invitation to set a password went to {}.", i.sent_to),
                            None => "No invitation was sent; send one from this page when ready.".to_owned(),
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
            <h2 id="new-user-title">"New user"</h2>
            <p class="hint">"You never choose a user's password: they get an invitation code by email and set their own."</p>
            <NoticeBox notice=error />
            <Field id="new-username" label="Username" value=username error=errors[0] autofocus=true
                hint="Letters, digits and . _ - @; stored in lower case." />
            <Field id="new-display-name" label="Display name" value=display error=errors[1] />
            <Field id="new-email" label="Email" value=email error=errors[2] kind="email"
                hint="Where the invitation goes." />
            <Field id="new-groups" label="Groups" value=groups error=errors[3] hint="Separate several with commas." />
            <fieldset>
                <legend>"Roles"</legend>
                <Check id="new-role-admin" label="Administrator" value=admin />
                <Check id="new-role-helpdesk" label="Help desk" value=helpdesk />
            </fieldset>
            <Check id="new-invite" label="Send the invitation now" value=invite />
            <button type="submit" class="primary" disabled=move || busy.get()>
                {move || if busy.get() { "Creating…" } else { "Create user" }}
            </button>
        </form>
    }
}
