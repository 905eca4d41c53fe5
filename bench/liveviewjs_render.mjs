// The seed's dashboard rendered by LiveViewJS 0.8.1, timed the way its
// WebSocket path does the work: render() to HTML (first load), the parts tree
// as JSON (join), and per tick render() + deepDiff against the previous tree
// + JSON (what its handleInfo costs). Prints one JSON object with ns/op.
//
// Traps (see shared docs/peers.md): liveviewjs fetches a MIME list from the
// network when loaded, so fetch is stubbed first; its dashboard example
// formats the amount as currency, mirrored here with toFixed(2).
globalThis.fetch = async () => ({ ok: true, json: async () => ({}), text: async () => "{}" });
const { html, deepDiff } = await import("liveviewjs");

function render({ newOrders, salesAmount, rating }) {
  return html`<h1>Sales Dashboard</h1>
    <hr>
    <span>🤑</span><span>New Orders</span>
    <h2 id="new-orders">${newOrders}</h2>
    <hr>
    <span>💰</span><span>Sales Amount</span>
    <h2 id="sales-amount">$${salesAmount.toFixed(2)}</h2>
    <hr>
    <span>🌟</span><span>Rating</span>
    <h2 id="rating">${rating.toFixed(1)}</h2>`;
}

function time(fn, iterations) {
  let best = Infinity;
  for (let round = 0; round < 5; round++) {
    const start = process.hrtime.bigint();
    for (let i = 0; i < iterations; i++) fn(i);
    const ns = Number(process.hrtime.bigint() - start) / iterations;
    best = Math.min(best, ns);
  }
  return best;
}

const ctx = { newOrders: 42, salesAmount: 1234.5678, rating: 4.3 };
let sink = 0;
const htmlNs = time(() => { sink += render(ctx).toString().length; }, 200000);
const joinNs = time(() => { sink += JSON.stringify(render(ctx).partsTree(true)).length; }, 200000);
let previous = render(ctx).partsTree(true);
let diffBytes = 0;
const tickNs = time((n) => {
  const next = render({ newOrders: n % 100, salesAmount: 100 + (n % 900), rating: (n % 50) / 10 }).partsTree(true);
  const diff = JSON.stringify(deepDiff(previous, next));
  diffBytes = diff.length;
  previous = next;
  sink += diff.length;
}, 200000);
console.log(JSON.stringify({ html_ns: htmlNs, join_ns: joinNs, tick_ns: tickNs, tick_diff_bytes: diffBytes, sink: sink > 0 }));
