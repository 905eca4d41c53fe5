// Semantic analysis: resolves names and types and reports every error it can
// find. Its output is a side table next to the AST (Svelte's `analysis`); the
// AST itself is not changed. Lowering runs only on files without errors.
#pragma once

#include <cstdint>
#include <string>
#include <unordered_map>
#include <vector>

#include "ast/ast.hpp"
#include "diag/diagnostics.hpp"
#include "sema/types.hpp"

namespace lviewc {

inline constexpr int kMaxContextFields = 64;

struct FieldInfo {
  const ast::Field* decl = nullptr;
  Type type;
};

struct RecordInfo {
  const ast::Record* decl = nullptr;
  std::vector<FieldInfo> fields;
};

struct MessageInfo {
  const ast::Message* decl = nullptr;
  std::string cpp_name;  // PascalCase struct name: set_rating -> SetRating
  std::vector<FieldInfo> fields;
};

struct ViewInfo {
  const ast::View* decl = nullptr;
  std::vector<FieldInfo> context;  // index in this vector == bit in the change mask
  std::vector<MessageInfo> events;
  std::vector<MessageInfo> infos;
  const ast::Template* templ = nullptr;
};

// What an expression is, once resolved.
struct ExprInfo {
  Type type;
  enum class Ref { None, Field, LoopVar, LoopIndex } ref = Ref::None;
  int field = -1;                    // Ref::Field: index into ViewInfo::context
  const ast::Node* loop = nullptr;   // Ref::LoopVar / LoopIndex: the {#for} node
  std::uint64_t deps = 0;            // context fields read, one bit each
};

struct SemaResult {
  std::vector<RecordInfo> records;  // in dependency order: a record after the records it contains
  std::vector<ViewInfo> views;
  std::unordered_map<const ast::Expr*, ExprInfo> exprs;
  std::unordered_map<const ast::Node*, Type> loop_elem;  // {#for}: element type

  const ExprInfo& info(const ast::Expr* e) const { return exprs.at(e); }
};

SemaResult analyze(const ast::File& file, const SourceFile& source, DiagEngine& diags);

// Exposed for tests: "" when the spec is valid for a value of `type`, else why not.
std::string check_format_spec(std::string_view spec, const Type& type);

// PascalCase of a declared event/info name: "set_rating" -> "SetRating".
std::string pascal_case(std::string_view name);

// snake_case of a view name: "SalesDashboard" -> "sales_dashboard".
std::string snake_case(std::string_view name);

bool is_cpp_reserved(std::string_view name);

}  // namespace lviewc
