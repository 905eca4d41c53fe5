// One WebSocket connection speaking Phoenix Channels V2 JSON, and the live
// views joined on it (one ViewSession per "lv:" topic).
//
// Everything of a connection runs on its strand: reads, writes, every view's
// handlers, timers and async completions. So a view's handlers never run at
// once, and a view's state needs no locks. Writes go through a bounded queue
// (one write in flight, as Beast requires); a client that does not keep up is
// closed rather than allowed to grow memory or stall others.
//
// Callbacks that outlive the moment (timers, async jobs, pub/sub deliveries)
// hold a weak_ptr to their ViewSession: once the view has left, they do nothing.
#include <boost/json.hpp>
#include <fmt/format.h>

#include <deque>
#include <unordered_map>

#include "server/log.hpp"
#include "server/server.hpp"

namespace lview {
namespace json = boost::json;

class ViewSession;

class Connection : public std::enable_shared_from_this<Connection> {
 public:
  Connection(App::Impl& app, beast::tcp_stream stream) : app_(app), ws_(std::move(stream)) { ++app_.connections; }
  ~Connection() { --app_.connections; }

  void start(http::request<http::string_body> request) {
    net::co_spawn(ws_.get_executor(), run(shared_from_this(), std::move(request)), net::detached);
  }

  net::any_io_executor executor() { return ws_.get_executor(); }
  App::Impl& app() { return app_; }
  bool closed() const { return closed_; }

  // Queues one text frame (on the strand).
  void send(std::string frame);
  // Closes after the frames already queued (on the strand).
  void close(websocket::close_code code);
  void drop_view(const std::string& topic);

 private:
  net::awaitable<void> run(std::shared_ptr<Connection> self, http::request<http::string_body> request);
  bool admit(const http::request<http::string_body>& request, std::string& why) const;
  bool within_rate();
  void on_message(std::string_view text);
  void do_write();

  void reply(const json::value& join_ref, const json::value& ref, std::string_view topic, std::string_view status,
             std::string_view response_json);
  void on_join(const json::value& join_ref, const json::value& ref, const std::string& topic, const json::object& payload);
  void on_event(const json::value& join_ref, const json::value& ref, const std::string& topic, const json::object& payload);

  App::Impl& app_;
  websocket::stream<beast::tcp_stream> ws_;
  std::deque<std::string> queue_;
  bool writing_ = false;
  bool closed_ = false;
  std::optional<websocket::close_code> close_after_;
  std::map<std::string, std::shared_ptr<ViewSession>> views_;
  double tokens_ = 0;
  std::chrono::steady_clock::time_point last_refill_ = std::chrono::steady_clock::now();
};

namespace {

void append_json_value(Buffer& out, const json::value& v) {
  if (v.is_string()) {
    out.append('"');
    out.append_json(std::string_view(v.as_string()));
    out.append('"');
  } else {
    out.append("null");
  }
}

std::string json_string(std::string_view s) {
  Buffer b;
  b.append('"');
  b.append_json(s);
  b.append('"');
  return b.take();
}

// Frame: [join_ref, ref, topic, event, payload].
std::string frame(const json::value& join_ref, const json::value& ref, std::string_view topic, std::string_view event,
                  std::string_view payload_json) {
  Buffer out;
  out.append('[');
  append_json_value(out, join_ref);
  out.append(',');
  append_json_value(out, ref);
  out.append(",\"");
  out.append_json(topic);
  out.append("\",\"");
  out.append_json(event);
  out.append("\",");
  out.append(payload_json);
  out.append(']');
  return out.take();
}

// An event's value as flat string pairs (phx-value-*, key, value).
Params params_from_object(const json::object& value) {
  Params params;
  for (const auto& [key, v] : value) {
    if (v.is_string()) params.add(std::string(key), std::string(v.as_string()));
    else if (v.is_bool()) params.add(std::string(key), v.as_bool() ? "true" : "false");
    else if (v.is_null()) continue;
    else params.add(std::string(key), json::serialize(v));
  }
  return params;
}

}  // namespace

// ------------------------------------------------------------------ ViewSession

class ViewSession final : public SocketBackend, public std::enable_shared_from_this<ViewSession> {
 public:
  ViewSession(Connection& connection, std::string topic, std::string join_ref, const Route& route)
      : connection_(connection), app_(connection.app()), topic_(std::move(topic)), join_ref_(std::move(join_ref)), route_(route) {
    ++app_.live_views;
  }

