#include "emit/cpp_text.hpp"

#include <fmt/format.h>

#include <vector>

#include "ast/ast.hpp"
#include "sema/sema.hpp"
#include "text/json_text.hpp"

namespace lviewc {

std::string cpp_type(const Type& t) {
  switch (t.kind) {
    case Type::Kind::Int: return "std::int64_t";
    case Type::Kind::Float: return "double";
    case Type::Kind::Bool: return "bool";
    case Type::Kind::String: return "std::string";
    case Type::Kind::List: return "std::vector<" + cpp_type(*t.elem) + ">";
    case Type::Kind::Optional: return "std::optional<" + cpp_type(*t.elem) + ">";
    case Type::Kind::Record: return t.record->name.text;
    case Type::Kind::Error: break;
  }
  return "void";
}

std::string cpp_string_literal(std::string_view bytes) {
  std::string out = "\"";
  for (unsigned char c : bytes) {
    switch (c) {
      case '"': out += "\\\""; break;
      case '\\': out += "\\\\"; break;
      case '\n': out += "\\n"; break;
      case '\r': out += "\\r"; break;
      case '\t': out += "\\t"; break;
      case '?': out += "?"; break;
      default:
        // Three-digit octal never runs into a following digit.
        if (c < 0x20 || c == 0x7F) out += fmt::format("\\{:03o}", c);
        else out += static_cast<char>(c);
    }
  }
  return out + "\"";
}

std::string cpp_raw_literal(std::string_view bytes) {
  bool plain = bytes.find('\n') == std::string_view::npos && bytes.find('\r') == std::string_view::npos;
  for (unsigned char c : bytes) plain = plain && c >= 0x20 && c != 0x7F;
  if (!plain) return cpp_string_literal(bytes);
  std::string delimiter = "lv";
  while (bytes.find(")" + delimiter + "\"") != std::string_view::npos) delimiter += "_";
  return "R\"" + delimiter + "(" + std::string(bytes) + ")" + delimiter + "\"";
}

std::string json_string_array(const std::vector<std::string>& items) {
  std::string out = "[";
  for (std::size_t i = 0; i < items.size(); ++i) {
    if (i) out += ',';
    append_json_string(out, items[i]);
  }
  return out + "]";
}

}  // namespace lviewc
