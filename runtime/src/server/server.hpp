// Internals of lview::App shared by the server's translation units. Only the
// runtime's own .cpp files include this (and so Beast and Asio).
#pragma once

#include <boost/asio.hpp>
#include <boost/beast.hpp>

#include <atomic>
#include <map>
#include <memory>
#include <mutex>
#include <optional>
#include <string>
#include <thread>
#include <vector>

#include "lview/app.hpp"
#include "server/tokens.hpp"

namespace lview {

namespace net = boost::asio;
namespace beast = boost::beast;
namespace http = beast::http;
namespace websocket = beast::websocket;
using tcp = net::ip::tcp;

inline constexpr const char* kLiveViewVersion = "1.2.12";  // the client we test against

struct Route {
  std::string path;
  std::string title;
  std::unique_ptr<ViewFactory> factory;
};

class Connection;

struct App::Impl {
  explicit Impl(AppConfig c);

  // Declaration order is destruction order reversed, and it matters: when
  // `ioc` goes, the handlers it still holds destroy connections and their
  // views, which use `pubsub`, `routes` and the counters below. So those are
  // declared first (destroyed last), and `ioc` and its acceptor near the end.
  AppConfig config;
  detail::Signer signer;
  std::map<std::string, Route, std::less<>> routes;
  std::map<std::string, std::function<std::string()>, std::less<>> pages;
  PubSub pubsub;
  unsigned short bound_port = 0;
  std::atomic<bool> stopping{false};

  std::atomic<std::size_t> connections{0};
  std::atomic<std::size_t> live_views{0};
  std::atomic<std::size_t> timers{0};
  std::atomic<std::uint64_t> frames_sent{0};
  std::atomic<std::uint64_t> bytes_sent{0};

  std::mutex connections_mutex;
  std::vector<std::weak_ptr<Connection>> open_connections;

  net::thread_pool workers;
  net::io_context ioc;
  tcp::acceptor acceptor{ioc};
  std::vector<std::thread> threads;

  // http.cpp
  net::awaitable<void> listen();
  net::awaitable<void> serve_http(beast::tcp_stream stream);
  // connection.cpp
  void start_websocket(beast::tcp_stream stream, http::request<http::string_body> request);
  void close_all_connections();

  const Route* find_route(std::string_view path) const;
  std::string csrf_nonce_from_cookie(std::string_view cookie_header) const;
};

// The embedded client (phoenix + phoenix_live_view + lview's start-up), built by esbuild.
extern const std::string_view kClientBundle;
extern const std::string_view kClientBundleHash;

}  // namespace lview
