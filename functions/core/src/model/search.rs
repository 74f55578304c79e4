//! How the directory is searched: the sorted indexes a search reads.

use crate::model::user::User;
use crate::model::values::ParseError;

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

/// Which way a sorted index is read.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub enum Direction {
    #[default]
    Ascending,
    Descending,
}

/// What the list of users without a search is sorted by: each is one of the
/// store's sorted indexes, so either way round is one read, never a sort in
/// memory.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub enum SortBy {
    #[default]
    Username,
    DisplayName,
}

/// How the list of users without a search is sorted. A search lists its
/// best matches first (usernames, then display names, emails and words),
/// whatever this says.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct UserOrder {
    pub by: SortBy,
    pub direction: Direction,
}

impl UserOrder {
    /// `username`, `display_name`, or either with a leading `-` for
    /// descending.
    pub fn parse(raw: &str) -> Result<Self, ParseError> {
        let (direction, name) = match raw.strip_prefix('-') {
            Some(name) => (Direction::Descending, name),
            None => (Direction::Ascending, raw),
        };
        let by = match name {
            "username" => SortBy::Username,
            "display_name" => SortBy::DisplayName,
            _ => {
                return Err(ParseError::new(
                    "sort",
                    "must be username or display_name, with a leading - for the reverse order",
                ));
            }
        };
        Ok(Self { by, direction })
    }

    /// The index that holds this order.
    pub fn index(self) -> UserIndex {
        match self.by {
            SortBy::Username => UserIndex::Username,
            SortBy::DisplayName => UserIndex::DisplayName,
        }
    }
}

/// Separates a sort key's text from the id that makes it unique.
pub(crate) const UNIQUE: char = '\u{1f}';
