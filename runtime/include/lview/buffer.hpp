// The output buffer every renderer writes into, and the escapers.
// Dynamic text goes through html_escape; inside Rendered JSON it is HTML-escaped
// and then JSON-escaped in one pass (json_html_escape), because the official
// client inserts dynamic strings into the page verbatim.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>

namespace lview {

class Buffer {
 public:
  Buffer() = default;

  void append(std::string_view s) { data_.append(s); }
  void append(char c) { data_.push_back(c); }
  void append_html(std::string_view s);       // HTML-escaped: & < > " '
  void append_json(std::string_view s);       // JSON string content (no quotes)
  void append_json_html(std::string_view s);  // HTML-escaped, then JSON string content

  std::size_t size() const { return data_.size(); }
  void truncate(std::size_t size) { data_.resize(size); }
  void clear() { data_.clear(); }
  void reserve(std::size_t n) { data_.reserve(n); }
  std::string_view view(std::size_t from = 0) const { return std::string_view(data_).substr(from); }
  const std::string& str() const { return data_; }
  std::string take() { return std::move(data_); }

 private:
  std::string data_;
};

std::string html_escape(std::string_view s);

}  // namespace lview
