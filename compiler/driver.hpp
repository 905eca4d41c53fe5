// Runs the phases for each input and writes outputs: the part of lviewc that
// main.cpp's command line feeds. Returns the process exit code:
// 0 ok, 1 diagnostics in the input, 2 usage or I/O error.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "diag/diagnostics.hpp"

namespace lviewc {

inline constexpr int kExitOk = 0;
inline constexpr int kExitDiagnostics = 1;
inline constexpr int kExitUsage = 2;

struct DriverOptions {
  std::vector<std::string> inputs;
  std::string output_dir;       // compile only
  std::string depfile;          // compile only; "" for none
  std::string namespace_override;
  bool emit = false;            // compile (true) or check (false)
  bool line_directives = true;
  DiagFormat diag_format = DiagFormat::Text;
  bool color = false;
};

int run_driver(const DriverOptions& options);

struct FormatOptions {
  std::vector<std::string> inputs;
  bool check = false;  // report files not in canonical layout (exit 1), change nothing
  bool write = false;  // rewrite files in place
  DiagFormat diag_format = DiagFormat::Text;
  bool color = false;
};
int run_format(const FormatOptions& options);

struct EmitOptions;
struct Generated;
// All phases on one file in memory; nullopt when it has errors (in `diags`).
// With `emit` false, stops after the checks.
std::optional<Generated> compile_source(const SourceFile& source, DiagEngine& diags, const EmitOptions& options,
                                        bool emit = true);

}  // namespace lviewc
