// The generated .cpp: patch application, event decoding and dispatch, and the
// renderer. Each template of the IR becomes a few small functions:
//   tN_sK       writes the value of slot K (a template over the sink: HTML or JSON)
//   tN_sK_arm   picks the arm of branch slot K;  tN_sK_items  the list of list slot K
//   tN_html     the page's HTML
//   tN_json     the Rendered node (dynamics, and statics unless a list entry)
//   tN_diff     the diff for a change mask (stateful templates only)
// Templates are written children first, so no forward declarations are needed.
#include <fmt/format.h>

#include <algorithm>

#include "emit/code_writer.hpp"
#include "emit/cpp_text.hpp"
#include "emit/emit_expr.hpp"
#include "emit/emit_parts.hpp"

namespace lviewc {
namespace {

using SK = ir::Slot::Kind;

bool is_value(SK k) { return k != SK::Branch && k != SK::List; }

class SourceEmitter {
 public:
  SourceEmitter(CodeWriter& w, const SemaResult& sema, const SourceFile& source, const EmitOptions& options)
      : w_(w), sema_(sema), source_(source), options_(options) {}

  void view(const ir::View& v) {
    view_ = &v;
    const ViewInfo& info = *v.info;
    name_ = info.decl->name.text;
    fields_ns_ = snake_case(name_) + "_fields";
    w_.line(fmt::format("// ---------------------------------------------------------------- view {}", name_));
    w_.line();
    apply(info);
    decoders(info);
    dispatch(info);
    renderer(v);
  }

 private:
  // ---------------------------------------------------------------- state
  void apply(const ViewInfo& info) {
    w_.line(fmt::format("lview::FieldMask {}Traits::apply({}Context& ctx, {}Patch&& patch) {{", name_, name_, name_));
    w_.indent();
    if (info.context.empty()) {
      w_.line("(void)ctx;");
      w_.line("(void)patch;");
      w_.line("return {};");
    } else {
      w_.line("lview::FieldMask changed;");
      for (const FieldInfo& f : info.context) {
        const std::string& n = f.decl->name.text;
        w_.line(fmt::format("if (patch.{0} && !(*patch.{0} == ctx.{0})) {{", n));
        w_.indent();
        w_.line(fmt::format("ctx.{0} = std::move(*patch.{0});", n));
        w_.line(fmt::format("changed |= {}::{};", fields_ns_, mask_constant(f)));
        w_.dedent();
        w_.line("}");
      }
      w_.line("return changed;");
    }
    w_.dedent();
    w_.line("}");
    w_.line();
  }

  void decoders(const ViewInfo& info) {
    bool any = std::any_of(info.events.begin(), info.events.end(), [](const MessageInfo& m) { return !m.fields.empty(); });
    if (!any) return;
    w_.line("namespace {");
    w_.line();
    for (const MessageInfo& m : info.events) {
      if (m.fields.empty()) continue;
      std::string type = fmt::format("{}Base::{}", name_, m.cpp_name);
      w_.line(fmt::format("// event {}", m.decl->name.text));
      w_.line(fmt::format("std::optional<{}> decode_{}(const lview::Params& params, lview::DecodeError& error) {{",
                          type, m.decl->name.text));
      w_.indent();
      w_.line(fmt::format("{} event;", type));
      for (const FieldInfo& f : m.fields) {
        bool required = !f.decl->default_value && f.type.kind != Type::Kind::Optional;
        w_.line(fmt::format("if (!lview::decode_field(params, \"{0}\", event.{0}, {1}, error)) return std::nullopt;",
                            f.decl->name.text, required ? "true" : "false"));
      }
      w_.line("return event;");
      w_.dedent();
      w_.line("}");
      w_.line();
    }
    w_.line("}  // namespace");
    w_.line();
  }

