// The scheduled work seen from outside: the dev server runs it every two
// seconds here (LATCHKEY_SCHEDULE_SECONDS), an administrator makes passwords
// expire after a day with a reminder the day before, and the reminder's link
// opens the portal's change page — signed out first, then, after signing
// in, the change page itself.

import assert from "node:assert/strict";
import { after, before, test } from "node:test";
import { DEMO, adminToken, call, expectVisible, outbox, signIn, startStack } from "./support.mjs";

let stack;
// The scheduled work every 2 s, so a pass has run by the time a test looks.
before(async () => {
  stack = await startStack({ LATCHKEY_SCHEDULE_SECONDS: "2" });
});
after(async () => {
  await stack?.stop();
});

test("an expiry reminder's link opens the change page, signed out and then signed in", async () => {
  const token = await adminToken(stack);
  const policy = await call(stack, "GET", "/v1/admin/password-policy", null, token);
  assert.equal(policy.status, 200);
  const rules = { ...policy.body, max_age_days: 1, expiry_reminder_days: [1] };
  const saved = await call(stack, "PUT", "/v1/admin/password-policy", { policy: rules, accept_impact: true }, token);
  assert.equal(saved.status, 200, JSON.stringify(saved.body));

  // The next scheduled run reminds adele: her password now runs out within a day.
  let reminder;
  for (let i = 0; i < 150 && !reminder; i++) {
    const mail = await outbox(stack.emulator);
    reminder = mail.find((m) => m.to === DEMO.adele.email && /expires/.test(m.body) && m.body.includes("/change"));
    if (!reminder) await new Promise((r) => setTimeout(r, 200));
  }
  assert.ok(reminder, `a reminder reached adele; the server said:\n${stack.log().slice(-2000)}`);
  const link = new URL(reminder.body.match(/https?:\/\/[^\s]+\/change/)[0]);
  assert.equal(link.origin, new URL(stack.base).origin, "the link is the portal's own");
  const again = (await outbox(stack.emulator)).filter((m) => m.to === DEMO.adele.email && /expires/.test(m.body));
  await new Promise((r) => setTimeout(r, 4500));
  const later = (await outbox(stack.emulator)).filter((m) => m.to === DEMO.adele.email && /expires/.test(m.body));
  assert.equal(later.length, again.length, "later runs send nothing twice");

  const context = await stack.browser.newContext();
  try {
    const page = await context.newPage();
    await page.goto(link.href);
    await page.waitForSelector("html[data-ready=true]");
    // Signed out: the page says so and leads to the sign-in form, then back here.
    await expectVisible(page, stack, page.getByRole("heading", { name: "Sign in first" }));
    await page.getByRole("link", { name: "Sign in", exact: true }).click();
    await signIn(page, "adele", DEMO.adele.password);
    await expectVisible(page, stack, page.getByRole("heading", { name: "Change your password" }));
    assert.equal(new URL(page.url()).pathname, "/change");
  } finally {
    await context.close();
  }
});
