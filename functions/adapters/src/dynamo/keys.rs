//! How every key is spelt: the partition and sort keys of the directory,
//! flows, audit and breach tables, and the values of the index keys.
//!
//! Each constant piece of a key is a `const` listed in [`SPELLINGS`]; the
//! builders below put the pieces together. The tests at the end read the
//! crate's sources and fail where a key word is spelt anywhere but here, or
//! where this module spells one it does not list, so a key's shape is
//! changed in this file or not at all.

use chrono::{DateTime, Utc};
use latchkey_core::model::agents::AgentId;
use latchkey_core::model::audit::{Activity, Position};
use latchkey_core::model::clients::ClientId;
use latchkey_core::model::directory::DirectoryId;
use latchkey_core::model::values::{GroupName, UserId, Username};

// Directory table.
const USER: &str = "USER#";
const PROFILE: &str = "PROFILE";
const USERNAME: &str = "USERNAME#";
const CLAIM: &str = "CLAIM";
const ORG: &str = "ORG";
const SETTINGS: &str = "SETTINGS";
const SCHEDULE: &str = "SCHEDULE";
const GROUP: &str = "GROUP#";
const GROUP_RECORD: &str = "GROUP";
const MEMBER: &str = "MEMBER#";
const MIGRATION: &str = "MIGRATION#";
const DONE: &str = "DONE";
const AGENTS: &str = "AGENTS";
const AGENT: &str = "AGENT#";
const POLICY: &str = "POLICY#";
const CLIENTS: &str = "CLIENTS";
const CLIENT: &str = "CLIENT#";
const WEBHOOKS: &str = "WEBHOOKS";
const WEBHOOK: &str = "WEBHOOK#";
const TALLY: &str = "BREACH#TALLY";
const DAY: &str = "DAY#";
/// The `by_kind` partition of the users (and of the display-name and email indexes).
const USER_KIND: &str = "USER";
/// The `by_kind` partition of the groups.
const GROUP_KIND: &str = "GROUP";

// Flows table.
const RESET: &str = "RESET#";
const FLOW: &str = "FLOW";
const TRIES: &str = "TRIES#";
const TRIES_RECORD: &str = "TRIES";
const ENROL: &str = "ENROL#";
const ENROL_RECORD: &str = "ENROL";
const NONCE: &str = "NONCE#";
const NONCE_RECORD: &str = "NONCE";
const JOBS: &str = "JOBS#";
const REFRESH: &str = "REFRESH#";
const FAMILY: &str = "FAMILY";
const WORD: &str = "WORD#";
const DELIVERIES: &str = "WHLOG#";
const PENDING: &str = "WHPENDING#";
const LEASE: &str = "WHLEASE#";
const LEASE_RECORD: &str = "LEASE";

// Audit table.
const AUDIT: &str = "AUDIT#";
const TARGET_USER: &str = "USER#";
const TARGET_NAME: &str = "NAME#";
const ACTOR: &str = "ACTOR#";
/// The target key of an event about nobody.
const NO_TARGET: &str = "NONE";

// Breach table.
const MANIFEST: &str = "MANIFEST";
const MANIFEST_RECORD: &str = "CURRENT";
const SHARD: &str = "SHARD#";
const SHARD_RECORD: &str = "SHARD";

/// Every constant piece of a key. The spelling test takes its words from
/// this list, so a key added here is guarded from then on.
#[cfg(test)]
const SPELLINGS: &[&str] = &[
    USER,
    PROFILE,
    USERNAME,
    CLAIM,
    ORG,
    SETTINGS,
    SCHEDULE,
    GROUP,
    GROUP_RECORD,
    MEMBER,
    MIGRATION,
    DONE,
    AGENTS,
    POLICY,
    AGENT,
    CLIENTS,
    CLIENT,
    WEBHOOKS,
    WEBHOOK,
    TALLY,
    DAY,
    USER_KIND,
    GROUP_KIND,
    RESET,
    FLOW,
    TRIES,
    TRIES_RECORD,
    ENROL,
    ENROL_RECORD,
    NONCE,
    NONCE_RECORD,
    JOBS,
    REFRESH,
    FAMILY,
    WORD,
    DELIVERIES,
    PENDING,
    LEASE,
    LEASE_RECORD,
    AUDIT,
    TARGET_USER,
    TARGET_NAME,
    ACTOR,
    NO_TARGET,
    MANIFEST,
    MANIFEST_RECORD,
    SHARD,
    SHARD_RECORD,
];

