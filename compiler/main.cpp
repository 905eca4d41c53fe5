// lviewc: the .lview compiler. Command line -> DriverOptions -> run_driver.
#include <CLI/CLI.hpp>
#include <fmt/format.h>
#include <unistd.h>

#include <cstdlib>

#include "driver.hpp"
#include "scaffold/new_project.hpp"
#include "version.hpp"

namespace {

bool want_color(const std::string& mode) {
  if (mode == "always") return true;
  if (mode == "never") return false;
  const char* term = std::getenv("TERM");
  return ::isatty(STDERR_FILENO) && std::getenv("NO_COLOR") == nullptr && term != nullptr &&
         std::string(term) != "dumb";
}

// Completes commands, options, option values and .lview files.
constexpr const char* kBashCompletion = R"sh(# bash completion for lviewc; load with: eval "$(lviewc completion bash)"
_lviewc() {
  local cur=${COMP_WORDS[COMP_CWORD]} prev=${COMP_WORDS[COMP_CWORD-1]} cmd=${COMP_WORDS[1]}
  if [[ $COMP_CWORD -eq 1 ]]; then
    COMPREPLY=($(compgen -W "compile check fmt new completion --help --version" -- "$cur")); return
  fi
  case $prev in
    --diagnostics) COMPREPLY=($(compgen -W "text json" -- "$cur")); return ;;
    --color) COMPREPLY=($(compgen -W "auto always never" -- "$cur")); return ;;
    -o|--output|--dir) COMPREPLY=($(compgen -d -- "$cur")); return ;;
    --depfile) COMPREPLY=($(compgen -f -- "$cur")); return ;;
  esac
  if [[ $cur == -* ]]; then
    case $cmd in
      compile) COMPREPLY=($(compgen -W "-o --output --depfile --namespace --no-line-directives --diagnostics --color --help" -- "$cur")) ;;
      check) COMPREPLY=($(compgen -W "--diagnostics --color --help" -- "$cur")) ;;
      fmt) COMPREPLY=($(compgen -W "--check --write --help" -- "$cur")) ;;
      new) COMPREPLY=($(compgen -W "--dir --help" -- "$cur")) ;;
    esac
    return
  fi
  case $cmd in
    compile|check|fmt) COMPREPLY=($(compgen -f -X '!*.lview' -- "$cur") $(compgen -d -- "$cur")) ;;
    completion) COMPREPLY=($(compgen -W "bash" -- "$cur")) ;;
  esac
}
complete -F _lviewc lviewc
)sh";

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

  FormatOptions format;
  CLI::App* fmt_cmd = app.add_subcommand("fmt", "Print files in canonical layout (or --check / --write them)");
  fmt_cmd->add_option("files", format.inputs, ".lview files")->required()->type_name("FILE...");
  auto* check_flag = fmt_cmd->add_flag("--check", format.check, "Exit 1, listing the files not in canonical layout; change nothing");
  fmt_cmd->add_flag("-w,--write", format.write, "Rewrite the files in place")->excludes(check_flag);

  std::string new_name, new_dir;
  CLI::App* new_cmd = app.add_subcommand("new", "Create a minimal app: one view, its C++, a CMakeLists.txt using find_package(LView)");
  new_cmd->add_option("name", new_name, "Project name (lowercase letters, digits, '_')")->required()->type_name("NAME");
  new_cmd->add_option("--dir", new_dir, "Where to create it (default: ./NAME)")->type_name("DIR");

  std::string shell;
  CLI::App* completion = app.add_subcommand("completion", "Print a shell completion script: eval \"$(lviewc completion bash)\"");
  completion->add_option("shell", shell, "bash")->required()->check(CLI::IsMember({"bash"}));

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

  if (new_cmd->parsed()) return new_project(new_name, new_dir);
  if (completion->parsed()) {
    std::fputs(kBashCompletion, stdout);
    return kExitOk;
  }
  if (fmt_cmd->parsed()) {
    format.diag_format = diagnostics == "json" ? DiagFormat::Json : DiagFormat::Text;
    format.color = want_color(color);
    return run_format(format);
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
