// The dashboard's render paths, and a mustache renderer (kainjow, interpreting
// the same template at run time) for the full HTML: the join's Rendered JSON,
// and the diff one tick produces. bench/compare_render.mjs runs this beside
// LiveViewJS and prints ratios; absolute times on a shared machine are noisy.
#include <benchmark/benchmark.h>
#include <kainjow/mustache.hpp>

#include <fmt/format.h>


#include "dashboard/dashboard.hpp"

namespace {

samples::DashboardContext sample_context() {
  samples::DashboardContext ctx;
  ctx.newOrders = 42;
  ctx.salesAmount = 1234.5678;
  ctx.rating = 4.3;
  return ctx;
}

// The same page as samples/dashboard/dashboard.lview, as a mustache template.
const char* kMustacheTemplate =
    "<h1>Sales Dashboard</h1>\n    <hr>\n    <span>🤑</span><span>New Orders</span>\n"
    "    <h2 id=\"new-orders\">{{newOrders}}</h2>\n    <hr>\n    <span>💰</span><span>Sales Amount</span>\n"
    "    <h2 id=\"sales-amount\">${{salesAmount}}</h2>\n    <hr>\n    <span>🌟</span><span>Rating</span>\n"
    "    <h2 id=\"rating\">{{rating}}</h2>";

void lview_html(benchmark::State& state) {
  auto ctx = sample_context();
  lview::Buffer out;
  for (auto _ : state) {
    out.clear();
    samples::DashboardRenderer::html(ctx, out);
    benchmark::DoNotOptimize(out.view().data());
  }
  state.SetBytesProcessed(static_cast<std::int64_t>(state.iterations() * out.size()));
}

void mustache_html(benchmark::State& state) {
  kainjow::mustache::mustache tmpl{kMustacheTemplate};
  auto ctx = sample_context();
  std::string out;
  for (auto _ : state) {
    // Numbers formatted as the lview template does; mustache takes strings.
    kainjow::mustache::data data;
    data.set("newOrders", fmt::format("{}", ctx.newOrders));
    data.set("salesAmount", fmt::format("{:.2f}", ctx.salesAmount));
    data.set("rating", fmt::format("{:.1f}", ctx.rating));
    out = tmpl.render(data);
    benchmark::DoNotOptimize(out.data());
  }
}

void lview_join_json(benchmark::State& state) {
  auto ctx = sample_context();
  lview::Buffer out;
  lview::RenderState rs;
  for (auto _ : state) {
    out.clear();
    samples::DashboardRenderer::rendered(ctx, rs, out);
    benchmark::DoNotOptimize(out.view().data());
  }
}

// One tick: assign three fresh values (with the equality check), then diff.
void lview_tick_diff(benchmark::State& state) {
  auto ctx = sample_context();
  lview::RenderState rs;
  lview::Buffer out;
  samples::DashboardRenderer::rendered(ctx, rs, out);
  std::int64_t n = 0;
  for (auto _ : state) {
    ++n;
    lview::FieldMask changed = samples::DashboardTraits::apply(
        ctx, {.newOrders = n % 100, .salesAmount = 100.0 + static_cast<double>(n % 900), .rating = static_cast<double>(n % 50) / 10});
    out.clear();
    samples::DashboardRenderer::diff(ctx, changed, rs, out);
    benchmark::DoNotOptimize(out.view().data());
  }
  state.counters["diff_bytes"] = static_cast<double>(out.size());
}

// What LiveViewJS must do per tick instead: render the whole tree again.
void lview_tick_full_json(benchmark::State& state) {
  auto ctx = sample_context();
  lview::RenderState rs;
  lview::Buffer out;
  for (auto _ : state) {
    out.clear();
    samples::DashboardRenderer::rendered(ctx, rs, out);
    benchmark::DoNotOptimize(out.view().data());
  }
  state.counters["json_bytes"] = static_cast<double>(out.size());
}

}  // namespace

BENCHMARK(lview_html);
BENCHMARK(mustache_html);
BENCHMARK(lview_join_json);
BENCHMARK(lview_tick_diff);
BENCHMARK(lview_tick_full_json);

// Ratios beside LiveViewJS and mustache: bench/compare_render.mjs (make bench).
BENCHMARK_MAIN();
