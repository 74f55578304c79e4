// Every screen of the admin console, as an administrator sees it after a
// little activity: at 1280 px and at phone width nothing scrolls sideways,
// and no field's wire name or code's snake_case reaches the words on screen
// (the CSV columns an import documents are shown as code, and are exempt).
// Screenshots of each screen at both widths land in target/browser-artifacts.

import assert from "node:assert/strict";
import { after, before, test } from "node:test";
import { DEMO, adminToken, call, openPage, shots, signIn, startStack } from "./support.mjs";

let stack;
before(async () => {
  stack = await startStack();
});
after(async () => {
  await stack?.stop();
});

/// The snake_case words visible on the page, outside `code` and `pre`.
async function codesOnScreen(page) {
  return page.evaluate(() => {
    const hits = [];
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    while (walker.nextNode()) {
      const el = walker.currentNode.parentElement;
      if (!el || el.closest("code, pre, script, style, [hidden], [aria-hidden=true]")) continue;
      if (el.tagName !== "OPTION" && !el.getClientRects().length) continue;
      hits.push(...(walker.currentNode.textContent.match(/\b[a-z]+(?:_[a-z0-9]+)+\b/g) ?? []));
    }
    for (const input of document.querySelectorAll("input[placeholder], textarea[placeholder]")) {
      hits.push(...(input.placeholder.match(/\b[a-z]+(?:_[a-z0-9]+)+\b/g) ?? []));
    }
    return hits;
  });
}

/// Opens `path` and waits for its `heading`; at 1280 and 390 px checks that
/// nothing scrolls sideways and records in `found` any code on screen; then
/// photographs it at both widths as `shot`.
async function visit(page, found, shot, path, heading) {
  await page.goto(stack.base + path);
  await page.getByRole("heading", { name: heading, level: 1 }).first().waitFor();
  await page.waitForFunction(() => !document.querySelector("[aria-busy=true]"));
  for (const width of [1280, 390]) {
    await page.setViewportSize({ width, height: 900 });
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    assert.ok(overflow <= 0, `${shot} at ${width} px scrolls sideways by ${overflow} px`);
    const codes = await codesOnScreen(page);
    if (codes.length) found[`${shot} at ${width} px`] = [...new Set(codes)];
  }
  await page.setViewportSize({ width: 1280, height: 800 });
  await shots(page, shot);
}

test("every console screen at both widths: nothing scrolls sideways and no code or field name is on screen", async () => {
  // Some activity to show: a wrong sign-in (a failure reason in the reports).
  await call(stack, "POST", "/v1/sessions", { username: "megan", password: "not-her-password-at-all" });
  const { page, context, errors } = await openPage(stack, "/admin/");
  await page.getByRole("heading", { name: "Sign in to the admin console" }).waitFor();
  await signIn(page, "admin", DEMO.admin.password, DEMO.admin.authenticatorKey);
  await page.locator("#sign-out").waitFor();
  // An administrator's console opens on the home: its figures are the reports' own.
  await page.getByRole("heading", { name: "Home", level: 1 }).waitFor();
  await page.locator("#tile-registered").waitFor();
  const tile = async (id) => (await page.locator(`#${id}`).innerText()).replace(/\s+/g, " ");
  const registered = await tile("tile-registered");
  const resets = (await tile("tile-resets")).match(/^(\d+)/)[1];
  // A tile opens the list behind it, filtered: as many rows as the tile counts.
  const notRegistered = Number((await tile("tile-not-registered")).match(/^(\d+)/)[1]);
  await page.locator("#tile-not-registered a").click();
  await page.getByRole("heading", { name: "Users", level: 1 }).waitFor();
  assert.equal(await page.locator("#filter-registration").inputValue(), "not_registered");
  await page.waitForFunction((n) => document.querySelectorAll("table.users tbody tr").length === n || (n === 0 && document.querySelector(".empty")), notRegistered);
  await page.goto(stack.base + "/admin/");
  await page.locator("#tile-registered").waitFor();
  await page.getByRole("link", { name: "Reports", exact: true }).click();
  await page.locator("#answer-resets").waitFor();
  const coverage = await page.locator("#chart-coverage svg[role=img]").getAttribute("aria-label");
  const [, of, users, capable] = registered.match(/(\d+) of (\d+) enabled users; (\d+) can reset/);
  assert.match(coverage, new RegExp(`today ${of} of ${users} enabled users are registered and ${capable} can reset`));
  assert.ok((await page.textContent("#answer-resets")).startsWith(`${resets} self-service reset`), "the resets agree");
  await page.goto(stack.base + "/admin/users");
  await page.locator("table.users tbody tr").first().waitFor();
  const megan = await page.getByRole("link", { name: "Megan Bowen" }).getAttribute("href");
  const screens = [
    ["home", "/admin/", "Home"],
    ["users", "/admin/users", "Users"],
    ["user", megan, "Megan Bowen"],
    ["groups", "/admin/groups", "Groups"],
    ["import", "/admin/import", "Import and export users"],
    ["reset-policy", "/admin/reset-policy", "Reset policy"],
    ["passwords", "/admin/passwords", "Password and lockout rules"],
    ["branding", "/admin/branding", "Branding and limits"],
    ["agents", "/admin/agents", "Directory writeback"],
    ["clients", "/admin/clients", "API clients"],
    ["webhooks", "/admin/webhooks", "Webhooks"],
    ["reports", "/admin/reports", "Reports"],
    ["campaign", "/admin/campaign", "Registration campaign"],
    ["own-account", "/admin/profile", "Your account"],
  ];
  const found = {};
  for (const [name, path, heading] of screens) {
    // A new page load each time: the session comes back from its refresh cookie.
    await visit(page, found, `90-screen-${name}`, path, heading);
  }
  assert.deepEqual(found, {}, "codes and field names on screen");
  assert.deepEqual(errors, []);
  await context.close();
});

