// The samples gallery: every sample on one server.
//   lview_gallery [--address A] [--port P]     (port 0: any free port)
#include <lview/app.hpp>

#include <cstdlib>
#include <cstring>
#include <string>

#include "board/board.hpp"
#include "counter/counter.hpp"
#include "dashboard/dashboard.hpp"
#include "search/search.hpp"

namespace {

const char* kIndex = R"(<!DOCTYPE html>
<html lang="en">
<head><meta charset="utf-8"><title>lview samples</title>
<style>body{font:16px system-ui,sans-serif;max-width:40rem;margin:2rem auto}li{margin:.4rem 0}</style></head>
<body>
<h1>lview samples</h1>
<ul>
  <li><a href="/dashboard">Dashboard</a>: the seed's sales dashboard, a timer ticking every second (handle_info: background process)</li>
  <li><a href="/counter">Counter</a>: events with and without payloads</li>
  <li><a href="/search">Search</a>: a slow lookup with start_async while the page stays responsive (handle_info: async job)</li>
  <li><a href="/board">Message board</a>: open it in two tabs; posts appear in both (handle_info: pub/sub)</li>
</ul>
</body>
</html>
)";

}  // namespace

int main(int argc, char** argv) {
  lview::AppConfig config;
  for (int i = 1; i + 1 < argc; i += 2) {
    if (std::strcmp(argv[i], "--port") == 0) config.port = static_cast<unsigned short>(std::atoi(argv[i + 1]));
    else if (std::strcmp(argv[i], "--address") == 0) config.address = argv[i + 1];
  }
  if (const char* ms = std::getenv("LVIEW_SEARCH_MS")) samples::Search::lookup_time = std::chrono::milliseconds(std::atoi(ms));

  lview::App app(config);
  samples::Board::pubsub = &app.pubsub();
  app.page("/", [] { return std::string(kIndex); });
  app.live<samples::Dashboard>("/dashboard", "Sales Dashboard");
  app.live<samples::Counter>("/counter", "Counter");
  app.live<samples::Search>("/search", "Search");
  app.live<samples::Board>("/board", "Message board");
  app.run();
  return 0;
}