  void dispatch(const ViewInfo& info) {
    std::string head = fmt::format("lview::EventResult {}Traits::dispatch_event(", name_);
    w_.line(head + "View& view, std::string_view event,");
    w_.line(std::string(head.size(), ' ') + "const lview::Params& params, Socket& socket) {");
    w_.indent();
    bool payloads = std::any_of(info.events.begin(), info.events.end(), [](const MessageInfo& m) { return !m.fields.empty(); });
    if (info.events.empty()) w_.line("(void)view, (void)event, (void)socket;");
    if (!payloads) w_.line("(void)params;");
    for (const MessageInfo& m : info.events) {
      w_.line(fmt::format("if (event == \"{}\") {{", m.decl->name.text));
      w_.indent();
      if (m.fields.empty()) {
        w_.line(fmt::format("view.handle_event(View::{}{{}}, socket);", m.cpp_name));
      } else {
        w_.line("lview::DecodeError error;");
        w_.line(fmt::format("auto decoded = decode_{}(params, error);", m.decl->name.text));
        w_.line("if (!decoded) return lview::EventResult::bad_payload(std::move(error));");
        w_.line("view.handle_event(*decoded, socket);");
      }
      w_.line("return lview::EventResult::handled();");
      w_.dedent();
      w_.line("}");
    }
    w_.line("return lview::EventResult::unknown();");
    w_.dedent();
    w_.line("}");
    w_.line();
    if (info.infos.empty()) {
      w_.line(fmt::format("void {}Traits::dispatch_info(View&, const Info&, Socket&) {{}}", name_));
    } else {
      w_.line(fmt::format("void {}Traits::dispatch_info(View& view, const Info& info, Socket& socket) {{", name_));
      w_.indent();
      w_.line("std::visit([&](const auto& message) { view.handle_info(message, socket); }, info);");
      w_.dedent();
      w_.line("}");
    }
    w_.line();
  }

  // ---------------------------------------------------------------- renderer
  std::string params(const ir::Template& t) const {
    std::string out = fmt::format("[[maybe_unused]] const {}Context& ctx", name_);
    for (const ir::Local& l : t.locals) {
      bool by_value = l.type.kind == Type::Kind::Int || l.type.kind == Type::Kind::Float || l.type.kind == Type::Kind::Bool;
      out += fmt::format(", [[maybe_unused]] {}{}{} {}", by_value ? "" : "const ", cpp_type(l.type), by_value ? "" : "&",
                         local_name(l.name));
    }
    return out;
  }

  static std::string args(const ir::Template& t) {
    std::string out = "ctx";
    for (const ir::Local& l : t.locals) out += ", " + local_name(l.name);
    return out;
  }

  std::uint32_t line_of(SourceSpan s) const { return source_.line_col(s.begin).line; }

  // The slot's source text, on one line, for a comment.
  std::string excerpt(SourceSpan s) const {
    std::string text(source_.slice(s));
    for (char& c : text)
      if (c == '\n' || c == '\r' || c == '\t') c = ' ';
    if (text.size() > 60) text = text.substr(0, 57) + "...";
    return text;
  }

  std::string mask_expr(std::uint64_t deps) const {
    std::string out;
    for (std::size_t i = 0; i < view_->info->context.size(); ++i)
      if (deps & (std::uint64_t{1} << i))
        out += (out.empty() ? "" : " | ") + fields_ns_ + "::" + mask_constant(view_->info->context[i]);
    return out;
  }

  std::string value_call(const ir::Slot& s) const {
    std::string e = emit_expr(*s.expr, sema_);
    switch (s.kind) {
      case SK::Text:
        if (s.spec) {
          const Type& t = sema_.info(s.expr).type;
          const Type& inner = t.kind == Type::Kind::Optional ? *t.elem : t;
          return fmt::format("out.template formatted<{}>({}, {});", cpp_type(inner),
                             cpp_string_literal("{:" + *s.spec + "}"), e);
        }
        return fmt::format("out.text({});", e);
      case SK::Raw: return fmt::format("out.raw({});", e);
      case SK::AttrValue: return fmt::format("out.text({});", e);
      case SK::BoolAttr: return fmt::format("out.bool_attr({}, {});", cpp_string_literal(s.attr_name), e);
      case SK::OptionalAttr: return fmt::format("out.optional_attr({}, {});", cpp_string_literal(s.attr_name), e);
      default: return "";
    }
  }

