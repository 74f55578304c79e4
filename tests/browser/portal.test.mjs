// The portal in a real browser: every flow a person can take, read back from
// the API and the emulator's outbox, with screenshots of each page.

import assert from "node:assert/strict";
import { after, before, test } from "node:test";
import {
  DEMO, adminToken as adminSessionOf, authenticatorCode, call, codeFor, countTo, expectVisible, openPage, saveMetrics, shots, signIn, startStack, totpAt, expectFocus } from "./support.mjs";

let stack;
before(async () => {
  stack = await startStack();
});
after(async () => {
  await stack?.stop();
});

const open = (path = "/") => openPage(stack, path);

const api = (method, path, body, token) => call(stack, method, path, body, token);

const adminToken = () => adminSessionOf(stack);


test("the sign-in page renders fast, without layout shift, and works from the keyboard alone", async () => {
  const { page, context, errors } = await open("/");
  const metrics = await page.evaluate(async () => {
    const shift = await new Promise((ok) => {
      let total = 0;
      new PerformanceObserver((list) => {
        for (const e of list.getEntries()) if (!e.hadRecentInput) total += e.value;
      }).observe({ type: "layout-shift", buffered: true });
      setTimeout(() => ok(total), 300);
    });
    const nav = performance.getEntriesByType("navigation")[0];
    return {
      first_render_ms: performance.getEntriesByName("latchkey-rendered")[0].startTime,
      dom_content_loaded_ms: nav.domContentLoadedEventEnd,
      cumulative_layout_shift: shift,
    };
  });
  console.log(`first render ${metrics.first_render_ms.toFixed(1)} ms after navigation start; CLS ${metrics.cumulative_layout_shift.toFixed(4)}`);
  saveMetrics("first-render", metrics);
  assert.ok(metrics.cumulative_layout_shift < 0.1, `layout shift ${metrics.cumulative_layout_shift}`);

  await page.waitForFunction(() => document.querySelector(".brand-name")?.textContent === "Contoso");
  assert.equal(await page.title(), "Sign in · Latchkey");
  await expectFocus(page, "username", "the username field has focus");
  // The browser may offer passkeys among the username's suggestions too.
  assert.equal(await page.getAttribute("#username", "autocomplete"), "username webauthn");
  assert.equal(await page.getAttribute("#password", "autocomplete"), "current-password");
  await shots(page, "01-sign-in");

  // Keyboard only: type, Tab, type, Enter. A wrong password first.
  await page.keyboard.type("adele");
  await page.keyboard.press("Tab");
  await expectFocus(page, "password");
  await page.keyboard.type("not-her-password-at-all");
  // The password can be shown while it is typed, and hidden again.
  const reveal = page.getByRole("button", { name: "Show password" });
  await reveal.click();
  assert.equal(await page.getAttribute("#password", "type"), "text");
  assert.equal(await reveal.getAttribute("aria-pressed"), "true");
  await reveal.click();
  assert.equal(await page.getAttribute("#password", "type"), "password");
  assert.equal(await reveal.getAttribute("aria-pressed"), "false");
  await page.focus("#password");
  await page.keyboard.press("Enter");
  const alert = page.locator("[role=alert]").filter({ hasText: "Wrong username or password" });
  await alert.waitFor();
  assert.equal(await page.inputValue("#password"), "", "a refused password is cleared");
  await shots(page, "02-sign-in-wrong-password");

  await page.focus("#password");
  await page.keyboard.type(DEMO.adele.password);
  await page.keyboard.press("Enter");
  await page.getByRole("heading", { name: "Your account" }).waitFor();
  assert.match(await page.textContent(".who"), /Adele Vance \(adele\)/);
  await expectFocus(page, "page-title", "focus moves to the new page");
  const stored = await page.evaluate(() => JSON.stringify({ ...localStorage }) + JSON.stringify({ ...sessionStorage }) + document.cookie);
  assert.equal(stored, "{}{}", "nothing is kept in browser storage");
  await shots(page, "03-account");
  assert.deepEqual(errors, []);
  await context.close();
});

