#include "driver.hpp"

#include <fmt/format.h>
#include <unistd.h>

#include <filesystem>
#include <fstream>
#include <map>
#include <memory>
#include <sstream>

#include "emit/emit_cpp.hpp"
#include "format/format.hpp"
#include "lower/lower.hpp"
#include "parse/parse.hpp"
#include "sema/sema.hpp"
#include "version.hpp"

namespace lviewc {
namespace fs = std::filesystem;
namespace {

bool read_file(const std::string& path, std::string& text, std::string& error) {
  std::error_code ec;
  if (fs::is_directory(path, ec)) {
    error = "is a directory";
    return false;
  }
  std::ifstream in(path, std::ios::binary);
  if (!in) {
    error = std::strerror(errno);
    return false;
  }
  std::ostringstream ss;
  ss << in.rdbuf();
  text = ss.str();
  return true;
}

// Writes atomically (temp file + rename) and leaves an identical file alone,
// so build tools do not see a change that is not one.
bool write_if_changed(const fs::path& path, const std::string& text, std::string& error) {
  std::string existing, ignored;
  if (fs::exists(path) && read_file(path.string(), existing, ignored) && existing == text) return true;
  fs::path tmp = path;
  tmp += fmt::format(".tmp{}", ::getpid());
  {
    std::ofstream out(tmp, std::ios::binary | std::ios::trunc);
    if (!out) {
      error = fmt::format("cannot write '{}': {}", tmp.string(), std::strerror(errno));
      return false;
    }
    out << text;
    out.flush();
    if (!out) {
      error = fmt::format("cannot write '{}': {}", tmp.string(), std::strerror(errno));
      fs::remove(tmp);
      return false;
    }
  }
  std::error_code ec;
  fs::rename(tmp, path, ec);
  if (ec) {
    error = fmt::format("cannot write '{}': {}", path.string(), ec.message());
    fs::remove(tmp, ec);
    return false;
  }
  return true;
}

std::string depfile_escape(const std::string& path) {
  std::string out;
  for (char c : path) {
    if (c == ' ' || c == '#' || c == '\\') out += '\\';
    if (c == '$') out += '$';
    out += c;
  }
  return out;
}

void usage_error(const std::string& message) { fmt::print(stderr, "lviewc: error: {}\n", message); }

// Reads `input` into a SourceFile kept in `files`; null (after saying why) when it cannot.
const SourceFile* load(const std::string& input, std::vector<std::unique_ptr<SourceFile>>& files) {
  std::string text, error;
  if (!read_file(input, text, error)) {
    usage_error(fmt::format("cannot read '{}': {}", input, error));
    return nullptr;
  }
  files.push_back(std::make_unique<SourceFile>(input, std::move(text)));
  return files.back().get();
}

}  // namespace

std::optional<Generated> compile_source(const SourceFile& source, DiagEngine& diags, const EmitOptions& options,
                                        bool emit) {
  std::optional<ast::File> ast = parse_file(source, diags);
  if (!ast || diags.error_count(&source) > 0) return std::nullopt;
  SemaResult sema = analyze(*ast, source, diags);
  if (diags.error_count(&source) > 0) return std::nullopt;
  if (!emit) return Generated{};
  ir::Module module = lower(*ast, sema, source);
  return emit_cpp(*ast, sema, module, source, options);
}

int run_driver(const DriverOptions& options) {
  if (options.inputs.empty()) {
    usage_error("no input files");
    return kExitUsage;
  }
  if (options.emit) {
    std::error_code ec;
    fs::create_directories(options.output_dir, ec);
    if (!fs::is_directory(options.output_dir, ec)) {
      usage_error(fmt::format("cannot create output directory '{}'", options.output_dir));
      return kExitUsage;
    }
    std::map<std::string, std::string> stems;
    for (const std::string& input : options.inputs) {
      std::string name = fs::path(input).filename().string();
      if (auto [it, inserted] = stems.emplace(name, input); !inserted) {
        usage_error(fmt::format("'{}' and '{}' would both write {}.hpp; compile them into different directories",
                                it->second, input, name));
        return kExitUsage;
      }
    }
  }

  DiagEngine diags;
  std::vector<std::unique_ptr<SourceFile>> files;
  std::vector<std::string> outputs;
  bool io_error = false;
  for (const std::string& input : options.inputs) {
    const SourceFile* loaded = load(input, files);
    if (!loaded) {
      io_error = true;
      continue;
    }
    const SourceFile& source = *loaded;
    std::string error;

    std::string base = fs::path(input).filename().string();
    EmitOptions emit;
    emit.source_name = input;
    emit.header_name = base + ".hpp";
    emit.source_file_name = base + ".cpp";
    emit.version = kVersion;
    emit.namespace_override = options.namespace_override;
    emit.line_directives = options.line_directives;
    std::optional<Generated> result = compile_source(source, diags, emit, options.emit);
    if (!result || !options.emit) continue;
    const Generated& generated = *result;
    fs::path dir(options.output_dir);
    for (auto [name, text] : {std::pair{emit.header_name, &generated.header}, std::pair{emit.source_file_name, &generated.source}}) {
      fs::path out = dir / name;
      if (!write_if_changed(out, *text, error)) {
        usage_error(error);
        io_error = true;
      }
      outputs.push_back(out.string());
    }
  }

  diags.print(stderr, options.diag_format, options.color);
  if (diags.error_count() > 0) return kExitDiagnostics;
  if (io_error) return kExitUsage;

  if (options.emit && !options.depfile.empty()) {
    std::string rule;
    for (const std::string& o : outputs) rule += (rule.empty() ? "" : " ") + depfile_escape(o);
    rule += ":";
    // Absolute input paths: build tools read them relative to nothing in particular.
    for (const std::string& i : options.inputs) rule += " " + depfile_escape(fs::absolute(i).lexically_normal().string());
    rule += "\n";
    std::string error;
    if (!write_if_changed(options.depfile, rule, error)) {
      usage_error(error);
      return kExitUsage;
    }
  }
  return kExitOk;
}

int run_format(const FormatOptions& options) {
  if (options.inputs.empty()) {
    usage_error("no input files");
    return kExitUsage;
  }
  DiagEngine diags;
  std::vector<std::unique_ptr<SourceFile>> files;
  int unformatted = 0;
  bool io_error = false;
  for (const std::string& input : options.inputs) {
    const SourceFile* loaded = load(input, files);
    if (!loaded) {
      io_error = true;
      continue;
    }
    const std::string& text = loaded->text();
    std::string error;
    std::optional<std::string> formatted = format_source(*loaded, diags);
    if (!formatted) continue;
    if (options.check) {
      if (*formatted != text) {
        fmt::print("{}: not in canonical layout (run lviewc fmt --write {})\n", input, input);
        ++unformatted;
      }
    } else if (options.write) {
      if (*formatted != text && !write_if_changed(input, *formatted, error)) {
        usage_error(error);
        io_error = true;
      }
    } else {
      std::fwrite(formatted->data(), 1, formatted->size(), stdout);
    }
  }
  diags.print(stderr, options.diag_format, options.color);
  if (diags.error_count() > 0 || unformatted > 0) return kExitDiagnostics;
  return io_error ? kExitUsage : kExitOk;
}

}  // namespace lviewc
