// Turns `lviewc check --diagnostics=json` output (one JSON object per line)
// into plain records with zero-based ranges; no VS Code API here, so tests
// can run it under node.
"use strict";

function parseDiagnostics(output) {
  const out = [];
  for (const line of output.split("\n")) {
    if (!line.trim().startsWith("{")) continue;
    let d;
    try {
      d = JSON.parse(line);
    } catch {
      continue;
    }
    const start = { line: Math.max(0, d.line - 1), character: Math.max(0, d.column - 1) };
    let end = d.end ? { line: Math.max(0, d.end.line - 1), character: Math.max(0, d.end.column - 1) } : start;
    if (end.line === start.line && end.character <= start.character) end = { line: start.line, character: start.character + 1 };
    out.push({
      file: d.file,
      severity: d.severity,
      message: d.hint ? `${d.message} (${d.hint})` : d.message,
      range: { start, end },
      notes: (d.notes || []).map((n) => ({ line: n.line - 1, character: n.column - 1, message: n.message })),
    });
  }
  return out;
}

module.exports = { parseDiagnostics };
