#include "counter.hpp"

namespace samples {

void Counter::mount(Socket& socket) { socket.assign({.count = 0, .step = 1}); }

void Counter::handle_event(const Increment&, Socket& socket) {
  const auto& ctx = socket.context();
  socket.assign({.count = ctx.count + ctx.step});
}

void Counter::handle_event(const Decrement&, Socket& socket) {
  const auto& ctx = socket.context();
  socket.assign({.count = ctx.count - ctx.step});
}

void Counter::handle_event(const SetStep& event, Socket& socket) {
  // A step below one would make the buttons do nothing or the opposite.
  if (event.step >= 1) socket.assign({.step = event.step});
}

}  // namespace samples
