// `lviewc fmt`: a .lview file in canonical layout. Declarations are re-printed
// token by token (two-space indents, one field per line, `name: type = value;`,
// events and infos on one line), comments and single blank lines are kept,
// and each template body keeps its own lines, re-indented under `template {`.
#pragma once

#include <optional>
#include <string>

#include "diag/diagnostics.hpp"

namespace lviewc {

// nullopt when the file does not parse (the errors are in `diags`).
std::optional<std::string> format_source(const SourceFile& file, DiagEngine& diags);

}  // namespace lviewc
