#!/usr/bin/env bash
# Times `lviewc compile` on the generated 10,000-line file: best of N runs.
#   compile_time.sh LVIEWC NODE GENERATOR WORKDIR [RUNS]
set -euo pipefail
lviewc=$1 node=$2 generator=$3 work=$4 runs=${5:-10}
mkdir -p "$work"
"$node" "$generator" "$work/large.lview" 10000 >/dev/null
lines=$(wc -l < "$work/large.lview")
best=""
for _ in $(seq "$runs"); do
  start=$(date +%s%N)
  "$lviewc" compile "$work/large.lview" -o "$work/out"
  end=$(date +%s%N)
  ms=$(( (end - start) / 1000000 ))
  if [[ -z "$best" || $ms -lt $best ]]; then best=$ms; fi
done
echo "lviewc compile: ${lines} lines in ${best} ms (best of ${runs}), $(( lines * 1000 / (best > 0 ? best : 1) )) lines/s; target < 100 ms"
echo "generated: $(wc -l < "$work/out/large.lview.cpp") lines of C++"
