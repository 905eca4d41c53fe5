#pragma once

#include <lview/pubsub.hpp>

#include "board.lview.hpp"

namespace samples {

class Board : public BoardBase {
 public:
  void mount(Socket& socket) override;
  void handle_event(const Post& event, Socket& socket) override;
  void handle_info(const Posted& info, Socket& socket) override;

  // Where posts are broadcast; set once by the server at start-up.
  static inline lview::PubSub* pubsub = nullptr;
};

}  // namespace samples
