// The contract between lviewc's generated code and the runtime. Generated
// headers include only this file and the standard library; when the contract
// changes, LVIEW_GENERATED_ABI changes and stale generated code fails to
// compile with a sentence saying so.
#pragma once

#include <any>
#include <chrono>
#include <cstdint>
#include <functional>
#include <string>
#include <string_view>
#include <type_traits>
#include <utility>
#include <variant>

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

using TimerId = std::uint64_t;

// What a connected view's socket can do; the Beast runtime implements it per
// view. Every callback it is given runs on the view's strand, never after the
// view has left, and is followed by a diff push when the state changed.
class SocketBackend {
 public:
  virtual ~SocketBackend() = default;
  virtual bool connected() const = 0;
  // Runs `fn` on the view's strand; callable from any thread.
  virtual void post(std::function<void()> fn) = 0;
  // `fn` after `first`, then every `every` (zero: once). Ends when the view leaves.
  virtual TimerId start_timer(std::chrono::milliseconds first, std::chrono::milliseconds every,
                              std::function<void()> fn) = 0;
  virtual void cancel_timer(TimerId id) = 0;
  // Runs `job` on the worker pool; the function it returns runs on the strand.
  virtual void run_async(std::function<std::function<void()>()> job) = 0;
  // Broadcasts on `topic` reach `deliver` (on the strand) until the view leaves.
  virtual void subscribe(const std::string& topic, std::function<void(const std::any&)> deliver) = 0;
  virtual void unsubscribe(const std::string& topic) = 0;
  virtual void push_event(std::string name, std::string json_payload) = 0;
  virtual void page_title(std::string title) = 0;
  virtual void redirect(std::string url) = 0;
  virtual void put_flash(std::string kind, std::string message) = 0;
};

// The state of one live view instance and the user's handle on it
// (Phoenix's socket). Without a backend (the first, disconnected render)
// the messaging calls do nothing: timers and subscriptions start on connect.
template <class Traits>
class Socket {
 public:
  using traits_type = Traits;
  using Context = typename Traits::Context;
  using Patch = typename Traits::Patch;
  using Info = typename Traits::Info;
  using View = typename Traits::View;

  Socket() = default;
  Socket(const Socket&) = delete;
  Socket& operator=(const Socket&) = delete;

  // Called by the runtime before mount.
  void attach(View* view, SocketBackend* backend) {
    view_ = view;
    backend_ = backend;
  }

  bool connected() const { return backend_ != nullptr && backend_->connected(); }
  const Context& context() const { return context_; }

  // Sets the fields the patch holds; only fields whose value differs from the
  // current one count as changed (assigning the same value sends nothing).
  void assign(Patch patch) { changed_ |= Traits::apply(context_, std::move(patch)); }

  FieldMask changed() const { return changed_; }
  // The changes since the last call; the runtime renders a diff from them.
  FieldMask take_changed() { return std::exchange(changed_, FieldMask{}); }

  // handle_info(info) soon, on this view's strand. Safe from any thread.
  void send_info(Info info) {
    if (backend_) backend_->post([this, info = std::move(info)] { deliver(info); });
  }
  // handle_info(info) every `interval` until cancel() or the view leaves.
  TimerId repeat(std::chrono::milliseconds interval, Info info) {
    if (!backend_) return 0;
    return backend_->start_timer(interval, interval, [this, info = std::move(info)] { deliver(info); });
  }
  // handle_info(info) once, after `delay`.
  TimerId send_info_after(std::chrono::milliseconds delay, Info info) {
    if (!backend_) return 0;
    return backend_->start_timer(delay, std::chrono::milliseconds(0), [this, info = std::move(info)] { deliver(info); });
  }
  void cancel(TimerId id) {
    if (backend_ && id != 0) backend_->cancel_timer(id);
  }

  // Runs `job` on the worker pool; its result (an info) comes back through
  // handle_info. The view keeps handling events meanwhile.
  template <class Job>
  void start_async(Job job) {
    if (!backend_) return;
    backend_->run_async([this, job = std::move(job)]() mutable -> std::function<void()> {
      Info result = job();
      return [this, result = std::move(result)] { deliver(result); };
    });
  }

  // Messages broadcast on `topic` (App::pubsub().broadcast) whose type is one
  // of this view's infos arrive through handle_info.
  void subscribe(const std::string& topic) {
    if (!backend_) return;
    backend_->subscribe(topic, [this](const std::any& message) { deliver_any(message); });
  }
  void unsubscribe(const std::string& topic) {
    if (backend_) backend_->unsubscribe(topic);
  }

  // A `phx:<name>` window event in the browser; `json_payload` is a JSON object.
  void push_event(std::string name, std::string json_payload = "{}") {
    if (backend_) backend_->push_event(std::move(name), std::move(json_payload));
  }
  void redirect(std::string url) {
    if (backend_) backend_->redirect(std::move(url));
  }
  void page_title(std::string title) {
    if (backend_) backend_->page_title(std::move(title));
    title_ = std::move(title);
  }
  void put_flash(std::string kind, std::string message) {
    if (backend_) backend_->put_flash(std::move(kind), std::move(message));
  }
  const std::string& title() const { return title_; }

 private:
  void deliver(const Info& info) { Traits::dispatch_info(*view_, info, *this); }

  template <std::size_t I = 0>
  void deliver_any(const std::any& message) {
    if constexpr (I < std::variant_size_v<Info>) {
      using Alternative = std::variant_alternative_t<I, Info>;
      if (const auto* m = std::any_cast<Alternative>(&message)) {
        if constexpr (!std::is_same_v<Alternative, NoInfo>) deliver(Info(*m));
        return;
      }
      deliver_any<I + 1>(message);
    }
  }

  Context context_{};
  FieldMask changed_;
  View* view_ = nullptr;
  SocketBackend* backend_ = nullptr;
  std::string title_;
};

}  // namespace lview
