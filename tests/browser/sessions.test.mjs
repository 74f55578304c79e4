// Sessions that survive a reload: the access token stays in the page's
// memory, and the app's HttpOnly refresh cookie brings the session back in a
// reloaded page or a second tab; signing out ends it in every tab. At a
// desktop and a phone width, in the portal and in the console.

import assert from "node:assert/strict";
import { after, before, test } from "node:test";
import { DEMO, signIn, startStack } from "./support.mjs";

let stack;
before(async () => {
  stack = await startStack();
});
after(async () => {
  await stack?.stop();
});

const WIDTHS = [
  { width: 1280, height: 800 },
  { width: 390, height: 844 },
];

async function ready(page, path) {
  await page.goto(stack.base + path);
  await page.waitForSelector("html[data-ready=true]");
}

const APPS = [
  {
    name: "portal",
    path: "/account",
    signIn: async (page) => {
      // Signed out, the account page says so and links to the sign-in form.
      await page.getByRole("heading", { name: "Sign in first" }).waitFor();
      await page.getByRole("link", { name: "Sign in", exact: true }).click();
      await page.getByRole("heading", { name: "Sign in", exact: true }).waitFor();
      await signIn(page, "adele", DEMO.adele.password);
    },
    signedIn: (page) => page.getByRole("heading", { name: "Your account" }),
    signedOut: (page) => page.getByRole("heading", { name: "Sign in" }),
    signOut: (page) => page.getByRole("button", { name: "Sign out" }).click(),
    cookie: "latchkey_refresh_portal",
  },
  {
    name: "console",
    path: "/admin/",
    signIn: async (page) => {
      await page.getByRole("heading", { name: "Sign in to the admin console" }).waitFor();
      await signIn(page, "admin", DEMO.admin.password, DEMO.admin.authenticatorKey);
    },
    signedIn: (page) => page.locator("#sign-out"),
    signedOut: (page) => page.getByRole("heading", { name: "Sign in to the admin console" }),
    signOut: (page) => page.locator("#sign-out").click(),
    cookie: "latchkey_refresh_console",
  },
];

for (const viewport of WIDTHS) {
  for (const app of APPS) {
    test(`${app.name} at ${viewport.width} px: a reload and a second tab keep the session, signing out ends it everywhere`, async () => {
      const context = await stack.browser.newContext({ viewport });
      try {
        const page = await context.newPage();
        const errors = [];
        page.on("pageerror", (e) => errors.push(e.message));
        await ready(page, app.path);
        await app.signIn(page);
        await app.signedIn(page).waitFor();

        // The refresh credential is a cookie no script can read.
        const cookie = (await context.cookies()).find((c) => c.name === app.cookie);
        assert.ok(cookie, "the sign-in set the refresh cookie");
        assert.equal(cookie.httpOnly, true);
        assert.equal(cookie.sameSite, "Strict");
        assert.equal(cookie.path, "/v1/sessions/current");
        assert.equal(await page.evaluate(() => document.cookie), "", "the page sees no cookie");

        // A reload: the session comes back, and the sign-in form never shows.
        let formShown = false;
        const watch = () => app.signedOut(page).isVisible().then((v) => (formShown ||= v)).catch(() => {});
        const timer = setInterval(watch, 20);
        await page.reload();
        await app.signedIn(page).waitFor();
        clearInterval(timer);
        assert.equal(formShown, false, "no flash of the sign-in form");

        // A second tab is signed in too.
        const second = await context.newPage();
        await ready(second, app.path);
        await app.signedIn(second).waitFor();

        // Signing out in one tab ends it everywhere: the other tab's reload asks for a sign-in.
        const revoked = page.waitForResponse(
          (r) => r.url().includes("/v1/sessions/current?app=") && r.request().method() === "DELETE",
        );
        await app.signOut(page);
        assert.equal((await revoked).status(), 204);
        await app.signedOut(page).waitFor();
        await second.reload();
        await app.signedOut(second).waitFor();
        await page.reload();
        await app.signedOut(page).waitFor();
        assert.deepEqual(errors, []);
      } finally {
        await context.close();
      }
    });
  }
}
