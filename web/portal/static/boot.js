// Loads the portal's WebAssembly. A separate file, not an inline script, so the
// Content-Security-Policy can forbid inline scripts entirely.
import init from "./portal.js";

init({ module_or_path: "/portal_bg.wasm" }).catch((error) => {
  const main = document.getElementById("main");
  if (main) {
    main.innerHTML =
      '<section class="card"><h1>This browser could not start the page</h1>' +
      "<p>Try reloading it, or use an up-to-date browser.</p></section>";
  }
  console.error(error);
});
