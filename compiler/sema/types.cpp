#include "sema/types.hpp"

#include "ast/ast.hpp"

namespace lviewc {

std::string Type::display() const {
  switch (kind) {
    case Kind::Error: return "<error>";
    case Kind::Int: return "int";
    case Kind::Float: return "float";
    case Kind::Bool: return "bool";
    case Kind::String: return "string";
    case Kind::List: return "list<" + elem->display() + ">";
    case Kind::Optional: return "optional<" + elem->display() + ">";
    case Kind::Record: return record->name.text;
  }
  return "?";
}

bool operator==(const Type& a, const Type& b) {
  if (a.kind != b.kind) return false;
  switch (a.kind) {
    case Type::Kind::List:
    case Type::Kind::Optional: return *a.elem == *b.elem;
    case Type::Kind::Record: return a.record == b.record;
    default: return true;
  }
}

}  // namespace lviewc
