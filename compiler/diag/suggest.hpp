// "did you mean ...?" suggestions from edit distance (Svelte's fuzzymatch).
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace lviewc {

// The candidate closest to `name`, or "" when none is close enough to help.
std::string closest_match(std::string_view name, const std::vector<std::string>& candidates);

// "; did you mean 'x'?" or "" — for building hints.
std::string did_you_mean(std::string_view name, const std::vector<std::string>& candidates);

}  // namespace lviewc
