// Picks the page's language before the WebAssembly has arrived, and starts
// fetching that language's catalogue alongside it (the WASM holds no words
// of its own; web/shared/src/i18n.rs takes the catalogue over).
//
// The order: `?lang=` (kept for the rest of the visit), the reader's own
// choice on this device, the browser's languages (what it sends as
// Accept-Language), the organisation's default language, English.

const LANGUAGES = ["en", "fr", "de", "es", "pt", "ja", "ar"];
const CHOICE = "latchkey.lang";

function supported(tag) {
  if (!tag) return null;
  const primary = String(tag).toLowerCase().split(/[-_]/)[0];
  return LANGUAGES.includes(primary) ? primary : null;
}

function stored(storage) {
  try {
    return supported(storage.getItem(CHOICE));
  } catch {
    return null;
  }
}

async function pick() {
  const asked = supported(new URLSearchParams(location.search).get("lang"));
  if (asked) {
    try {
      sessionStorage.setItem(CHOICE, asked);
    } catch {}
    return asked;
  }
  const chosen = stored(sessionStorage) || stored(localStorage);
  if (chosen) return chosen;
  for (const tag of navigator.languages || [navigator.language]) {
    const found = supported(tag);
    if (found) return found;
  }
  try {
    const config = await (await fetch("/v1/config/public")).json();
    return supported(config.default_language) || "en";
  } catch {
    return "en";
  }
}

async function fetchText(app, lang) {
  // Beside this file: web/build.sh puts each app's files, catalogues
  // included, in one folder named by their content.
  const response = await fetch(new URL(`./i18n/${app}.${lang}.json`, import.meta.url));
  if (!response.ok) throw new Error(`catalogue ${lang}: ${response.status}`);
  return response.text();
}

// Starts the catalogue for `app`: sets <html lang dir> and leaves a promise
// of its JSON text on window.__latchkeyCatalogue.
export function startCatalogue(app) {
  window.__latchkeyCatalogue = pick().then(async (lang) => {
    const html = document.documentElement;
    try {
      const text = await fetchText(app, lang);
      html.lang = lang;
      html.dir = lang === "ar" ? "rtl" : "ltr";
      return JSON.parse(text);
    } catch (error) {
      if (lang === "en") throw error;
      html.lang = "en";
      html.dir = "ltr";
      return JSON.parse(await fetchText(app, "en"));
    }
  });
  return window.__latchkeyCatalogue;
}
