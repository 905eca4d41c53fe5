// Front end: .lview text -> ast::File. Runs the ANTLR lexer and parser, turns
// the first syntax error into a worded diagnostic (never ANTLR's own text) and
// builds our AST, checking the nesting of tags and blocks on the way.
#pragma once

#include <optional>

#include "ast/ast.hpp"
#include "diag/diagnostics.hpp"

namespace lviewc {

// nullopt when the file has a syntax error (already reported to `diags`).
// Nesting errors (mismatched tags, stray {:else}) are reported too, but the
// AST is still returned so later checks can run on the rest.
std::optional<ast::File> parse_file(const SourceFile& file, DiagEngine& diags);

}  // namespace lviewc
