#include "format/format.hpp"

#include <algorithm>
#include <vector>

#include "LViewLexer.h"
#include "parse/parse.hpp"

namespace lviewc {
namespace {

using L = grammar::LViewLexer;

class Printer {
 public:
  // `offsets`: the byte offset of each code point (ANTLR indexes code points).
  Printer(const SourceFile& file, std::vector<std::uint32_t> offsets) : offsets_(std::move(offsets)), file_(file) {}

  std::string run(const std::vector<antlr4::Token*>& tokens) {
    for (std::size_t i = 0; i < tokens.size(); ++i) {
      antlr4::Token* t = tokens[i];
      if (t->getType() == antlr4::Token::EOF) break;
      std::size_t line = t->getLine();
      if (line_.empty() && last_line_ != 0 && line >= last_line_ + 2 && !after_open_ && t->getType() != L::RBRACE) blank();
      switch (t->getType()) {
        case L::LINE_COMMENT:
        case L::BLOCK_COMMENT: comment(t, line); break;
        case L::TEMPLATE_OPEN: i = template_(tokens, i); continue;
        case L::LBRACE: open(); break;
        case L::RBRACE: close(); break;
        case L::SEMI:
          line_ += ';';
          if (message_fields_ == 0) {
            message_ = false;  // `event name;` ends here
            flush();
          }
          break;
        case L::COLON: line_ += ':'; space_next_ = true; break;
        case L::ASSIGN: line_ += " ="; space_next_ = true; break;
        case L::COMMA: line_ += ','; space_next_ = true; break;
        case L::LT: line_ += '<'; break;
        case L::GT: line_ += '>'; break;
        case L::DOT: line_ += '.'; break;
        case L::LBRACK: word("["); tight_ = true; break;
        case L::RBRACK: line_ += ']'; break;
        case L::MINUS: word("-"); tight_ = true; break;
        case L::EVENT: case L::INFO: word(t->getText()); message_ = true; break;
        default: word(text(t)); break;
      }
      last_line_ = end_line(t);
      if (t->getType() != L::LBRACE) after_open_ = false;
    }
    flush();
    while (!out_.empty() && out_.back() == '\n') out_.pop_back();
    return out_ + "\n";
  }

 private:
  std::string text(antlr4::Token* t) const {
    return std::string(file_.slice({byte(t->getStartIndex()), byte(t->getStopIndex() + 1)}));
  }
  std::uint32_t byte(std::size_t code_point) const { return offsets_[std::min(code_point, offsets_.size() - 1)]; }
  std::size_t end_line(antlr4::Token* t) const {
    std::string s = t->getText();
    return t->getLine() + static_cast<std::size_t>(std::count(s.begin(), s.end(), '\n'));
  }

  void word(const std::string& w) {
    bool need_space = !line_.empty() && !tight_ && (space_next_ || (line_.back() != '<' && line_.back() != '.'));
    if (need_space) line_ += ' ';
    line_ += w;
    space_next_ = tight_ = false;
  }

  void flush() {
    if (line_.empty()) return;
    out_.append(static_cast<std::size_t>(indent_) * 2, ' ');
    out_ += line_;
    out_ += '\n';
    line_.clear();
    space_next_ = tight_ = false;
  }

  void blank() {
    if (out_.empty() || (out_.size() >= 2 && out_.substr(out_.size() - 2) == "\n\n")) return;
    out_ += '\n';
  }

  void open() {
    if (message_) {  // event name { fields } stays on one line
      ++message_fields_;
      line_ += " {";
      space_next_ = true;
      return;
    }
    word("{");
    flush();
    ++indent_;
    after_open_ = true;
  }

  void close() {
    if (message_fields_ > 0) {
      --message_fields_;
      word("}");
      message_ = false;
      flush();
      return;
    }
    flush();
    indent_ = std::max(0, indent_ - 1);
    line_ = "}";
    flush();
  }

  // A comment stays where it was: after the code on its line, or on a line of its own.
  void comment(antlr4::Token* t, std::size_t line) {
    std::string c = text(t);
    if (!line_.empty()) {
      line_ += ' ' + c;
      if (message_fields_ == 0) flush();
      return;
    }
    if (line == last_line_ && !out_.empty() && out_.back() == '\n') {
      out_.insert(out_.size() - 1, " " + c);
      return;
    }
    line_ = c;
    flush();
  }

