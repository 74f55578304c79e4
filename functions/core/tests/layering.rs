//! The core's rooms keep their order: a module imports only from its own room
//! and the rooms before it (`src/lib.rs` lists them), and every source file
//! lives in one of those rooms. An import that points the wrong way is how a
//! house of rooms turns back into one knot, so it fails here, naming the file
//! and line.

use std::fs;
use std::path::{Path, PathBuf};

/// The rooms, lowest first. `testing` (the fakes) may import any room and be
/// imported from anywhere: it is compiled only for tests.
const ROOMS: [&str; 11] = [
    "model",
    "ports",
    "access",
    "passwords",
    "messaging",
    "accounts",
    "recovery",
    "admin",
    "directory",
    "integrators",
    "lifecycle",
];
const TESTING: &str = "testing";

/// What the crate root re-exports, and the room each comes from.
const ROOT_ITEMS: [(&str, &str); 3] =
    [("Error", "model"), ("PortError", "model"), ("on_contention", "ports")];

fn source_files(dir: &Path, found: &mut Vec<PathBuf>) {
    let Ok(entries) = fs::read_dir(dir) else { return };
    for entry in entries.flatten() {
        let path = entry.path();
        if path.is_dir() {
            source_files(&path, found);
        } else if path.extension().is_some_and(|e| e == "rs") {
            found.push(path);
        }
    }
}

/// The room of a path inside `src`, or `None` for `lib.rs`.
fn room_of(relative: &Path) -> Option<String> {
    let mut parts = relative.components();
    let first = parts.next()?.as_os_str().to_string_lossy().into_owned();
    parts.next()?;
    Some(first)
}

fn rank(room: &str) -> Option<usize> {
    ROOMS.iter().position(|r| *r == room)
}

/// Every room a line of code names through `crate::…` or `$crate::…`,
/// including each name of a grouped `use crate::{a, b::c}`.
fn rooms_named(code: &str) -> Vec<String> {
    let mut named = Vec::new();
    let mut rest = code;
    while let Some(at) = rest.find("crate::") {
        let before = &rest[..at];
        let after = &rest[at + "crate::".len()..];
        rest = after;
        // `latchkey_core::` and other crates' paths are not this crate's.
        if before.ends_with(|c: char| c.is_alphanumeric() || c == '_') {
            continue;
        }
        if let Some(group) = after.strip_prefix('{') {
            let inside = group.split('}').next().unwrap_or_default();
            for item in inside.split(',') {
                let name: String =
                    item.trim().chars().take_while(|c| c.is_alphanumeric() || *c == '_').collect();
                if !name.is_empty() {
                    named.push(name);
                }
            }
        } else {
            let name: String = after.chars().take_while(|c| c.is_alphanumeric() || *c == '_').collect();
            named.push(name);
        }
    }
    named
        .into_iter()
        .map(|name| {
            ROOT_ITEMS.iter().find(|(item, _)| *item == name).map_or(name, |(_, room)| (*room).to_owned())
        })
        .collect()
}

/// Each wrong-way or unknown import in the crate, as `file:line: why`.
fn violations(src: &Path) -> Vec<String> {
    let mut files = Vec::new();
    source_files(src, &mut files);
    files.sort();
    let mut found = Vec::new();
    for file in files {
        let relative = file.strip_prefix(src).unwrap_or(&file).to_path_buf();
        let shown = relative.display();
        let Some(room) = room_of(&relative) else {
            if relative != Path::new("lib.rs") {
                found.push(format!("{shown}: a source file outside every room (put it in one of {ROOMS:?})"));
            }
            continue;
        };
        if room == TESTING {
            continue;
        }
        let Some(own) = rank(&room) else {
            found.push(format!(
                "{shown}: `{room}` is not a room (add it to the order in lib.rs and this test)"
            ));
            continue;
        };
        let text = fs::read_to_string(&file).unwrap_or_default();
        for (number, line) in text.lines().enumerate() {
            let code = line.split("//").next().unwrap_or_default();
            for named in rooms_named(code) {
                if named == TESTING {
                    continue;
                }
                match rank(&named) {
                    Some(theirs) if theirs <= own => {}
                    Some(_) => found.push(format!(
                        "{shown}:{}: `{room}` imports from the later room `{named}`",
                        number + 1
                    )),
                    None => found.push(format!(
                        "{shown}:{}: `crate::{named}` is not a room or a root re-export",
                        number + 1
                    )),
                }
            }
        }
    }
    found
}

#[test]
fn every_room_imports_only_from_itself_and_the_rooms_before_it() {
    let src = Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
    let found = violations(&src);
    assert!(found.is_empty(), "imports against the rooms' order:\n{}", found.join("\n"));
}

#[test]
fn the_rooms_are_the_folders_lib_rs_declares_in_that_order() {
    let lib =
        fs::read_to_string(Path::new(env!("CARGO_MANIFEST_DIR")).join("src/lib.rs")).unwrap_or_default();
    let declared: Vec<&str> = lib
        .lines()
        .filter_map(|line| line.strip_prefix("pub mod ")?.strip_suffix(';'))
        .filter(|name| *name != TESTING)
        .collect();
    assert_eq!(declared, ROOMS, "lib.rs declares the rooms in the order this test holds");
}

#[test]
fn an_upward_import_is_caught() {
    assert_eq!(rooms_named("use crate::admin::people::UserRow;"), ["admin"]);
    assert_eq!(rooms_named("use crate::{Error, model::user::User};"), ["model", "model"]);
    assert_eq!(rooms_named("let x = latchkey_core::admin::Admin::new(p);"), Vec::<String>::new());
    assert_eq!(rooms_named("$crate::ports::retry::WRITE_ATTEMPTS"), ["ports"]);
}
