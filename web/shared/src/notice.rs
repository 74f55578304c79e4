//! Messages for the person in front of the page: what a notice holds, the
//! live region that shows it, and what either app says when the server
//! cannot be reached or is busy.

use leptos::prelude::*;

use crate::nav::{Link, Page};
use crate::shell::Config;

/// A message for the page, and the way out of it. `R` is the app's [`Page`]
/// type, so an action can only point at a page the app has.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Notice<R> {
    pub title: String,
    pub body: String,
    /// A page that gets the person unstuck ("Start again", "Unlock your account").
    pub action: Option<(R, &'static str)>,
    /// Whether to show the organisation's contact-your-administrator link.
    pub contact: bool,
}

impl<R> Notice<R> {
    pub fn new(title: impl Into<String>, body: impl Into<String>) -> Self {
        Notice { title: title.into(), body: body.into(), action: None, contact: false }
    }

    /// Adds a link to `to`, labelled `label`, under the message.
    pub fn action(mut self, to: R, label: &'static str) -> Self {
        self.action = Some((to, label));
        self
    }

    /// Adds the organisation's contact-your-administrator link.
    pub fn contact(mut self) -> Self {
        self.contact = true;
        self
    }

    /// No answer at all: offline, DNS, connection refused.
    pub fn offline() -> Self {
        Notice::new("Can't reach the server", "Check your connection and try again. Nothing was changed.")
    }

    /// An answer that is not the API's (a proxy's error page, say), with its status.
    pub fn unexpected(status: u16) -> Self {
        Notice::new(
            "Something went wrong",
            format!("The server gave an unexpected answer ({status}). Try again in a moment."),
        )
    }

    /// The service is overloaded or a part of it is down.
    pub fn busy() -> Self {
        Notice::new(
            "Briefly unavailable",
            "The service is busy or a part of it is down. Nothing was changed; try again in a minute.",
        )
    }
}

/// The page's live message region. It is always in the DOM (screen readers
/// only announce changes to a region they already know), and fills when
/// there is news.
#[component]
pub fn NoticeBox<R: Page>(
    /// The message to show; `None` empties the region.
    notice: RwSignal<Option<Notice<R>>>,
    /// The region's look: `error` (the default) or `success`.
    #[prop(optional)]
    tone: Option<&'static str>,
) -> impl IntoView {
    let tone = tone.unwrap_or("error");
    let class = format!("notice-region {tone}");
    let polite = R::POLITE_SUCCESS && tone != "error";
    let (role, live) = if polite { ("status", "polite") } else { ("alert", "assertive") };
    view! {
        <div class=class role=role aria-live=live aria-atomic="true">
            {move || {
                notice
                    .get()
                    .map(|n| {
                        let action = n.action.map(|(to, label)| view! { <p><Link to=to>{label}</Link></p> });
                        let contact = n.contact.then(|| view! { <ContactAdmin /> });
                        view! {
                            <div class="notice">
                                <p class="notice-title">{n.title}</p>
                                <p>{n.body}</p>
                                {action}
                                {contact}
                            </div>
                        }
                    })
            }}
        </div>
    }
}

/// "Contact your administrator", pointing where the organisation says.
#[component]
pub fn ContactAdmin() -> impl IntoView {
    let Config(config) = expect_context::<Config>();
    move || {
        let config = config.get();
        let company = config.as_ref().map(|c| c.company_name.clone()).unwrap_or_default();
        match config.and_then(|c| c.contact_url) {
            Some(url) => view! {
                <p class="contact">
                    "Still stuck? "
                    <a href=url rel="noopener noreferrer">"Contact your " {company} " administrator"</a>
                </p>
            }
            .into_any(),
            None => view! { <p class="contact">"Still stuck? Contact your administrator or help desk."</p> }
                .into_any(),
        }
    }
}
