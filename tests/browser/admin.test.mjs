// The admin console in a real browser, against its own fresh stack: an
// administrator and a help-desk operator at work, every result read back from
// the API and the emulator's outbox, with screenshots of each screen.

import assert from "node:assert/strict";
import { writeFileSync } from "node:fs";
import { gzipSync } from "node:zlib";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { after, before, test } from "node:test";
import { DEMO, authenticatorCode, call, codeFor, countTo, openPage, shots, signIn, startStack, expectFocus } from "./support.mjs";

let stack;
before(async () => {
  stack = await startStack();
});
after(async () => {
  await stack?.stop();
});

const api = (method, path, body, token) => call(stack, method, path, body, token);

// The authenticator keys of the people signing in (the seed's for the administrator).
const keys = new Map([["admin", DEMO.admin.authenticatorKey]]);
// One API session per person: each sign-in spends an authenticator code, and
// the server takes each code once.
const sessions = new Map();

async function tokenFor(username, password) {
  if (sessions.has(username)) return sessions.get(username);
  const session = await api("POST", "/v1/sessions", { username, password });
  assert.equal(session.status, 201, JSON.stringify(session.body));
  let token = session.body.token;
  if (session.body.next === "register_authenticator") {
    // As the portal does it: the key, then its first code (which signs in).
    const setup = await api("PUT", "/v1/me/methods/authenticator", {}, token);
    assert.equal(setup.status, 200, JSON.stringify(setup.body));
    keys.set(username, setup.body.secret);
    const code = await authenticatorCode(username, setup.body.secret);
    const registered = await api("POST", "/v1/sessions/authenticator/registration", { code }, token);
    assert.equal(registered.status, 201, JSON.stringify(registered.body));
    token = registered.body.session.token;
  } else if (session.body.next === "authenticator_code") {
    const code = await authenticatorCode(username, keys.get(username));
    const signed = await api("POST", "/v1/sessions/authenticator", { code }, token);
    assert.equal(signed.status, 201, JSON.stringify(signed.body));
    token = signed.body.token;
  }
  sessions.set(username, token);
  return token;
}

const open = (path = "/") => openPage(stack, path);


async function consoleAs(username, password, path = "/admin/users") {
  const opened = await open(path);
  await opened.page.getByRole("heading", { name: "Sign in to the admin console" }).waitFor();
  await signIn(opened.page, username, password, keys.get(username));
  await opened.page.locator("#sign-out").waitFor();
  return opened;
}

async function openUser(page, search, name) {
  await page.getByRole("link", { name: "Users", exact: true }).click();
  await page.getByLabel("Find users").fill(search);
  await page.getByRole("button", { name: "Search", exact: true }).click();
  await page.getByRole("link", { name }).click();
  await page.getByRole("heading", { name, level: 1 }).waitFor();
}

async function userId(username) {
  const token = await tokenFor("admin", DEMO.admin.password);
  const list = await api("GET", `/v1/admin/users?search=${username}`, null, token);
  return list.body.users.find((u) => u.username === username)?.id;
}

test("the console has its own small bundle, and a user without a role is turned away at sign-in", async () => {
  const index = await fetch(`${stack.base}/admin/users/anything`);
  assert.equal(index.status, 200);
  assert.match(await index.text(), /\/admin\/assets\/[0-9a-f]{16}\/boot\.js/, "console pages are the console's index.html");
  assert.match(index.headers.get("content-security-policy") ?? "", /script-src 'self' 'wasm-unsafe-eval'/);
  const { page, context, errors } = await open("/admin/");
  await page.getByRole("heading", { name: "Sign in to the admin console" }).waitFor();
  await shots(page, "40-console-sign-in");
  await signIn(page, "megan", DEMO.megan.password);
  await page.locator("[role=alert]", { hasText: "This console is for administrators" }).waitFor();
  assert.equal(await page.locator("nav.side").count(), 0, "no console for a plain user");
  assert.deepEqual(errors, []);
  await context.close();
});

test("signing in downloads only the console's shell; each screen's code arrives when the screen first opens", async () => {
  const { page, context, errors } = await open("/admin/");
  const wasm = [];
  // Recorded as the response arrives (its body is awaited only where it is
  // weighed), so a chunk is listed by the time the page it serves is drawn.
  page.on("response", (response) => {
    const path = new URL(response.url()).pathname;
    if (path.endsWith(".wasm")) wasm.push({ path, body: response.body().catch(() => Buffer.alloc(0)) });
  });
  await page.reload();
  await page.getByRole("heading", { name: "Sign in to the admin console" }).waitFor();
  await page.waitForLoadState("networkidle");
  assert.equal(wasm.length, 1, `the sign-in screen needs the shell alone: ${wasm.map((w) => w.path)}`);
  assert.match(wasm[0].path, /^\/admin\/assets\/[0-9a-f]{16}\/admin_bg\.wasm$/, "the shell, from this build's assets folder");
  const shell = gzipSync(await wasm[0].body, { level: 9 }).length;
  assert.ok(shell <= 300 * 1024, `the shell is ${shell} bytes gzipped, over 300 KB`);

  await signIn(page, "admin", DEMO.admin.password, keys.get("admin"));
  await page.getByRole("heading", { name: "Home" }).waitFor();
  const screens = () => wasm.map((w) => w.path).filter((p) => p.includes("/split_lazy_"));
  assert.ok(screens().some((p) => p.includes("split_lazy_home_")), "the home's chunk came with the home");
  assert.equal(screens().some((p) => p.includes("split_lazy_reports_")), false, "the reports' code is not fetched before they open");
  await page.getByRole("link", { name: "Reports", exact: true }).click();
  await page.getByRole("heading", { name: "Reports", level: 1 }).waitFor();
  assert.ok(screens().some((p) => p.includes("split_lazy_reports_")), "opening the reports fetched their chunk");
  // Back home: the chunk is in memory already, nothing is fetched again.
  const before = screens().length;
  await page.getByRole("link", { name: "Home", exact: true }).click();
  await page.getByRole("heading", { name: "Home" }).waitFor();
  assert.equal(screens().length, before);
  assert.deepEqual(errors, []);
  await context.close();
});

