// lviewc's phases in process: robustness on truncated input, format specs,
// suggestions, and code generation details.
#include <catch2/catch.hpp>

#include <filesystem>
#include <fstream>
#include <sstream>

#include "driver.hpp"
#include "emit/emit_cpp.hpp"
#include "sema/sema.hpp"
#include "diag/suggest.hpp"

namespace {

std::string read(const std::filesystem::path& p) {
  std::ifstream in(p, std::ios::binary);
  std::ostringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

std::optional<lviewc::Generated> compile(const std::string& text, lviewc::DiagEngine& diags) {
  lviewc::SourceFile source("t.lview", text);
  lviewc::EmitOptions options;
  options.source_name = "t.lview";
  options.header_name = "t.lview.hpp";
  options.source_file_name = "t.lview.cpp";
  options.version = "test";
  auto result = lviewc::compile_source(source, diags, options);
  // Printing must also hold up (spans at the end of a truncated file).
  for (const auto& d : diags.all()) (void)lviewc::format_text(d, false), (void)lviewc::format_json(d);
  return result;
}

}  // namespace

TEST_CASE("every prefix of every good file compiles or gets diagnostics, never a crash") {
  std::vector<std::filesystem::path> files;
  for (auto dir : {LVIEW_SOURCE_DIR "/samples/dashboard", LVIEW_SOURCE_DIR "/samples/counter",
                   LVIEW_SOURCE_DIR "/tests/golden", LVIEW_SOURCE_DIR "/tests/render"})
    for (const auto& e : std::filesystem::directory_iterator(dir))
      if (e.path().extension() == ".lview") files.push_back(e.path());
  REQUIRE(files.size() >= 5);
  std::size_t prefixes = 0, accepted = 0;
  for (const auto& f : files) {
    std::string text = read(f);
    for (std::size_t n = 0; n <= text.size(); ++n) {
      lviewc::DiagEngine diags;
      auto result = compile(text.substr(0, n), diags);
      // A file either compiles or says why; never neither.
      REQUIRE((result.has_value() || diags.error_count() > 0));
      if (result) ++accepted;
      ++prefixes;
    }
    lviewc::DiagEngine diags;
    CHECK(compile(text, diags).has_value());
  }
  INFO(prefixes << " prefixes");
  CHECK(prefixes > 3000);
  CHECK(accepted > 0);
}

TEST_CASE("format specs are checked against the value's type") {
  using lviewc::Type;
  auto i = Type::of(Type::Kind::Int), f = Type::of(Type::Kind::Float), s = Type::of(Type::Kind::String);
  CHECK(lviewc::check_format_spec(".2f", f).empty());
  CHECK(lviewc::check_format_spec("*^+#012.3e", f).empty());
  CHECK(lviewc::check_format_spec(">5", i).empty());
  CHECK(lviewc::check_format_spec("08x", i).empty());
  CHECK(lviewc::check_format_spec("🙂<10", s).empty());
  CHECK(lviewc::check_format_spec(".3", s).empty());
  CHECK_FALSE(lviewc::check_format_spec(".2", i).empty());
  CHECK_FALSE(lviewc::check_format_spec("d", f).empty());
  CHECK_FALSE(lviewc::check_format_spec("+", s).empty());
  CHECK_FALSE(lviewc::check_format_spec("99999", i).empty());
  CHECK_FALSE(lviewc::check_format_spec("5x5", i).empty());
  CHECK_FALSE(lviewc::check_format_spec("{}", i).empty());
  CHECK_FALSE(lviewc::check_format_spec("", i).empty());
}

TEST_CASE("suggestions come from edit distance and stay quiet when nothing is close") {
  CHECK(lviewc::closest_match("cout", {"count", "step"}) == "count");
  CHECK(lviewc::closest_match("incremnt", {"increment", "decrement"}) == "increment");
  CHECK(lviewc::closest_match("zzz", {"count", "step"}).empty());
}

TEST_CASE("generated code is deterministic and maps expressions back with #line") {
  std::string text = "view V { context { n: int; } template { <p>{n + 1}</p> } }\n";
  lviewc::DiagEngine d1, d2;
  auto a = compile(text, d1), b = compile(text, d2);
  REQUIRE(a);
  REQUIRE(b);
  CHECK(a->source == b->source);
  CHECK(a->header == b->header);
  CHECK(a->source.find("#line 1 \"t.lview\"") != std::string::npos);
  CHECK(a->source.find("lview::detail::add(ctx.n, 1)") != std::string::npos);
  CHECK(a->header.find("#include <lview/view.hpp>") != std::string::npos);
  CHECK(a->header.find("boost") == std::string::npos);
}

TEST_CASE("#line directives resume at the right generated line") {
  std::string text = "view V { context { n: int; } template { <p>{n}</p> } }\n";
  lviewc::DiagEngine diags;
  auto g = compile(text, diags);
  REQUIRE(g);
  std::istringstream lines(g->source);
  std::string line;
  int number = 0;
  while (std::getline(lines, line)) {
    ++number;
    if (line.rfind("#line ", 0) == 0 && line.find("t.lview.cpp") != std::string::npos)
      CHECK(std::stoi(line.substr(6)) == number + 1);
  }
}
