// Templates: names and types of every expression, the kinds of value each
// place accepts, loop scopes, attributes and phx-* event bindings.
#include <fmt/format.h>

#include <algorithm>
#include <array>
#include <charconv>
#include <cmath>

#include "diag/suggest.hpp"
#include "sema/sema_state.hpp"

namespace lviewc {
namespace {

// phx-* attributes whose value names an event sent to handle_event.
constexpr std::array<std::string_view, 15> kEventBindings = {
    "phx-click", "phx-click-away", "phx-submit", "phx-change", "phx-keyup", "phx-keydown",
    "phx-blur", "phx-focus", "phx-window-keyup", "phx-window-keydown", "phx-window-blur",
    "phx-window-focus", "phx-capture-click", "phx-viewport-top", "phx-viewport-bottom"};

constexpr std::array<std::string_view, 3> kBuiltins = {"len", "has", "str"};


struct Local {
  std::string name;
  const ast::Node* loop;
  bool is_index;
  Type type;
  std::uint64_t deps;  // fields the loop's list expression reads
};

class TemplateChecker {
 public:
  TemplateChecker(SemaState& s, ViewInfo& view) : s_(s), view_(view) {}

  void run() { nodes(view_.templ->nodes); }

 private:
  // ---------------------------------------------------------------- expressions
  Type check(const ast::Expr& e) {
    ExprInfo info = infer(e);
    Type t = info.type;
    s_.result.exprs[&e] = std::move(info);
    return t;
  }

  std::uint64_t deps_of(const ast::Expr& e) const {
    auto it = s_.result.exprs.find(&e);
    return it == s_.result.exprs.end() ? 0 : it->second.deps;
  }

  void error(SourceSpan span, std::string message, std::string hint = {}) {
    s_.diags.error(s_.source, span, std::move(message), std::move(hint));
  }

  ExprInfo infer(const ast::Expr& e) {
    using K = ast::Expr::Kind;
    ExprInfo info;
    switch (e.kind) {
      case K::Int: {
        std::int64_t v = 0;
        auto [p, ec] = std::from_chars(e.text.data(), e.text.data() + e.text.size(), v);
        if (ec != std::errc() || p != e.text.data() + e.text.size())
          error(e.span, fmt::format("integer {} is out of range for int (64-bit)", e.text));
        info.type = Type::of(Type::Kind::Int);
        return info;
      }
      case K::Float: {
        double v = 0;
        std::from_chars(e.text.data(), e.text.data() + e.text.size(), v);
        if (!std::isfinite(v)) error(e.span, fmt::format("number {} is out of range for float", e.text));
        info.type = Type::of(Type::Kind::Float);
        return info;
      }
      case K::String: info.type = Type::of(Type::Kind::String); return info;
      case K::Bool: info.type = Type::of(Type::Kind::Bool); return info;
      case K::Name: return name(e);
      case K::Member: return member(e);
      case K::Call: return call(e);
      case K::Unary: return unary(e);
      case K::Binary: return binary(e);
      case K::Cond: return cond(e);
    }
    return info;
  }

