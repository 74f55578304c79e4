//! Messages for the person in front of the page: what a notice holds, the
//! live region that shows it, and what either app says when the server
//! cannot be reached or is busy.

use leptos::prelude::*;

use crate::i18n::{k, t, tf};
use crate::nav::{Link, Page};
use crate::shell::Config;

/// A message for the page, and where it points next. `W` is what an app's
/// notices may offer after the message: the portal's a [`WayOut`], the
/// console's [`Nothing`] (a type without values, so none of the way-out
/// code reaches the console's bundle).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Notice<W> {
    pub title: String,
    pub body: String,
    pub way_out: Option<W>,
}

impl<W> Notice<W> {
    pub fn new(title: impl Into<String>, body: impl Into<String>) -> Self {
        Notice { title: title.into(), body: body.into(), way_out: None }
    }

    /// No answer at all: offline, DNS, connection refused.
    pub fn offline() -> Self {
        Notice::new(t(k::COMMON_OFFLINE_TITLE), t(k::COMMON_OFFLINE_BODY))
    }

    /// An answer that is not the API's (a proxy's error page, say), with its status.
    pub fn unexpected(status: u16) -> Self {
        Notice::new(
            t(k::COMMON_UNEXPECTED_TITLE),
            tf(k::COMMON_UNEXPECTED_BODY, &[("status", status.into())]),
        )
    }

    /// The service is overloaded or a part of it is down.
    pub fn busy() -> Self {
        Notice::new(t(k::COMMON_BUSY_TITLE), t(k::COMMON_BUSY_BODY))
    }
}

impl<R> Notice<WayOut<R>> {
    /// Adds a link to `to`, labelled `label`, under the message.
    pub fn action(mut self, to: R, label: &'static str) -> Self {
        self.way_out = Some(WayOut::Page(to, label));
        self
    }

    /// Adds the organisation's contact-your-administrator link.
    pub fn contact(mut self) -> Self {
        self.way_out = Some(WayOut::Contact);
        self
    }
}

/// Where a notice points the person next.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum WayOut<R> {
    /// A page that gets them unstuck ("Unlock your account"), and the link's words.
    Page(R, &'static str),
    /// The organisation's contact-your-administrator link.
    Contact,
}

/// Nothing after the message: the notices of an app that never points on.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Nothing {}

/// What a notice can show after its message.
pub trait Onward: Clone + Send + Sync + 'static {
    fn view(self) -> AnyView;
}

impl<R: Page> Onward for WayOut<R> {
    fn view(self) -> AnyView {
        match self {
            WayOut::Page(to, label) => view! { <p><Link to=to>{label}</Link></p> }.into_any(),
            WayOut::Contact => view! { <ContactAdmin /> }.into_any(),
        }
    }
}

impl Onward for Nothing {
    fn view(self) -> AnyView {
        match self {}
    }
}

/// The page's live message region. It is always in the DOM (screen readers
/// only announce changes to a region they already know), and fills when
/// there is news.
#[component]
pub fn NoticeBox<W: Onward>(
    /// The message to show; `None` empties the region.
    notice: RwSignal<Option<Notice<W>>>,
    /// The region's look: `error` (the default) or `success`.
    #[prop(optional)]
    tone: Option<&'static str>,
    /// Good news announced at once, like an error (`role="alert"`), rather
    /// than when the reader pauses (`role="status"`).
    #[prop(optional)]
    urgent: bool,
) -> impl IntoView {
    let tone = tone.unwrap_or("error");
    let class = format!("notice-region {tone}");
    let (role, live) = if urgent || tone == "error" { ("alert", "assertive") } else { ("status", "polite") };
    view! {
        <div class=class role=role aria-live=live aria-atomic="true">
            {move || {
                notice
                    .get()
                    .map(|n| {
                        view! {
                            <div class="notice">
                                <p class="notice-title">{n.title}</p>
                                <p>{n.body}</p>
                                {n.way_out.map(Onward::view)}
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
                    {t(k::COMMON_STILL_STUCK)}
                    " "
                    <a href=url rel="noopener noreferrer">{tf(k::COMMON_CONTACT_COMPANY_ADMIN, &[("company", company.into())])}</a>
                </p>
            }
            .into_any(),
            None => view! { <p class="contact">{t(k::COMMON_CONTACT_ADMIN)}</p> }
                .into_any(),
        }
    }
}

/// The message the page before left in `flash` ("Signed out"), moved into a
/// region of this page's own so that it is shown once.
pub fn take_flash<T: Clone + Send + Sync + 'static>(flash: RwSignal<Option<T>>) -> RwSignal<Option<T>> {
    let here = RwSignal::new(flash.get_untracked());
    flash.set(None);
    here
}
