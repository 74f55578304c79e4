// Loads the portal's WebAssembly and, alongside it, the reader's language
// catalogue. A separate file, not an inline script, so the
// Content-Security-Policy can forbid inline scripts entirely.
import init from "./portal.js";
import { startCatalogue } from "./lang.js";

function unable() {
  const main = document.getElementById("main");
  if (main) {
    // The catalogue may be what failed: these words are the only ones not in it.
    main.innerHTML =
      '<section class="card"><h1>This browser could not start the page</h1>' +
      "<p>Try reloading it, or use an up-to-date browser.</p></section>";
  }
}

startCatalogue("portal").catch((error) => {
  unable();
  console.error(error);
});
init({ module_or_path: new URL("./portal_bg.wasm", import.meta.url) }).catch((error) => {
  unable();
  console.error(error);
});
