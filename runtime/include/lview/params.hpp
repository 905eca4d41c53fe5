// Event payloads as they come from the browser: a flat list of string pairs
// (phx-value-* attributes, form fields, the key of a key event), decoded into
// the typed event structs lviewc generates.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace lview {

class Params {
 public:
  Params() = default;
  Params(std::initializer_list<std::pair<std::string, std::string>> items) : items_(items) {}

  void add(std::string name, std::string value) { items_.emplace_back(std::move(name), std::move(value)); }
  // The last value given for `name` (form encodings repeat keys; the last wins, as in Plug).
  std::optional<std::string_view> get(std::string_view name) const;
  const std::vector<std::pair<std::string, std::string>>& items() const { return items_; }

 private:
  std::vector<std::pair<std::string, std::string>> items_;
};

// application/x-www-form-urlencoded, as the client sends form events.
Params parse_urlencoded(std::string_view body);

struct DecodeError {
  std::string field;
  std::string message;  // "expected an integer, got \"abc\""
};

// Decoding rules: int and float parse the whole string (surrounding spaces
// allowed); bool accepts true/false/on/off/1/0 and a missing bool is false,
// as an unchecked checkbox sends nothing; a missing optional is empty; a
// missing field with a default keeps the default; other missing fields fail.
bool decode_field(const Params& params, std::string_view name, std::int64_t& out, bool required, DecodeError& error);
bool decode_field(const Params& params, std::string_view name, double& out, bool required, DecodeError& error);
bool decode_field(const Params& params, std::string_view name, bool& out, bool required, DecodeError& error);
bool decode_field(const Params& params, std::string_view name, std::string& out, bool required, DecodeError& error);

template <class T>
bool decode_field(const Params& params, std::string_view name, std::optional<T>& out, bool, DecodeError& error) {
  if (!params.get(name)) {
    out.reset();
    return true;
  }
  T value{};
  if (!decode_field(params, name, value, true, error)) return false;
  out = std::move(value);
  return true;
}

}  // namespace lview
