#!/usr/bin/env bash
# Benchmark of the kiosk against a bare Dear ImGui GLFW/OpenGL3 window (the floor), as whole
# processes under one Xvfb in the same run: start-to-first-frame (median of N runs), peak RSS
# (/usr/bin/time -v) and CPU used over 10 s idle (utime+stime from /proc/PID/stat) of the kiosk
# itself; then, per screen, the median and 99th percentile of a frame's UI CPU time at 1920x1080
# (a soak run that visits every screen), and the frames of a finger drag and its glide on the
# longest outcome and the longest Oppslag page (UI time, and the whole frame's wall time, which
# under Xvfb is mostly llvmpipe drawing 1920x1080 in software: an upper bound, not the kiosk's GPU).
# Usage: scripts/bench-gui.sh [BUILD_DIR]   (default build/bench-gui, Release; builds the two programs if needed)
set -euo pipefail
ROOT=$(cd "$(dirname "$0")/.." && pwd)
BUILD=${1:-$ROOT/build/bench-gui}
RUNS=${RUNS:-10}
IDLE=${IDLE:-10}
if [[ ! -x $BUILD/veiviser || ! -x $BUILD/veiviser-gui-test || ! -x $BUILD/tests/gui/bare_imgui ]]; then
  cmake -S "$ROOT" -B "$BUILD" -DCMAKE_BUILD_TYPE=Release >/dev/null
  cmake --build "$BUILD" -j2 --target veiviser veiviser-gui-test bare_imgui >/dev/null
fi
VV=$BUILD/veiviser-gui-test  # the kiosk's library and start-up; --exit-after-first-frame lives there
KIOSK=$BUILD/veiviser
BARE=$BUILD/tests/gui/bare_imgui
export MESA_SHADER_CACHE_DISABLE=true
command -v Xvfb >/dev/null || { echo "needs Xvfb (apt-get install xvfb)"; exit 2; }
[[ -x /usr/bin/time ]] || { echo "needs /usr/bin/time (apt-get install time)"; exit 2; }

DNUM=$((90 + RANDOM % 400))
Xvfb :$DNUM -screen 0 1920x1080x24 -nolisten tcp >/dev/null 2>&1 &
XPID=$!
trap 'kill $XPID 2>/dev/null || true' EXIT
export DISPLAY=:$DNUM
sleep 1

median() { sort -n | awk '{a[NR]=$1} END {print (NR%2 ? a[(NR+1)/2] : (a[NR/2]+a[NR/2+1])/2)}'; }

# Start to first frame swapped (wall seconds), median of RUNS, alternating the two programs.
declare -A START
for name in floor veiviser; do : > /tmp/bench-$$-$name; done
for ((i = 0; i < RUNS; i++)); do
  for name in floor veiviser; do
    cmd=("$BARE"); [[ $name == veiviser ]] && cmd=("$VV" --windowed)
    t0=$(date +%s.%N)
    "${cmd[@]}" --exit-after-first-frame >/dev/null 2>&1
    t1=$(date +%s.%N)
    echo "$t1 - $t0" | bc -l >> /tmp/bench-$$-$name
  done
done
for name in floor veiviser; do START[$name]=$(median < /tmp/bench-$$-$name); rm -f /tmp/bench-$$-$name; done

# Peak memory: whole process to first frame.
declare -A RSS
for name in floor veiviser; do
  cmd=("$BARE"); [[ $name == veiviser ]] && cmd=("$VV" --windowed)
  RSS[$name]=$(/usr/bin/time -v "${cmd[@]}" --exit-after-first-frame 2>&1 >/dev/null |
               awk -F: '/Maximum resident set size/ {gsub(/ /, "", $2); print $2}')
done

# Idle CPU: start, wait 2 s to settle, sample utime+stime over IDLE seconds.
HZ=$(getconf CLK_TCK)
declare -A CPU
cpu_ticks() { awk '{print $14 + $15}' "/proc/$1/stat"; }
for name in floor veiviser; do
  cmd=("$BARE"); [[ $name == veiviser ]] && cmd=("$KIOSK" --windowed)
  "${cmd[@]}" >/dev/null 2>&1 &
  pid=$!
  sleep 2
  a=$(cpu_ticks $pid)
  sleep "$IDLE"
  b=$(cpu_ticks $pid)
  kill $pid 2>/dev/null || true
  wait $pid 2>/dev/null || true
  CPU[$name]=$(echo "($b - $a) / $HZ / $IDLE * 100" | bc -l)
done

# Frame UI CPU time per screen at 1920x1080, every frame drawn.
SOAK=$("$VV" --monkey "${EVENTS:-6000}" --seed 11 --size 1920x1080 --render-every 1 2>/dev/null)
FRAMES=$(sed -n 's/^monkey: frame UI CPU ms by screen (median\/p99): //p' <<<"$SOAK")
DRAG=$(sed -n 's/^monkey: drag frames ms (UI median\/p99\/max, wall median\/p99\/max): //p' <<<"$SOAK")
echo "frame UI CPU ms per screen at 1920x1080 (median/p99; target p99 < 4): $FRAMES"
echo "drag frames at 1920x1080, ms (UI median/p99/max, wall median/p99/max; target UI < 8): $DRAG"
p99max=$(echo "$FRAMES" | tr ',' '\n' | awk -F/ '{print $2}' | sort -n | tail -1)
# The slowest drag frame's UI time: the third number after each "frames".
dragmax=$(grep -o 'frames [0-9.]*/[0-9.]*/[0-9.]*' <<<"$DRAG" | awk -F/ '{print $3}' | sort -n | tail -1)

printf '%-10s %14s %14s %16s\n' "" "first frame s" "peak RSS MiB" "idle CPU %core"
for name in floor veiviser; do
  printf '%-10s %14.3f %14.1f %16.2f\n' "$name" "${START[$name]}" "$(echo "${RSS[$name]} / 1024" | bc -l)" "${CPU[$name]}"
done
ratio=$(echo "${START[veiviser]} / ${START[floor]}" | bc -l)
dmem=$(echo "(${RSS[veiviser]} - ${RSS[floor]}) / 1024" | bc -l)
printf '\nstart ratio %.2fx (target <= 1.3x)   memory +%.1f MiB (target <= 20)   idle CPU %.2f%% (target < 1%%)\n' \
  "$ratio" "$dmem" "${CPU[veiviser]}"
ok=1
(( $(echo "$ratio <= 1.3" | bc -l) )) || ok=0
(( $(echo "$dmem <= 20" | bc -l) )) || ok=0
(( $(echo "${CPU[veiviser]} < 1" | bc -l) )) || ok=0
[[ -n $p99max ]] && { (( $(echo "$p99max < 4" | bc -l) )) || ok=0; }
[[ -n $dragmax ]] && { (( $(echo "$dragmax < 8" | bc -l) )) || ok=0; }
[[ $ok == 1 ]] && echo "all targets met" || echo "some targets missed"
