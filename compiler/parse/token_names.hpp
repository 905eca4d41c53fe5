// How tokens are named in diagnostics ("expected ';'", "found end of file").
#pragma once

#include <cstddef>
#include <string>

namespace antlr4::dfa {
class Vocabulary;
}

namespace lviewc {

std::string token_display_name(std::size_t token_type, const antlr4::dfa::Vocabulary& vocabulary);

}  // namespace lviewc
