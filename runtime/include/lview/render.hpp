// Helpers for the renderers lviewc generates; included by generated .cpp files
// only. Three outputs share them: the page's HTML (HtmlSink), the Rendered
// JSON tree of the Phoenix protocol (JsonSink plus the writers below), and
// diffs of that tree.
#pragma once

#include <fmt/format.h>

#include <cstdint>
#include <functional>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "lview/buffer.hpp"
#include "lview/field_mask.hpp"
#include "lview/render_state.hpp"

namespace lview::detail {

// Writes dynamic values into HTML (Escape = html) or into the content of a
// JSON string holding HTML (Escape = json_html).
template <bool Json>
class Sink {
 public:
  explicit Sink(Buffer& out) : out_(out) {}

  void text(std::string_view s) { escaped(s); }
  void text(const std::string& s) { escaped(s); }
  void text(const char* s) { escaped(s); }
  void text(bool b) { out_.append(b ? "true" : "false"); }
  void text(std::int64_t v) {
    char buf[24];
    auto end = fmt::format_to(buf, "{}", v);
    out_.append(std::string_view(buf, static_cast<std::size_t>(end - buf)));
  }
  void text(double v) {
    char buf[40];
    auto end = fmt::format_to_n(buf, sizeof buf, "{}", v).out;
    out_.append(std::string_view(buf, static_cast<std::size_t>(end - buf)));
  }
  template <class T>
  void text(const std::optional<T>& v) {
    if (v) text(*v);
  }

  // {value:spec}: the format string is checked at compile time by fmt, and
  // lviewc has already checked the spec, so this cannot fail to compile.
  template <class T>
  void formatted(fmt::format_string<const T&> format, const T& v) {
    fmt::memory_buffer buf;
    fmt::format_to(std::back_inserter(buf), format, v);
    escaped(std::string_view(buf.data(), buf.size()));
  }
  template <class T>
  void formatted(fmt::format_string<const T&> format, const std::optional<T>& v) {
    if (v) formatted<T>(format, *v);
  }

  // {@html value}: trusted markup, not HTML-escaped (still JSON-escaped in JSON).
  void raw(std::string_view s) {
    if constexpr (Json) out_.append_json(s);
    else out_.append(s);
  }
  template <class T>
  void raw(const std::optional<T>& v) {
    if (v) raw(*v);
  }

  // name={bool}: " name" when true, nothing when false.
  void bool_attr(std::string_view name, bool on) {
    if (!on) return;
    out_.append(' ');
    out_.append(name);
  }
  // name={optional}: ` name="value"` when set, nothing when empty.
  template <class T>
  void optional_attr(std::string_view name, const std::optional<T>& v) {
    if (!v) return;
    out_.append(' ');
    out_.append(name);
    out_.append(Json ? "=\\\"" : "=\"");
    text(*v);
    out_.append(Json ? "\\\"" : "\"");
  }

 private:
  void escaped(std::string_view s) {
    if constexpr (Json) out_.append_json_html(s);
    else out_.append_html(s);
  }
  Buffer& out_;
};

using HtmlSink = Sink<false>;
using JsonSink = Sink<true>;

// The keys of a diff object, written only when something goes under them:
// a diff that changes nothing writes nothing at all.
class DiffObject {
 public:
  explicit DiffObject(Buffer& out) : out_(out) {}

  struct Mark {
    std::size_t size;
    int count;
  };
  // Writes `{` or `,`, then `"key":`.
  Mark key(std::string_view key) {
    Mark m{out_.size(), count_};
    out_.append(count_++ == 0 ? '{' : ',');
    out_.append('"');
    out_.append(key);
    out_.append("\":");
    return m;
  }
  void rollback(Mark m) {
    out_.truncate(m.size);
    count_ = m.count;
  }
  // Closes the object; false (and nothing written) when no key was kept.
  bool finish() {
    if (count_ == 0) return false;
    out_.append('}');
    return true;
  }

 private:
  Buffer& out_;
  int count_ = 0;
};

inline std::uint64_t hash_entry(std::string_view rendered) { return std::hash<std::string_view>{}(rendered); }

// Writes a full comprehension: {"s":[...],"k":{"0":{...},...,"kc":N}}.
// Entry i is written by the caller between begin_entry and end_entry.
class ListWriter {
 public:
  ListWriter(Buffer& out, std::string_view statics_json, NodeState* state) : out_(out), state_(state) {
    out_.append("{\"s\":");
    out_.append(statics_json);
    out_.append(",\"k\":{");
    if (state_) state_->entries.clear();
  }
  void begin_entry() {
    if (count_ > 0) out_.append(',');
    key(count_);
    start_ = out_.size();
  }
  void end_entry() {
    if (state_) state_->entries.push_back(hash_entry(out_.view(start_)));
    ++count_;
  }
  void finish() {
    out_.append(count_ > 0 ? ",\"kc\":" : "\"kc\":");
    write_count();
    out_.append("}}");
  }

