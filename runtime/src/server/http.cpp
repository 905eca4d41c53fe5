// The listener and plain HTTP: the dead render of a live view inside its
// layout (with the signed session and CSRF tokens), plain pages, the client
// bundle, 404 and 405. A WebSocket upgrade on /live/websocket is handed to
// connection.cpp.
#include <fmt/format.h>

#include "server/log.hpp"
#include "server/server.hpp"

namespace lview {
namespace {

constexpr const char* kBaseStyle =
    "<style>"
    "#lview-flash:empty{display:none}"
    "#lview-flash{position:fixed;top:1rem;right:1rem;padding:.6rem 1rem;border-radius:.4rem;"
    "background:#1f6feb;color:#fff;font:14px system-ui,sans-serif}"
    ".phx-error #lview-offline{display:block}"
    "</style>";

std::string default_layout(const PageParts& p) {
  return fmt::format(
      "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n"
      "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n{}\n<title>{}</title>\n</head>\n"
      "<body>\n{}\n</body>\n</html>\n",
      p.head, p.title, p.container);
}

std::string_view path_of(std::string_view target) {
  std::size_t q = target.find('?');
  return target.substr(0, q);
}

http::response<http::string_body> make_response(const http::request<http::string_body>& req, http::status status,
                                                 std::string_view content_type, std::string body) {
  http::response<http::string_body> res{status, req.version()};
  res.set(http::field::server, "lview");
  res.set(http::field::content_type, content_type);
  res.keep_alive(req.keep_alive());
  res.body() = std::move(body);
  res.prepare_payload();
  if (req.method() == http::verb::head) res.body().clear();  // Content-Length stays
  return res;
}

}  // namespace

const Route* App::Impl::find_route(std::string_view path) const {
  auto it = routes.find(path);
  return it == routes.end() ? nullptr : &it->second;
}

std::string App::Impl::csrf_nonce_from_cookie(std::string_view cookie) const {
  constexpr std::string_view kName = "_lview_csrf=";
  std::size_t at = cookie.find(kName);
  if (at == std::string_view::npos) return {};
  std::string_view rest = cookie.substr(at + kName.size());
  std::string nonce(rest.substr(0, rest.find(';')));
  for (char c : nonce)
    if (!std::isalnum(static_cast<unsigned char>(c)) && c != '-' && c != '_') return {};
  return nonce.size() >= 16 && nonce.size() <= 64 ? nonce : std::string();
}

namespace {

http::response<http::string_body> dead_render(App::Impl& app, const Route& route,
                                              const http::request<http::string_body>& req) {
  std::unique_ptr<LiveInstance> instance = route.factory->create(nullptr);
  instance->mount();
  Buffer html;
  instance->render_html(html);

  std::string id = "phx-" + detail::random_id(9);
  std::string session = app.signer.sign(
      fmt::format("{{\"r\":\"{}\",\"id\":\"{}\",\"exp\":{}}}", route.path, id, detail::unix_now() + app.config.session_max_age));
  std::string nonce = app.csrf_nonce_from_cookie(req[http::field::cookie]);
  bool new_nonce = nonce.empty();
  if (new_nonce) nonce = detail::random_id(18);
  std::string csrf = app.signer.sign("csrf:" + nonce);

  PageParts parts;
  std::string title = instance->title().empty() ? route.title : instance->title();
  parts.title = html_escape(title.empty() ? "lview" : title);
  parts.head = fmt::format("<meta name=\"csrf-token\" content=\"{}\">\n<script defer src=\"/assets/lview.js?v={}\"></script>\n{}",
                           csrf, kClientBundleHash, kBaseStyle);
  parts.container = fmt::format(
      "<div id=\"lview-flash\" role=\"status\"></div>\n"
      "<div id=\"{}\" data-phx-main data-phx-session=\"{}\" data-phx-static=\"\">{}</div>",
      id, session, html.view());
  std::string page = app.config.layout ? app.config.layout(parts) : default_layout(parts);
  auto res = make_response(req, http::status::ok, "text/html; charset=utf-8", std::move(page));
  res.set(http::field::cache_control, "no-store");
  if (new_nonce)
    res.set(http::field::set_cookie, fmt::format("_lview_csrf={}; Path=/; HttpOnly; SameSite=Lax", nonce));
  return res;
}

http::response<http::string_body> handle_request(App::Impl& app, const http::request<http::string_body>& req) {
  std::string_view path = path_of(req.target());
  if (req.method() != http::verb::get && req.method() != http::verb::head) {
    auto res = make_response(req, http::status::method_not_allowed, "text/plain; charset=utf-8", "405 method not allowed\n");
    res.set(http::field::allow, "GET, HEAD");
    return res;
  }
  if (path == "/assets/lview.js") {
    auto res = make_response(req, http::status::ok, "text/javascript; charset=utf-8", std::string(kClientBundle));
    res.set(http::field::cache_control, "public, max-age=31536000, immutable");
    res.set(http::field::etag, fmt::format("\"{}\"", kClientBundleHash));
    return res;
  }
  if (path == "/favicon.ico") return make_response(req, http::status::no_content, "image/x-icon", "");
  if (const Route* route = app.find_route(path)) return dead_render(app, *route, req);
  if (auto it = app.pages.find(path); it != app.pages.end())
    return make_response(req, http::status::ok, "text/html; charset=utf-8", it->second());
  return make_response(req, http::status::not_found, "text/html; charset=utf-8",
                       "<!DOCTYPE html><title>Not found</title><h1>404 Not found</h1>\n");
}

}  // namespace

net::awaitable<void> App::Impl::serve_http(beast::tcp_stream stream) {
  beast::flat_buffer buffer;
  beast::error_code ec;
  for (;;) {
    stream.expires_after(std::chrono::seconds(30));
    http::request_parser<http::string_body> parser;
    parser.header_limit(16 * 1024);
    parser.body_limit(64 * 1024);
    co_await http::async_read(stream, buffer, parser, net::redirect_error(net::use_awaitable, ec));
    if (ec) break;
    http::request<http::string_body> req = parser.release();
    if (websocket::is_upgrade(req)) {
      if (path_of(req.target()) == "/live/websocket") {
        stream.expires_never();
        start_websocket(std::move(stream), std::move(req));
        co_return;
      }
      auto res = make_response(req, http::status::not_found, "text/plain", "no WebSocket here\n");
      co_await http::async_write(stream, res, net::redirect_error(net::use_awaitable, ec));
      break;
    }
    http::response<http::string_body> res;
    try {
      res = handle_request(*this, req);
    } catch (const std::exception& e) {
      log::error("{} {}: {}", std::string(req.method_string()), std::string(req.target()), e.what());
      res = make_response(req, http::status::internal_server_error, "text/plain", "500 internal server error\n");
    }
    bool keep_alive = res.keep_alive();
    co_await http::async_write(stream, res, net::redirect_error(net::use_awaitable, ec));
    if (ec || !keep_alive) break;
  }
  stream.socket().shutdown(tcp::socket::shutdown_send, ec);
}

net::awaitable<void> App::Impl::listen() {
  for (;;) {
    beast::error_code ec;
    tcp::socket socket(net::make_strand(ioc));
    co_await acceptor.async_accept(socket, net::redirect_error(net::use_awaitable, ec));
    if (ec) {
      if (!acceptor.is_open() || stopping) co_return;
      log::warn("accept: {}", ec.message());
      continue;
    }
    auto executor = socket.get_executor();
    net::co_spawn(executor, serve_http(beast::tcp_stream(std::move(socket))), net::detached);
  }
}

}  // namespace lview
