// The render IR: what lviewc knows about a template at build time.
//
// A template is split, as Phoenix LiveView's engine does, into N+1 static
// strings and N dynamic slots: HTML = s0 d0 s1 d1 ... sN. Each slot records the
// context fields its output can depend on (`deps`, one bit per field), so a
// diff visits a slot only when one of those fields changed.
//
// Every {#if} arm and every {#for} body is a template of its own. A branch
// slot's value is the rendered arm; when the chosen arm changes the runtime
// sends the arm in full (with its statics "s"), else only the arm's changed
// slots. That is why a branch's deps include its arms' deps as well as its
// conditions'. A list slot is a Phoenix comprehension: statics once, then one
// entry of dynamics per item.
//
// Diff state (lview::NodeState) exists only outside lists: a stateful
// template numbers its branch and list slots 0..state_count-1, and the
// runtime keeps one NodeState per such slot (the chosen arm, or a hash per
// list entry). Templates inside a list body are always sent whole per entry.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "sema/sema.hpp"

namespace lviewc::ir {

struct Local {
  std::string name;
  Type type;
};

struct Arm {
  const ast::Expr* condition = nullptr;  // null for {:else}
  int templ = -1;
};

struct Slot {
  enum class Kind {
    Text,          // {expr} / {expr:spec}: escaped text
    Raw,           // {@html expr}: trusted HTML
    AttrValue,     // part of a quoted attribute value, or the whole of name={expr}
    BoolAttr,      // name={bool}: ` name` or nothing
    OptionalAttr,  // name={optional}: ` name="v"` or nothing
    Branch,        // {#if} ... {/if}
    List,          // {#for} ... {/for}
  };
  Kind kind = Kind::Text;
  std::uint64_t deps = 0;
  const ast::Expr* expr = nullptr;  // the value; for List: the list
  std::optional<std::string> spec;
  std::string attr_name;
  std::vector<Arm> arms;  // Branch
  int body = -1;          // List: template of one entry
  int state = -1;         // Branch/List in a stateful template: index into NodeState::kids
  SourceSpan span;
};

struct Template {
  int id = 0;
  std::string what;  // for the comment above its code: "arm 2 of {#if} at 14:5"
  SourceSpan span;
  std::vector<std::string> statics;  // statics.size() == slots.size() + 1
  std::vector<Slot> slots;
  std::vector<Local> locals;  // loop variables in scope, outermost first
  bool stateful = true;
  int state_count = 0;
};

struct View {
  const ViewInfo* info = nullptr;
  std::vector<Template> templates;  // [0] is the root
};

struct Module {
  std::vector<View> views;
};

}  // namespace lviewc::ir