  ExprInfo name(const ast::Expr& e) {
    ExprInfo info;
    for (auto it = scope_.rbegin(); it != scope_.rend(); ++it) {
      if (it->name != e.text) continue;
      info.type = it->type;
      info.ref = it->is_index ? ExprInfo::Ref::LoopIndex : ExprInfo::Ref::LoopVar;
      info.loop = it->loop;
      info.deps = it->is_index ? 0 : it->deps;
      return info;
    }
    for (std::size_t i = 0; i < view_.context.size(); ++i) {
      if (view_.context[i].decl->name.text != e.text) continue;
      info.type = view_.context[i].type;
      info.ref = ExprInfo::Ref::Field;
      info.field = static_cast<int>(i);
      info.deps = std::uint64_t{1} << (i % 64);
      return info;
    }
    // A loop variable used after its loop: say where it was visible.
    for (const Local& gone : ended_) {
      if (gone.name != e.text) continue;
      auto& d = s_.diags.error(s_.source, e.span,
                               fmt::format("'{}' is only defined inside its {{#for}} loop", e.text));
      d.notes.push_back({gone.loop->span, "the loop is here; it ends at its {/for}"});
      return info;
    }
    std::vector<std::string> candidates;
    for (const Local& l : scope_) candidates.push_back(l.name);
    for (const FieldInfo& f : view_.context) candidates.push_back(f.decl->name.text);
    std::string hint = did_you_mean(e.text, candidates);
    if (hint.empty() && std::find(kBuiltins.begin(), kBuiltins.end(), e.text) != kBuiltins.end())
      hint = fmt::format("'{}' is a function: write {}(...)", e.text, e.text);
    error(e.span, fmt::format("unknown name '{}' in view '{}'", e.text, view_.decl->name.text), hint);
    return info;
  }

  ExprInfo member(const ast::Expr& e) {
    ExprInfo info;
    Type object = check(*e.args[0]);
    info.deps = deps_of(*e.args[0]);
    if (object.is_error()) return info;
    if (object.kind != Type::Kind::Record) {
      std::string hint;
      if (object.kind == Type::Kind::Optional && object.elem->kind == Type::Kind::Record)
        hint = "an optional record has no fields until it holds a value";
      else if ((object.kind == Type::Kind::List || object.kind == Type::Kind::String) && e.text == "length")
        hint = "use len(...)";
      error(e.name_span, fmt::format("a value of type '{}' has no field '{}'", object.display(), e.text), hint);
      return info;
    }
    std::vector<std::string> names;
    for (const RecordInfo& r : s_.result.records) {
      if (r.decl != object.record) continue;
      for (const FieldInfo& f : r.fields) {
        names.push_back(f.decl->name.text);
        if (f.decl->name.text == e.text) {
          info.type = f.type;
          return info;
        }
      }
    }
    error(e.name_span, fmt::format("record '{}' has no field '{}'", object.display(), e.text),
          did_you_mean(e.text, names));
    return info;
  }

  ExprInfo call(const ast::Expr& e) {
    ExprInfo info;
    std::vector<Type> args;
    for (const auto& a : e.args) {
      args.push_back(check(*a));
      info.deps |= deps_of(*a);
    }
    auto arity = [&](std::size_t n) {
      if (e.args.size() == n) return true;
      error(e.span, fmt::format("{}() takes {} argument{}, {} given", e.text, n, n == 1 ? "" : "s", e.args.size()));
      return false;
    };
    bool any_error = std::any_of(args.begin(), args.end(), [](const Type& t) { return t.is_error(); });
    if (e.text == "len") {
      info.type = Type::of(Type::Kind::Int);
      if (!arity(1) || any_error) return info;
      if (args[0].kind != Type::Kind::List && args[0].kind != Type::Kind::String)
        error(e.args[0]->span, fmt::format("len() needs a list or a string, not '{}'", args[0].display()));
      return info;
    }
    if (e.text == "has") {
      info.type = Type::of(Type::Kind::Bool);
      if (!arity(1) || any_error) return info;
      if (args[0].kind != Type::Kind::Optional)
        error(e.args[0]->span, fmt::format("has() needs an optional value, not '{}'", args[0].display()));
      return info;
    }
    if (e.text == "str") {
      info.type = Type::of(Type::Kind::String);
      if (!arity(1) || any_error) return info;
      if (!args[0].is_scalar())
        error(e.args[0]->span, fmt::format("str() needs an int, float, bool or string, not '{}'", args[0].display()));
      return info;
    }
    std::vector<std::string> names(kBuiltins.begin(), kBuiltins.end());
    std::string hint = did_you_mean(e.text, names);
    if (hint.empty()) hint = "the functions are len(x), has(x) and str(x)";
    error(e.name_span, fmt::format("unknown function '{}'", e.text), hint);
    return info;
  }