test("change password: the rules up front, a rejected password explained, then accepted; sign-in after", async () => {
  const { page, context, errors } = await open("/");
  await signIn(page, "adele", DEMO.adele.password);
  await page.getByRole("link", { name: "Change your password" }).click();
  await page.getByRole("heading", { name: "Change your password" }).waitFor();
  assert.match(await page.textContent("#policy"), /At least 12 characters/);

  await page.getByLabel("Current password").fill(DEMO.adele.password);
  await page.getByLabel("New password", { exact: true }).fill("ContosoContoso1");
  // Live feedback, from the same policy code as the server, before any request.
  await page.locator(".meter-label", { hasText: "Not accepted yet" }).waitFor();
  await page.getByLabel("Type the new password again").fill("ContosoContoso1");
  await shots(page, "04-change-feedback");
  await page.getByRole("button", { name: "Change password" }).click();
  const reason = page.locator("#new-password-error");
  await reason.filter({ hasText: "can't be used" }).waitFor();
  assert.match(await reason.textContent(), /too easy to guess/);
  assert.equal(await page.getAttribute("#new-password", "aria-invalid"), "true");
  assert.match(await page.getAttribute("#new-password", "aria-describedby"), /new-password-error/);
  await shots(page, "05-change-rejected");

  const fresh = "lantern-walrus-origami-64";
  await page.getByLabel("New password", { exact: true }).fill(fresh);
  await page.locator(".meter-label", { hasText: "Very strong" }).waitFor();
  await page.getByLabel("Type the new password again").fill(fresh);
  await page.getByRole("button", { name: "Change password" }).click();
  await page.locator("[role=alert]", { hasText: "Password changed" }).waitFor();
  await shots(page, "06-change-done");

  await page.getByRole("button", { name: "Sign out" }).click();
  await page.getByRole("heading", { name: "Sign in" }).waitFor();
  await signIn(page, "adele", DEMO.adele.password);
  await page.locator("[role=alert]", { hasText: "Wrong username or password" }).waitFor();
  await signIn(page, "adele", fresh);
  await page.getByRole("heading", { name: "Your account" }).waitFor();
  assert.deepEqual(errors, []);
  await context.close();
});

test("a temporary password: the session can only change it, then the account opens in full", async () => {
  const { page, context, errors } = await open("/");
  await signIn(page, "miriam", DEMO.miriam.password);
  await page.getByRole("heading", { name: "Change your password" }).waitFor();
  await page.locator(".lead", { hasText: "choose a new password before you go on" }).waitFor();
  await page.getByLabel("Current password").fill(DEMO.miriam.password);
  const fresh = "harvest-comet-lagoon-39";
  await page.getByLabel("New password", { exact: true }).fill(fresh);
  await page.getByLabel("Type the new password again").fill(fresh);
  await page.getByRole("button", { name: "Change password" }).click();
  // The portal signs in afresh with the new password: the account page loads
  // the profile, which the limited session could not.
  await page.locator("[role=alert]", { hasText: "Password changed" }).waitFor();
  await page.getByRole("heading", { name: "Your account" }).waitFor();
  // A page that reads the profile: it shows the methods, not "change your password first".
  await page.getByRole("link", { name: "Your password-reset methods" }).click();
  await page.locator("ul.methods li").first().waitFor();
  assert.equal(await page.locator("[role=alert]", { hasText: "Change your password first" }).count(), 0);
  await shots(page, "06b-temporary-password-changed");
  assert.deepEqual(errors, []);
  await context.close();
});

