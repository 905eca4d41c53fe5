#include "lview/params.hpp"

#include <charconv>
#include <cmath>

namespace lview {
namespace {

int hex_value(char c) {
  if (c >= '0' && c <= '9') return c - '0';
  if (c >= 'a' && c <= 'f') return c - 'a' + 10;
  if (c >= 'A' && c <= 'F') return c - 'A' + 10;
  return -1;
}

// Percent-decoding with '+' as space; a malformed escape is kept literally.
std::string url_decode(std::string_view s) {
  std::string out;
  out.reserve(s.size());
  for (std::size_t i = 0; i < s.size(); ++i) {
    if (s[i] == '+') {
      out += ' ';
    } else if (s[i] == '%' && i + 2 < s.size() && hex_value(s[i + 1]) >= 0 && hex_value(s[i + 2]) >= 0) {
      out += static_cast<char>(hex_value(s[i + 1]) * 16 + hex_value(s[i + 2]));
      i += 2;
    } else {
      out += s[i];
    }
  }
  return out;
}

std::string_view trim(std::string_view s) {
  while (!s.empty() && (s.front() == ' ' || s.front() == '\t')) s.remove_prefix(1);
  while (!s.empty() && (s.back() == ' ' || s.back() == '\t')) s.remove_suffix(1);
  return s;
}

std::string quoted(std::string_view s) {
  std::string out = "\"";
  out.append(s.substr(0, 40));
  if (s.size() > 40) out += "...";
  out += '"';
  return out;
}

bool missing(std::string_view name, bool required, DecodeError& error) {
  if (!required) return true;
  error = {std::string(name), "missing field '" + std::string(name) + "'"};
  return false;
}

}  // namespace

std::optional<std::string_view> Params::get(std::string_view name) const {
  for (auto it = items_.rbegin(); it != items_.rend(); ++it)
    if (it->first == name) return std::string_view(it->second);
  return std::nullopt;
}

Params parse_urlencoded(std::string_view body) {
  Params params;
  while (!body.empty()) {
    std::size_t amp = body.find('&');
    std::string_view pair = body.substr(0, amp);
    body = amp == std::string_view::npos ? std::string_view() : body.substr(amp + 1);
    if (pair.empty()) continue;
    std::size_t eq = pair.find('=');
    std::string_view key = pair.substr(0, eq);
    std::string_view value = eq == std::string_view::npos ? std::string_view() : pair.substr(eq + 1);
    params.add(url_decode(key), url_decode(value));
  }
  return params;
}

bool decode_field(const Params& params, std::string_view name, std::int64_t& out, bool required, DecodeError& error) {
  auto raw = params.get(name);
  if (!raw) return missing(name, required, error);
  std::string_view s = trim(*raw);
  auto [end, ec] = std::from_chars(s.data(), s.data() + s.size(), out);
  if (s.empty() || ec != std::errc() || end != s.data() + s.size()) {
    error = {std::string(name), "field '" + std::string(name) + "': expected an integer, got " + quoted(*raw)};
    return false;
  }
  return true;
}

bool decode_field(const Params& params, std::string_view name, double& out, bool required, DecodeError& error) {
  auto raw = params.get(name);
  if (!raw) return missing(name, required, error);
  std::string_view s = trim(*raw);
  auto [end, ec] = std::from_chars(s.data(), s.data() + s.size(), out);
  if (s.empty() || ec != std::errc() || end != s.data() + s.size() || !std::isfinite(out)) {
    error = {std::string(name), "field '" + std::string(name) + "': expected a number, got " + quoted(*raw)};
    return false;
  }
  return true;
}

bool decode_field(const Params& params, std::string_view name, bool& out, bool, DecodeError& error) {
  auto raw = params.get(name);
  if (!raw) {
    out = false;  // an unchecked checkbox is simply absent
    return true;
  }
  std::string_view s = trim(*raw);
  if (s == "true" || s == "on" || s == "1") out = true;
  else if (s == "false" || s == "off" || s == "0" || s.empty()) out = false;
  else {
    error = {std::string(name), "field '" + std::string(name) + "': expected true or false, got " + quoted(*raw)};
    return false;
  }
  return true;
}

bool decode_field(const Params& params, std::string_view name, std::string& out, bool required, DecodeError& error) {
  auto raw = params.get(name);
  if (!raw) return missing(name, required, error);
  out = std::string(*raw);
  return true;
}

}  // namespace lview
