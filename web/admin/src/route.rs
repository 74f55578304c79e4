//! The console's screens and their addresses under `/admin/`.

use latchkey_web::i18n::t;
use latchkey_web::nav::Page;

use crate::k;

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Route {
    /// The administrator's figures; the help desk and report readers are
    /// shown their own first screen here (`app::screen`).
    Home,
    Users,
    /// One user, by id.
    User(String),
    Groups,
    /// One group, open under the list, by name.
    Group(String),
    Import,
    ResetPolicy,
    Passwords,
    Branding,
    /// The organisation's own words for the messages Latchkey sends.
    Wording,
    Agents,
    /// The integrators' API clients.
    Clients,
    /// Webhook subscriptions.
    Webhooks,
    /// One subscription, by id, open under the list with its delivery log.
    Webhook(String),
    /// The signed-in operator's own account and sign-in methods.
    Profile,
    Reports,
    /// The registration campaign: its rules, its progress, and the form.
    Campaign,
    NotFound,
}

impl Page for Route {
    fn site() -> &'static str {
        t(k::ROUTE_SITE)
    }

    fn from_path(path: &str) -> Route {
        let rest = path.strip_prefix("/admin").unwrap_or(path).trim_end_matches('/');
        match rest {
            "" => Route::Home,
            "/users" => Route::Users,
            "/groups" => Route::Groups,
            "/import" => Route::Import,
            "/reset-policy" => Route::ResetPolicy,
            "/passwords" => Route::Passwords,
            "/branding" => Route::Branding,
            "/wording" => Route::Wording,
            "/agents" => Route::Agents,
            "/clients" => Route::Clients,
            "/webhooks" => Route::Webhooks,
            "/profile" => Route::Profile,
            "/reports" => Route::Reports,
            "/campaign" => Route::Campaign,
            _ => {
                let one = |prefix: &str| {
                    rest.strip_prefix(prefix)
                        .filter(|part| !part.is_empty() && !part.contains('/'))
                        .map(decode)
                };
                match (one("/users/"), one("/groups/"), one("/webhooks/")) {
                    (Some(id), _, _) => Route::User(id),
                    (_, Some(name), _) => Route::Group(name),
                    (_, _, Some(id)) => Route::Webhook(id),
                    _ => Route::NotFound,
                }
            }
        }
    }

    fn path(&self) -> String {
        match self {
            Route::Home | Route::NotFound => "/admin/".to_owned(),
            Route::Users => "/admin/users".to_owned(),
            Route::User(id) => format!("/admin/users/{}", String::from(js_sys::encode_uri_component(id))),
            Route::Groups => "/admin/groups".to_owned(),
            Route::Group(name) => {
                format!("/admin/groups/{}", String::from(js_sys::encode_uri_component(name)))
            }
            Route::Import => "/admin/import".to_owned(),
            Route::ResetPolicy => "/admin/reset-policy".to_owned(),
            Route::Passwords => "/admin/passwords".to_owned(),
            Route::Branding => "/admin/branding".to_owned(),
            Route::Wording => "/admin/wording".to_owned(),
            Route::Agents => "/admin/agents".to_owned(),
            Route::Clients => "/admin/clients".to_owned(),
            Route::Webhooks => "/admin/webhooks".to_owned(),
            Route::Webhook(id) => {
                format!("/admin/webhooks/{}", String::from(js_sys::encode_uri_component(id)))
            }
            Route::Profile => "/admin/profile".to_owned(),
            Route::Reports => "/admin/reports".to_owned(),
            Route::Campaign => "/admin/campaign".to_owned(),
        }
    }
}

fn decode(part: &str) -> String {
    js_sys::decode_uri_component(part).map(String::from).unwrap_or_else(|_| part.to_owned())
}