test("forgot password: reset by an emailed code read from the emulator, then sign in", async () => {
  const { page, context, errors } = await open("/");
  await page.getByRole("link", { name: "Can't access your account?" }).click();
  await page.getByRole("heading", { name: "Reset your password" }).waitFor();
  assert.equal(new URL(page.url()).pathname, "/reset");
  await shots(page, "07-reset-username");
  await page.getByLabel("Username").fill("alex");
  await page.getByRole("button", { name: "Next" }).click();

  const email = page.getByLabel(/Email a code to a•••@c•••/);
  await email.waitFor();
  await email.check();
  await shots(page, "08-reset-methods");
  const before = await countTo(stack.emulator, DEMO.alex.email);
  await page.getByRole("button", { name: "Send code" }).click();
  await page.getByLabel("Code", { exact: true }).waitFor();
  await shots(page, "09-reset-code");
  const code = await codeFor(stack.emulator, DEMO.alex.email, before + 1);

  // A wrong code first: the field says so and how many tries are left.
  const wrong = code === "12345678" ? "87654321" : "12345678";
  await page.getByLabel("Code", { exact: true }).fill(wrong);
  await page.getByRole("button", { name: "Verify" }).click();
  await page.locator("#code-error", { hasText: "tries left" }).waitFor();
  await shots(page, "10-reset-wrong-code");
  await page.getByLabel("Code", { exact: true }).fill(code);
  await page.getByRole("button", { name: "Verify" }).click();

  await page.getByLabel("New password", { exact: true }).waitFor();
  const fresh = "harpoon-meadow-violin-31";
  await page.getByLabel("New password", { exact: true }).fill(fresh);
  await page.getByLabel("Type the new password again").fill(fresh);
  await shots(page, "11-reset-new-password");
  await page.getByRole("button", { name: "Set new password" }).click();
  await expectVisible(page, stack, page.getByRole("heading", { name: "Your password has been reset" }));
  await shots(page, "12-reset-done");

  await page.getByRole("link", { name: "Sign in" }).click();
  await signIn(page, "alex", fresh);
  await page.getByRole("heading", { name: "Your account" }).waitFor();
  assert.deepEqual(errors, []);
  await context.close();
});

test("a locked account: the sign-in page explains, and unlock lifts the lock without a new password", async () => {
  // Ten wrong passwords lock the account (the default lockout threshold).
  for (let i = 0; i < 10; i++) {
    await fetch(`${stack.base}/v1/sessions`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ username: "megan", password: `wrong-guess-number-${i}` }),
    });
  }
  const { page, context, errors } = await open("/");
  await signIn(page, "megan", DEMO.megan.password);
  await page.locator("[role=alert]", { hasText: "Your account is locked" }).waitFor();
  assert.match(await page.textContent("[role=alert] >> nth=1"), /unlocks by itself at/);
  await shots(page, "13-sign-in-locked");

  await page.getByRole("link", { name: "Unlock your account" }).click();
  await page.getByRole("heading", { name: "Unlock your account" }).waitFor();
  await page.getByLabel("Username").fill("megan");
  await page.getByRole("button", { name: "Next" }).click();
  await page.getByLabel(/Email a code to/).check();
  const before = await countTo(stack.emulator, DEMO.megan.email);
  await page.getByRole("button", { name: "Send code" }).click();
  await page.getByLabel("Code", { exact: true }).fill(await codeFor(stack.emulator, DEMO.megan.email, before + 1));
  await page.getByRole("button", { name: "Verify" }).click();
  await page.getByRole("heading", { name: "Your account is unlocked" }).waitFor();
  await shots(page, "14-unlock-done");

  await page.getByRole("link", { name: "Sign in" }).click();
  await signIn(page, "megan", DEMO.megan.password);
  await page.getByRole("heading", { name: "Your account" }).waitFor();
  assert.deepEqual(errors, []);
  await context.close();
});

