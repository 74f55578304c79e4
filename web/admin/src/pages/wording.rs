//! The organisation's own words for the messages Latchkey sends, per
//! language: each email, text, call and notice with the catalogue's words
//! and the organisation's, one edited at a time with a preview that fills
//! its placeholders with sample values, saved or restored to the default.

use latchkey_dto::{ProblemCode, Wording, WordingKind, WordingMessage};
use latchkey_web::i18n::{Key, Lang, lang, t};
use leptos::prelude::*;
use leptos::task::spawn_local;

use crate::api::{self, ApiError};
use crate::app::Ctx;
use crate::k;
use crate::ui::{ConfirmButton, Notice, NoticeBox, Select};

/// The groups the screen shows, in order: their kind and heading.
const GROUPS: [(WordingKind, Key, Key); 4] = [
    (WordingKind::Email, k::WORDING_GROUP_EMAILS, k::WORDING_GROUP_EMAILS_HINT),
    (WordingKind::Text, k::WORDING_GROUP_TEXTS, k::WORDING_GROUP_TEXTS_HINT),
    (WordingKind::Call, k::WORDING_GROUP_CALLS, k::WORDING_GROUP_CALLS_HINT),
    (WordingKind::Notice, k::WORDING_GROUP_NOTICES, k::WORDING_GROUP_NOTICES_HINT),
];

#[component]
pub fn WordingScreen() -> impl IntoView {
    let ctx = expect_context::<Ctx>();
    let language = RwSignal::new(lang().tag().to_owned());
    let wording: RwSignal<Option<Wording>> = RwSignal::new(None);
    let error = RwSignal::new(None);
    let done = RwSignal::new(None);
    let editing: RwSignal<Option<String>> = RwSignal::new(None);
    let load = move || {
        let Some(token) = ctx.token() else { return };
        let tag = language.get_untracked();
        wording.set(None);
        editing.set(None);
        error.set(None);
        spawn_local(async move {
            match api::wording(&token, &tag).await {
                Ok(w) => wording.set(Some(w)),
                Err(e) => ctx.failed(&e, error),
            }
        });
    };
    load();
    let options: Vec<(&'static str, &'static str)> =
        Lang::ALL.iter().map(|l| (l.tag(), l.own_name())).collect();
    view! {
        <section class="card wide">
            <h1 id="page-title" tabindex="-1">{t(k::WORDING_TITLE)}</h1>
            <p class="hint">{t(k::WORDING_LEAD)}</p>
            <NoticeBox notice=done tone="success" />
            <NoticeBox notice=error />
            <Select id="wording-language" label=t(k::WORDING_LANGUAGE) value=language options=options
                on_change=Callback::new(move |()| { done.set(None); load(); }) />
            <p class="hint">{t(k::WORDING_PROBLEMS_NOTE)}</p>
            <div aria-busy=move || wording.with(Option::is_none).to_string()>
                {move || match wording.get() {
                    None => view! { <p class="loading" role="status">{t(k::WORDING_LOADING)}</p> }.into_any(),
                    Some(w) => GROUPS
                        .iter()
                        .map(|(kind, heading, hint)| {
                            let items: Vec<WordingMessage> =
                                w.messages.iter().filter(|m| m.kind == *kind).cloned().collect();
                            view! {
                                <h2>{t(*heading)}</h2>
                                <p class="hint">{t(*hint)}</p>
                                <ul class="wording-list">
                                    {items
                                        .into_iter()
                                        .map(|m| view! { <MessageRow message=m wording=wording editing=editing done=done /> })
                                        .collect_view()}
                                </ul>
                            }
                        })
                        .collect_view()
                        .into_any(),
                }}
            </div>
        </section>
    }
}

/// One message: its words, and the editor when it is the one open.
#[component]
fn MessageRow(
    message: WordingMessage,
    wording: RwSignal<Option<Wording>>,
    editing: RwSignal<Option<String>>,
    done: RwSignal<Option<Notice>>,
) -> impl IntoView {
    let id = message.id.clone();
    let open = {
        let id = id.clone();
        move || editing.get().as_deref() == Some(id.as_str())
    };
    let start = {
        let id = id.clone();
        move |_| {
            done.set(None);
            editing.set(Some(id.clone()));
        }
    };
    let own = message.custom.clone();
    view! {
        <li class="wording-item">
            <h3 class="wording-id"><code>{id.clone()}</code></h3>
            <p class="wording-label">{t(k::WORDING_DEFAULT)}</p>
            <p class="wording-text">{message.default.clone()}</p>
            <p class="wording-label">{t(k::WORDING_OVERRIDE)}</p>
            {match own {
                Some(text) => view! { <p class="wording-text">{text}</p> }.into_any(),
                None => view! { <p class="hint">{t(k::WORDING_NO_OVERRIDE)}</p> }.into_any(),
            }}
            <Show
                when=open
                fallback=move || view! { <button type="button" class="secondary" on:click=start.clone()>{t(k::WORDING_EDIT)}</button> }
            >
                <Editor message=message.clone() wording=wording editing=editing done=done />
            </Show>
        </li>
    }
}

