// Shared by the sema passes (declarations, then templates).
#pragma once

#include <map>
#include <string>

#include "sema/sema.hpp"

namespace lviewc {

struct SemaState {
  const SourceFile& source;
  DiagEngine& diags;
  SemaResult& result;
  std::map<std::string, const ast::Record*, std::less<>> records;  // by name

  // Reports `name` if it would clash with C++; returns true when it does.
  bool check_identifier(const ast::Name& name, std::string_view what);
  Type resolve_type(const ast::TypeRef& ref);
};

void check_template(SemaState& state, ViewInfo& view);

}  // namespace lviewc