test("an administrator finds a user and issues a Temporary Access Pass: shown once, and it only lets the user set up their account", async () => {
  const { page, context, errors } = await consoleAs("admin", DEMO.admin.password);
  await page.getByRole("heading", { name: "Users" }).waitFor();
  await page.locator("table.users tbody tr").first().waitFor();
  await shots(page, "41-console-users");
  // A word anywhere in the name, not only its start.
  await page.getByLabel("Find users").fill("wilber");
  await page.getByRole("button", { name: "Search", exact: true }).click();
  await page.waitForFunction(() => document.querySelectorAll("table.users tbody tr").length === 1);
  await page.getByRole("link", { name: "Alex Wilber" }).click();
  await page.getByRole("heading", { name: "Alex Wilber", level: 1 }).waitFor();
  assert.equal(new URL(page.url()).pathname.startsWith("/admin/users/"), true);
  assert.equal(await page.textContent("#access-pass-status"), "This user has no pass.");
  // Temporary passwords are off by default: the console does not offer one.
  assert.equal(await page.locator("#make-temporary-password").count(), 0);
  await shots(page, "42-console-user");

  // The reset is a pass: a small form first, then the pass, once.
  await page.getByRole("button", { name: "Issue a Temporary Access Pass" }).click();
  await page.getByRole("button", { name: "Issue the pass" }).click();
  const shown = page.locator("#issued-access-pass");
  await shown.waitFor();
  const pass = (await shown.textContent()).trim();
  assert.match(pass, /^[A-Za-z0-9]{12}$/, "12 characters by default");
  assert.match(await page.textContent("#issued-pass-validity"), /^Works until .+, for one sign-in\.$/);
  assert.match(await page.textContent(".secret-panel"), /Shown only now/);
  await page.locator("#access-pass-status", { hasText: "Live" }).waitFor();
  await shots(page, "43-console-access-pass");
  await page.getByRole("button", { name: "I have given it to the user" }).click();
  await shown.waitFor({ state: "detached" });
  assert.equal((await page.content()).includes(pass), false, "gone from the page once dismissed");
  await page.locator("[role=status]", { hasText: "A Temporary Access Pass was issued" }).waitFor();

  // The user signs in with it in the portal and sets their own password.
  const portal = await context.newPage();
  await portal.goto(stack.base + "/access-pass");
  await portal.waitForSelector("html[data-ready=true]");
  await portal.getByLabel("Username").fill("alex");
  await portal.getByLabel("Temporary Access Pass").fill(pass);
  await portal.getByRole("button", { name: "Sign in", exact: true }).click();
  await portal.getByRole("heading", { name: "Set up your account" }).waitFor();
  const fresh = "orchid-basalt-ferry-64";
  await portal.getByLabel("New password", { exact: true }).fill(fresh);
  await portal.getByLabel("Type the new password again").fill(fresh);
  await portal.getByRole("button", { name: "Set my password" }).click();
  // Signed in with the password just set ("Set up your account" has these words too).
  await portal.getByRole("heading", { name: "Your account", exact: true }).waitFor();
  await portal.getByText("Your password is set, and you are signed in with it.").waitFor();
  assert.equal((await api("POST", "/v1/sessions", { username: "alex", access_pass: pass })).status, 401,
    "the one-time pass is spent");
  assert.equal((await api("POST", "/v1/sessions", { username: "alex", password: fresh })).status, 201,
    "the password the user chose signs in");
  assert.deepEqual(errors, []);
  await context.close();
});

test("an administrator unlocks a locked-out user", async () => {
  for (let i = 0; i < 10; i++) {
    await api("POST", "/v1/sessions", { username: "adele", password: `wrong-guess-number-${i}` });
  }
  const locked = await api("POST", "/v1/sessions", { username: "adele", password: DEMO.adele.password });
  assert.equal(locked.status, 423, "locked before");
  const { page, context, errors } = await consoleAs("admin", DEMO.admin.password);
  await openUser(page, "adele", "Adele Vance");
  await page.locator("#locked-badge").waitFor();
  // The tab is named after the user once they are loaded, not "Loading the user…".
  await page.waitForFunction(() => document.title === "Adele Vance · Latchkey admin");
  await page.getByRole("button", { name: "Unlock", exact: true }).click();
  await page.locator("[role=status]", { hasText: "The account is unlocked" }).waitFor();
  await page.locator("#locked-badge").waitFor({ state: "detached" });
  assert.equal(await page.textContent("#locked-until"), "No");
  await shots(page, "44-console-unlocked");
  const after = await api("POST", "/v1/sessions", { username: "adele", password: DEMO.adele.password });
  assert.equal(after.status, 201, "signs in again");
  assert.deepEqual(errors, []);
  await context.close();
});

test("an import with one bad row: the dry run writes nothing, the real run writes exactly the good rows", async () => {
  const file = join(tmpdir(), `latchkey-import-${process.pid}.csv`);
  writeFileSync(file, [
    "username,display_name,first_name,last_name,emails,mobile,office_phone,groups,roles",
    "imp.one,Imported One,Imp,One,imp.one@contoso.example,,,sales,",
    "imp.bad,Imported Bad,Imp,Bad,not-an-email,,,sales,",
    "imp.two,Imported Two,Imp,Two,imp.two@contoso.example,,,sales;support,",
    "",
  ].join("\n"));
  const token = await tokenFor("admin", DEMO.admin.password);
  const imported = async () =>
    (await api("GET", "/v1/admin/users?search=imp.", null, token)).body.users.map((u) => u.username).sort();

  const { page, context, errors } = await consoleAs("admin", DEMO.admin.password);
  await page.getByRole("link", { name: "Import and export" }).click();
  await page.getByRole("heading", { name: "Import and export users" }).waitFor();
  await page.setInputFiles("#import-file", file);
  await page.getByText("3 row(s)").waitFor();
  await page.getByRole("button", { name: "Check the file (writes nothing)" }).click();
  await page.locator("#import-summary", { hasText: "Nothing was written. 2 to create, 0 to update, 0 unchanged, 1 with errors." }).waitFor();
  const bad = page.locator("tr.error-row");
  assert.equal(await bad.count(), 1);
  assert.match(await bad.textContent(), /^3imp\.bad/);
  assert.match(await bad.textContent(), /emails/);
  await shots(page, "45-console-import-dry-run");
  assert.deepEqual(await imported(), [], "a dry run writes nothing");

  await page.getByRole("button", { name: "Import 2 row(s)" }).click();
  await page.locator("[role=status]", { hasText: "Import finished" }).waitFor();
  assert.equal(await page.getAttribute("#import-bar", "value"), "3");
  assert.equal(await page.getAttribute("#import-bar", "max"), "3");
  assert.equal(await page.getByText("Nothing was written").count(), 0, "the check's words are gone once the import ran");
  assert.match(await page.textContent("#import-progress"), /Worked through 3 of 3 rows/);
  await shots(page, "46-console-import-done");
  assert.deepEqual(await imported(), ["imp.one", "imp.two"], "exactly the good rows");
  assert.deepEqual(errors, []);
  await context.close();
});

test("a reset-policy change that strands users is shown, refused, and saved only through its warning", async () => {
  const token = await tokenFor("admin", DEMO.admin.password);
  const before = (await api("GET", "/v1/admin/policy", null, token)).body;
  const { page, context, errors } = await consoleAs("admin", DEMO.admin.password);
  await page.getByRole("link", { name: "Reset policy" }).click();
  await page.getByRole("heading", { name: "Reset policy" }).waitFor();
  await page.waitForFunction(() => !document.querySelector("#save-policy")?.disabled);
  await page.getByLabel("Self-service reset is on for").selectOption("groups");
  await page.getByLabel("Groups", { exact: true }).fill("nobody-is-in-this-group");
  await page.getByRole("button", { name: "Check the effect" }).click();
  await page.locator("#impact figcaption", { hasText: /would lose it/ }).waitFor();
  await shots(page, "47-console-policy-impact");
  await page.getByRole("button", { name: "Save", exact: true }).click();
  await page.locator("[role=alert]", { hasText: "Users would lose self-service reset" }).waitFor();
  assert.deepEqual((await api("GET", "/v1/admin/policy", null, token)).body, before, "refused: nothing saved");

  await page.getByRole("button", { name: /Save anyway/ }).click();
  await page.locator("[role=status]", { hasText: "The reset policy applies from now on" }).waitFor();
  const saved = (await api("GET", "/v1/admin/policy", null, token)).body;
  assert.equal(saved.scope, "groups");
  assert.deepEqual(saved.scope_groups, ["nobody-is-in-this-group"]);
  // Back as it was, for the tests after this one.
  assert.equal((await api("PUT", "/v1/admin/policy", { policy: before, accept_impact: true }, token)).status, 200);
  assert.deepEqual(errors, []);
  await context.close();
});

