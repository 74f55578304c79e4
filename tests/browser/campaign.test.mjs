// A registration campaign from both sides: the dev server runs the scheduled
// work every two seconds here (LATCHKEY_SCHEDULE_SECONDS). The demo users
// count as registered only through their directory contacts, so the policy
// stops counting those (and stops requiring registration itself, which a
// campaign's "later" is for). The administrator starts a campaign in the
// console (all users, one "later", no days between, invitations on) and sees
// its progress drawn once a pass has counted it; the invitation's link takes
// alex through the sign-in straight to registration; megan is asked "now or
// later?", puts it off once, and at her next sign-in must register; the
// administrator ends the campaign.

import assert from "node:assert/strict";
import { after, before, test } from "node:test";
import { DEMO, adminToken, call, expectVisible, openPage, outbox, shots, signIn, startStack } from "./support.mjs";

let stack;
// The scheduled work every 2 s, so a pass has run by the time a test looks.
before(async () => {
  stack = await startStack({ LATCHKEY_SCHEDULE_SECONDS: "2" });
});
after(async () => {
  await stack?.stop();
});

/// Reloads `page` until `locator` shows (the scheduled pass has counted),
/// for up to `seconds`.
async function reloadUntil(page, locator, seconds) {
  const until = Date.now() + seconds * 1000;
  for (;;) {
    await page.reload();
    await page.waitForSelector("html[data-ready=true]");
    await page.locator("#campaign-rules").waitFor();
    if (await locator.count()) return;
    if (Date.now() > until) throw new Error(`not shown after ${seconds} s; the server said:\n${stack.log().slice(-2000)}`);
    await new Promise((r) => setTimeout(r, 1000));
  }
}

