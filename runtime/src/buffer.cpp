#include "lview/buffer.hpp"

#include <array>

namespace lview {
namespace {

// Replacement for each byte that needs one in HTML text and attribute values.
constexpr std::string_view html_replacement(char c) {
  switch (c) {
    case '&': return "&amp;";
    case '<': return "&lt;";
    case '>': return "&gt;";
    case '"': return "&quot;";
    case '\'': return "&#39;";
    default: return {};
  }
}

// Replacement inside a JSON string: quote, backslash, and control characters.
std::string_view json_replacement(char c, std::array<char, 6>& scratch) {
  switch (c) {
    case '"': return "\\\"";
    case '\\': return "\\\\";
    case '\n': return "\\n";
    case '\r': return "\\r";
    case '\t': return "\\t";
    case '\b': return "\\b";
    case '\f': return "\\f";
    default: break;
  }
  auto u = static_cast<unsigned char>(c);
  if (u < 0x20) {
    constexpr char kHex[] = "0123456789abcdef";
    scratch = {'\\', 'u', '0', '0', kHex[u >> 4], kHex[u & 0xF]};
    return std::string_view(scratch.data(), scratch.size());
  }
  return {};
}

// Appends `s`, replacing the bytes `replace` has a replacement for; runs of
// plain bytes are copied in one append.
template <class Replace>
void append_escaped(std::string& out, std::string_view s, Replace replace) {
  std::size_t run = 0;
  for (std::size_t i = 0; i < s.size(); ++i) {
    std::string_view r = replace(s[i]);
    if (r.empty()) continue;
    out.append(s.data() + run, i - run);
    out.append(r);
    run = i + 1;
  }
  out.append(s.data() + run, s.size() - run);
}

}  // namespace

void Buffer::append_html(std::string_view s) { append_escaped(data_, s, html_replacement); }

void Buffer::append_json(std::string_view s) {
  std::array<char, 6> scratch{};
  append_escaped(data_, s, [&](char c) { return json_replacement(c, scratch); });
}

void Buffer::append_json_html(std::string_view s) {
  // HTML entities contain no JSON-special bytes, so one pass does both.
  std::array<char, 6> scratch{};
  append_escaped(data_, s, [&](char c) {
    std::string_view r = html_replacement(c);
    return r.empty() ? json_replacement(c, scratch) : r;
  });
}

std::string html_escape(std::string_view s) {
  Buffer b;
  b.append_html(s);
  return b.take();
}

}  // namespace lview
