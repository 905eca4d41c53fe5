// The server as the official client meets it, frame by frame, on loopback:
// joins, events, diffs, every Socket call, malformed input, and lifecycle.
#include <catch2/catch.hpp>
#include <lview/app.hpp>

#include <thread>

#include "client.hpp"
#include "probe_view.hpp"

using namespace test;

namespace {

// One server for the whole file (as a real deployment: many clients, one app).
// Stopped (threads joined) by its destructor when the test program exits.
lview::App& server() {
  static std::unique_ptr<lview::App> app = [] {
    lview::AppConfig config;
    config.port = 0;
    config.threads = 2;
    config.secret = "protocol-test-secret-0123456789";
    config.max_messages_per_second = 1000;
    auto a = std::make_unique<lview::App>(config);
    a->live<probe::Probe>("/probe", "Probe");
    probe::Probe::pubsub = &a->pubsub();
    a->start();
    return a;
  }();
  return *app;
}

unsigned short port() { return server().port(); }

std::string s(const json::value& v) { return json::serialize(v); }

// Joins a fresh probe page; returns the page and the join reply.
struct Joined {
  Page page;
  std::unique_ptr<Client> client;
  json::array reply;
};

Joined join_probe() {
  Joined j;
  j.page = load_page(port(), "/probe");
  j.client = std::make_unique<Client>(port(), j.page);
  j.client->send(join_frame("1", j.page));
  j.reply = j.client->read();
  return j;
}

json::object response(const json::array& frame) { return frame.at(4).as_object().at("response").as_object(); }
std::string status(const json::array& frame) { return std::string(frame.at(4).as_object().at("status").as_string()); }

// The reply to `ref`, skipping pushes.
json::array reply_to(Client& c, const std::string& ref) {
  return c.read_until([&](const json::array& f) { return f.at(1).is_string() && f.at(1).as_string() == ref; });
}

json::array next_diff(Client& c) {
  return c.read_until([](const json::array& f) { return f.at(3).as_string() == "diff"; });
}

template <class Pred>
bool eventually(Pred pred, int ms = 3000) {
  for (int i = 0; i < ms / 10; ++i) {
    if (pred()) return true;
    std::this_thread::sleep_for(std::chrono::milliseconds(10));
  }
  return pred();
}

}  // namespace