/// A partition key and a sort key.
pub(crate) type Key = (String, String);

fn pair(pk: String, sk: &str) -> Key {
    (pk, sk.to_owned())
}

/// One user: `USER#<id>` / `PROFILE`.
pub(crate) fn user(id: &UserId) -> Key {
    pair(format!("{USER}{id}"), PROFILE)
}

/// The claim that makes a username unique and points at its user.
pub(crate) fn username(name: &Username) -> Key {
    pair(format!("{USERNAME}{name}"), CLAIM)
}

/// The partition key of users in the `by_kind`, display-name and email indexes.
pub(crate) fn user_kind() -> String {
    USER_KIND.to_owned()
}

/// The partition key of groups in the `by_kind` index.
pub(crate) fn group_kind() -> String {
    GROUP_KIND.to_owned()
}

/// The organisation's settings.
pub(crate) fn settings() -> Key {
    (ORG.to_owned(), SETTINGS.to_owned())
}

/// The scheduled work's progress, beside the settings.
pub(crate) fn schedule() -> Key {
    (ORG.to_owned(), SCHEDULE.to_owned())
}

/// A group's own record (its member count is kept on it).
pub(crate) fn group(name: &GroupName) -> Key {
    pair(format!("{GROUP}{name}"), GROUP_RECORD)
}

/// Whether a directory item's sort key is a group's own record (and not one
/// of its members).
pub(crate) fn is_group_record(sk: &str) -> bool {
    sk == GROUP_RECORD
}

/// One member of a group, in the group's partition.
pub(crate) fn member(group: &GroupName, username: &Username) -> Key {
    (format!("{GROUP}{group}"), format!("{MEMBER}{username}"))
}

/// One word of a user's names in the word index: `WORD#<its first
/// character>` / `<word>\u{1f}<user id>` — the sort key the domain's
/// `UserIndex::Word` orders by, the partition one per first character so
/// that a search reads one partition and the index spreads over many.
pub(crate) fn word(word: &str, user: &UserId) -> Key {
    (word_partition(word), format!("{word}\u{1f}{user}"))
}

/// The partition of the words that start like `prefix` (not empty).
pub(crate) fn word_partition(prefix: &str) -> String {
    format!("{WORD}{}", prefix.chars().next().unwrap_or('_'))
}

/// The sort-key prefix of a group's member entries (they sort after the
/// group's own record: `GROUP` < `MEMBER#`).
pub(crate) fn member_prefix() -> String {
    MEMBER.to_owned()
}

/// The record that a one-off data migration ran to completion.
pub(crate) fn migration(name: &str) -> Key {
    pair(format!("{MIGRATION}{name}"), DONE)
}

/// One writeback agent (all in one partition: an organisation has a handful).
pub(crate) fn agent(id: &AgentId) -> Key {
    (AGENTS.to_owned(), format!("{AGENT}{id}"))
}

/// A directory's password rules, beside its agents (`POLICY#` never
/// begins with `AGENT#`, so listing the agents never reads it).
pub(crate) fn directory_policies(directory: &latchkey_core::model::directory::DirectoryId) -> Key {
    (AGENTS.to_owned(), format!("{POLICY}{directory}"))
}

/// The partition and sort-key prefix that list the agents.
pub(crate) fn all_agents() -> Key {
    (AGENTS.to_owned(), AGENT.to_owned())
}

/// One API client (all in one partition, like the agents).
pub(crate) fn client(id: &ClientId) -> Key {
    (CLIENTS.to_owned(), format!("{CLIENT}{id}"))
}

/// The partition and sort-key prefix that list the API clients.
pub(crate) fn all_clients() -> Key {
    (CLIENTS.to_owned(), CLIENT.to_owned())
}

/// One webhook subscription (all in one partition, like the clients).
pub(crate) fn webhook(id: &latchkey_core::model::webhooks::WebhookId) -> Key {
    (WEBHOOKS.to_owned(), format!("{WEBHOOK}{id}"))
}

