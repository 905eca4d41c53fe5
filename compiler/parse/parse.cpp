#include "parse/parse.hpp"

#include <fmt/format.h>

#include "LViewLexer.h"
#include "LViewParser.h"
#include "parse/build_ast.hpp"
#include "parse/syntax_errors.hpp"

namespace lviewc {
namespace {

// Byte offset of every code point (plus one past the end), or the offset of
// the first invalid UTF-8 byte. ANTLR works on code points; we report bytes.
bool utf8_offsets(std::string_view text, std::vector<std::uint32_t>& offsets, std::uint32_t& bad_at) {
  offsets.clear();
  offsets.reserve(text.size() + 1);
  std::size_t i = 0;
  while (i < text.size()) {
    auto c = static_cast<unsigned char>(text[i]);
    std::size_t len = c < 0x80 ? 1 : (c >> 5) == 0x6 ? 2 : (c >> 4) == 0xE ? 3 : (c >> 3) == 0x1E ? 4 : 0;
    bool ok = len > 0 && i + len <= text.size();
    for (std::size_t k = 1; ok && k < len; ++k)
      ok = (static_cast<unsigned char>(text[i + k]) & 0xC0) == 0x80;
    if (ok && len == 2) ok = c >= 0xC2;  // no overlong 2-byte forms
    if (ok && len == 3) {
      auto c1 = static_cast<unsigned char>(text[i + 1]);
      ok = !(c == 0xE0 && c1 < 0xA0) && !(c == 0xED && c1 >= 0xA0);  // overlong, surrogates
    }
    if (ok && len == 4) {
      auto c1 = static_cast<unsigned char>(text[i + 1]);
      ok = !(c == 0xF0 && c1 < 0x90) && !(c == 0xF4 && c1 >= 0x90) && c <= 0xF4;
    }
    if (!ok) {
      bad_at = static_cast<std::uint32_t>(i);
      return false;
    }
    offsets.push_back(static_cast<std::uint32_t>(i));
    i += len;
  }
  offsets.push_back(static_cast<std::uint32_t>(text.size()));
  return true;
}

// Silences ANTLR's default console listener; every error goes through
// StopAtFirstError instead.
class QuietListener : public antlr4::BaseErrorListener {};

}  // namespace

std::optional<ast::File> parse_file(const SourceFile& file, DiagEngine& diags) {
  std::vector<std::uint32_t> offsets;
  std::uint32_t bad_at = 0;
  if (!utf8_offsets(file.text(), offsets, bad_at)) {
    diags.error(file, {bad_at, bad_at + 1}, "invalid UTF-8 in source file",
                ".lview files are UTF-8 text");
    return std::nullopt;
  }
  if (file.text().find('\0') != std::string::npos) {
    auto at = static_cast<std::uint32_t>(file.text().find('\0'));
    diags.error(file, {at, at + 1}, "NUL byte in source file", ".lview files are UTF-8 text");
    return std::nullopt;
  }

  antlr4::ANTLRInputStream input(file.text());
  grammar::LViewLexer lexer(&input);
  QuietListener quiet;
  lexer.removeErrorListeners();
  lexer.addErrorListener(&quiet);
  antlr4::CommonTokenStream tokens(&lexer);
  grammar::LViewParser parser(&tokens);
  parser.removeErrorListeners();
  parser.addErrorListener(&quiet);
  auto strategy = std::make_shared<StopAtFirstError>();
  parser.setErrorHandler(strategy);

  // Comments that run to the end of the file: the lexer takes them whole, so
  // they are found here rather than as a parse error far from their start.
  tokens.fill();
  for (antlr4::Token* t : tokens.getTokens()) {
    auto type = t->getType();
    if (type != grammar::LViewLexer::BLOCK_COMMENT && type != grammar::LViewLexer::HTML_COMMENT) continue;
    std::string text = t->getText();
    bool open_block = type == grammar::LViewLexer::BLOCK_COMMENT && (text.size() < 4 || text.substr(text.size() - 2) != "*/");
    bool open_html = type == grammar::LViewLexer::HTML_COMMENT && (text.size() < 7 || text.substr(text.size() - 3) != "-->");
    if (open_block || open_html) {
      std::uint32_t at = offsets[std::min<std::size_t>(t->getStartIndex(), offsets.size() - 1)];
      diags.error(file, {at, at + (open_block ? 2u : 4u)},
                  open_block ? "unterminated /* comment" : "unterminated HTML comment",
                  open_block ? "close it with */" : "close it with -->");
      return std::nullopt;
    }
  }

  // Two-stage parsing (ANTLR's advice for speed): SLL prediction is much
  // faster and suffices for nearly every input; only when it fails is the
  // file parsed again with full LL, whose error is the one reported.
  grammar::LViewParser::FileContext* tree = nullptr;
  parser.getInterpreter<antlr4::atn::ParserATNSimulator>()->setPredictionMode(antlr4::atn::PredictionMode::SLL);
  try {
    tree = parser.file();
  } catch (const SyntaxError&) {
    tree = nullptr;
  }
  if (tree == nullptr) try {
    tokens.seek(0);
    parser.reset();
    parser.getInterpreter<antlr4::atn::ParserATNSimulator>()->setPredictionMode(antlr4::atn::PredictionMode::LL);
    tree = parser.file();
  } catch (const SyntaxError& e) {
    auto to_byte = [&](std::size_t cp) { return offsets[std::min(cp, offsets.size() - 1)]; };
    SourceSpan span;
    if (e.token->getType() == antlr4::Token::EOF) {
      auto end = static_cast<std::uint32_t>(file.text().size());
      // Point at the last character rather than past it, so the caret is visible.
      span = {end > 0 ? end - 1 : 0, end};
    } else {
      span = {to_byte(e.token->getStartIndex()), to_byte(e.token->getStopIndex() + 1)};
    }
    diags.error(file, span, e.what(), e.hint);
    return std::nullopt;
  } catch (const std::exception& e) {
    // ANTLR's runtime should not throw anything else; if it does, report it
    // as lviewc's fault rather than crash.
    diags.error(file, {0, 0}, fmt::format("internal error in the parser: {}", e.what()),
                "please report this with the input file");
    return std::nullopt;
  }
  return build_ast(tree, file, offsets, diags);
}

}  // namespace lviewc
