#!/bin/sh
# Runs a GUI test on the run's one Xvfb (tests/cmake/display.cmake): DISPLAY comes from the
# fixture's record in STATE_DIR, never from the caller's environment.
# Usage: with-display.sh STATE_DIR COMMAND [ARGS...]
set -eu
state=$1
shift
if [ ! -s "$state/display" ]; then
  echo "with-display: no Xvfb recorded in $state (the display.xvfb_start fixture did not run or failed)"
  exit 1
fi
DISPLAY=$(cat "$state/display")
export DISPLAY
exec "$@"