/// The editor of one message: its text, a preview and the save and reset buttons.
#[component]
fn Editor(
    message: WordingMessage,
    wording: RwSignal<Option<Wording>>,
    editing: RwSignal<Option<String>>,
    done: RwSignal<Option<Notice>>,
) -> impl IntoView {
    let ctx = expect_context::<Ctx>();
    let id = message.id.clone();
    let draft = RwSignal::new(message.custom.clone().unwrap_or_else(|| message.default.clone()));
    let field_error: RwSignal<Option<String>> = RwSignal::new(None);
    let error = RwSignal::new(None);
    let busy = RwSignal::new(false);
    let language = move || {
        wording.with_untracked(|w| w.as_ref().map(|w| w.language.tag().to_owned()).unwrap_or_default())
    };
    let org = move || {
        ctx.config.get().map(|c| c.company_name).unwrap_or_else(|| t(k::WORDING_SAMPLE_ORG).to_owned())
    };
    let tag = language();
    let preview = move || {
        let samples = Samples { org: org() };
        render(&draft.get(), &|name| samples.value(name), &|n| plural_category(&tag, n))
    };
    // The saved message in place of the listed one.
    let replace = move |saved: WordingMessage| {
        wording.update(|w| {
            if let Some(m) = w.as_mut().and_then(|w| w.messages.iter_mut().find(|m| m.id == saved.id)) {
                *m = saved;
            }
        });
    };
    let fail = move |e: ApiError| match e.problem() {
        Some(p) if p.code == ProblemCode::InvalidRequest && p.field.as_deref() == Some("text") => {
            field_error.set(Some(p.detail.clone()))
        }
        _ => ctx.failed(&e, error),
    };
    let save = {
        let id = id.clone();
        move |_| {
            let Some(token) = ctx.token() else { return };
            let (id, tag, text) = (id.clone(), language(), draft.get_untracked());
            field_error.set(None);
            error.set(None);
            busy.set(true);
            spawn_local(async move {
                match api::save_wording(&token, &tag, &id, text).await {
                    Ok(saved) => {
                        replace(saved);
                        editing.set(None);
                        done.set(Some(Notice::new(t(k::UI_SAVED), t(k::WORDING_SAVED_BODY))));
                    }
                    Err(e) => fail(e),
                }
                busy.set(false);
            });
        }
    };
    let restore = {
        let id = id.clone();
        Callback::new(move |()| {
            let Some(token) = ctx.token() else { return };
            let (id, tag) = (id.clone(), language());
            error.set(None);
            busy.set(true);
            spawn_local(async move {
                match api::restore_wording(&token, &tag, &id).await {
                    Ok(saved) => {
                        replace(saved);
                        editing.set(None);
                        done.set(Some(Notice::new(
                            t(k::WORDING_RESTORED_TITLE),
                            t(k::WORDING_RESTORED_BODY),
                        )));
                    }
                    Err(e) => fail(e),
                }
                busy.set(false);
            });
        })
    };
    let placeholders = if message.placeholders.is_empty() {
        t(k::WORDING_NO_PLACEHOLDERS).to_owned()
    } else {
        let names: Vec<String> = message.placeholders.iter().map(|p| format!("{{ ${p} }}")).collect();
        latchkey_web::i18n::tf(k::WORDING_PLACEHOLDERS, &[("names", names.join(", ").into())])
    };
    let has_override = message.custom.is_some();
    let dir = if matches!(Lang::from_tag(&language()), Some(l) if l.rtl()) { "rtl" } else { "ltr" };
    let text_lang = language();
    view! {
        <div class="wording-editor">
            <NoticeBox notice=error />
            <div class="field" class:invalid=move || field_error.get().is_some()>
                <label for="wording-text">{t(k::WORDING_TEXT)}</label>
                <p class="hint" id="wording-text-hint">{placeholders}</p>
                <textarea
                    id="wording-text"
                    rows="6"
                    lang=text_lang.clone()
                    dir=dir
                    aria-describedby="wording-text-hint wording-text-error" // not words: the ids of the hint and the error
                    aria-invalid=move || if field_error.get().is_some() { "true" } else { "false" }
                    prop:value=move || draft.get()
                    on:input=move |ev| {
                        draft.set(event_target_value(&ev));
                        field_error.set(None);
                    }
                ></textarea>
                <p class="field-error" id="wording-text-error">{move || field_error.get()}</p>
            </div>
            <p class="wording-label" id="wording-preview-label">{t(k::WORDING_PREVIEW)}</p>
            <p class="wording-text wording-preview" lang=text_lang dir=dir aria-labelledby="wording-preview-label" aria-live="polite">
                {preview}
            </p>
            <div class="inline-form">
                <button type="button" class="primary" id="save-wording" disabled=move || busy.get() on:click=save>
                    {move || if busy.get() { t(k::UI_SAVING) } else { t(k::WORDING_SAVE) }}
                </button>
                <button type="button" class="link" on:click=move |_| editing.set(None)>{t(k::UI_CANCEL)}</button>
                {has_override.then(|| view! {
                    <ConfirmButton
                        label=t(k::WORDING_RESET)
                        warning=t(k::WORDING_RESET_WARNING).to_owned()
                        confirm=t(k::WORDING_RESET_CONFIRM)
                        on_confirm=restore
                        busy=Signal::derive(move || busy.get())
                    />
                })}
            </div>
        </div>
    }
}