TEST_CASE("the dead render and the join reply show the same escaped text") {
  Joined j = join_probe();
  REQUIRE(j.page.status == 200);
  REQUIRE_FALSE(j.page.session.empty());
  REQUIRE_FALSE(j.page.csrf.empty());
  CHECK(s(j.reply.at(0)) == "\"1\"");
  CHECK(s(j.reply.at(2)) == "\"lv:" + j.page.id + "\"");
  CHECK(s(j.reply.at(3)) == "\"phx_reply\"");
  REQUIRE(status(j.reply) == "ok");
  auto r = response(j.reply);
  CHECK(r.at("liveview_version").as_string() == "1.2.12");
  const auto& rendered = r.at("rendered").as_object();
  CHECK(rendered.contains("s"));
  std::string escaped = "&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; &quot;q&quot;";
  CHECK(rendered.at("1").as_string() == escaped);  // attribute value
  CHECK(rendered.at("2").as_string() == escaped);  // text
  CHECK(j.page.html.find("<p id=\"text\" title=\"" + escaped + "\">" + escaped + "</p>") != std::string::npos);
  CHECK(j.page.html.find("<script>alert") == std::string::npos);
  // In a list: the comprehension entry holds exactly what the page shows.
  std::string entry = "&lt;b&gt;&amp;&quot;&#39;&lt;/b&gt;";
  CHECK(rendered.at("4").at("k").at("0").at("0").as_string() == entry);
  CHECK(j.page.html.find("<li>" + entry + "</li>") != std::string::npos);
  // And in a diff.
  j.client->send(click("1", "2", j.page, "shout", R"({"text":"<i>\"&'</i>"})"));
  reply_to(*j.client, "2");
  CHECK(s(next_diff(*j.client).at(4)) == R"({"4":{"k":{"1":{"0":"&lt;i&gt;&quot;&amp;&#39;&lt;/i&gt;"},"kc":2}}})");
}

TEST_CASE("several live views share one socket") {
  Page a = load_page(port(), "/probe");
  Page b = load_page(port(), "/probe", a.cookie);
  Client c(port(), a);
  c.send(join_frame("1", a));
  CHECK(status(c.read()) == "ok");
  c.send(join_frame("2", b));
  CHECK(status(c.read()) == "ok");
  c.send(click("1", "3", a, "inc"));
  CHECK(s(response(reply_to(c, "3"))) == R"({"diff":{"0":"1"}})");
  c.send(click("2", "4", b, "set", R"({"n":"5"})"));
  auto r = reply_to(c, "4");
  CHECK(s(r.at(2)) == "\"lv:" + b.id + "\"");
  CHECK(s(response(r)) == R"({"diff":{"0":"5"}})");
}

TEST_CASE("a user layout and the route's title wrap the dead render") {
  lview::AppConfig config;
  config.port = 0;
  config.threads = 1;
  config.secret = "layout-test-secret-0123456789";
  config.layout = [](const lview::PageParts& p) {
    return "<!DOCTYPE html><html><head>" + p.head + "<title>" + p.title + " | Shop</title></head><body class=\"shop\">" +
           p.container + "</body></html>";
  };
  lview::App app(config);
  app.live<probe::Probe>("/p", "Probe & Co");
  app.start();
  Page page = load_page(app.port(), "/p");
  CHECK(page.status == 200);
  CHECK(page.html.find("<title>Probe &amp; Co | Shop</title>") != std::string::npos);
  CHECK(page.html.find("<body class=\"shop\">") != std::string::npos);
  CHECK_FALSE(page.session.empty());
  CHECK(load_page(app.port(), "/missing").status == 404);
  app.stop();
}

TEST_CASE("heartbeat, click, payload events and form events get exact replies") {
  Joined j = join_probe();
  Client& c = *j.client;
  c.send(R"([null,"5","phoenix","heartbeat",{}])");
  CHECK(c.read_text() == R"([null,"5","phoenix","phx_reply",{"status":"ok","response":{}}])");

  c.send(click("1", "6", j.page, "inc", R"({"value":""})"));
  CHECK(c.read_text() == "[\"1\",\"6\",\"lv:" + j.page.id + "\",\"phx_reply\",{\"status\":\"ok\",\"response\":{\"diff\":{\"0\":\"1\"}}}]");

  c.send(click("1", "7", j.page, "set", R"({"n":"42"})"));
  CHECK(s(response(reply_to(c, "7"))) == R"({"diff":{"0":"42"}})");

  // A number from a hook's pushEvent decodes too.
  c.send(event_frame("1", "8", j.page, R"({"type":"hook","event":"set","value":{"n":7}})"));
  CHECK(s(response(reply_to(c, "8"))) == R"({"diff":{"0":"7"}})");

  c.send(event_frame("1", "9", j.page, R"({"type":"form","event":"echo","value":"text=%3Cb%3Ehi%3C%2Fb%3E+there","meta":{}})"));
  CHECK(s(response(reply_to(c, "9"))) == R"({"diff":{"1":"&lt;b&gt;hi&lt;/b&gt; there","2":"&lt;b&gt;hi&lt;/b&gt; there"}})");

  c.send(click("1", "10", j.page, "inc"));
  CHECK(s(response(reply_to(c, "10"))) == R"({"diff":{"0":"8"}})");
}

TEST_CASE("a bad payload gets an error reply and leaves the state alone") {
  Joined j = join_probe();
  Client& c = *j.client;
  c.send(click("1", "2", j.page, "set", R"({"n":"abc"})"));
  auto r = reply_to(c, "2");
  CHECK(status(r) == "error");
  CHECK(response(r).at("reason").as_string() == "field 'n': expected an integer, got \"abc\"");
  c.send(click("1", "3", j.page, "set", "{}"));
  CHECK(response(reply_to(c, "3")).at("reason").as_string() == "missing field 'n'");
  c.send(click("1", "4", j.page, "inc"));
  CHECK(s(response(reply_to(c, "4"))) == R"({"diff":{"0":"1"}})");
  c.send(click("1", "5", j.page, "no_such_event"));
  auto unknown = reply_to(c, "5");
  CHECK(status(unknown) == "ok");
  CHECK(s(response(unknown)) == "{}");
}

TEST_CASE("repeat ticks until cancel; send_info_after fires once") {
  Joined j = join_probe();
  Client& c = *j.client;
  std::size_t timers_before = server().stats().timers;
  c.send(click("1", "2", j.page, "start_repeat"));
  reply_to(c, "2");
  CHECK(s(next_diff(c).at(4)) == R"({"3":"1"})");
  CHECK(s(next_diff(c).at(4)) == R"({"3":"2"})");
  CHECK(server().stats().timers == timers_before + 1);
  c.send(click("1", "3", j.page, "stop_repeat"));
  reply_to(c, "3");
  CHECK(eventually([&] { return server().stats().timers == timers_before; }));

  c.send(click("1", "4", j.page, "later"));
  reply_to(c, "4");
  auto d = next_diff(c);
  CHECK(s(d.at(0)) == "\"1\"");  // pushes carry the join ref
  CHECK(d.at(1).is_null());
  CHECK(s(d.at(4)) == R"({"0":"100"})");
}

TEST_CASE("start_async runs off the strand: the view answers events meanwhile, then gets the result") {
  Joined j = join_probe();
  Client& c = *j.client;
  c.send(click("1", "2", j.page, "async"));
  CHECK(s(response(reply_to(c, "2"))) == "{}");
  auto started = std::chrono::steady_clock::now();
  c.send(click("1", "3", j.page, "inc"));
  CHECK(s(response(reply_to(c, "3"))) == R"({"diff":{"0":"1"}})");
  CHECK(std::chrono::steady_clock::now() - started < std::chrono::milliseconds(80));
  CHECK(s(next_diff(c).at(4)) == R"({"1":"computed off the strand","2":"computed off the strand"})");
}

TEST_CASE("push_event, page_title, put_flash and redirect reach the client") {
  Joined j = join_probe();
  Client& c = *j.client;
  c.send(click("1", "2", j.page, "push"));
  CHECK(s(response(reply_to(c, "2"))) == R"({"diff":{"e":[["highlight",{"id":3}]]}})");
  c.send(click("1", "3", j.page, "title"));
  CHECK(s(response(reply_to(c, "3"))) == R"({"diff":{"t":"Probe <1>"}})");
  c.send(click("1", "4", j.page, "flash"));
  CHECK(s(response(reply_to(c, "4"))) == R"({"diff":{"e":[["lv:flash",{"kind":"info","message":"saved"}]]}})");
  c.send(click("1", "5", j.page, "go"));
  CHECK(s(response(reply_to(c, "5"))) == R"({"redirect":{"to":"/elsewhere"}})");
}

TEST_CASE("send_info from another thread and pub/sub broadcasts arrive as infos") {
  Joined a = join_probe();
  Joined b = join_probe();
  a.client->send(click("1", "2", a.page, "from_thread"));
  reply_to(*a.client, "2");
  CHECK(s(next_diff(*a.client).at(4)).find("sent from another thread") != std::string::npos);

  a.client->send(click("1", "3", a.page, "shout", R"({"text":"to everyone"})"));
  reply_to(*a.client, "3");
  CHECK(s(next_diff(*a.client).at(4)).find("to everyone") != std::string::npos);
  CHECK(s(next_diff(*b.client).at(4)).find("to everyone") != std::string::npos);
}

TEST_CASE("a handler that throws crashes its own view only") {
  Joined a = join_probe();
  Joined b = join_probe();
  a.client->send(click("1", "2", a.page, "boom"));
  auto r = reply_to(*a.client, "2");
  CHECK(status(r) == "error");
  auto err = a.client->read_until([](const json::array& f) { return f.at(3).as_string() == "phx_error"; });
  CHECK(s(err.at(2)) == "\"lv:" + a.page.id + "\"");
  // The crashed topic is gone; a rejoin (as the client does) mounts afresh.
  a.client->send(click("1", "3", a.page, "inc"));
  CHECK(response(reply_to(*a.client, "3")).at("reason").as_string() == "unmatched topic");
  a.client->send(join_frame("4", a.page));
  CHECK(status(reply_to(*a.client, "4")) == "ok");
  b.client->send(click("1", "2", b.page, "inc"));
  CHECK(s(response(reply_to(*b.client, "2"))) == R"({"diff":{"0":"1"}})");
}

TEST_CASE("malformed input gets an error reply or a close, and other clients never notice") {
  Joined other = join_probe();
  int ref = 100;
  auto other_still_works = [&] {
    std::string r = std::to_string(++ref);
    other.client->send(click("1", r, other.page, "inc"));
    auto f = reply_to(*other.client, r);
    return status(f) == "ok";
  };

  SECTION("not JSON") {
    Joined j = join_probe();
    j.client->send("this is not json");
    CHECK(j.client->closed_by_server());
  }
  SECTION("not a five-element array") {
    Joined j = join_probe();
    j.client->send(R"(["1","2","lv:x"])");
    CHECK(j.client->closed_by_server());
  }
  SECTION("a payload that is not an object") {
    Joined j = join_probe();
    j.client->send("[\"1\",\"2\",\"lv:" + j.page.id + "\",\"event\",\"x\"]");
    CHECK(response(reply_to(*j.client, "2")).at("reason").as_string() == "malformed message");
    j.client->send(click("1", "3", j.page, "inc"));
    CHECK(s(response(reply_to(*j.client, "3"))) == R"({"diff":{"0":"1"}})");
  }
  SECTION("an event without a name") {
    Joined j = join_probe();
    j.client->send(event_frame("1", "2", j.page, R"({"type":"click"})"));
    CHECK(response(reply_to(*j.client, "2")).at("reason").as_string() == "malformed event");
  }
  SECTION("a topic nobody serves") {
    Joined j = join_probe();
    j.client->send(R"(["3","3","room:lobby","phx_join",{}])");
    CHECK(response(reply_to(*j.client, "3")).at("reason").as_string() == "unmatched topic");
  }
  SECTION("an event for a view that was never joined") {
    Joined j = join_probe();
    j.client->send(R"(["1","4","lv:phx-nobody","event",{"type":"click","event":"inc","value":{}}])");
    CHECK(response(reply_to(*j.client, "4")).at("reason").as_string() == "unmatched topic");
  }
  SECTION("a tampered session token") {
    Page p = load_page(port(), "/probe");
    Client c(port(), p);
    Page forged = p;
    forged.session[forged.session.size() / 2] ^= 1;
    c.send(join_frame("1", forged));
    auto r = c.read();
    CHECK(status(r) == "error");
    CHECK(response(r).at("reason").as_string() == "stale");
  }
  SECTION("a session token used for another view id") {
    Page p = load_page(port(), "/probe");
    Client c(port(), p);
    Page other_id = p;
    other_id.id = "phx-someoneelse";
    c.send(join_frame("1", other_id));
    CHECK(response(c.read()).at("reason").as_string() == "stale");
  }
  SECTION("an oversize frame") {
    Joined j = join_probe();
    j.client->send(click("1", "2", j.page, "echo", "{\"text\":\"" + std::string(70 * 1024, 'x') + "\"}"));
    bool closed = j.client->closed_by_server();
    INFO(j.client->last_error());
    CHECK(closed);
  }
  SECTION("a binary frame") {
    Joined j = join_probe();
    j.client->send_binary(std::string("\0\1\2\3", 4));
    CHECK(j.client->closed_by_server());
  }
  SECTION("no CSRF token, or a foreign origin, is refused at the upgrade") {
    Page p = load_page(port(), "/probe");
    CHECK_THROWS(Client(port(), p, {}, false));
    CHECK_THROWS(Client(port(), p, "http://evil.example"));
    Page no_cookie = p;
    no_cookie.cookie.clear();
    CHECK_THROWS(Client(port(), no_cookie));
  }
  CHECK(other_still_works());
}

TEST_CASE("leave frees the view and its timers") {
  Joined j = join_probe();
  j.client->send(click("1", "2", j.page, "start_repeat"));
  reply_to(*j.client, "2");
  std::size_t views = server().stats().live_views;
  j.client->send("[\"1\",\"3\",\"lv:" + j.page.id + "\",\"phx_leave\",{}]");
  CHECK(s(response(reply_to(*j.client, "3"))) == "{}");
  CHECK(server().stats().live_views == views - 1);
}

TEST_CASE("100 ticking views dropped abruptly and 100 that leave are all freed") {
  // Let earlier tests' connections go first.
  REQUIRE(eventually([] { return server().stats().live_views == 0; }, 5000));
  REQUIRE(server().stats().timers == 0);
  std::vector<Joined> dropped, leaving;
  for (int i = 0; i < 100; ++i) {
    dropped.push_back(join_probe());
    leaving.push_back(join_probe());
  }
  for (auto* group : {&dropped, &leaving})
    for (Joined& j : *group) {
      j.client->send(click("1", "2", j.page, "start_repeat"));
      reply_to(*j.client, "2");
    }
  CHECK(server().stats().live_views == 200);
  CHECK(server().stats().timers == 200);
  for (Joined& j : dropped) j.client->drop();  // no leave, no close frame
  for (Joined& j : leaving) {
    j.client->send("[\"1\",\"3\",\"lv:" + j.page.id + "\",\"phx_leave\",{}]");
    reply_to(*j.client, "3");
  }
  CHECK(eventually([] { return server().stats().live_views == 0 && server().stats().timers == 0; }, 5000));
  CHECK(server().stats().subscriptions == 0);
  // And the server still serves.
  Joined fresh = join_probe();
  CHECK(status(fresh.reply) == "ok");
}

TEST_CASE("an App stopped and destroyed with views still joined frees them cleanly") {
  Page page;
  std::unique_ptr<Client> client;
  {
    lview::AppConfig config;
    config.port = 0;
    config.threads = 2;
    config.secret = "shutdown-test-secret-0123456789";
    lview::App app(config);
    app.live<probe::Probe>("/probe", "Probe");
    app.start();
    page = load_page(app.port(), "/probe");
    client = std::make_unique<Client>(app.port(), page);
    client->send(join_frame("1", page));
    REQUIRE(status(client->read()) == "ok");
    client->send(click("1", "2", page, "start_repeat"));  // a timer and a subscription are live
    reply_to(*client, "2");
    CHECK(app.stats().live_views == 1);
    CHECK(app.stats().subscriptions == 1);
  }  // stop() closes with 1001; destruction frees the view, its timer and subscription
  bool closed = client->closed_by_server();
  INFO(client->last_error());
  CHECK(closed);
}

TEST_CASE("a client that stops reading is closed once its queue is full; others are not slowed") {
  lview::AppConfig config;
  config.port = 0;
  config.threads = 2;
  config.secret = "slow-client-test-secret-0123456789";
  config.max_queued_messages = 8;
  config.max_messages_per_second = 1000;
  lview::App app(config);
  app.live<probe::Probe>("/probe", "Probe");
  app.start();

  Page slow_page = load_page(app.port(), "/probe");
  Client slow(app.port(), slow_page);
  int rcvbuf = 4096;  // a small window, so the server's writes back up quickly
  setsockopt(slow.stream().next_layer().native_handle(), SOL_SOCKET, SO_RCVBUF, &rcvbuf, sizeof rcvbuf);
  slow.send(join_frame("1", slow_page));
  REQUIRE(status(slow.read()) == "ok");

  Page fast_page = load_page(app.port(), "/probe");
  Client fast(app.port(), fast_page);
  fast.send(join_frame("1", fast_page));
  REQUIRE(status(fast.read()) == "ok");

  // Each echo makes a ~120 KB diff; the slow client never reads them.
  std::string big(60 * 1024, 'x');
  for (int i = 0; i < 60; ++i) {
    beast::error_code ec;
    std::string frame = click("1", std::to_string(i + 2), slow_page, "echo", "{\"text\":\"" + big + std::to_string(i) + "\"}");
    slow.stream().write(net::buffer(frame), ec);
    if (ec) break;  // already closed by the server
  }
  auto started = std::chrono::steady_clock::now();
  fast.send(click("1", "2", fast_page, "inc"));
  CHECK(s(response(reply_to(fast, "2"))) == R"({"diff":{"0":"1"}})");
  CHECK(std::chrono::steady_clock::now() - started < std::chrono::milliseconds(500));
  CHECK(eventually([&] { return app.stats().live_views == 1; }, 5000));  // the slow one is gone
  app.stop();
}
