//! Groups: create, rename, describe and delete them, and add or remove
//! members. The reset scope follows a rename; deleting a group the scope names
//! shows how many users would lose self-service reset and needs "Delete anyway".

use latchkey_dto::{CreateGroupRequest, GroupSummary, ProblemCode, UpdateGroupRequest};
use latchkey_web::field::Field;
use latchkey_web::i18n::{number, t, tf};
use leptos::ev::SubmitEvent;
use leptos::prelude::*;
use leptos::task::spawn_local;

use crate::api::{self, ApiError};
use crate::app::{Ctx, Perm};
use crate::k;
use crate::route::Route;
use crate::ui::{Link, Notice, NoticeBox};

/// The groups, with the group named in the address (`/admin/groups/{name}`)
/// open under the list; opening another one puts its name in the address,
/// so a group can be linked to, reloaded and reached with the back button.
#[component]
pub fn Groups(open: Option<String>) -> impl IntoView {
    let ctx = expect_context::<Ctx>();
    let error = RwSignal::new(None);
    let done = RwSignal::new(None);
    let cursor = RwSignal::new(None::<String>);
    let previous = RwSignal::new(Vec::<Option<String>>::new());
    let selected = RwSignal::new(open);
    Effect::new(move |before: Option<Option<String>>| {
        let now = selected.get();
        // The first run is the address itself; later ones record the change.
        if before.is_some_and(|b| b != now) {
            latchkey_web::nav::push(&latchkey_web::nav::Page::path(
                &now.clone().map_or(Route::Groups, Route::Group),
            ));
        }
        now
    });
    let list = LocalResource::new(move || {
        let token = ctx.token();
        let next = cursor.get();
        async move { api::groups(&token.ok_or(ApiError::Network)?, next.as_deref()).await }
    });
    Effect::new(move || {
        if let Some(Err(e)) = list.get() {
            ctx.failed(&e, error);
        }
    });
    let changed = Callback::new(move |(message, select): (String, Option<String>)| {
        done.set(Some(Notice::new(t(k::UI_SAVED), message)));
        selected.set(select);
        list.refetch();
    });
    view! {
        <section class="card wide">
            <h1 id="page-title" tabindex="-1">{t(k::GROUPS_TITLE)}</h1>
            <p class="lead">{t(k::GROUPS_LEAD)}</p>
            <NoticeBox notice=done tone="success" />
            <NoticeBox notice=error />
            <Show when=move || ctx.may(Perm::ManageUsers)>
                <CreateGroup changed=changed />
            </Show>
            <Transition fallback=|| view! { <p class="loading" role="status">{t(k::GROUPS_LOADING)}</p> }>
                {move || list.get().and_then(Result::ok).map(|page| {
                    let next = page.next.clone();
                    view! {
                        {if page.groups.is_empty() {
                            view! { <p>{t(k::GROUPS_NONE)}</p> }.into_any()
                        } else {
                            view! { <GroupTable groups=page.groups selected=selected /> }.into_any()
                        }}
                        <nav class="pager" aria-label=t(k::GROUPS_PAGES)>
                            <button type="button" class="secondary" disabled=move || previous.with(Vec::is_empty)
                                on:click=move |_| {
                                    let mut stack = previous.get_untracked();
                                    if let Some(before) = stack.pop() {
                                        previous.set(stack);
                                        cursor.set(before);
                                    }
                                }>{t(k::GROUPS_PREVIOUS_PAGE)}</button>
                            <button type="button" class="secondary" disabled=next.is_none()
                                on:click=move |_| if let Some(n) = next.clone() {
                                    previous.update(|p| p.push(cursor.get_untracked()));
                                    cursor.set(Some(n));
                                }>{t(k::GROUPS_NEXT_PAGE)}</button>
                        </nav>
                    }
                })}
            </Transition>
        </section>
        {move || selected.get().map(|name| view! { <GroupDetail name=name changed=changed /> })}
    }
}

