#include "scaffold/new_project.hpp"

#include <fmt/format.h>

#include <filesystem>
#include <fstream>
#include <regex>

#include "sema/sema.hpp"
#include "version.hpp"

namespace lviewc {
namespace fs = std::filesystem;
namespace {

// {{name}} is the project and executable, {{View}} the view's C++ name.
constexpr const char* kCMakeLists = R"(cmake_minimum_required(VERSION 3.20)
project({{name}} CXX)
set(CMAKE_CXX_STANDARD 20)

# lview installed elsewhere? cmake -DCMAKE_PREFIX_PATH=/its/prefix ...
find_package(LView {{version}} REQUIRED)

add_executable({{name}} main.cpp)
add_liveview({{name}} FILES {{name}}.lview)
)";

constexpr const char* kView = R"(// The page's state, its events and its HTML. `lviewc check {{name}}.lview` checks it.
view {{View}} {
  context {
    count: int = 0;
  }
  event increment;
  event decrement;

  template {
    <main>
      <h1>{{View}}</h1>
      <p>Count: <strong id="count">{count}</strong></p>
      <button phx-click="decrement">-</button>
      <button phx-click="increment">+</button>
    </main>
  }
}
)";

constexpr const char* kMain = R"(// {{name}}: one live view, served on http://127.0.0.1:8080 (or --port N).
#include <lview/app.hpp>

#include <cstdlib>
#include <cstring>

#include "{{name}}.lview.hpp"

// The generated {{View}}Base asks for mount() and one handle_event per event.
class {{View}} : public {{View}}Base {
 public:
  void mount(Socket& socket) override { socket.assign({.count = 0}); }
  void handle_event(const Increment&, Socket& socket) override {
    socket.assign({.count = socket.context().count + 1});
  }
  void handle_event(const Decrement&, Socket& socket) override {
    socket.assign({.count = socket.context().count - 1});
  }
};

int main(int argc, char** argv) {
  lview::AppConfig config;
  for (int i = 1; i + 1 < argc; ++i)
    if (std::strcmp(argv[i], "--port") == 0) config.port = static_cast<unsigned short>(std::atoi(argv[i + 1]));
  lview::App app(config);
  app.live<{{View}}>("/", "{{View}}");
  app.run();  // Ctrl-C stops it
}
)";

constexpr const char* kReadme = R"(# {{name}}

A live page made with lview.

    cmake -S . -B build -G Ninja
    cmake --build build
    ./build/{{name}}              # http://127.0.0.1:8080

Edit `{{name}}.lview` (state, events, HTML) and `main.cpp` (the handlers);
the build runs lviewc again when the `.lview` file changes.
)";

std::string fill(std::string text, const std::string& name, const std::string& view) {
  auto replace = [&](const std::string& key, const std::string& value) {
    for (std::size_t at; (at = text.find(key)) != std::string::npos;) text.replace(at, key.size(), value);
  };
  replace("{{name}}", name);
  replace("{{View}}", view);
  replace("{{version}}", std::string(kVersion).substr(0, std::string(kVersion).rfind('.')));
  return text;
}

}  // namespace

int new_project(const std::string& name, const std::string& directory) {
  if (!std::regex_match(name, std::regex("[a-z][a-z0-9_]*")) || is_cpp_reserved(name)) {
    fmt::print(stderr, "lviewc: error: '{}' is not a usable project name (lowercase letters, digits, '_')\n", name);
    return 2;
  }
  fs::path dir = directory.empty() ? fs::path(name) : fs::path(directory);
  std::error_code ec;
  if (fs::exists(dir, ec) && !fs::is_empty(dir, ec)) {
    fmt::print(stderr, "lviewc: error: '{}' exists and is not empty\n", dir.string());
    return 2;
  }
  fs::create_directories(dir, ec);
  if (ec) {
    fmt::print(stderr, "lviewc: error: cannot create '{}': {}\n", dir.string(), ec.message());
    return 2;
  }
  std::string view = pascal_case(name);
  const std::pair<std::string, const char*> files[] = {
      {"CMakeLists.txt", kCMakeLists}, {name + ".lview", kView}, {"main.cpp", kMain}, {"README.md", kReadme},
      {".gitignore", "/build/\n"}};
  for (const auto& [file, text] : files) {
    std::ofstream out(dir / file, std::ios::binary);
    out << fill(text, name, view);
    if (!out) {
      fmt::print(stderr, "lviewc: error: cannot write '{}'\n", (dir / file).string());
      return 2;
    }
  }
  fmt::print("created {}/ with {}.lview, main.cpp and CMakeLists.txt\n"
             "  cmake -S {} -B {}/build -G Ninja && cmake --build {}/build && {}/build/{}\n",
             dir.string(), name, dir.string(), dir.string(), dir.string(), dir.string(), name);
  return 0;
}

}  // namespace lviewc
