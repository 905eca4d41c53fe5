// Declarations: records, views, context fields, events, infos; their types,
// defaults, duplicates and the C++ names they will become.
#include <fmt/format.h>

#include <algorithm>
#include <charconv>
#include <cmath>
#include <functional>
#include <set>

#include "diag/suggest.hpp"
#include "sema/sema_state.hpp"

namespace lviewc {

bool SemaState::check_identifier(const ast::Name& name, std::string_view what) {
  if (!is_cpp_reserved(name.text)) return false;
  diags.error(source, name.span, fmt::format("'{}' cannot be used as {} name", name.text, what),
              "it is reserved in the generated C++; choose another name");
  return true;
}

Type SemaState::resolve_type(const ast::TypeRef& ref) {
  const std::string& n = ref.name.text;
  auto no_arg = [&](Type t) {
    if (ref.arg) {
      diags.error(source, ref.arg->span, fmt::format("'{}' takes no type argument", n));
      return Type::error();
    }
    return t;
  };
  if (n == "int") return no_arg(Type::of(Type::Kind::Int));
  if (n == "float") return no_arg(Type::of(Type::Kind::Float));
  if (n == "bool") return no_arg(Type::of(Type::Kind::Bool));
  if (n == "string") return no_arg(Type::of(Type::Kind::String));
  if (n == "list" || n == "optional") {
    if (!ref.arg) {
      diags.error(source, ref.span, fmt::format("'{}' needs an element type", n),
                  fmt::format("write {}<T>, for example {}<int>", n, n));
      return Type::error();
    }
    Type elem = resolve_type(*ref.arg);
    if (elem.is_error()) return elem;
    if (n == "optional" && elem.kind == Type::Kind::Optional) {
      diags.error(source, ref.span, "optional<optional<T>> is not supported", "use optional<T>");
      return Type::error();
    }
    return n == "list" ? Type::list(elem) : Type::optional(elem);
  }
  if (auto it = records.find(n); it != records.end()) return no_arg(Type::record_of(it->second));
  std::vector<std::string> names = {"int", "float", "bool", "string", "list", "optional"};
  for (auto& [name, _] : records) names.push_back(name);
  std::string hint = did_you_mean(n, names);
  if (hint.empty()) hint = "the types are int, float, bool, string, list<T>, optional<T> and declared records";
  diags.error(source, ref.name.span, fmt::format("unknown type '{}'", n), hint);
  return Type::error();
}

namespace {

// Checks a default literal against its field's type.
void check_default(SemaState& s, const ast::Literal& lit, const Type& type) {
  if (type.is_error()) return;
  using LK = ast::Literal::Kind;
  auto mismatch = [&](std::string_view found) {
    s.diags.error(s.source, lit.span,
                  fmt::format("default value of type '{}' does not fit type '{}'", found, type.display()));
  };
  auto literal_type = [&]() -> std::string_view {
    switch (lit.kind) {
      case LK::Int: return "int";
      case LK::Float: return "float";
      case LK::String: return "string";
      case LK::Bool: return "bool";
      case LK::List: return "list";
    }
    return "?";
  };
  switch (type.kind) {
    case Type::Kind::Int: {
      if (lit.kind != LK::Int) return mismatch(literal_type());
      std::int64_t v = 0;
      auto [p, ec] = std::from_chars(lit.text.data(), lit.text.data() + lit.text.size(), v);
      if (ec != std::errc() || p != lit.text.data() + lit.text.size())
        s.diags.error(s.source, lit.span, fmt::format("integer {} is out of range for int (64-bit)", lit.text));
      return;
    }
    case Type::Kind::Float: {
      if (lit.kind != LK::Int && lit.kind != LK::Float) return mismatch(literal_type());
      double v = 0;
      auto [p, ec] = std::from_chars(lit.text.data(), lit.text.data() + lit.text.size(), v);
      if (ec != std::errc() || !std::isfinite(v))
        s.diags.error(s.source, lit.span, fmt::format("number {} is out of range for float", lit.text));
      return;
    }
    case Type::Kind::Bool:
      if (lit.kind != LK::Bool) mismatch(literal_type());
      return;
    case Type::Kind::String:
      if (lit.kind != LK::String) mismatch(literal_type());
      return;
    case Type::Kind::Optional:
      return check_default(s, lit, *type.elem);
    case Type::Kind::List:
      if (lit.kind != LK::List) return mismatch(literal_type());
      for (const auto& item : lit.items) check_default(s, item, *type.elem);
      return;
    case Type::Kind::Record:
      s.diags.error(s.source, lit.span, fmt::format("a field of record type '{}' cannot have a default", type.display()),
                    "give the record's own fields defaults instead");
      return;
    case Type::Kind::Error: return;
  }
}

// Fields of a record, the context, an event or an info: names, types, defaults.
std::vector<FieldInfo> check_fields(SemaState& s, const std::vector<ast::Field>& fields,
                                    std::string_view owner) {
  std::vector<FieldInfo> out;
  std::map<std::string, const ast::Field*, std::less<>> seen;
  for (const ast::Field& f : fields) {
    if (auto [it, inserted] = seen.emplace(f.name.text, &f); !inserted) {
      auto& d = s.diags.error(s.source, f.name.span, fmt::format("duplicate field '{}' in {}", f.name.text, owner));
      d.notes.push_back({it->second->name.span, "previously declared here"});
      continue;
    }
    s.check_identifier(f.name, "a field");
    Type t = s.resolve_type(f.type);
    if (f.default_value) check_default(s, *f.default_value, t);
    out.push_back({&f, t});
  }
  return out;
}

// A record that holds itself by value (directly or through other records or
// optionals) would have infinite size; list<T> is fine.
bool contains_by_value(const Type& t, const ast::Record* target, std::set<const ast::Record*>& visiting,
                       const std::map<const ast::Record*, const RecordInfo*>& infos) {
  if (t.kind == Type::Kind::Optional) return contains_by_value(*t.elem, target, visiting, infos);
  if (t.kind != Type::Kind::Record) return false;
  if (t.record == target) return true;
  if (!visiting.insert(t.record).second) return false;
  auto it = infos.find(t.record);
  if (it == infos.end()) return false;
  for (const FieldInfo& f : it->second->fields)
    if (contains_by_value(f.type, target, visiting, infos)) return true;
  return false;
}

// Records in an order where each comes after the records it uses (C++ needs
// complete types for by-value members and for std::vector's operator==).
void order_records(std::vector<RecordInfo>& records) {
  std::vector<RecordInfo> ordered;
  std::set<const ast::Record*> placed;
  std::function<void(const Type&, std::set<const ast::Record*>&)> visit_type;
  std::function<void(const RecordInfo&, std::set<const ast::Record*>&)> visit = [&](const RecordInfo& r, std::set<const ast::Record*>& path) {
    if (placed.count(r.decl) || !path.insert(r.decl).second) return;
    for (const FieldInfo& f : r.fields) visit_type(f.type, path);
    placed.insert(r.decl);
    ordered.push_back(r);
  };
  visit_type = [&](const Type& t, std::set<const ast::Record*>& path) {
    if (t.elem) visit_type(*t.elem, path);
    if (t.kind == Type::Kind::Record)
      for (const RecordInfo& r : records)
        if (r.decl == t.record) visit(r, path);
  };
  for (const RecordInfo& r : records) {
    std::set<const ast::Record*> path;
    visit(r, path);
  }
  records = std::move(ordered);
}

std::vector<MessageInfo> check_messages(SemaState& s, const std::vector<ast::Message>& messages,
                                        std::string_view kind, bool wire_decoded) {
  std::vector<MessageInfo> out;
  std::map<std::string, const ast::Message*, std::less<>> seen;
  for (const ast::Message& m : messages) {
    if (auto [it, inserted] = seen.emplace(m.name.text, &m); !inserted) {
      auto& d = s.diags.error(s.source, m.name.span, fmt::format("duplicate {} '{}'", kind, m.name.text));
      d.notes.push_back({it->second->name.span, "previously declared here"});
      continue;
    }
    MessageInfo info{&m, pascal_case(m.name.text),
                     check_fields(s, m.fields, fmt::format("{} '{}'", kind, m.name.text))};
    if (wire_decoded) {
      // Event payloads come from the browser as strings: only scalars decode.
      for (const FieldInfo& f : info.fields) {
        const Type& t = f.type.kind == Type::Kind::Optional ? *f.type.elem : f.type;
        if (!f.type.is_error() && !t.is_scalar())
          s.diags.error(s.source, f.decl->type.span,
                        fmt::format("event field '{}' has type '{}', which cannot come from the browser",
                                    f.decl->name.text, f.type.display()),
                        "event fields are int, float, bool, string or optional of those");
      }
    }
    out.push_back(std::move(info));
  }
  return out;
}

void check_view(SemaState& s, const ast::View& v, ViewInfo& info) {
  info.decl = &v;
  for (std::size_t i = 1; i < v.context_blocks.size(); ++i) {
    auto& d = s.diags.error(s.source, v.context_blocks[i], fmt::format("view '{}' has more than one context block", v.name.text),
                            "put all fields in one context { ... }");
    d.notes.push_back({v.context_blocks[0], "first context block here"});
  }
  info.context = check_fields(s, v.context, fmt::format("the context of view '{}'", v.name.text));
  if (info.context.size() > static_cast<std::size_t>(kMaxContextFields))
    s.diags.error(s.source, v.context[kMaxContextFields].name.span,
                  fmt::format("view '{}' has {} context fields; at most {} are supported", v.name.text,
                              info.context.size(), kMaxContextFields),
                  "group related fields into a record");
  info.events = check_messages(s, v.events, "event", true);
  info.infos = check_messages(s, v.infos, "info", false);

  // Events and infos become nested structs of <View>Base: their C++ names must differ.
  std::map<std::string, std::pair<const ast::Message*, const char*>> cpp_names;
  for (auto* list : {&info.events, &info.infos}) {
    const char* kind = list == &info.events ? "event" : "info";
    for (const MessageInfo& m : *list) {
      s.check_identifier(m.decl->name, list == &info.events ? "an event" : "an info");
      if (auto [it, inserted] = cpp_names.emplace(m.cpp_name, std::make_pair(m.decl, kind)); !inserted) {
        auto& d = s.diags.error(s.source, m.decl->name.span,
                                fmt::format("{} '{}' and {} '{}' would both become the C++ struct '{}'", kind,
                                            m.decl->name.text, it->second.second, it->second.first->name.text,
                                            m.cpp_name),
                                "rename one of them");
        d.notes.push_back({it->second.first->name.span, "the other one is declared here"});
      }
    }
  }
  for (const auto& [cpp, entry] : cpp_names)
    if (cpp == "Socket" || cpp == "Context" || cpp == "Patch" || cpp == "Info" || cpp == "Traits")
      s.diags.error(s.source, entry.first->name.span,
                    fmt::format("'{}' would become the C++ struct '{}', a name the generated base class uses",
                                entry.first->name.text, cpp),
                    "rename it");

  if (v.templates.empty()) {
    s.diags.error(s.source, v.name.span, fmt::format("view '{}' has no template", v.name.text),
                  "add template { ... } with the view's HTML");
  } else {
    for (std::size_t i = 1; i < v.templates.size(); ++i) {
      auto& d = s.diags.error(s.source, {v.templates[i].span.begin, v.templates[i].span.begin + 8},
                              fmt::format("view '{}' has more than one template", v.name.text));
      d.notes.push_back({{v.templates[0].span.begin, v.templates[0].span.begin + 8}, "first template here"});
    }
    info.templ = &v.templates[0];
  }
}

}  // namespace

SemaResult analyze(const ast::File& file, const SourceFile& source, DiagEngine& diags) {
  SemaResult result;
  SemaState s{source, diags, result, {}};

  for (const ast::Name& part : file.namespace_parts) s.check_identifier(part, "a namespace");

  // Top-level names: records and views share one C++ namespace, and each view
  // also takes <View>Context, <View>Patch, <View>Base, <View>Traits, <View>Renderer.
  std::map<std::string, std::pair<const ast::Name*, std::string>> top;
  auto claim = [&](const std::string& cpp, const ast::Name& name, const std::string& what) {
    if (auto [it, inserted] = top.emplace(cpp, std::make_pair(&name, what)); !inserted) {
      auto& d = diags.error(source, name.span,
                            cpp == name.text ? fmt::format("duplicate {} name '{}'", what, cpp)
                                             : fmt::format("{} '{}' needs the C++ name '{}', which is already taken",
                                                           what, name.text, cpp));
      d.notes.push_back({it->second.first->span, fmt::format("{} '{}' declared here", it->second.second,
                                                             it->second.first->text)});
    }
  };
  for (const ast::Record& r : file.records) {
    s.check_identifier(r.name, "a record");
    claim(r.name.text, r.name, "record");
    s.records.emplace(r.name.text, &r);
  }
  for (const ast::View& v : file.views) {
    s.check_identifier(v.name, "a view");
    claim(v.name.text, v.name, "view");
    for (const char* suffix : {"Context", "Patch", "Base", "Traits", "Renderer"})
      claim(v.name.text + suffix, v.name, "view");
    for (const char* suffix : {"_fields", "_render"}) claim(snake_case(v.name.text) + suffix, v.name, "view");
  }

  for (const ast::Record& r : file.records)
    result.records.push_back({&r, check_fields(s, r.fields, fmt::format("record '{}'", r.name.text))});
  std::map<const ast::Record*, const RecordInfo*> by_decl;
  for (const RecordInfo& r : result.records) by_decl.emplace(r.decl, &r);
  for (const RecordInfo& r : result.records) {
    for (const FieldInfo& f : r.fields) {
      std::set<const ast::Record*> visiting;
      if (contains_by_value(f.type, r.decl, visiting, by_decl)) {
        diags.error(source, f.decl->type.span,
                    fmt::format("record '{}' contains itself through field '{}'", r.decl->name.text, f.decl->name.text),
                    "use list<T> to hold records of the same type");
        break;
      }
    }
  }
  if (diags.error_count(&source) == 0) order_records(result.records);

  result.views.resize(file.views.size());
  for (std::size_t i = 0; i < file.views.size(); ++i) check_view(s, file.views[i], result.views[i]);
  for (ViewInfo& v : result.views)
    if (v.templ) check_template(s, v);
  return result;
}

}  // namespace lviewc
