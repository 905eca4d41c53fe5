#include "parse/token_names.hpp"

#include "LViewLexer.h"

namespace lviewc {

using L = grammar::LViewLexer;

std::string token_display_name(std::size_t type, const antlr4::dfa::Vocabulary& vocabulary) {
  switch (type) {
    case antlr4::Token::EOF: return "end of file";
    case L::IDENT: return "a name";
    case L::INT: return "an integer";
    case L::FLOAT: return "a number";
    case L::STRING: return "a string";
    case L::TEXT: return "text";
    case L::TEMPLATE_OPEN: return "'template {'";
    case L::TEMPLATE_CLOSE: return "'}' closing the template";
    case L::TAG_OPEN: return "a tag";
    case L::CLOSE_TAG: return "a closing tag";
    case L::ATTR_NAME: return "an attribute name";
    case L::ATTR_TEXT: return "attribute text";
    case L::UNQUOTED_VALUE: return "an attribute value";
    case L::EXPR_OPEN: return "'{'";
    case L::EXPR_CLOSE: return "'}'";
    case L::SPEC_COLON: return "':'";
    case L::SPEC_TEXT: return "a format spec";
    case L::IF_OPEN: return "'{#if'";
    case L::ELSE_IF_OPEN: return "'{:else if'";
    case L::ELSE_TAG: return "'{:else}'";
    case L::END_IF: return "'{/if}'";
    case L::FOR_OPEN: return "'{#for'";
    case L::END_FOR: return "'{/for}'";
    case L::RAW_OPEN: return "'{@html'";
    case L::TAG_END: return "'>'";
    case L::TAG_SELF_CLOSE: return "'/>'";
    case L::DQ_OPEN: case L::DQ_CLOSE: return "'\"'";
    case L::SQ_OPEN: case L::SQ_CLOSE: return "\"'\"";
    case L::ATTR_EQ: return "'='";
    case L::HTML_COMMENT: return "an HTML comment";
    default: break;
  }
  std::string literal = vocabulary.getLiteralName(type);
  if (!literal.empty()) return literal;
  return "a token";
}

}  // namespace lviewc
