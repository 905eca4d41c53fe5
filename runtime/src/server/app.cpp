// lview::App: configuration, routes, start-up and graceful shutdown.
#include <fmt/format.h>

#include <pthread.h>
#include <signal.h>

#include <csignal>
#include <cstdlib>

#include "server/log.hpp"
#include "server/server.hpp"

namespace lview {
namespace {

std::string choose_secret(const std::string& configured) {
  if (!configured.empty()) return configured;
  if (const char* env = std::getenv("LVIEW_SECRET"); env && std::string_view(env).size() >= 16) return env;
  log::warn("LVIEW_SECRET is not set (or shorter than 16 characters): using a random secret; "
            "pages served before a restart will reload instead of reconnecting");
  return detail::random_id(32);
}

unsigned thread_count(unsigned configured) {
  if (configured > 0) return configured;
  unsigned n = std::thread::hardware_concurrency();
  return n > 0 ? n : 1;
}

}  // namespace

App::Impl::Impl(AppConfig c)
    : config(std::move(c)), signer(choose_secret(config.secret)), workers(std::max(1u, config.async_workers)) {}

// The io threads are joined by stop(); the worker pool is joined here, before
// the members (the io_context first) are destroyed.

App::App(AppConfig config) : impl_(std::make_unique<Impl>(std::move(config))) {}

App::~App() {
  if (!impl_->threads.empty()) stop();
  impl_->workers.join();
}

App& App::add_live(std::string path, std::string title, std::unique_ptr<ViewFactory> factory) {
  Route route{path, std::move(title), std::move(factory)};
  impl_->routes.insert_or_assign(std::move(path), std::move(route));
  return *this;
}

App& App::page(std::string path, std::function<std::string()> html) {
  impl_->pages.insert_or_assign(std::move(path), std::move(html));
  return *this;
}

PubSub& App::pubsub() { return impl_->pubsub; }

unsigned short App::port() const { return impl_->bound_port; }

AppStats App::stats() const {
  AppStats s;
  s.connections = impl_->connections;
  s.live_views = impl_->live_views;
  s.timers = impl_->timers;
  s.subscriptions = impl_->pubsub.subscriber_count();
  s.frames_sent = impl_->frames_sent;
  s.bytes_sent = impl_->bytes_sent;
  return s;
}

void App::start() {
  Impl& d = *impl_;
  tcp::endpoint endpoint(net::ip::make_address(d.config.address), d.config.port);
  d.acceptor.open(endpoint.protocol());
  d.acceptor.set_option(net::socket_base::reuse_address(true));
  d.acceptor.bind(endpoint);
  d.acceptor.listen(net::socket_base::max_listen_connections);
  d.bound_port = d.acceptor.local_endpoint().port();
  net::co_spawn(d.ioc, d.listen(), net::detached);
  unsigned n = thread_count(d.config.threads);
  for (unsigned i = 0; i < n; ++i)
    d.threads.emplace_back([&d] {
      d.ioc.run();
      detail::release_thread_crypto();
    });
  log::info("listening on http://{}:{} ({} thread{}, {} route{})", d.config.address, d.bound_port, n, n == 1 ? "" : "s",
            d.routes.size() + d.pages.size(), d.routes.size() + d.pages.size() == 1 ? "" : "s");
}

void App::stop() {
  Impl& d = *impl_;
  if (d.threads.empty()) return;
  if (!d.stopping.exchange(true)) {
    net::post(d.ioc, [&d] {
      beast::error_code ec;
      d.acceptor.close(ec);
    });
    d.close_all_connections();
    // Give the close frames a moment to go out, then stop.
    for (int i = 0; i < 40 && d.connections > 0; ++i) std::this_thread::sleep_for(std::chrono::milliseconds(25));
    d.ioc.stop();
  }
  for (auto& t : d.threads)
    if (t.joinable()) t.join();
  d.threads.clear();
  log::info("stopped");
}

void App::run() {
  // SIGINT/SIGTERM are blocked before the io threads start (they inherit the
  // mask), then awaited here: shutdown runs on this thread, not in a handler.
  sigset_t set;
  sigemptyset(&set);
  sigaddset(&set, SIGINT);
  sigaddset(&set, SIGTERM);
  pthread_sigmask(SIG_BLOCK, &set, nullptr);
  start();
  int sig = 0;
  sigwait(&set, &sig);
  log::info("{}: shutting down", sig == SIGINT ? "SIGINT" : "SIGTERM");
  stop();
}

}  // namespace lview
