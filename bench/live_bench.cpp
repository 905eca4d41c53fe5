// Load on loopback against a running lview_gallery (bench/live_bench.sh starts
// it): N idle connected dashboards, the frames and bytes one of them receives
// per tick, and the round-trip time of counter clicks. Bounded in count and
// time; stops by itself.
//   live_bench PORT CONNECTIONS CLICKS
#include <algorithm>
#include <chrono>
#include <cstdio>
#include <iostream>
#include <thread>
#include <vector>

#include "client.hpp"

using namespace test;
using Clock = std::chrono::steady_clock;

int main(int argc, char** argv) {
  if (argc != 4) {
    std::fprintf(stderr, "usage: live_bench PORT CONNECTIONS CLICKS\n");
    return 2;
  }
  auto port = static_cast<unsigned short>(std::atoi(argv[1]));
  int connections = std::min(std::atoi(argv[2]), 5000);
  int clicks = std::min(std::atoi(argv[3]), 100000);

  // 1. Idle connected dashboards (each ticks once a second on the server).
  std::vector<std::unique_ptr<Client>> clients;
  for (int i = 0; i < connections; ++i) {
    Page p = load_page(port, "/dashboard");
    auto c = std::make_unique<Client>(port, p);
    c->send(join_frame("1", p));
    c->read();  // join reply
    clients.push_back(std::move(c));
  }
  std::printf("joined %d dashboards\n", connections);
  std::fflush(stdout);
  std::string ready;
  std::getline(std::cin, ready);  // the script reads the server's RSS, then lets us go on

  // 2. What one dashboard receives per tick (a fresh one: the idle ones have
  //    a backlog of ticks in their sockets by now).
  clients.clear();
  {
    Page page = load_page(port, "/dashboard");
    Client c(port, page);
    c.send(join_frame("1", page));
    c.read();
    std::size_t frames = 0, bytes = 0;
    auto until = Clock::now() + std::chrono::seconds(5);
    while (Clock::now() < until) {
      std::string f = c.read_text();
      ++frames;
      bytes += f.size();
    }
    std::printf("per tick: %.2f frames, %.0f bytes (WebSocket payload, %zu frames in 5 s)\n", frames / 5.0,
                frames ? static_cast<double>(bytes) / frames : 0.0, frames);
  }

  // 3. Event round trips on one counter, paced under the server's
  //    per-connection rate limit (200 messages/s by default).
  Page p = load_page(port, "/counter");
  Client c(port, p);
  c.send(join_frame("1", p));
  c.read();
  std::vector<double> micros;
  for (int i = 0; i < clicks; ++i) {
    std::string ref = std::to_string(i + 2);
    auto start = Clock::now();
    c.send(click("1", ref, p, "increment", R"({"value":""})"));
    c.read();
    micros.push_back(std::chrono::duration<double, std::micro>(Clock::now() - start).count());
    std::this_thread::sleep_until(start + std::chrono::milliseconds(6));
  }
  std::sort(micros.begin(), micros.end());
  auto pct = [&](double q) { return micros[static_cast<std::size_t>(q * (micros.size() - 1))]; };
  std::printf("event round trip (%d clicks): p50 %.0f us, p99 %.0f us, max %.0f us\n", clicks, pct(0.5), pct(0.99),
              micros.back());
  return 0;
}
