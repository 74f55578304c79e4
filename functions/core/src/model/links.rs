//! Where the portal is, for the links messages carry.

/// The portal's origin (such as `https://reset.example.org`); without one,
/// messages carry no link.
#[derive(Debug, Clone, Default)]
pub struct Links {
    pub portal: Option<String>,
}

impl Links {
    fn page(&self, path: &str) -> Option<String> {
        self.portal.as_deref().map(|p| format!("{}{path}", p.trim_end_matches('/')))
    }

    /// The portal's change-password page.
    pub fn change_password(&self) -> Option<String> {
        self.page("/change")
    }

    /// The portal's registration, after the user signed in.
    pub fn register(&self) -> Option<String> {
        self.page("/register")
    }

    /// The page that takes the owner's report, with its token in the
    /// fragment: a browser never sends that part, so no server's log holds it.
    pub fn report(&self, token: &str) -> Option<String> {
        self.page(&format!("/report#{token}"))
    }
}
