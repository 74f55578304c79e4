// Benchmark: how soon each app's sign-in form is usable on a slow phone, cold.
// Chromium at phone width (390 × 844) with the network throttled to "Slow 4G"
// (1.6 Mbps down, 750 kbps up, 150 ms round trip) and the CPU slowed 4×,
// each load in a fresh browser context (empty cache). "Usable" is the moment
// the username field is on the page, measured from navigation start; the
// figure is the median of RUNS loads (5 by default). Usage (after
// web/build.sh and `cargo build --release -p latchkey-local`):
//   LATCHKEY_LOCAL_BIN=target/release/latchkey-local node tests/browser/first-load.mjs [RUNS]
import { startStack } from "./support.mjs";

const runs = Number(process.argv[2] ?? 5);
const SLOW_4G = { offline: false, latency: 150, downloadThroughput: (1.6e6 / 8) * 0.9, uploadThroughput: (750e3 / 8) * 0.9 };
const stack = await startStack();
const results = {};
try {
  for (const [app, path] of [["portal", "/"], ["console", "/admin/"]]) {
    const samples = [];
    for (let i = 0; i < runs; i++) {
      const context = await stack.browser.newContext({ viewport: { width: 390, height: 844 }, isMobile: true });
      const page = await context.newPage();
      const cdp = await context.newCDPSession(page);
      await cdp.send("Network.enable");
      await cdp.send("Network.emulateNetworkConditions", SLOW_4G);
      await cdp.send("Emulation.setCPUThrottlingRate", { rate: 4 });
      let transferred = 0;
      cdp.on("Network.loadingFinished", (e) => (transferred += e.encodedDataLength));
      await page.goto(stack.base + path, { waitUntil: "commit" });
      await page.waitForSelector("#username", { timeout: 120_000 });
      const usable = await page.evaluate(() => performance.now());
      samples.push({ usable, transferred });
      await context.close();
    }
    results[app] = samples;
  }
} finally {
  await stack.stop();
}
const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)];
};
console.log(`sign-in form usable, Slow 4G and 4× CPU at 390 px, median of ${runs} cold loads`);
for (const [app, samples] of Object.entries(results)) {
  const ms = samples.map((s) => s.usable);
  console.log(
    `  ${app.padEnd(8)} ${(median(ms) / 1000).toFixed(2)} s  (each: ${ms.map((m) => (m / 1000).toFixed(2)).join(", ")} s; ` +
      `${Math.round(median(samples.map((s) => s.transferred)) / 1024)} KB transferred)`,
  );
}
