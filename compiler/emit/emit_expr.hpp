// Typed .lview expressions -> C++ expressions.
#pragma once

#include <string>

#include "sema/sema.hpp"

namespace lviewc {

std::string emit_expr(const ast::Expr& e, const SemaResult& sema);

}  // namespace lviewc