/// The partition and sort-key prefix that list the webhook subscriptions.
pub(crate) fn all_webhooks() -> Key {
    (WEBHOOKS.to_owned(), WEBHOOK.to_owned())
}

/// A subscription's delivery log entry (flows table): one partition per
/// subscription, sorted by the delivery id, which sorts by commit time.
pub(crate) fn delivery(id: &latchkey_core::model::webhooks::WebhookId, delivery: &str) -> Key {
    (format!("{DELIVERIES}{id}"), delivery.to_owned())
}

/// A subscription's pending delivery (flows table), beside its log entry:
/// the pump reads only these, oldest first.
pub(crate) fn pending_delivery(id: &latchkey_core::model::webhooks::WebhookId, delivery: &str) -> Key {
    (format!("{PENDING}{id}"), delivery.to_owned())
}

/// A subscription's pump lease (flows table).
pub(crate) fn webhook_lease(id: &latchkey_core::model::webhooks::WebhookId) -> Key {
    pair(format!("{LEASE}{id}"), LEASE_RECORD)
}

/// A reset flow, by the digest of its id.
pub(crate) fn reset(digest: &str) -> Key {
    pair(format!("{RESET}{digest}"), FLOW)
}

/// A try counter, by the digest of what it counts.
pub(crate) fn tries(digest: &str) -> Key {
    pair(format!("{TRIES}{digest}"), TRIES_RECORD)
}

/// A pending agent enrolment, by the digest of its token.
pub(crate) fn enrolment(digest: &str) -> Key {
    pair(format!("{ENROL}{digest}"), ENROL_RECORD)
}

/// A request nonce an agent used.
pub(crate) fn nonce(agent: &AgentId, nonce: &str) -> Key {
    pair(format!("{NONCE}{agent}#{nonce}"), NONCE_RECORD)
}

/// A web app's refresh family, by its id.
pub(crate) fn refresh_family(id: &str) -> Key {
    pair(format!("{REFRESH}{id}"), FAMILY)
}

/// The partition of one directory's writeback jobs (sort key: the job id).
pub(crate) fn jobs(directory: &DirectoryId) -> String {
    format!("{JOBS}{directory}")
}

/// A job id: the issue time in zero-padded milliseconds, then `random`
/// (24 lower-case hex digits), so that ids sort as their times do.
pub(crate) fn job_id(issued: DateTime<Utc>, random: &str) -> String {
    format!("{}-{random}", job_time(issued))
}

/// The sort key below every job issued after `at`.
pub(crate) fn jobs_after(at: DateTime<Utc>) -> String {
    job_time(at)
}

fn job_time(at: DateTime<Utc>) -> String {
    format!("{:015}", at.timestamp_millis())
}

/// A job id as an agent sends it back: the shape [`job_id`] makes, or nothing.
pub(crate) fn parse_job_id(raw: &str) -> Option<&str> {
    let (millis, random) = raw.split_once('-')?;
    let ok = millis.len() == 15
        && millis.bytes().all(|b| b.is_ascii_digit())
        && random.len() == 24
        && random.bytes().all(|b| b.is_ascii_hexdigit() && !b.is_ascii_uppercase());
    ok.then_some(raw)
}

/// One of the audit table's shards (its partition key).
pub(crate) fn audit_shard(shard: u8) -> String {
    format!("{AUDIT}{shard:02}")
}

/// The target key of events about a user.
pub(crate) fn audit_target_user(id: &UserId) -> String {
    format!("{TARGET_USER}{id}")
}

/// The target key of events about a name that is no user.
pub(crate) fn audit_target_name(name: &str) -> String {
    format!("{TARGET_NAME}{name}")
}

/// The target key of events about nobody.
pub(crate) fn audit_no_target() -> String {
    NO_TARGET.to_owned()
}

/// Whether a target key is that of an event about nobody.
pub(crate) fn is_audit_no_target(target_key: &str) -> bool {
    target_key == NO_TARGET
}

/// The actor key of events by a user.
pub(crate) fn audit_actor(id: &UserId) -> String {
    format!("{ACTOR}{id}")
}

/// The activity key of self-service events of one kind in one shard.
pub(crate) fn audit_activity(activity: Activity, shard: u8) -> String {
    format!("{}{shard:02}", audit_activity_prefix(activity))
}

