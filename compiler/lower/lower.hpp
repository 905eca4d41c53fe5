// AST + sema -> IR: splits templates into statics and slots and computes the
// field masks. Runs only on files that passed sema, so it may assume validity.
#pragma once

#include "ir/ir.hpp"

namespace lviewc {

ir::Module lower(const ast::File& file, const SemaResult& sema, const SourceFile& source);

}  // namespace lviewc
