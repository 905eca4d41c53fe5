#include "source/source_file.hpp"

#include <algorithm>

namespace lviewc {

SourceFile::SourceFile(std::string path, std::string text)
    : path_(std::move(path)), text_(std::move(text)) {
  line_starts_.push_back(0);
  for (std::uint32_t i = 0; i < text_.size(); ++i)
    if (text_[i] == '\n') line_starts_.push_back(i + 1);
}

LineCol SourceFile::line_col(std::uint32_t offset) const {
  offset = std::min<std::uint32_t>(offset, static_cast<std::uint32_t>(text_.size()));
  auto it = std::upper_bound(line_starts_.begin(), line_starts_.end(), offset);
  auto line = static_cast<std::uint32_t>(it - line_starts_.begin());
  return {line, offset - line_starts_[line - 1] + 1};
}

std::uint32_t SourceFile::line_start(std::uint32_t line) const {
  if (line == 0 || line > line_starts_.size()) return static_cast<std::uint32_t>(text_.size());
  return line_starts_[line - 1];
}

std::string_view SourceFile::line_text(std::uint32_t line) const {
  std::uint32_t begin = line_start(line);
  std::uint32_t end = begin;
  while (end < text_.size() && text_[end] != '\n') ++end;
  std::string_view view(text_.data() + begin, end - begin);
  if (!view.empty() && view.back() == '\r') view.remove_suffix(1);
  return view;
}

std::uint32_t SourceFile::offset_of(std::uint32_t line, std::uint32_t column) const {
  auto offset = static_cast<std::uint64_t>(line_start(line)) + (column > 0 ? column - 1 : 0);
  return static_cast<std::uint32_t>(std::min<std::uint64_t>(offset, text_.size()));
}

std::string_view SourceFile::slice(SourceSpan span) const {
  auto end = std::min<std::uint32_t>(span.end, static_cast<std::uint32_t>(text_.size()));
  auto begin = std::min(span.begin, end);
  return std::string_view(text_).substr(begin, end - begin);
}

}  // namespace lviewc
