// Pieces shared by the header and source emitters.
#pragma once

#include <string>
#include <vector>

#include "emit/emit_cpp.hpp"

namespace lviewc {

// " = 0", " = \"x\"", "" ... for a field declaration.
std::string field_initializer(const FieldInfo& f);
// "kNewOrders" for field newOrders.
std::string mask_constant(const FieldInfo& f);

std::string emit_header(const SemaResult& sema, const SourceFile& source, const EmitOptions& options,
                        const std::vector<std::string>& ns);
std::string emit_source(const SemaResult& sema, const ir::Module& module, const SourceFile& source,
                        const EmitOptions& options, const std::vector<std::string>& ns);

}  // namespace lviewc
