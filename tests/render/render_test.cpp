// Exact output of the Everything view (every template construct): HTML,
// Rendered JSON, and the diff after each kind of change. The oracle test
// checks that the official client merges these diffs into the right page;
// this file pins down that the diffs are also minimal.
#include <catch2/catch.hpp>

#include <map>

#include "scenarios.hpp"

namespace {

std::string html(const rt::EverythingContext& ctx) {
  lview::Buffer out;
  rt::EverythingRenderer::html(ctx, out);
  return out.take();
}

// Runs a scenario and returns each step's diff ("" when nothing was written).
std::vector<std::string> diffs_of(const std::string& name) {
  for (const Scenario& sc : scenarios()) {
    if (sc.name != name) continue;
    rt::EverythingContext ctx = sc.initial;
    lview::RenderState state;
    lview::Buffer join;
    rt::EverythingRenderer::rendered(ctx, state, join);
    std::vector<std::string> out;
    for (const auto& patch : sc.patches) {
      lview::FieldMask changed = rt::EverythingTraits::apply(ctx, rt::EverythingPatch(patch));
      lview::Buffer diff;
      bool wrote = rt::EverythingRenderer::diff(ctx, changed, state, diff);
      REQUIRE(wrote == (diff.size() > 0));
      out.push_back(diff.take());
    }
    return out;
  }
  FAIL("no scenario " << name);
  return {};
}

}  // namespace

TEST_CASE("full HTML render escapes text and attributes and renders every construct") {
  rt::EverythingContext ctx;
  ctx.items = {rt::Item{7, "<tea>", 12.5, {"hot", "&"}}};
  ctx.words = {"one"};
  ctx.flag = true;
  ctx.count = 2;
  ctx.note = "n";
  CHECK(html(ctx) ==
        "<h1 title=\"Shop &lt;&amp;&gt; &quot;quotes&quot; &#39;single&#39;\" class=\"t on\">"
        "Shop &lt;&amp;&gt; &quot;quotes&quot; &#39;single&#39;</h1>\n"
        "    <!-- a comment with {braces} is static -->\n"
        "    <p>Count: 2 / 5 / 1.50 / [    2] / 0</p>\n"
        "    <input type=\"checkbox\" checked placeholder=\"n\" disabled>\n"
        "    <button phx-click=\"add\" phx-value-n=\"1\">Add 🛒</button>\n"
        "    <b>bold</b>\n"
        "    <u>zero</u>\n"
        "    <em>flag on and many<s>one</s></em>\n"
        "    <ul><li id=\"item-7\" data-i=\"0\">&lt;tea&gt;: 12.50 (pricey)<span>[hot][&amp;]</span> of 2</li></ul>\n"
        "    <ol><li>one</li></ol>\n"
        "    <p class=\"note\">n</p>\n"
        "    <footer>1 items, 1 words, 2!</footer>");
}

TEST_CASE("the join tree carries statics, every slot, and comprehensions in the keyed format") {
  rt::EverythingContext ctx;
  ctx.words = {"a", "b"};
  lview::RenderState state;
  lview::Buffer out;
  rt::EverythingRenderer::rendered(ctx, state, out);
  std::string json = out.take();
  CHECK(json.rfind("{\"0\":\"Shop &lt;&amp;&gt; &quot;quotes&quot; &#39;single&#39;\",\"1\":\"off\"", 0) == 0);
  CHECK(json.find("\"15\":{\"s\":[\"<li>\",\"</li>\"],\"k\":{\"0\":{\"0\":\"a\"},\"1\":{\"0\":\"b\"},\"kc\":2}}") != std::string::npos);
  CHECK(json.find("\"12\":{\"s\":[\"<u>zero</u>\"]}") != std::string::npos);
  CHECK(json.find("\"13\":\"\"") != std::string::npos);  // an {#if} with no arm taken
  CHECK(json.find(",\"s\":[\"<h1 title=\\\"\",") != std::string::npos);
  CHECK(state.kids.size() == 5);  // three {#if} and two {#for} slots in the root template
}

TEST_CASE("a diff for one field sends only the slots that read it") {
  auto d = diffs_of("one field");
  CHECK(d[0] == R"j({"3":"1","4":"3","6":"    1","7":"0","10":"","19":"1!"})j");
}

TEST_CASE("a field read by two slots updates both, and a branch that appears is sent whole") {
  auto d = diffs_of("a field read by two slots");
  CHECK(d[0] == R"j({"1":"on","8":" checked","13":{"0":"","1":{"s":["<s>","</s>"],"k":{"kc":0}},"s":["<em>flag on","","</em>"]}})j");
  CHECK(d[1] == R"j({"1":"off","8":"","13":""})j");
}

