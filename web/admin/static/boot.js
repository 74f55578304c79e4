// Loads the admin console's WebAssembly. A file of its own, not an inline
// script, so the Content-Security-Policy can forbid inline scripts entirely.
import init from "./admin.js";

init({ module_or_path: "/admin/admin_bg.wasm" }).catch((error) => {
  const main = document.getElementById("main");
  if (main) {
    main.innerHTML =
      '<section class="card"><h1>This browser could not start the console</h1>' +
      "<p>Try reloading it, or use an up-to-date browser.</p></section>";
  }
  console.error(error);
});