/// What every activity key of `activity` starts with, whatever its shard.
pub(crate) fn audit_activity_prefix(activity: Activity) -> String {
    format!("{}#", activity.as_str())
}

/// An event's sort key: fixed-width time first, so the sort key orders
/// events in time.
pub(crate) fn audit_sort(at: &DateTime<Utc>, id: &str) -> String {
    format!("{}#{id}", at.format("%Y-%m-%dT%H:%M:%S%.6fZ"))
}

/// The lowest sort key of events at `at`.
pub(crate) fn audit_sort_floor(at: &DateTime<Utc>) -> String {
    audit_sort(at, "")
}

/// The highest sort key of events at `at` (ids are hex, and `~` sorts after
/// every hex digit).
pub(crate) fn audit_sort_ceiling(at: &DateTime<Utc>) -> String {
    audit_sort(at, "~")
}

/// The event position a sort key names (`<time>#<id>`).
pub(crate) fn audit_position(sk: &str) -> Option<Position> {
    let (at, id) = sk.rsplit_once('#')?;
    let at = DateTime::parse_from_rfc3339(at).ok()?.with_timezone(&Utc);
    Some(Position { at, id: id.to_owned() })
}

/// What the partition keys of events stored before the shards start with
/// (`DAY#<date>`).
pub(crate) fn audit_legacy_day_prefix() -> String {
    DAY.to_owned()
}

/// The breach table's keys and the directory table's breach tallies, shared
/// with the import tool.
pub mod breach {
    use super::{DAY, MANIFEST as MANIFEST_PK, MANIFEST_RECORD, SHARD, SHARD_RECORD, TALLY};

    /// Which import is live.
    pub const MANIFEST: (&str, &str) = (MANIFEST_PK, MANIFEST_RECORD);
    /// The sort key of every shard.
    pub const SHARD_SK: &str = SHARD_RECORD;
    /// One shard of one import's filters.
    pub fn shard(generation: &str, shard: u16) -> String {
        format!("{SHARD}{generation}#{}", latchkey_breach::shard_name(shard))
    }
    /// The partition of the audit-only mode's daily tallies (directory table).
    pub const TALLY_PK: &str = TALLY;
    /// One day's tally.
    pub fn tally_day(day: chrono::NaiveDate) -> String {
        format!("{DAY}{day}")
    }
}

#[cfg(test)]
mod tests {
    use std::path::{Path, PathBuf};

    use super::*;

    /// A string literal in a source file, with the line it starts on.
    struct Literal {
        line: usize,
        text: String,
    }

    /// Reads Rust source for its string literals.
    struct Reader {
        chars: Vec<char>,
        i: usize,
        line: usize,
        found: Vec<Literal>,
    }

    impl Reader {
        fn at(&self, offset: usize) -> char {
            self.chars.get(self.i + offset).copied().unwrap_or('\0')
        }

        fn done(&self) -> bool {
            self.i >= self.chars.len()
        }

        /// Moves on one character, counting lines.
        fn step(&mut self) -> char {
            let c = self.at(0);
            self.line += usize::from(c == '\n');
            self.i += 1;
            c
        }

        fn line_comment(&mut self) {
            while !self.done() && self.at(0) != '\n' {
                self.i += 1;
            }
        }

        fn block_comment(&mut self) {
            let mut depth = 0;
            while !self.done() {
                if self.at(0) == '/' && self.at(1) == '*' {
                    depth += 1;
                    self.i += 2;
                } else if self.at(0) == '*' && self.at(1) == '/' {
                    depth -= 1;
                    self.i += 2;
                    if depth == 0 {
                        return;
                    }
                } else {
                    self.step();
                }
            }
        }

        /// A character literal ('x', '\n', '"'), or a lifetime ('a).
        fn quote(&mut self) {
            if self.at(1) == '\\' {
                self.i += 3;
                while !self.done() && self.at(0) != '\'' {
                    self.i += 1;
                }
                self.i += 1;
            } else if self.at(2) == '\'' {
                self.i += 3;
            } else {
                self.i += 1;
            }
        }