  void slot_helpers(const ir::Template& t) {
    std::string p = params(t);
    for (std::size_t k = 0; k < t.slots.size(); ++k) {
      const ir::Slot& s = t.slots[k];
      std::string fn = fmt::format("t{}_s{}", t.id, k);
      if (is_value(s.kind)) {
        w_.line(fmt::format("// {}", excerpt(s.span)));
        w_.line("template <class Sink>");
        w_.line(fmt::format("void {}({}, Sink& out) {{", fn, p));
        w_.indent();
        w_.mapped(value_call(s), options_.source_name, line_of(s.span));
        w_.dedent();
        w_.line("}");
        w_.line();
      } else if (s.kind == SK::Branch) {
        w_.line(fmt::format("// {}", excerpt({s.span.begin, s.span.begin + static_cast<std::uint32_t>(source_.slice(s.span).find('}') + 1)})));
        w_.line(fmt::format("int {}_arm({}) {{", fn, p));
        w_.indent();
        bool has_else = false;
        for (std::size_t a = 0; a < s.arms.size(); ++a) {
          if (!s.arms[a].condition) {
            w_.line(fmt::format("return {};  // {{:else}}", a));
            has_else = true;
            break;
          }
          w_.mapped(fmt::format("if ({}) return {};", emit_expr(*s.arms[a].condition, sema_), a),
                    options_.source_name, line_of(s.arms[a].condition->span));
        }
        if (!has_else) w_.line("return -1;  // no arm: the slot renders nothing");
        w_.dedent();
        w_.line("}");
        w_.line();
      } else {
        const Type& list = sema_.info(s.expr).type;
        w_.line(fmt::format("const {}& {}_items({}) {{", cpp_type(list), fn, p));
        w_.indent();
        w_.mapped(fmt::format("return {};", emit_expr(*s.expr, sema_)), options_.source_name, line_of(s.expr->span));
        w_.dedent();
        w_.line("}");
        w_.line();
      }
    }
  }

  // `for (...) {` over list slot k of t, declaring the loop variables the body expects.
  void open_loop(const ir::Template& t, std::size_t k) {
    const ir::Template& body = view_->templates[t.slots[k].body];
    const ir::Local& item = body.locals[t.locals.size()];
    bool indexed = body.locals.size() > t.locals.size() + 1;
    if (indexed) w_.line(fmt::format("std::int64_t {} = 0;", local_name(body.locals.back().name)));
    w_.line(fmt::format("for (const auto& {} : t{}_s{}_items({})) {{", local_name(item.name), t.id, k, args(t)));
    w_.indent();
  }

  // The loop that writes each entry of list slot k between begin_entry and
  // end_entry of a `list` writer (full or diff).
  void list_entries(const ir::Template& t, std::size_t k) {
    const ir::Template& body = view_->templates[t.slots[k].body];
    open_loop(t, k);
    w_.line("list.begin_entry();");
    w_.line(fmt::format("t{}_json({}, nullptr, out, false);", body.id, args(body)));
    w_.line("list.end_entry();");
    close_loop(t, k);
  }

  std::string json_value_call(const ir::Template& t, std::size_t k) const {
    return fmt::format("lview::detail::json_value(out, [&](auto& sink) {{ t{}_s{}({}, sink); }});", t.id, k, args(t));
  }

  void close_loop(const ir::Template& t, std::size_t k) {
    const ir::Template& body = view_->templates[t.slots[k].body];
    if (body.locals.size() > t.locals.size() + 1) w_.line(fmt::format("++{};", local_name(body.locals.back().name)));
    w_.dedent();
    w_.line("}");
  }

  void html(const ir::Template& t) {
    w_.line(fmt::format("void t{}_html({}, lview::Buffer& out) {{", t.id, params(t)));
    w_.indent();
    bool values = std::any_of(t.slots.begin(), t.slots.end(), [](const ir::Slot& s) { return is_value(s.kind); });
    if (values) w_.line("lview::detail::HtmlSink sink(out);");
    for (std::size_t k = 0; k <= t.slots.size(); ++k) {
      if (!t.statics[k].empty()) w_.line(fmt::format("out.append(kT{}[{}]);", t.id, k));
      if (k == t.slots.size()) break;
      const ir::Slot& s = t.slots[k];
      if (is_value(s.kind)) {
        w_.line(fmt::format("t{}_s{}({}, sink);", t.id, k, args(t)));
      } else if (s.kind == SK::Branch) {
        w_.line(fmt::format("switch (t{}_s{}_arm({})) {{", t.id, k, args(t)));
        for (std::size_t a = 0; a < s.arms.size(); ++a)
          w_.line(fmt::format("  case {}: t{}_html({}, out); break;", a, s.arms[a].templ, args(t)));
        w_.line("  default: break;");
        w_.line("}");
      } else {
        open_loop(t, k);
        const ir::Template& body = view_->templates[s.body];
        w_.line(fmt::format("t{}_html({}, out);", body.id, args(body)));
        close_loop(t, k);
      }
    }
    w_.dedent();
    w_.line("}");
    w_.line();
  }

