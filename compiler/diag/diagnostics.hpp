// Collects diagnostics for one run and prints them clang-style
// (`file:line:col: error: message`, source line, caret and `~` underline,
// notes, hint) or as one JSON object per line for editors.
#pragma once

#include <cstdio>
#include <string>
#include <vector>

#include "source/source_file.hpp"

namespace lviewc {

enum class Severity { Error, Warning, Note };

struct Note {
  SourceSpan span;
  std::string message;
};

struct Diagnostic {
  Severity severity = Severity::Error;
  const SourceFile* file = nullptr;
  SourceSpan span;
  std::string message;
  std::string hint;  // printed as "hint: ..." after the caret; may be empty
  std::vector<Note> notes;
};

enum class DiagFormat { Text, Json };

class DiagEngine {
 public:
  Diagnostic& error(const SourceFile& file, SourceSpan span, std::string message,
                    std::string hint = {});
  Diagnostic& warning(const SourceFile& file, SourceSpan span, std::string message,
                      std::string hint = {});
  int error_count(const SourceFile* file = nullptr) const;
  const std::vector<Diagnostic>& all() const { return diags_; }

  void print(std::FILE* out, DiagFormat format, bool color) const;

 private:
  std::vector<Diagnostic> diags_;
};

// Both printers, exposed for tests.
std::string format_text(const Diagnostic& d, bool color);
std::string format_json(const Diagnostic& d);

}  // namespace lviewc
