#include "parse/build_ast.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <array>

#include "diag/suggest.hpp"

namespace lviewc {
namespace {

using P = grammar::LViewParser;

constexpr std::array<std::string_view, 13> kVoidElements = {
    "area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track", "wbr"};

bool is_void_element(std::string_view tag) {
  std::string lower(tag);
  for (char& c : lower) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return std::find(kVoidElements.begin(), kVoidElements.end(), lower) != kVoidElements.end();
}

std::string lowercase(std::string_view s) {
  std::string out(s);
  for (char& c : out) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return out;
}

class Builder {
 public:
  Builder(const SourceFile& file, const std::vector<std::uint32_t>& offsets, DiagEngine& diags)
      : file_(file), offsets_(offsets), diags_(diags) {}

  ast::File file(P::FileContext* ctx) {
    ast::File out;
    if (auto* ns = ctx->namespaceDecl()) {
      for (auto* id : ns->qualifiedName()->IDENT()) out.namespace_parts.push_back(name(id));
      out.namespace_span = span(ns->qualifiedName());
    }
    for (auto* top : ctx->topDecl()) {
      if (auto* r = top->recordDecl()) out.records.push_back(record(r));
      if (auto* v = top->viewDecl()) out.views.push_back(view(v));
    }
    return out;
  }

 private:
  // ---------------------------------------------------------------- spans
  std::uint32_t byte(std::size_t code_point) const {
    return offsets_[std::min(code_point, offsets_.size() - 1)];
  }
  SourceSpan span(antlr4::Token* t) const {
    return {byte(t->getStartIndex()), byte(t->getStopIndex() + 1)};
  }
  SourceSpan span(antlr4::tree::TerminalNode* n) const { return span(n->getSymbol()); }
  SourceSpan span(antlr4::ParserRuleContext* c) const {
    auto* stop = c->getStop() ? c->getStop() : c->getStart();
    return {byte(c->getStart()->getStartIndex()), byte(stop->getStopIndex() + 1)};
  }
  std::string text(SourceSpan s) const { return std::string(file_.slice(s)); }
  ast::Name name(antlr4::tree::TerminalNode* n) const { return {text(span(n)), span(n)}; }

  // ---------------------------------------------------------------- declarations
  ast::Record record(P::RecordDeclContext* ctx) {
    ast::Record r{name(ctx->IDENT()), {}, span(ctx)};
    for (auto* f : ctx->fieldDecl()) r.fields.push_back(field(f));
    return r;
  }

  ast::Field field(P::FieldDeclContext* ctx) {
    ast::Field f{name(ctx->IDENT()), type(ctx->typeRef()), std::nullopt, span(ctx)};
    if (auto* lit = ctx->literal()) f.default_value = literal(lit);
    return f;
  }

  ast::TypeRef type(P::TypeRefContext* ctx) {
    ast::TypeRef t{name(ctx->IDENT()), nullptr, span(ctx)};
    if (auto* arg = ctx->typeRef()) t.arg = std::make_unique<ast::TypeRef>(type(arg));
    return t;
  }

  ast::Literal literal(P::LiteralContext* ctx) {
    ast::Literal lit;
    lit.span = span(ctx);
    if (auto* n = dynamic_cast<P::NumberLiteralContext*>(ctx)) {
      lit.kind = n->INT() ? ast::Literal::Kind::Int : ast::Literal::Kind::Float;
      lit.text = (n->MINUS() ? "-" : "") + text(span(n->INT() ? n->INT() : n->FLOAT()));
    } else if (auto* s = dynamic_cast<P::StringLiteralContext*>(ctx)) {
      lit.kind = ast::Literal::Kind::String;
      lit.text = decode_string(s->STRING());
    } else if (auto* b = dynamic_cast<P::BoolLiteralContext*>(ctx)) {
      lit.kind = ast::Literal::Kind::Bool;
      lit.bool_value = b->TRUE() != nullptr;
    } else if (auto* l = dynamic_cast<P::ListLiteralContext*>(ctx)) {
      lit.kind = ast::Literal::Kind::List;
      for (auto* item : l->literal()) lit.items.push_back(literal(item));
    }
    return lit;
  }

