// Hybrid: a user of an on-premises directory (a real lab OpenLDAP, through
// the real writeback agent) changes their password in the portal. The
// directory's rules are shown before the first keystroke, a password it
// would refuse is caught in the page without a request, and a good one is
// written back; the console shows the user's directory account.

import assert from "node:assert/strict";
import { spawn } from "node:child_process";
import { existsSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { after, before, test } from "node:test";
import { DEMO, REPO, adminToken, call, expectVisible, freePort, openPage, shots, signIn, startStack } from "./support.mjs";

const AGENT = join(REPO, "target/debug/latchkey-agent");
const SLAPD_LAB = join(REPO, "infra/scripts/slapd-lab.sh");
// The lab's directory (functions/agent/lab/base.ldif): pwdMinLength 10.
const LAB = {
  bindDn: "cn=latchkey,ou=services,dc=example,dc=test",
  bindSecret: "agent-secret-123",
  baseDn: "dc=example,dc=test",
  adele: { password: "Old-Password-1", email: "adele@example.test" },
};

let stack;
let lab;
let agent;
let agentLog = "";

/// Runs a command to its end; its output in the error when it fails.
function run(command, args, env = {}) {
  return new Promise((ok, fail) => {
    const child = spawn(command, args, { stdio: ["ignore", "pipe", "pipe"], env: { ...process.env, ...env } });
    let output = "";
    child.stdout.on("data", (d) => (output += d));
    child.stderr.on("data", (d) => (output += d));
    child.on("error", fail);
    child.on("exit", (code) => (code === 0 ? ok(output) : fail(new Error(`${command} ${args.join(" ")} (${code}): ${output}`))));
  });
}

before(async () => {
  if (!existsSync(AGENT)) throw new Error(`${AGENT} is missing: run cargo build -p latchkey-agent`);
  lab = { dir: mkdtempSync(join(tmpdir(), "latchkey-slapd-")), port: await freePort() };
  await run("bash", [SLAPD_LAB, "start", lab.dir, String(lab.port)]);
  stack = await startStack();
});

after(async () => {
  // Each step on its own: one failing must not leave the others running.
  if (agent && agent.exitCode === null) {
    agent.kill("SIGTERM");
    await new Promise((ok) => {
      agent.once("exit", ok);
      setTimeout(ok, 5000);
    });
  }
  if (lab) {
    await run("bash", [SLAPD_LAB, "stop", lab.dir]).catch((e) => console.error(e.message));
    rmSync(lab.dir, { recursive: true, force: true });
  }
  await stack?.stop();
});

const api = (method, path, body, token) => call(stack, method, path, body, token);


async function findUser(username, token) {
  const list = await api("GET", `/v1/admin/users?search=${username}`, null, token);
  assert.equal(list.status, 200, JSON.stringify(list.body));
  return list.body.users.find((u) => u.username === username);
}

/// The agent's environment for the lab directory and this stack.
function agentEnv(extra = {}) {
  return {
    LATCHKEY_AGENT_API_URL: stack.base,
    LATCHKEY_AGENT_DIRECTORY: "openldap",
    LATCHKEY_AGENT_LDAP_URL: `ldap://127.0.0.1:${lab.port}`,
    LATCHKEY_AGENT_CA_BUNDLE: join(lab.dir, "ca.pem"),
    LATCHKEY_AGENT_BIND_DN: LAB.bindDn,
    LATCHKEY_AGENT_BIND_SECRET: LAB.bindSecret,
    LATCHKEY_AGENT_BASE_DN: LAB.baseDn,
    LATCHKEY_AGENT_SYNC_SECONDS: "2",
    ...extra,
  };
}

/// Enrols the agent for directory "corp" and starts it; resolves once the
/// directory's adele is a synced Latchkey user (her detail, as the console reads it).
async function startAgent(token) {
  const enrolment = await api("POST", "/v1/admin/agents/enrolments", { directory: "corp", name: "lab agent" }, token);
  assert.equal(enrolment.status, 201, JSON.stringify(enrolment.body));
  const state = join(lab.dir, "agent.json");
  await run(AGENT, ["enrol", state], agentEnv({ LATCHKEY_AGENT_ENROLMENT_TOKEN: enrolment.body.token }));
  agent = spawn(AGENT, ["run", state], { stdio: ["ignore", "pipe", "pipe"], env: { ...process.env, ...agentEnv() } });
  agent.stdout.on("data", (d) => (agentLog += d));
  agent.stderr.on("data", (d) => (agentLog += d));
  for (let i = 0; i < 600; i++) {
    if (agent.exitCode !== null) throw new Error(`the agent exited (${agent.exitCode}): ${agentLog}`);
    const found = await findUser("adele", token);
    if (found) {
      const detail = await api("GET", `/v1/admin/users/${found.id}`, null, token);
      if (detail.body?.directory) return detail.body;
    }
    await new Promise((ok) => setTimeout(ok, 100));
  }
  throw new Error(`adele was never synced from the lab directory; the agent said:\n${agentLog}\nserver log (tail):\n${stack.log().slice(-3000)}`);
}

test("a synced user: the directory's rules in the portal, a too-short password refused in the page, a good one written back; the console shows the directory account", async () => {
  const token = await adminToken(stack);

  // Latchkey's own minimum below the directory's 10, so the directory's is the rule that bites.
  const policy = await api("GET", "/v1/admin/password-policy", null, token);
  assert.equal(policy.status, 200, JSON.stringify(policy.body));
  const saved = await api("PUT", "/v1/admin/password-policy", { policy: { ...policy.body, min_length: 8 }, accept_impact: true }, token);
  assert.equal(saved.status, 200, JSON.stringify(saved.body));

  // The demo organisation has a Latchkey user adele of its own; the
  // directory's adele takes her place (a sync never takes over a local user).
  const local = await findUser("adele", token);
  if (local) assert.equal((await api("DELETE", `/v1/admin/users/${local.id}`, null, token)).status, 204);

  const synced = await startAgent(token);
  assert.equal(synced.directory.name, "corp");
  assert.equal(synced.directory.pass_through, true, JSON.stringify(synced.directory));
  assert.deepEqual(synced.emails, [LAB.adele.email]);
  // One more sync round: the directory's rules are sent after its users.
  await new Promise((ok) => setTimeout(ok, 3000));

  // The console: the user's directory account.
  {
    const { page, context, errors } = await openPage(stack, `/admin/users/${synced.id}`);
    await page.getByRole("heading", { name: "Sign in to the admin console" }).waitFor();
    await signIn(page, "admin", DEMO.admin.password, DEMO.admin.authenticatorKey);
    const card = page.locator("#directory");
    await expectVisible(page, stack, card.getByRole("heading", { name: "Directory", level: 2 }));
    assert.match(await card.textContent(), /corp/);
    assert.match(await card.textContent(), /Last sync/);
    await card.locator(".badge", { hasText: "Signs in through the directory" }).waitFor();
    assert.equal(await card.locator(".badge", { hasText: "Locked in the directory" }).count(), 0);
    await shots(page, "hybrid-01-console-directory");
    assert.deepEqual(errors, []);
    await context.close();
  }

  // The portal: adele signs in with her directory password (Latchkey never had it).
  const { page, context, errors } = await openPage(stack, "/");
  const changes = [];
  page.on("request", (r) => r.url().endsWith("/v1/password/change") && changes.push(r.method()));
  await signIn(page, "adele", LAB.adele.password);
  await expectVisible(page, stack, page.getByRole("heading", { name: "Your account" }));
  await page.getByRole("link", { name: "Change your password" }).click();
  await page.getByRole("heading", { name: "Change your password" }).waitFor();

  // The directory's minimum before the first keystroke, and its history.
  const rules = page.locator("#policy");
  await rules.filter({ hasText: "At least 10 characters: your organisation's directory needs that many." }).waitFor();
  assert.match(await rules.textContent(), /Not one of your last 3 passwords in your organisation's directory/);

  await page.getByLabel("Current password").fill(LAB.adele.password);
  const short = "Harbor-7x"; // 9 characters: Latchkey's 8 are met, the directory's 10 are not
  await page.getByLabel("New password", { exact: true }).fill(short);
  const length = page.locator("#new-password-feedback li").first();
  await length.filter({ hasText: "Your organisation's directory needs at least 10 characters (9 so far)" }).waitFor();
  assert.doesNotMatch((await length.getAttribute("class")) ?? "", /\bok\b/);
  await page.getByLabel("Type the new password again").fill(short);
  await page.getByRole("button", { name: "Change password" }).click();
  const error = page.locator("#new-password-error");
  await error.filter({ hasText: "Your organisation's directory needs at least 10 characters (this one has 9)." }).waitFor();
  assert.equal(await page.getAttribute("#new-password", "aria-invalid"), "true");
  await shots(page, "hybrid-02-directory-refused");
  // Nothing was sent: the page refused it itself.
  await new Promise((ok) => setTimeout(ok, 500));
  assert.deepEqual(changes, []);

  const fresh = "lantern-walrus-origami-64";
  await page.getByLabel("New password", { exact: true }).fill(fresh);
  await length.filter({ hasText: "(25 so far)" }).waitFor();
  assert.match((await length.getAttribute("class")) ?? "", /\bok\b/);
  await page.getByLabel("Type the new password again").fill(fresh);
  const answer = page.waitForResponse((r) => r.url().endsWith("/v1/password/change"), { timeout: 60_000 });
  await page.getByRole("button", { name: "Change password" }).click();
  const response = await answer;
  assert.equal(
    response.status(),
    204,
    `${await response.text()}\nthe agent said:\n${agentLog.slice(-2000)}\nserver log (tail):\n${stack.log().slice(-3000)}`,
  );
  await page.locator("[role=alert]", { hasText: "Password changed" }).waitFor();
  assert.deepEqual(changes, ["POST"]);

  // Written back: the directory has the new password (the next sync sees
  // its change stamp), and the new one signs in.
  await page.getByRole("button", { name: "Sign out" }).click();
  await page.getByRole("heading", { name: "Sign in" }).waitFor();
  await signIn(page, "adele", fresh);
  await expectVisible(page, stack, page.getByRole("heading", { name: "Your account" }));
  assert.deepEqual(errors, []);
  await context.close();
});
