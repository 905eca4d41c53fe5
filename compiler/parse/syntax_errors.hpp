// Turns ANTLR's recognition errors into lviewc diagnostics. lviewc stops at the
// first syntax error of a file: later ones are almost always echoes of it, and
// a clean single message beats a cascade.
#pragma once

#include <stdexcept>
#include <string>

#include "DefaultErrorStrategy.h"
#include "source/source_file.hpp"

namespace lviewc {

struct SyntaxError : std::runtime_error {
  SyntaxError(antlr4::Token* token, std::string message, std::string hint)
      : std::runtime_error(message), token(token), hint(std::move(hint)) {}
  antlr4::Token* token;  // the offending token
  std::string hint;
};

class StopAtFirstError : public antlr4::DefaultErrorStrategy {
 public:
  void reportError(antlr4::Parser* parser, const antlr4::RecognitionException& e) override;
  antlr4::Token* recoverInline(antlr4::Parser* parser) override;
  void recover(antlr4::Parser* parser, std::exception_ptr e) override;
  void sync(antlr4::Parser*) override {}
};

}  // namespace lviewc
