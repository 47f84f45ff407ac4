#!/bin/sh
# Installs what is needed, builds the ci preset and runs every test (the README's second
# command). Prints ctest's summary; exits non-zero on any failure.
set -eu
cd "$(dirname "$0")/.."
scripts/install-deps.sh
export MESA_SHADER_CACHE_DISABLE=true
cmake --preset ci >/dev/null
cmake --build --preset ci -j2
ctest --preset ci -j2 --timeout 900