test("an expired or spent reset gets a page of its own with a way to start again", async () => {
  const { page, context, errors } = await open("/reset");
  await page.getByLabel("Username").fill("alex");
  await page.getByRole("button", { name: "Next" }).click();
  await page.getByLabel(/Email a code to/).waitFor();
  // The flow dies server-side (here: the server forgets it; in life: it times out).
  await page.route("**/v1/resets/*/challenges", (route) =>
    route.fulfill({
      status: 410,
      contentType: "application/problem+json",
      body: JSON.stringify({
        type: "urn:latchkey:problem:reset_expired",
        title: "Reset expired",
        status: 410,
        detail: "This reset has expired.",
        code: "reset_expired",
      }),
    }),
  );
  await page.getByRole("button", { name: "Send code" }).click();
  await page.locator("[role=alert]", { hasText: "This request has expired" }).waitFor();
  await shots(page, "15-reset-expired");
  await page.getByRole("button", { name: "Start again" }).click();
  await page.getByLabel("Username").waitFor();
  assert.deepEqual(errors, []);
  await context.close();
});

test("unknown addresses get a page-not-found page with a way back", async () => {
  const { page, context } = await open("/no-such-page");
  await page.getByRole("heading", { name: "Page not found" }).waitFor();
  await shots(page, "16-not-found");
  await context.close();
});

test("a new user is sent to registration, adds an email and security questions, then resets with them", async () => {
  const { page, context, errors } = await open("/");
  await signIn(page, "nestor", DEMO.nestor.password);
  await page.getByRole("heading", { name: "Set up password reset" }).waitFor();
  assert.equal(new URL(page.url()).pathname, "/register");
  await page.locator("#registration-status", { hasText: "Add 1 more way" }).waitFor();
  await shots(page, "17-register-start");

  // An alternate email, proven by the code sent to it.
  const alternate = "nestor.wilke@home.example";
  await page.getByLabel("Email address").fill(alternate);
  await page.getByRole("button", { name: "Send a code" }).first().click();
  await page.locator("#email-code").waitFor();
  const code = await codeFor(stack.emulator, alternate, 1);
  await page.locator("#email-code").fill(code);
  await page.getByRole("button", { name: "Verify" }).click();
  await page.locator("[role=alert]", { hasText: "Alternate email added" }).waitFor();
  await page.locator("#registration-status", { hasText: "You're all set" }).waitFor();
  // Counted as people say it, never "4 of 1 needed".
  assert.match(await page.textContent("#registration-status"), /\d+ ways? registered; a reset needs \d+\./);

  // Three security questions (the first three offered), answered.
  const answers = { "question-1": "Lisbon", "question-2": "Rex the dog", "question-3": "Aunt Matilda" };
  await page.locator("#question-3").waitFor();
  const chosen = {};
  for (const [select, answer] of Object.entries(answers)) {
    const text = await page.locator(`#${select} option:checked`).textContent();
    chosen[text] = answer;
    await page.locator(`#answer-${select.split("-")[1]}`).fill(answer);
  }
  await shots(page, "18-register-questions");
  await page.getByRole("button", { name: "Save questions" }).click();
  await page.locator("[role=alert]", { hasText: "Security questions saved" }).waitFor();
  await page.locator("#registration-status", { hasText: "Security questions" }).waitFor();
  await shots(page, "19-register-done");

  await page.getByRole("link", { name: "Back to your account" }).click();
  await page.getByRole("button", { name: "Sign out" }).click();
  await page.getByRole("heading", { name: "Sign in" }).waitFor();

  // Reset with the questions: nothing is sent, the answers prove it.
  await page.getByRole("link", { name: "Can't access your account?" }).click();
  await page.getByLabel("Username").fill("nestor");
  await page.getByRole("button", { name: "Next" }).click();
  await page.getByLabel("Answer 3 security questions").check();
  await page.getByRole("button", { name: "Send code" }).click();
  await page.getByRole("heading", { name: "Reset your password" }).waitFor();
  await page.locator(".progress", { hasText: "Answer your security questions" }).waitFor();
  for (const [question, answer] of Object.entries(chosen)) {
    // Case and spacing do not matter.
    await page.getByLabel(question).fill(`  ${answer.toUpperCase()} `);
  }
  await shots(page, "20-reset-questions");
  await page.getByRole("button", { name: "Verify" }).click();
  const fresh = "saffron-lantern-quarry-52";
  await page.getByLabel("New password", { exact: true }).fill(fresh);
  await page.getByLabel("Type the new password again").fill(fresh);
  await page.getByRole("button", { name: "Set new password" }).click();
  await page.getByRole("heading", { name: "Your password has been reset" }).waitFor();
  await page.getByRole("link", { name: "Sign in" }).click();
  await signIn(page, "nestor", fresh);
  await page.getByRole("heading", { name: "Your account" }).waitFor();
  assert.deepEqual(errors, []);
  await context.close();
});

