//! How the directory is searched: the sorted indexes a search reads.

use crate::model::user::User;

/// A sorted index of the directory a search reads.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum UserIndex {
    Username,
    DisplayName,
    Email,
}

impl UserIndex {
    pub(crate) const ORDER: [UserIndex; 3] = [UserIndex::Username, UserIndex::DisplayName, UserIndex::Email];

    /// Where `user` sorts in this index (`None`: not in it). The store keeps
    /// exactly these keys, so the domain and the store agree on the order.
    pub fn sort_key(self, user: &User) -> Option<String> {
        match self {
            UserIndex::Username => Some(user.username.to_string()),
            UserIndex::DisplayName => {
                Some(format!("{}{UNIQUE}{}", user.display_name.to_lowercase(), user.id))
            }
            UserIndex::Email => {
                user.emails.first().map(|e| format!("{}{UNIQUE}{}", e.as_str().to_lowercase(), user.id))
            }
        }
    }

    pub(crate) fn matches(self, user: &User, prefix: &str) -> bool {
        self.sort_key(user).is_some_and(|k| k.starts_with(prefix))
    }

    pub(crate) fn position(self) -> usize {
        Self::ORDER.iter().position(|i| *i == self).unwrap_or(0)
    }
}

/// Separates a sort key's text from the id that makes it unique.
pub(crate) const UNIQUE: char = '\u{1f}';
