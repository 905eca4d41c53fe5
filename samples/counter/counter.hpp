// The counter's C++ side.
#pragma once

#include "counter.lview.hpp"

namespace samples {

class Counter : public CounterBase {
 public:
  void mount(Socket& socket) override;
  void handle_event(const Increment& event, Socket& socket) override;
  void handle_event(const Decrement& event, Socket& socket) override;
  void handle_event(const SetStep& event, Socket& socket) override;
};

}  // namespace samples
