//! How the directory is searched: the sorted indexes a search reads.

use crate::model::user::User;

/// A sorted index of the directory a search reads.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum UserIndex {
    Username,
    DisplayName,
    Email,
    /// Every word of the names (display, first, last): "wilber" finds
    /// Alex Wilber. A user is in it once per word ([`words`]).
    Word,
}

/// Most words of a user's names the word index keeps.
pub const WORDS_MAX: usize = 8;

/// The words of `user`'s names the word index keeps: each word of the
/// display, first and last names in lower case, split at spaces and at
/// the marks inside names (`-`, `.`, `'`, `,`), of two characters or more,
/// each once, at most [`WORDS_MAX`] (the display name's first).
pub fn words(user: &User) -> Vec<String> {
    let mut out: Vec<String> = Vec::new();
    for name in [&user.display_name, &user.first_name, &user.last_name] {
        for word in name.to_lowercase().split(|c: char| c.is_whitespace() || "-.',()".contains(c)) {
            let word = word.chars().take(40).collect::<String>();
            if word.chars().count() >= 2 && !out.contains(&word) && out.len() < WORDS_MAX {
                out.push(word);
            }
        }
    }
    out
}

impl UserIndex {
    pub(crate) const ORDER: [UserIndex; 4] =
        [UserIndex::Username, UserIndex::DisplayName, UserIndex::Email, UserIndex::Word];

    /// Where `user` sorts in this index for a search of `prefix` (`None`:
    /// not in it). The store keeps exactly these keys, so the domain and
    /// the store agree on the order. In the word index, the user's first
    /// word that starts with `prefix` (a user is there once per word).
    pub fn key_for(self, user: &User, prefix: &str) -> Option<String> {
        match self {
            UserIndex::Word => words(user)
                .into_iter()
                .filter(|w| w.starts_with(prefix))
                .min()
                .map(|w| format!("{w}{UNIQUE}{}", user.id)),
            _ => self.sort_key(user),
        }
    }

    /// Where `user` sorts in this index; for the word index, under its
    /// first word (see [`Self::key_for`] for the others).
    pub fn sort_key(self, user: &User) -> Option<String> {
        match self {
            UserIndex::Word => self.key_for(user, ""),
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
        self.key_for(user, prefix).is_some_and(|k| k.starts_with(prefix))
    }

    pub(crate) fn position(self) -> usize {
        Self::ORDER.iter().position(|i| *i == self).unwrap_or(0)
    }
}

/// Separates a sort key's text from the id that makes it unique.
pub(crate) const UNIQUE: char = '\u{1f}';