/// The values a preview puts in a message's placeholders.
struct Samples {
    org: String,
}

impl Samples {
    fn value(&self, name: &str) -> Option<String> {
        Some(match name {
            "org" => self.org.clone(),
            "code" => "12345678".to_owned(),
            "minutes" => "10".to_owned(),
            "left" => "3".to_owned(),
            "username" | "user" => "adele.vance".to_owned(),
            "by" => "megan.bowen".to_owned(),
            "name" => "Adele Vance".to_owned(), // not words: a sample person's name
            "url" => "https://help.contoso.example".to_owned(),
            "added" => "a•••@contoso.example".to_owned(),
            "choice" => t(k::WORDING_SAMPLE_CHOICE).to_owned(),
            "roles" => t(k::WORDING_SAMPLE_ROLES).to_owned(),
            "when" | "until" => t(k::WORDING_SAMPLE_WHEN).to_owned(),
            _ => return None,
        })
    }
}

/// The CLDR plural category of `n` in the language tagged `tag` (`one`, `few`, `other`, …).
fn plural_category(tag: &str, n: i64) -> String {
    let locales = js_sys::Array::of1(&tag.into());
    let rules = js_sys::Intl::PluralRules::new(&locales, &js_sys::Object::new());
    #[expect(clippy::cast_precision_loss, reason = "sample numbers are small")]
    let n = n as f64;
    rules.select(n).as_string().unwrap_or_default()
}

/// `text` (Fluent, as the catalogue writes it) with each placeholder's
/// sample value and the plural form that value picks: `{ $name }`,
/// `{ "literal" }` and `{ $n -> [one] … *[other] … }`. What it cannot read
/// is shown as written.
pub fn render(
    text: &str,
    value: &dyn Fn(&str) -> Option<String>,
    category: &dyn Fn(i64) -> String,
) -> String {
    let chars: Vec<char> = text.chars().collect();
    let mut out = String::new();
    let mut i = 0;
    while i < chars.len() {
        if chars[i] == '{'
            && let Some(end) = closing(&chars, i)
        {
            let inner: String = chars[i + 1..end].iter().collect();
            out.push_str(&placeable(inner.trim(), value, category));
            i = end + 1;
            continue;
        }
        out.push(chars[i]);
        i += 1;
    }
    // Fluent drops the indentation of continuation lines.
    let lines: Vec<&str> = out.lines().collect();
    let indent = lines
        .iter()
        .skip(1)
        .filter(|l| !l.trim().is_empty())
        .map(|l| l.len() - l.trim_start().len())
        .min()
        .unwrap_or(0);
    lines
        .iter()
        .enumerate()
        .map(
            |(n, l)| {
                if n == 0 { l.trim().to_owned() } else { l.get(indent..).unwrap_or("").trim_end().to_owned() }
            },
        )
        .collect::<Vec<_>>()
        .join("\n")
        .trim()
        .to_owned()
}

/// The index of the `}` that closes the `{` at `open`.
fn closing(chars: &[char], open: usize) -> Option<usize> {
    let mut depth = 0;
    for (i, c) in chars.iter().enumerate().skip(open) {
        match c {
            '{' => depth += 1,
            '}' => {
                depth -= 1;
                if depth == 0 {
                    return Some(i);
                }
            }
            _ => {}
        }
    }
    None
}

