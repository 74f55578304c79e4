// Latchkey in the reader's language: the reset flow in German because the
// browser asks for it, in Japanese because the link says ?lang=ja, in
// Arabic laid out right to left at phone width, and the console in French
// once the administrator stores it as their language. The words expected
// are read from the catalogues the page itself loads, so the tests check
// that the page shows that language, not a copy of its wording.

import assert from "node:assert/strict";
import { after, before, test } from "node:test";
import {
  DEMO, PHONE, authenticatorCode, call, codeFor, countTo, expectVisible, outbox, shots, signIn, startStack,
} from "./support.mjs";

let stack;
before(async () => {
  stack = await startStack();
});
after(async () => {
  await stack?.stop();
});

/// The catalogue of `app` ("portal" or "admin") in `lang`, as the built site
/// serves it: `w(id, {name: value})` gives a message's words.
async function words(app, lang) {
  const html = await (await fetch(stack.base + (app === "admin" ? "/admin/" : "/"))).text();
  const assets = html.match(/"(\/(?:admin\/)?assets\/[0-9a-f]{16}\/)/)[1];
  const response = await fetch(`${stack.base}${assets}i18n/${app}.${lang}.json`);
  assert.equal(response.status, 200, `${app}.${lang}.json is served`);
  assert.match(response.headers.get("cache-control"), /immutable/, "a build's files are cached for good");
  const catalogue = await response.json();
  return (id, args = {}) => {
    let message = catalogue[id];
    assert.ok(message !== undefined, `${app}.${lang} has ${id}`);
    if (typeof message === "object") message = message[args.variant ?? message["*"]];
    return message.replace(/\{(\w+)\}/g, (_, name) => `${args[name] ?? `{${name}}`}`);
  };
}

/// A browser context that speaks `locale` (navigator.languages and
/// Accept-Language), at `viewport`, on `path` once the app has started.
async function openIn(locale, path, viewport = { width: 1280, height: 800 }) {
  const context = await stack.browser.newContext({ viewport, locale });
  const page = await context.newPage();
  const errors = [];
  page.on("pageerror", (e) => errors.push(e.message));
  await page.goto(stack.base + path);
  await page.waitForSelector("html[data-ready=true]");
  return { page, context, errors };
}

/// Nothing wider than the viewport, and no element reaching past either edge.
async function fitsTheScreen(page, what) {
  const outside = await page.evaluate(() => {
    const width = window.innerWidth;
    const out = [];
    for (const el of document.querySelectorAll("body *")) {
      const r = el.getBoundingClientRect();
      if (r.width === 0 || r.height === 0 || getComputedStyle(el).position === "absolute") continue;
      if (r.left < -1 || r.right > width + 1) out.push(`${el.tagName.toLowerCase()}.${el.className} ${Math.round(r.left)}–${Math.round(r.right)}`);
    }
    return { overflow: document.documentElement.scrollWidth - width, out };
  });
  assert.ok(outside.overflow <= 0, `${what}: the page is ${outside.overflow}px wider than the screen`);
  assert.deepEqual(outside.out, [], `${what}: elements outside the screen`);
}

/// Resets `username`'s password through the portal, by the emailed code to
/// `email`, in the language `w` speaks; `fresh` is the new password.
async function resetByEmail(page, w, username, email, fresh, hint, check = async () => {}) {
  await page.getByRole("link", { name: w("signin-cant-access") }).click();
  await page.getByRole("heading", { name: w("recover-reset-title") }).waitFor();
  await check("reset-username");
  await page.getByLabel(w("common-username")).fill(username);
  await page.getByRole("button", { name: w("recover-next") }).click();
  const method = page.getByLabel(w("recover-method-email", { hint }));
  await method.waitFor();
  await method.check();
  await check("reset-methods");
  const before = await countTo(stack.emulator, email);
  await page.getByRole("button", { name: w("recover-send-code") }).click();
  await page.getByLabel(w("recover-code"), { exact: true }).waitFor();
  const code = await codeFor(stack.emulator, email, before + 1);
  await page.getByLabel(w("recover-code"), { exact: true }).fill(code);
  await check("reset-code");
  await page.getByRole("button", { name: w("common-verify") }).click();
  await page.getByLabel(w("components-new-password"), { exact: true }).fill(fresh);
  await page.getByLabel(w("components-confirm-password")).fill(fresh);
  await check("reset-new-password");
  await page.getByRole("button", { name: w("recover-set-new") }).click();
  await expectVisible(page, stack, page.getByRole("heading", { name: w("recover-reset-done-title") }));
  await check("reset-done");
}

test("the whole reset flow in German, because the browser asks for German", async () => {
  const w = await words("portal", "de");
  const { page, context, errors } = await openIn("de-DE", "/");
  assert.equal(await page.getAttribute("html", "lang"), "de");
  assert.equal(await page.getAttribute("html", "dir"), "ltr");
  await page.getByRole("heading", { name: w("common-sign-in") }).waitFor();
  await resetByEmail(page, w, "alex", DEMO.alex.email, "harpoon-meadow-violin-31", "a•••@c•••.example",
    (step) => shots(page, `lang-de-${step}`));
  // The server's words follow the page's language too.
  const refused = await page.evaluate(async () => {
    const r = await fetch("/v1/sessions", {
      method: "POST",
      headers: { "content-type": "application/json", "accept-language": document.documentElement.lang },
      body: JSON.stringify({ username: "alex", password: "not-the-password-1" }),
    });
    return { code: (await r.json()).code, title: r.headers.get("content-language") };
  });
  assert.deepEqual(refused, { code: "invalid_credentials", title: "de" });
  assert.deepEqual(errors, []);
  await context.close();
});

test("the reset flow in Japanese from a ?lang=ja link, kept across the flow; the code email in the user's stored Japanese", async () => {
  // Megan stores Japanese as her own language (the portal's account page does the same call).
  const session = await call(stack, "POST", "/v1/sessions", { username: "megan", password: DEMO.megan.password });
  assert.equal(session.status, 201, JSON.stringify(session.body));
  const stored = await fetch(`${stack.base}/v1/me`, {
    method: "PATCH",
    headers: { "content-type": "application/json", authorization: `Bearer ${session.body.token}` },
    body: JSON.stringify({ language: "ja" }),
  });
  assert.equal(stored.status, 200);

  const w = await words("portal", "ja");
  // An English browser: the link's ?lang=ja wins, and stays for the visit.
  const { page, context, errors } = await openIn("en-GB", "/?lang=ja");
  assert.equal(await page.getAttribute("html", "lang"), "ja");
  await resetByEmail(page, w, "megan", DEMO.megan.email, "lantern-quarry-osprey-44", "m•••@c•••.example",
    async (step) => {
      if (step === "reset-done") await shots(page, "lang-ja-reset-done");
    });
  const mail = (await outbox(stack.emulator)).filter((m) => m.to === DEMO.megan.email && /\b\d{8}\b/.test(m.body)).at(-1);
  assert.match(mail.body, /確認コード/, "the code email is in Japanese");
  // A reload keeps the visit's language without the ?lang= in the address.
  await page.goto(stack.base + "/");
  await page.waitForSelector("html[data-ready=true]");
  assert.equal(await page.getAttribute("html", "lang"), "ja");
  assert.deepEqual(errors, []);
  await context.close();
});

test("Arabic is laid out right to left at phone width, with nothing past the screen's edge", async () => {
  const w = await words("portal", "ar");
  const { page, context, errors } = await openIn("ar-EG", "/", PHONE);
  assert.equal(await page.getAttribute("html", "lang"), "ar");
  assert.equal(await page.getAttribute("html", "dir"), "rtl");
  // Mirrored: a label's words start at the right, over its field's right edge.
  const text = await page.evaluate((words) => {
    const label = [...document.querySelectorAll("label")].find((l) => l.textContent.trim() === words);
    const range = document.createRange();
    range.selectNodeContents(label);
    const r = range.getBoundingClientRect();
    return { left: r.left, right: r.right };
  }, w("common-username"));
  const field = await page.getByLabel(w("common-username")).boundingBox();
  assert.ok(Math.abs(text.right - (field.x + field.width)) < 4, `the label's words end at the field's right edge (${text.right} vs ${field.x + field.width})`);
  assert.ok(text.left > field.x + 20, "and do not start at its left");
  await fitsTheScreen(page, "sign-in");
  await resetByEmail(page, w, "adele", DEMO.adele.email, "compass-velvet-otter-62", "a•••@c•••.example",
    async (step) => {
      await page.screenshot({ path: `${process.env.LATCHKEY_BROWSER_ARTIFACTS ?? "../../target/browser-artifacts"}/lang-ar-${step}-phone.png`, fullPage: true });
      await fitsTheScreen(page, step);
    });
  assert.deepEqual(errors, []);
  await context.close();
});

test("an administrator stores French as their language, and the console is in French from then on", async () => {
  const en = await words("admin", "en");
  const fr = await words("admin", "fr");
  const context = await stack.browser.newContext({ viewport: { width: 1280, height: 800 }, locale: "en-US" });
  const page = await context.newPage();
  await page.goto(stack.base + "/admin/");
  await page.waitForSelector("html[data-ready=true]");
  assert.equal(await page.getAttribute("html", "lang"), "en");
  await signIn(page, "admin", DEMO.admin.password, DEMO.admin.authenticatorKey);
  await page.locator(".operator a").click();
  await page.getByRole("heading", { name: en("profile-title") }).waitFor();
  await page.locator("#profile-language").selectOption("fr");
  await page.waitForFunction(() => document.documentElement.lang === "fr" && document.documentElement.dataset.ready === "true");
  await page.getByRole("heading", { name: fr("profile-title") }).waitFor();
  await shots(page, "lang-fr-console-profile");
  await page.getByRole("link", { name: fr("app-nav-users"), exact: true }).click();
  await page.getByRole("heading", { name: fr("users-title") }).waitFor();

  // Another device, another browser language: the stored French follows the administrator.
  const other = await stack.browser.newContext({ viewport: { width: 1280, height: 800 }, locale: "de-DE" });
  const second = await other.newPage();
  await second.goto(stack.base + "/admin/");
  await second.waitForSelector("html[data-ready=true]");
  assert.equal(await second.getAttribute("html", "lang"), "de");
  const de = await words("admin", "de");
  await second.getByLabel(de("common-username")).fill("admin");
  await second.getByLabel(de("common-password"), { exact: true }).fill(DEMO.admin.password);
  await second.getByRole("button", { name: de("common-sign-in"), exact: true }).click();
  await second.getByLabel(de("app-code-label")).fill(await authenticatorCode("admin", DEMO.admin.authenticatorKey));
  await second.getByRole("button", { name: de("common-verify") }).click();
  await second.waitForFunction(() => document.documentElement.lang === "fr", null, { timeout: 15000 });
  await second.waitForSelector("html[data-ready=true]");
  await second.getByRole("heading", { name: fr("profile-title") }).or(second.locator("h1")).first().waitFor();
  await context.close();
  await other.close();
});