test("the reset policy limits new passkeys to a list of authenticator models, and says why a list is refused", async () => {
  const token = await tokenFor("admin", DEMO.admin.password);
  const before = (await api("GET", "/v1/admin/policy", null, token)).body;
  assert.deepEqual(before.passkey_models, { rule: "any", aaguids: [] }, "any authenticator until a list is set");
  const { page, context, errors } = await consoleAs("admin", DEMO.admin.password);
  try {
    await page.getByRole("link", { name: "Reset policy" }).click();
    await page.getByRole("heading", { name: "Reset policy" }).waitFor();
    await page.waitForFunction(() => !document.querySelector("#save-policy")?.disabled);
    const section = page.locator("fieldset#passkey-authenticators");
    await section.getByText("Passkey authenticators").waitFor();
    const rule = section.getByLabel("New passkeys may be made on");
    assert.equal(await rule.inputValue(), "any");
    const list = section.getByLabel("Authenticator models (AAGUIDs), one a line");
    assert.equal(await list.count(), 0, "no list under any authenticator");

    // Only one model: typed with spaces, capitals and a blank line, kept as the server spells it.
    await rule.selectOption({ label: "Only these models" });
    await list.waitFor();
    const text = await section.innerText();
    assert.match(text, /An AAGUID names an authenticator's make and model/);
    assert.match(text, /a passkey from an authenticator that names no model is refused/);
    assert.match(text, /not checked against its maker's attestation certificate/);
    await list.fill("  EE882879-721C-4913-9775-3DFCCE97072A  \n\n");
    await shots(page, "47-console-policy-passkey-models");
    await page.getByRole("button", { name: "Save", exact: true }).click();
    await page.locator("[role=status]", { hasText: "The reset policy applies from now on" }).waitFor();
    const saved = (await api("GET", "/v1/admin/policy", null, token)).body;
    assert.deepEqual(saved.passkey_models, { rule: "allow", aaguids: ["ee882879-721c-4913-9775-3dfcce97072a"] });
    assert.deepEqual({ ...saved, passkey_models: before.passkey_models }, before, "nothing else changed");

    // Not an AAGUID: the server's words next to the list, and nothing saved.
    await list.fill("ee882879-721c-4913-9775-3dfcce97072a\nnot-an-aaguid");
    const refused = page.waitForResponse((r) => r.url().endsWith("/v1/admin/policy") && r.request().method() === "PUT");
    await page.getByRole("button", { name: "Save", exact: true }).click();
    const answer = await refused;
    assert.equal(answer.status(), 400);
    assert.equal((await answer.json()).field, "passkey_models");
    const error = page.locator("#passkey-models-error");
    await error.filter({ hasText: /\S/ }).waitFor();
    assert.match(await error.innerText(), /8-4-4-4-12/);
    assert.equal(await list.getAttribute("aria-invalid"), "true");
    await expectFocus(page, "passkey-models");
    assert.deepEqual((await api("GET", "/v1/admin/policy", null, token)).body, saved, "refused: nothing saved");
    // Typing again clears the complaint.
    await list.fill("ee882879-721c-4913-9775-3dfcce97072a");
    assert.equal((await error.innerText()).trim(), "");

    // Back to any authenticator: the list goes with it.
    await rule.selectOption({ label: "Any authenticator" });
    await list.waitFor({ state: "detached" });
    await page.getByRole("button", { name: "Save", exact: true }).click();
    await page.locator("[role=status]", { hasText: "The reset policy applies from now on" }).waitFor();
    assert.deepEqual((await api("GET", "/v1/admin/policy", null, token)).body, before);
    assert.deepEqual(errors, []);
  } finally {
    // Back as it was, for the tests after this one.
    await api("PUT", "/v1/admin/policy", { policy: before, accept_impact: true }, token);
    await context.close();
  }
});

test("an administrator creates a group, adds a member, renames it and deletes it", async () => {
  const token = await tokenFor("admin", DEMO.admin.password);
  const groupNamed = async (name) =>
    (await api("GET", "/v1/admin/groups?limit=200", null, token)).body.groups.find((g) => g.name === name);
  const { page, context, errors } = await consoleAs("admin", DEMO.admin.password);
  await page.getByRole("link", { name: "Groups", exact: true }).click();
  await page.getByRole("heading", { name: "Groups", level: 1 }).waitFor();
  await page.getByLabel("New group name").fill("bad/name");
  await page.getByRole("button", { name: "Create group" }).click();
  await page.locator("#new-group-name-error").filter({ hasText: /./ }).waitFor();
  assert.equal(await groupNamed("bad/name"), undefined, "a bad name changes nothing");

  await page.getByLabel("New group name").fill("Field team");
  await page.getByRole("button", { name: "Create group" }).click();
  await page.getByRole("heading", { name: "Group: Field team" }).waitFor();
  await page.getByLabel("Add a member by username").fill("adele");
  await page.getByRole("button", { name: "Add member" }).click();
  await page.locator("ul.members li", { hasText: "Adele Vance" }).waitFor();
  await shots(page, "53-console-group");
  assert.equal((await groupNamed("Field team")).members, 1);

  await page.getByLabel("Name", { exact: true }).fill("Field crew");
  await page.getByRole("button", { name: "Rename" }).click();
  await page.getByRole("heading", { name: "Group: Field crew" }).waitFor();
  assert.equal(await groupNamed("Field team"), undefined);
  assert.equal((await groupNamed("Field crew")).members, 1, "the member moved with the rename");
  const adele = (await api("GET", `/v1/admin/users/${await userId("adele")}`, null, token)).body;
  assert.ok(adele.groups.includes("Field crew"), JSON.stringify(adele.groups));
  // The open group is in the address: a reload (or a shared link) opens it again.
  assert.equal(new URL(page.url()).pathname, "/admin/groups/Field%20crew");
  await page.reload();
  await page.getByRole("heading", { name: "Group: Field crew" }).waitFor();

  await page.getByRole("button", { name: "Delete group" }).click();
  await page.locator("[role=status]", { hasText: "The group Field crew was deleted" }).waitFor();
  assert.equal(await groupNamed("Field crew"), undefined);
  assert.deepEqual(errors, []);
  await context.close();
});

test("the help desk sees no settings, cannot act on an administrator, and resets only after verifying the caller", async () => {
  const token = await tokenFor("admin", DEMO.admin.password);
  const email = "desk.person@contoso.example";
  const created = await api("POST", "/v1/admin/users",
    { username: "desk", display_name: "Desk Person", emails: [email], roles: ["helpdesk"] }, token);
  assert.equal(created.status, 201, JSON.stringify(created.body));
  const deskPassword = "ledger-walrus-saffron-27";
  const accepted = await api("POST", "/v1/invitations/accept",
    { username: "desk", code: await codeFor(stack.emulator, email, 1), new_password: deskPassword });
  assert.equal(accepted.status, 204, JSON.stringify(accepted.body));
  // The help desk signs in with an authenticator too: registered first (over the API here, in the portal in portal.test.mjs).
  await tokenFor("desk", deskPassword);

  const { page, context, errors } = await consoleAs("desk", deskPassword);
  await page.getByRole("heading", { name: "Users" }).waitFor();
  const nav = await page.textContent("nav.side");
  assert.doesNotMatch(nav, /Settings|Reset policy|Password rules|Branding|Import/, "no settings for the help desk");
  await page.evaluate(() => {
    history.pushState(null, "", "/admin/reset-policy");
    dispatchEvent(new PopStateEvent("popstate"));
  });
  await page.getByRole("heading", { name: "Not available to your role" }).waitFor();
  await shots(page, "48-console-helpdesk-no-settings");

  await openUser(page, "admin", "Ada Admin");
  assert.match(await page.textContent("#no-actions"), /Only an administrator/);
  assert.equal(await page.getByRole("button", { name: "Issue a Temporary Access Pass" }).count(), 0);

  await openUser(page, "megan", "Megan Bowen");
  await page.getByRole("heading", { name: "Verify the caller first" }).waitFor();
  assert.equal(await page.isDisabled("#issue-access-pass"), true, "no reset before the caller is verified");
  const sent = await countTo(stack.emulator, DEMO.megan.email);
  await page.getByRole("button", { name: "Email a code" }).click();
  await page.getByText(/Code sent to/).waitFor();
  await shots(page, "49-console-helpdesk-verify");
  await page.getByLabel("Code the caller read out").fill(await codeFor(stack.emulator, DEMO.megan.email, sent + 1));
  await page.getByRole("button", { name: "Check the code" }).click();
  await page.getByRole("heading", { name: "Verify the caller first" }).waitFor({ state: "detached" });
  await page.getByRole("button", { name: "Issue a Temporary Access Pass" }).click();
  await page.getByRole("button", { name: "Issue the pass" }).click();
  await page.locator("#issued-access-pass").waitFor();
  await shots(page, "50-console-helpdesk-reset");
  // A verification is good for one action: the next one asks again.
  await page.getByRole("heading", { name: "Verify the caller first" }).waitFor();

  const id = await userId("megan");
  const detail = (await api("GET", `/v1/admin/users/${id}`, null, token)).body;
  const reset = detail.activity.find((e) => e.action === "access_pass_issued");
  assert.ok(reset, JSON.stringify(detail.activity));
  assert.match(reset.reason, /verified/, "the audit says the caller was verified");
  assert.deepEqual(errors, []);
  await context.close();
});

test("an administrator adds, rewords and removes the organisation's own security questions", async () => {
  const { page, context, errors } = await consoleAs("admin", DEMO.admin.password);
  await page.getByRole("link", { name: "Password rules and questions" }).click();
  await page.getByRole("heading", { name: "Your own security questions" }).waitFor();
  await page.waitForFunction(() => !document.querySelector("#add-question")?.disabled);

  // Keyboard: the new row takes the cursor, so typing goes straight into it.
  await page.getByRole("button", { name: "Add a question" }).click();
  await page.keyboard.type("Too short");
  await page.getByRole("button", { name: "Save questions" }).click();
  await page.locator("#questions-error", { hasText: "question 1 must be 10 to 200 characters" }).waitFor();
  await shots(page, "51-console-questions-invalid");
  const catalogue = async () => (await (await fetch(`${stack.base}/v1/security-questions`)).json()).questions;
  assert.equal((await catalogue()).length, 10, "nothing saved: the predefined ten only");

  await page.getByLabel("Question 1", { exact: true }).fill("Which office did you start in?");
  await page.getByRole("button", { name: "Add a question" }).click();
  await page.getByLabel("Question 2", { exact: true }).fill("What was your first team called?");
  await page.getByRole("button", { name: "Save questions" }).click();
  await page.locator("[role=status]", { hasText: "Users see these questions" }).waitFor();
  let offered = await catalogue();
  assert.deepEqual(offered.slice(10).map((q) => q.text), ["Which office did you start in?", "What was your first team called?"]);
  const officeId = offered[10].id;

  // Rewording keeps the id (and users' answers); removing drops the question.
  await page.getByLabel("Question 1", { exact: true }).fill("In which office did you start?");
  await page.getByRole("button", { name: "Remove the question: What was your first team called?" }).click();
  await page.getByRole("button", { name: "Save questions" }).click();
  await page.waitForFunction(() => document.querySelectorAll("input.custom-question").length === 1);
  await page.locator("[role=status]", { hasText: "Users see these questions" }).waitFor();
  offered = await catalogue();
  assert.deepEqual(offered.slice(10), [{ id: officeId, text: "In which office did you start?" }]);
  assert.deepEqual(errors, []);
  await context.close();
});

// Last: it changes the organisation's rules for everyone after it.
test("an administrator changes the password rules; a bad value is explained next to its field", async () => {
  const { page, context, errors } = await consoleAs("admin", DEMO.admin.password);
  await page.getByRole("link", { name: "Password rules and questions" }).click();
  await page.getByRole("heading", { name: "Password and lockout rules" }).waitFor();
  await page.waitForFunction(() => document.querySelector("#min_length")?.value === "12");
  assert.equal(await page.inputValue("#lockout_threshold"), "10");
  assert.equal(await page.inputValue("#max_age_days"), "", "never expires");

  await page.getByLabel("Minimum length").fill("6");
  await page.getByRole("button", { name: "Save", exact: true }).click();
  await page.locator("#min_length-error", { hasText: "Must be between 8 and 64" }).waitFor();
  assert.equal(await page.getAttribute("#min_length", "aria-invalid"), "true");
  await shots(page, "52-console-rules-invalid");
  let config = await (await fetch(`${stack.base}/v1/config/public`)).json();
  assert.equal(config.password_rules.min_length, 12, "nothing saved");

  await page.getByLabel("Minimum length").fill("14");
  await page.getByLabel("Banned words").fill("Fabrikam\nNorthwind");
  await page.getByLabel("Maximum age in days").fill("90");
  await page.getByRole("button", { name: "Check the effect" }).click();
  await page.locator("#impact", { hasText: /with these rules 0 would/ }).waitFor();
  await page.getByRole("button", { name: "Save", exact: true }).click();
  await page.locator("[role=status]", { hasText: "Saved" }).waitFor();
  config = await (await fetch(`${stack.base}/v1/config/public`)).json();
  assert.equal(config.password_rules.min_length, 14);
  assert.equal(config.password_rules.max_age_days, 90);

  // The breach check: where new passwords are looked up, switched to audit
  // only (the preview says what enforcing would refuse), and kept.
  await page.locator("#breach-status", { hasText: /76,374 most common breached passwords/ }).waitFor();
  assert.equal(await page.inputValue("#breached_mode"), "enforce", "the default");
  await page.selectOption("#breached_mode", "audit");
  await page.getByRole("button", { name: "Check the effect" }).click();
  await page.locator("#impact", { hasText: /new passwords? (was|were) (checked|found)|No new password was checked/ }).waitFor();
  const saved = page.waitForResponse((r) => r.url().endsWith("/v1/admin/password-policy") && r.request().method() === "PUT");
  await page.getByRole("button", { name: "Save", exact: true }).click();
  assert.equal((await saved).status(), 200);
  await shots(page, "53-console-breach-audit");
  await page.getByRole("link", { name: "Users", exact: true }).click();
  await page.getByRole("link", { name: "Password rules and questions" }).click();
  await page.waitForFunction(() => document.querySelector("#min_length")?.value === "14");
  assert.equal(await page.inputValue("#breached_mode"), "audit", "saved");

  // The portal follows: its change page lists the new minimum.
  const portal = await context.newPage();
  await portal.goto(stack.base + "/");
  await portal.waitForSelector("html[data-ready=true]");
  await signIn(portal, "nestor", DEMO.nestor.password);
  await portal.waitForURL(/\/(register|account|change)$/);
  await portal.evaluate(() => {
    history.pushState(null, "", "/change");
    dispatchEvent(new PopStateEvent("popstate"));
  });
  await portal.locator("#policy", { hasText: "At least 14 characters" }).waitFor();
  assert.deepEqual(errors, []);
  await context.close();
});

test("an administrator enrols a writeback agent with a one-time token, sees it online, and revokes it", async () => {
  const { page, context, errors } = await consoleAs("admin", DEMO.admin.password);
  await page.getByRole("link", { name: "Directory writeback" }).click();
  await page.getByRole("heading", { name: "Directory writeback" }).waitFor();
  await page.getByText("No agent is enrolled").waitFor();
  await page.getByLabel("Directory").fill("Corp AD");
  await page.getByLabel("Agent name").fill("dc1 agent");
  await page.getByRole("button", { name: "Issue enrolment token" }).click();
  await page.locator("#agent-directory-error", { hasText: "lowercase" }).waitFor();
  await page.getByLabel("Directory").fill("corp");
  await page.getByRole("button", { name: "Issue enrolment token" }).click();
  const token = (await page.locator("#enrolment-token").innerText()).trim();
  assert.match(token, /^lkae_[0-9a-f]{64}$/);
  await shots(page, "60-console-agent-token");

  // The agent's side, as latchkey-agent enrol does it: its own key pairs, only the public halves sent.
  const { generateKeyPairSync } = await import("node:crypto");
  const raw = (type) => generateKeyPairSync(type).publicKey.export({ format: "jwk" }).x;
  const enrol = (t) => api("POST", "/v1/agent/enrol", { token: t, version: "0.1.0", sealing_key: raw("x25519"), signing_key: raw("ed25519") });
  const enrolled = await enrol(token);
  assert.equal(enrolled.status, 201, JSON.stringify(enrolled.body));
  assert.equal(enrolled.body.directory, "corp");
  assert.equal((await enrol(token)).status, 401, "the token works once");

  await page.getByRole("link", { name: "Users", exact: true }).click();
  await page.getByRole("link", { name: "Directory writeback" }).click();
  const row = page.locator("tr", { hasText: "dc1 agent" });
  await row.getByText("Online").waitFor();
  await page.locator("ul.directories", { hasText: "corp: 1 agent online" }).waitFor();
  await shots(page, "61-console-agents");
  await row.getByRole("button", { name: "Revoke" }).click();
  await page.locator("[role=status]", { hasText: "dc1 agent can no longer take jobs" }).waitFor();
  await row.getByText("Revoked").waitFor();
  const list = await api("GET", "/v1/admin/agents", null, await tokenFor("admin", DEMO.admin.password));
  assert.equal(list.body.agents[0].status, "revoked");
  assert.deepEqual(errors, []);
  await context.close();
});

test("the reports: charts drawn with their numbers, a filter, its CSV, and the administrator's questions answered", async () => {
  const admin = await tokenFor("admin", DEMO.admin.password);
  // A registration: nestor answers the security questions.
  const nestor = await api("POST", "/v1/sessions", { username: "nestor", password: DEMO.nestor.password });
  assert.equal(nestor.status, 201, JSON.stringify(nestor.body));
  const offered = (await api("GET", "/v1/security-questions")).body;
  const answers = offered.questions.slice(0, offered.register).map((q, i) => ({ question_id: q.id, answer: `answer number ${i + 1}` }));
  assert.equal((await api("PUT", "/v1/me/security-questions", { answers }, nestor.body.token)).status, 204);
  // A self-service reset for megan: a wrong code, the right one, a refused password, then a good one.
  const flow = await api("POST", "/v1/resets", { username: "megan" });
  const email = flow.body.methods.find((m) => m.kind === "email");
  const sent = await countTo(stack.emulator, DEMO.megan.email);
  assert.equal((await api("POST", `/v1/resets/${flow.body.reset_id}/challenges`, { method_id: email.id })).status, 202);
  const code = await codeFor(stack.emulator, DEMO.megan.email, sent + 1);
  const wrong = code === "00000000" ? "11111111" : "00000000";
  const verify = (c) => api("POST", `/v1/resets/${flow.body.reset_id}/verifications`, { method_id: email.id, code: c });
  // Three wrong codes, so the charts have bars of different lengths to measure.
  for (let i = 0; i < 3; i++) assert.notEqual((await verify(wrong)).status, 200, "a wrong code fails");
  assert.equal((await verify(code)).status, 200);
  const password = (p) => api("POST", `/v1/resets/${flow.body.reset_id}/password`, { new_password: p });
  assert.equal((await password("short")).status, 422);
  assert.equal((await password("quartz-lagoon-ember-35")).status, 204);
  const insights = (await api("GET", "/v1/reports/insights", null, admin)).body;
  assert.equal(insights.resets, 1, "the one self-service reset seeded");
  assert.ok(insights.problems.length > 0, "the failures are ranked");

  const { page, context, errors } = await consoleAs("admin", DEMO.admin.password);
  await page.getByRole("link", { name: "Reports", exact: true }).click();
  await page.getByRole("heading", { name: "Reports", level: 1 }).waitFor();
  await page.locator("#chart-outcome svg rect.chart-bar").first().waitFor();
  // Each chart: bars drawn, and its table holds the very numbers drawn.
  const chart = (id) => page.evaluate((id) => {
    const figure = document.getElementById(id);
    const drawn = [...figure.querySelectorAll("svg rect.chart-bar")].map((r) => Number(r.dataset.value));
    const stacked = figure.querySelectorAll("table thead th").length > 2;
    const cells = [...figure.querySelectorAll("table tbody tr")].flatMap((tr) => {
      const tds = [...tr.querySelectorAll("td")].map((td) => Number(td.textContent));
      return stacked ? tds.slice(0, -1) : tds; // a stacked table's last column is the total
    });
    return { drawn, cells: cells.filter((n) => n > 0), label: figure.querySelector("svg").getAttribute("aria-label") };
  }, id);
  for (const id of ["chart-outcome", "chart-method", "chart-coverage", "chart-problems"]) {
    const c = await chart(id);
    assert.ok(c.drawn.length > 0, `${id} draws bars`);
    assert.deepEqual([...c.drawn].sort(), [...c.cells].sort(), `${id}: the table has the numbers drawn`);
  }
  // What is drawn, measured on the screen: each bar's length proportional to
  // its value (stacked charts by height, the horizontal ones by width), and
  // every label at a readable size — at desktop and at phone width.
  const drawing = (id) => page.evaluate((id) => {
    const figure = document.getElementById(id);
    const bars = [...figure.querySelectorAll("svg rect.chart-bar")].map((r) => {
      const box = r.getBoundingClientRect();
      return { value: Number(r.dataset.value), height: box.height, width: box.width };
    });
    const ticks = [...figure.querySelectorAll("svg text.tick")].map((t) => t.getBoundingClientRect().height);
    return { bars, smallest: Math.min(...ticks), horizontal: id === "chart-problems" };
  }, id);
  const problemsDrawn = (await drawing("chart-problems")).bars.map((b) => b.value);
  assert.ok(new Set(problemsDrawn).size > 1, `bars of different values to compare: ${problemsDrawn}`);
  for (const width of [1280, 390]) {
    await page.setViewportSize({ width, height: 900 });
    for (const id of ["chart-outcome", "chart-method", "chart-coverage", "chart-problems"]) {
      const d = await drawing(id);
      const length = (b) => (d.horizontal ? b.width : b.height);
      const scale = Math.max(...d.bars.map((b) => length(b) / b.value));
      for (const b of d.bars) {
        // Drawn in whole units of the drawing: within one unit (about 2 px at phone width) of exact.
        assert.ok(Math.abs(length(b) - b.value * scale) <= 2.5,
          `${id} at ${width}px: a bar of ${b.value} is ${length(b).toFixed(1)} px, not ${(b.value * scale).toFixed(1)}`);
      }
      assert.ok(d.smallest >= 10, `${id} at ${width}px: labels ${d.smallest.toFixed(1)} px high`);
    }
  }
  await page.setViewportSize({ width: 1280, height: 900 });
  const outcome = await chart("chart-outcome");
  assert.deepEqual([...outcome.drawn].sort(), [1, 1], "one succeeded, one failed");
  assert.match(outcome.label, /2 in all, 1 succeeded/);
  assert.match((await chart("chart-method")).label, /Email \(1\)/);
  const summary = (await api("GET", "/v1/reports/registration-summary", null, admin)).body;
  assert.match((await chart("chart-coverage")).label,
    new RegExp(`today ${summary.all.registered} of ${summary.all.users} enabled users are registered and ${summary.all.capable} can reset`));
  const problems = await page.locator("#chart-problems tbody th").allTextContents();
  // The reasons in words, as the server words them; never the codes.
  assert.deepEqual(problems, insights.problems.slice(0, 8).map((p) => p.label));
  assert.ok(problems.every((p) => !p.includes("_")), `no code on screen: ${problems}`);

  // The questions, answered from the same data.
  assert.match(await page.textContent("#answer-resets"), /^1 self-service reset\(s\) in the last 7 days/);
  assert.ok((await page.textContent("#answer-problems")).startsWith(`${insights.problems[0].label} (${insights.problems[0].count})`));
  const who = insights.registered.map((s) => s.name ?? s.user);
  assert.ok(who.length > 0);
  for (const name of who) assert.ok((await page.textContent("#answer-who")).includes(name), `${name} registered`);
  assert.match(await page.textContent("#answer-policy"), /\S/);
  assert.match(await page.textContent("#answer-suspicious"), /\S/);
  await shots(page, "62-console-reports");

  // A filter: only completed self-service resets.
  await page.getByLabel("Activity", { exact: true }).selectOption("self_service_reset");
  await page.getByLabel("Outcome", { exact: true }).selectOption("success");
  await page.getByRole("button", { name: "Show events" }).click();
  await page.waitForFunction(() => {
    const rows = [...document.querySelectorAll("table.activity tbody tr")];
    // Cells: time, activity and its action in words, actor, target, outcome in a word, …, reference id.
    return rows.length > 0 && rows.every((r) => r.cells[1].textContent === "Reset (self-service): Reset completed" && r.cells[4].textContent === "Succeeded");
  });
  const shown = await page.locator("table.activity tbody td:last-child").allInnerTexts();
  assert.equal(shown.length, 1, "the one completed reset");
  assert.match(await page.textContent("table.activity tbody tr"), /megan/);

  // Its CSV: the same filters, the same rows.
  const [download] = await Promise.all([page.waitForEvent("download"), page.locator("#activity-csv").click()]);
  assert.equal(download.suggestedFilename(), "reset-activity.csv");
  const { readFileSync } = await import("node:fs");
  const lines = readFileSync(await download.path(), "utf8").trim().split(/\r?\n/);
  assert.equal(lines[0], "id,at,activity,action,actor,target,target_name,outcome,reason,methods,client_ip,user_agent,actor_name,action_text,outcome_text,reason_text");
  // Cells split outside double quotes (a reason may list several rules).
  const cells = (line) => line.match(/("([^"]|"")*"|[^,]*)(,|$)/g).map((c) => c.replace(/,$/, "").replace(/^"|"$/g, ""));
  const records = lines.slice(1).map(cells);
  assert.deepEqual(records.map((r) => r[0]), shown);
  assert.ok(records.every((r) => r[2] === "self_service_reset" && r[7] === "success" && r[14] === "Succeeded"));

  // By who acted, typed as a username: every row names them, not their id.
  await page.getByLabel("Activity", { exact: true }).selectOption("");
  await page.getByLabel("Outcome", { exact: true }).selectOption("");
  await page.getByLabel("Acted by (username or id)").fill("admin");
  await page.getByRole("button", { name: "Show events" }).click();
  await page.waitForFunction(() => {
    const rows = [...document.querySelectorAll("table.activity tbody tr")];
    return rows.length > 0 && rows.every((r) => r.cells[2].textContent === "admin");
  });
  await page.getByLabel("Acted by (username or id)").fill("");

  // Words anywhere in the event: every row shown holds them, and no code reaches the table.
  await page.getByLabel("Words (a name, an address, a reason)").fill("megan");
  await page.getByRole("button", { name: "Show events" }).click();
  await page.waitForFunction(() => {
    const rows = [...document.querySelectorAll("table.activity tbody tr")];
    return rows.length > 0 && rows.every((r) => r.textContent.toLowerCase().includes("megan"));
  });
  const wordsShown = await page.locator("table.activity tbody tr").evaluateAll((rows) =>
    rows.map((r) => [1, 4, 5].map((i) => r.cells[i].textContent)));
  assert.ok(wordsShown.flat().every((c) => !/[a-z]_[a-z]/.test(c)), `no snake_case code: ${JSON.stringify(wordsShown)}`);
  await page.getByLabel("Words (a name, an address, a reason)").fill("");

  // A refused filter is explained next to its field.
  await page.getByLabel("From (day)").fill("2026-12-31");
  await page.getByLabel("To (day, included)").fill("2026-01-01");
  await page.getByRole("button", { name: "Show events" }).click();
  await page.locator("#filter-from-error", { hasText: "The start must not be after the end of the period." }).waitFor();
  assert.deepEqual(errors, []);
  await context.close();
});

test("the reports count sign-ins by how they were proven, in words, with the share that was phishing-resistant", async () => {
  const admin = await tokenFor("admin", DEMO.admin.password);
  const count = (insights, key) => insights.sign_ins_by_method.find((c) => c.key === key)?.count;
  const earlier = (await api("GET", "/v1/reports/insights", null, admin)).body;
  assert.deepEqual(earlier.sign_ins_by_method.map((c) => c.key).sort(),
    ["access_pass", "passkey", "password", "password_and_authenticator", "password_and_passkey"], "every method listed");
  // Two sign-ins with a password alone.
  for (let i = 0; i < 2; i++) {
    const signed = await api("POST", "/v1/sessions", { username: "nestor", password: DEMO.nestor.password });
    assert.equal(signed.status, 201, JSON.stringify(signed.body));
  }

  const { page, context, errors } = await consoleAs("admin", DEMO.admin.password);
  await page.getByRole("link", { name: "Reports", exact: true }).click();
  await page.getByRole("heading", { name: "Reports", level: 1 }).waitFor();
  const chart = page.locator("#chart-sign-ins");
  await chart.locator("svg rect.chart-bar").first().waitFor();
  const insights = (await api("GET", "/v1/reports/insights", null, admin)).body;
  assert.ok(count(insights, "password") >= count(earlier, "password") + 2, "the two sign-ins counted");
  assert.equal(await chart.locator("figcaption").innerText(), "Sign-ins by method");

  // Every method in words, in a fixed order, on the drawing and in its table, with the server's counts.
  const names = ["Password", "Password + authenticator app", "Password + passkey", "Passkey", "Temporary Access Pass"];
  const keys = ["password", "password_and_authenticator", "password_and_passkey", "passkey", "access_pass"];
  const labels = await chart.locator("svg text.tick").allTextContents();
  assert.deepEqual(labels.filter((_, i) => i % 2 === 0), names, "each bar named, whole");
  assert.deepEqual(labels.filter((_, i) => i % 2 === 1), keys.map((k) => String(count(insights, k))), "each bar's count beside it");
  const rows = await chart.locator("table tbody tr").evaluateAll((trs) =>
    trs.map((tr) => [tr.querySelector("th").textContent, Number(tr.querySelector("td").textContent)]));
  assert.deepEqual(rows, names.map((n, i) => [n, count(insights, keys[i])]));
  assert.ok(rows[0][1] >= 2, `"Password" counts the test's own sign-ins: ${rows[0][1]}`);
  assert.ok(rows[1][1] >= 1, "the administrator's sign-ins: a password and an authenticator code");
  // Bars only for what happened, each as long as its count says.
  const bars = await chart.locator("svg rect.chart-bar").evaluateAll((rs) => rs.map((r) => [Number(r.dataset.value), r.getBoundingClientRect().width]));
  assert.deepEqual(bars.map((b) => b[0]), rows.map((r) => r[1]).filter((n) => n > 0));
  // Measured against the longest bar (drawn in whole units: within one of exact).
  const [most, widest] = bars.reduce((a, b) => (b[0] > a[0] ? b : a));
  for (const [v, w] of bars) assert.ok(Math.abs(w - (v * widest) / most) <= 2.5, `a bar of ${v} is ${w.toFixed(1)} px, not ${((v * widest) / most).toFixed(1)}`);

  // The share proven with a passkey, as a sentence: none of these were.
  const total = rows.reduce((sum, r) => sum + r[1], 0);
  const resistant = count(insights, "passkey") + count(insights, "password_and_passkey");
  const share = Math.floor((resistant * 100) / total);
  assert.equal(await chart.locator("#chart-sign-ins-note").innerText(),
    `${share}% of the sign-ins were phishing-resistant (with a passkey): ${resistant} of ${total}.`);
  assert.match(await chart.locator("svg").getAttribute("aria-label"),
    new RegExp(`^Sign-ins over the last 7 days, by how they were proven: Password \\(${rows[0][1]}\\), `));
  await chart.scrollIntoViewIfNeeded();
  await shots(page, "63-console-reports-sign-ins");
  assert.deepEqual(errors, []);
  await context.close();
});

test("at phone width the console's navigation folds into one menu", async () => {
  const { page, context, errors } = await consoleAs("admin", DEMO.admin.password);
  await page.setViewportSize({ width: 390, height: 800 });
  const nav = () => page.evaluate(() => document.querySelector("nav.side").getBoundingClientRect().height);
  assert.ok((await nav()) < 80, `the folded navigation is one row (${await nav()} px)`);
  assert.equal(await page.getByRole("link", { name: "Reports", exact: true }).isVisible(), false);
  const menu = page.getByRole("button", { name: "Menu" });
  assert.equal(await menu.getAttribute("aria-expanded"), "false");
  await menu.click();
  assert.equal(await menu.getAttribute("aria-expanded"), "true");
  await page.getByRole("link", { name: "Reports", exact: true }).click();
  await page.getByRole("heading", { name: "Reports", level: 1 }).waitFor();
  assert.equal(await menu.getAttribute("aria-expanded"), "false", "following a link folds the menu again");
  assert.equal(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth), true, "no sideways scrolling");
  await page.setViewportSize({ width: 1280, height: 800 });
  assert.equal(await menu.isVisible(), false, "no menu button on a desktop");
  assert.equal(await page.getByRole("link", { name: "Users", exact: true }).isVisible(), true);
  assert.deepEqual(errors, []);
  await context.close();
});

test("the users table sorts by a heading, remembers its columns and page size, and disables then enables three users at once", async () => {
  const token = await tokenFor("admin", DEMO.admin.password);
  const made = [];
  for (const [username, display] of [["bulk.ana", "Ana Bulkwise"], ["bulk.ben", "Ben Bulkwise"], ["bulk.cy", "Cy Bulkwise"]]) {
    const created = await api("POST", "/v1/admin/users", {
      username, display_name: display, first_name: "", last_name: "", emails: [], phones: [], groups: [], roles: [], send_invitation: false,
    }, token);
    assert.equal(created.status, 201, JSON.stringify(created.body));
    made.push(created.body.id);
  }
  const enabled = async () => Promise.all(made.map(async (id) => (await api("GET", `/v1/admin/users/${id}`, null, token)).body.enabled));
  const names = (page) => page.$$eval("table.users tbody tr td:nth-child(2)", (cells) => cells.map((c) => c.textContent.trim()));
  const { page, context, errors } = await consoleAs("admin", DEMO.admin.password);

  for (const [width, action, want] of [[1280, "Disable", false], [390, "Enable", true]]) {
    await page.setViewportSize({ width, height: 900 });
    // A fresh load: the session comes back from its refresh cookie.
    await page.goto(stack.base + "/admin/users");
    await page.getByRole("heading", { name: "Users", level: 1 }).waitFor();
    await page.locator("table.users tbody tr").first().waitFor();

    // Sorting by name, both ways, is the server's order of the whole list.
    const byName = page.getByRole("button", { name: "Name", exact: true });
    await byName.click();
    await page.waitForFunction(() => document.querySelector("th[aria-sort=ascending]")?.textContent.includes("Name"));
    const up = await api("GET", "/v1/admin/users?sort=display_name&limit=50", null, token);
    await page.waitForFunction((first) => document.querySelector("table.users tbody tr td:nth-child(2)")?.textContent.trim() === first, up.body.users[0].display_name);
    assert.deepEqual(await names(page), up.body.users.map((u) => u.display_name));
    await byName.click();
    const down = await api("GET", "/v1/admin/users?sort=-display_name&limit=50", null, token);
    await page.waitForFunction((first) => document.querySelector("th[aria-sort=descending]") && document.querySelector("table.users tbody tr td:nth-child(2)")?.textContent.trim() === first, down.body.users[0].display_name);
    assert.deepEqual(await names(page), down.body.users.map((u) => u.display_name));
    if (width === 390) {
      assert.equal(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth), true, "no sideways scrolling at 390 px");
      await shots(page, "48-console-users-sorted");
    }

    // Three users found by a word of their names, ticked, and acted on together.
    await page.getByLabel("Find users").fill("bulkwise");
    await page.getByRole("button", { name: "Search", exact: true }).click();
    await page.waitForFunction(() => document.querySelectorAll("table.users tbody tr").length === 3);
    await page.getByLabel("Select every user on this page").check();
    await page.getByText("3 users selected").waitFor();
    if (action === "Disable") {
      await page.getByRole("button", { name: "Disable", exact: true }).click();
      await page.getByRole("button", { name: "Disable them" }).click();
    } else {
      await page.getByRole("button", { name: "Enable", exact: true }).click();
    }
    await page.locator(".bulk [role=status]", { hasText: "3 of 3 done" }).waitFor();
    assert.equal(await page.locator(".outcomes li").count(), 3);
    assert.equal(await page.locator(".outcomes li.bad").count(), 0, await page.textContent(".outcomes"));
    assert.deepEqual(await enabled(), [want, want, want]);
    if (width === 1280) await shots(page, "48-console-users-bulk");
    await page.getByLabel("Find users").fill("");
    await page.getByRole("button", { name: "Search", exact: true }).click();
  }

  // The page size and the hidden columns are remembered across a reload.
  await page.setViewportSize({ width: 1280, height: 900 });
  await page.getByLabel("Users a page").selectOption("25");
  await page.locator("summary", { hasText: "Columns" }).click();
  await page.getByLabel("Email", { exact: true }).uncheck();
  assert.equal(await page.locator("table.users th.col-email").count(), 0);
  await page.reload();
  await page.locator("table.users tbody tr").first().waitFor();
  assert.equal(await page.getByLabel("Users a page").inputValue(), "25");
  assert.equal(await page.locator("table.users th.col-email").count(), 0, "the hidden column stays hidden");
  assert.ok((await page.locator("table.users th", { hasText: "Groups" }).count()) === 1);
  assert.deepEqual(errors, []);
  await context.close();
});

