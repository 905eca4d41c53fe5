// Builds generated C++ text line by line, with indentation, and knows which
// output line it is on, so `#line` directives can point back into the .lview
// file around user expressions and then return to the generated file.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>

namespace lviewc {

class CodeWriter {
 public:
  explicit CodeWriter(std::string output_name, bool line_directives = true)
      : output_name_(std::move(output_name)), line_directives_(line_directives) {}

  void line(std::string_view text = {});
  void indent() { indent_ += 2; }
  void dedent() { indent_ -= 2; }
  // Lines of `text` (no trailing newline needed), each at the current indentation.
  void block(std::string_view text);

  // Emits `code` (one line) so that compiler messages about it name `line`
  // of `source`; then resumes naming the generated file.
  void mapped(std::string_view code, std::string_view source, std::uint32_t line);

  const std::string& text() const { return out_; }

 private:
  std::string out_;
  std::string output_name_;
  bool line_directives_;
  int indent_ = 0;
  std::uint32_t lines_ = 0;  // lines written so far
};

}  // namespace lviewc