  ExprInfo unary(const ast::Expr& e) {
    ExprInfo info;
    Type operand = check(*e.args[0]);
    info.deps = deps_of(*e.args[0]);
    if (operand.is_error()) return info;
    if (e.unary == ast::UnaryOp::Not) {
      info.type = Type::of(Type::Kind::Bool);
      if (operand.kind != Type::Kind::Bool) {
        std::string hint;
        if (operand.kind == Type::Kind::Optional) hint = "to test for a value, write !has(...)";
        else if (operand.kind == Type::Kind::String || operand.kind == Type::Kind::List) hint = "to test for emptiness, write len(...) == 0";
        error(e.span, fmt::format("'!' needs a bool, not '{}'", operand.display()), hint);
      }
      return info;
    }
    if (!operand.is_numeric()) {
      error(e.span, fmt::format("'-' needs an int or a float, not '{}'", operand.display()));
      return info;
    }
    info.type = operand;
    return info;
  }

  ExprInfo binary(const ast::Expr& e) {
    ExprInfo info;
    Type a = check(*e.args[0]);
    Type b = check(*e.args[1]);
    info.deps = deps_of(*e.args[0]) | deps_of(*e.args[1]);
    if (a.is_error() || b.is_error()) return info;
    using Op = ast::BinaryOp;
    auto bad = [&](std::string hint = {}) {
      error(e.name_span,
            fmt::format("operator '{}' cannot be applied to '{}' and '{}'", ast::op_text(e.binary), a.display(), b.display()),
            std::move(hint));
      return info;
    };
    auto numeric_result = [&]() {
      return Type::of(a.kind == Type::Kind::Float || b.kind == Type::Kind::Float ? Type::Kind::Float : Type::Kind::Int);
    };
    switch (e.binary) {
      case Op::Add:
        if (a.kind == Type::Kind::String && b.kind == Type::Kind::String) {
          info.type = a;
          return info;
        }
        if (a.is_numeric() && b.is_numeric()) {
          info.type = numeric_result();
          return info;
        }
        if (a.kind == Type::Kind::String || b.kind == Type::Kind::String)
          return bad("to join text, convert the number first: str(x) + \"...\"");
        return bad();
      case Op::Sub: case Op::Mul: case Op::Div:
        if (!a.is_numeric() || !b.is_numeric()) return bad();
        info.type = numeric_result();
        return info;
      case Op::Mod:
        if (a.kind != Type::Kind::Int || b.kind != Type::Kind::Int) return bad("'%' works on ints");
        info.type = a;
        return info;
      case Op::Lt: case Op::Le: case Op::Gt: case Op::Ge:
        info.type = Type::of(Type::Kind::Bool);
        if ((a.is_numeric() && b.is_numeric()) || (a.kind == Type::Kind::String && b.kind == Type::Kind::String))
          return info;
        return bad();
      case Op::Eq: case Op::Ne:
        info.type = Type::of(Type::Kind::Bool);
        if ((a.is_numeric() && b.is_numeric()) || a == b) return info;
        if (a.kind == Type::Kind::Optional && *a.elem == b) return info;
        if (b.kind == Type::Kind::Optional && *b.elem == a) return info;
        return bad();
      case Op::And: case Op::Or:
        info.type = Type::of(Type::Kind::Bool);
        if (a.kind == Type::Kind::Bool && b.kind == Type::Kind::Bool) return info;
        return bad(a.kind == Type::Kind::Optional || b.kind == Type::Kind::Optional ? "test an optional with has(...)" : "");
    }
    return info;
  }

