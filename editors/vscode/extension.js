// Runs `lviewc check --diagnostics=json` on open and save and shows the errors
// with their ranges. (A language server, `lviewc lsp`, can replace this later.)
"use strict";
const vscode = require("vscode");
const { execFile } = require("child_process");
const path = require("path");
const { parseDiagnostics } = require("./diagnostics");

function activate(context) {
  const collection = vscode.languages.createDiagnosticCollection("lview");
  context.subscriptions.push(collection);

  const check = (document) => {
    if (document.languageId !== "lview") return;
    const config = vscode.workspace.getConfiguration("lview");
    if (!config.get("checkOnSave", true)) return;
    const lviewc = config.get("lviewcPath", "lviewc");
    const file = document.uri.fsPath;
    execFile(lviewc, ["check", "--diagnostics=json", path.basename(file)], { cwd: path.dirname(file) }, (error, _stdout, stderr) => {
      if (error && error.code === "ENOENT") {
        vscode.window.showWarningMessage(`lview: '${lviewc}' not found; set lview.lviewcPath`);
        return;
      }
      const severities = { error: vscode.DiagnosticSeverity.Error, warning: vscode.DiagnosticSeverity.Warning, note: vscode.DiagnosticSeverity.Information };
      const diagnostics = parseDiagnostics(stderr).map((d) => {
        const range = new vscode.Range(d.range.start.line, d.range.start.character, d.range.end.line, d.range.end.character);
        const diagnostic = new vscode.Diagnostic(range, d.message, severities[d.severity] ?? vscode.DiagnosticSeverity.Error);
        diagnostic.source = "lviewc";
        diagnostic.relatedInformation = d.notes.map((n) => new vscode.DiagnosticRelatedInformation(
          new vscode.Location(document.uri, new vscode.Position(n.line, n.character)), n.message));
        return diagnostic;
      });
      collection.set(document.uri, diagnostics);
    });
  };

  context.subscriptions.push(vscode.workspace.onDidSaveTextDocument(check));
  context.subscriptions.push(vscode.workspace.onDidOpenTextDocument(check));
  context.subscriptions.push(vscode.workspace.onDidCloseTextDocument((d) => collection.delete(d.uri)));
  vscode.workspace.textDocuments.forEach(check);
}

function deactivate() {}

module.exports = { activate, deactivate };