        /// A word, or the raw string it starts (r"…", r#"…"#, br"…").
        fn word(&mut self) {
            let start = self.i;
            while ident(self.at(0)) {
                self.i += 1;
            }
            let word: String = self.chars[start..self.i].iter().collect();
            let mut hashes = 0;
            while self.at(hashes) == '#' {
                hashes += 1;
            }
            // A word, or a raw identifier (r#type).
            if !(word == "r" || word == "br") || self.at(hashes) != '"' {
                return;
            }
            self.i += hashes + 1;
            let close: Vec<char> = std::iter::once('"').chain(std::iter::repeat_n('#', hashes)).collect();
            let line = self.line;
            let mut text = String::new();
            while !self.done() && !self.chars[self.i..].starts_with(&close) {
                text.push(self.step());
            }
            self.found.push(Literal { line, text });
            self.i += close.len();
        }

        /// A plain or byte string, its escapes kept as written.
        fn string(&mut self) {
            let line = self.line;
            let mut text = String::new();
            self.i += 1;
            while !self.done() && self.at(0) != '"' {
                if self.at(0) == '\\' {
                    text.push(self.step());
                }
                text.push(self.step());
            }
            self.found.push(Literal { line, text });
            self.i += 1;
        }
    }

    /// The string literals of Rust source `code` (plain, byte and raw),
    /// leaving out comments and character literals.
    fn literals(code: &str) -> Vec<Literal> {
        let mut reader = Reader { chars: code.chars().collect(), i: 0, line: 1, found: Vec::new() };
        while !reader.done() {
            match (reader.at(0), reader.at(1)) {
                ('/', '/') => reader.line_comment(),
                ('/', '*') => reader.block_comment(),
                ('\'', _) => reader.quote(),
                ('"', _) => reader.string(),
                (c, _) if ident(c) => reader.word(),
                _ => {
                    reader.step();
                }
            }
        }
        reader.found
    }

    fn ident(c: char) -> bool {
        c.is_ascii_alphanumeric() || c == '_'
    }

    /// The words of a literal, outside its format placeholders (`{USER}`
    /// names a constant; it does not spell one).
    fn words(text: &str) -> Vec<&str> {
        let mut outside = Vec::new();
        let mut depth = 0usize;
        let mut start = 0;
        for (n, c) in text.char_indices() {
            match c {
                '{' => {
                    if depth == 0 {
                        outside.push(&text[start..n]);
                    }
                    depth += 1;
                }
                '}' if depth > 0 => {
                    depth -= 1;
                    start = n + 1;
                }
                _ => {}
            }
        }
        if depth == 0 {
            outside.push(&text[start..]);
        }
        outside
            .into_iter()
            .flat_map(|part| part.split(|c: char| !ident(c)))
            .filter(|w| !w.is_empty())
            .collect()
    }

    /// A word as keys spell them: capitals (and underscores), two or more.
    fn key_like(word: &str) -> bool {
        word.len() > 1 && word.bytes().all(|b| b.is_ascii_uppercase() || b == b'_')
    }

    /// The words the keys are spelt with, each with the spelling it comes from.
    fn spelt_words() -> Vec<(&'static str, &'static str)> {
        SPELLINGS.iter().flat_map(|s| words(s).into_iter().map(move |w| (w, *s))).collect()
    }

    fn sources(dir: &Path, found: &mut Vec<PathBuf>) {
        let mut entries: Vec<_> = std::fs::read_dir(dir).unwrap().map(|e| e.unwrap().path()).collect();
        entries.sort();
        for path in entries {
            if path.is_dir() {
                sources(&path, found);
            } else if path.extension().is_some_and(|e| e == "rs") {
                found.push(path);
            }
        }
    }

    fn crate_dir() -> PathBuf {
        PathBuf::from(env!("CARGO_MANIFEST_DIR"))
    }

    fn this_file() -> PathBuf {
        crate_dir().join("src/dynamo/keys.rs")
    }

    /// Where `text` spells a key outside this module: one of the listed
    /// words, or a key's shape (`…}#{…`) put together from parts.
    fn misspelt(text: &str) -> Option<String> {
        let words = words(text);
        if let Some((word, spelling)) = spelt_words().into_iter().find(|(word, _)| words.contains(word)) {
            return Some(format!("the key word {word} (from {spelling:?})"));
        }
        (text.contains("}#") || text.contains("#{")).then(|| "a key's shape".to_owned())
    }

