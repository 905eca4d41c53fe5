// Renders the view without serving it, and builds an App to prove lview::runtime links.
#include <lview/app.hpp>

#include <cstdio>

#include "greeter.lview.hpp"

class Greeter : public consumer::GreeterBase {
 public:
  void mount(Socket&) override {}
  void handle_event(const Rename& e, Socket& socket) override { socket.assign({.name = e.name}); }
};

int main() {
  lview::LiveInstanceOf<Greeter> view(nullptr);
  view.mount();
  view.handle_event("rename", lview::Params{{"name", "CMake"}});
  lview::Buffer html;
  view.render_html(html);
  std::printf("%s\n", html.str().c_str());

  lview::App app;
  app.live<Greeter>("/", "Greeter");
  return 0;
}
