//! The web apps' catalogues, compiled at build time.
//!
//! Each catalogue is a folder with one subfolder per language (`en`, `fr`,
//! …) holding Fluent files (`.ftl`); English is the source every other
//! language is checked against. A message's id starts with its file's name
//! (`signin.ftl` holds `signin-…`), so two files never collide.
//!
//! The browser gets each language as one JSON object, id → message, where a
//! message is either a text with `{name}` placeholders, or — for a message
//! that selects on a number or a word — an object naming the variable (`$`),
//! the default variant (`*`) and one text per variant key (CLDR plural
//! categories such as `one`, `few`, `other`, or exact numbers such as `0`).
//! The browser picks a plural category with its own CLDR data
//! (`Intl.PluralRules`), so none of it is shipped in the WASM.

use std::collections::{BTreeMap, BTreeSet};
use std::fmt::Write as _;
use std::path::{Path, PathBuf};

use fluent_syntax::ast;

/// The languages every catalogue is written in; English is the source.
pub const LANGUAGES: [&str; 7] = ["en", "fr", "de", "es", "pt", "ja", "ar"];

/// One message, compiled.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Message {
    /// A text with `{name}` placeholders.
    Text(String),
    /// A choice on variable `var`: one text per variant key, and the default key.
    Select { var: String, variants: BTreeMap<String, String>, default: String },
}

impl Message {
    /// Every placeholder the message uses, in any variant (and the selector).
    pub fn placeholders(&self) -> BTreeSet<String> {
        fn scan(text: &str, found: &mut BTreeSet<String>) {
            let mut rest = text;
            while let Some(start) = rest.find('{') {
                let after = &rest[start + 1..];
                let Some(end) = after.find('}') else { break };
                found.insert(after[..end].to_owned());
                rest = &after[end + 1..];
            }
        }
        let mut found = BTreeSet::new();
        match self {
            Message::Text(text) => scan(text, &mut found),
            Message::Select { var, variants, .. } => {
                found.insert(var.clone());
                variants.values().for_each(|v| scan(v, &mut found));
            }
        }
        found
    }

    /// Every text the message can show.
    pub fn texts(&self) -> Vec<&str> {
        match self {
            Message::Text(text) => vec![text.as_str()],
            Message::Select { variants, .. } => variants.values().map(String::as_str).collect(),
        }
    }

    fn to_json(&self) -> serde_json::Value {
        match self {
            Message::Text(text) => serde_json::Value::String(text.clone()),
            Message::Select { var, variants, default } => {
                let mut object = serde_json::Map::new();
                object.insert("$".into(), var.clone().into());
                object.insert("*".into(), default.clone().into());
                for (key, text) in variants {
                    object.insert(key.clone(), text.clone().into());
                }
                serde_json::Value::Object(object)
            }
        }
    }
}

/// A message with where it came from and what its translator said of it.
#[derive(Debug, Clone)]
pub struct Entry {
    pub message: Message,
    /// The file it is in.
    pub file: PathBuf,
    /// The comment above it (`# …`), if any: English's is the translators'
    /// hint; a translation's "Same as English." allows an identical text.
    pub comment: String,
}

/// One language of one or more catalogue folders: id → entry.
pub type Language = BTreeMap<String, Entry>;

/// A catalogue problem, with the file and message it is in.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Problem(pub String);

impl std::fmt::Display for Problem {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.0)
    }
}

/// Reads language `lang` of the catalogue folders `dirs` (their `lang/*.ftl`).
pub fn load(dirs: &[&Path], lang: &str) -> Result<Language, Vec<Problem>> {
    let mut out = Language::new();
    let mut problems = Vec::new();
    for dir in dirs {
        let folder = dir.join(lang);
        let mut files: Vec<PathBuf> = match std::fs::read_dir(&folder) {
            Ok(entries) => entries
                .filter_map(Result::ok)
                .map(|e| e.path())
                .filter(|p| p.extension().is_some_and(|e| e == "ftl"))
                .collect(),
            Err(err) => {
                problems.push(Problem(format!("{}: {err}", folder.display())));
                continue;
            }
        };
        files.sort();
        for file in files {
            match std::fs::read_to_string(&file) {
                Ok(source) => read_file(&file, &source, &mut out, &mut problems),
                Err(err) => problems.push(Problem(format!("{}: {err}", file.display()))),
            }
        }
    }
    if problems.is_empty() { Ok(out) } else { Err(problems) }
}

fn read_file(file: &Path, source: &str, out: &mut Language, problems: &mut Vec<Problem>) {
    let resource = match fluent_syntax::parser::parse(source) {
        Ok(resource) => resource,
        Err((_, errors)) => {
            for error in errors {
                problems.push(Problem(format!("{}: {error:?}", file.display())));
            }
            return;
        }
    };
    let stem = file.file_stem().and_then(|s| s.to_str()).unwrap_or_default();
    let mut terms: BTreeMap<&str, String> = BTreeMap::new();
    for entry in &resource.body {
        match entry {
            ast::Entry::Term(term) => {
                let mut text = String::new();
                if let Err(why) = flatten(&term.value, &terms, &mut text) {
                    problems.push(Problem(format!("{}: -{}: {why}", file.display(), term.id.name)));
                }
                terms.insert(term.id.name, text);
            }
            ast::Entry::Message(message) => {
                let id = message.id.name;
                let at = format!("{}: {id}", file.display());
                if !id.starts_with(&format!("{stem}-")) {
                    problems.push(Problem(format!("{at}: ids in {stem}.ftl start with \"{stem}-\"")));
                }
                let Some(pattern) = &message.value else {
                    problems.push(Problem(format!("{at}: has no text")));
                    continue;
                };
                let comment = message.comment.as_ref().map(|c| c.content.join("\n")).unwrap_or_default();
                match compile(pattern, &terms) {
                    Ok(compiled) => {
                        let entry = Entry { message: compiled, file: file.to_owned(), comment };
                        if out.insert(id.to_owned(), entry).is_some() {
                            problems.push(Problem(format!("{at}: defined twice")));
                        }
                    }
                    Err(why) => problems.push(Problem(format!("{at}: {why}"))),
                }
            }
            _ => {}
        }
    }
}