test("an invited user sets their own password from the emailed code, then signs in", async () => {
  // The administrator creates the user over the API; the invitation goes by email.
  const email = "invited.browser@contoso.example";
  const created = await api("POST", "/v1/admin/users",
    { username: "invited", display_name: "Invited Person", emails: [email] }, await adminToken());
  assert.equal(created.status, 201, JSON.stringify(created.body));
  const code = await codeFor(stack.emulator, email, 1);

  const { page, context, errors } = await open("/");
  await page.getByRole("link", { name: "I have an invitation" }).click();
  await page.getByRole("heading", { name: "Set your password" }).waitFor();
  assert.equal(new URL(page.url()).pathname, "/invite");
  await page.getByLabel("Username").fill("invited");
  // A wrong code: the field says what to do.
  await page.getByLabel("Invitation code").fill(code === "12345678" ? "87654321" : "12345678");
  const fresh = "quarry-lantern-osprey-58";
  await page.getByLabel("New password", { exact: true }).fill(fresh);
  await page.getByLabel("Type the new password again").fill(fresh);
  await page.getByRole("button", { name: "Set password" }).click();
  await page.locator("#invite-code-error", { hasText: "ask your administrator for a new invitation" }).waitFor();
  await shots(page, "20-invitation-wrong-code");
  await page.getByLabel("Invitation code").fill(code);
  await page.getByRole("button", { name: "Set password" }).click();
  await page.getByText("Your password is set").waitFor();
  await shots(page, "21-invitation-done");
  await signIn(page, "invited", fresh);
  await page.getByRole("heading", { name: "Your account" }).waitFor();
  assert.deepEqual(errors, []);
  await context.close();
});