  ExprInfo cond(const ast::Expr& e) {
    ExprInfo info;
    Type c = check(*e.args[0]);
    Type a = check(*e.args[1]);
    Type b = check(*e.args[2]);
    info.deps = deps_of(*e.args[0]) | deps_of(*e.args[1]) | deps_of(*e.args[2]);
    if (!c.is_error() && c.kind != Type::Kind::Bool)
      error(e.args[0]->span, fmt::format("the condition of '?:' must be a bool, not '{}'", c.display()),
            c.kind == Type::Kind::Optional ? "test an optional with has(...)" : "");
    if (a.is_error() || b.is_error()) return info;
    if (a.is_numeric() && b.is_numeric()) {
      info.type = Type::of(a.kind == Type::Kind::Float || b.kind == Type::Kind::Float ? Type::Kind::Float : Type::Kind::Int);
      return info;
    }
    if (!(a == b)) {
      error(e.span, fmt::format("the two results of '?:' have different types, '{}' and '{}'", a.display(), b.display()));
      return info;
    }
    info.type = a;
    return info;
  }

  // ---------------------------------------------------------------- places
  void expect_printable(const ast::Expr& e, std::string_view where) {
    Type t = check(e);
    if (t.is_error() || t.is_printable()) return;
    std::string hint;
    if (t.kind == Type::Kind::List) hint = "loop over it with {#for x in ...}, or show len(...)";
    else if (t.kind == Type::Kind::Record) hint = "show one of its fields, like {x.name}";
    error(e.span, fmt::format("a value of type '{}' cannot be shown {}", t.display(), where), hint);
  }

  void expect_condition(const ast::Expr& e, std::string_view where) {
    Type t = check(e);
    if (t.is_error() || t.kind == Type::Kind::Bool) return;
    std::string hint;
    if (t.kind == Type::Kind::Optional) hint = "test for a value with has(...)";
    else if (t.kind == Type::Kind::List || t.kind == Type::Kind::String) hint = "test for emptiness with len(...) > 0";
    else if (t.is_numeric()) hint = "compare it, for example x != 0";
    error(e.span, fmt::format("the condition of {} must be a bool, not '{}'", where, t.display()), hint);
  }

  void attributes(const ast::Node& el) {
    std::map<std::string, const ast::Attribute*> seen;
    for (const ast::Attribute& a : el.attributes) {
      std::string lower = a.name.text;
      for (char& c : lower) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
      if (auto [it, inserted] = seen.emplace(lower, &a); !inserted) {
        auto& d = s_.diags.error(s_.source, a.name.span, fmt::format("duplicate attribute '{}' on <{}>", a.name.text, el.tag));
        d.notes.push_back({it->second->name.span, "first set here"});
      }
      for (const ast::AttrPart& p : a.parts) {
        if (!p.expr) continue;
        if (a.kind == ast::Attribute::Kind::Expr) {
          Type t = check(*p.expr);
          if (!t.is_error() && !t.is_printable())
            error(p.expr->span, fmt::format("attribute '{}' cannot take a value of type '{}'", a.name.text, t.display()));
        } else {
          expect_printable(*p.expr, "in an attribute");
        }
      }
      bool binding = std::find(kEventBindings.begin(), kEventBindings.end(), lower) != kEventBindings.end();
      if (binding && a.kind == ast::Attribute::Kind::Static) check_event_name(a);
    }
  }

  void check_event_name(const ast::Attribute& a) {
    std::string_view value = a.parts[0].text;
    // A value starting with '[' is a JS command list (phx-click='[["push",...]]').
    if (!value.empty() && value.front() == '[') return;
    std::vector<std::string> names;
    for (const MessageInfo& m : view_.events) {
      if (m.decl->name.text == value) return;
      names.push_back(m.decl->name.text);
    }
    SourceSpan span = a.value_span;
    if (span.end - span.begin >= 2 && (s_.source.text()[span.begin] == '"' || s_.source.text()[span.begin] == '\''))
      span = {span.begin + 1, span.end - 1};
    std::string hint = did_you_mean(value, names);
    if (hint.empty()) hint = fmt::format("declare it in the view: event {};", value);
    if (value.empty()) {
      error(span.end > span.begin ? span : a.span, fmt::format("{} names no event", a.name.text), "write the name of a declared event");
      return;
    }
    error(span, fmt::format("{} names event '{}', which view '{}' does not declare", a.name.text, value,
                            view_.decl->name.text), hint);
  }