  ~ViewSession() override {
    for (auto& [id, timer] : timers_) timer->cancel();
    app_.timers -= timers_.size();
    for (auto& [topic, key] : subscriptions_) app_.pubsub.unsubscribe(topic, key);
    --app_.live_views;
  }

  const std::string& topic() const { return topic_; }
  const std::string& join_ref() const { return join_ref_; }
  const Route& route() const { return route_; }

  // Creates and mounts the view; returns false (after logging) if user code threw.
  bool open() {
    return guarded("mount", [&] {
      instance_ = route_.factory->create(this);
      instance_->mount();
    });
  }

  LiveInstance& instance() { return *instance_; }

  // The join reply's rendered tree, with a title or events set during mount.
  std::string rendered() {
    Buffer tree;
    instance_->render_join(tree);
    std::string extras = take_extras();
    std::string out(tree.view());
    if (!extras.empty()) out.insert(out.size() - 1, extras);
    return out;
  }

  // The diff of what changed (with title and events), or "" when nothing did.
  std::string diff() {
    Buffer d;
    bool any = instance_->render_diff(d);
    std::string extras = take_extras();
    if (!any && extras.empty()) return {};
    if (!any) return "{" + extras.substr(1) + "}";
    std::string out(d.view());
    out.insert(out.size() - 1, extras);
    return out;
  }

  std::optional<std::string> take_redirect() { return std::exchange(redirect_, std::nullopt); }

  // After a callback ran: push what changed.
  void flush() {
    if (connection_.closed()) return;
    if (auto to = take_redirect()) {
      connection_.send(frame(json::value(join_ref_), nullptr, topic_, "redirect", fmt::format("{{\"to\":{}}}", json_string(*to))));
      return;
    }
    std::string d = diff();
    if (!d.empty()) connection_.send(frame(json::value(join_ref_), nullptr, topic_, "diff", d));
  }

  // Runs user code; on an exception the view crashes alone (phx_error, as
  // Phoenix does, so the client rejoins) and the connection goes on.
  template <class Fn>
  bool guarded(std::string_view what, Fn&& fn) {
    try {
      fn();
      return true;
    } catch (const std::exception& e) {
      log::error("{} in {} ({}) failed: {}", what, topic_, route_.path, e.what());
    } catch (...) {
      log::error("{} in {} ({}) failed with a non-standard exception", what, topic_, route_.path);
    }
    crashed_ = true;
    return false;
  }
  bool crashed() const { return crashed_; }

  // Runs a callback that arrives later (timer, async, pub/sub) if the view is still here.
  static void later(const std::weak_ptr<ViewSession>& weak, const std::function<void()>& fn) {
    auto self = weak.lock();
    if (!self || self->connection_.closed()) return;
    if (self->guarded("handle_info", fn)) {
      self->flush();
    } else {
      self->connection_.send(frame(json::value(self->join_ref_), json::value(self->join_ref_), self->topic_, "phx_error",
                                   "{\"reason\":\"channel_crash\"}"));
      self->connection_.drop_view(self->topic_);
    }
  }

  // ---------------------------------------------------------------- SocketBackend
  bool connected() const override { return true; }

  void post(std::function<void()> fn) override {
    net::post(connection_.executor(), [weak = weak_from_this(), fn = std::move(fn)] { later(weak, fn); });
  }

  TimerId start_timer(std::chrono::milliseconds first, std::chrono::milliseconds every, std::function<void()> fn) override {
    TimerId id = next_timer_++;
    auto timer = std::make_shared<net::steady_timer>(connection_.executor());
    timer->expires_after(first);
    timers_.emplace(id, timer);
    ++app_.timers;
    arm(id, timer, every, std::make_shared<std::function<void()>>(std::move(fn)));
    return id;
  }

  void cancel_timer(TimerId id) override {
    auto it = timers_.find(id);
    if (it == timers_.end()) return;
    it->second->cancel();
    timers_.erase(it);
    --app_.timers;
  }

  void run_async(std::function<std::function<void()>()> job) override {
    net::post(app_.workers, [weak = weak_from_this(), executor = connection_.executor(), job = std::move(job), topic = topic_] {
      std::function<void()> continuation;
      try {
        continuation = job();
      } catch (const std::exception& e) {
        log::error("start_async job of {} failed: {}", topic, e.what());
        return;
      }
      net::post(executor, [weak, continuation = std::move(continuation)] { later(weak, continuation); });
    });
  }

