//! The labelled input both apps build their forms from, and moving focus to
//! where the work is.

use leptos::prelude::*;

use crate::i18n::{k, t};

/// One labelled input with its hint and its own error, wired for assistive tech.
#[component]
pub fn Field(
    id: &'static str,
    label: &'static str,
    value: RwSignal<String>,
    #[prop(default = "text")] kind: &'static str,
    #[prop(default = "off")] autocomplete: &'static str,
    #[prop(optional)] inputmode: Option<&'static str>,
    #[prop(optional)] hint: Option<&'static str>,
    #[prop(optional)] error: Option<RwSignal<Option<String>>>,
    #[prop(optional)] autofocus: bool,
    #[prop(optional)] node_ref: Option<NodeRef<leptos::html::Input>>,
    /// The id of a `<datalist>` whose entries the browser offers as the
    /// operator types (the console's group names).
    #[prop(optional)]
    list: Option<&'static str>,
) -> impl IntoView {
    let error = error.unwrap_or_else(|| RwSignal::new(None));
    let hint_id = format!("{id}-hint");
    let error_id = format!("{id}-error");
    let described = {
        let hint_id = hint_id.clone();
        let error_id = error_id.clone();
        move || {
            let mut ids = Vec::new();
            if hint.is_some() {
                ids.push(hint_id.clone());
            }
            if error.get().is_some() {
                ids.push(error_id.clone());
            }
            (!ids.is_empty()).then(|| ids.join(" "))
        }
    };
    let node_ref = node_ref.unwrap_or_default();
    // A password can be shown while it is typed (NIST SP 800-63B 5.1.1.2):
    // a toggle button (its state in `aria-pressed`) turns the input to text and back.
    let shown = RwSignal::new(false);
    let secret = kind == "password";
    let input_type = move || if secret && shown.get() { "text" } else { kind };
    let reveal = secret.then(|| {
        view! {
            <button
                type="button"
                class="reveal"
                aria-controls=id
                aria-pressed=move || shown.get().to_string()
                on:click=move |_| shown.update(|s| *s = !*s)
            >
                {t(k::COMMON_SHOW_PASSWORD)}
            </button>
        }
    });
    view! {
        <div class="field" class:invalid=move || error.get().is_some()>
            <label for=id>{label}</label>
            {hint.map(|h| view! { <p class="hint" id=hint_id.clone()>{h}</p> })}
            <input
                id=id
                name=id
                type=input_type
                autocomplete=autocomplete
                inputmode=inputmode
                autocapitalize="off"
                spellcheck="false"
                autofocus=autofocus
                list=list
                node_ref=node_ref
                aria-invalid=move || if error.get().is_some() { "true" } else { "false" }
                aria-describedby=described
                prop:value=move || value.get()
                on:input=move |ev| {
                    value.set(event_target_value(&ev));
                    error.set(None);
                }
            />
            {reveal}
            <p class="field-error" id=error_id>
                {move || error.get()}
            </p>
        </div>
    }
}

/// A one-time code's field and its Verify button: every code step (a sent
/// code, an authenticator's) looks and reads the same.
#[component]
pub fn CodeInput(
    id: &'static str,
    label: &'static str,
    value: RwSignal<String>,
    /// While the code is being checked: the button says so and waits.
    busy: RwSignal<bool>,
    #[prop(optional_no_strip)] hint: Option<&'static str>,
    #[prop(optional)] error: Option<RwSignal<Option<String>>>,
    #[prop(optional)] node_ref: Option<NodeRef<leptos::html::Input>>,
) -> impl IntoView {
    let error = error.unwrap_or_else(|| RwSignal::new(None));
    let node_ref = node_ref.unwrap_or_default();
    let field = match hint {
        Some(hint) => view! {
            <Field id label value autocomplete="one-time-code" inputmode="numeric" hint error node_ref />
        }
        .into_any(),
        None => {
            view! { <Field id label value autocomplete="one-time-code" inputmode="numeric" error node_ref /> }
                .into_any()
        }
    };
    view! {
        {field}
        <button type="submit" class="primary" disabled=move || busy.get()>
            {move || if busy.get() { t(k::COMMON_CHECKING) } else { t(k::COMMON_VERIFY) }}
        </button>
    }
}

/// Once the page has drawn, puts focus on the first element matching
/// `selector` (keyboard and screen-reader users land where the work is).
pub fn focus_selector(selector: &'static str) {
    request_animation_frame(move || {
        let first = web_sys::window()
            .and_then(|w| w.document())
            .and_then(|d| d.query_selector(selector).ok().flatten());
        if let Some(el) = first.and_then(|e| wasm_bindgen::JsCast::dyn_into::<web_sys::HtmlElement>(e).ok()) {
            let _ = el.focus();
        }
    });
}

/// Puts the cursor in `input` once it is on screen.
pub fn focus(input: NodeRef<leptos::html::Input>) {
    request_animation_frame(move || {
        if let Some(input) = input.get_untracked() {
            let _ = input.focus();
        }
    });
}
