#include "lower/lower.hpp"

#include <fmt/format.h>

namespace lviewc {
namespace {

class Lowerer {
 public:
  Lowerer(const SemaResult& sema, const SourceFile& source, ir::View& view)
      : sema_(sema), source_(source), view_(view) {}

  void root(const ast::Template& t) {
    int id = new_template("the template", t.span, {}, true);
    nodes(t.nodes, id);
    // Whitespace around the whole template is layout, not content.
    constexpr const char* kSpace = " \t\r\n";
    auto& statics = view_.templates[id].statics;
    std::string& first = statics.front();
    first.erase(0, std::min(first.size(), first.find_first_not_of(kSpace)));
    std::string& last = statics.back();
    auto end = last.find_last_not_of(kSpace);
    last.erase(end == std::string::npos ? 0 : end + 1);
  }

 private:
  int new_template(std::string what, SourceSpan span, std::vector<ir::Local> locals, bool stateful) {
    ir::Template t;
    t.id = static_cast<int>(view_.templates.size());
    t.what = std::move(what);
    t.span = span;
    t.statics.emplace_back();
    t.locals = std::move(locals);
    t.stateful = stateful;
    view_.templates.push_back(std::move(t));
    return view_.templates.back().id;
  }

  ir::Template& at(int id) { return view_.templates[id]; }
  void text(int id, std::string_view s) { at(id).statics.back() += s; }

  void slot(int id, ir::Slot s) {
    ir::Template& t = at(id);
    if ((s.kind == ir::Slot::Kind::Branch || s.kind == ir::Slot::Kind::List) && t.stateful)
      s.state = t.state_count++;
    t.slots.push_back(std::move(s));
    t.statics.emplace_back();
  }

  std::uint64_t deps(const ast::Expr* e) const { return sema_.info(e).deps; }

  // A value slot reading `e`.
  ir::Slot value(ir::Slot::Kind kind, const ast::Expr* e, SourceSpan span, std::string attr_name = {}) const {
    ir::Slot s;
    s.kind = kind;
    s.deps = deps(e);
    s.expr = e;
    s.span = span;
    s.attr_name = std::move(attr_name);
    return s;
  }

  std::uint64_t template_deps(int id) const {
    std::uint64_t d = 0;
    for (const ir::Slot& s : view_.templates[id].slots) d |= s.deps;
    return d;
  }

  std::string where(SourceSpan span) const {
    LineCol lc = source_.line_col(span.begin);
    return fmt::format("{}:{}", lc.line, lc.column);
  }

  void nodes(const ast::Nodes& list, int id) {
    for (const auto& n : list) node(*n, id);
  }

  void node(const ast::Node& n, int id) {
    using K = ast::Node::Kind;
    switch (n.kind) {
      case K::Text: text(id, n.text); return;
      case K::Element: element(n, id); return;
      case K::Interp:
      {
        ir::Slot s = value(ir::Slot::Kind::Text, n.expr.get(), n.span);
        s.spec = n.spec;
        slot(id, std::move(s));
        return;
      }
      case K::Raw:
        slot(id, value(ir::Slot::Kind::Raw, n.expr.get(), n.span));
        return;
      case K::If: branch(n, id); return;
      case K::For: loop(n, id); return;
    }
  }

  void element(const ast::Node& n, int id) {
    text(id, "<" + n.tag);
    for (const ast::Attribute& a : n.attributes) attribute(a, id);
    text(id, ">");
    if (n.is_void) return;
    nodes(n.children, id);
    text(id, "</" + n.tag + ">");
  }

  void attribute(const ast::Attribute& a, int id) {
    using AK = ast::Attribute::Kind;
    switch (a.kind) {
      case AK::Bare: text(id, " " + a.name.text); return;
      case AK::Static: {
        // Values are HTML as written; a single-quoted value may hold '"'.
        std::string value;
        for (char c : a.parts[0].text) value += c == '"' ? std::string("&quot;") : std::string(1, c);
        text(id, fmt::format(" {}=\"{}\"", a.name.text, value));
        return;
      }
      case AK::Expr: {
        const ast::Expr* e = a.parts[0].expr.get();
        const Type& t = sema_.info(e).type;
        if (t.kind == Type::Kind::Bool) {
          slot(id, value(ir::Slot::Kind::BoolAttr, e, a.span, a.name.text));
        } else if (t.kind == Type::Kind::Optional) {
          slot(id, value(ir::Slot::Kind::OptionalAttr, e, a.span, a.name.text));
        } else {
          text(id, " " + a.name.text + "=\"");
          slot(id, value(ir::Slot::Kind::AttrValue, e, a.span));
          text(id, "\"");
        }
        return;
      }
      case AK::Mixed:
        text(id, " " + a.name.text + "=\"");
        for (const ast::AttrPart& p : a.parts) {
          if (p.expr)
            slot(id, value(ir::Slot::Kind::AttrValue, p.expr.get(), p.expr->span));
          else
            text(id, p.text);
        }
        text(id, "\"");
        return;
    }
  }

  void branch(const ast::Node& n, int id) {
    ir::Slot s;
    s.kind = ir::Slot::Kind::Branch;
    s.span = n.span;
    bool stateful = at(id).stateful;
    std::vector<ir::Local> locals = at(id).locals;
    for (std::size_t i = 0; i < n.arms.size(); ++i) {
      const ast::IfArm& arm = n.arms[i];
      std::string what = arm.condition ? fmt::format("arm {} of the {{#if}} at {}", i + 1, where(n.span))
                                       : fmt::format("{{:else}} of the {{#if}} at {}", where(n.span));
      int arm_id = new_template(what, arm.span, locals, stateful);
      nodes(arm.body, arm_id);
      if (arm.condition) s.deps |= deps(arm.condition.get());
      s.deps |= template_deps(arm_id);
      s.arms.push_back({arm.condition.get(), arm_id});
    }
    slot(id, std::move(s));
  }

  void loop(const ast::Node& n, int id) {
    std::vector<ir::Local> locals = at(id).locals;
    locals.push_back({n.var.text, sema_.loop_elem.at(&n)});
    if (n.index_var) locals.push_back({n.index_var->text, Type::of(Type::Kind::Int)});
    int body = new_template(fmt::format("body of the {{#for}} at {}", where(n.span)), n.span, std::move(locals), false);
    nodes(n.body, body);
    ir::Slot s = value(ir::Slot::Kind::List, n.expr.get(), n.span);
    s.deps |= template_deps(body);
    s.body = body;
    slot(id, std::move(s));
  }

  const SemaResult& sema_;
  const SourceFile& source_;
  ir::View& view_;
};

}  // namespace

ir::Module lower(const ast::File&, const SemaResult& sema, const SourceFile& source) {
  ir::Module module;
  module.views.resize(sema.views.size());
  for (std::size_t i = 0; i < sema.views.size(); ++i) {
    module.views[i].info = &sema.views[i];
    Lowerer(sema, source, module.views[i]).root(*sema.views[i].templ);
  }
  return module;
}

}  // namespace lviewc
