// The probe view's handlers: each event calls one Socket API function.
#pragma once

#include <lview/pubsub.hpp>

#include <stdexcept>
#include <thread>

#include "probe.lview.hpp"

namespace probe {

class Probe : public ProbeBase {
 public:
  static inline lview::PubSub* pubsub = nullptr;

  void mount(Socket& socket) override {
    if (socket.connected()) socket.subscribe("probe");
  }
  void handle_event(const Inc&, Socket& s) override { s.assign({.n = s.context().n + 1}); }
  void handle_event(const Set& e, Socket& s) override { s.assign({.n = e.n}); }
  void handle_event(const Echo& e, Socket& s) override { s.assign({.text = e.text}); }
  void handle_event(const StartRepeat&, Socket& s) override { timer_ = s.repeat(std::chrono::milliseconds(30), Tick{}); }
  void handle_event(const StopRepeat&, Socket& s) override { s.cancel(timer_); }
  void handle_event(const Later&, Socket& s) override { s.send_info_after(std::chrono::milliseconds(50), Bump{}); }
  void handle_event(const Async&, Socket& s) override {
    s.start_async([] {
      std::this_thread::sleep_for(std::chrono::milliseconds(100));
      return Done{"computed off the strand"};
    });
  }
  void handle_event(const Push&, Socket& s) override { s.push_event("highlight", R"({"id":3})"); }
  void handle_event(const Go&, Socket& s) override { s.redirect("/elsewhere"); }
  void handle_event(const Title&, Socket& s) override { s.page_title("Probe <1>"); }
  void handle_event(const Flash&, Socket& s) override { s.put_flash("info", "saved"); }
  void handle_event(const FromThread&, Socket& s) override {
    std::thread([&s] { s.send_info(Note{"sent from another thread"}); }).join();
  }
  void handle_event(const Boom&, Socket&) override { throw std::runtime_error("boom"); }
  void handle_event(const Shout& e, Socket&) override {
    if (pubsub) pubsub->broadcast("probe", Note{e.text});
  }

  void handle_info(const Tick&, Socket& s) override { s.assign({.ticks = s.context().ticks + 1}); }
  void handle_info(const Bump&, Socket& s) override { s.assign({.n = s.context().n + 100}); }
  void handle_info(const Done& i, Socket& s) override { s.assign({.text = i.value}); }
  void handle_info(const Note& i, Socket& s) override {
    auto notes = s.context().notes;
    notes.push_back(i.text);
    s.assign({.notes = std::move(notes)});
  }

 private:
  lview::TimerId timer_ = 0;
};

}  // namespace probe
