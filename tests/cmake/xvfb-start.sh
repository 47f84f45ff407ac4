#!/bin/sh
# CTest fixture setup (tests/cmake/display.cmake): starts one Xvfb for the whole ctest run on a
# display number Xvfb picks itself (-displayfd: no lock-file scanning, no race with other runs)
# and records it in STATE_DIR/display (":N") and STATE_DIR/pid. Usage: xvfb-start.sh STATE_DIR
set -eu
state=$1
mkdir -p "$state"
rm -f "$state/display" "$state/pid" "$state/number"
command -v Xvfb >/dev/null || { echo "xvfb-start: Xvfb missing: run scripts/install-deps.sh (apt-get install xvfb)"; exit 1; }
# Xvfb writes the display number it chose to fd 3 once it listens. Its own output goes to a log
# file, so CTest does not wait on a pipe held open by the server after this script ends.
Xvfb -displayfd 3 -screen 0 1920x1080x24 -nolisten tcp 3>"$state/number" >"$state/xvfb.log" 2>&1 &
pid=$!
i=0
while [ ! -s "$state/number" ]; do
  i=$((i + 1))
  if [ $i -gt 100 ] || ! kill -0 "$pid" 2>/dev/null; then
    echo "xvfb-start: Xvfb did not start:"; cat "$state/xvfb.log"; kill "$pid" 2>/dev/null || true; exit 1
  fi
  sleep 0.1
done
echo "$pid" >"$state/pid"
echo ":$(tr -d '\n' <"$state/number")" >"$state/display"
echo "xvfb-start: Xvfb pid $pid on display $(cat "$state/display") (1920x1080x24)"
