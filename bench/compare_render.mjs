// Side by side, in one run: the dashboard's render paths in lview (compiled
// renderer, Google Benchmark), LiveViewJS 0.8.1 (node) and kainjow mustache
// (HTML only). Prints ns/op and how many times faster lview is.
//   node compare_render.mjs RENDER_BENCH
import { execFileSync } from "node:child_process";
import { fileURLToPath } from "node:url";
import { dirname, join } from "node:path";

const here = dirname(fileURLToPath(import.meta.url));
const ours = JSON.parse(execFileSync(process.argv[2], ["--benchmark_format=json", "--benchmark_min_time=0.3"],
                                     { encoding: "utf8", stdio: ["ignore", "pipe", "ignore"] }));
const ns = Object.fromEntries(ours.benchmarks.map((b) => [b.name, b.real_time]));
const peer = JSON.parse(execFileSync(process.execPath, [join(here, "liveviewjs_render.mjs")], { encoding: "utf8" }));

const rows = [
  ["full HTML (first load)", ns.lview_html, peer.html_ns, ns.mustache_html],
  ["join: Rendered tree as JSON", ns.lview_join_json, peer.join_ns, null],
  ["tick: assign + diff + JSON", ns.lview_tick_diff, peer.tick_ns, null],
];
const cell = (x, width) => (x == null ? "-" : x).toString().padStart(width);
console.log("dashboard render paths, ns/op (same machine, same run)");
console.log(`${"".padEnd(30)}${cell("lview", 8)}${cell("LiveViewJS", 12)}${cell("mustache", 10)}${cell("LiveViewJS/lview", 18)}${cell("mustache/lview", 16)}`);
for (const [what, l, j, m] of rows)
  console.log(`${what.padEnd(30)}${cell(l.toFixed(0), 8)}${cell(j.toFixed(0), 12)}${cell(m && m.toFixed(0), 10)}` +
              `${cell((j / l).toFixed(1) + "x", 18)}${cell(m && (m / l).toFixed(1) + "x", 16)}`);
console.log(`tick diff size: lview ${ours.benchmarks.find((b) => b.name === "lview_tick_diff").diff_bytes} bytes, LiveViewJS ${peer.tick_diff_bytes} bytes`);
