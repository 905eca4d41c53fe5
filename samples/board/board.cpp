#include "board.hpp"

#include <mutex>

namespace samples {
namespace {

// The board's history, shared by all views so a new tab sees earlier posts.
struct History {
  std::mutex mutex;
  std::vector<Message> messages;
};
History& history() {
  static History h;
  return h;
}

constexpr std::size_t kMaxMessages = 100;
constexpr std::size_t kMaxLength = 500;

}  // namespace

void Board::mount(Socket& socket) {
  if (socket.connected()) socket.subscribe("board");
  std::lock_guard lock(history().mutex);
  socket.assign({.messages = history().messages});
}

void Board::handle_event(const Post& event, Socket& socket) {
  if (event.author.empty() || event.text.empty()) {
    socket.put_flash("error", "A post needs a name and a message.");
    return;
  }
  Message message{event.author.substr(0, kMaxLength), event.text.substr(0, kMaxLength)};
  {
    std::lock_guard lock(history().mutex);
    auto& h = history().messages;
    h.push_back(message);
    if (h.size() > kMaxMessages) h.erase(h.begin());
  }
  // Every subscribed view, this one included, appends it in handle_info.
  if (pubsub) pubsub->broadcast("board", Posted{message});
}

void Board::handle_info(const Posted& info, Socket& socket) {
  auto messages = socket.context().messages;
  messages.push_back(info.message);
  if (messages.size() > kMaxMessages) messages.erase(messages.begin());
  socket.assign({.messages = std::move(messages)});
}

}  // namespace samples