  // The value of a "..." literal. Escapes: \" \\ \n \t \r; anything else is an error.
  std::string decode_string(antlr4::tree::TerminalNode* token) {
    SourceSpan s = span(token);
    std::string_view raw = file_.slice(s);
    raw = raw.substr(1, raw.size() - 2);
    std::string out;
    for (std::size_t i = 0; i < raw.size(); ++i) {
      if (raw[i] != '\\') {
        out += raw[i];
        continue;
      }
      char e = ++i < raw.size() ? raw[i] : '\0';
      switch (e) {
        case '"': out += '"'; break;
        case '\\': out += '\\'; break;
        case 'n': out += '\n'; break;
        case 't': out += '\t'; break;
        case 'r': out += '\r'; break;
        default: {
          auto at = static_cast<std::uint32_t>(s.begin + 1 + i - 1);
          diags_.error(file_, {at, at + 2}, fmt::format("unknown escape sequence '\\{}' in string", e),
                       "the escapes are \\\" \\\\ \\n \\t \\r");
        }
      }
    }
    return out;
  }

  ast::Message message(antlr4::tree::TerminalNode* id, const std::vector<P::FieldDeclContext*>& fields,
                       antlr4::ParserRuleContext* ctx) {
    ast::Message m{name(id), {}, span(ctx)};
    for (auto* f : fields) m.fields.push_back(field(f));
    return m;
  }

  ast::View view(P::ViewDeclContext* ctx) {
    ast::View v;
    v.name = name(ctx->IDENT());
    v.span = span(ctx);
    for (auto* member : ctx->viewMember()) {
      if (auto* c = member->contextDecl()) {
        v.context_blocks.push_back(span(c->CONTEXT()));
        for (auto* f : c->fieldDecl()) v.context.push_back(field(f));
      } else if (auto* e = member->eventDecl()) {
        v.events.push_back(message(e->IDENT(), e->fieldDecl(), e));
      } else if (auto* i = member->infoDecl()) {
        v.infos.push_back(message(i->IDENT(), i->fieldDecl(), i));
      } else if (auto* t = member->templateDecl()) {
        v.templates.push_back(template_(t));
      }
    }
    return v;
  }

  // ---------------------------------------------------------------- expressions
  std::unique_ptr<ast::Expr> expr(P::ExprContext* ctx) {
    auto e = std::make_unique<ast::Expr>();
    e->span = span(ctx);
    if (auto* p = dynamic_cast<P::PrimaryExprContext*>(ctx)) return primary(p->primary());
    if (auto* m = dynamic_cast<P::MemberExprContext*>(ctx)) {
      e->kind = ast::Expr::Kind::Member;
      e->text = text(span(m->IDENT()));
      e->name_span = span(m->IDENT());
      e->args.push_back(expr(m->expr()));
    } else if (auto* u = dynamic_cast<P::UnaryExprContext*>(ctx)) {
      e->kind = ast::Expr::Kind::Unary;
      e->unary = u->op->getType() == P::NOT ? ast::UnaryOp::Not : ast::UnaryOp::Neg;
      e->name_span = span(u->op);
      e->args.push_back(expr(u->expr()));
    } else if (auto* b = dynamic_cast<P::BinaryExprContext*>(ctx)) {
      e->kind = ast::Expr::Kind::Binary;
      e->binary = binary_op(b->op->getType());
      e->name_span = span(b->op);
      e->args.push_back(expr(b->expr(0)));
      e->args.push_back(expr(b->expr(1)));
    } else if (auto* c = dynamic_cast<P::CondExprContext*>(ctx)) {
      e->kind = ast::Expr::Kind::Cond;
      for (int i = 0; i < 3; ++i) e->args.push_back(expr(c->expr(i)));
    }
    return e;
  }

