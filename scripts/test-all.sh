#!/bin/sh
# The README's test command (and CI's): installs what is needed, builds, and runs every test:
#  1. the ci preset (warnings are errors) with the whole CTest suite: core, paths, exhaustive
#     invariants, validator fixtures, CLI, schema, GUI under Xvfb, exports read back with real
#     clients, printing through a CUPS server the test starts, the strace privacy audit, the
#     memory-wipe check and the soak (monkey) test;
#  2. the same suite under AddressSanitizer and UndefinedBehaviorSanitizer (the soak excepted:
#     its sanitizer-free run above covers it);
#  3. the libFuzzer targets for a bounded time;
#  4. the Debian package: built, installed, started under cage, removed.
set -eu
cd "$(dirname "$0")/.."
scripts/install-deps.sh
export MESA_SHADER_CACHE_DISABLE=true
start=$(date +%s)
phase() { echo; echo "=== $1 ($(( $(date +%s) - start )) s)"; }

phase "ci build and tests"
cmake --preset ci >/dev/null
cmake --build --preset ci -j2
ctest --preset ci -j2 --timeout 900

phase "sanitizers (ASan + UBSan)"
cmake --preset asan >/dev/null
cmake --build --preset asan -j2
ASAN_OPTIONS=detect_leaks=1:abort_on_error=1 \
LSAN_OPTIONS="suppressions=$PWD/tests/sanitizers/lsan.supp:print_suppressions=0" \
UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1 \
  ctest --preset asan -j2 --timeout 1800 -E "soak|privacy"

phase "fuzzing (bounded)"
scripts/fuzz.sh "${VEIVISER_FUZZ_SECONDS:-30}"

if [ -x scripts/test-deb.sh ]; then
  phase "Debian package"
  scripts/test-deb.sh
fi
phase "all passed"
