// A small synchronous Phoenix-channels client over Beast, for protocol tests:
// loads a page (session, CSRF token, cookie), connects, sends frames, reads
// frames with a timeout.
#pragma once

#include <boost/asio.hpp>
#include <boost/beast.hpp>
#include <boost/json.hpp>
#include <sys/socket.h>

#include <chrono>
#include <functional>
#include <regex>
#include <stdexcept>
#include <string>

namespace test {

namespace net = boost::asio;
namespace beast = boost::beast;
namespace http = beast::http;
namespace websocket = beast::websocket;
namespace json = boost::json;
using tcp = net::ip::tcp;

struct Page {
  int status = 0;
  std::string html, cookie, csrf, session, id;
};

inline std::string match(const std::string& text, const std::string& pattern) {
  std::smatch m;
  return std::regex_search(text, m, std::regex(pattern)) ? m[1].str() : std::string();
}

inline Page load_page(unsigned short port, const std::string& path, const std::string& cookie = {}) {
  net::io_context ioc;
  tcp::socket socket(ioc);
  socket.connect({net::ip::make_address("127.0.0.1"), port});
  http::request<http::empty_body> req{http::verb::get, path, 11};
  req.set(http::field::host, "127.0.0.1:" + std::to_string(port));
  if (!cookie.empty()) req.set(http::field::cookie, cookie);
  http::write(socket, req);
  beast::flat_buffer buffer;
  http::response<http::string_body> res;
  http::read(socket, buffer, res);
  Page p;
  p.status = res.result_int();
  p.html = res.body();
  std::string set_cookie(res[http::field::set_cookie]);
  p.cookie = set_cookie.empty() ? cookie : set_cookie.substr(0, set_cookie.find(';'));
  p.csrf = match(p.html, "name=\"csrf-token\" content=\"([^\"]+)\"");
  p.session = match(p.html, "data-phx-session=\"([^\"]+)\"");
  p.id = match(p.html, "<div id=\"(phx-[^\"]+)\" data-phx-main");
  return p;
}

class Client {
 public:
  // Connects to /live/websocket; throws when the server refuses the upgrade.
  Client(unsigned short port, const Page& page, std::string origin = {}, bool with_csrf = true) : ws_(ioc_) {
    ws_.next_layer().connect({net::ip::make_address("127.0.0.1"), port});
    timeval tv{2, 0};
    setsockopt(ws_.next_layer().native_handle(), SOL_SOCKET, SO_RCVTIMEO, &tv, sizeof tv);
    std::string host = "127.0.0.1:" + std::to_string(port);
    if (origin.empty()) origin = "http://" + host;
    ws_.set_option(websocket::stream_base::decorator([&](websocket::request_type& req) {
      req.set(http::field::origin, origin);
      if (!page.cookie.empty()) req.set(http::field::cookie, page.cookie);
    }));
    std::string target = "/live/websocket?vsn=2.0.0";
    if (with_csrf) target += "&_csrf_token=" + page.csrf;
    ws_.handshake(host, target);
  }

  void send(const std::string& text) { ws_.write(net::buffer(text)); }
  void send_binary(const std::string& bytes) {
    ws_.binary(true);
    ws_.write(net::buffer(bytes));
    ws_.text(true);
  }

  // The next frame; throws on timeout or close.
  json::array read() {
    beast::flat_buffer buffer;
    ws_.read(buffer);
    json::value v = json::parse(beast::buffers_to_string(buffer.data()));
    return v.as_array();
  }
  std::string read_text() {
    beast::flat_buffer buffer;
    ws_.read(buffer);
    return beast::buffers_to_string(buffer.data());
  }

  // Reads until a frame satisfies `want`; frames before it are skipped.
  json::array read_until(const std::function<bool(const json::array&)>& want, int max_frames = 50) {
    for (int i = 0; i < max_frames; ++i) {
      json::array f = read();
      if (want(f)) return f;
    }
    throw std::runtime_error("no matching frame");
  }

  // True when the server closed the connection (read fails with a close or EOF).
  bool closed_by_server() {
    try {
      beast::flat_buffer buffer;
      for (int i = 0; i < 500; ++i) {
        ws_.read(buffer);
        buffer.clear();
      }
    } catch (const beast::system_error& e) {
      last_error_ = e.code().message();
      return e.code() == websocket::error::closed || e.code() == net::error::eof ||
             e.code() == net::error::connection_reset || e.code() == net::error::broken_pipe ||
             e.code() == net::error::not_connected;
    }
    return false;
  }

  // Drops the TCP connection without a WebSocket close.
  void drop() {
    beast::error_code ec;
    ws_.next_layer().close(ec);
  }

  websocket::stream<tcp::socket>& stream() { return ws_; }
  const std::string& last_error() const { return last_error_; }

 private:
  net::io_context ioc_;
  websocket::stream<tcp::socket> ws_;
  std::string last_error_;
};

inline std::string join_frame(const std::string& ref, const Page& p) {
  return "[\"" + ref + "\",\"" + ref + "\",\"lv:" + p.id + "\",\"phx_join\",{\"url\":\"http://127.0.0.1/\",\"params\":{\"_csrf_token\":\"" +
         p.csrf + "\",\"_mounts\":0},\"session\":\"" + p.session + "\",\"static\":null}]";
}

inline std::string event_frame(const std::string& join_ref, const std::string& ref, const Page& p,
                               const std::string& payload) {
  return "[\"" + join_ref + "\",\"" + ref + "\",\"lv:" + p.id + "\",\"event\"," + payload + "]";
}

inline std::string click(const std::string& join_ref, const std::string& ref, const Page& p, const std::string& event,
                         const std::string& value = "{}") {
  return event_frame(join_ref, ref, p, "{\"type\":\"click\",\"event\":\"" + event + "\",\"value\":" + value + "}");
}

}  // namespace test