  static ast::BinaryOp binary_op(std::size_t token) {
    switch (token) {
      case P::STAR: return ast::BinaryOp::Mul;
      case P::SLASH: return ast::BinaryOp::Div;
      case P::PERCENT: return ast::BinaryOp::Mod;
      case P::PLUS: return ast::BinaryOp::Add;
      case P::MINUS: return ast::BinaryOp::Sub;
      case P::LT: return ast::BinaryOp::Lt;
      case P::LE: return ast::BinaryOp::Le;
      case P::GT: return ast::BinaryOp::Gt;
      case P::GE: return ast::BinaryOp::Ge;
      case P::EQ: return ast::BinaryOp::Eq;
      case P::NE: return ast::BinaryOp::Ne;
      case P::AND: return ast::BinaryOp::And;
      default: return ast::BinaryOp::Or;
    }
  }

  std::unique_ptr<ast::Expr> primary(P::PrimaryContext* ctx) {
    auto e = std::make_unique<ast::Expr>();
    e->span = span(ctx);
    if (auto* i = dynamic_cast<P::IntPrimaryContext*>(ctx)) {
      e->kind = ast::Expr::Kind::Int;
      e->text = text(span(i->INT()));
    } else if (auto* f = dynamic_cast<P::FloatPrimaryContext*>(ctx)) {
      e->kind = ast::Expr::Kind::Float;
      e->text = text(span(f->FLOAT()));
    } else if (auto* s = dynamic_cast<P::StringPrimaryContext*>(ctx)) {
      e->kind = ast::Expr::Kind::String;
      e->text = decode_string(s->STRING());
    } else if (auto* b = dynamic_cast<P::BoolPrimaryContext*>(ctx)) {
      e->kind = ast::Expr::Kind::Bool;
      e->bool_value = b->TRUE() != nullptr;
    } else if (auto* c = dynamic_cast<P::CallPrimaryContext*>(ctx)) {
      e->kind = ast::Expr::Kind::Call;
      e->text = text(span(c->IDENT()));
      e->name_span = span(c->IDENT());
      for (auto* arg : c->expr()) e->args.push_back(expr(arg));
    } else if (auto* n = dynamic_cast<P::NamePrimaryContext*>(ctx)) {
      e->kind = ast::Expr::Kind::Name;
      e->text = text(span(n->IDENT()));
      e->name_span = e->span;
    } else if (auto* p = dynamic_cast<P::ParenPrimaryContext*>(ctx)) {
      auto inner = expr(p->expr());
      inner->span = e->span;  // keep the parentheses in the span for diagnostics
      return inner;
    }
    return e;
  }

  // ---------------------------------------------------------------- attributes
  ast::Attribute attribute(P::AttributeContext* ctx) {
    ast::Attribute a;
    a.name = name(ctx->ATTR_NAME());
    a.span = span(ctx);
    auto* value = ctx->attrValue();
    if (value == nullptr) return a;
    a.value_span = span(value);
    if (auto* q = dynamic_cast<P::QuotedValueContext*>(value)) {
      bool any_expr = false;
      for (auto* part : q->attrPart()) {
        ast::AttrPart p;
        if (auto* t = dynamic_cast<P::AttrTextContext*>(part)) p.text = text(span(t));
        else if (auto* x = dynamic_cast<P::AttrExprContext*>(part)) p.expr = expr(x->expr()), any_expr = true;
        a.parts.push_back(std::move(p));
      }
      if (any_expr) {
        a.kind = ast::Attribute::Kind::Mixed;
      } else {
        a.kind = ast::Attribute::Kind::Static;
        std::string joined;
        for (auto& p : a.parts) joined += p.text;
        a.parts.clear();
        a.parts.push_back({std::move(joined), nullptr});
      }
    } else if (auto* x = dynamic_cast<P::ExprValueContext*>(value)) {
      a.kind = ast::Attribute::Kind::Expr;
      a.parts.push_back({{}, expr(x->expr())});
    } else {
      a.kind = ast::Attribute::Kind::Static;
      a.parts.push_back({text(span(value)), nullptr});
    }
    return a;
  }