test("every portal screen at both widths: nothing scrolls sideways and no code or field name is on screen", async () => {
  const { page, context, errors } = await openPage(stack, "/");
  const found = {};
  const portal = (name, path, heading) => visit(page, found, `91-portal-${name}`, path, heading);
  await portal("sign-in", "/", "Sign in");
  // A security notice's "this wasn't me" link: without a token, and with one (it asks first).
  await portal("report-unusable", "/report", "This link can't be used");
  await portal("reset", "/reset", "Reset your password");
  await portal("unlock", "/unlock", "Unlock your account");
  await portal("invite", "/invite", "Set your password");
  await portal("report-confirm", "/report#not-a-real-token", "Lock down your account?");
  await page.goto(stack.base + "/");
  await signIn(page, "adele", DEMO.adele.password);
  await page.getByRole("heading", { name: "Your account" }).waitFor();
  await portal("account", "/account", "Your account");
  // The account page says how the user proves who they are, as /v1/me has it.
  await page.locator("#account-methods li").first().waitFor();
  const listed = await page.locator("#account-methods li").allInnerTexts();
  assert.ok(listed.some((m) => m.startsWith("Email: ")), `the email is listed: ${listed}`);
  await page.locator("#account-registration").waitFor();
  await portal("change", "/change", "Change your password");
  await portal("register", "/register", "Set up password reset");
  // A registration campaign's "now or later?" at sign-in: megan has too few
  // methods once directory contacts stop counting, and the policy itself
  // does not send her to registration.
  const token = await adminToken(stack);
  const policy = await call(stack, "GET", "/v1/admin/policy", null, token);
  const rules = { ...policy.body, directory_contacts_count: false, require_registration: false };
  const saved = await call(stack, "PUT", "/v1/admin/policy", { policy: rules, accept_impact: true }, token);
  assert.equal(saved.status, 200, JSON.stringify(saved.body));
  const campaign = { target: "all", groups: [], snooze_days: 3, max_snoozes: 2, invite: false };
  const started = await call(stack, "PUT", "/v1/admin/campaigns/current", campaign, token);
  assert.equal(started.status, 200, JSON.stringify(started.body));
  await page.goto(stack.base + "/account");
  await page.getByRole("button", { name: "Sign out" }).click();
  await page.getByRole("heading", { name: "Sign in", exact: true }).waitFor();
  await signIn(page, "megan", DEMO.megan.password);
  await page.locator("#nudge-later-means").filter({ hasText: "more times" }).waitFor();
  await portal("nudge", "/setup", "Set up password reset");
  await page.locator("#nudge-later-means").filter({ hasText: "more times" }).waitFor();
  assert.deepEqual(found, {}, "codes and field names on screen");
  assert.deepEqual(errors, []);
  await context.close();
});
