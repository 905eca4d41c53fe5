// The types of the .lview language: int (int64), float (double), bool,
// string, list<T>, optional<T> and records.
#pragma once

#include <memory>
#include <string>

namespace lviewc {

namespace ast {
struct Record;
}

struct Type {
  enum class Kind { Error, Int, Float, Bool, String, List, Optional, Record };
  Kind kind = Kind::Error;
  std::shared_ptr<const Type> elem;   // List, Optional
  const ast::Record* record = nullptr;  // Record

  static Type error() { return {}; }
  static Type of(Kind k) { return Type{k, nullptr, nullptr}; }
  static Type list(Type elem) { return Type{Kind::List, std::make_shared<Type>(std::move(elem)), nullptr}; }
  static Type optional(Type elem) { return Type{Kind::Optional, std::make_shared<Type>(std::move(elem)), nullptr}; }
  static Type record_of(const ast::Record* r) { return Type{Kind::Record, nullptr, r}; }

  bool is_error() const { return kind == Kind::Error; }
  bool is_numeric() const { return kind == Kind::Int || kind == Kind::Float; }
  bool is_scalar() const { return is_numeric() || kind == Kind::Bool || kind == Kind::String; }
  // Printable in text: scalars and optional scalars.
  bool is_printable() const { return is_scalar() || (kind == Kind::Optional && elem->is_scalar()); }

  std::string display() const;  // as written in .lview: "list<Order>"
  friend bool operator==(const Type& a, const Type& b);
};

}  // namespace lviewc
