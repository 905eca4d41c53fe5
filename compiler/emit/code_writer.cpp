#include "emit/code_writer.hpp"

#include <fmt/format.h>

namespace lviewc {

void CodeWriter::line(std::string_view text) {
  if (!text.empty()) out_.append(static_cast<std::size_t>(indent_), ' ');
  out_.append(text);
  out_.push_back('\n');
  ++lines_;
}

void CodeWriter::block(std::string_view text) {
  while (!text.empty()) {
    std::size_t nl = text.find('\n');
    line(text.substr(0, nl));
    if (nl == std::string_view::npos) break;
    text.remove_prefix(nl + 1);
  }
}

void CodeWriter::mapped(std::string_view code, std::string_view source, std::uint32_t source_line) {
  if (!line_directives_) {
    line(code);
    return;
  }
  out_ += fmt::format("#line {} \"{}\"\n", source_line, source);
  ++lines_;
  line(code);
  // #line N names the line that follows the directive.
  out_ += fmt::format("#line {} \"{}\"\n", lines_ + 2, output_name_);
  ++lines_;
}

}  // namespace lviewc
