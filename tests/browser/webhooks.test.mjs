// Webhooks in the admin console, against a fresh stack and a receiver on
// this machine (the local stack lets endpoints be http:// and loopback): an
// administrator subscribes the receiver, sees the signing secret once, pauses
// and resumes, rotates, reads the delivery log of an event they caused, sends
// one again, edits and deletes. What the receiver got is checked as a
// Standard Webhooks library would check it: each signature recomputed from
// the secret the console showed.

import assert from "node:assert/strict";
import { createHmac } from "node:crypto";
import { createServer } from "node:http";
import { after, before, test } from "node:test";
import { DEMO, adminToken, call, expectVisible, openPage, shots, signIn, startStack } from "./support.mjs";

let stack;
let receiver;
/// Every request the receiver got, oldest first.
const received = [];

before(async () => {
  stack = await startStack();
  receiver = createServer((request, response) => {
    let body = "";
    request.on("data", (d) => (body += d));
    request.on("end", () => {
      received.push({ method: request.method, path: request.url, headers: request.headers, body });
      response.writeHead(204).end();
    });
  });
  await new Promise((ok) => receiver.listen(0, "127.0.0.1", ok));
});
after(async () => {
  receiver?.close();
  await stack?.stop();
});

const api = async (method, path, body) => call(stack, method, path, body, await adminToken(stack));

/// The `v1,…` signature Standard Webhooks makes of a delivery with `secret` (`whsec_` and base64).
function sign(secret, headers, body) {
  const key = Buffer.from(secret.replace(/^whsec_/, ""), "base64");
  const content = `${headers["webhook-id"]}.${headers["webhook-timestamp"]}.${body}`;
  return `v1,${createHmac("sha256", key).update(content).digest("base64")}`;
}

/// Waits up to 30 s for the receiver to have got more than `count` requests; the newest.
async function nextDelivery(count) {
  for (let i = 0; i < 300 && received.length <= count; i++) await new Promise((r) => setTimeout(r, 100));
  assert.ok(received.length > count, `the receiver got nothing after request #${count}:\n${stack.log().slice(-3000)}`);
  return received[received.length - 1];
}

/// A user made through the API by the administrator: the event the webhook carries.
async function createUser(username) {
  const created = await api("POST", "/v1/admin/users", { username, display_name: `Hook ${username}`, send_invitation: false });
  assert.equal(created.status, 201, JSON.stringify(created.body));
}

/// Presses Refresh until the delivery log has `count` rows in `state` (the
/// sender works in the background, so the first look may be too early).
async function deliveriesShown(page, state, count) {
  const rows = page.locator(`table.deliveries tbody tr[data-state=${state}]`);
  for (let i = 0; i < 30; i++) {
    if ((await rows.count()) >= count) return rows;
    await page.getByRole("button", { name: "Refresh" }).click();
    await page.locator("#refresh-deliveries:not([disabled])").waitFor();
    await new Promise((r) => setTimeout(r, 1000));
  }
  assert.fail(`the delivery log never showed ${count} ${state} deliveries:\n${await page.locator("section.delivery-log").innerText()}`);
}