test("a help-desk person sets up an authenticator from the page, signs in with its code, and resets with it", async () => {
  const email = "desk.browser@contoso.example";
  const created = await api("POST", "/v1/admin/users",
    { username: "deskb", display_name: "Desk Browser", emails: [email], roles: ["helpdesk"] }, await adminToken());
  assert.equal(created.status, 201, JSON.stringify(created.body));
  const password = "ledger-walrus-saffron-27";
  const accepted = await api("POST", "/v1/invitations/accept",
    { username: "deskb", code: await codeFor(stack.emulator, email, 1), new_password: password });
  assert.equal(accepted.status, 204, JSON.stringify(accepted.body));

  // The password alone leads only to setting up an authenticator.
  const { page, context, errors } = await open("/");
  await signIn(page, "deskb", password);
  await page.getByRole("heading", { name: "Set up an authenticator app" }).waitFor();
  await page.locator(".qr svg").waitFor();
  const key = (await page.locator("#authenticator-key").textContent()).trim();
  assert.match(key, /^[A-Z2-7]{32}$/);
  await shots(page, "22-authenticator-set-up");
  const near = [-1, 0, 1].map((d) => totpAt(key, Math.floor(Date.now() / 30_000) + d));
  await page.getByLabel("Code the app shows").fill(["000000", "111111", "222222"].find((c) => !near.includes(c)));
  await page.getByRole("button", { name: "Verify" }).click();
  await page.locator("#authenticator-code-error", { hasText: "isn't right" }).waitFor();
  await page.getByLabel("Code the app shows").fill(await authenticatorCode("deskb", key));
  await page.getByRole("button", { name: "Verify" }).click();
  await page.locator("#recovery-codes li").first().waitFor();
  assert.equal(await page.locator("#recovery-codes li").count(), 10);
  await shots(page, "23-authenticator-recovery-codes");
  await page.getByRole("button", { name: /I have saved them/ }).click();
  await page.getByRole("heading", { name: "Your account" }).waitFor();

  // Signed out, the sign-in asks for the app's code.
  await page.getByRole("button", { name: "Sign out" }).click();
  await signIn(page, "deskb", password);
  await page.getByLabel("Code from your authenticator app").waitFor();
  await shots(page, "24-sign-in-authenticator-code");
  await page.getByLabel("Code from your authenticator app").fill(await authenticatorCode("deskb", key));
  await page.getByRole("button", { name: "Verify" }).click();
  await page.getByRole("heading", { name: "Your account" }).waitFor();
  await page.getByRole("button", { name: "Sign out" }).click();

  // A reset must prove the authenticator too (sign-in needs it): with its code.
  await page.getByRole("link", { name: "Can't access your account?" }).click();
  await page.getByLabel("Username").fill("deskb");
  await page.getByRole("button", { name: "Next" }).click();
  const app = page.getByLabel("Enter a code from your authenticator app");
  await app.waitFor();
  await app.check();
  await shots(page, "25-reset-authenticator-method");
  await page.getByRole("button", { name: "Send code" }).click();
  await page.getByLabel("Code", { exact: true }).fill(await authenticatorCode("deskb", key));
  await page.getByRole("button", { name: "Verify" }).click();
  const fresh = "saffron-ledger-walrus-72";
  await page.getByLabel("New password", { exact: true }).fill(fresh);
  await page.getByLabel("Type the new password again").fill(fresh);
  await page.getByRole("button", { name: "Set new password" }).click();
  await page.getByRole("heading", { name: "Your password has been reset" }).waitFor();
  assert.deepEqual(errors, []);
  await context.close();
});

test("the account page lists the last 30 days: someone else's wrong password stands out beside the user's own sign-in", async () => {
  // A user of this test's own, so the list holds only what it did.
  const email = "activity.browser@contoso.example";
  const created = await api("POST", "/v1/admin/users",
    { username: "activityb", display_name: "Activity Browser", emails: [email] }, await adminToken());
  assert.equal(created.status, 201, JSON.stringify(created.body));
  const password = "orchard-falcon-pebble-36";
  const accepted = await api("POST", "/v1/invitations/accept",
    { username: "activityb", code: await codeFor(stack.emulator, email, 1), new_password: password });
  assert.equal(accepted.status, 204, JSON.stringify(accepted.body));
  // Someone tries a wrong password on the account, from outside the portal.
  const wrong = await api("POST", "/v1/sessions", { username: "activityb", password: "not-their-password-at-all" });
  assert.equal(wrong.status, 401, JSON.stringify(wrong.body));

  const { page, context, errors } = await open("/");
  await signIn(page, "activityb", password);
  await page.getByRole("heading", { name: "Your account" }).waitFor();
  await page.getByRole("heading", { name: "Recent activity" }).waitFor();
  const events = page.locator("#account-activity > li");
  await expectVisible(page, stack, events.first());
  // Newest first: the user's own sign-in, then the failed one, told as someone else's, from its address, highlighted.
  const own = events.first();
  assert.match(await own.textContent(), /Sign-in — Succeeded/);
  assert.match(await own.textContent(), /by you/);
  assert.equal(await own.evaluate((li) => li.classList.contains("attention")), false);
  const stranger = events.filter({ hasText: "Sign-in — Failed" });
  assert.equal(await stranger.count(), 1);
  assert.match(await stranger.textContent(), /by someone else · from 127\.0\.0\.1/);
  assert.equal(await stranger.evaluate((li) => li.classList.contains("attention")), true);
  await shots(page, "26-account-recent-activity");
  assert.deepEqual(errors, []);
  await context.close();
});
