//! The language picker: the seven languages, each in its own name, so a
//! reader finds theirs whatever the page is in now.

use leptos::prelude::*;

use crate::i18n::{Lang, choose, k, lang, t};

/// A labelled list of the languages. Choosing one shows the page in it
/// (stored on this device) — or, with `on_choose`, hands the choice over
/// first (the account pages store it on the user's record, then call
/// [`choose`] themselves).
#[component]
pub fn LanguagePicker(
    /// The element id (and the label's `for`).
    #[prop(default = "language")]
    id: &'static str,
    #[prop(optional)] on_choose: Option<Callback<Lang>>,
) -> impl IntoView {
    let current = lang();
    let change = move |ev: leptos::ev::Event| {
        let Some(wanted) = Lang::from_tag(&event_target_value(&ev)) else { return };
        if wanted == current {
            return;
        }
        match on_choose {
            Some(callback) => callback.run(wanted),
            None => choose(wanted),
        }
    };
    view! {
        <span class="language">
            <label for=id>{t(k::COMMON_LANGUAGE)}</label>
            " "
            <select id=id on:change=change>
                {Lang::ALL
                    .into_iter()
                    .map(|l| {
                        view! {
                            <option value=l.tag() selected=l == current lang=l.tag()>
                                {l.own_name()}
                            </option>
                        }
                    })
                    .collect_view()}
            </select>
        </span>
    }
}
