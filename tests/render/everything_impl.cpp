// The Everything view's handlers: the render tests drive its state directly,
// but the generated base class still needs an implementation to be usable.
#include <memory>

#include "everything.lview.hpp"

namespace rt {
namespace {

class Everything : public EverythingBase {
 public:
  void mount(Socket&) override {}
  void handle_event(const Add&, Socket& socket) override { socket.assign({.count = socket.context().count + 1}); }
  void handle_event(const SetLevel& e, Socket& socket) override { socket.assign({.level = e.level}); }
};

}  // namespace

// Keeps the class (and so the vtable checks of every handler) compiled.
std::unique_ptr<EverythingBase> make_everything() { return std::make_unique<Everything>(); }

}  // namespace rt