    #[test]
    fn no_key_is_spelt_outside_the_keys_module() {
        let mut files = Vec::new();
        for dir in ["src", "tests", "benches", "examples"] {
            let dir = crate_dir().join(dir);
            if dir.is_dir() {
                sources(&dir, &mut files);
            }
        }
        assert!(files.len() > 10, "the crate's sources were not found: {files:?}");
        let mut wrong = Vec::new();
        for file in files.iter().filter(|f| **f != this_file()) {
            let code = std::fs::read_to_string(file).unwrap();
            for literal in literals(&code) {
                if let Some(what) = misspelt(&literal.text) {
                    let name = file.strip_prefix(crate_dir()).unwrap_or(file).display();
                    wrong.push(format!("{name}:{}: {:?} spells {what}", literal.line, literal.text));
                }
            }
        }
        assert!(
            wrong.is_empty(),
            "keys are spelt in src/dynamo/keys.rs only; build these with its functions:\n{}",
            wrong.join("\n")
        );
    }

    #[test]
    fn every_key_word_this_module_spells_is_a_listed_constant() {
        let code = std::fs::read_to_string(this_file()).unwrap();
        let (shipped, _) = code.split_once("#[cfg(test)]\nmod tests").unwrap();
        let lines: Vec<&str> = shipped.lines().collect();
        let mut wrong = Vec::new();
        for literal in literals(shipped) {
            if !words(&literal.text).into_iter().any(key_like) {
                continue;
            }
            let line = lines[literal.line - 1].trim();
            let declared = line.starts_with("const ") && line.contains(": &str = ");
            if !declared || !SPELLINGS.contains(&literal.text.as_str()) {
                wrong.push(format!("keys.rs:{}: {line}", literal.line));
            }
        }
        assert!(
            wrong.is_empty(),
            "spell each key word once, as a `const` listed in SPELLINGS:\n{}",
            wrong.join("\n")
        );
    }

    #[test]
    fn the_source_reader_finds_literals_and_skips_comments() {
        let code = "let a = \"USER#\"; // \"ORG\"\n/* \"DONE\" */ let b = r#\"x \"FLOW\" y\"#;\nlet c = '\"'; let d = '#'; fn f<'a>(x: &'a str) {}\nlet e = \"tab\\\"q\";";
        let found: Vec<(usize, String)> = literals(code).into_iter().map(|l| (l.line, l.text)).collect();
        assert_eq!(
            found,
            vec![(1, "USER#".to_owned()), (2, "x \"FLOW\" y".to_owned()), (4, "tab\\\"q".to_owned())]
        );
        assert!(misspelt("USER#").is_some());
        assert!(misspelt("{USER}{id}").is_none(), "a placeholder names a constant");
        assert!(misspelt("{prefix}#{id}").is_some(), "a key put together from parts");
        assert!(misspelt("#status = :from").is_none(), "an expression attribute name");
        assert!(misspelt("LATCHKEY_AUDIT_TABLE").is_none(), "a longer word");
        assert!(misspelt("tries").is_none(), "an attribute name");
    }

    #[test]
    fn job_ids_sort_by_time_and_only_their_own_shape_parses_back() {
        let random = "0123456789abcdef01234567";
        let early = job_id(DateTime::from_timestamp_millis(1_000).unwrap(), random);
        let late = job_id(DateTime::from_timestamp_millis(2_000_000_000_000).unwrap(), random);
        assert!(early < late, "ids sort as their times do");
        assert!(jobs_after(DateTime::from_timestamp_millis(1_000).unwrap()) < early);
        assert_eq!(parse_job_id(&early), Some(early.as_str()));
        for bad in [
            "",
            "x",
            "123-abc",
            &early.to_uppercase(),
            &format!("{early}0"),
            "000000000001000-zzzzzzzzzzzzzzzzzzzzzzzz",
        ] {
            assert_eq!(parse_job_id(bad), None, "{bad:?}");
        }
    }

    #[test]
    fn an_audit_sort_key_names_its_position() {
        let at = DateTime::from_timestamp_millis(1_700_000_000_123).unwrap();
        let sk = audit_sort(&at, "abc");
        assert_eq!(audit_position(&sk), Some(Position { at, id: "abc".to_owned() }));
        assert!(audit_sort_floor(&at) < sk && sk < audit_sort_ceiling(&at));
    }
}
