// A mounted view behind a type-erased interface, so the Beast runtime can hold
// any view without knowing its types, and users' translation units that call
// App::live<View>() need no Beast headers.
#pragma once

#include <memory>
#include <string>

#include "lview/view.hpp"

namespace lview {

class LiveInstance {
 public:
  virtual ~LiveInstance() = default;
  virtual void mount() = 0;
  virtual void render_html(Buffer& out) = 0;
  // The full Rendered tree (join reply); resets what the client is known to hold.
  virtual void render_join(Buffer& out) = 0;
  virtual EventResult handle_event(std::string_view event, const Params& params) = 0;
  // The diff of the changes since the last render; false when there is none.
  virtual bool render_diff(Buffer& out) = 0;
  virtual const std::string& title() const = 0;
};

class ViewFactory {
 public:
  virtual ~ViewFactory() = default;
  // A fresh instance whose socket uses `backend` (null: disconnected render).
  virtual std::unique_ptr<LiveInstance> create(SocketBackend* backend) const = 0;
};

template <class View>
class LiveInstanceOf final : public LiveInstance {
 public:
  using Socket = typename View::Socket;
  using Traits = typename Socket::traits_type;

  explicit LiveInstanceOf(SocketBackend* backend) { socket_.attach(&view_, backend); }

  void mount() override { view_.mount(socket_); }
  void render_html(Buffer& out) override { Traits::Renderer::html(socket_.context(), out); }
  void render_join(Buffer& out) override {
    socket_.take_changed();
    Traits::Renderer::rendered(socket_.context(), state_, out);
  }
  EventResult handle_event(std::string_view event, const Params& params) override {
    return Traits::dispatch_event(view_, event, params, socket_);
  }
  bool render_diff(Buffer& out) override {
    return Traits::Renderer::diff(socket_.context(), socket_.take_changed(), state_, out);
  }
  const std::string& title() const override { return socket_.title(); }

  View& view() { return view_; }
  Socket& socket() { return socket_; }

 private:
  View view_;
  Socket socket_;
  RenderState state_;
};

template <class View>
class ViewFactoryOf final : public ViewFactory {
 public:
  std::unique_ptr<LiveInstance> create(SocketBackend* backend) const override {
    return std::make_unique<LiveInstanceOf<View>>(backend);
  }
};

}  // namespace lview