test("an administrator runs a registration campaign: invited, nudged, put off once, then required", async () => {
  // Contacts from the directory no longer count as methods, and the policy
  // itself does not send anyone to registration: only the campaign asks.
  const token = await adminToken(stack);
  const policy = await call(stack, "GET", "/v1/admin/policy", null, token);
  assert.equal(policy.status, 200);
  const rules = { ...policy.body, directory_contacts_count: false, require_registration: false };
  const saved = await call(stack, "PUT", "/v1/admin/policy", { policy: rules, accept_impact: true }, token);
  assert.equal(saved.status, 200, JSON.stringify(saved.body));

  // (a) The administrator starts the campaign through the console's form.
  const admin = await openPage(stack, "/admin/");
  const console_ = admin.page;
  await signIn(console_, "admin", DEMO.admin.password, DEMO.admin.authenticatorKey);
  await console_.locator("#sign-out").waitFor();
  await console_.getByRole("link", { name: "Registration campaign" }).click();
  await expectVisible(console_, stack, console_.getByRole("heading", { name: "Registration campaign", level: 1 }));
  await console_.getByRole("heading", { name: "No campaign is running" }).waitFor();
  await console_.getByLabel("Who it is for").selectOption("all");
  await console_.getByLabel("“Later” allowed (times)").fill("1");
  await console_.getByLabel("Days between").fill("0");
  assert.ok(await console_.getByLabel("Email an invitation to users who have not registered").isChecked());
  await shots(console_, "campaign-01-form");
  await console_.getByRole("button", { name: "Start the campaign" }).click();
  await expectVisible(console_, stack, console_.locator("[role=status], [role=alert]", { hasText: "Campaign started" }));
  const facts = (await console_.locator("#campaign-rules").innerText()).replace(/\s+/g, " ");
  assert.match(facts, /All users/);
  assert.match(facts, /1 time\b/);
  assert.match(facts, /None: asked again at the next sign-in/);
  assert.match(facts, /Sent to users who have not registered/);

  // The progress is drawn once a scheduled pass has counted it.
  const chart = console_.locator("#campaign-chart svg[role=img]");
  await reloadUntil(console_, chart, 60);
  const summary = await chart.getAttribute("aria-label");
  assert.match(summary, /^Of \d+ targeted users, \d+ registered, 0 put it off, 0 must register at their next sign-in and \d+ not reached yet\.$/);
  await console_.locator("#campaign-counted-at").waitFor();
  await shots(console_, "campaign-02-progress");

  // The invitation: to alex, with the portal's registration link.
  let invitation;
  for (let i = 0; i < 150 && !invitation; i++) {
    invitation = (await outbox(stack.emulator)).find((m) => m.to === DEMO.alex.email && m.body.includes("/register"));
    if (!invitation) await new Promise((r) => setTimeout(r, 200));
  }
  assert.ok(invitation, `an invitation reached alex; the server said:\n${stack.log().slice(-2000)}`);
  const link = new URL(invitation.body.match(/https?:\/\/[^\s]+\/register/)[0]);
  assert.equal(link.origin, new URL(stack.base).origin, "the link is the portal's own");

  // (b) alex follows it: the sign-in form, then registration itself (no "later?").
  {
    const { page, context, errors } = await openPage(stack, link.pathname);
    await expectVisible(page, stack, page.getByRole("heading", { name: "Sign in", exact: true }));
    assert.equal(new URL(page.url()).pathname, "/register");
    await signIn(page, "alex", DEMO.alex.password);
    await expectVisible(page, stack, page.getByRole("heading", { name: "Set up password reset" }));
    await page.locator("#registration-status").waitFor();
    assert.equal(new URL(page.url()).pathname, "/register");
    await shots(page, "campaign-03-invited-register");
    assert.deepEqual(errors, []);
    await context.close();
  }

  // (c) megan signs in: asked now or later; "Later" leads to her account.
  {
    const { page, context, errors } = await openPage(stack, "/");
    await signIn(page, "megan", DEMO.megan.password);
    await expectVisible(page, stack, page.getByRole("heading", { name: "Set up password reset" }));
    assert.equal(new URL(page.url()).pathname, "/setup");
    const said = page.locator("#nudge-later-means");
    await said.filter({ hasText: "This is the last time you can put it off." }).waitFor();
    assert.match(await said.innerText(), /we'll ask again at your next sign-in/);
    await shots(page, "campaign-04-nudge");
    const snoozed = page.waitForResponse((r) => r.url().endsWith("/v1/me/registration/snooze"));
    await page.getByRole("button", { name: "Later" }).click();
    assert.equal((await snoozed).status(), 200);
    await expectVisible(page, stack, page.getByRole("heading", { name: "Your account" }));
    await page.locator("[role=alert]", { hasText: "Put off for now" }).waitFor();
    await shots(page, "campaign-05-put-off");

    // No "later" left, none of it to wait out: registration comes first now.
    await page.getByRole("button", { name: "Sign out" }).click();
    await page.getByRole("heading", { name: "Sign in", exact: true }).waitFor();
    await signIn(page, "megan", DEMO.megan.password);
    await expectVisible(page, stack, page.getByRole("heading", { name: "Set up password reset" }));
    assert.equal(new URL(page.url()).pathname, "/register");
    await page.locator("#registration-status").waitFor();
    assert.deepEqual(errors, []);
    await context.close();
  }

  // The next count has megan as required.
  await reloadUntil(console_, console_.locator('#campaign-chart svg[aria-label*="1 must register"]'), 60);
  await shots(console_, "campaign-06-required");

  // Changing the campaign starts it afresh: asked first, and left as it was here.
  await console_.getByRole("button", { name: "Change" }).click();
  await console_.getByRole("button", { name: "Save" }).click();
  await console_.getByRole("button", { name: "Yes, start afresh" }).waitFor();
  await shots(console_, "campaign-07-restart-asks");
  await console_.getByRole("button", { name: "Cancel" }).first().click();
  await console_.getByRole("button", { name: "Save" }).waitFor();

  // (d) The administrator ends it, after a confirmation.
  await console_.reload();
  await console_.waitForSelector("html[data-ready=true]");
  await console_.getByRole("button", { name: "End campaign" }).click();
  await console_.getByRole("button", { name: "Yes, end it" }).click();
  await expectVisible(console_, stack, console_.locator("[role=status], [role=alert]", { hasText: "Campaign ended" }));
  await console_.getByRole("heading", { name: "No campaign is running" }).waitFor();
  const overview = await call(stack, "GET", "/v1/admin/campaigns", null, token);
  assert.equal(overview.status, 200);
  assert.equal(overview.body.current, null);
  await shots(console_, "campaign-08-ended");
  assert.deepEqual(admin.errors, []);
  await admin.context.close();
});