  void json(const ir::Template& t) {
    bool uses_state = t.state_count > 0;
    w_.line(fmt::format("void t{}_json({}, lview::NodeState*{}, lview::Buffer& out, bool with_statics) {{", t.id,
                        params(t), uses_state ? " state" : ""));
    w_.indent();
    for (std::size_t k = 0; k < t.slots.size(); ++k) {
      const ir::Slot& s = t.slots[k];
      std::string key = fmt::format("{}\"{}\":", k == 0 ? "{" : ",", k);
      if (is_value(s.kind)) {
        w_.line(fmt::format("out.append({});", cpp_raw_literal(key)));
        w_.line(json_value_call(t, k));
      } else {
        w_.line(fmt::format("out.append({});", cpp_raw_literal(key)));
        std::string child = s.state >= 0 ? fmt::format("state ? &state->kids[{}] : nullptr", s.state) : "nullptr";
        w_.line(fmt::format("t{}_s{}_json({}, {}, out);", t.id, k, args(t), child));
      }
    }
    if (t.slots.empty()) {
      w_.line("if (!with_statics) {");
      w_.line("  out.append(\"{}\");  // a list entry with no dynamics");
      w_.line("  return;");
      w_.line("}");
      w_.line(fmt::format("out.append({});", cpp_raw_literal("{\"s\":")));
      w_.line(fmt::format("out.append(kT{}Json);", t.id));
      w_.line("out.append('}');");
    } else {
      w_.line("if (with_statics) {");
      w_.line(fmt::format("  out.append({});", cpp_raw_literal(",\"s\":")));
      w_.line(fmt::format("  out.append(kT{}Json);", t.id));
      w_.line("}");
      w_.line("out.append('}');");
    }
    w_.dedent();
    w_.line("}");
    w_.line();
  }

  int arm_state_count(const ir::Arm& arm) const { return view_->templates[arm.templ].state_count; }

  void branch_json(const ir::Template& t, std::size_t k) {
    const ir::Slot& s = t.slots[k];
    w_.line(fmt::format("void t{}_s{}_json({}, lview::NodeState* state, lview::Buffer& out) {{", t.id, k, params(t)));
    w_.indent();
    w_.line(fmt::format("int arm = t{}_s{}_arm({});", t.id, k, args(t)));
    w_.line("if (state) lview::detail::enter_arm(*state, arm, kT" + std::to_string(t.id) + "S" + std::to_string(k) + "ArmStates);");
    w_.line("switch (arm) {");
    for (std::size_t a = 0; a < s.arms.size(); ++a)
      w_.line(fmt::format("  case {}: t{}_json({}, state, out, true); return;", a, s.arms[a].templ, args(t)));
    w_.line("  default: out.append(\"\\\"\\\"\"); return;  // no arm: an empty string");
    w_.line("}");
    w_.dedent();
    w_.line("}");
    w_.line();
  }

  void list_json(const ir::Template& t, std::size_t k) {
    const ir::Slot& s = t.slots[k];
    const ir::Template& body = view_->templates[s.body];
    w_.line(fmt::format("void t{}_s{}_json({}, lview::NodeState* state, lview::Buffer& out) {{", t.id, k, params(t)));
    w_.indent();
    w_.line(fmt::format("lview::detail::ListWriter list(out, kT{}Json, state);", body.id));
    list_entries(t, k);
    w_.line("list.finish();");
    w_.dedent();
    w_.line("}");
    w_.line();
  }

