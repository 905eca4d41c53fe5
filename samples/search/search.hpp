#pragma once

#include "search.lview.hpp"

namespace samples {

class Search : public SearchBase {
 public:
  void mount(Socket& socket) override;
  void handle_event(const SearchBase::Search& event, Socket& socket) override;
  void handle_event(const Ping& event, Socket& socket) override;
  void handle_info(const Found& info, Socket& socket) override;

  // How long the pretend lookup takes (tests shorten it).
  static inline std::chrono::milliseconds lookup_time{1500};
};

}  // namespace samples