 private:
  void key(std::int64_t i) {
    out_.append('"');
    out_.append(std::to_string(i));
    out_.append("\":");
  }
  void write_count() { out_.append(std::to_string(count_)); }

  Buffer& out_;
  NodeState* state_;
  std::int64_t count_ = 0;
  std::size_t start_ = 0;
};

// Writes the diff of a comprehension the client already has: only entries
// whose rendered dynamics differ from what was last sent, and the new count.
// Writes nothing when no entry changed and the count is the same.
class ListDiffWriter {
 public:
  ListDiffWriter(Buffer& out, NodeState& state) : out_(out), state_(state), begin_(out.size()) {
    out_.append("{\"k\":{");
  }
  void begin_entry() {
    mark_ = out_.size();
    if (kept_ > 0) out_.append(',');
    out_.append('"');
    out_.append(std::to_string(count_));
    out_.append("\":");
    start_ = out_.size();
  }
  void end_entry() {
    std::uint64_t h = hash_entry(out_.view(start_));
    auto i = static_cast<std::size_t>(count_);
    if (i < state_.entries.size() && state_.entries[i] == h) {
      out_.truncate(mark_);
    } else {
      ++kept_;
      if (i < state_.entries.size()) state_.entries[i] = h;
      else state_.entries.push_back(h);
    }
    ++count_;
  }
  bool finish() {
    bool same_count = static_cast<std::size_t>(count_) == state_.entries.size();
    state_.entries.resize(static_cast<std::size_t>(count_));
    if (kept_ == 0 && same_count) {
      out_.truncate(begin_);
      return false;
    }
    out_.append(kept_ > 0 ? ",\"kc\":" : "\"kc\":");
    out_.append(std::to_string(count_));
    out_.append("}}");
    return true;
  }

 private:
  Buffer& out_;
  NodeState& state_;
  std::size_t begin_;
  std::size_t mark_ = 0;
  std::size_t start_ = 0;
  std::int64_t count_ = 0;
  int kept_ = 0;
};

// ------------------------------------------------------------------ expressions
// int arithmetic in .lview wraps on overflow and yields 0 for a zero divisor:
// template expressions must not be undefined behaviour in C++.
inline std::int64_t add(std::int64_t a, std::int64_t b) {
  return static_cast<std::int64_t>(static_cast<std::uint64_t>(a) + static_cast<std::uint64_t>(b));
}
inline std::int64_t sub(std::int64_t a, std::int64_t b) {
  return static_cast<std::int64_t>(static_cast<std::uint64_t>(a) - static_cast<std::uint64_t>(b));
}
inline std::int64_t mul(std::int64_t a, std::int64_t b) {
  return static_cast<std::int64_t>(static_cast<std::uint64_t>(a) * static_cast<std::uint64_t>(b));
}
inline std::int64_t div(std::int64_t a, std::int64_t b) {
  if (b == 0) return 0;
  if (b == -1) return sub(0, a);
  return a / b;
}
inline std::int64_t mod(std::int64_t a, std::int64_t b) {
  if (b == 0 || b == -1) return 0;
  return a % b;
}
inline std::int64_t neg(std::int64_t a) { return sub(0, a); }

inline std::string concat(std::string_view a, std::string_view b) {
  std::string s;
  s.reserve(a.size() + b.size());
  s.append(a);
  s.append(b);
  return s;
}

template <class T>
std::int64_t len(const std::vector<T>& v) {
  return static_cast<std::int64_t>(v.size());
}
inline std::int64_t len(std::string_view s) { return static_cast<std::int64_t>(s.size()); }

inline std::string str(std::int64_t v) { return fmt::format("{}", v); }
inline std::string str(double v) { return fmt::format("{}", v); }
inline std::string str(bool v) { return v ? "true" : "false"; }
inline std::string str(std::string_view v) { return std::string(v); }

}  // namespace lview::detail

namespace lview::detail {

// Records the arm a branch slot now shows, with fresh states for its slots.
template <std::size_t N>
void enter_arm(NodeState& state, int arm, const int (&kids_per_arm)[N]) {
  state.arm = arm;
  state.entries.clear();
  state.kids.assign(arm >= 0 ? static_cast<std::size_t>(kids_per_arm[arm]) : 0, NodeState{});
}

}  // namespace lview::detail

namespace lview::detail {

// A value slot inside Rendered JSON: a JSON string holding the escaped value.
template <class Write>
void json_value(Buffer& out, Write&& write) {
  out.append('"');
  JsonSink sink(out);
  write(sink);
  out.append('"');
}

}  // namespace lview::detail