#[component]
fn GroupTable(groups: Vec<GroupSummary>, selected: RwSignal<Option<String>>) -> impl IntoView {
    view! {
        <div class="table-wrap" tabindex="0" role="region" aria-label=t(k::GROUPS_TITLE)>
            <table class="groups">
                <thead><tr>
                    <th scope="col">{t(k::GROUPS_COL_GROUP)}</th><th scope="col">{t(k::GROUPS_COL_MEMBERS)}</th>
                    <th scope="col">{t(k::GROUPS_COL_SCOPE)}</th><th scope="col">{t(k::GROUPS_COL_DESCRIPTION)}</th>
                </tr></thead>
                <tbody>
                    {groups.into_iter().map(|g| {
                        let name = g.name.clone();
                        view! {
                            <tr>
                                <td>
                                    <button type="button" class="link" aria-label=tf(k::GROUPS_OPEN, &[("name", (&g.name).into())])
                                        on:click=move |_| {
                                            selected.set(Some(name.clone()));
                                            request_animation_frame(|| crate::ui::focus_by_id("group-title"));
                                        }>{g.name.clone()}</button>
                                    {g.renaming_to.clone().map(|to| view! { <span class="username">{tf(k::GROUPS_RENAMING, &[("to", to.into())])}</span> })}
                                </td>
                                <td>{number(g.members as f64)}</td>
                                <td>{if g.in_scope { t(k::GROUPS_IN_SCOPE) } else { "—" }}</td>
                                <td>{g.description.clone().unwrap_or_default()}</td>
                            </tr>
                        }
                    }).collect_view()}
                </tbody>
            </table>
        </div>
    }
}

#[component]
fn CreateGroup(changed: Callback<(String, Option<String>)>) -> impl IntoView {
    let ctx = expect_context::<Ctx>();
    let name = RwSignal::new(String::new());
    let description = RwSignal::new(String::new());
    let name_error = RwSignal::new(None);
    let error = RwSignal::new(None);
    let submit = move |ev: SubmitEvent| {
        ev.prevent_default();
        let Some(token) = ctx.token() else { return };
        let body = CreateGroupRequest {
            name: name.get_untracked().trim().to_owned(),
            description: Some(description.get_untracked().trim().to_owned()).filter(|d| !d.is_empty()),
        };
        name_error.set(None);
        error.set(None);
        spawn_local(async move {
            match api::create_group(&token, &body).await {
                Ok(g) => {
                    name.set(String::new());
                    description.set(String::new());
                    changed.run((tf(k::GROUPS_CREATED, &[("name", (&g.name).into())]), Some(g.name)));
                }
                Err(e) => match e.problem() {
                    Some(p) if p.code == ProblemCode::GroupExists || p.field.as_deref() == Some("name") => {
                        name_error.set(Some(p.detail.clone()))
                    }
                    _ => ctx.failed(&e, error),
                },
            }
        });
    };
    view! {
        <form class="panel inline-form" on:submit=submit novalidate aria-label=t(k::GROUPS_CREATE_LABEL)>
            <NoticeBox notice=error />
            <Field id="new-group-name" label=t(k::GROUPS_NEW_NAME) value=name error=name_error hint=t(k::GROUPS_NEW_NAME_HINT) />
            <Field id="new-group-description" label=t(k::GROUPS_DESCRIPTION) value=description />
            <button type="submit" class="primary">{t(k::GROUPS_CREATE)}</button>
        </form>
    }
}

