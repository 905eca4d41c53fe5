#include "emit/emit_expr.hpp"

#include <fmt/format.h>

#include "emit/cpp_text.hpp"

namespace lviewc {
namespace {


// Integer arithmetic goes through lview::detail so overflow wraps and x/0 is 0.
std::string_view int_helper(ast::BinaryOp o) {
  switch (o) {
    case ast::BinaryOp::Add: return "add";
    case ast::BinaryOp::Sub: return "sub";
    case ast::BinaryOp::Mul: return "mul";
    case ast::BinaryOp::Div: return "div";
    case ast::BinaryOp::Mod: return "mod";
    default: return "";
  }
}

}  // namespace

std::string emit_expr(const ast::Expr& e, const SemaResult& sema) {
  using K = ast::Expr::Kind;
  const ExprInfo& info = sema.info(&e);
  auto sub = [&](std::size_t i) { return emit_expr(*e.args[i], sema); };
  switch (e.kind) {
    case K::Int: return e.text;
    case K::Float: return e.text;
    case K::String: return "std::string_view{" + cpp_string_literal(e.text) + "}";
    case K::Bool: return e.bool_value ? "true" : "false";
    case K::Name:
      return info.ref == ExprInfo::Ref::Field ? "ctx." + e.text : local_name(e.text);
    case K::Member: return sub(0) + "." + e.text;
    case K::Call:
      if (e.text == "has") return sub(0) + ".has_value()";
      return fmt::format("lview::detail::{}({})", e.text, sub(0));
    case K::Unary:
      if (e.unary == ast::UnaryOp::Not) return "!(" + sub(0) + ")";
      if (info.type.kind == Type::Kind::Int) return "lview::detail::neg(" + sub(0) + ")";
      return "-(" + sub(0) + ")";
    case K::Binary: {
      if (info.type.kind == Type::Kind::Int && !int_helper(e.binary).empty())
        return fmt::format("lview::detail::{}({}, {})", int_helper(e.binary), sub(0), sub(1));
      if (info.type.kind == Type::Kind::String && e.binary == ast::BinaryOp::Add)
        return fmt::format("lview::detail::concat({}, {})", sub(0), sub(1));
      return fmt::format("({} {} {})", sub(0), ast::op_text(e.binary), sub(1));
    }
    case K::Cond: {
      // Both results converted to the result type, so `?:` never picks a
      // dangling string_view or a narrowing conversion.
      std::string type = cpp_type(info.type);
      if (info.type.is_scalar())
        return fmt::format("({} ? {}({}) : {}({}))", sub(0), type, sub(1), type, sub(2));
      return fmt::format("({} ? {} : {})", sub(0), sub(1), sub(2));
    }
  }
  return "";
}

}  // namespace lviewc