  // ---------------------------------------------------------------- template nesting
  //
  // Items arrive flat; a stack of open frames turns them into a tree. Every
  // mismatch is reported once, at the place a reader would look, and the stack
  // is repaired so that one mistake does not cause a cascade of others.
  struct Frame {
    ast::Node* node;      // Element, If or For
    ast::Nodes* children; // where items go right now (for If: the last arm's body)
    bool has_else = false;
  };

  ast::Nodes* current() { return stack_.empty() ? root_ : stack_.back().children; }

  void add(std::unique_ptr<ast::Node> node) { current()->push_back(std::move(node)); }

  static std::string describe(const ast::Node& n) {
    switch (n.kind) {
      case ast::Node::Kind::Element: return "<" + n.tag + ">";
      case ast::Node::Kind::If: return "{#if}";
      case ast::Node::Kind::For: return "{#for}";
      default: return "block";
    }
  }

  static std::string closer(const ast::Node& n) {
    switch (n.kind) {
      case ast::Node::Kind::Element: return "</" + n.tag + ">";
      case ast::Node::Kind::If: return "{/if}";
      case ast::Node::Kind::For: return "{/for}";
      default: return "";
    }
  }

  void report_unclosed(const Frame& f, SourceSpan at, std::string_view before) {
    auto& d = diags_.error(file_, f.node->span,
                           fmt::format("{} is not closed{}", describe(*f.node), before),
                           fmt::format("add {}", closer(*f.node)));
    (void)at;
    (void)d;
  }

  // Pops frames until one of `kind` (and, for elements, `tag`) is on top;
  // returns false, popping nothing, if there is none.
  bool close_to(ast::Node::Kind kind, std::string_view tag, SourceSpan at, std::string_view what) {
    auto it = std::find_if(stack_.rbegin(), stack_.rend(), [&](const Frame& f) {
      return f.node->kind == kind && (kind != ast::Node::Kind::Element || lowercase(f.node->tag) == tag);
    });
    if (it == stack_.rend()) return false;
    while (&stack_.back() != &*it) {
      report_unclosed(stack_.back(), at, fmt::format(" before {}", what));
      stack_.pop_back();
    }
    stack_.pop_back();
    return true;
  }