  void branch_diff(const ir::Template& t, std::size_t k) {
    const ir::Slot& s = t.slots[k];
    w_.line(fmt::format("bool t{}_s{}_diff({}, lview::FieldMask changed, lview::NodeState& state, lview::Buffer& out) {{",
                        t.id, k, params(t)));
    w_.indent();
    w_.line(fmt::format("int arm = t{}_s{}_arm({});", t.id, k, args(t)));
    w_.line("if (arm != state.arm) {  // another arm: send it whole, with its statics");
    w_.line(fmt::format("  t{}_s{}_json({}, &state, out);", t.id, k, args(t)));
    w_.line("  return true;");
    w_.line("}");
    w_.line("switch (arm) {");
    for (std::size_t a = 0; a < s.arms.size(); ++a)
      w_.line(fmt::format("  case {}: return t{}_diff({}, changed, state, out);", a, s.arms[a].templ, args(t)));
    w_.line("  default: return false;");
    w_.line("}");
    w_.dedent();
    w_.line("}");
    w_.line();
  }

  void list_diff(const ir::Template& t, std::size_t k) {
    w_.line(fmt::format("bool t{}_s{}_diff({}, lview::NodeState& state, lview::Buffer& out) {{", t.id, k, params(t)));
    w_.indent();
    w_.line("lview::detail::ListDiffWriter list(out, state);");
    list_entries(t, k);
    w_.line("return list.finish();");
    w_.dedent();
    w_.line("}");
    w_.line();
  }

  void diff(const ir::Template& t) {
    bool any_deps = std::any_of(t.slots.begin(), t.slots.end(), [](const ir::Slot& s) { return s.deps != 0; });
    bool any_state = std::any_of(t.slots.begin(), t.slots.end(), [](const ir::Slot& s) { return s.deps != 0 && !is_value(s.kind); });
    w_.line(fmt::format("bool t{}_diff({}, lview::FieldMask{}, lview::NodeState&{}, lview::Buffer&{}) {{", t.id, params(t),
                        any_deps ? " changed" : "", any_state ? " state" : "", any_deps ? " out" : ""));
    w_.indent();
    if (!any_deps) {
      w_.line("return false;  // nothing here depends on the context");
    } else {
      w_.line("lview::detail::DiffObject diff(out);");
      for (std::size_t k = 0; k < t.slots.size(); ++k) {
        const ir::Slot& s = t.slots[k];
        if (s.deps == 0) continue;
        w_.line(fmt::format("if (changed.intersects(kT{}S{})) {{", t.id, k));
        w_.indent();
        if (is_value(s.kind)) {
          w_.line(fmt::format("diff.key(\"{}\");", k));
          w_.line(json_value_call(t, k));
        } else {
          w_.line(fmt::format("auto mark = diff.key(\"{}\");", k));
          std::string extra = s.kind == SK::Branch ? "changed, " : "";
          w_.line(fmt::format("if (!t{}_s{}_diff({}, {}state.kids[{}], out)) diff.rollback(mark);", t.id, k, args(t),
                              extra, s.state));
        }
        w_.dedent();
        w_.line("}");
      }
      w_.line("return diff.finish();");
    }
    w_.dedent();
    w_.line("}");
    w_.line();
  }

  void template_(const ir::Template& t, bool needs_diff) {
    LineCol at = source_.line_col(t.span.begin);
    w_.line(fmt::format("// t{}: {} ({}:{})", t.id, t.what, options_.source_name, at.line));
    w_.line(fmt::format("constexpr std::string_view kT{}[] = {{", t.id));
    w_.indent();
    for (const std::string& s : t.statics) w_.line(cpp_string_literal(s) + ",");
    w_.dedent();
    w_.line("};");
    w_.line(fmt::format("constexpr std::string_view kT{}Json = {};", t.id, cpp_raw_literal(json_string_array(t.statics))));
    for (std::size_t k = 0; k < t.slots.size(); ++k) {
      const ir::Slot& s = t.slots[k];
      if (needs_diff && s.deps != 0)
        w_.line(fmt::format("constexpr lview::FieldMask kT{}S{} = {};", t.id, k, mask_expr(s.deps)));
      if (s.kind == SK::Branch) {
        std::string counts;
        for (const ir::Arm& a : s.arms) counts += (counts.empty() ? "" : ", ") + std::to_string(arm_state_count(a));
        w_.line(fmt::format("constexpr int kT{}S{}ArmStates[] = {{{}}};  // NodeState kids per arm", t.id, k, counts));
      }
    }
    w_.line();
    slot_helpers(t);
    html(t);
    for (std::size_t k = 0; k < t.slots.size(); ++k) {
      if (t.slots[k].kind == SK::Branch) branch_json(t, k);
      if (t.slots[k].kind == SK::List) list_json(t, k);
    }
    json(t);
    if (!needs_diff) return;
    for (std::size_t k = 0; k < t.slots.size(); ++k) {
      if (t.slots[k].deps == 0) continue;
      if (t.slots[k].kind == SK::Branch) branch_diff(t, k);
      if (t.slots[k].kind == SK::List) list_diff(t, k);
    }
    diff(t);
  }