  // Copies the template body between `template {` and its `}`: its lines keep
  // their relative indentation under the canonical one; trailing spaces and
  // blank lines at either end go.
  std::size_t template_(const std::vector<antlr4::Token*>& tokens, std::size_t i) {
    flush();
    std::size_t close = i + 1;
    while (close < tokens.size() && tokens[close]->getType() != L::TEMPLATE_CLOSE) ++close;
    std::uint32_t begin = byte(tokens[i]->getStopIndex() + 1);
    std::uint32_t end = byte(tokens[close]->getStartIndex());
    std::string body(file_.slice({begin, end}));

    std::vector<std::string> lines;
    for (std::size_t start = 0;;) {
      std::size_t nl = body.find('\n', start);
      std::string l = body.substr(start, nl == std::string::npos ? std::string::npos : nl - start);
      while (!l.empty() && (l.back() == ' ' || l.back() == '\t' || l.back() == '\r')) l.pop_back();
      std::string expanded;
      std::size_t k = 0;
      for (; k < l.size() && (l[k] == ' ' || l[k] == '\t'); ++k) expanded.append(l[k] == '\t' ? 4 : 1, ' ');
      lines.push_back(expanded + l.substr(k));
      if (nl == std::string::npos) break;
      start = nl + 1;
    }
    // Text right after `template {` has no indentation of its own.
    bool inline_first = lines.front().find_first_not_of(' ') != std::string::npos;
    if (inline_first) lines.front().erase(0, lines.front().find_first_not_of(' '));
    auto blank_line = [](const std::string& l) { return l.find_first_not_of(' ') == std::string::npos; };
    std::size_t common = std::string::npos;
    for (std::size_t n = inline_first ? 1 : 0; n < lines.size(); ++n)
      if (!blank_line(lines[n])) common = std::min(common, lines[n].find_first_not_of(' '));
    if (common == std::string::npos) common = 0;
    if (!inline_first) {
      for (std::string& l : lines) l.erase(0, std::min(common, l.size()));
    } else {
      for (std::size_t n = 1; n < lines.size(); ++n) lines[n].erase(0, std::min(common, lines[n].size()));
    }
    while (!lines.empty() && blank_line(lines.front())) lines.erase(lines.begin());
    while (!lines.empty() && blank_line(lines.back())) lines.pop_back();

    line_ = "template {";
    flush();
    std::string pad(static_cast<std::size_t>(indent_ + 1) * 2, ' ');
    bool previous_blank = false;
    for (const std::string& l : lines) {
      if (blank_line(l)) {
        if (!previous_blank) out_ += '\n';
        previous_blank = true;
        continue;
      }
      previous_blank = false;
      out_ += pad + l + '\n';
    }
    line_ = "}";
    flush();
    last_line_ = end_line(tokens[close]);
    after_open_ = false;
    return close;
  }

  std::vector<std::uint32_t> offsets_;
  const SourceFile& file_;
  std::string out_;
  std::string line_;
  int indent_ = 0;
  std::size_t last_line_ = 0;
  bool space_next_ = false;
  bool tight_ = false;
  bool message_ = false;
  int message_fields_ = 0;
  bool after_open_ = false;
};

}  // namespace

std::optional<std::string> format_source(const SourceFile& file, DiagEngine& diags) {
  // Only files that parse are formatted: a formatter must never guess.
  if (!parse_file(file, diags) || diags.error_count(&file) > 0) return std::nullopt;
  antlr4::ANTLRInputStream input(file.text());
  grammar::LViewLexer lexer(&input);
  lexer.removeErrorListeners();
  antlr4::CommonTokenStream tokens(&lexer);
  tokens.fill();
  // Code point -> byte offsets (the file is valid UTF-8: it parsed).
  std::vector<std::uint32_t> offsets;
  const std::string& text = file.text();
  for (std::uint32_t i = 0; i < text.size(); ++i)
    if ((static_cast<unsigned char>(text[i]) & 0xC0) != 0x80) offsets.push_back(i);
  offsets.push_back(static_cast<std::uint32_t>(text.size()));
  return Printer(file, std::move(offsets)).run(tokens.getTokens());
}

}  // namespace lviewc
