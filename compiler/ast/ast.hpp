// lviewc's own AST. The ANTLR parse tree is turned into this right away
// (parse/build_ast.cpp); no later phase sees an antlr4 type. Nodes carry byte
// spans into their SourceFile; sema results live in a side table (sema/sema.hpp).
#pragma once

#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "source/source_file.hpp"

namespace lviewc::ast {

struct Name {
  std::string text;
  SourceSpan span;
};

// A type as written: `int`, `list<Order>`, `optional<string>`.
struct TypeRef {
  Name name;
  std::unique_ptr<TypeRef> arg;  // the T of list<T> / optional<T>
  SourceSpan span;
};

// A literal used as a field default.
struct Literal {
  enum class Kind { Int, Float, String, Bool, List } kind = Kind::Int;
  std::string text;  // Int/Float: the digits as written (with a leading '-'); String: decoded value
  bool bool_value = false;
  std::vector<Literal> items;  // List
  SourceSpan span;
};

struct Field {
  Name name;
  TypeRef type;
  std::optional<Literal> default_value;
  SourceSpan span;
};

struct Record {
  Name name;
  std::vector<Field> fields;
  SourceSpan span;
};

// `event name;` / `event name { fields }`, and the same for `info`.
struct Message {
  Name name;
  std::vector<Field> fields;
  SourceSpan span;
};

// ------------------------------------------------------------------ expressions

enum class BinaryOp { Mul, Div, Mod, Add, Sub, Lt, Le, Gt, Ge, Eq, Ne, And, Or };
enum class UnaryOp { Not, Neg };

// The operator as written: "+", "<=", "&&".
inline std::string_view op_text(BinaryOp op) {
  constexpr std::string_view kText[] = {"*", "/", "%", "+", "-", "<", "<=", ">", ">=", "==", "!=", "&&", "||"};
  return kText[static_cast<int>(op)];
}

struct Expr {
  enum class Kind { Int, Float, String, Bool, Name, Member, Call, Unary, Binary, Cond };
  Kind kind = Kind::Int;
  SourceSpan span;
  std::string text;        // Int/Float: digits; String: decoded value; Name/Member/Call: the name
  SourceSpan name_span;    // Member/Call: span of the member or function name
  bool bool_value = false;
  UnaryOp unary = UnaryOp::Not;
  BinaryOp binary = BinaryOp::Add;
  std::vector<std::unique_ptr<Expr>> args;  // operands, call arguments, Member: {object}
};

// ------------------------------------------------------------------ template

struct Node;
using Nodes = std::vector<std::unique_ptr<Node>>;

// One piece of an attribute value: literal text or `{expr}`.
struct AttrPart {
  std::string text;             // literal text as written (already HTML)
  std::unique_ptr<Expr> expr;   // set for `{expr}` parts
};

struct Attribute {
  enum class Kind {
    Bare,    // `checked`: no value
    Static,  // `class="a b"`: only text
    Expr,    // `disabled={x}`: one expression, unquoted
    Mixed,   // `id="o-{o.id}"`: text and expressions in quotes
  };
  Kind kind = Kind::Bare;
  Name name;
  std::vector<AttrPart> parts;  // Static: one text part; Expr: one expr part; Mixed: several
  SourceSpan span;
  SourceSpan value_span;
};

struct IfArm {
  std::unique_ptr<Expr> condition;  // null for `{:else}`
  Nodes body;
  SourceSpan span;  // the `{#if ...}` / `{:else if ...}` / `{:else}` tag
};

struct Node {
  enum class Kind { Text, Element, Interp, Raw, If, For };
  Kind kind = Kind::Text;
  SourceSpan span;

  // Text: literal template text (already HTML, including HTML comments).
  std::string text;

  // Element
  std::string tag;
  std::vector<Attribute> attributes;
  Nodes children;
  bool self_closing = false;  // written `<br/>`
  bool is_void = false;       // an HTML void element: no children, no close tag

  // Interp `{expr}` / `{expr:spec}`, Raw `{@html expr}`, For `{#for x in expr}`
  std::unique_ptr<Expr> expr;
  std::optional<std::string> spec;
  SourceSpan spec_span;

  // If
  std::vector<IfArm> arms;

  // For
  Name var;
  std::optional<Name> index_var;
  Nodes body;
};

struct Template {
  Nodes nodes;
  SourceSpan span;
};

struct View {
  Name name;
  std::vector<Field> context;
  std::vector<SourceSpan> context_blocks;  // each `context {` seen (for duplicate checks)
  std::vector<Message> events;
  std::vector<Message> infos;
  std::vector<Template> templates;  // exactly one when valid
  SourceSpan span;
};

struct File {
  std::vector<Name> namespace_parts;  // `namespace shop.admin;` -> {shop, admin}
  SourceSpan namespace_span;
  std::vector<Record> records;
  std::vector<View> views;
};

}  // namespace lviewc::ast
