// The Temporary Access Pass in real browsers, against a fresh stack: an
// administrator issues one in the console and reads it once; the user, in a
// browser of their own, signs in with it at /access-pass, sets their own
// password (the change page's live checklist, the server's judgement) and
// signs in with that; a second use of the one-time pass is refused with
// words that say what to do, and the console shows the pass used. Then a
// multi-use pass revoked while the user is setting up, and the older
// temporary password, offered only once the reset policy allows it.

import assert from "node:assert/strict";
import { after, before, test } from "node:test";
import { DEMO, adminToken, call, expectVisible, openPage, shots, signIn, startStack } from "./support.mjs";

let stack;
before(async () => {
  stack = await startStack();
});
after(async () => {
  await stack?.stop();
});

const api = (method, path, body, token) => call(stack, method, path, body, token);

async function userId(username) {
  const list = await api("GET", `/v1/admin/users?search=${username}`, null, await adminToken(stack));
  return list.body.users.find((u) => u.username === username)?.id;
}

async function passOf(username) {
  const id = await userId(username);
  return (await api("GET", `/v1/admin/users/${id}`, null, await adminToken(stack))).body.access_pass;
}

/// The console, signed in as the demo administrator, on `username`'s page
/// (their display name `name` as its heading).
async function consoleOn(username, name) {
  const opened = await openPage(stack, "/admin/");
  const { page } = opened;
  await page.getByRole("heading", { name: "Sign in to the admin console" }).waitFor();
  await signIn(page, "admin", DEMO.admin.password, DEMO.admin.authenticatorKey);
  await page.locator("#sign-out").waitFor();
  await page.goto(`${stack.base}/admin/users/${await userId(username)}`);
  await page.getByRole("heading", { name, level: 1 }).waitFor();
  return opened;
}

/// Issues a pass on the open user page (the form's other choices as
/// `choose` sets them) and returns it, read once from the screen.
async function issue(page, choose = async () => {}) {
  await page.getByRole("button", { name: "Issue a Temporary Access Pass" }).click();
  await choose();
  await page.getByRole("button", { name: "Issue the pass" }).click();
  const shown = page.locator("#issued-access-pass");
  await shown.waitFor();
  return (await shown.textContent()).trim();
}

/// The portal's pass page in a browser of the user's own, the pass typed in.
async function signInWithPass(username, pass) {
  const opened = await openPage(stack, "/");
  const { page } = opened;
  await page.getByRole("link", { name: "Have a Temporary Access Pass?" }).click();
  await page.getByRole("heading", { name: "Sign in with a Temporary Access Pass" }).waitFor();
  assert.equal(new URL(page.url()).pathname, "/access-pass");
  await page.getByLabel("Username").fill(username);
  await page.getByLabel("Temporary Access Pass").fill(pass);
  await page.getByRole("button", { name: "Sign in", exact: true }).click();
  return opened;
}

// The notice's title and body, as the page shows them.
const REFUSED = /This pass does not work\.\s*It may be used, expired or mistyped — ask your help desk for a new one\./;

