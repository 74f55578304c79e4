//! The console's shared pieces: in-app links and the live message region
//! (both shared with the portal), what each failure means to an
//! administrator, the two-step confirmation that guards every destructive
//! action, the copy button beside a secret shown once, saves the server may
//! refuse for their impact, and the drop-downs and checkboxes the forms share.

use latchkey_dto::ProblemCode;
use leptos::prelude::*;

use crate::api::ApiError;
use crate::k;
use latchkey_web::i18n::{t, tf};
pub use latchkey_web::nav::Link;
pub use latchkey_web::notice::NoticeBox;
use latchkey_web::time::{in_words, local_date_time};

/// A message for the screen (the console's never carry an action or the
/// contact link: an operator is the one people contact).
pub type Notice = latchkey_web::notice::Notice<latchkey_web::notice::Nothing>;

/// What a failed call means, for the notice region. Screens handle the codes
/// they can put next to a field before falling back to this.
pub fn notice(error: &ApiError) -> Notice {
    let problem = match error {
        ApiError::Network => return Notice::offline(),
        ApiError::Unexpected(status) => return Notice::unexpected(*status),
        ApiError::Problem(p) => p,
    };
    match problem.code {
        ProblemCode::Forbidden => Notice::new(t(k::UI_FORBIDDEN_TITLE), t(k::UI_FORBIDDEN_BODY)),
        ProblemCode::VersionConflict => Notice::new(t(k::UI_CONFLICT_TITLE), t(k::UI_CONFLICT_BODY)),
        ProblemCode::VerificationRequired => Notice::new(t(k::UI_VERIFY_TITLE), t(k::UI_VERIFY_BODY)),
        ProblemCode::TooManyRequests => Notice::new(
            t(k::UI_TOO_MANY_TITLE),
            match problem.retry_after {
                Some(s) => tf(k::UI_TOO_MANY_BODY_WHEN, &[("when", in_words(s).into())]),
                None => t(k::UI_TOO_MANY_BODY).to_owned(),
            },
        ),
        ProblemCode::Busy | ProblemCode::ServiceUnavailable => Notice::busy(),
        ProblemCode::AccountLocked => Notice::new(
            t(k::UI_LOCKED_TITLE),
            match problem.locked_until {
                Some(at) => tf(k::UI_LOCKED_UNTIL, &[("at", local_date_time(&at).into())]),
                None => t(k::UI_LOCKED_BODY).to_owned(),
            },
        ),
        _ => Notice::new(problem.title.clone(), problem.detail.clone()),
    }
}

/// A destructive action's button that asks once more, in place, before it acts:
/// the first press shows what will happen and a second, explicit button.
#[component]
pub fn ConfirmButton(
    /// The button's label ("Delete user").
    label: &'static str,
    /// What will happen, said before it does.
    warning: String,
    /// The confirming button's label ("Yes, delete").
    confirm: &'static str,
    /// Runs once confirmed.
    on_confirm: Callback<()>,
    #[prop(optional)] busy: Option<Signal<bool>>,
    #[prop(default = "secondary")] class: &'static str,
    /// The button's id when several share a label (one per passkey); by
    /// default the label's words.
    #[prop(optional)]
    id: Option<String>,
    /// The id of what the button acts on, read out with it.
    #[prop(optional)]
    about: Option<String>,
) -> impl IntoView {
    let asking = RwSignal::new(false);
    let busy = busy.unwrap_or_else(|| Signal::from(false));
    let id = id.unwrap_or_else(|| label.to_lowercase().replace(' ', "-"));
    let confirm_id = format!("{id}-confirm");
    let focus_id = confirm_id.clone();
    view! {
        <div class="confirm-action">
            <button
                type="button"
                class=class
                id=id
                aria-describedby=about
                aria-expanded=move || asking.get().to_string()
                disabled=move || busy.get()
                on:click=move |_| {
                    asking.set(true);
                    let focus_id = focus_id.clone();
                    request_animation_frame(move || focus_by_id(&focus_id));
                }
            >
                {label}
            </button>
            <Show when=move || asking.get()>
                <div class="confirm-panel" role="group" aria-label=tf(k::UI_CONFIRM_LABEL, &[("action", label.into())])>
                    <p>{warning.clone()}</p>
                    <button
                        type="button"
                        class="danger"
                        id=confirm_id.clone()
                        disabled=move || busy.get()
                        on:click=move |_| {
                            asking.set(false);
                            on_confirm.run(());
                        }
                    >
                        {confirm}
                    </button>
                    <button type="button" class="link" on:click=move |_| asking.set(false)>{t(k::UI_CANCEL)}</button>
                </div>
            </Show>
        </div>
    }
}