test("an administrator creates an API client, the integration gets a token with its secret, and revoking it on the screen stops both", async () => {
  const { page, context, errors } = await consoleAs("admin", DEMO.admin.password, "/admin/clients");
  await page.getByRole("heading", { name: "API clients", level: 1 }).waitFor();
  await page.getByLabel("Name", { exact: true }).fill("HR sync");
  // Nothing chosen: said next to the choices, nothing made.
  await page.getByRole("button", { name: "Create client" }).click();
  await page.getByText("Choose at least one thing the client may do.").waitFor();
  await page.getByLabel("Read users and groups").check();
  await page.getByRole("button", { name: "Create client" }).click();
  const secretShown = page.locator("#client-secret");
  await secretShown.waitFor();
  const id = (await page.textContent("#client-id")).trim();
  const secret = (await secretShown.textContent()).trim();
  assert.match(secret, /^lkcs_[0-9a-f]{64}$/);
  assert.equal(await page.locator("#provisioning-token").count(), 0, "no provisioning token without a SCIM scope");
  await shots(page, "49-console-api-client-secret");

  // The integration's side: client credentials for a token, the token for a read.
  const grant = async () => fetch(`${stack.base}/v1/oauth/token`, {
    method: "POST",
    headers: { "content-type": "application/x-www-form-urlencoded", authorization: `Basic ${Buffer.from(`${id}:${secret}`).toString("base64")}` },
    body: "grant_type=client_credentials",
  });
  const granted = await grant();
  assert.equal(granted.status, 200);
  const { access_token, scope } = await granted.json();
  assert.equal(scope, "users:read");
  assert.equal((await api("GET", "/v1/admin/users?limit=1", null, access_token)).status, 200);

  // Dismissed, the secret is gone from the page; the table shows the client and its use.
  await page.getByRole("button", { name: "I have stored the secret" }).click();
  await secretShown.waitFor({ state: "detached" });
  assert.equal((await page.content()).includes(secret), false);
  const row = page.locator("table.clients tbody tr", { hasText: "HR sync" });
  await row.waitFor();
  assert.match(await row.textContent(), /Read users and groups/);

  // At phone width nothing scrolls sideways.
  await page.setViewportSize({ width: 390, height: 800 });
  assert.equal(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth), true);
  await page.setViewportSize({ width: 1280, height: 800 });

  await row.getByRole("button", { name: "Revoke", exact: true }).click();
  await row.getByRole("button", { name: "Revoke the client" }).click();
  await page.locator("[role=status]", { hasText: "Client revoked" }).waitFor();
  assert.equal((await grant()).status, 401, "the secret no longer gets a token");
  assert.equal((await api("GET", "/v1/admin/users?limit=1", null, access_token)).status, 401, "the token it held stopped");
  assert.deepEqual(errors, []);
  await context.close();
});

