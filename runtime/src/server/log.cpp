#include "server/log.hpp"

#include <cstdio>
#include <cstdlib>
#include <mutex>
#include <string>

namespace lview::log {
namespace {

Level threshold() {
  static const Level level = [] {
    const char* env = std::getenv("LVIEW_LOG");
    std::string v = env ? env : "info";
    if (v == "debug") return Level::Debug;
    if (v == "warn") return Level::Warn;
    if (v == "error") return Level::Error;
    return Level::Info;
  }();
  return level;
}

const char* name(Level level) {
  switch (level) {
    case Level::Debug: return "debug";
    case Level::Info: return "info";
    case Level::Warn: return "warn";
    case Level::Error: return "error";
  }
  return "info";
}

}  // namespace

bool enabled(Level level) { return level >= threshold(); }

void write(Level level, std::string_view line) {
  static std::mutex mutex;
  std::lock_guard lock(mutex);
  std::fprintf(stderr, "lview %s: %.*s\n", name(level), static_cast<int>(line.size()), line.data());
}

}  // namespace lview::log