  void subscribe(const std::string& topic, std::function<void(const std::any&)> deliver) override {
    if (subscriptions_.count(topic)) return;
    auto key = app_.pubsub.subscribe(topic, [weak = weak_from_this(), executor = connection_.executor(),
                                             deliver = std::move(deliver)](const std::any& message) {
      net::post(executor, [weak, deliver, message] { later(weak, [&] { deliver(message); }); });
    });
    subscriptions_.emplace(topic, key);
  }

  void unsubscribe(const std::string& topic) override {
    auto it = subscriptions_.find(topic);
    if (it == subscriptions_.end()) return;
    app_.pubsub.unsubscribe(topic, it->second);
    subscriptions_.erase(it);
  }

  void push_event(std::string name, std::string json_payload) override {
    beast::error_code ec;
    json::value v = json::parse(json_payload, ec);
    if (ec || !v.is_object()) {
      log::error("push_event({}) in {}: payload is not a JSON object; dropped", name, topic_);
      return;
    }
    events_.emplace_back(std::move(name), json::serialize(v));
  }
  void page_title(std::string title) override { title_ = std::move(title); }
  void redirect(std::string url) override { redirect_ = std::move(url); }
  void put_flash(std::string kind, std::string message) override {
    push_event("lv:flash", fmt::format("{{\"kind\":{},\"message\":{}}}", json_string(kind), json_string(message)));
  }

 private:
  void arm(TimerId id, std::shared_ptr<net::steady_timer> timer, std::chrono::milliseconds every,
           std::shared_ptr<std::function<void()>> fn) {
    timer->async_wait([weak = weak_from_this(), id, timer, every, fn](beast::error_code ec) {
      if (ec) return;  // cancelled: the view left or cancel() was called
      auto self = weak.lock();
      if (!self || !self->timers_.count(id)) return;
      if (every.count() == 0) {
        self->timers_.erase(id);
        --self->app_.timers;
      } else {
        timer->expires_at(timer->expiry() + every);  // no drift
        self->arm(id, timer, every, fn);
      }
      later(weak, *fn);
    });
  }

  // ,"t":"..." and ,"e":[...] for the next reply or push ("" when none).
  std::string take_extras() {
    std::string out;
    if (title_) out += ",\"t\":" + json_string(*std::exchange(title_, std::nullopt));
    if (!events_.empty()) {
      out += ",\"e\":[";
      for (std::size_t i = 0; i < events_.size(); ++i)
        out += fmt::format("{}[{},{}]", i ? "," : "", json_string(events_[i].first), events_[i].second);
      out += "]";
      events_.clear();
    }
    return out;
  }

