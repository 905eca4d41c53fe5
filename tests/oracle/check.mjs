// The differential oracle: reads the JSON lines oracle_driver prints and
// replays them through the official client's own merge code (the Rendered
// class of phoenix_live_view 1.2.12, bundled for node by esbuild). After the
// join and after every diff, the HTML the client builds must equal the HTML
// lviewc's renderer produced for the same state.
//
//   node check.mjs RENDERED_BUNDLE < driver-output.jsonl
import { createInterface } from "node:readline";
import { pathToFileURL } from "node:url";

globalThis.window = globalThis;  // rendered.js's deepClone reads window
const { default: Rendered } = await import(pathToFileURL(process.argv[2]).href);

let rendered = null;
let checked = 0;
let failures = 0;
let emptyDiffs = 0;

function fail(what, line, expected, actual) {
  failures++;
  if (failures > 5) return;
  console.error(`MISMATCH ${what} (${line.case}, step ${line.step ?? "join"})`);
  console.error(`  expected: ${JSON.stringify(expected)}`);
  console.error(`  client:   ${JSON.stringify(actual)}`);
  if (line.diff) console.error(`  diff:     ${JSON.stringify(line.diff)}`);
}

for await (const text of createInterface({ input: process.stdin })) {
  if (!text.trim()) continue;
  const line = JSON.parse(text);
  if (line.kind === "join") {
    if (typeof line.rendered.s === "undefined") fail("join tree has no statics", line, "s", line.rendered);
    rendered = new Rendered("phx-oracle", line.rendered);
  } else {
    if (line.diff === null) {
      emptyDiffs++;
    } else {
      const { diff } = Rendered.extract(line.diff);
      rendered.mergeDiff(diff);
    }
  }
  const html = rendered.toString().buffer;
  if (html !== line.html) fail("HTML", line, line.html, html);
  checked++;
}

console.log(`oracle: ${checked} states checked, ${emptyDiffs} empty diffs, ${failures} mismatches`);
process.exit(failures === 0 && checked > 0 ? 0 : 1);
