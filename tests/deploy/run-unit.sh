#!/bin/bash
# Runs the ExecStart= of a systemd unit (the kiosk unit: cage + veiviser) the way systemd
# would, as far as a machine without systemd as PID 1 allows, and reports what it saw.
# Used by scripts/test-deb.sh; run as root.
#
#   run-unit.sh kiosk      UNIT OUTDIR HIDE SECONDS   runs it for SECONDS, then checks it is still
#                                                     running and that Xwayland serves its window,
#                                                     dumps that window (OUTDIR/kiosk.xwd), checks
#                                                     nothing was written, stops it with SIGTERM
#   run-unit.sh screenshot UNIT OUTDIR HIDE           appends --screenshot to ExecStart and
#                                                     expects a PNG and exit status 0
#
# What is reproduced from the unit file: User= (setpriv, with its groups, no capabilities,
# NoNewPrivileges), Environment=, UMask=, LimitCORE=, PAMName= (pam_systemd's
# XDG_RUNTIME_DIR=/run/user/UID, a 0700 tmpfs created before the sandbox, like logind does),
# RuntimeDirectory=, ProtectSystem=, ProtectHome=, PrivateTmp=, PrivateNetwork=,
# ProtectProc=, ProcSubset=. Not reproduced: seccomp (SystemCallFilter=), DevicePolicy=,
# IPAddressDeny=, BindPaths=, ReadWritePaths=, the logind session, seat and tty. A
# RuntimeDirectory= is created on the host (as systemd does) with a tmpfs over it; its path
# is written to OUTDIR/created-dirs for the caller to remove.
# The headless wlroots backend is added (WLR_BACKENDS=headless, WLR_LIBINPUT_NO_DEVICES=1,
# WLR_RENDERER=pixman). HIDE (the source tree) is made unreachable, so the program must use
# what the package installed. Lines on stdout: "ok - ..." / "FAIL - ..." / "# ...".
set -u

mode=${1:?mode}; unit=${2:?unit}; out=${3:?outdir}; hide=${4:?hide}; secs=${5:-8}

# ---- outside: enter new mount, network (PrivateNetwork=) and PID namespaces -------------
if [ "${VV_INSIDE:-}" != 1 ]; then
  [ "$(id -u)" -eq 0 ] || { echo "FAIL - run-unit.sh must run as root"; exit 1; }
  [ -f "$unit" ] || { echo "FAIL - no unit file $unit"; exit 1; }
  # In a chroot (a fresh Debian 12 root made by ../shared/tools/fresh-debian12) "/" is not a
  # mount point and its propagation cannot be changed: leave it as it is there (the mounts
  # below are made inside the new namespace only when the enclosing mount is not shared).
  prop=private
  mountpoint -q / || prop=unchanged
  exec env VV_INSIDE=1 unshare --mount --net --pid --fork --kill-child=SIGKILL --propagation "$prop" \
    "$0" "$@"
fi

# ---- inside ------------------------------------------------------------------------------
say() { echo "$@"; }
# Last value of a single-valued key; all values (one per line) of a list key.
key() { sed -n "s/^[[:space:]]*$1=//p" "$unit" | tail -n 1; }
keys() { sed -n "s/^[[:space:]]*$1=//p" "$unit"; }
is_yes() { case "${1,,}" in yes | true | on | 1) return 0 ;; *) return 1 ;; esac; }

user=$(key User); user=${user:-root}
uid=$(id -u "$user" 2>/dev/null) || { say "FAIL - unit user $user does not exist"; exit 1; }
gid=$(id -g "$user")

# logind: a PAM session (PAMName=) gets /run/user/UID (tmpfs, 0700, owned by the user) and
# pam_systemd puts XDG_RUNTIME_DIR in the environment, over Environment=. It exists before
# systemd sets up the sandbox, so ProtectSystem=/ProtectHome= apply to it.
runtime=""
if [ -n "$(key PAMName)" ]; then
  mount -t tmpfs -o mode=0755,size=1m tmpfs /run/user 2>/dev/null || { mkdir -p /run/user && mount -t tmpfs -o mode=0755,size=1m tmpfs /run/user; }
  install -d -m 0700 -o "$uid" -g "$gid" "/run/user/$uid"
  runtime=/run/user/$uid
fi

# The test's own output directory stays writable (it is not part of the unit's sandbox).
mount --bind "$out" "$out"
# The source tree is unreachable: the installed program must not need it.
if [ -d "$hide" ]; then mount -t tmpfs -o ro,mode=000,size=4k tmpfs "$hide"; fi

# RuntimeDirectory=: systemd creates /run/NAME (owned by the user) before the sandbox and
# keeps it writable; here a tmpfs over it keeps the test's writes off the host.
rd_mode=$(key RuntimeDirectoryMode); rd_mode=${rd_mode:-0755}
rdirs=()
for rd in $(keys RuntimeDirectory); do
  [ -d "/run/$rd" ] || { mkdir -p "/run/$rd" && echo "/run/$rd" >>"$out/created-dirs"; }
  mount -t tmpfs -o "mode=$rd_mode,uid=$uid,gid=$gid,size=16m" tmpfs "/run/$rd"
  rdirs+=("/run/$rd")