test("a client that provisions over SCIM is shown its provisioning token and the SCIM base URL, and the token works on /scim/v2 only", async () => {
  const { page, context, errors } = await consoleAs("admin", DEMO.admin.password, "/admin/clients");
  await page.getByRole("heading", { name: "API clients", level: 1 }).waitFor();
  await page.getByLabel("Name", { exact: true }).fill("Entra provisioning");
  await page.getByLabel(/^Provision users over SCIM: create/).check();
  await page.getByRole("button", { name: "Create client" }).click();
  const tokenShown = page.locator("#provisioning-token");
  await tokenShown.waitFor();
  const token = (await tokenShown.innerText()).trim();
  const secret = (await page.locator("#client-secret").innerText()).trim();
  assert.ok(token.endsWith(secret), "the token is made from the secret shown beside it");
  assert.equal((await page.locator("#scim-base-url").innerText()).trim(), `${stack.base}/scim/v2`);
  await page.locator("#provisioning-token-use", { hasText: "Microsoft Entra ID" }).waitFor();
  await page.locator("#provisioning-token-use", { hasText: "Okta" }).waitFor();
  await shots(page, "49-console-api-client-provisioning-token");

  // The identity provider's side: the token as its bearer token, on /scim/v2 and nowhere else.
  const scim = () => fetch(`${stack.base}/scim/v2/Users?count=1`, { headers: { authorization: `Bearer ${token}` } });
  assert.equal((await scim()).status, 200);
  assert.equal((await api("GET", "/v1/admin/users?limit=1", null, token)).status, 401, "not a token for the REST API");

  await page.getByRole("button", { name: "I have stored the secret" }).click();
  await tokenShown.waitFor({ state: "detached" });
  const row = page.locator("table.clients tbody tr", { hasText: "Entra provisioning" });
  await row.getByRole("button", { name: "Revoke", exact: true }).click();
  await row.getByRole("button", { name: "Revoke the client" }).click();
  await page.locator("[role=status]", { hasText: "Client revoked" }).waitFor();
  assert.equal((await scim()).status, 401, "revoking the client stops its provisioning token");
  assert.deepEqual(errors, []);
  await context.close();
});

