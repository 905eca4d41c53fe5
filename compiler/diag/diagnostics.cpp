#include "diag/diagnostics.hpp"

#include <fmt/format.h>

#include <algorithm>

#include "text/json_text.hpp"

namespace lviewc {
namespace {

constexpr const char* kBold = "\033[1m";
constexpr const char* kRed = "\033[1;31m";
constexpr const char* kMagenta = "\033[1;35m";
constexpr const char* kCyan = "\033[1;36m";
constexpr const char* kGreen = "\033[1;32m";
constexpr const char* kReset = "\033[0m";

const char* severity_name(Severity s) {
  switch (s) {
    case Severity::Error: return "error";
    case Severity::Warning: return "warning";
    case Severity::Note: return "note";
  }
  return "error";
}

const char* severity_color(Severity s) {
  switch (s) {
    case Severity::Error: return kRed;
    case Severity::Warning: return kMagenta;
    case Severity::Note: return kCyan;
  }
  return kRed;
}

// One located message: header line, the source line, caret + underline.
void append_located(std::string& out, const SourceFile& file, SourceSpan span,
                    Severity severity, const std::string& message, bool color) {
  LineCol lc = file.line_col(span.begin);
  auto c = [&](const char* code) { return color ? code : ""; };
  out += fmt::format("{}{}:{}:{}: {}{}{}: {}{}{}\n", c(kBold), file.path(), lc.line, lc.column,
                     c(severity_color(severity)), severity_name(severity), c(kReset),
                     c(kBold), message, c(kReset));
  std::string_view line = file.line_text(lc.line);
  out += fmt::format("{:>5} | {}\n", lc.line, line);
  // Underline the part of the span on this line: '^' at the start, '~' after.
  std::size_t start = lc.column - 1;
  std::size_t line_end = line.size();
  std::size_t span_len = span.end > span.begin ? span.end - span.begin : 1;
  std::size_t len = std::max<std::size_t>(1, std::min(span_len, line_end > start ? line_end - start : 1));
  std::string marker(start, ' ');
  // Keep tabs so the caret lines up under tab-indented source.
  for (std::size_t i = 0; i < start && i < line.size(); ++i)
    if (line[i] == '\t') marker[i] = '\t';
  out += fmt::format("      | {}{}^{}{}\n", marker, c(kGreen), std::string(len - 1, '~'), c(kReset));
}

}  // namespace

Diagnostic& DiagEngine::error(const SourceFile& file, SourceSpan span, std::string message,
                              std::string hint) {
  diags_.push_back({Severity::Error, &file, span, std::move(message), std::move(hint), {}});
  return diags_.back();
}

Diagnostic& DiagEngine::warning(const SourceFile& file, SourceSpan span, std::string message,
                                std::string hint) {
  diags_.push_back({Severity::Warning, &file, span, std::move(message), std::move(hint), {}});
  return diags_.back();
}

int DiagEngine::error_count(const SourceFile* file) const {
  return static_cast<int>(std::count_if(diags_.begin(), diags_.end(), [&](const Diagnostic& d) {
    return d.severity == Severity::Error && (file == nullptr || d.file == file);
  }));
}

std::string format_text(const Diagnostic& d, bool color) {
  std::string out;
  append_located(out, *d.file, d.span, d.severity, d.message, color);
  if (!d.hint.empty())
    out += fmt::format("      = {}hint{}: {}\n", color ? kCyan : "", color ? kReset : "", d.hint);
  for (const Note& n : d.notes) append_located(out, *d.file, n.span, Severity::Note, n.message, color);
  return out;
}

std::string format_json(const Diagnostic& d) {
  LineCol begin = d.file->line_col(d.span.begin);
  LineCol end = d.file->line_col(std::max(d.span.end, d.span.begin));
  std::string out = "{\"file\":";
  append_json_string(out, d.file->path());
  out += fmt::format(",\"line\":{},\"column\":{},\"end\":{{\"line\":{},\"column\":{}}},\"severity\":",
                     begin.line, begin.column, end.line, end.column);
  append_json_string(out, severity_name(d.severity));
  out += ",\"message\":";
  append_json_string(out, d.message);
  out += ",\"hint\":";
  if (d.hint.empty()) out += "null";
  else append_json_string(out, d.hint);
  out += ",\"notes\":[";
  for (std::size_t i = 0; i < d.notes.size(); ++i) {
    LineCol lc = d.file->line_col(d.notes[i].span.begin);
    out += fmt::format("{}{{\"line\":{},\"column\":{},\"message\":", i ? "," : "", lc.line, lc.column);
    append_json_string(out, d.notes[i].message);
    out += "}";
  }
  out += "]}";
  return out;
}

void DiagEngine::print(std::FILE* out, DiagFormat format, bool color) const {
  for (const Diagnostic& d : diags_) {
    std::string text = format == DiagFormat::Json ? format_json(d) + "\n" : format_text(d, color);
    std::fwrite(text.data(), 1, text.size(), out);
  }
  if (format == DiagFormat::Text) {
    int errors = error_count();
    if (errors > 1) std::fprintf(out, "%d errors generated.\n", errors);
  }
}

}  // namespace lviewc
