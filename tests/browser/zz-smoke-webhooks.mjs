// Temporary: the webhooks page against a mocked API (page.route), before the server has it.
import { DEMO, openPage, signIn, startStack } from "./support.mjs";
async function shots(page, name) {
  await page.screenshot({ path: `/tmp/wh-smoke/${name}-desktop.png`, fullPage: true });
  await page.setViewportSize({ width: 360, height: 740 });
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  await page.screenshot({ path: `/tmp/wh-smoke/${name}-phone.png`, fullPage: true });
  await page.setViewportSize({ width: 1280, height: 800 });
  if (overflow > 0) console.log(`OVERFLOW ${name}: ${overflow}`);
}
const stack = await startStack();
try {
  const { page, context, errors } = await openPage(stack, "/admin/webhooks");
  const now = new Date().toISOString();
  let hooks = [];
  const deliveries = [
    { id: "msg_1", event_id: "e1", event_type: "user_created", state: "delivered", attempts: 1, first_at: now, next_at: null, settled_at: now, last_status: 204, last_error: null },
    { id: "msg_2", event_id: "e2", event_type: "password_reset", state: "pending", attempts: 2, first_at: now, next_at: now, settled_at: null, last_status: 500, last_error: "the receiver answered 500 Internal Server Error" },
    { id: "msg_3", event_id: "e3", event_type: "user_deleted", state: "failed", attempts: 9, first_at: now, next_at: null, settled_at: now, last_status: null, last_error: "connection refused" },
  ];
  await page.route("**/v1/admin/webhooks**", async (route) => {
    const req = route.request();
    const url = new URL(req.url());
    const method = req.method();
    const json = (status, body) => route.fulfill({ status, contentType: "application/json", body: JSON.stringify(body) });
    if (url.pathname === "/v1/admin/webhooks" && method === "GET") return json(200, { webhooks: hooks, event_types: ["user_created", "user_deleted", "password_reset", "sign_in"] });
    if (url.pathname === "/v1/admin/webhooks" && method === "POST") {
      const body = JSON.parse(req.postData());
      if (!body.url.startsWith("http")) return route.fulfill({ status: 400, contentType: "application/problem+json", body: JSON.stringify({ type: "about:blank", title: "Invalid request", status: 400, code: "invalid_request", detail: "url must be an https:// address", field: "url" }) });
      const w = { id: "wh_0123456789abcdef", url: body.url, description: body.description ?? null, events: body.events, state: "active", failing_since: null, paused_at: null, created_at: now, secret_created_at: now, previous_secret_works_until: null };
      hooks = [w];
      return json(201, { webhook: w, secret: "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw" });
    }
    if (url.pathname.endsWith("/secret")) { hooks[0].previous_secret_works_until = now; return json(200, { webhook: hooks[0], secret: "whsec_NEWNEWNEW" }); }
    if (url.pathname.endsWith("/deliveries")) return json(200, { deliveries, next: url.searchParams.get("cursor") ? null : "c1" });
    if (url.pathname.endsWith("/redeliver")) return json(202, deliveries[0]);
    if (method === "PATCH") { const b = JSON.parse(req.postData()); if (b.paused === true) { hooks[0].state = "paused"; hooks[0].paused_at = now; } if (b.paused === false) { hooks[0].state = "active"; hooks[0].paused_at = null; } if (b.events) hooks[0].events = b.events; if (b.description !== undefined) hooks[0].description = b.description || null; if (b.url) hooks[0].url = b.url; return json(200, hooks[0]); }
    if (method === "DELETE") { hooks = []; return route.fulfill({ status: 204 }); }
    return route.continue();
  });
  await signIn(page, "admin", DEMO.admin.password, DEMO.admin.authenticatorKey);
  await page.getByRole("heading", { name: "Webhooks", level: 1 }).waitFor();
  await page.locator("#webhooks-none").waitFor();
  await shots(page, "zz-webhooks-empty");
  await page.getByLabel("Endpoint URL").fill("ftp://x");
  await page.getByRole("button", { name: "Create webhook" }).click();
  await page.locator("#webhook-events-error", { hasText: "Tick" }).waitFor();
  await page.getByLabel("user_created", { exact: true }).check();
  await page.getByRole("button", { name: "Create webhook" }).click();
  await page.locator("#webhook-url-error", { hasText: "https" }).waitFor();
  await page.getByLabel("Endpoint URL").fill("https://hooks.example.com/latchkey");
  await page.getByLabel("Description").fill("Audit mirror");
  await page.getByRole("button", { name: "Create webhook" }).click();
  await page.locator("#webhook-secret").waitFor();
  await shots(page, "zz-webhooks-secret");
  await page.getByRole("button", { name: "I have stored the secret" }).click();
  await page.getByRole("button", { name: "Open https://hooks.example.com/latchkey" }).click();
  await page.locator("table.deliveries").waitFor();
  console.log("url:", page.url());
  await page.setViewportSize({ width: 360, height: 740 });
  console.log(JSON.stringify(await page.evaluate(() => [...document.querySelectorAll("body *")].filter((e) => e.getBoundingClientRect().right > window.innerWidth + 1).slice(0, 12).map((e) => `${e.tagName}.${e.className} ${Math.round(e.getBoundingClientRect().right)}`))));
  await page.setViewportSize({ width: 1280, height: 800 });
  await shots(page, "zz-webhooks-detail");
  await page.getByRole("button", { name: "Pause", exact: true }).click();
  await page.locator("[role=status]", { hasText: "Webhook paused" }).waitFor();
  await page.locator("#webhook-state", { hasText: "Paused" }).waitFor();
  await page.getByRole("button", { name: "Older deliveries" }).click();
  await page.getByRole("button", { name: "Newer deliveries" }).waitFor();
  await page.locator("table.deliveries tbody tr").first().getByRole("button", { name: "Redeliver" }).click();
  await page.locator("[role=status]", { hasText: "Queued again" }).waitFor();
  await page.getByRole("button", { name: "Rotate secret" }).click();
  await page.getByRole("button", { name: "Make a new secret" }).click();
  await page.locator("#webhook-previous-secret").waitFor();
  await page.getByRole("button", { name: "I have stored the secret" }).click();
  await page.getByRole("button", { name: "Edit", exact: true }).click();
  await page.locator("section.webhook").getByLabel("All events, including types added later").check();
  await shots(page, "zz-webhooks-edit");
  await page.getByRole("button", { name: "Save changes" }).click();
  await page.locator("[role=status]", { hasText: "apply from the next event" }).waitFor();
  await page.getByRole("button", { name: "Delete", exact: true }).click();
  await page.getByRole("button", { name: "Delete the webhook" }).click();
  await page.locator("[role=status]", { hasText: "Webhook deleted" }).waitFor();
  console.log("after delete:", page.url());
  // clients page: all seven scopes now offered
  await page.getByRole("link", { name: "API clients" }).click();
  await page.getByLabel(/^Provision users over SCIM: create/).waitFor();
  console.log("errors:", JSON.stringify(errors));
  await context.close();
} catch (e) { console.error("FAILED", e.message, stack.log().slice(-2000)); process.exitCode = 1; }
finally { await stack.stop(); }
