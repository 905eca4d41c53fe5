// The contract between lviewc's generated code and the runtime. Generated
// headers include only this file and the standard library; when the contract
// changes, LVIEW_GENERATED_ABI changes and stale generated code fails to
// compile with a sentence saying so.
#pragma once

#include <string>
#include <string_view>
#include <utility>

#include "lview/buffer.hpp"
#include "lview/field_mask.hpp"
#include "lview/params.hpp"
#include "lview/render_state.hpp"

#define LVIEW_GENERATED_ABI 1

namespace lview {

// The Info type of a view that declares no infos.
struct NoInfo {};

// What came of an event from the browser.
struct EventResult {
  enum class Status { Handled, UnknownEvent, BadPayload };
  Status status = Status::Handled;
  DecodeError error;

  static EventResult handled() { return {}; }
  static EventResult unknown() { return {Status::UnknownEvent, {}}; }
  static EventResult bad_payload(DecodeError e) { return {Status::BadPayload, std::move(e)}; }
};

// The services a connected socket offers (timers, messages, pub/sub); the
// Beast runtime implements it. Null for a disconnected (dead) render.
class SocketBackend {
 public:
  virtual ~SocketBackend() = default;
  virtual bool connected() const = 0;
};

// The state of one live view instance and the user's handle on it
// (Phoenix's socket): context(), assign(patch), connected().
template <class Traits>
class Socket {
 public:
  using Context = typename Traits::Context;
  using Patch = typename Traits::Patch;
  using Info = typename Traits::Info;

  explicit Socket(SocketBackend* backend = nullptr) : backend_(backend) {}

  bool connected() const { return backend_ != nullptr && backend_->connected(); }
  const Context& context() const { return context_; }

  // Sets the fields the patch holds; only fields whose value differs from the
  // current one count as changed (assigning the same value sends nothing).
  void assign(Patch patch) { changed_ |= Traits::apply(context_, std::move(patch)); }

  FieldMask changed() const { return changed_; }
  // The changes since the last call; the runtime renders a diff from them.
  FieldMask take_changed() { return std::exchange(changed_, FieldMask{}); }

  SocketBackend* backend() const { return backend_; }

 private:
  Context context_{};
  FieldMask changed_;
  SocketBackend* backend_;
};

}  // namespace lview
