// `lviewc new NAME`: a minimal app — one view, its C++, and a CMakeLists.txt
// that uses find_package(LView) — which builds and serves as generated.
#pragma once

#include <string>

namespace lviewc {

// Returns the exit code (0, or 2 with a message on stderr).
int new_project(const std::string& name, const std::string& directory);

}  // namespace lviewc
