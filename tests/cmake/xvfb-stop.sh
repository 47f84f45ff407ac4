#!/bin/sh
# CTest fixture cleanup (tests/cmake/display.cmake): stops the Xvfb that xvfb-start.sh recorded
# in STATE_DIR, and only that process. Usage: xvfb-stop.sh STATE_DIR
set -eu
state=$1
[ -f "$state/pid" ] || { echo "xvfb-stop: no Xvfb recorded in $state"; exit 0; }
pid=$(cat "$state/pid")
rm -f "$state/pid" "$state/display" "$state/number"
# The pid must still be our Xvfb (not a reused number) before it is killed.
case "$(tr '\0' ' ' <"/proc/$pid/cmdline" 2>/dev/null)" in
  Xvfb\ -displayfd*) kill "$pid"; echo "xvfb-stop: stopped Xvfb pid $pid" ;;
  *) echo "xvfb-stop: Xvfb pid $pid already gone" ;;
esac
