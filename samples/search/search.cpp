#include "search.hpp"

#include <algorithm>
#include <thread>

namespace samples {
namespace {

const std::vector<std::string> kFruits = {
    "apple", "apricot", "banana", "blackberry", "blueberry", "cherry", "cranberry", "date", "fig",
    "grape", "gooseberry", "kiwi", "lemon", "lime", "mango", "melon", "orange", "papaya", "peach",
    "pear", "plum", "raspberry", "strawberry", "watermelon"};

// The slow part: runs on the worker pool, never on the view's strand.
std::vector<std::string> lookup(const std::string& query) {
  std::this_thread::sleep_for(Search::lookup_time);
  std::vector<std::string> out;
  std::copy_if(kFruits.begin(), kFruits.end(), std::back_inserter(out),
               [&](const std::string& f) { return f.find(query) != std::string::npos; });
  return out;
}

}  // namespace

void Search::mount(Socket&) {}

void Search::handle_event(const SearchBase::Search& event, Socket& socket) {
  socket.assign({.query = event.query, .searching = true});
  socket.start_async([query = event.query] { return Found{query, lookup(query)}; });
}

void Search::handle_event(const Ping&, Socket& socket) { socket.assign({.pings = socket.context().pings + 1}); }

void Search::handle_info(const Found& info, Socket& socket) {
  // A newer search may have started meanwhile; only its result counts.
  if (info.query != socket.context().query) return;
  socket.assign({.searching = false, .searched = std::optional<std::string>(info.query), .results = info.results});
}

}  // namespace samples