fn placeable(
    inner: &str,
    value: &dyn Fn(&str) -> Option<String>,
    category: &dyn Fn(i64) -> String,
) -> String {
    if let Some(literal) = inner.strip_prefix('"').and_then(|s| s.strip_suffix('"')) {
        return literal.to_owned();
    }
    let Some(rest) = inner.strip_prefix('$') else { return format!("{{ {inner} }}") };
    let name: String =
        rest.chars().take_while(|c| c.is_ascii_alphanumeric() || *c == '_' || *c == '-').collect();
    let after = rest[name.len()..].trim_start();
    let Some(variants) = after.strip_prefix("->") else {
        return value(&name).unwrap_or_else(|| format!("{{ ${name} }}"));
    };
    let sample = value(&name);
    let number = sample.as_deref().and_then(|s| s.parse::<i64>().ok());
    let wanted = number.map(|n| (n.to_string(), category(n)));
    let mut chosen: Option<String> = None;
    let mut fallback: Option<String> = None;
    for (key, pattern, default) in variants_of(variants) {
        let text = render(&pattern, value, category);
        let hit = match &wanted {
            Some((exact, cat)) => key == *exact || key == *cat,
            None => sample.as_deref() == Some(key.as_str()),
        };
        if hit && chosen.is_none() {
            chosen = Some(text.clone());
        }
        if default {
            fallback = Some(text);
        }
    }
    chosen.or(fallback).unwrap_or_default()
}

/// A selection's variants: `(key, pattern, is the default)`.
fn variants_of(text: &str) -> Vec<(String, String, bool)> {
    let chars: Vec<char> = text.chars().collect();
    let mut out = Vec::new();
    let mut i = 0;
    while i < chars.len() {
        // Find the next `[` at depth 0.
        let default = chars[i] == '*';
        if chars[i] != '[' && !(default && chars.get(i + 1) == Some(&'[')) {
            i += 1;
            continue;
        }
        let open = if default { i + 1 } else { i };
        let Some(close) = chars[open..].iter().position(|c| *c == ']').map(|p| p + open) else { break };
        let key: String = chars[open + 1..close].iter().collect::<String>().trim().to_owned();
        // The pattern runs to the next variant at depth 0.
        let mut j = close + 1;
        let mut depth = 0;
        while j < chars.len() {
            match chars[j] {
                '{' => depth += 1,
                '}' => depth -= 1,
                '\n' if depth == 0 => {
                    let next = chars[j + 1..].iter().position(|c| !c.is_whitespace()).map(|p| p + j + 1);
                    if let Some(n) = next
                        && (chars[n] == '[' || (chars[n] == '*' && chars.get(n + 1) == Some(&'[')))
                    {
                        break;
                    }
                }
                _ => {}
            }
            j += 1;
        }
        let pattern: String = chars[close + 1..j].iter().collect();
        out.push((key, pattern.trim().to_owned(), default));
        i = j;
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn sample(name: &str) -> Option<String> {
        match name {
            "org" => Some("Contoso".into()),
            "code" => Some("12345678".into()),
            "minutes" => Some("10".into()),
            _ => None,
        }
    }

    fn english(n: i64) -> String {
        if n == 1 { "one".into() } else { "other".into() }
    }

    #[test]
    fn placeholders_take_their_sample_values() {
        assert_eq!(
            render("Your { $org } verification code is { $code }.", &sample, &english),
            "Your Contoso verification code is 12345678."
        );
        assert_eq!(render("Hi { $nobody } { \"x\" }", &sample, &english), "Hi { $nobody } x");
        assert_eq!(render("Open { brace", &sample, &english), "Open { brace");
    }

    #[test]
    fn a_selection_picks_the_form_its_sample_number_needs() {
        let text = "{ $minutes ->\n    [one] It expires in { $minutes } minute.\n   *[other] It expires in { $minutes } minutes.\n}";
        assert_eq!(render(text, &sample, &english), "It expires in 10 minutes.");
        let arabic = |n: i64| if (3..=10).contains(&n) { "few".to_owned() } else { "other".to_owned() };
        let text = "{ $minutes ->\n    [few] A { $minutes }\n   *[other] B\n}";
        assert_eq!(render(text, &sample, &arabic), "A 10");
        assert_eq!(
            render("{ $minutes ->\n    [10] ten\n   *[other] many\n} left", &sample, &english),
            "ten left"
        );
    }
}