/// A button that puts `text` on the clipboard and says so; where the browser
/// refuses (no permission, a page that is not a secure context), it says to
/// select the text and copy it by hand rather than claim a copy it did not make.
#[component]
pub fn CopyButton(
    /// What is copied.
    text: String,
    /// The button's words ("Copy the secret"): a screen with several copy
    /// buttons names what each copies.
    label: &'static str,
    id: &'static str,
) -> impl IntoView {
    // None before a press; then whether the browser took it.
    let copied = RwSignal::new(None::<bool>);
    let text = StoredValue::new(text);
    let copy = move |_| {
        let Some(clipboard) = web_sys::window().map(|w| w.navigator().clipboard()) else { return };
        let promise = clipboard.write_text(&text.get_value());
        leptos::task::spawn_local(async move {
            copied.set(Some(wasm_bindgen_futures::JsFuture::from(promise).await.is_ok()));
        });
    };
    view! {
        <button type="button" class="secondary copy" id=id on:click=copy>{label}</button>
        <span class="copy-state" role="status" id=format!("{id}-state")>
            {move || match copied.get() {
                Some(true) => t(k::UI_COPIED),
                Some(false) => t(k::UI_COPY_FAILED),
                None => "",
            }}
        </span>
    }
}

pub fn focus_by_id(id: &str) {
    let el = web_sys::window().and_then(|w| w.document()).and_then(|d| d.get_element_by_id(id));
    if let Some(el) = el.and_then(|e| wasm_bindgen::JsCast::dyn_into::<web_sys::HtmlElement>(e).ok()) {
        let _ = el.focus();
    }
}

/// An instant as the reader says it ("21 Dec 2026, 14:05"), or a dash for never.
pub fn when(at: Option<chrono::DateTime<chrono::Utc>>) -> String {
    at.map(|a| local_date_time(&a)).unwrap_or_else(|| "—".to_owned())
}

/// Why the server may refuse a save for what it would do (a 409 that counts
/// the users affected), and how to say it.
#[derive(Clone, Copy)]
pub struct Refusal {
    pub code: ProblemCode,
    pub title: &'static str,
    /// What the save would do to `n` users.
    pub what: fn(u32) -> String,
}

/// The state of a form whose save the server may refuse until its impact is
/// accepted: busy, the two notices, and the count a "Save anyway" shows.
#[derive(Clone, Copy)]
pub struct GuardedSave {
    pub busy: RwSignal<bool>,
    pub error: RwSignal<Option<Notice>>,
    pub done: RwSignal<Option<Notice>>,
    /// Set after a refusal: the next save may accept the impact now seen.
    pub confirm: RwSignal<Option<u32>>,
}

impl GuardedSave {
    pub fn new() -> Self {
        GuardedSave {
            busy: RwSignal::new(false),
            error: RwSignal::new(None),
            done: RwSignal::new(None),
            confirm: RwSignal::new(None),
        }
    }

    /// Runs `call` once at a time. Success clears the pending "Save anyway",
    /// hands the answer to `saved` and says `message`; the refusal explains
    /// itself and offers "Save anyway"; anything else goes to `fail`.
    pub fn run<T: 'static>(
        self,
        call: impl std::future::Future<Output = Result<T, ApiError>> + 'static,
        refusal: Refusal,
        message: &'static str,
        saved: impl FnOnce(T) + 'static,
        fail: impl FnOnce(ApiError) + 'static,
    ) {
        if self.busy.get_untracked() {
            return;
        }
        self.busy.set(true);
        self.error.set(None);
        self.done.set(None);
        leptos::task::spawn_local(async move {
            match call.await {
                Ok(answer) => {
                    self.confirm.set(None);
                    saved(answer);
                    self.done.set(Some(Notice::new(t(k::UI_SAVED), message)));
                }
                Err(ApiError::Problem(p)) if p.code == refusal.code => {
                    // Nothing was saved; the next save may accept the impact.
                    let n = p.affected_users.unwrap_or(0);
                    self.confirm.set(Some(n));
                    self.error.set(Some(Notice::new(
                        refusal.title,
                        tf(k::UI_REFUSED, &[("what", (refusal.what)(n).into())]),
                    )));
                }
                Err(e) => fail(e),
            }
            self.busy.set(false);
        });
    }
}

/// The two notices of a guarded form and, after a refusal, its "Save anyway".
#[component]
pub fn GuardedNotices(
    saving: GuardedSave,
    /// The button's id.
    id: &'static str,
    /// The button's label for `n` users.
    label: fn(u32) -> String,
    /// Saves again, accepting the impact.
    again: Callback<()>,
) -> impl IntoView {
    view! {
        <NoticeBox notice=saving.done tone="success" />
        <NoticeBox notice=saving.error />
        {move || saving.confirm.get().map(|n| view! {
            <button type="button" class="danger" id=id on:click=move |_| again.run(())>{label(n)}</button>
        })}
    }
}

