// What the client holds of a rendered view, as far as diffs need to know it.
//
// One NodeState per branch or list slot outside lists (see lviewc's ir.hpp):
// for a branch, the arm the client shows (-1: none) and the states of that
// arm's own slots; for a list, a hash of each entry's dynamics as last sent,
// so a diff sends only entries that changed. The root state is a NodeState.
#pragma once

#include <cstdint>
#include <vector>

namespace lview {

struct NodeState {
  int arm = -1;
  std::vector<NodeState> kids;
  std::vector<std::uint64_t> entries;
};

using RenderState = NodeState;

}  // namespace lview