  void item(P::TemplateItemContext* ctx) {
    SourceSpan s = span(ctx);
    if (auto* t = dynamic_cast<P::TextItemContext*>(ctx)) {
      auto n = std::make_unique<ast::Node>();
      n->kind = ast::Node::Kind::Text;
      n->span = s;
      n->text = text(span(t->TEXT()));
      add(std::move(n));
    } else if (dynamic_cast<P::CommentItemContext*>(ctx)) {
      auto n = std::make_unique<ast::Node>();
      n->kind = ast::Node::Kind::Text;
      n->span = s;
      n->text = text(s);
      add(std::move(n));
    } else if (auto* o = dynamic_cast<P::OpenTagItemContext*>(ctx)) {
      open_tag(o, s);
    } else if (auto* c = dynamic_cast<P::CloseTagItemContext*>(ctx)) {
      close_tag(c, s);
    } else if (auto* i = dynamic_cast<P::InterpItemContext*>(ctx)) {
      auto n = std::make_unique<ast::Node>();
      n->kind = ast::Node::Kind::Interp;
      n->span = s;
      n->expr = expr(i->expr());
      if (i->SPEC_COLON()) {
        n->spec = i->SPEC_TEXT() ? text(span(i->SPEC_TEXT())) : std::string();
        n->spec_span = i->SPEC_TEXT() ? span(i->SPEC_TEXT()) : span(i->SPEC_COLON());
      }
      add(std::move(n));
    } else if (auto* r = dynamic_cast<P::RawItemContext*>(ctx)) {
      auto n = std::make_unique<ast::Node>();
      n->kind = ast::Node::Kind::Raw;
      n->span = s;
      n->expr = expr(r->expr());
      add(std::move(n));
    } else if (auto* f = dynamic_cast<P::IfItemContext*>(ctx)) {
      auto n = std::make_unique<ast::Node>();
      n->kind = ast::Node::Kind::If;
      n->span = s;
      n->arms.push_back({expr(f->expr()), {}, s});
      ast::Node* raw = n.get();
      add(std::move(n));
      stack_.push_back({raw, &raw->arms.back().body});
    } else if (auto* ei = dynamic_cast<P::ElseIfItemContext*>(ctx)) {
      else_arm(expr(ei->expr()), s, "{:else if}");
    } else if (dynamic_cast<P::ElseItemContext*>(ctx)) {
      else_arm(nullptr, s, "{:else}");
    } else if (dynamic_cast<P::EndIfItemContext*>(ctx)) {
      if (!close_to(ast::Node::Kind::If, "", s, "{/if}"))
        diags_.error(file_, s, "{/if} without a matching {#if}");
    } else if (auto* fo = dynamic_cast<P::ForItemContext*>(ctx)) {
      auto n = std::make_unique<ast::Node>();
      n->kind = ast::Node::Kind::For;
      n->span = s;
      n->var = name(fo->IDENT(0));
      if (fo->IDENT().size() > 1) n->index_var = name(fo->IDENT(1));
      n->expr = expr(fo->expr());
      ast::Node* raw = n.get();
      add(std::move(n));
      stack_.push_back({raw, &raw->body});
    } else if (dynamic_cast<P::EndForItemContext*>(ctx)) {
      if (!close_to(ast::Node::Kind::For, "", s, "{/for}"))
        diags_.error(file_, s, "{/for} without a matching {#for}");
    } else if (auto* bad = dynamic_cast<P::BadBlockItemContext*>(ctx)) {
      SourceSpan bs = span(bad->BAD_BLOCK());
      std::string written = text(bs);
      written.erase(std::remove_if(written.begin(), written.end(), [](char c) { return std::isspace(static_cast<unsigned char>(c)); }), written.end());
      std::string hint = did_you_mean(written, {"{#if", "{#for", "{:else", "{:else if", "{/if", "{/for", "{@html"});
      if (hint.empty()) hint = "the blocks are {#if}, {:else if}, {:else}, {/if}, {#for}, {/for} and {@html}";
      diags_.error(file_, bs, fmt::format("unknown block '{}'", written), hint);
    }
  }

  void open_tag(P::OpenTagItemContext* ctx, SourceSpan s) {
    auto n = std::make_unique<ast::Node>();
    n->kind = ast::Node::Kind::Element;
    n->span = s;
    n->tag = text(span(ctx->TAG_OPEN())).substr(1);
    n->is_void = is_void_element(n->tag);
    n->self_closing = ctx->TAG_SELF_CLOSE() != nullptr;
    for (auto* a : ctx->attribute()) n->attributes.push_back(attribute(a));
    ast::Node* raw = n.get();
    add(std::move(n));
    if (!raw->is_void && !raw->self_closing) stack_.push_back({raw, &raw->children});
  }

