// The hand-written change sequences shared by render_test.cpp (exact
// expectations) and the oracle (the official client must agree).
#pragma once

#include <string>
#include <vector>

#include "everything.lview.hpp"

struct Scenario {
  std::string name;
  rt::EverythingContext initial;
  std::vector<rt::EverythingPatch> patches;
};

inline rt::Item item(std::int64_t id, std::string name, double price, std::vector<std::string> tags = {}) {
  return rt::Item{id, std::move(name), price, std::move(tags)};
}

inline std::vector<Scenario> scenarios() {
  std::vector<Scenario> out;
  out.push_back({"one field", {}, {{.count = 1}, {.count = 2}}});
  out.push_back({"a field read by two slots", {}, {{.flag = true}, {.flag = false}}});
  out.push_back({"branch switch", {}, {{.level = 1}, {.level = 3}, {.level = 4}, {.level = 0}}});
  out.push_back({"nested branch", {}, {{.flag = true}, {.count = 2}, {.count = 0}, {.flag = false}}});
  out.push_back({"list grows, shrinks, empties",
                 {},
                 {{.items = std::vector{item(1, "apple", 1.25)}},
                  {.items = std::vector{item(1, "apple", 1.25), item(2, "<banana>", 12.5, {"x", "y"})}},
                  {.items = std::vector{item(2, "<banana>", 12.5, {"x", "y"})}},
                  {.items = std::vector<rt::Item>{}}}});
  out.push_back({"list entry changes and outer field read inside entries",
                 {},
                 {{.items = std::vector{item(1, "a", 1), item(2, "b", 2)}},
                  {.items = std::vector{item(1, "a", 1), item(2, "B", 20)}},
                  {.count = 7}}});
  out.push_back({"list inside a branch", {}, {{.words = std::vector<std::string>{"w1"}}, {.flag = true}, {.words = std::vector<std::string>{"w1", "w2"}}, {.flag = false}}});
  out.push_back({"optional set and cleared", {}, {{.note = std::optional<std::string>("a \"note\"")}, {.note = std::optional<std::string>()}}});
  out.push_back({"nothing changed", {}, {{.count = 0}, {.title = rt::EverythingContext{}.title}, {}}});
  out.push_back({"a field no slot reads", {}, {{.unused = 5}}});
  return out;
}