test("an operator's own account: roles in words, password age, sign-in methods, and the way to change them", async () => {
  const { page, context, errors } = await consoleAs("admin", DEMO.admin.password, "/admin/users");
  await page.getByRole("link", { name: "Ada Admin" }).click();
  await page.getByRole("heading", { name: "Your account", level: 1 }).waitFor();
  const facts = await page.textContent("dl.facts");
  assert.match(facts, /admin/);
  assert.match(facts, /Administrator/);
  await page.locator("ul.methods li", { hasText: "Authenticator app" }).waitFor();
  assert.equal(await page.getByText("You have no authenticator app").count(), 0);
  assert.match(await page.textContent("section.card"), /Change the organisation's settings and API clients/);
  assert.equal(await page.getByRole("link", { name: "Change your password" }).getAttribute("href"), "/change");
  await shots(page, "49-console-own-account");
  assert.deepEqual(errors, []);
  await context.close();
});

test("leaving a screen with unsaved changes asks first; after a save it does not", async () => {
  const { page, context, errors } = await consoleAs("admin", DEMO.admin.password, "/admin/branding");
  await page.getByRole("heading", { name: "Branding and limits", level: 1 }).waitFor();
  const name = page.getByLabel("Organisation name");
  await page.waitForFunction(() => document.querySelector("#company-name")?.value !== "");
  const before = await name.inputValue();
  await name.fill(`${before} Ltd`);
  let asked = null;
  page.once("dialog", (d) => { asked = d.message(); d.dismiss(); });
  await page.getByRole("link", { name: "Users", exact: true }).click();
  await page.waitForFunction(() => true);
  assert.match(asked ?? "", /not saved/);
  assert.equal(new URL(page.url()).pathname, "/admin/branding", "staying was the choice");
  assert.equal(await name.inputValue(), `${before} Ltd`, "the typing is still there");

  // Put back and saved: no question any more.
  await name.fill(before);
  await page.getByRole("button", { name: "Save branding" }).click();
  await page.locator("[role=status]", { hasText: /saved/i }).first().waitFor();
  asked = null;
  page.once("dialog", (d) => { asked = d.message(); d.accept(); });
  await page.getByRole("link", { name: "Users", exact: true }).click();
  await page.getByRole("heading", { name: "Users", level: 1 }).waitFor();
  assert.equal(asked, null);
  assert.deepEqual(errors, []);
  await context.close();
});
