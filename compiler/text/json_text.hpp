// JSON string literals, for diagnostics (--diagnostics=json) and for the
// pre-escaped statics in generated code. The escaping is the runtime's own
// (lview::Buffer::append_json), so statics lviewc pre-escapes and dynamics the
// runtime escapes follow the same rules.
#pragma once

#include <lview/buffer.hpp>

#include <string>
#include <string_view>

namespace lviewc {

// Appends `s` as a quoted JSON string.
inline void append_json_string(std::string& out, std::string_view s) {
  lview::Buffer escaped;
  escaped.append_json(s);
  out += '"';
  out += escaped.view();
  out += '"';
}

}  // namespace lviewc