  void renderer(const ir::View& v) {
    // A template needs a diff function when a diff can reach it: the root,
    // and the arms of branch slots (with deps) of templates that need one.
    std::vector<bool> needs_diff(v.templates.size(), false);
    needs_diff[0] = true;
    for (const ir::Template& t : v.templates) {
      if (!needs_diff[t.id]) continue;
      for (const ir::Slot& s : t.slots)
        if (s.kind == SK::Branch && s.deps != 0)
          for (const ir::Arm& a : s.arms) needs_diff[a.templ] = true;
    }
    std::string impl = snake_case(name_) + "_render";
    w_.line("namespace {");
    w_.line(fmt::format("namespace {} {{", impl));
    w_.line();
    for (auto it = v.templates.rbegin(); it != v.templates.rend(); ++it) template_(*it, needs_diff[it->id]);
    w_.line(fmt::format("}}  // namespace {}", impl));
    w_.line("}  // namespace");
    w_.line();
    const ir::Template& root = v.templates[0];
    w_.line(fmt::format("void {}Renderer::html(const {}Context& ctx, lview::Buffer& out) {{", name_, name_));
    w_.line(fmt::format("  {}::t0_html(ctx, out);", impl));
    w_.line("}");
    w_.line();
    w_.line(fmt::format("void {}Renderer::rendered(const {}Context& ctx, lview::RenderState& state, lview::Buffer& out) {{",
                        name_, name_));
    w_.line(fmt::format("  state = lview::RenderState{{}};"));
    w_.line(fmt::format("  state.kids.resize({});", root.state_count));
    w_.line(fmt::format("  {}::t0_json(ctx, &state, out, true);", impl));
    w_.line("}");
    w_.line();
    std::string head = fmt::format("bool {}Renderer::diff(", name_);
    w_.line(fmt::format("{}const {}Context& ctx, lview::FieldMask changed, lview::RenderState& state,", head, name_));
    w_.line(std::string(head.size(), ' ') + "lview::Buffer& out) {");
    w_.line("  if (changed.none()) return false;");
    w_.line(fmt::format("  return {}::t0_diff(ctx, changed, state, out);", impl));
    w_.line("}");
    w_.line();
  }

  CodeWriter& w_;
  const SemaResult& sema_;
  const SourceFile& source_;
  const EmitOptions& options_;
  const ir::View* view_ = nullptr;
  std::string name_;
  std::string fields_ns_;
};

}  // namespace

std::string emit_source(const SemaResult& sema, const ir::Module& module, const SourceFile& source,
                        const EmitOptions& options, const std::vector<std::string>& ns) {
  CodeWriter w(options.source_file_name, options.line_directives);
  w.line(fmt::format("// Generated by lviewc {} from {}. DO NOT EDIT.", options.version, options.source_name));
  w.line(fmt::format("#include \"{}\"", options.header_name));
  w.line();
  w.line("#include <lview/render.hpp>");
  w.line();
  for (const std::string& part : ns) w.line(fmt::format("namespace {} {{", part));
  if (!ns.empty()) w.line();
  SourceEmitter emitter(w, sema, source, options);
  for (const ir::View& v : module.views) emitter.view(v);
  for (auto it = ns.rbegin(); it != ns.rend(); ++it) w.line(fmt::format("}}  // namespace {}", *it));
  return w.text();
}

}  // namespace lviewc
