// The generated header: records, and per view its Context, Patch, field
// masks, Base class (with nested event and info structs), Traits and Renderer.
#include <fmt/format.h>

#include "emit/code_writer.hpp"
#include "emit/cpp_text.hpp"
#include "emit/emit_cpp.hpp"
#include "emit/emit_parts.hpp"

namespace lviewc {

namespace {

void emit_fields(CodeWriter& w, const std::vector<FieldInfo>& fields, bool numbered) {
  for (std::size_t i = 0; i < fields.size(); ++i) {
    const FieldInfo& f = fields[i];
    std::string init = field_initializer(f);
    std::string comment = numbered ? fmt::format("  // field {}", i) : "";
    w.line(fmt::format("{} {}{};{}", cpp_type(f.type), f.decl->name.text, init, comment));
  }
}

void emit_messages(CodeWriter& w, const std::vector<MessageInfo>& messages) {
  for (const MessageInfo& m : messages) {
    if (m.fields.empty()) {
      w.line(fmt::format("struct {} {{}};", m.cpp_name));
      continue;
    }
    w.line(fmt::format("struct {} {{", m.cpp_name));
    w.indent();
    emit_fields(w, m.fields, false);
    w.dedent();
    w.line("};");
  }
}

void emit_view(CodeWriter& w, const ViewInfo& v, const SourceFile& source, const EmitOptions& options) {
  const std::string& name = v.decl->name.text;
  std::string fields_ns = snake_case(name) + "_fields";
  LineCol at = source.line_col(v.decl->span.begin);

  w.line(fmt::format("// ---------------------------------------------------------------- view {}", name));
  w.line(fmt::format("// {}:{}", options.source_name, at.line));
  w.line();
  w.line(fmt::format("// The state of a {}. Field n is bit n of its change mask.", name));
  if (v.context.empty()) {
    w.line(fmt::format("struct {}Context {{}};", name));
  } else {
    w.line(fmt::format("struct {}Context {{", name));
    w.indent();
    emit_fields(w, v.context, true);
    w.dedent();
    w.line("};");
  }
  w.line();
  w.line(fmt::format("// socket.assign({{.field = value, ...}}) sets the fields a patch holds."));
  if (v.context.empty()) {
    w.line(fmt::format("struct {}Patch {{}};", name));
  } else {
    w.line(fmt::format("struct {}Patch {{", name));
    w.indent();
    for (const FieldInfo& f : v.context)
      w.line(fmt::format("std::optional<{}> {}{{}};", cpp_type(f.type), f.decl->name.text));
    w.dedent();
    w.line("};");
  }
  w.line();
  w.line(fmt::format("namespace {} {{", fields_ns));
  for (std::size_t i = 0; i < v.context.size(); ++i)
    w.line(fmt::format("inline constexpr lview::FieldMask {}{{std::uint64_t{{1}} << {}}};",
                       mask_constant(v.context[i]), i));
  w.line(fmt::format("}}  // namespace {}", fields_ns));
  w.line();
  w.line(fmt::format("struct {}Traits;", name));
  w.line(fmt::format("struct {}Renderer;", name));
  w.line();
  w.line(fmt::format("// Derive from {}Base and implement mount() and one handler per event", name));
  w.line("// and per info; a missing handler is a compile error.");
  w.line(fmt::format("class {}Base {{", name));
  w.line(" public:");
  w.indent();
  w.line(fmt::format("using Context = {}Context;", name));
  w.line(fmt::format("using Patch = {}Patch;", name));
  w.line(fmt::format("using Socket = lview::Socket<{}Traits>;", name));
  if (!v.events.empty()) {
    w.line();
    w.line("// Events from the browser, for handle_event.");
    emit_messages(w, v.events);
  }
  if (!v.infos.empty()) {
    w.line();
    w.line("// Infos (timers, async results, pub/sub), for handle_info.");
    emit_messages(w, v.infos);
  }
  w.line();
  w.line(fmt::format("virtual ~{}Base() = default;", name));
  w.line("virtual void mount(Socket& socket) = 0;");
  for (const MessageInfo& m : v.events)
    w.line(fmt::format("virtual void handle_event(const {}& event, Socket& socket) = 0;", m.cpp_name));
  for (const MessageInfo& m : v.infos)
    w.line(fmt::format("virtual void handle_info(const {}& info, Socket& socket) = 0;", m.cpp_name));
  w.dedent();
  w.line("};");
  w.line();
  w.line(fmt::format("// What the lview runtime needs to know about {}.", name));
  w.line(fmt::format("struct {}Traits {{", name));
  w.indent();
  w.line(fmt::format("using View = {}Base;", name));
  w.line(fmt::format("using Context = {}Context;", name));
  w.line(fmt::format("using Patch = {}Patch;", name));
  w.line(fmt::format("using Socket = {}Base::Socket;", name));
  w.line(fmt::format("using Renderer = {}Renderer;", name));
  if (v.infos.empty()) {
    w.line("using Info = std::variant<lview::NoInfo>;");
  } else {
    std::string list;
    for (const MessageInfo& m : v.infos) list += (list.empty() ? "" : ", ") + name + "Base::" + m.cpp_name;
    w.line(fmt::format("using Info = std::variant<{}>;", list));
  }
  w.line(fmt::format("static constexpr std::string_view name = \"{}\";", name));
  w.line();
  w.line("static lview::FieldMask apply(Context& ctx, Patch&& patch);");
  w.line("static lview::EventResult dispatch_event(View& view, std::string_view event,");
  w.line("                                         const lview::Params& params, Socket& socket);");
  w.line("static void dispatch_info(View& view, const Info& info, Socket& socket);");
  w.dedent();
  w.line("};");
  w.line();
  w.line(fmt::format("// Renders a {}: the page's HTML, the Rendered tree of the join reply, diffs.", name));
  w.line(fmt::format("struct {}Renderer {{", name));
  w.indent();
  w.line(fmt::format("static void html(const {}Context& ctx, lview::Buffer& out);", name));
  w.line(fmt::format("static void rendered(const {}Context& ctx, lview::RenderState& state, lview::Buffer& out);", name));
  w.line("// Writes the changes of the fields in `changed`; false, writing nothing, when");
  w.line("// the client's page is already up to date.");
  w.line(fmt::format("static bool diff(const {}Context& ctx, lview::FieldMask changed, lview::RenderState& state,", name));
  w.line("                 lview::Buffer& out);");
  w.dedent();
  w.line("};");
  w.line();
}

}  // namespace

std::string emit_header(const SemaResult& sema, const SourceFile& source, const EmitOptions& options,
                        const std::vector<std::string>& ns) {
  CodeWriter w(options.header_name, false);
  w.line(fmt::format("// Generated by lviewc {} from {}. DO NOT EDIT.", options.version, options.source_name));
  w.line("#pragma once");
  w.line();
  for (const char* h : {"cstdint", "optional", "string", "string_view", "variant", "vector"})
    w.line(fmt::format("#include <{}>", h));
  w.line();
  w.line("#include <lview/view.hpp>");
  w.line();
  w.line("static_assert(LVIEW_GENERATED_ABI == 1,");
  w.line(fmt::format("              \"{} was generated for another version of the lview runtime; regenerate it\");",
                     options.header_name));
  w.line();
  for (const std::string& part : ns) w.line(fmt::format("namespace {} {{", part));
  if (!ns.empty()) w.line();
  for (const RecordInfo& r : sema.records) {
    w.line(fmt::format("struct {} {{", r.decl->name.text));
    w.indent();
    emit_fields(w, r.fields, false);
    w.line();
    w.line(fmt::format("friend bool operator==(const {0}&, const {0}&) = default;", r.decl->name.text));
    w.dedent();
    w.line("};");
    w.line();
  }
  for (const ViewInfo& v : sema.views) emit_view(w, v, source, options);
  for (auto it = ns.rbegin(); it != ns.rend(); ++it) w.line(fmt::format("}}  // namespace {}", *it));
  return w.text();
}

}  // namespace lviewc