  void close_tag(P::CloseTagItemContext* ctx, SourceSpan s) {
    std::string raw = text(span(ctx->CLOSE_TAG()));
    std::string tag;
    for (char c : raw.substr(2))
      if (!std::isspace(static_cast<unsigned char>(c)) && c != '>') tag += c;
    std::string lower = lowercase(tag);
    if (is_void_element(lower)) {
      diags_.error(file_, s, fmt::format("<{}> is a void element and has no closing tag", lower),
                   fmt::format("remove </{}>", tag));
      return;
    }
    if (!stack_.empty() && stack_.back().node->kind == ast::Node::Kind::Element &&
        lowercase(stack_.back().node->tag) == lower) {
      stack_.pop_back();
      return;
    }
    // A close tag for an element opened outside the innermost block would
    // close across the block boundary: say so, pointing at both.
    bool found = std::any_of(stack_.begin(), stack_.end(), [&](const Frame& f) {
      return f.node->kind == ast::Node::Kind::Element && lowercase(f.node->tag) == lower;
    });
    if (!found) {
      auto& d = diags_.error(file_, s, fmt::format("</{}> does not close any open element", tag));
      if (!stack_.empty()) {
        const Frame& top = stack_.back();
        d.hint = fmt::format("the innermost open {} is closed by {}", describe(*top.node), closer(*top.node));
        d.notes.push_back({top.node->span, fmt::format("{} opened here", describe(*top.node))});
      }
      return;
    }
    const Frame& top = stack_.back();
    auto& d = diags_.error(file_, s,
                           fmt::format("</{}> does not match {}", tag, describe(*top.node)),
                           fmt::format("close {} with {} first", describe(*top.node), closer(*top.node)));
    d.notes.push_back({top.node->span, fmt::format("{} opened here", describe(*top.node))});
    // Repair: drop the frames above the matching element without more reports.
    while (!(stack_.back().node->kind == ast::Node::Kind::Element &&
             lowercase(stack_.back().node->tag) == lower))
      stack_.pop_back();
    stack_.pop_back();
  }

  void else_arm(std::unique_ptr<ast::Expr> condition, SourceSpan s, std::string_view what) {
    auto it = std::find_if(stack_.rbegin(), stack_.rend(),
                           [](const Frame& f) { return f.node->kind == ast::Node::Kind::If; });
    if (it == stack_.rend()) {
      diags_.error(file_, s, fmt::format("{} outside of an {{#if}} block", what));
      return;
    }
    if (&*it != &stack_.back()) {
      const Frame& top = stack_.back();
      auto& d = diags_.error(file_, s, fmt::format("{} inside {} that is still open", what, describe(*top.node)),
                             fmt::format("close {} with {} before {}", describe(*top.node), closer(*top.node), what));
      d.notes.push_back({top.node->span, fmt::format("{} opened here", describe(*top.node))});
      while (&stack_.back() != &*it) stack_.pop_back();
    }
    Frame& f = stack_.back();
    if (f.has_else) {
      diags_.error(file_, s, fmt::format("{} after {{:else}}", what),
                   "{:else} must be the last arm of an {#if} block");
      return;
    }
    if (!condition) f.has_else = true;
    f.node->arms.push_back({std::move(condition), {}, s});
    f.children = &f.node->arms.back().body;
  }

  ast::Template template_(P::TemplateDeclContext* ctx) {
    ast::Template t;
    t.span = span(ctx);
    root_ = &t.nodes;
    stack_.clear();
    for (auto* it : ctx->templateItem()) item(it);
    SourceSpan end = span(ctx->TEMPLATE_CLOSE());
    while (!stack_.empty()) {
      report_unclosed(stack_.back(), end, " before the end of the template");
      stack_.pop_back();
    }
    root_ = nullptr;
    return t;
  }

  const SourceFile& file_;
  const std::vector<std::uint32_t>& offsets_;
  DiagEngine& diags_;
  ast::Nodes* root_ = nullptr;
  std::vector<Frame> stack_;
};

}  // namespace

ast::File build_ast(P::FileContext* tree, const SourceFile& file,
                    const std::vector<std::uint32_t>& code_point_offsets, DiagEngine& diags) {
  return Builder(file, code_point_offsets, diags).file(tree);
}

}  // namespace lviewc
