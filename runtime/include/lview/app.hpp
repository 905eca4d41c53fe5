// lview::App: serves live views over HTTP and the Phoenix LiveView protocol.
//
//   lview::App app;                          // 127.0.0.1:8080, one thread per core
//   app.live<Dashboard>("/dashboard", "Dashboard");
//   app.run();                               // until SIGINT / SIGTERM
//
// No Beast or Asio in this header: users' translation units stay light.
#pragma once

#include <atomic>
#include <cstdint>
#include <functional>
#include <memory>
#include <string>
#include <vector>

#include "lview/live.hpp"
#include "lview/pubsub.hpp"

namespace lview {

// What a layout gets to build a page around a view.
struct PageParts {
  std::string title;       // HTML-escaped
  std::string head;        // csrf meta tag, client script, base style
  std::string container;   // the view's <div data-phx-session ...>...</div>
};

struct AppConfig {
  std::string address = "127.0.0.1";
  unsigned short port = 8080;        // 0: any free port (see App::port())
  unsigned threads = 0;              // 0: one per core
  unsigned async_workers = 2;        // threads for socket.start_async jobs
  std::string secret;                // "": LVIEW_SECRET, else random (tokens die with the process)
  std::int64_t session_max_age = 24 * 3600;  // seconds a page's session token stays valid
  std::vector<std::string> allowed_origins;  // besides http(s)://<Host of the request>
  std::size_t max_frame_bytes = 64 * 1024;
  std::size_t max_queued_messages = 256;     // per connection; beyond that the client is too slow: close
  unsigned max_messages_per_second = 200;    // per connection, averaged over a burst of the same size
  unsigned idle_timeout_seconds = 75;        // the client's heartbeat comes every 30 s
  // Builds the page; the default is a minimal HTML5 document.
  std::function<std::string(const PageParts&)> layout;
};

struct AppStats {
  std::size_t connections = 0;
  std::size_t live_views = 0;
  std::size_t timers = 0;
  std::size_t subscriptions = 0;
  std::uint64_t frames_sent = 0;
  std::uint64_t bytes_sent = 0;
};

class App {
 public:
  explicit App(AppConfig config = {});
  ~App();
  App(const App&) = delete;
  App& operator=(const App&) = delete;

  // Serves `View` (a class derived from a generated <Name>Base) at `path`.
  template <class View>
  App& live(std::string path, std::string title = {}) {
    return add_live(std::move(path), std::move(title), std::make_unique<ViewFactoryOf<View>>());
  }
  // A plain page (e.g. an index); `html` is called for each request.
  App& page(std::string path, std::function<std::string()> html);

  PubSub& pubsub();

  void run();    // serves until SIGINT/SIGTERM or stop()
  void start();  // serves from background threads; returns once listening
  void stop();   // closes connections (code 1001, so clients reconnect), then stops
  unsigned short port() const;
  AppStats stats() const;

  struct Impl;

 private:
  App& add_live(std::string path, std::string title, std::unique_ptr<ViewFactory> factory);
  std::unique_ptr<Impl> impl_;
};

}  // namespace lview
