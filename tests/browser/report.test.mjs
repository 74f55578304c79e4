// "This wasn't me": every security notice ends with a link that locks the
// account down. The link's token travels after `#` and leaves the address bar
// at once; the page asks before it acts; a used or forged link gets one
// answer; an administrator lifts the lockdown in the console. And the same
// from the account page's recent activity, which ends every session.

import assert from "node:assert/strict";
import { after, before, test } from "node:test";
import { DEMO, call, expectVisible, openPage, outbox, shots, signIn, startStack } from "./support.mjs";

let stack;
before(async () => {
  stack = await startStack();
});
after(async () => {
  await stack?.stop();
});

const api = (method, path, body, token) => call(stack, method, path, body, token);

/// The report link in the newest message to `to` that has one, waiting up to 15 s for it.
async function reportLink(to) {
  for (let i = 0; i < 75; i++) {
    const found = (await outbox(stack.emulator))
      .filter((m) => m.to === to)
      .map((m) => m.body.match(/https?:\/\/\S+\/report#[^\s<>"]+/))
      .filter(Boolean)
      .at(-1);
    if (found) return new URL(found[0]);
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`no report link reached ${to}; the server said:\n${stack.log().slice(-2000)}`);
}

/// Opens `url` in `page` and waits for the app.
async function visit(page, url) {
  await page.goto(url);
  await page.waitForSelector("html[data-ready=true]");
}

test("a security notice's link locks the account down after asking; used and forged links get one page; an administrator lifts it", async () => {
  const signedIn = await api("POST", "/v1/sessions", { username: "megan", password: DEMO.megan.password });
  assert.equal(signedIn.status, 201, JSON.stringify(signedIn.body));
  const fresh = "saffron-glacier-otter-35";
  const changed = await api(
    "POST",
    "/v1/password/change",
    { current_password: DEMO.megan.password, new_password: fresh },
    signedIn.body.token,
  );
  assert.equal(changed.status, 204, JSON.stringify(changed.body));

  // The "password changed" notice ends with the report link: the portal's own, its token after `#`.
  const link = await reportLink(DEMO.megan.email);
  assert.equal(link.origin, new URL(stack.base).origin, "the link is the portal's own");
  assert.equal(link.pathname, "/report");
  const token = link.hash.slice(1);
  assert.ok(token.length > 20, `a token: ${link.hash}`);

  const { page, context, errors } = await openPage(stack, "/");
  const addresses = [];
  page.on("request", (r) => addresses.push(r.url()));

  // Opened: it asks first, and the token has left the address bar at once.
  await visit(page, link.href);
  await expectVisible(page, stack, page.getByRole("heading", { name: "Lock down your account?", level: 1 }));
  assert.equal(page.url(), `${stack.base}/report`, "the token is out of the address bar");
  assert.equal(await page.evaluate(() => location.hash), "");
  await shots(page, "report-01-confirm");

  // Cancel does nothing: the portal's start, and she still signs in.
  await page.getByRole("link", { name: "Cancel" }).click();
  await expectVisible(page, stack, page.getByRole("heading", { name: "Sign in", level: 1 }));
  const stillIn = await api("POST", "/v1/sessions", { username: "megan", password: fresh });
  assert.equal(stillIn.status, 201, `cancel locked nothing: ${JSON.stringify(stillIn.body)}`);

  // Opened again and confirmed: locked down.
  const reported = page.waitForResponse((r) => r.url().endsWith("/v1/report"));
  await visit(page, link.href);
  await page.getByRole("button", { name: "Lock down my account" }).click();
  assert.equal((await reported).status(), 204);
  await expectVisible(page, stack, page.getByRole("heading", { name: "Your account is locked down", level: 1 }));
  assert.match(await page.locator("main").innerText(), /contact your help desk/i);
  await shots(page, "report-02-locked-down");

  // The right password now gets its own answer, in the API and on the sign-in page.
  const refused = await api("POST", "/v1/sessions", { username: "megan", password: fresh });
  assert.equal(refused.status, 403, JSON.stringify(refused.body));
  assert.equal(refused.body.code, "account_locked_down");
  await visit(page, `${stack.base}/`);
  await signIn(page, "megan", fresh);
  await expectVisible(
    page,
    stack,
    page.locator("[role=alert]", { hasText: "Your account is locked down because you reported something you didn't do." }),
  );
  await shots(page, "report-03-sign-in-locked-down");

  // The same link again: it cannot be used, and says nothing of the account.
  await visit(page, link.href);
  await page.getByRole("button", { name: "Lock down my account" }).click();
  await expectVisible(page, stack, page.getByRole("heading", { name: "This link can't be used", level: 1 }));
  const used = await page.locator("main").innerText();
  assert.match(used, /used already, run out after 7 days, or be incomplete/);
  assert.ok(!used.includes("megan") && !used.includes("Megan"), "nothing about the account");
  await shots(page, "report-04-link-used");

  // A forged token (one character changed): the same page.
  const last = token.at(-1);
  const forged = `${link.origin}/report#${token.slice(0, -1)}${last === "0" ? "1" : "0"}`;
  await visit(page, forged);
  await page.getByRole("button", { name: "Lock down my account" }).click();
  await expectVisible(page, stack, page.getByRole("heading", { name: "This link can't be used", level: 1 }));
  // No token at all: the same page, without asking.
  await visit(page, `${stack.base}/report`);
  await expectVisible(page, stack, page.getByRole("heading", { name: "This link can't be used", level: 1 }));
  // Only the report's body carries the token: no request's address does.
  assert.deepEqual(addresses.filter((a) => new URL(a).pathname.includes(token.slice(-12)) || new URL(a).search.includes(token.slice(-12))), []);
  assert.deepEqual(errors, []);
  await context.close();

  // The console: the administrator sees the report and lifts it.
  const admin = await openPage(stack, "/admin/users");
  const console_ = admin.page;
  await console_.getByRole("heading", { name: "Sign in to the admin console" }).waitFor();
  await signIn(console_, "admin", DEMO.admin.password, DEMO.admin.authenticatorKey);
  await console_.locator("#sign-out").waitFor();
  await console_.getByLabel("Find users").fill("megan");
  await console_.getByRole("button", { name: "Search", exact: true }).click();
  await console_.getByRole("link", { name: "Megan Bowen" }).click();
  await console_.getByRole("heading", { name: "Megan Bowen", level: 1 }).waitFor();
  const banner = console_.locator("#lockdown");
  await expectVisible(console_, stack, banner.getByRole("heading", { name: "Reported by the owner" }));
  const said = await banner.innerText();
  assert.match(said, /from a security notice's link/);
  assert.match(said, /Check who they are before helping/);
  await console_.locator("#locked-down-badge").waitFor();
  await shots(console_, "report-05-console-reported");
  await banner.getByRole("button", { name: "Lift lockdown" }).click();
  const lifted = console_.waitForResponse((r) => r.url().endsWith("/lockdown") && r.request().method() === "DELETE");
  await banner.getByRole("button", { name: "Yes, lift it" }).click();
  assert.equal((await lifted).status(), 204);
  await console_.locator("[role=status]", { hasText: "The lockdown is lifted" }).waitFor();
  await console_.locator("#lockdown").waitFor({ state: "detached" });
  await console_.locator("#locked-down-badge").waitFor({ state: "detached" });
  await shots(console_, "report-06-console-lifted");
  assert.deepEqual(admin.errors, []);
  await admin.context.close();

  const again = await api("POST", "/v1/sessions", { username: "megan", password: fresh });
  assert.equal(again.status, 201, `signs in again: ${JSON.stringify(again.body)}`);
});

test("\"This wasn't me\" beside a recent event locks the account down and ends every session, the other tab's too", async () => {
  const { page, context, errors } = await openPage(stack, "/");
  await signIn(page, "adele", DEMO.adele.password);
  await expectVisible(page, stack, page.getByRole("heading", { name: "Your account", level: 1 }));
  // A second tab of the same browser: signed in too, from the refresh cookie.
  const second = await context.newPage();
  await visit(second, `${stack.base}/account`);
  await second.getByRole("heading", { name: "Your account", level: 1 }).waitFor();

  const first = page.locator("#account-activity li").first();
  await expectVisible(page, stack, first);
  await first.getByRole("button", { name: "This wasn't me" }).click();
  // It asks in place, with the confirmation's own words.
  await first.getByText("Lock down your account?").waitFor();
  await shots(page, "report-07-activity-confirm");
  // Cancel asks nothing more.
  await first.getByRole("button", { name: "Cancel" }).click();
  await first.getByRole("button", { name: "This wasn't me" }).waitFor();

  await first.getByRole("button", { name: "This wasn't me" }).click();
  const reported = page.waitForResponse((r) => r.url().endsWith("/v1/me/report"));
  await first.getByRole("button", { name: "Lock down my account" }).click();
  assert.equal((await reported).status(), 204);
  await expectVisible(page, stack, page.getByRole("heading", { name: "Your account is locked down", level: 1 }));
  assert.equal(new URL(page.url()).pathname, "/report");
  await shots(page, "report-08-activity-locked-down");

  // The other tab's session is gone: a reload asks for a sign-in.
  await second.reload();
  await second.waitForSelector("html[data-ready=true]");
  await second.getByRole("heading", { name: "Sign in first", level: 1 }).waitFor();
  const refused = await api("POST", "/v1/sessions", { username: "adele", password: DEMO.adele.password });
  assert.equal(refused.status, 403, JSON.stringify(refused.body));
  assert.equal(refused.body.code, "account_locked_down");
  assert.deepEqual(errors, []);
  await context.close();
});
