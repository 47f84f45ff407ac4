#!/bin/sh
# Benchmarks the core (content load + validation, full enumeration) on a Release build.
# Usage: scripts/bench-core.sh [REPS]. Reports medians; the machine is shared, so compare
# ratios between runs rather than single figures.
set -eu
cd "$(dirname "$0")/.."
cmake -S . -B build/bench -DCMAKE_BUILD_TYPE=Release -DVEIVISER_GUI=OFF -DVEIVISER_TESTS=ON >/dev/null
cmake --build build/bench -j2 --target veiviser_bench_core >/dev/null
build/bench/tests/veiviser_bench_core content "${1:-21}"
