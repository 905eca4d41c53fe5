// IR -> the generated NAME.lview.hpp and NAME.lview.cpp.
#pragma once

#include <string>

#include "ir/ir.hpp"

namespace lviewc {

struct EmitOptions {
  std::string source_name;  // the .lview path as given, for banners and #line
  std::string header_name;  // "dashboard.lview.hpp"
  std::string source_file_name;  // "dashboard.lview.cpp", for #line back into it
  std::string version;      // lviewc's version, in the banner
  std::string namespace_override;  // --namespace; replaces the file's namespace
  bool line_directives = true;
};

struct Generated {
  std::string header;
  std::string source;
};

Generated emit_cpp(const ast::File& file, const SemaResult& sema, const ir::Module& module,
                   const SourceFile& source, const EmitOptions& options);

}  // namespace lviewc