/// A labelled drop-down whose choice applies at once, with an optional hint
/// between the two (as the shared `Field` has it) that assistive tech reads
/// with it.
#[component]
pub fn Select(
    id: &'static str,
    label: &'static str,
    value: RwSignal<String>,
    options: Vec<(&'static str, &'static str)>,
    #[prop(optional)] hint: Option<&'static str>,
    #[prop(optional, into)] on_change: Option<Callback<()>>,
) -> impl IntoView {
    let hint_id = format!("{id}-hint");
    let described = hint.is_some().then(|| hint_id.clone());
    view! {
        <div class="field">
            <label for=id>{label}</label>
            {hint.map(|h| view! { <p class="hint" id=hint_id>{h}</p> })}
            <select id=id aria-describedby=described prop:value=move || value.get() on:change=move |ev| {
                value.set(event_target_value(&ev));
                if let Some(cb) = on_change { cb.run(()); }
            }>
                {options.into_iter().map(|(v, text)| view! { <option value=v>{text}</option> }).collect_view()}
            </select>
        </div>
    }
}

/// A labelled checkbox whose change applies at once, with an optional hint
/// under it that assistive tech reads with it.
#[component]
pub fn Check(
    id: &'static str,
    label: &'static str,
    value: RwSignal<bool>,
    #[prop(optional)] hint: Option<&'static str>,
    /// While true (a save on its way), the box cannot change.
    #[prop(optional, into)]
    disabled: Signal<bool>,
    #[prop(optional, into)] on_change: Option<Callback<()>>,
) -> impl IntoView {
    let hint_id = format!("{id}-hint");
    let described = hint.is_some().then(|| hint_id.clone());
    view! {
        <div class="field check">
            <input type="checkbox" id=id aria-describedby=described disabled=move || disabled.get()
                prop:checked=move || value.get() on:change=move |ev| {
                    value.set(event_target_checked(&ev));
                    if let Some(cb) = on_change { cb.run(()); }
                } />
            <label for=id>{label}</label>
        </div>
        {hint.map(|h| view! { <p class="hint check-hint" id=hint_id>{h}</p> })}
    }
}

/// The id of the list of the organisation's group names that [`GroupNames`]
/// puts on a screen: a field with `list=GROUP_NAMES` offers them as the
/// operator types.
pub const GROUP_NAMES: &str = "group-names";

/// The organisation's group names, once per screen, for every field that
/// names a group (with `list=GROUP_NAMES`): the browser offers the matches
/// as the operator types. Without it (no groups, a failed read) the fields
/// are plain text, and the server still refuses a group that does not exist
/// where one must.
#[component]
pub fn GroupNames() -> impl IntoView {
    let ctx = expect_context::<crate::app::Ctx>();
    let names = LocalResource::new(move || {
        let token = ctx.token();
        async move {
            match token {
                Some(token) => crate::api::group_names(&token).await.unwrap_or_default(),
                None => Vec::new(),
            }
        }
    });
    view! {
        <datalist id=GROUP_NAMES>
            {move || names.get().unwrap_or_default().into_iter()
                .map(|name| view! { <option value=name></option> }).collect_view()}
        </datalist>
    }
}

/// Splits "a, b; c" into its items.
pub fn list(text: &str) -> Vec<String> {
    text.split([',', ';', '\n']).map(str::trim).filter(|s| !s.is_empty()).map(str::to_owned).collect()
}

/// Hands `text` to the browser as a file download.
pub fn download(name: &str, text: &str) {
    let parts = js_sys::Array::of1(&wasm_bindgen::JsValue::from_str(text));
    let options = web_sys::BlobPropertyBag::new();
    options.set_type("text/csv");
    let Ok(blob) = web_sys::Blob::new_with_str_sequence_and_options(&parts, &options) else { return };
    let Ok(url) = web_sys::Url::create_object_url_with_blob(&blob) else { return };
    let link = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.create_element("a").ok())
        .and_then(|e| wasm_bindgen::JsCast::dyn_into::<web_sys::HtmlAnchorElement>(e).ok());
    if let Some(link) = link {
        link.set_href(&url);
        link.set_download(name);
        link.click();
    }
    // Later, not at once: the browser reads the blob after the click returns.
    set_timeout(move || drop(web_sys::Url::revoke_object_url(&url)), std::time::Duration::from_secs(30));
}
