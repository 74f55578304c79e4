// The stack the browser tests drive: a fresh local AWS (Dynoxide for DynamoDB,
// moto for SES and SNS), the local
// Latchkey server with the demo organisation and the built portal, and Debian's
// Chromium through playwright-core. Each suite starts its own and stops it.

import assert from "node:assert/strict";
import { spawn } from "node:child_process";
import { createHmac } from "node:crypto";
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { chromium } from "playwright-core";

export const REPO = resolve(import.meta.dirname, "../..");
export const ARTIFACTS = process.env.LATCHKEY_BROWSER_ARTIFACTS ?? join(REPO, "target/browser-artifacts");
export const DESKTOP = { width: 1280, height: 800 };
export const PHONE = { width: 360, height: 740 };

// The demo organisation's people (infra/src/seed.rs).
export const DEMO = {
  // The seed gives the administrator this authenticator key (infra/src/seed.rs).
  admin: { password: "harbor-lantern-quartz-42", authenticatorKey: "JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP" },
  adele: { password: "velvet-otter-compass-17", email: "adele@contoso.example" },
  alex: { password: "maple-rocket-tundra-58", email: "alex@contoso.example" },
  megan: { password: "cobalt-fig-meadow-93", email: "megan@contoso.example" },
  // No email or phone in the directory: sent to registration at first sign-in.
  nestor: { password: "juniper-harbor-violet-71" },
  // A temporary password set by an administrator: changed at first sign-in.
  miriam: { password: "temporary-pelican-drum-26" },
};

export function freePort() {
  return new Promise((ok, fail) => {
    const server = createServer();
    server.listen(0, "127.0.0.1", () => {
      const { port } = server.address();
      server.close(() => ok(port));
    });
    server.on("error", fail);
  });
}

function run(command, args, options = {}) {
  return new Promise((ok, fail) => {
    const child = spawn(command, args, { stdio: ["ignore", "pipe", "pipe"], ...options });
    let output = "";
    child.stdout.on("data", (d) => (output += d));
    child.stderr.on("data", (d) => (output += d));
    child.on("exit", (code) => (code === 0 ? ok(output) : fail(new Error(`${command} ${args.join(" ")}: ${output}`))));
  });
}

async function waitFor(url, what, child) {
  for (let i = 0; i < 300; i++) {
    if (child && child.exitCode !== null) throw new Error(`${what} exited (${child.exitCode})`);
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      // not up yet
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`${what} did not start at ${url}`);
}

/// `env`: more of the server's environment (such as `LATCHKEY_SCHEDULE_SECONDS`);
/// `{port}` in a value stands for the port the server listens on (known only
/// here), as in `LATCHKEY_PASSKEY_ORIGINS: "http://localhost:{port}"`.
export async function startStack(env = {}) {
  const emulatorPort = await freePort();
  const dynamodbPort = await freePort();
  // `emulator` is where email and SMS land (moto); DynamoDB has its own.
  const emulator = `http://127.0.0.1:${emulatorPort}`;
  const stopAws = () =>
    Promise.all([
      run("bash", [join(REPO, "localstack/moto.sh"), "stop", String(emulatorPort)]).catch(() => {}),
      run("bash", [join(REPO, "localstack/dynamodb.sh"), "stop", String(dynamodbPort)]).catch(() => {}),
    ]);
  await run("bash", [join(REPO, "localstack/dynamodb.sh"), "start", String(dynamodbPort)]);
  await run("bash", [join(REPO, "localstack/moto.sh"), "start", String(emulatorPort)]);
  const port = await freePort();
  const listen = `127.0.0.1:${port}`;
  const ownEnv = Object.fromEntries(Object.entries(env).map(([name, value]) => [name, String(value).replaceAll("{port}", port)]));
  const workdir = mkdtempSync(join(tmpdir(), "latchkey-browser-"));
  const binary = process.env.LATCHKEY_LOCAL_BIN ?? join(REPO, "target/debug/latchkey-local");
  let log = "";
  const server = spawn(binary, ["--bootstrap", "--seed-demo"], {
    cwd: workdir, // its generated signing key and pepper stay out of the repository
    env: {
      ...process.env,
      ...ownEnv,
      AWS_ENDPOINT_URL: emulator,
      AWS_ENDPOINT_URL_DYNAMODB: `http://127.0.0.1:${dynamodbPort}`,
      // The audit table's change stream, which the server follows to deliver webhooks.
      AWS_ENDPOINT_URL_DYNAMODB_STREAMS: `http://127.0.0.1:${dynamodbPort}`,
      AWS_REGION: "us-east-1",
      AWS_ACCESS_KEY_ID: "test",
      AWS_SECRET_ACCESS_KEY: "test",
      LATCHKEY_LISTEN: listen,
      LATCHKEY_SITE_DIR: process.env.LATCHKEY_SITE_DIR ?? join(REPO, "web/dist"),
      // The emulator is slower than AWS on a busy 2-core machine.
      LATCHKEY_AWS_TIMEOUT_MS: "10000",
      RUST_LOG: "warn",
    },
    stdio: ["ignore", "pipe", "pipe"],
  });
  server.stdout.on("data", (d) => (log += d));
  server.stderr.on("data", (d) => (log += d));
  const base = `http://${listen}`;
  try {
    await waitFor(`${base}/healthz`, "latchkey-local", server);
    const index = await fetch(`${base}/`);
    if (!(index.headers.get("content-type") ?? "").startsWith("text/html")) {
      throw new Error("the server is not serving web/dist: run bash web/build.sh first");
    }
  } catch (e) {
    server.kill();
    await stopAws();
    throw new Error(`${e.message}\n${log}`);
  }
  const browser = await chromium.launch({
    executablePath: process.env.LATCHKEY_CHROMIUM ?? "/usr/bin/chromium",
    headless: true,
    args: [
      "--no-sandbox",
      "--disable-gpu",
      "--disable-quic",
      "--no-first-run",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
      "--disable-dev-shm-usage",
    ],
  });
  mkdirSync(ARTIFACTS, { recursive: true });
  return {
    base,
    /// The same server by the name `localhost`: the one relying-party id a
    /// browser takes without TLS (an IP address is none), for passkeys.
    local: `http://localhost:${port}`,
    emulator,
    browser,
    /// The server's output so far, for a failure's message.
    log: () => log,
    async stop() {
      await browser.close();
      server.kill("SIGTERM");
      await stopAws();
      // The server's generated signing key and pepper lived here.
      rmSync(workdir, { recursive: true, force: true });
    },
  };
}

