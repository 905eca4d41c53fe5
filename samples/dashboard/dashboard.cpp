#include "dashboard.hpp"

namespace samples {

// As in the seed: numbers on the first render, and a one-second timer once
// the browser is connected (the disconnected render needs no timer).
void Dashboard::mount(Socket& socket) {
  if (socket.connected()) socket.repeat(std::chrono::seconds(1), Tick{});
  assign_fresh_numbers(socket);
}

void Dashboard::handle_info(const Tick&, Socket& socket) { assign_fresh_numbers(socket); }

void Dashboard::assign_fresh_numbers(Socket& socket) {
  std::uniform_int_distribution<std::int64_t> orders(0, 100);
  std::uniform_real_distribution<double> sales(100, 1000);
  std::uniform_int_distribution<int> rating(10, 50);
  socket.assign({.newOrders = orders(random_), .salesAmount = sales(random_), .rating = rating(random_) / 10.0});
}

}  // namespace samples
