// `make demo` before the server exists: mounts the dashboard as the server
// will, and prints its HTML, the Rendered JSON of the join reply, and the
// diff a tick produces.
#include <fmt/format.h>

#include "counter/counter.hpp"
#include "dashboard/dashboard.hpp"

int main() {
  using samples::Dashboard;
  Dashboard view;
  Dashboard::Socket socket;
  socket.attach(&view, nullptr);
  view.mount(socket);
  socket.take_changed();

  lview::Buffer html;
  samples::DashboardRenderer::html(socket.context(), html);
  fmt::print("== Dashboard: HTML (dead render)\n{}\n\n", html.view());

  lview::Buffer json;
  lview::RenderState state;
  samples::DashboardRenderer::rendered(socket.context(), state, json);
  fmt::print("== Dashboard: Rendered JSON (join reply)\n{}\n\n", json.view());

  samples::DashboardTraits::dispatch_info(view, samples::DashboardBase::Tick{}, socket);
  lview::Buffer diff;
  if (samples::DashboardRenderer::diff(socket.context(), socket.take_changed(), state, diff))
    fmt::print("== Dashboard: diff after one tick\n{}\n\n", diff.view());
  else
    fmt::print("== Dashboard: a tick changed nothing\n\n");

  samples::Counter counter;
  samples::Counter::Socket counter_socket;
  counter_socket.attach(&counter, nullptr);
  counter.mount(counter_socket);
  counter_socket.take_changed();
  lview::RenderState counter_state;
  lview::Buffer counter_json;
  samples::CounterRenderer::rendered(counter_socket.context(), counter_state, counter_json);
  samples::CounterTraits::dispatch_event(counter, "set_step", lview::Params{{"step", "5"}}, counter_socket);
  samples::CounterTraits::dispatch_event(counter, "decrement", {}, counter_socket);
  lview::Buffer counter_diff;
  samples::CounterRenderer::diff(counter_socket.context(), counter_socket.take_changed(), counter_state, counter_diff);
  fmt::print("== Counter: diff after step=5 and one decrement\n{}\n", counter_diff.view());
  return 0;
}
