#!/usr/bin/env bash
# Editor support: the grammar's copies agree, its assertion tests and the
# snapshots of every sample pass (with real HTML/CSS/JS grammars loaded), the
# diagnostics reader works on real lviewc output, and the .vsix holds the grammar.
#   run_editor_tests.sh SOURCE_DIR LVIEWC VSIX
set -euo pipefail
src=$1 lviewc=$2 vsix=$3
cd "$src"
bin=node_modules/.bin
grammars=(-g node_modules/tm-grammars/grammars/html.json -g node_modules/tm-grammars/grammars/css.json
          -g node_modules/tm-grammars/grammars/javascript.json)
passed=0

cmp grammar/lview.tmLanguage.json editors/vscode/syntaxes/lview.tmLanguage.json ||
  { echo "editors/vscode/syntaxes/lview.tmLanguage.json differs from grammar/: copy it over"; exit 1; }
passed=$((passed + 1))

# The snapshot inputs are copies of the samples, so a sample change shows up here.
for f in samples/*/*.lview; do
  cmp "$f" "grammar/tests/snap/$(basename "$f")" ||
    { echo "grammar/tests/snap/$(basename "$f") is not a copy of $f; copy it and run with --updateSnapshot"; exit 1; }
done
passed=$((passed + 1))

out=$("$bin/vscode-tmgrammar-test" -g grammar/lview.tmLanguage.json "${grammars[@]}" 'grammar/tests/*.test.lview' 2>&1) ||
  { echo "$out"; exit 1; }
if grep -q "grammar not found" <<<"$out"; then echo "$out"; exit 1; fi
echo "$out"
passed=$((passed + 1))

out=$("$bin/vscode-tmgrammar-snap" --config editors/vscode/package.json "${grammars[@]}" 'grammar/tests/snap/*.lview' 2>&1) ||
  { echo "$out"; exit 1; }
if grep -q "grammar not found\|No scope" <<<"$out"; then echo "$out"; exit 1; fi
echo "$out"
passed=$((passed + 1))

LVIEWC="$lviewc" node --test tests/editor/diagnostics.test.mjs
passed=$((passed + 1))

test -s "$vsix" || { echo "no $vsix"; exit 1; }
for entry in extension/package.json extension/syntaxes/lview.tmLanguage.json extension/language-configuration.json \
             extension/snippets/lview.json extension/extension.js extension/diagnostics.js; do
  grep -q -a "$entry" "$vsix" || { echo "$vsix lacks $entry"; exit 1; }
done
passed=$((passed + 1))
echo "$passed passed, 0 failed"