/// A pattern with at most one select: text around it is copied into each variant.
fn compile(pattern: &ast::Pattern<&str>, terms: &BTreeMap<&str, String>) -> Result<Message, String> {
    let select = pattern.elements.iter().position(|e| {
        matches!(e, ast::PatternElement::Placeable { expression: ast::Expression::Select { .. } })
    });
    let Some(at) = select else {
        let mut text = String::new();
        flatten(pattern, terms, &mut text)?;
        return Ok(Message::Text(text));
    };
    let mut before = String::new();
    let mut after = String::new();
    for (i, element) in pattern.elements.iter().enumerate() {
        if i == at {
            continue;
        }
        let single = ast::Pattern { elements: vec![element.clone()] };
        flatten(&single, terms, if i < at { &mut before } else { &mut after })?;
    }
    let ast::PatternElement::Placeable { expression: ast::Expression::Select { selector, variants } } =
        &pattern.elements[at]
    else {
        return Err("internal: not a select".into());
    };
    let ast::InlineExpression::VariableReference { id } = selector else {
        return Err("a choice selects on a variable ({ $count -> … })".into());
    };
    let mut out = BTreeMap::new();
    let mut default = None;
    for variant in variants {
        let key = match &variant.key {
            ast::VariantKey::Identifier { name } => (*name).to_owned(),
            ast::VariantKey::NumberLiteral { value } => (*value).to_owned(),
        };
        let mut text = before.clone();
        flatten(&variant.value, terms, &mut text)?;
        text.push_str(&after);
        if variant.default {
            default = Some(key.clone());
        }
        out.insert(key, text);
    }
    let default = default.ok_or("a choice needs a default variant (*[other])")?;
    Ok(Message::Select { var: id.name.to_owned(), variants: out, default })
}

/// Appends a pattern without selects as text with `{name}` placeholders.
fn flatten(
    pattern: &ast::Pattern<&str>,
    terms: &BTreeMap<&str, String>,
    out: &mut String,
) -> Result<(), String> {
    for element in &pattern.elements {
        match element {
            ast::PatternElement::TextElement { value } => {
                if value.contains(['{', '}']) {
                    return Err("braces are kept for placeholders".into());
                }
                out.push_str(value);
            }
            ast::PatternElement::Placeable { expression: ast::Expression::Inline(inline) } => match inline {
                ast::InlineExpression::VariableReference { id } => {
                    let _ = write!(out, "{{{}}}", id.name);
                }
                ast::InlineExpression::StringLiteral { value } => {
                    if value.contains(['{', '}', '\\']) {
                        return Err("braces and escapes are kept for placeholders".into());
                    }
                    out.push_str(value);
                }
                ast::InlineExpression::TermReference { id, .. } => {
                    let text =
                        terms.get(id.name).ok_or_else(|| format!("-{} is not defined above", id.name))?;
                    out.push_str(text);
                }
                _ => {
                    return Err(
                        "only { $variable }, { -term } and { \"text\" } placeables are supported".into()
                    );
                }
            },
            ast::PatternElement::Placeable { .. } => {
                return Err("a choice inside a choice is not supported".into());
            }
        }
    }
    Ok(())
}

/// The JSON the browser loads for one language.
pub fn to_json(language: &Language) -> String {
    let object: serde_json::Map<String, serde_json::Value> =
        language.iter().map(|(id, entry)| (id.clone(), entry.message.to_json())).collect();
    serde_json::Value::Object(object).to_string()
}

/// Rust constants for the ids of `language` (English), with the English
/// text as their documentation: `pub const SIGNIN_TITLE: Key = Key("signin-title");`.
pub fn keys_rs(language: &Language, key_type: &str) -> String {
    let mut out = String::from("// Generated from the English catalogue by latchkey-i18n; do not edit.\n");
    for (id, entry) in language {
        let name = id.replace('-', "_").to_uppercase();
        for text in entry.message.texts().into_iter().take(1) {
            let _ = writeln!(out, "/// {}", text.replace('\n', " "));
        }
        let _ = writeln!(out, "pub const {name}: {key_type} = {key_type}(\"{id}\");");
    }
    out
}

/// For a crate's build script: the catalogue in `dir` (English and every
/// language checked), its keys written to `$OUT_DIR/keys.rs`.
pub fn build_keys(dir: &Path, key_type: &str) {
    println!("cargo::rerun-if-changed={}", dir.display());
    for lang in LANGUAGES {
        println!("cargo::rerun-if-changed={}", dir.join(lang).display());
    }
    let english = match load(&[dir], "en") {
        Ok(english) => english,
        Err(problems) => fail(&problems),
    };
    let out = std::env::var_os("OUT_DIR").map(PathBuf::from).unwrap_or_default();
    if let Err(err) = std::fs::write(out.join("keys.rs"), keys_rs(&english, key_type)) {
        fail(&[Problem(format!("writing keys.rs: {err}"))]);
    }
}

fn fail(problems: &[Problem]) -> ! {
    for problem in problems {
        println!("cargo::error={problem}");
    }
    std::process::exit(1)
}
