// Benchmark: how long the portal takes to first render in headless Chromium,
// from navigation start to the app's "latchkey-rendered" mark, over fresh
// browser contexts (empty cache each time). Usage (after web/build.sh and a
// `cargo build --release -p latchkey-local`):
//   LATCHKEY_LOCAL_BIN=target/release/latchkey-local node tests/browser/first-render.mjs [RUNS]
import { DESKTOP, startStack } from "./support.mjs";

const runs = Number(process.argv[2] ?? 20);
const stack = await startStack();
const samples = [];
try {
  for (let i = 0; i < runs; i++) {
    const context = await stack.browser.newContext({ viewport: DESKTOP });
    const page = await context.newPage();
    await page.goto(stack.base + "/");
    await page.waitForSelector("html[data-ready=true]");
    samples.push(
      await page.evaluate(() => {
        const nav = performance.getEntriesByType("navigation")[0];
        const wasm = performance.getEntriesByType("resource").find((r) => r.name.endsWith(".wasm"));
        return {
          render: performance.getEntriesByName("latchkey-rendered")[0].startTime,
          dcl: nav.domContentLoadedEventEnd,
          wasmFetched: wasm ? wasm.responseEnd : NaN,
        };
      }),
    );
    await context.close();
  }
} finally {
  await stack.stop();
}
const pick = (key, q) => {
  const sorted = samples.map((s) => s[key]).sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))].toFixed(1);
};
console.log(`first render over ${runs} cold loads (ms after navigation start)`);
for (const [key, label] of [["dcl", "DOMContentLoaded"], ["wasmFetched", "wasm fetched"], ["render", "first render"]]) {
  console.log(`  ${label.padEnd(18)} p50 ${pick(key, 0.5).padStart(7)}   p95 ${pick(key, 0.95).padStart(7)}`);
}