test("a pass issued in the console lets the user set their own password once; used, it is refused and shown as used", async () => {
  const admin = await consoleOn("adele", "Adele Vance");
  const console_ = admin.page;
  assert.equal(await console_.textContent("#access-pass-status"), "This user has no pass.");
  const pass = await issue(console_, async () => {
    await console_.getByLabel("Works for").selectOption({ label: "8 hours" });
    await console_.getByLabel("Characters").fill("16");
    await shots(console_, "access-pass-00-form");
  });
  assert.match(pass, /^[A-Za-z0-9]{16}$/, "as long as asked");
  assert.match(await console_.textContent("#issued-pass-validity"), /^Works until .+, for one sign-in\.$/);
  assert.match(await console_.textContent(".secret-panel"), /Shown only now: it is not stored and cannot be shown again/);
  const held = await passOf("adele");
  assert.equal(held.state, "live");
  assert.equal(held.one_time, true);
  assert.equal(Date.parse(held.expires_at) - Date.parse(held.starts_at), 8 * 3600 * 1000, "8 hours");
  await console_.locator("#access-pass-status", { hasText: "Live" }).waitFor();
  assert.match(await console_.textContent("#access-pass-status"), /One sign-in\./);
  await shots(console_, "access-pass-01-issued");
  await console_.getByRole("button", { name: "I have given it to the user" }).click();
  await console_.locator("#issued-access-pass").waitFor({ state: "detached" });
  assert.equal((await console_.content()).includes(pass), false, "gone once dismissed");

  // Mistyped: the same words as used or expired.
  const mistyped = pass.slice(0, -1) + (pass.endsWith("2") ? "3" : "2");
  const wrong = await signInWithPass("adele", mistyped);
  await expectVisible(wrong.page, stack, wrong.page.locator("[role=alert]", { hasText: REFUSED }));
  await shots(wrong.page, "access-pass-02-refused");
  await wrong.context.close();

  // The user signs in with it and sets up their account.
  const user = await signInWithPass("adele", pass);
  const { page } = user;
  await expectVisible(page, stack, page.getByRole("heading", { name: "Set up your account", level: 1 }));
  await page.waitForFunction(() => document.title === "Set up your account · Latchkey");
  await page.getByRole("heading", { name: "Create a passkey" }).waitFor();
  await page.getByRole("heading", { name: "Choose your own password" }).waitFor();
  assert.match(await page.locator(".lead").textContent(), /Hello Adele Vance/);
  // The change page's rules and live checklist.
  await page.locator("#policy").waitFor();
  await page.getByLabel("New password", { exact: true }).fill("short");
  assert.ok(await page.locator("#new-password-feedback li:not(.ok)").count() > 0, "the checklist shows what is missing");
  await shots(page, "access-pass-03-set-up");
  // The server judges it as a change: a common password is refused next to the field.
  await page.getByLabel("New password", { exact: true }).fill("password1234");
  await page.getByLabel("Type the new password again").fill("password1234");
  await page.getByRole("button", { name: "Set my password" }).click();
  await expectVisible(page, stack, page.locator("#new-password-error", { hasText: /\S/ }));
  const fresh = "saffron-glacier-mosaic-81";
  await page.getByLabel("New password", { exact: true }).fill(fresh);
  await page.getByLabel("Type the new password again").fill(fresh);
  await page.getByRole("button", { name: "Set my password" }).click();
  // Signed in with the new password at once.
  await expectVisible(page, stack, page.getByRole("heading", { name: "Your account", exact: true }));
  await page.getByText("Your password is set, and you are signed in with it.").waitFor();
  assert.deepEqual(user.errors, []);
  await user.context.close();

  // The password they chose signs in as usual.
  const again = await openPage(stack, "/");
  await signIn(again.page, "adele", fresh);
  await expectVisible(again.page, stack, again.page.getByRole("heading", { name: "Your account", exact: true }));
  await again.context.close();

  // The one-time pass works once.
  const twice = await signInWithPass("adele", pass);
  await expectVisible(twice.page, stack, twice.page.locator("[role=alert]", { hasText: REFUSED }));
  assert.equal(await twice.page.getByRole("heading", { name: "Set up your account" }).count(), 0);
  await twice.context.close();

  // The console shows it used, and offers no revoking.
  await console_.reload();
  await console_.getByRole("heading", { name: "Adele Vance", level: 1 }).waitFor();
  await console_.locator("#access-pass-status", { hasText: "Used" }).waitFor();
  assert.match(await console_.textContent("#access-pass-status"), /Used to sign in on .+: it no longer works\./);
  assert.equal(await console_.locator("#revoke-access-pass").count(), 0);
  assert.equal((await passOf("adele")).state, "used");
  await shots(console_, "access-pass-04-used");
  assert.deepEqual(admin.errors, []);
  await admin.context.close();
});