done

# ProtectSystem=: strict = everything read-only but /dev, /proc, /sys; full = /usr, /boot,
# /efi, /etc; yes = /usr, /boot, /efi.
ps=$(key ProtectSystem)
ro_mounts() {
  awk '{print $5}' /proc/self/mountinfo | while read -r m; do
    m=$(printf '%b' "$m")
    case "$m" in /dev | /dev/* | /proc | /proc/* | /sys | /sys/* | /mnt | /mnt/* | "$out" | "$out"/*) continue ;; esac
    for r in "${rdirs[@]}"; do [ "$m" = "$r" ] && continue 2; done
    echo "$m"
  done | sort -u
}
case "${ps,,}" in
  strict) for m in $(ro_mounts); do mount -o remount,bind,ro "$m" 2>/dev/null || true; done ;;
  full | yes | true | on | 1)
    dirs="/usr /boot /efi"; [ "${ps,,}" = full ] && dirs="$dirs /etc"
    for d in $dirs; do [ -d "$d" ] && mount --bind "$d" "$d" && mount -o remount,bind,ro "$d"; done ;;
esac

# ProtectHome=
ph=$(key ProtectHome)
for d in /home /root /run/user; do
  [ -d "$d" ] || continue
  case "${ph,,}" in
    yes | true | on | 1) mount -t tmpfs -o ro,mode=000,size=4k tmpfs "$d" ;;
    tmpfs) mount -t tmpfs -o ro,mode=0755,size=4k tmpfs "$d" ;;
    read-only) mount --bind "$d" "$d" && mount -o remount,bind,ro "$d" ;;
  esac
done

# PrivateTmp=: fresh /tmp and /var/tmp.
if is_yes "$(key PrivateTmp)"; then
  mount -t tmpfs -o mode=1777,size=256m tmpfs /tmp
  mount -t tmpfs -o mode=1777,size=64m tmpfs /var/tmp
fi

# ProtectProc= / ProcSubset= (the new PID namespace needs its own /proc anyway).
popts="nosuid,nodev,noexec"
pp=$(key ProtectProc); [ -n "$pp" ] && [ "$pp" != default ] && popts="$popts,hidepid=$pp"
[ "$(key ProcSubset)" = pid ] && popts="$popts,subset=pid"
mount -t proc -o "$popts" proc /proc

# Environment: what systemd gives a User= service, then Environment=, then PAM's runtime dir.
envv=(PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin "HOME=$(getent passwd "$user" | cut -d: -f6)"
  "USER=$user" "LOGNAME=$user" "SHELL=$(getent passwd "$user" | cut -d: -f7)" LANG=C.UTF-8)
while read -r line; do
  [ -n "$line" ] || continue
  eval "for kv in $line; do envv+=(\"\$kv\"); done"
done < <(keys Environment)
[ -n "$runtime" ] && envv+=("XDG_RUNTIME_DIR=$runtime")
envv+=(WLR_BACKENDS=headless WLR_LIBINPUT_NO_DEVICES=1 WLR_RENDERER=pixman)

# ExecStart= (prefixes -@:+! dropped), word-split like systemd does for unquoted words.
cmdline=$(key ExecStart); cmdline=${cmdline#[-@:+!]}
eval "cmd=($cmdline)"
[ "$mode" = screenshot ] && cmd+=(--screenshot /tmp/veiviser-screenshot.png)

um=$(key UMask); umask "${um:-0022}"
[ "$(key LimitCORE)" = 0 ] && ulimit -c 0
as_user() {  # User=, its groups, no capabilities, NoNewPrivileges=
  setpriv --reuid="$uid" --regid="$gid" --init-groups --no-new-privs --inh-caps=-all --bounding-set=-all \
    -- env -i "${envv[@]}" "$@"
}
say "# XDG_RUNTIME_DIR from PAM: ${runtime:-none}; command: ${cmd[*]}"

if [ "$mode" = screenshot ]; then
  (cd / && exec timeout 60 setpriv --reuid="$uid" --regid="$gid" --init-groups --no-new-privs --inh-caps=-all \
    --bounding-set=-all -- env -i "${envv[@]}" "${cmd[@]}") >"$out/screenshot.log" 2>&1
  rc=$?
  [ "$rc" -eq 0 ] && say "ok - screenshot run under cage exited 0" || { say "FAIL - screenshot run under cage exited $rc"; sed 's/^/#   /' "$out/screenshot.log" | tail -n 8; }
  if [ -s /tmp/veiviser-screenshot.png ]; then cp /tmp/veiviser-screenshot.png "$out/screenshot.png"; fi
  exit 0
fi

# kiosk: start it, watch it for $secs seconds.
(cd / && exec setpriv --reuid="$uid" --regid="$gid" --init-groups --no-new-privs --inh-caps=-all --bounding-set=-all \
  -- env -i "${envv[@]}" "${cmd[@]}") >"$out/kiosk.log" 2>&1 &
cage_pid=$!
comm_pids() { for p in /proc/[0-9]*; do [ "$(cat "$p/comm" 2>/dev/null)" = "$1" ] && echo "${p#/proc/}"; done; }
alive=1
for _ in $(seq $((secs * 2))); do
  sleep 0.5
  kill -0 "$cage_pid" 2>/dev/null || { alive=0; break; }
done
vv_pid=$(comm_pids veiviser | head -n 1)
# The runtime dir the compositor really got (ExecStart= may set it with env).
xdg=$(tr '\0' '\n' <"/proc/$cage_pid/environ" 2>/dev/null | sed -n 's/^XDG_RUNTIME_DIR=//p')
if [ "$alive" = 1 ] && [ -n "$vv_pid" ]; then
  say "ok - kiosk (cage + veiviser) still running after ${secs} s"
else
  wait "$cage_pid"; rc=$?
  say "FAIL - kiosk stopped within ${secs} s (exit status $rc)"
  sed 's/^/#   /' "$out/kiosk.log" | tail -n 8
  exit 0
fi
[ -n "$(comm_pids Xwayland)" ] && say "ok - cage started Xwayland" || say "FAIL - no Xwayland process"

# Xwayland serves the program's window (a private /tmp holds the X socket).
wid=""
disp=$(ls /tmp/.X11-unix 2>/dev/null | sed -n 's/^X\([0-9]*\)$/\1/p' | head -n 1)
if [ -n "$disp" ] && as_user DISPLAY=":$disp" xwininfo -root -tree >"$out/xwininfo.txt" 2>&1 &&
  grep -qi '"veiviser' "$out/xwininfo.txt"; then
  say "ok - veiviser's window is on Xwayland's display :$disp"
  wline=$(grep -i '"veiviser' "$out/xwininfo.txt" | head -n 1)
  wid=$(echo "$wline" | awk '{print $1}')
  say "# window $wid, geometry $(echo "$wline" | grep -o '[0-9]*x[0-9]*+[-0-9]*+[-0-9]*' | head -n 1)"
else
  say "FAIL - veiviser's window not found on Xwayland (display :${disp:-none})"
fi

# What the kiosk shows: a dump of its window from the X server (xwd, x11-apps); the caller
# converts and checks it. (grim's screencopy gives a black frame with cage 0.1.4's headless
# pixman output, so the window is read from Xwayland instead.)
if [ -n "$wid" ]; then
  if as_user DISPLAY=":$disp" xwd -silent -id "$wid" -out /tmp/veiviser-kiosk.xwd >"$out/xwd.log" 2>&1; then
    cp /tmp/veiviser-kiosk.xwd "$out/kiosk.xwd"
  else
    say "FAIL - xwd could not read the kiosk window"; sed 's/^/#   /' "$out/xwd.log" | tail -n 4
  fi
fi

# The kiosk wrote nothing: the private /tmp holds only the X server's files (and the dump).
left=$(cd /tmp && find . -mindepth 1 \( -path ./.X11-unix -o -path './.X11-unix/*' -o -name '.X*-lock' -o -name 'veiviser-kiosk.xwd' \) -prune -o -print | head -n 5)
runtime_left=$( [ -n "$xdg" ] && cd "$xdg" 2>/dev/null && find . -mindepth 1 ! -name 'wayland-*' -print | head -n 5)
[ -z "$left$runtime_left" ] && say "ok - nothing written to /tmp or the runtime dir but the display sockets" ||
  say "FAIL - files written: ${left//$'\n'/ } ${runtime_left//$'\n'/ }"

# Stop: SIGTERM to the program (systemd sends it to every process of the unit). cage then
# ends because its client ended. (cage 0.1.4 itself aborts on SIGTERM, an upstream bug:
# wl_display_terminate() is handed a bad pointer; so cage is not signalled here first.)
kill -TERM "$vv_pid" 2>/dev/null
for _ in $(seq 20); do [ -d "/proc/$vv_pid" ] || break; sleep 0.25; done
if [ -d "/proc/$vv_pid" ]; then say "FAIL - veiviser did not end within 5 s of SIGTERM"; kill -KILL "$vv_pid"; fi
for _ in $(seq 20); do kill -0 "$cage_pid" 2>/dev/null || break; sleep 0.25; done
if kill -0 "$cage_pid" 2>/dev/null; then
  say "FAIL - cage still running 5 s after its client ended"; kill -KILL "$cage_pid"
else
  wait "$cage_pid"; rc=$?
  if [ "$rc" -ge 128 ] && [ "$rc" -ne 143 ]; then say "FAIL - cage ended with signal $((rc - 128))"
  else say "ok - veiviser ended on SIGTERM and cage with it (exit status $rc)"; fi
fi
if grep -v wl_display_terminate "$out/kiosk.log" | grep -qiE 'segmentation fault|aborted|assert|core dumped|double free'; then
  say "FAIL - crash messages in the kiosk's output"
  grep -iE 'segmentation|abort|assert|core|double free' "$out/kiosk.log" | head -n 3 | sed 's/^/#   /'
else
  say "ok - no crash messages in the kiosk's output"
fi
exit 0
