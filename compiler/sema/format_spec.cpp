// Validates fmt format specs ({value:.2f}) at lviewc time, so a bad spec is a
// .lview diagnostic rather than a consteval failure inside generated C++.
// Grammar (fmt's standard format spec, without nested {} arguments):
//   [[fill]align][sign]["#"]["0"][width]["." precision]["L"][type]
#include <fmt/format.h>

#include <string_view>

#include "sema/sema.hpp"

namespace lviewc {
namespace {

constexpr int kMaxWidth = 4096;

std::size_t code_point_length(unsigned char c) {
  return c < 0x80 ? 1 : (c >> 5) == 0x6 ? 2 : (c >> 4) == 0xE ? 3 : 4;
}

bool read_number(std::string_view s, std::size_t& i, long& value) {
  std::size_t start = i;
  value = 0;
  while (i < s.size() && s[i] >= '0' && s[i] <= '9') {
    if (value <= kMaxWidth) value = value * 10 + (s[i] - '0');
    ++i;
  }
  return i > start;
}

}  // namespace

std::string check_format_spec(std::string_view spec, const Type& value_type) {
  const Type& type = value_type.kind == Type::Kind::Optional ? *value_type.elem : value_type;
  if (spec.empty()) return "empty format spec after ':'";
  if (spec.find('{') != std::string_view::npos) return "'{' is not allowed in a format spec";

  std::size_t i = 0;
  std::size_t fill_len = code_point_length(static_cast<unsigned char>(spec[0]));
  auto is_align = [](char c) { return c == '<' || c == '>' || c == '^'; };
  if (fill_len < spec.size() && is_align(spec[fill_len])) i = fill_len + 1;
  else if (is_align(spec[0])) i = 1;

  bool sign = false, alt = false, zero = false, precision = false, locale = false;
  if (i < spec.size() && (spec[i] == '+' || spec[i] == '-' || spec[i] == ' ')) sign = true, ++i;
  if (i < spec.size() && spec[i] == '#') alt = true, ++i;
  if (i < spec.size() && spec[i] == '0') zero = true, ++i;
  long number = 0;
  if (read_number(spec, i, number) && number > kMaxWidth)
    return fmt::format("format width is too large (at most {})", kMaxWidth);
  if (i < spec.size() && spec[i] == '.') {
    ++i;
    if (!read_number(spec, i, number)) return "expected digits after '.' in format spec";
    if (number > kMaxWidth) return fmt::format("format precision is too large (at most {})", kMaxWidth);
    precision = true;
  }
  if (i < spec.size() && spec[i] == 'L') locale = true, ++i;
  char presentation = 0;
  if (i < spec.size()) presentation = spec[i++];
  if (i < spec.size())
    return fmt::format("unexpected '{}' in format spec '{}'", spec.substr(i), spec);

  auto in = [](char c, std::string_view set) { return c != 0 && set.find(c) != std::string_view::npos; };
  std::string what = type.display();
  switch (type.kind) {
    case Type::Kind::Int:
      if (presentation && !in(presentation, "bBcdoxX"))
        return fmt::format("'{}' is not a format type for int (use one of b B c d o x X)", presentation);
      if (precision) return "precision ('.N') is not allowed for int";
      return "";
    case Type::Kind::Float:
      if (presentation && !in(presentation, "aAeEfFgG"))
        return fmt::format("'{}' is not a format type for float (use one of a A e E f F g G)", presentation);
      return "";
    case Type::Kind::Bool:
      if (in(presentation, "bBcdoxX")) {
        if (precision) return "precision ('.N') is not allowed for bool";
        return "";
      }
      [[fallthrough]];
    case Type::Kind::String:
      if (presentation && presentation != 's')
        return fmt::format("'{}' is not a format type for {} (use 's')", presentation, what);
      if (sign) return fmt::format("a sign is not allowed in a format spec for {}", what);
      if (alt) return fmt::format("'#' is not allowed in a format spec for {}", what);
      if (zero) return fmt::format("'0' padding is not allowed in a format spec for {}", what);
      if (locale) return fmt::format("'L' is not allowed in a format spec for {}", what);
      if (precision && type.kind == Type::Kind::Bool) return "precision ('.N') is not allowed for bool";
      return "";
    default:
      return fmt::format("a value of type '{}' cannot be formatted", what);
  }
}

}  // namespace lviewc