test("a multi-use pass revoked in the console stops working, even in the middle of setting up", async () => {
  const admin = await consoleOn("megan", "Megan Bowen");
  const console_ = admin.page;
  const pass = await issue(console_, async () => {
    await console_.getByLabel("Let it sign in more than once until it runs out").check();
    await console_.getByLabel("Works for").selectOption({ label: "Another length of time" });
    await console_.getByLabel("Minutes").fill("5");
    // Out of range: said next to the field, nothing sent.
    await console_.getByRole("button", { name: "Issue the pass" }).click();
    await console_.locator("#pass-minutes-error", { hasText: "From 10 to 43,200 minutes" }).waitFor();
    assert.equal(await passOf("megan"), null, "nothing issued");
    await console_.getByLabel("Minutes").fill("90");
  });
  assert.match(await console_.textContent("#issued-pass-validity"), /for any number of sign-ins\.$/);
  await console_.getByRole("button", { name: "I have given it to the user" }).click();
  const held = await passOf("megan");
  assert.equal(held.one_time, false);
  assert.equal(Date.parse(held.expires_at) - Date.parse(held.starts_at), 90 * 60 * 1000, "90 minutes");

  // A multi-use pass signs in more than once.
  const first = await signInWithPass("megan", pass);
  await expectVisible(first.page, stack, first.page.getByRole("heading", { name: "Set up your account" }));
  await first.context.close();
  const user = await signInWithPass("megan", pass);
  await expectVisible(user.page, stack, user.page.getByRole("heading", { name: "Set up your account" }));

  await console_.reload();
  await console_.getByRole("heading", { name: "Megan Bowen", level: 1 }).waitFor();
  await console_.locator("#access-pass-status", { hasText: "First used" }).waitFor();
  await console_.getByRole("button", { name: "Revoke the pass" }).click();
  await console_.getByRole("button", { name: "Yes, revoke it" }).click();
  await console_.locator("[role=status]", { hasText: "The pass was revoked" }).waitFor();
  await console_.locator("#access-pass-status", { hasText: "This user has no pass." }).waitFor();

  // The session it opened ended with it: setting a password is refused, and said so.
  const fresh = "lantern-quiver-basalt-37";
  await user.page.getByLabel("New password", { exact: true }).fill(fresh);
  await user.page.getByLabel("Type the new password again").fill(fresh);
  await user.page.getByRole("button", { name: "Set my password" }).click();
  await expectVisible(user.page, stack, user.page.locator("[role=alert]", { hasText: "Your pass no longer works" }));
  await user.page.getByRole("heading", { name: "Sign in with a Temporary Access Pass" }).waitFor();
  assert.equal((await api("POST", "/v1/sessions", { username: "megan", password: fresh })).status, 401, "nothing was set");
  await user.page.getByLabel("Username").fill("megan");
  await user.page.getByLabel("Temporary Access Pass").fill(pass);
  await user.page.getByRole("button", { name: "Sign in", exact: true }).click();
  await expectVisible(user.page, stack, user.page.locator("[role=alert]", { hasText: REFUSED }));
  assert.deepEqual(user.errors, []);
  await user.context.close();
  assert.deepEqual(admin.errors, []);
  await admin.context.close();
});

test("the temporary password is off until the reset policy allows it, which says why it is off", async () => {
  const token = await adminToken(stack);
  const before = (await api("GET", "/v1/admin/policy", null, token)).body;
  assert.equal(before.temporary_passwords, false, "off by default");
  const admin = await consoleOn("alex", "Alex Wilber");
  const { page } = admin;
  await page.locator("#access-pass-status").waitFor();
  assert.equal(await page.locator("#make-temporary-password").count(), 0, "not offered while off");

  await page.getByRole("link", { name: "Reset policy" }).click();
  await page.getByRole("heading", { name: "Reset policy" }).waitFor();
  await page.waitForFunction(() => !document.querySelector("#save-policy")?.disabled);
  const allow = page.getByLabel("Allow temporary passwords for administrator resets");
  assert.equal(await allow.isChecked(), false);
  assert.match(await page.locator("fieldset", { has: allow }).textContent(), /would see a password that works/);
  await allow.check();
  await page.getByRole("button", { name: "Save", exact: true }).click();
  await page.locator("[role=status]", { hasText: "The reset policy applies from now on" }).waitFor();
  assert.equal((await api("GET", "/v1/admin/policy", null, token)).body.temporary_passwords, true);

  await page.goto(`${stack.base}/admin/users/${await userId("alex")}`);
  await page.getByRole("heading", { name: "Alex Wilber", level: 1 }).waitFor();
  const offer = page.locator("#make-temporary-password");
  await offer.waitFor();
  assert.match(await page.locator(".action", { has: offer }).textContent(), /A Temporary Access Pass never shows you one/);
  await offer.click();
  await page.getByRole("button", { name: "Make a temporary password" }).click();
  await page.locator("#temporary-password").waitFor();
  await page.getByRole("button", { name: "I have given it to the user" }).click();

  // Back as it was, for the tests after this one.
  assert.equal((await api("PUT", "/v1/admin/policy", { policy: before, accept_impact: true }, token)).status, 200);
  assert.deepEqual(admin.errors, []);
  await admin.context.close();
});
