// Loads the admin console's WebAssembly and, alongside it, the reader's
// language catalogue. A file of its own, not an inline script, so the
// Content-Security-Policy can forbid inline scripts entirely.
import init from "./admin.js";
import { startCatalogue } from "./lang.js";

function unable() {
  const main = document.getElementById("main");
  if (main) {
    // The catalogue may be what failed: these words are the only ones not in it.
    main.innerHTML =
      '<section class="card"><h1>This browser could not start the console</h1>' +
      "<p>Try reloading it, or use an up-to-date browser.</p></section>";
  }
}

startCatalogue("admin").catch((error) => {
  unable();
  console.error(error);
});
init({ module_or_path: new URL("./admin_bg.wasm", import.meta.url) }).catch((error) => {
  unable();
  console.error(error);
});
