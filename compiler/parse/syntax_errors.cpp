#include "parse/syntax_errors.hpp"

#include <fmt/format.h>

#include "LViewLexer.h"
#include "LViewParser.h"
#include "parse/token_names.hpp"

namespace lviewc {
namespace {

using L = grammar::LViewLexer;
using P = grammar::LViewParser;

std::string quoted_token(antlr4::Token* token, const antlr4::dfa::Vocabulary& vocabulary) {
  if (token->getType() == antlr4::Token::EOF) return "end of file";
  std::string text = token->getText();
  if (text.size() > 24) text = text.substr(0, 21) + "...";
  for (char& c : text)
    if (c == '\n' || c == '\r' || c == '\t') c = ' ';
  if (token->getType() == L::TEXT) return fmt::format("text '{}'", text);
  (void)vocabulary;
  return fmt::format("'{}'", text);
}

// "';'", "';' or '='", "'a', 'b' or 'c'"; empty when the set is too large to help.
std::string expected_list(const antlr4::misc::IntervalSet& expected,
                          const antlr4::dfa::Vocabulary& vocabulary) {
  std::vector<std::string> names;
  for (ssize_t type : expected.toList()) {
    std::string name = token_display_name(static_cast<std::size_t>(type), vocabulary);
    if (name == "a token") continue;  // internal tokens say nothing to a reader
    if (std::find(names.begin(), names.end(), name) == names.end()) names.push_back(name);
  }
  if (names.empty() || names.size() > 5) return {};
  std::string out;
  for (std::size_t i = 0; i < names.size(); ++i) {
    if (i > 0) out += i + 1 == names.size() ? " or " : ", ";
    out += names[i];
  }
  return out;
}

// Rule-specific wording for the places where a generic message would puzzle.
std::string where(antlr4::Parser* parser) {
  auto* ctx = parser->getContext();
  for (; ctx != nullptr; ctx = dynamic_cast<antlr4::ParserRuleContext*>(ctx->parent)) {
    switch (ctx->getRuleIndex()) {
      case P::RuleFieldDecl: return " in field declaration";
      case P::RuleTypeRef: return " in type";
      case P::RuleExpr: case P::RulePrimary: return " in expression";
      case P::RuleAttribute: case P::RuleAttrValue: return " in attribute";
      case P::RuleTemplateItem: return " in template";
      case P::RuleViewMember: case P::RuleViewDecl: return " in view";
      case P::RuleRecordDecl: return " in record";
      default: break;
    }
  }
  return "";
}

[[noreturn]] void fail(antlr4::Parser* parser, antlr4::Token* token,
                       const antlr4::misc::IntervalSet& expected) {
  const auto& vocabulary = parser->getVocabulary();
  std::string hint;
  std::string message;
  switch (token->getType()) {
    case L::BAD_CHAR:
      message = fmt::format("unexpected character '{}'{}", token->getText(), where(parser));
      if (token->getText() == "}" )
        hint = "a literal '}' in template text or an attribute is written {\"}\"}";
      if (token->getText() == "{")
        hint = "expressions do not nest; a literal '{' is written {\"{\"}";
      break;
    case L::UNTERMINATED_STRING:
      message = "unterminated string literal";
      hint = "close the string with '\"' on the same line";
      break;
    case L::BAD_CLOSE_TAG:
      message = "malformed closing tag";
      hint = "write it as </name>";
      break;
    case L::TEMPLATE:
      message = "expected '{' after 'template'";
      break;
    default: {
      std::string list = expected_list(expected, vocabulary);
      if (token->getType() == antlr4::Token::EOF && parser->getContext() != nullptr) {
        message = "unexpected end of file" + where(parser);
        if (!list.empty()) message += fmt::format(" (expected {})", list);
        hint = "a view, record, context or template block may be missing its closing '}'";
      } else if (!list.empty()) {
        message = fmt::format("expected {}{}, found {}", list, where(parser), quoted_token(token, vocabulary));
      } else {
        message = fmt::format("unexpected {}{}", quoted_token(token, vocabulary), where(parser));
      }
      if (token->getType() == L::SPEC_COLON)
        hint = "a format spec ({value:.2f}) is only allowed in a {value} interpolation";
    }
  }
  throw SyntaxError(token, std::move(message), std::move(hint));
}

}  // namespace

void StopAtFirstError::reportError(antlr4::Parser* parser, const antlr4::RecognitionException& e) {
  antlr4::Token* token = e.getOffendingToken();
  if (token == nullptr) token = parser->getCurrentToken();
  fail(parser, token, e.getExpectedTokens());
}

antlr4::Token* StopAtFirstError::recoverInline(antlr4::Parser* parser) {
  fail(parser, parser->getCurrentToken(), parser->getExpectedTokens());
}

void StopAtFirstError::recover(antlr4::Parser* parser, std::exception_ptr) {
  fail(parser, parser->getCurrentToken(), parser->getExpectedTokens());
}

}  // namespace lviewc
