// JSON string literals, for diagnostics (--diagnostics=json) and for the
// pre-escaped statics in generated code.
#pragma once

#include <string>
#include <string_view>

namespace lviewc {

// Appends `s` as a quoted JSON string.
void append_json_string(std::string& out, std::string_view s);

}  // namespace lviewc
