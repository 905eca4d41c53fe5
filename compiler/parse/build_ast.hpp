// Parse tree -> ast::File. Also where the nesting of the flat template item
// list is checked (tags, {#if}/{:else}/{/if}, {#for}/{/for}).
#pragma once

#include <vector>

#include "LViewParser.h"
#include "ast/ast.hpp"
#include "diag/diagnostics.hpp"

namespace lviewc {

// ANTLR indexes characters as code points; the AST wants byte offsets.
// code_point_offsets[i] is the byte offset of code point i.
ast::File build_ast(grammar::LViewParser::FileContext* tree, const SourceFile& file,
                    const std::vector<std::uint32_t>& code_point_offsets, DiagEngine& diags);

}  // namespace lviewc
