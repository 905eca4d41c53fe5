// The dashboard's C++ side: the handlers the generated DashboardBase asks for.
#pragma once

#include <random>

#include "dashboard.lview.hpp"

namespace samples {

class Dashboard : public DashboardBase {
 public:
  void mount(Socket& socket) override;
  void handle_info(const Tick& info, Socket& socket) override;

 private:
  void assign_fresh_numbers(Socket& socket);
  std::mt19937 random_{std::random_device{}()};
};

}  // namespace samples
