// Drives the Everything view through changes and prints, one JSON object per
// line, the join tree and then each diff with the HTML lviewc renders for the
// new state. tests/oracle/check.mjs feeds the same trees and diffs to the
// official client's Rendered (phoenix_live_view 1.2.12) and compares its HTML
// with ours.
//
//   oracle_driver scenarios          the hand-written cases of render_test.cpp
//   oracle_driver random SEED STEPS  a random walk over the state space
#include <fmt/format.h>

#include <cstdlib>
#include <random>
#include <string>

#include "scenarios.hpp"

namespace {

void print_json_string(std::string_view s) {
  lview::Buffer b;
  b.append_json(s);
  fmt::print("\"{}\"", b.view());
}

struct Session {
  std::string name;
  rt::EverythingContext ctx;
  lview::RenderState state;
  int step = 0;

  void join() {
    lview::Buffer html, json;
    rt::EverythingRenderer::html(ctx, html);
    rt::EverythingRenderer::rendered(ctx, state, json);
    fmt::print("{{\"kind\":\"join\",\"case\":");
    print_json_string(name);
    fmt::print(",\"rendered\":{},\"html\":", json.view());
    print_json_string(html.view());
    fmt::print("}}\n");
  }

  void change(rt::EverythingPatch patch) {
    lview::FieldMask changed = rt::EverythingTraits::apply(ctx, std::move(patch));
    lview::Buffer html, diff;
    bool any = rt::EverythingRenderer::diff(ctx, changed, state, diff);
    rt::EverythingRenderer::html(ctx, html);
    fmt::print("{{\"kind\":\"diff\",\"case\":");
    print_json_string(name);
    fmt::print(",\"step\":{},\"changed\":{},\"diff\":{},\"html\":", ++step, changed.bits(), any ? diff.view() : "null");
    print_json_string(html.view());
    fmt::print("}}\n");
  }
};

std::string random_text(std::mt19937& rng) {
  static const char* pieces[] = {"a", "b", "<", ">", "&", "\"", "'", " ", "é", "🛒", "\\", "\n", "x"};
  std::string s;
  int n = std::uniform_int_distribution<int>(0, 6)(rng);
  for (int i = 0; i < n; ++i) s += pieces[std::uniform_int_distribution<int>(0, 12)(rng)];
  return s;
}

rt::Item random_item(std::mt19937& rng) {
  rt::Item it;
  it.id = std::uniform_int_distribution<std::int64_t>(0, 20)(rng);
  it.name = random_text(rng);
  it.price = std::uniform_int_distribution<int>(0, 2000)(rng) / 100.0;
  int tags = std::uniform_int_distribution<int>(0, 3)(rng);
  for (int i = 0; i < tags; ++i) it.tags.push_back(random_text(rng));
  return it;
}

// One random patch touching one to three fields; lists grow, shrink, empty,
// or have one entry edited.
rt::EverythingPatch random_patch(std::mt19937& rng, const rt::EverythingContext& ctx) {
  rt::EverythingPatch p;
  int touches = std::uniform_int_distribution<int>(1, 3)(rng);
  for (int t = 0; t < touches; ++t) {
    switch (std::uniform_int_distribution<int>(0, 10)(rng)) {
      case 0: p.title = random_text(rng); break;
      case 1: p.count = std::uniform_int_distribution<std::int64_t>(-3, 6)(rng); break;
      case 2: p.price = std::uniform_int_distribution<int>(-500, 500)(rng) / 7.0; break;
      case 3: p.flag = !ctx.flag; break;
      case 4:
        if (std::uniform_int_distribution<int>(0, 1)(rng)) p.note = std::optional<std::string>(random_text(rng));
        else p.note = std::optional<std::string>();
        break;
      case 5: case 6: {
        auto items = ctx.items;
        int action = std::uniform_int_distribution<int>(0, 4)(rng);
        if (action == 0) items.push_back(random_item(rng));
        else if (action == 1 && !items.empty()) items.pop_back();
        else if (action == 2) items.clear();
        else if (action == 3 && !items.empty()) items[std::uniform_int_distribution<std::size_t>(0, items.size() - 1)(rng)] = random_item(rng);
        else items.insert(items.begin(), random_item(rng));
        p.items = std::move(items);
        break;
      }
      case 7: case 8: {
        auto words = ctx.words;
        int action = std::uniform_int_distribution<int>(0, 3)(rng);
        if (action == 0) words.push_back(random_text(rng));
        else if (action == 1 && !words.empty()) words.erase(words.begin());
        else if (action == 2) words.clear();
        else if (!words.empty()) words.back() = random_text(rng);
        p.words = std::move(words);
        break;
      }
      case 9: p.level = std::uniform_int_distribution<std::int64_t>(0, 4)(rng); break;
      default: p.markup = std::uniform_int_distribution<int>(0, 1)(rng) ? "<i>it</i>" : "plain & simple"; break;
    }
  }
  return p;
}

}  // namespace

int main(int argc, char** argv) {
  std::string mode = argc > 1 ? argv[1] : "scenarios";
  if (mode == "scenarios") {
    for (const Scenario& sc : scenarios()) {
      Session s{sc.name, sc.initial, {}, 0};
      s.join();
      for (const auto& patch : sc.patches) s.change(patch);
    }
    return 0;
  }
  if (mode == "random" && argc == 4) {
    unsigned seed = static_cast<unsigned>(std::strtoul(argv[2], nullptr, 10));
    int steps = std::atoi(argv[3]);
    std::mt19937 rng(seed);
    Session s{fmt::format("random seed {}", seed), {}, {}, 0};
    s.join();
    for (int i = 0; i < steps; ++i) {
      s.change(random_patch(rng, s.ctx));
      // Now and then the client reconnects: a fresh join must stand on its own.
      if (i % 500 == 499) s.join();
    }
    return 0;
  }
  fmt::print(stderr, "usage: oracle_driver scenarios | random SEED STEPS\n");
  return 2;
}
