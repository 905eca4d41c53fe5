// lviewc: the .lview compiler. Command line -> DriverOptions -> run_driver.
#include <CLI/CLI.hpp>
#include <fmt/format.h>
#include <unistd.h>

#include <cstdlib>

#include "driver.hpp"
#include "version.hpp"

namespace {

bool want_color(const std::string& mode) {
  if (mode == "always") return true;
  if (mode == "never") return false;
  const char* term = std::getenv("TERM");
  return ::isatty(STDERR_FILENO) && std::getenv("NO_COLOR") == nullptr && term != nullptr &&
         std::string(term) != "dumb";
}

}  // namespace

int main(int argc, char** argv) {
  using namespace lviewc;
  CLI::App app{"lviewc: compiles .lview files (views: context, events, infos, template) to C++.", "lviewc"};
  app.set_version_flag("--version", fmt::format("lviewc {}", kVersion));
  app.require_subcommand(1);
  app.footer(
      "Exit status: 0 success, 1 errors in an input file, 2 usage or I/O error.\n"
      "Run 'lviewc COMMAND --help' for the options of a command.");

  DriverOptions options;
  std::string diagnostics = "text";
  std::string color = "auto";
  bool no_lines = false;

  auto add_common = [&](CLI::App* cmd) {
    cmd->add_option("files", options.inputs, ".lview files")->required()->type_name("FILE...");
    cmd->add_option("--diagnostics", diagnostics, "How to print errors: text (default) or json (one object per line)")
        ->check(CLI::IsMember({"text", "json"}))
        ->type_name("FORMAT");
    cmd->add_option("--color", color, "Colour in text diagnostics: auto (default, on a terminal), always, never")
        ->check(CLI::IsMember({"auto", "always", "never"}))
        ->type_name("WHEN");
  };

  CLI::App* compile = app.add_subcommand("compile", "Generate NAME.lview.hpp and NAME.lview.cpp for each input");
  add_common(compile);
  compile->add_option("-o,--output", options.output_dir, "Directory for the generated files")->required()->type_name("DIR");
  compile->add_option("--depfile", options.depfile, "Write a make-style dependency file (for Ninja/CMake DEPFILE)")
      ->type_name("FILE");
  compile->add_option("--namespace", options.namespace_override,
                      "C++ namespace for the generated code (a::b), instead of the file's own")
      ->type_name("NS");
  compile->add_flag("--no-line-directives", no_lines, "Omit #line directives (to debug the generated code itself)");

  CLI::App* check = app.add_subcommand("check", "Check inputs and report errors; write nothing");
  add_common(check);

  try {
    app.parse(argc, argv);
  } catch (const CLI::CallForHelp& e) {
    return app.exit(e);
  } catch (const CLI::CallForAllHelp& e) {
    return app.exit(e);
  } catch (const CLI::CallForVersion& e) {
    return app.exit(e);
  } catch (const CLI::ParseError& e) {
    fmt::print(stderr, "lviewc: error: {}\nRun 'lviewc --help' for usage.\n", e.what());
    return kExitUsage;
  }

  options.emit = compile->parsed();
  options.line_directives = !no_lines;
  options.diag_format = diagnostics == "json" ? DiagFormat::Json : DiagFormat::Text;
  options.color = options.diag_format == DiagFormat::Text && want_color(color);
  try {
    return run_driver(options);
  } catch (const std::exception& e) {
    fmt::print(stderr, "lviewc: internal error: {}\n", e.what());
    return kExitUsage;
  }
}