  void declare_local(const ast::Name& n, const ast::Node& loop, bool is_index, Type type, std::uint64_t deps) {
    s_.check_identifier(n, "a loop variable");
    auto clash = std::find_if(scope_.begin(), scope_.end(), [&](const Local& l) { return l.name == n.text; });
    if (clash != scope_.end()) {
      auto& d = s_.diags.error(s_.source, n.span, fmt::format("loop variable '{}' hides another loop variable", n.text),
                               "choose another name");
      d.notes.push_back({clash->loop->span, "the outer loop is here"});
    }
    for (const FieldInfo& f : view_.context)
      if (f.decl->name.text == n.text) {
        auto& d = s_.diags.error(s_.source, n.span, fmt::format("loop variable '{}' hides the context field '{}'", n.text, n.text),
                                 "choose another name");
        d.notes.push_back({f.decl->name.span, "the field is declared here"});
      }
    scope_.push_back({n.text, &loop, is_index, std::move(type), deps});
  }

  void nodes(const ast::Nodes& list) {
    for (const auto& n : list) node(*n);
  }

  void node(const ast::Node& n) {
    using K = ast::Node::Kind;
    switch (n.kind) {
      case K::Text: return;
      case K::Element:
        attributes(n);
        nodes(n.children);
        return;
      case K::Interp: {
        expect_printable(*n.expr, "in the page");
        Type t = s_.result.exprs[n.expr.get()].type;
        if (n.spec && !t.is_error() && t.is_printable()) {
          std::string why = check_format_spec(*n.spec, t);
          if (!why.empty())
            error(n.spec_span, why, "format specs follow fmt: {x:.2f}, {x:>8}, {x:05d}, {x:x}");
        }
        return;
      }
      case K::Raw: {
        Type t = check(*n.expr);
        if (!t.is_error() && t.kind != Type::Kind::String &&
            !(t.kind == Type::Kind::Optional && t.elem->kind == Type::Kind::String))
          error(n.expr->span, fmt::format("{{@html}} needs a string, not '{}'", t.display()));
        return;
      }
      case K::If:
        for (const ast::IfArm& arm : n.arms) {
          if (arm.condition) expect_condition(*arm.condition, "{#if}");
          nodes(arm.body);
        }
        return;
      case K::For: {
        Type t = check(*n.expr);
        Type elem = Type::error();
        if (!t.is_error()) {
          if (t.kind == Type::Kind::List) {
            elem = *t.elem;
          } else {
            std::string hint = t.kind == Type::Kind::Optional && t.elem->kind == Type::Kind::List
                                   ? "an optional list must be tested with has(...) first; consider a plain list"
                                   : "{#for} loops over a list<T>";
            error(n.expr->span, fmt::format("{{#for}} needs a list, not '{}'", t.display()), hint);
          }
        }
        s_.result.loop_elem[&n] = elem;
        std::uint64_t deps = deps_of(*n.expr);
        std::size_t depth = scope_.size();
        declare_local(n.var, n, false, elem, deps);
        if (n.index_var) declare_local(*n.index_var, n, true, Type::of(Type::Kind::Int), 0);
        nodes(n.body);
        for (std::size_t i = depth; i < scope_.size(); ++i) ended_.push_back(scope_[i]);
        scope_.resize(depth);
        return;
      }
    }
  }

  SemaState& s_;
  ViewInfo& view_;
  std::vector<Local> scope_;
  std::vector<Local> ended_;
};

}  // namespace

void check_template(SemaState& state, ViewInfo& view) { TemplateChecker(state, view).run(); }

}  // namespace lviewc
