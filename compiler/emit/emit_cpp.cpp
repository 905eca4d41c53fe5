#include "emit/emit_cpp.hpp"

#include <fmt/format.h>

#include "emit/cpp_text.hpp"
#include "emit/emit_parts.hpp"

namespace lviewc {
namespace {

std::string literal_cpp(const ast::Literal& lit, const Type& type) {
  using LK = ast::Literal::Kind;
  switch (lit.kind) {
    case LK::Int:
      // The most negative int64 has no literal of its own in C++.
      if (lit.text == "-9223372036854775808") return "(-9223372036854775807 - 1)";
      if (type.kind == Type::Kind::Float) return lit.text + ".0";
      return lit.text;
    case LK::Float: return lit.text;
    case LK::String: return cpp_string_literal(lit.text);
    case LK::Bool: return lit.bool_value ? "true" : "false";
    case LK::List: {
      const Type& elem = type.kind == Type::Kind::List ? *type.elem : type;
      std::string out = "{";
      for (std::size_t i = 0; i < lit.items.size(); ++i)
        out += (i ? ", " : "") + literal_cpp(lit.items[i], elem);
      return out + "}";
    }
  }
  return "";
}

}  // namespace

std::string field_initializer(const FieldInfo& f) {
  const Type& t = f.type;
  if (f.decl->default_value) {
    const Type& inner = t.kind == Type::Kind::Optional ? *t.elem : t;
    if (f.decl->default_value->kind == ast::Literal::Kind::List) return literal_cpp(*f.decl->default_value, t);
    return " = " + literal_cpp(*f.decl->default_value, inner);
  }
  switch (t.kind) {
    case Type::Kind::Int: return " = 0";
    case Type::Kind::Float: return " = 0.0";
    case Type::Kind::Bool: return " = false";
    default: return "";
  }
}

std::string mask_constant(const FieldInfo& f) { return f.decl->name.text; }

Generated emit_cpp(const ast::File& file, const SemaResult& sema, const ir::Module& module,
                   const SourceFile& source, const EmitOptions& options) {
  std::vector<std::string> ns;
  if (!options.namespace_override.empty()) {
    std::string_view rest = options.namespace_override;
    while (!rest.empty()) {
      std::size_t sep = rest.find("::");
      ns.emplace_back(rest.substr(0, sep));
      rest = sep == std::string_view::npos ? std::string_view() : rest.substr(sep + 2);
    }
  } else {
    for (const ast::Name& part : file.namespace_parts) ns.push_back(part.text);
  }
  return {emit_header(sema, source, options, ns), emit_source(sema, module, source, options, ns)};
}

}  // namespace lviewc