test("an administrator subscribes a receiver, keeps the secret shown once, pauses, resumes, rotates, reads and redelivers, edits and deletes", async () => {
  const { page, context, errors } = await openPage(stack, "/admin/webhooks");
  await context.grantPermissions(["clipboard-read", "clipboard-write"], { origin: stack.base });
  await page.getByRole("heading", { name: "Sign in to the admin console" }).waitFor();
  await signIn(page, "admin", DEMO.admin.password, DEMO.admin.authenticatorKey);
  await page.getByRole("heading", { name: "Webhooks", level: 1 }).waitFor();
  await page.locator("#webhooks-none", { hasText: "No webhook yet" }).waitFor();
  assert.equal(await page.getByRole("link", { name: "Webhooks" }).getAttribute("aria-current"), "page", "in the menu, beside API clients");

  // Nothing ticked: said next to the choices, nothing made. Then an address
  // the server refuses: its own words, next to the field.
  const url = `http://127.0.0.1:${receiver.address().port}/hooks/latchkey`;
  await page.getByLabel("Endpoint URL").fill("ftp://example.com/hooks");
  await page.getByRole("button", { name: "Create webhook" }).click();
  await page.locator("#webhook-events-error", { hasText: "Tick at least one event" }).waitFor();
  await page.getByLabel("user_created", { exact: true }).check();
  await page.getByRole("button", { name: "Create webhook" }).click();
  await expectVisible(page, stack, page.locator("#webhook-url-error:not(:empty)"));
  assert.equal((await api("GET", "/v1/admin/webhooks")).body.webhooks.length, 0, "nothing was made");

  await page.getByLabel("Endpoint URL").fill(url);
  await page.getByLabel("Description").fill("Audit mirror");
  await page.getByRole("button", { name: "Create webhook" }).click();
  const secretShown = page.locator("#webhook-secret");
  await expectVisible(page, stack, secretShown);
  const secret = (await secretShown.innerText()).trim();
  assert.match(secret, /^whsec_[A-Za-z0-9+/]+=*$/);
  await page.getByText("Standard Webhooks libraries").waitFor();
  await page.getByRole("button", { name: "Copy the secret" }).click();
  await page.locator("#copy-webhook-secret-state", { hasText: "Copied to the clipboard." }).waitFor();
  assert.equal(await page.evaluate(() => navigator.clipboard.readText()), secret);
  await shots(page, "62-console-webhook-secret");
  await page.getByRole("button", { name: "I have stored the secret" }).click();
  await secretShown.waitFor({ state: "detached" });
  assert.equal((await page.content()).includes(secret), false, "the secret is gone from the page");

  // Listed: the address, what it sends, and its state.
  const row = page.locator("table.webhooks tbody tr", { hasText: url });
  await row.locator(".badge", { hasText: "Active" }).waitFor();
  assert.match(await row.innerText(), /Audit mirror/);
  assert.match(await row.innerText(), /user_created/);
  const [listed] = (await api("GET", "/v1/admin/webhooks")).body.webhooks;
  assert.deepEqual(listed.events, ["user_created"]);

  // An event the administrator causes reaches the receiver, signed with the secret shown.
  await createUser("hook.first");
  const first = await nextDelivery(0);
  assert.equal(first.method, "POST");
  assert.equal(first.path, "/hooks/latchkey");
  assert.equal(JSON.parse(first.body).type, "user_created");
  assert.ok(first.headers["webhook-signature"].split(" ").includes(sign(secret, first.headers, first.body)), "signed with the secret shown");

  // Its delivery log: the delivery, delivered.
  await row.getByRole("button", { name: `Open ${url}` }).click();
  await page.getByRole("heading", { name: url, level: 2 }).waitFor();
  assert.equal(new URL(page.url()).pathname, `/admin/webhooks/${listed.id}`, "the open webhook is in the address");
  const delivered = await deliveriesShown(page, "delivered", 1);
  assert.match(await delivered.first().innerText(), /user_created/);
  await page.locator("#delivery-chart", { hasText: "Deliveries on this page: 1" }).waitFor();
  await shots(page, "63-console-webhook-deliveries");

  // Paused and resumed: the state says so, here and in the API.
  await page.getByRole("button", { name: "Pause", exact: true }).click();
  await page.locator("[role=status]", { hasText: "Webhook paused" }).waitFor();
  await page.locator("#webhook-state .badge", { hasText: "Paused" }).waitFor();
  await row.locator(".badge", { hasText: "Paused" }).waitFor();
  assert.equal((await api("GET", "/v1/admin/webhooks")).body.webhooks[0].state, "paused");
  await page.getByRole("button", { name: "Resume", exact: true }).click();
  await page.locator("[role=status]", { hasText: "Webhook resumed" }).waitFor();
  await page.locator("#webhook-state .badge", { hasText: "Active" }).waitFor();
  assert.equal((await api("GET", "/v1/admin/webhooks")).body.webhooks[0].state, "active");

  // Rotated: a new secret, shown once; the previous one signs beside it for a while.
  await page.getByRole("button", { name: "Rotate secret" }).click();
  await page.getByRole("button", { name: "Make a new secret" }).click();
  await expectVisible(page, stack, secretShown);
  const rotated = (await secretShown.innerText()).trim();
  assert.notEqual(rotated, secret);
  await page.locator("#webhook-previous-secret", { hasText: "keeps signing beside this one" }).waitFor();
  await page.getByRole("button", { name: "I have stored the secret" }).click();
  await page.locator("#webhook-secret-made", { hasText: "the previous one signs beside it until" }).waitFor();
  const before = received.length;
  await createUser("hook.second");
  const second = await nextDelivery(before);
  const signatures = second.headers["webhook-signature"].split(" ");
  assert.ok(signatures.includes(sign(rotated, second.headers, second.body)), "signed with the new secret");
  assert.ok(signatures.includes(sign(secret, second.headers, second.body)), "and, during the overlap, the previous one");

  // Sent again from the log: the same webhook-id, so the receiver can tell a repeat.
  const rows = await deliveriesShown(page, "delivered", 2);
  const again = received.length;
  await rows.first().getByRole("button", { name: "Redeliver" }).click();
  await page.locator("[role=status]", { hasText: "Queued again" }).waitFor();
  const repeat = await nextDelivery(again);
  assert.equal(repeat.headers["webhook-id"], second.headers["webhook-id"]);

  // Edited to every event.
  await page.getByRole("button", { name: "Edit", exact: true }).click();
  await page.getByRole("heading", { name: "Edit the webhook" }).waitFor();
  const editing = page.locator("section.webhook");
  await editing.getByLabel("All events, including types added later").check();
  await page.locator("#edit-webhook-description").fill("Everything, for the SIEM");
  await page.getByRole("button", { name: "Save changes" }).click();
  await page.locator("[role=status]", { hasText: "apply from the next event" }).waitFor();
  await page.locator("dl.facts", { hasText: "Everything, for the SIEM" }).waitFor();
  await row.getByText("All events").waitFor();
  assert.deepEqual((await api("GET", "/v1/admin/webhooks")).body.webhooks[0].events, ["*"]);

  // Deleted: gone from the list and the API.
  await page.getByRole("button", { name: "Delete", exact: true }).click();
  await page.getByRole("button", { name: "Delete the webhook" }).click();
  await page.locator("[role=status]", { hasText: "Webhook deleted" }).waitFor();
  await page.locator("#webhooks-none").waitFor();
  assert.equal(new URL(page.url()).pathname, "/admin/webhooks");
  assert.equal((await api("GET", "/v1/admin/webhooks")).body.webhooks.length, 0);
  assert.deepEqual(errors, []);
  await context.close();
});

test("a link to a webhook that no longer exists says so", async () => {
  const { page, context, errors } = await openPage(stack, "/admin/webhooks/wh_0000000000000000");
  await signIn(page, "admin", DEMO.admin.password, DEMO.admin.authenticatorKey);
  await page.getByRole("heading", { name: "This webhook no longer exists." }).waitFor();
  await page.getByRole("button", { name: "Close" }).click();
  assert.equal(new URL(page.url()).pathname, "/admin/webhooks");
  assert.deepEqual(errors, []);
  await context.close();
});
