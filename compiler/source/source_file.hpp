// A .lview file in memory, and the byte-offset -> line:column mapping used
// when printing diagnostics. The AST stores byte spans only; lines and columns
// are computed here, once, when something is printed (Cap'n Proto's
// LineBreakTable). Columns count bytes (the file is UTF-8), 1-based.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace lviewc {

struct SourceSpan {
  std::uint32_t begin = 0;  // byte offset of the first character
  std::uint32_t end = 0;    // byte offset one past the last character
};

struct LineCol {
  std::uint32_t line = 1;    // 1-based
  std::uint32_t column = 1;  // 1-based, in bytes
};

class SourceFile {
 public:
  SourceFile(std::string path, std::string text);

  const std::string& path() const { return path_; }
  const std::string& text() const { return text_; }
  LineCol line_col(std::uint32_t offset) const;
  std::string_view line_text(std::uint32_t line) const;  // without the newline
  std::uint32_t line_start(std::uint32_t line) const;
  std::uint32_t offset_of(std::uint32_t line, std::uint32_t column) const;
  std::string_view slice(SourceSpan span) const;

 private:
  std::string path_;
  std::string text_;
  std::vector<std::uint32_t> line_starts_;
};

}  // namespace lviewc