TEST_CASE("an if switching arm sends the new arm's statics; staying in an arm sends only its slots") {
  auto d = diffs_of("branch switch");
  CHECK(d[0] == R"j({"12":{"0":"0","s":["<i>low ","</i>"]}})j");
  CHECK(d[1] == R"j({"12":{"0":"3","s":["<b>high ","</b>"]}})j");
  CHECK(d[2] == R"j({"12":{"0":"4"}})j");
  CHECK(d[3] == R"j({"12":{"s":["<u>zero</u>"]}})j");
}

TEST_CASE("a nested if inside a shown arm diffs in place") {
  auto d = diffs_of("nested branch");
  CHECK(d[1].find(R"j("13":{"0":{"s":[" and many"]}})j") != std::string::npos);
  CHECK(d[2].find(R"j("13":{"0":""})j") != std::string::npos);
}

TEST_CASE("a list growing sends only the new entry, shrinking only the count, emptied only kc 0") {
  auto d = diffs_of("list grows, shrinks, empties");
  CHECK(d[0] == R"j({"14":{"k":{"0":{"0":"1","1":"0","2":"apple","3":"1.25","4":"","5":{"s":["[","]"],"k":{"kc":0}},"6":"0"},"kc":1}},"17":"1"})j");
  CHECK(d[1] == R"j({"14":{"k":{"1":{"0":"2","1":"1","2":"&lt;banana&gt;","3":"12.50","4":{"s":[" (pricey)"]},"5":{"s":["[","]"],"k":{"0":{"0":"x"},"1":{"0":"y"},"kc":2}},"6":"0"},"kc":2}},"17":"2"})j");
  CHECK(d[3] == R"j({"14":{"k":{"kc":0}},"17":"0"})j");
}

TEST_CASE("an edited entry is the only one sent; an outer field read in entries resends them") {
  auto d = diffs_of("list entry changes and outer field read inside entries");
  CHECK(d[1].find(R"j("14":{"k":{"1":)j") != std::string::npos);
  CHECK(d[1].find(R"j("0":{)j") == std::string::npos);
  CHECK(d[2].find(R"j("6":"7")j") != std::string::npos);
}

TEST_CASE("a list inside an arm diffs like any list once the arm is shown") {
  auto d = diffs_of("list inside a branch");
  CHECK(d[0] == R"j({"15":{"k":{"0":{"0":"w1"},"kc":1}},"18":"1"})j");
  CHECK(d[2] == R"j({"13":{"1":{"k":{"1":{"0":"w2"},"kc":2}}},"15":{"k":{"1":{"0":"w2"},"kc":2}},"18":"2"})j");
}

TEST_CASE("an optional attribute appears and disappears") {
  auto d = diffs_of("optional set and cleared");
  CHECK(d[0] == R"j({"9":" placeholder=\"a &quot;note&quot;\"","16":{"0":"a &quot;note&quot;","s":["<p class=\"note\">","</p>"]}})j");
  CHECK(d[1] == R"j({"9":"","16":""})j");
}

TEST_CASE("assigning the values already held changes nothing and writes no diff") {
  for (const std::string& d : diffs_of("nothing changed")) CHECK(d.empty());
  for (const std::string& d : diffs_of("a field no slot reads")) CHECK(d.empty());
}

TEST_CASE("a patch marks only fields whose value differs") {
  rt::EverythingContext ctx;
  CHECK(rt::EverythingTraits::apply(ctx, {.count = 0}).none());
  CHECK(rt::EverythingTraits::apply(ctx, {.count = 1, .flag = false}) == rt::everything_fields::count);
  CHECK(ctx.count == 1);
}

TEST_CASE("events decode their payloads and report bad ones") {
  auto view = std::unique_ptr<rt::EverythingBase>();
  struct Probe : rt::EverythingBase {
    std::int64_t level = -1;
    void mount(Socket&) override {}
    void handle_event(const Add&, Socket&) override {}
    void handle_event(const SetLevel& e, Socket&) override { level = e.level; }
  } probe;
  rt::EverythingBase::Socket socket;
  using Status = lview::EventResult::Status;
  CHECK(rt::EverythingTraits::dispatch_event(probe, "set_level", {{"level", " 3 "}}, socket).status == Status::Handled);
  CHECK(probe.level == 3);
  auto bad = rt::EverythingTraits::dispatch_event(probe, "set_level", {{"level", "abc"}}, socket);
  CHECK(bad.status == Status::BadPayload);
  CHECK(bad.error.message == "field 'level': expected an integer, got \"abc\"");
  auto missing = rt::EverythingTraits::dispatch_event(probe, "set_level", {}, socket);
  CHECK(missing.error.message == "missing field 'level'");
  CHECK(rt::EverythingTraits::dispatch_event(probe, "nope", {}, socket).status == Status::UnknownEvent);
  CHECK(probe.level == 3);
}
