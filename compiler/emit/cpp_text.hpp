// Spelling .lview things in C++: types, string literals, identifiers.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "sema/types.hpp"

namespace lviewc {

std::string cpp_type(const Type& t);
// A C++ string literal with the same bytes ("..." with escapes).
std::string cpp_string_literal(std::string_view bytes);
// A raw string literal when the text reads better that way (JSON statics).
std::string cpp_raw_literal(std::string_view bytes);
// The JSON array of statics: ["<h1>","</h1>"].
std::string json_string_array(const std::vector<std::string>& items);
// Locals in generated code never collide with context fields (accessed as
// ctx.name) or with the generator's own names.
inline std::string local_name(std::string_view name) { return "l_" + std::string(name); }

}  // namespace lviewc
