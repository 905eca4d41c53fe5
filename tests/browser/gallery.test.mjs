// The samples in a real browser: headless Debian Chromium driven by
// playwright-core, the official phoenix_live_view client, the lview gallery
// server on loopback.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { mkdirSync } from "node:fs";
import { startServer, launchBrowser, connected } from "./harness.mjs";

const artifacts = process.env.LVIEW_ARTIFACTS ?? ".";
let server, browser;

before(async () => {
  server = await startServer({ env: { LVIEW_SEARCH_MS: "800" } });
  browser = await launchBrowser();
});
after(async () => {
  await browser?.close();
  assert.equal(await server?.stop(), 0, "the server exits cleanly on SIGTERM");
});

test("the dashboard's numbers change within 3 s without a reload", async () => {
  const page = await browser.newPage();
  await page.goto(server.url("/dashboard"));
  await connected(page);
  const first = await page.textContent("#sales-amount");
  await page.waitForFunction((v) => document.querySelector("#sales-amount").textContent !== v, first, { timeout: 3000 });
  assert.match(await page.textContent("#sales-amount"), /^\$\d+\.\d\d$/);
  assert.equal(await page.evaluate(() => performance.getEntriesByType("navigation").length), 1);
  mkdirSync(artifacts, { recursive: true });
  await page.screenshot({ path: `${artifacts}/dashboard.png` });
  await page.close();
});

test("counter clicks and the step form update the page", async () => {
  const page = await browser.newPage();
  await page.goto(server.url("/counter"));
  await connected(page);
  await page.click("#inc");
  await page.waitForFunction(() => document.querySelector("#count").textContent === "1");
  await page.fill("input[name=step]", "5");
  await page.waitForFunction(() => document.querySelector("#inc").textContent === "+5");
  await page.click("#dec");
  await page.click("#dec");
  await page.waitForFunction(() => document.querySelector("#count").textContent === "-9");
  assert.equal(await page.textContent(".warning"), "Below zero!");
  await page.close();
});

test("the async search shows its pending state, stays responsive, then shows results", async () => {
  const page = await browser.newPage();
  await page.goto(server.url("/search"));
  await connected(page);
  await page.fill("input[name=query]", "berry");
  await page.click("button[type=submit]");
  await page.waitForSelector("#status.pending");
  assert.match(await page.textContent("#status"), /searching for "berry"/);
  await page.click("#ping");  // answered while the lookup runs on the worker pool
  await page.waitForFunction(() => document.querySelector("#pings").textContent === "1", null, { timeout: 500 });
  assert.ok(await page.$("#status.pending"), "still searching when the ping came back");
  await page.waitForFunction(() => /results? for "berry"/.test(document.querySelector("#status").textContent));
  const results = await page.$$eval("#results li", (lis) => lis.map((li) => li.textContent));
  assert.deepEqual(results, ["blackberry", "blueberry", "cranberry", "gooseberry", "raspberry", "strawberry"]);
  await page.close();
});

test("a message posted in one page appears in another, as text", async () => {
  const alice = await browser.newPage();
  const bob = await browser.newPage();
  await alice.goto(server.url("/board"));
  await bob.goto(server.url("/board"));
  await connected(alice);
  await connected(bob);
  const text = `<script>window.pwned = 1</script> "hi" & bye ${Date.now()}`;
  await alice.fill("input[name=author]", "alice");
  await alice.fill("input[name=text]", text);
  await alice.click("#post-form button");
  await bob.waitForFunction((t) => [...document.querySelectorAll("#messages li")].some((li) => li.textContent === `alice: ${t}`), text);
  assert.equal(await bob.evaluate(() => window.pwned), undefined);
  // A fresh page renders the history on the server: escaped the same way.
  const carol = await browser.newPage();
  await carol.goto(server.url("/board"));
  const html = await carol.$eval("#messages", (ul) => ul.innerHTML);
  assert.ok(html.includes("&lt;script&gt;window.pwned = 1&lt;/script&gt;"), html);
  for (const p of [alice, bob, carol]) await p.close();
});

test("after the server restarts, the page reconnects and works again", async () => {
  const page = await browser.newPage();
  await page.goto(server.url("/counter"));
  await connected(page);
  await page.click("#inc");
  await page.waitForFunction(() => document.querySelector("#count").textContent === "1");
  const port = server.port;
  assert.equal(await server.stop(), 0);
  await page.waitForSelector("[data-phx-main].phx-error", { timeout: 5000 });
  server = await startServer({ port, env: { LVIEW_SEARCH_MS: "800" } });
  await page.waitForSelector("[data-phx-main].phx-connected", { timeout: 15000 });
  // A fresh mount after the restart: the count starts again at 0.
  await page.click("#inc");
  await page.waitForFunction(() => document.querySelector("#count").textContent === "1");
  assert.equal(await page.evaluate(() => performance.getEntriesByType("navigation").length), 1, "no page reload");
  await page.close();
});
