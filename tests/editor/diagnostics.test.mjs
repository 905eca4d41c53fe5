// The extension's reading of `lviewc check --diagnostics=json`, on real lviewc output.
import { test } from "node:test";
import assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { createRequire } from "node:module";

const require = createRequire(import.meta.url);
const { parseDiagnostics } = require("../../editors/vscode/diagnostics.js");

test("lviewc's JSON diagnostics become zero-based editor ranges with hints and notes", () => {
  const dir = mkdtempSync(join(tmpdir(), "lview-editor-"));
  writeFileSync(join(dir, "bad.lview"), 'view V {\n  context { count: int; count: int; }\n  template { <p>{cuont}</p> }\n}\n');
  let stderr = "";
  try {
    execFileSync(process.env.LVIEWC, ["check", "--diagnostics=json", "bad.lview"], { cwd: dir, stdio: "pipe" });
  } catch (e) {
    assert.equal(e.status, 1);
    stderr = e.stderr.toString();
  }
  const ds = parseDiagnostics(stderr);
  assert.equal(ds.length, 2);
  assert.deepEqual(ds[0].range, { start: { line: 1, character: 24 }, end: { line: 1, character: 29 } });
  assert.match(ds[0].message, /duplicate field 'count'/);
  assert.deepEqual(ds[0].notes[0], { line: 1, character: 12, message: "previously declared here" });
  assert.deepEqual(ds[1].range, { start: { line: 2, character: 17 }, end: { line: 2, character: 22 } });
  assert.equal(ds[1].message, "unknown name 'cuont' in view 'V' (did you mean 'count'?)");
  assert.equal(ds[1].severity, "error");
});

test("lines that are not JSON are ignored", () => {
  assert.deepEqual(parseDiagnostics("lviewc: error: cannot read 'x'\n\n"), []);
});