  Connection& connection_;
  App::Impl& app_;
  std::string topic_;
  std::string join_ref_;
  const Route& route_;
  std::unique_ptr<LiveInstance> instance_;
  std::unordered_map<TimerId, std::shared_ptr<net::steady_timer>> timers_;
  TimerId next_timer_ = 1;
  std::map<std::string, std::uint64_t> subscriptions_;
  std::optional<std::string> title_;
  std::vector<std::pair<std::string, std::string>> events_;
  std::optional<std::string> redirect_;
  bool crashed_ = false;
};

// ------------------------------------------------------------------ Connection

void Connection::send(std::string text) {
  if (closed_ || close_after_) return;
  if (queue_.size() >= app_.config.max_queued_messages) {
    // The write in flight is not finishing, so a close frame would wait
    // behind it forever: drop the connection. The read loop then ends and
    // the views leave.
    log::warn("client too slow ({} frames queued): dropping the connection", queue_.size());
    closed_ = true;
    queue_.clear();
    beast::error_code ec;
    beast::get_lowest_layer(ws_).socket().shutdown(tcp::socket::shutdown_both, ec);
    beast::get_lowest_layer(ws_).socket().close(ec);
    return;
  }
  ++app_.frames_sent;
  app_.bytes_sent += text.size();
  queue_.push_back(std::move(text));
  if (!writing_) do_write();
}

void Connection::close(websocket::close_code code) {
  if (closed_ || close_after_) return;
  close_after_ = code;
  if (!writing_) do_write();
}

void Connection::do_write() {
  if (closed_) return;
  if (queue_.empty()) {
    if (!close_after_) return;
    writing_ = true;
    ws_.async_close(*close_after_, [self = shared_from_this()](beast::error_code) {
      self->writing_ = false;
      self->closed_ = true;
    });
    return;
  }
  writing_ = true;
  ws_.text(true);
  ws_.async_write(net::buffer(queue_.front()), [self = shared_from_this()](beast::error_code ec, std::size_t) {
    self->writing_ = false;
    if (ec) {
      self->closed_ = true;
      self->queue_.clear();
      return;
    }
    self->queue_.pop_front();
    self->do_write();
  });
}

void Connection::drop_view(const std::string& topic) { views_.erase(topic); }

bool Connection::admit(const http::request<http::string_body>& request, std::string& why) const {
  // Origin: a browser always sends it; it must be this host (or configured).
  std::string origin(request[http::field::origin]);
  std::string host(request[http::field::host]);
  if (!origin.empty() && origin != "http://" + host && origin != "https://" + host &&
      std::find(app_.config.allowed_origins.begin(), app_.config.allowed_origins.end(), origin) ==
          app_.config.allowed_origins.end()) {
    why = "origin " + origin + " is not allowed";
    return false;
  }
  // CSRF: the page's signed token (query _csrf_token) must match the cookie it came with.
  std::string_view target = request.target();
  std::string token;
  if (auto q = target.find('?'); q != std::string_view::npos) {
    Params query = parse_urlencoded(target.substr(q + 1));
    if (auto t = query.get("_csrf_token")) token = std::string(*t);
  }
  auto payload = app_.signer.verify(token);
  std::string nonce = app_.csrf_nonce_from_cookie(request[http::field::cookie]);
  if (!payload || nonce.empty() || *payload != "csrf:" + nonce) {
    why = token.empty() ? "no CSRF token" : "CSRF token does not match";
    return false;
  }
  return true;
}

bool Connection::within_rate() {
  auto now = std::chrono::steady_clock::now();
  double rate = app_.config.max_messages_per_second;
  tokens_ = std::min(rate, tokens_ + rate * std::chrono::duration<double>(now - last_refill_).count());
  last_refill_ = now;
  if (tokens_ < 1) return false;
  tokens_ -= 1;
  return true;
}

net::awaitable<void> Connection::run(std::shared_ptr<Connection> self, http::request<http::string_body> request) {
  beast::error_code ec;
  std::string why;
  std::string peer = beast::get_lowest_layer(ws_).socket().remote_endpoint(ec).address().to_string();
  if (!admit(request, why)) {
    log::warn("websocket from {} refused: {}", peer, why);
    http::response<http::string_body> res{http::status::forbidden, request.version()};
    res.set(http::field::content_type, "text/plain");
    res.body() = "403 " + why + "\n";
    res.prepare_payload();
    co_await http::async_write(beast::get_lowest_layer(ws_), res, net::redirect_error(net::use_awaitable, ec));
    co_return;
  }
  {
    std::lock_guard lock(app_.connections_mutex);
    std::erase_if(app_.open_connections, [](const std::weak_ptr<Connection>& w) { return w.expired(); });
    app_.open_connections.push_back(self);
  }
  websocket::stream_base::timeout timeouts{};
  timeouts.handshake_timeout = std::chrono::seconds(10);
  timeouts.idle_timeout = std::chrono::seconds(app_.config.idle_timeout_seconds);
  timeouts.keep_alive_pings = false;
  ws_.set_option(timeouts);
  ws_.read_message_max(app_.config.max_frame_bytes);
  std::string offered(request[http::field::sec_websocket_protocol]);
  ws_.set_option(websocket::stream_base::decorator([offered](websocket::response_type& res) {
    res.set(http::field::server, "lview");
    if (offered.find("phoenix") != std::string::npos) res.set(http::field::sec_websocket_protocol, "phoenix");
  }));
  tokens_ = app_.config.max_messages_per_second;
  co_await ws_.async_accept(request, net::redirect_error(net::use_awaitable, ec));
  if (ec) co_return;
  log::info("connect {}", peer);

  beast::flat_buffer buffer;
  for (;;) {
    buffer.clear();
    co_await ws_.async_read(buffer, net::redirect_error(net::use_awaitable, ec));
    if (ec) break;
    if (!ws_.got_text()) {
      log::warn("{}: binary frame (uploads are not supported): closing", peer);
      close(websocket::close_code::unknown_data);
      continue;
    }
    if (!within_rate()) {
      log::warn("{}: more than {} messages/s: closing", peer, app_.config.max_messages_per_second);
      close(websocket::close_code::policy_error);
      continue;
    }
    std::string text = beast::buffers_to_string(buffer.data());
    on_message(text);
  }
  closed_ = true;
  queue_.clear();
  std::size_t views = views_.size();
  views_.clear();  // every view leaves: timers cancelled, subscriptions ended
  log::info("disconnect {} ({}; {} view{} dropped)", peer, ec == websocket::error::closed ? "closed" : ec.message(), views,
            views == 1 ? "" : "s");
}

void Connection::reply(const json::value& join_ref, const json::value& ref, std::string_view topic,
                       std::string_view status, std::string_view response_json) {
  send(frame(join_ref, ref, topic, "phx_reply",
             fmt::format("{{\"status\":\"{}\",\"response\":{}}}", status, response_json)));
}

void Connection::on_message(std::string_view text) {
  beast::error_code ec;
  json::value message = json::parse(text, ec);
  auto* array = ec ? nullptr : message.if_array();
  if (!array || array->size() != 5 || !(*array)[2].is_string() || !(*array)[3].is_string()) {
    log::warn("malformed frame ({} bytes): closing", text.size());
    close(websocket::close_code::protocol_error);
    return;
  }
  const json::value& join_ref = (*array)[0];
  const json::value& ref = (*array)[1];
  std::string topic((*array)[2].as_string());
  std::string event((*array)[3].as_string());
  if ((!join_ref.is_string() && !join_ref.is_null()) || (!ref.is_string() && !ref.is_null()) || !(*array)[4].is_object()) {
    log::warn("malformed {} on {}: bad refs or payload", event, topic);
    reply(join_ref.is_string() ? join_ref : json::value(nullptr), ref.is_string() ? ref : json::value(nullptr), topic,
          "error", "{\"reason\":\"malformed message\"}");
    return;
  }
  const json::object& payload = (*array)[4].as_object();

  if (topic == "phoenix") {
    if (event == "heartbeat") reply(nullptr, ref, topic, "ok", "{}");
    return;
  }
  if (topic.rfind("lv:", 0) != 0) {
    log::warn("{} on unknown topic {}", event, topic);
    reply(join_ref, ref, topic, "error", "{\"reason\":\"unmatched topic\"}");
    return;
  }
  if (event == "phx_join") return on_join(join_ref, ref, topic, payload);
  auto it = views_.find(topic);
  if (it == views_.end()) {
    log::warn("{} for {}, which is not joined", event, topic);
    reply(join_ref, ref, topic, "error", "{\"reason\":\"unmatched topic\"}");
    return;
  }
  if (event == "phx_leave") {
    views_.erase(it);
    log::info("leave {}", topic);
    reply(join_ref, ref, topic, "ok", "{}");
    return;
  }
  if (event == "event") return on_event(join_ref, ref, topic, payload);
  // live_patch, cids_*, uploads: not used by lview views; acknowledge so the
  // client never waits for a reply that would not come.
  log::debug("{} on {} acknowledged without effect", event, topic);
  reply(join_ref, ref, topic, "ok", "{}");
}

void Connection::on_join(const json::value& join_ref, const json::value& ref, const std::string& topic,
                         const json::object& payload) {
  auto stale = [&](std::string_view why) {
    log::warn("join {} refused: {}", topic, why);
    reply(join_ref, ref, topic, "error", "{\"reason\":\"stale\"}");
  };
  const json::value* session = payload.if_contains("session");
  if (!session || !session->is_string() || !join_ref.is_string()) return stale("no session token");
  auto verified = app_.signer.verify(std::string_view(session->as_string()));
  if (!verified) return stale("session token does not verify");
  beast::error_code ec;
  json::value claims = json::parse(*verified, ec);
  const json::object* c = ec ? nullptr : claims.if_object();
  if (!c || !c->contains("r") || !c->contains("id") || !c->contains("exp") || !c->at("r").is_string() ||
      !c->at("id").is_string() || !c->at("exp").is_int64())
    return stale("session token has no route");
  if (c->at("exp").as_int64() < detail::unix_now()) return stale("session token expired");
  if ("lv:" + std::string(c->at("id").as_string()) != topic) return stale("session token is for another view");
  const Route* route = app_.find_route(std::string_view(c->at("r").as_string()));
  if (!route) return stale("route no longer exists");

  views_.erase(topic);  // a repeated join replaces the previous view
  auto view = std::make_shared<ViewSession>(*this, topic, std::string(join_ref.as_string()), *route);
  if (!view->open()) {
    reply(join_ref, ref, topic, "error", "{\"reason\":\"mount failed\"}");
    return;
  }
  std::string rendered;
  if (!view->guarded("render", [&] { rendered = view->rendered(); })) {
    reply(join_ref, ref, topic, "error", "{\"reason\":\"render failed\"}");
    return;
  }
  if (auto to = view->take_redirect()) {
    reply(join_ref, ref, topic, "error", fmt::format("{{\"redirect\":{{\"to\":{}}}}}", json_string(*to)));
    return;
  }
  views_[topic] = view;
  log::info("join {} ({})", topic, route->path);
  reply(join_ref, ref, topic, "ok",
        fmt::format("{{\"rendered\":{},\"liveview_version\":\"{}\"}}", rendered, kLiveViewVersion));
}

void Connection::on_event(const json::value& join_ref, const json::value& ref, const std::string& topic,
                          const json::object& payload) {
  std::shared_ptr<ViewSession> view = views_.at(topic);
  const json::value* type = payload.if_contains("type");
  const json::value* name = payload.if_contains("event");
  const json::value* value = payload.if_contains("value");
  if (!type || !type->is_string() || !name || !name->is_string()) {
    log::warn("event on {} without type or name", topic);
    reply(join_ref, ref, topic, "error", "{\"reason\":\"malformed event\"}");
    return;
  }
  Params params;
  if (type->as_string() == "form") {
    if (value && value->is_string()) params = parse_urlencoded(std::string_view(value->as_string()));
  } else if (value && value->is_object()) {
    params = params_from_object(value->as_object());
  }
  std::string event_name(name->as_string());
  if (event_name == "lv:clear-flash") {
    reply(join_ref, ref, topic, "ok", "{}");
    return;
  }
  EventResult result;
  if (!view->guarded("handle_event", [&] { result = view->instance().handle_event(event_name, params); })) {
    reply(join_ref, ref, topic, "error", "{\"reason\":\"handler failed\"}");
    send(frame(join_ref, join_ref, topic, "phx_error", "{\"reason\":\"channel_crash\"}"));
    views_.erase(topic);
    return;
  }
  switch (result.status) {
    case EventResult::Status::UnknownEvent:
      log::warn("unknown event '{}' for {} ({})", event_name, topic, view->route().path);
      reply(join_ref, ref, topic, "ok", "{}");
      return;
    case EventResult::Status::BadPayload:
      log::warn("event '{}' for {}: {}", event_name, topic, result.error.message);
      reply(join_ref, ref, topic, "error", fmt::format("{{\"reason\":{}}}", json_string(result.error.message)));
      return;
    case EventResult::Status::Handled: break;
  }
  if (auto to = view->take_redirect()) {
    reply(join_ref, ref, topic, "ok", fmt::format("{{\"redirect\":{{\"to\":{}}}}}", json_string(*to)));
    return;
  }
  std::string diff;
  view->guarded("render", [&] { diff = view->diff(); });
  reply(join_ref, ref, topic, "ok", diff.empty() ? "{}" : "{\"diff\":" + diff + "}");
}

// ------------------------------------------------------------------ App::Impl

void App::Impl::start_websocket(beast::tcp_stream stream, http::request<http::string_body> request) {
  std::make_shared<Connection>(*this, std::move(stream))->start(std::move(request));
}

void App::Impl::close_all_connections() {
  std::vector<std::shared_ptr<Connection>> live;
  {
    std::lock_guard lock(connections_mutex);
    for (auto& weak : open_connections)
      if (auto c = weak.lock()) live.push_back(std::move(c));
    open_connections.clear();
  }
  // 1001 (going away), not 1000: the client then reconnects instead of reloading.
  for (auto& c : live) net::post(c->executor(), [c] { c->close(websocket::close_code::going_away); });
}

}  // namespace lview