/// Every email and SMS the emulator has "sent", oldest first (the project's
/// moto server keeps them at /_latchkey/outbox; localstack/moto_server.py).
export async function outbox(emulator) {
  const data = await (await fetch(`${emulator}/_latchkey/outbox`)).json();
  const sent = [];
  for (const m of data?.emails ?? []) sent.push({ to: m.to, body: m.body ?? "" });
  for (const m of data?.sms ?? []) sent.push({ to: m.to, body: m.body ?? "" });
  return sent;
}

/// Lockout notices go out in the background, at their own moment: the
/// helpers that count a flow's messages by position leave them out
/// (the wording is `latchkey_core::accounts::LOCKOUT_NOTICE`'s).
const LOCKOUT_NOTICE = "sign-in was locked after repeated wrong passwords";

/// Messages to `to`, lockout notices aside, oldest first.
async function flowTo(emulator, to) {
  return (await outbox(emulator)).filter((m) => m.to === to && !m.body.includes(LOCKOUT_NOTICE));
}

/// The 8-digit code in message number `count` (1-based) to `to`, waiting up to 5 s for it.
export async function codeFor(emulator, to, count) {
  for (let i = 0; i < 50; i++) {
    const messages = await flowTo(emulator, to);
    if (messages.length >= count) {
      const code = messages[count - 1].body.match(/\b\d{8}\b/);
      if (code) return code[0];
      throw new Error(`no 8-digit code in the message to ${to}`);
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`message #${count} to ${to} never arrived`);
}

export async function countTo(emulator, to) {
  return (await flowTo(emulator, to)).length;
}

/// Saves the page at desktop and phone width as `<name>-desktop.png` and
/// `<name>-phone.png`, and checks the phone layout has no sideways scrolling.
export async function shots(page, name) {
  await page.screenshot({ path: join(ARTIFACTS, `${name}-desktop.png`), fullPage: true });
  await page.setViewportSize(PHONE);
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  await page.screenshot({ path: join(ARTIFACTS, `${name}-phone.png`), fullPage: true });
  await page.setViewportSize(DESKTOP);
  if (overflow > 0) throw new Error(`${name}: the page is ${overflow}px wider than a 360px phone`);
}

/// Waits for `locator` like `locator.waitFor()`, but a timeout says what the
/// page showed instead (its alerts and field errors) and the server's last
/// words, so that a failure on CI can be understood from its log alone.
/// Waits (up to 5 s) for the element with `id` to hold the keyboard focus: the
/// apps move focus after the new content renders, a moment after the click.
export async function expectFocus(page, id, message) {
  const held = await page
    .waitForFunction((want) => document.activeElement?.id === want, id, { timeout: 5000 })
    .then(() => true)
    .catch(() => false);
  const actual = await page.evaluate(() => document.activeElement?.id ?? "");
  assert.equal(held ? id : actual, id, message);
}

export async function expectVisible(page, stack, locator) {
  try {
    await locator.waitFor();
  } catch (e) {
    const shown = await page
      .locator("[role=alert], [aria-live], [id$=-error], h1")
      .allInnerTexts()
      .catch(() => []);
    const said = shown.map((t) => t.trim()).filter(Boolean).join(" | ");
    throw new Error(`${e.message}\nthe page showed: ${said || "(nothing)"} at ${page.url()}\nserver log (tail):\n${stack.log().slice(-3000)}`);
  }
}

export function saveMetrics(name, value) {
  writeFileSync(join(ARTIFACTS, `${name}.json`), JSON.stringify(value, null, 2));
}

/// A fresh browser context on `path`, once the app has started; `errors`
/// collects page errors and console errors (except the 4xx the tests provoke).
/// `base` opens another address of the stack (`stack.local`); `before(page)`
/// runs before the first navigation (a virtual authenticator, an init script).
export async function openPage(stack, path = "/", { base = stack.base, before } = {}) {
  const context = await stack.browser.newContext({ viewport: DESKTOP });
  const page = await context.newPage();
  const errors = [];
  page.on("pageerror", (e) => errors.push(e.message));
  page.on("console", (m) => m.type() === "error" && !m.text().includes("status of 4") && errors.push(m.text()));
  if (before) await before(page);
  await page.goto(base + path);
  await page.waitForSelector("html[data-ready=true]");
  return { page, context, errors };
}

/// `openPage` at `http://localhost:<port>` (`stack.local`), where passkeys work.
export function openLocal(stack, path = "/", options = {}) {
  return openPage(stack, path, { ...options, base: stack.local });
}

/// A JSON call to the stack's API: the status and the parsed body.
export async function call(stack, method, path, body, token) {
  const response = await fetch(stack.base + path, {
    method,
    headers: { "content-type": "application/json", ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: body ? JSON.stringify(body) : undefined,
  });
  return { status: response.status, body: await response.json().catch(() => null) };
}

/// Fills the sign-in form (the portal's and the console's have the same
/// labels); with an authenticator `key` (base32), then the code step too.
export async function signIn(page, username, password, key) {
  await page.getByLabel("Username").fill(username);
  await page.getByLabel("Password", { exact: true }).fill(password);
  await page.getByRole("button", { name: "Sign in", exact: true }).click();
  if (key) {
    await page.getByLabel("Code from your authenticator app").fill(await authenticatorCode(username, key));
    await page.getByRole("button", { name: "Verify" }).click();
  }
}

/// The code an authenticator app shows for `key` at 30-second `step` (RFC 6238, SHA-1, 6 digits).
export function totpAt(key, step) {
  const alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";
  let bits = "";
  for (const c of key.replace(/=+$/, "").toUpperCase()) bits += alphabet.indexOf(c).toString(2).padStart(5, "0");
  const secret = Buffer.from(bits.match(/.{8}/g).map((b) => parseInt(b, 2)));
  const counter = Buffer.alloc(8);
  counter.writeBigUInt64BE(BigInt(step));
  const digest = createHmac("sha1", secret).update(counter).digest();
  const offset = digest[digest.length - 1] & 0x0f;
  return String((digest.readUInt32BE(offset) & 0x7fffffff) % 1_000_000).padStart(6, "0");
}

const usedSteps = new Map();

/// A code for `username`'s authenticator the server has not taken yet: each
/// is taken once, so a second sign-in within a step uses the next step's
/// (one step of drift is allowed), and a third waits for the clock.
export async function authenticatorCode(username, key) {
  const now = () => Math.floor(Date.now() / 30_000);
  const step = Math.max(now(), (usedSteps.get(username) ?? 0) + 1);
  while (step > now() + 1) await new Promise((ok) => setTimeout(ok, 250));
  usedSteps.set(username, step);
  return totpAt(key, step);
}

const adminSessions = new WeakMap();

/// The demo administrator's session on `stack`'s API: the password, then the
/// code of the authenticator key the seed gave the account. Kept: each
/// sign-in spends a code, and the server takes each code once.
export async function adminToken(stack) {
  if (adminSessions.has(stack)) return adminSessions.get(stack);
  const pending = await call(stack, "POST", "/v1/sessions", { username: "admin", password: DEMO.admin.password });
  if (pending.body?.next !== "authenticator_code") throw new Error(`admin sign-in: ${JSON.stringify(pending.body)}`);
  const code = await authenticatorCode("admin", DEMO.admin.authenticatorKey);
  const signed = await call(stack, "POST", "/v1/sessions/authenticator", { code }, pending.body.token);
  if (signed.status !== 201) throw new Error(`admin code: ${JSON.stringify(signed.body)}`);
  adminSessions.set(stack, signed.body.token);
  return signed.body.token;
}