#[component]
fn GroupDetail(name: String, changed: Callback<(String, Option<String>)>) -> impl IntoView {
    let ctx = expect_context::<Ctx>();
    let group = StoredValue::new(name.clone());
    let rename = RwSignal::new(name.clone());
    let rename_error = RwSignal::new(None);
    let member = RwSignal::new(String::new());
    let member_error = RwSignal::new(None);
    let error = RwSignal::new(None);
    let strands = RwSignal::new(None::<u32>);
    let members = LocalResource::new(move || {
        let token = ctx.token();
        let name = group.get_value();
        async move { api::group_members(&token.ok_or(ApiError::Network)?, &name).await }
    });
    let save_name = move |ev: SubmitEvent| {
        ev.prevent_default();
        let Some(token) = ctx.token() else { return };
        let body =
            UpdateGroupRequest { name: Some(rename.get_untracked().trim().to_owned()), description: None };
        rename_error.set(None);
        spawn_local(async move {
            match api::update_group(&token, &group.get_value(), &body).await {
                Ok(g) => changed.run((tf(k::GROUPS_RENAMED, &[("name", (&g.name).into())]), Some(g.name))),
                Err(e) => match e.problem() {
                    Some(p) if p.field.is_some() || p.code == ProblemCode::GroupExists => {
                        rename_error.set(Some(p.detail.clone()))
                    }
                    _ => ctx.failed(&e, error),
                },
            }
        });
    };
    let delete = move |accept: bool| {
        let Some(token) = ctx.token() else { return };
        spawn_local(async move {
            match api::delete_group(&token, &group.get_value(), accept).await {
                Ok(()) => changed.run((tf(k::GROUPS_DELETED, &[("name", group.get_value().into())]), None)),
                Err(ApiError::Problem(p)) if p.code == ProblemCode::PolicyStrandsUsers => {
                    let n = p.affected_users.unwrap_or(0);
                    strands.set(Some(n));
                    error.set(Some(Notice::new(
                        t(k::GROUPS_STRANDS_TITLE),
                        tf(k::GROUPS_STRANDS_BODY, &[("count", n.into())]),
                    )));
                }
                Err(e) => ctx.failed(&e, error),
            }
        });
    };
    let add = move |ev: SubmitEvent| {
        ev.prevent_default();
        let Some(token) = ctx.token() else { return };
        let username = member.get_untracked().trim().to_lowercase();
        member_error.set(None);
        spawn_local(async move {
            let query = format!("limit=5&search={}", String::from(js_sys::encode_uri_component(&username)));
            let found = match api::users(&token, &query).await {
                Ok(list) => list.users.into_iter().find(|u| u.username == username),
                Err(e) => return ctx.failed(&e, error),
            };
            let Some(user) = found else {
                member_error.set(Some(t(k::GROUPS_NO_SUCH_USER).to_owned()));
                return;
            };
            match api::add_member(&token, &group.get_value(), &user.id).await {
                Ok(()) => {
                    member.set(String::new());
                    members.refetch();
                }
                Err(e) => ctx.failed(&e, error),
            }
        });
    };
    let remove = move |id: String| {
        let Some(token) = ctx.token() else { return };
        spawn_local(async move {
            match api::remove_member(&token, &group.get_value(), &id).await {
                Ok(()) => members.refetch(),
                Err(e) => ctx.failed(&e, error),
            }
        });
    };
    let manage = ctx.may(Perm::ManageUsers);
    view! {
        <section class="card wide" aria-labelledby="group-title">
            <h2 id="group-title" tabindex="-1">{tf(k::GROUPS_DETAIL_TITLE, &[("name", (&name).into())])}</h2>
            <NoticeBox notice=error />
            {manage.then(|| view! {
                <form class="inline-form" on:submit=save_name novalidate>
                    <Field id="rename-group" label=t(k::GROUPS_NAME) value=rename error=rename_error />
                    <button type="submit" class="primary">{t(k::GROUPS_RENAME)}</button>
                </form>
                <div class="buttons">
                    <button type="button" class="danger-outline" id="delete-group" on:click=move |_| delete(false)>{t(k::GROUPS_DELETE)}</button>
                    {move || strands.get().map(|n| view! {
                        <button type="button" class="danger" id="delete-group-anyway" on:click=move |_| delete(true)>
                            {tf(k::GROUPS_DELETE_ANYWAY, &[("count", n.into())])}
                        </button>
                    })}
                </div>
                <form class="inline-form" on:submit=add novalidate>
                    <Field id="add-member" label=t(k::GROUPS_ADD_MEMBER_LABEL) value=member error=member_error />
                    <button type="submit" class="primary">{t(k::GROUPS_ADD_MEMBER)}</button>
                </form>
            })}
            <h3>{t(k::GROUPS_MEMBERS)}</h3>
            <Transition fallback=|| view! { <p class="loading" role="status">{t(k::GROUPS_LOADING_MEMBERS)}</p> }>
                {move || members.get().and_then(Result::ok).map(|page| {
                    let more = page.next.is_some();
                    if page.users.is_empty() {
                        return view! { <p>{t(k::GROUPS_NO_MEMBERS)}</p> }.into_any();
                    }
                    view! {
                        <ul class="members">
                            {page.users.into_iter().map(|u| {
                                let id = u.id.clone();
                                view! {
                                    <li>
                                        <Link to=Route::User(u.id.clone())>{u.display_name.clone()}</Link>
                                        " (" {u.username.clone()} ")"
                                        {manage.then(|| view! {
                                            <button type="button" class="link" aria-label=tf(k::GROUPS_REMOVE_LABEL, &[("username", (&u.username).into())])
                                                on:click=move |_| remove(id.clone())>{t(k::GROUPS_REMOVE)}</button>
                                        })}
                                    </li>
                                }
                            }).collect_view()}
                        </ul>
                        {more.then(|| view! { <p class="hint">{t(k::GROUPS_MORE_MEMBERS)}</p> })}
                    }.into_any()
                })}
            </Transition>
        </section>
    }
}
