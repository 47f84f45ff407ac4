#!/bin/sh
# Builds the libFuzzer targets with clang (address + undefined sanitizers) and runs each for
# SECONDS (default 30) on a corpus made from the real content. Fails on any crash.
# Usage: scripts/fuzz.sh [SECONDS]
set -eu
cd "$(dirname "$0")/.."
secs="${1:-30}"
CC=clang CXX=clang++ cmake -S . -B build/fuzz -DCMAKE_BUILD_TYPE=RelWithDebInfo -DVEIVISER_FUZZ=ON \
  -DVEIVISER_GUI=OFF -DVEIVISER_TESTS=OFF >/dev/null
cmake --build build/fuzz -j2 --target fuzz_content fuzz_answers >/dev/null
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
# A crashing input is kept (outside $work, which is removed on exit) for replay: fuzz_T FILE.
artifacts=build/fuzz/artifacts
mkdir -p "$artifacts"
mkdir -p "$work/content" "$work/answers"
for f in content/national/*.json content/local/*.json content/packs/*.json content/training/*.json; do
  cp "$f" "$work/content/$(echo "$f" | tr / _)"
done
i=0
for f in tests/paths/*.json; do
  i=$((i + 1))
  python3 -c "import json,sys; a=json.load(open(sys.argv[1]))['answers']; print('\n'.join(k+'='+v for k,v in a.items()))" "$f" \
    > "$work/answers/path$i"
done
status=0
for t in content answers; do
  echo "fuzz_$t: $secs s"
  if ! build/fuzz/tests/fuzz/fuzz_$t -max_total_time="$secs" -max_len=262144 -timeout=20 \
       -artifact_prefix="$artifacts/" "$work/$t" 2>"$work/$t.log"; then
    status=1
    tail -40 "$work/$t.log"
    echo "fuzz_$t: crash input kept in $artifacts/ (replay: build/fuzz/tests/fuzz/fuzz_$t FILE)"
  fi
  grep -E "^Done|^#[0-9]+.*DONE" "$work/$t.log" | tail -1
done
if [ "$status" -eq 0 ]; then echo "2 passed, 0 failed"; else echo "0 passed, 1 failed"; fi
exit "$status"
