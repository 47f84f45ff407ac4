#!/bin/bash
# Tests the Debian package end to end on this machine (Debian 12):
#   1. builds it: Release, prefix /usr, no tests, in build/deb; cpack -G DEB
#   2. checks its control data (Depends from dpkg-shlibdeps plus fonts-noto-core) and contents
#   3. installs it with apt-get (dependencies come from Debian) and checks the installed
#      program: --version, packs (from the installed content, never the source tree), check
#   4. checks the kiosk unit: systemd-analyze verify, the security score, the sandbox settings
#   5. starts the kiosk the way the unit does (tests/deploy/run-unit.sh: cage, the veiviser
#      system user, the unit's sandbox as far as it can be reproduced without systemd as PID 1),
#      on a fresh install and with the example configuration, and takes screenshots
#   6. checks the shipped printing guidance (docs/printing.md): a cupsd with the cupsd.conf lines
#      it gives keeps no job file and no job history (tests/deploy/cups_guidance.py)
#   7. removes the package and checks its files are gone
#   (3b. between them: a municipality's local pack made with new-pack, packaged with
#        scripts/build-local-pack-deb.sh and installed beside the national content)
# Host left as found: what existed before (the veiviser package, the system user veiviser,
# /etc/veiviser) is recorded first and restored on exit, also when interrupted; the last lines
# say what was changed and restored.
# Needs root (re-runs itself with sudo otherwise) and the tools scripts/install-deps.sh installs
# (cage, xwayland, x11-utils, x11-apps, strace, dpkg-dev, systemd, desktop-file-utils, cups);
# a missing one fails with that command. Safe to run twice. Screenshots and logs end up in
# build/deb/deploy-test/. VEIVISER_TEST_UNIT=FILE starts the kiosk from another unit file
# (to try a change to deploy/veiviser-kiosk.service before packaging it).
# The last line is "N passed, M failed"; the exit status is 1 on any failure.
set -u
if [ "$(id -u)" -ne 0 ]; then exec sudo -- "$0" "$@"; fi
cd "$(dirname "$0")/.." || exit 1
REPO=$(pwd -P)
BUILD=$REPO/build/deb
LOG=$BUILD/deploy-test
UNIT_NAME=veiviser-kiosk.service
MAX_EXPOSURE=${VEIVISER_MAX_EXPOSURE:-2.0}
export DEBIAN_FRONTEND=noninteractive LC_ALL=C.UTF-8
T0=$(date +%s)

pass=0 fail=0
ok() { pass=$((pass + 1)); echo "ok   - $*"; }
bad() { fail=$((fail + 1)); echo "FAIL - $*"; }
note() { echo "#      $*"; }
check() { local d=$1; shift; if "$@" >/dev/null 2>&1; then ok "$d"; else bad "$d"; fi; }
now() { date +%s; }
declare -A took
stage_start=$T0
section() { echo; echo "== $1"; stage_start=$(now); }
stage_end() { took[$1]=$(($(now) - stage_start)); }
timings() {
  echo
  echo "== timings"
  for s in build cpack package install cli local unit kiosk cups remove; do
    [ -n "${took[$s]:-}" ] && printf '#      %-8s %4d s\n' "$s" "${took[$s]}"
  done
  printf '#      %-8s %4d s\n' total $(($(now) - T0))
}
# The host is restored before the summary, so "N passed, M failed" stays the last line.
finish() { cleanup; timings; echo "$pass passed, $fail failed"; [ "$fail" -eq 0 ]; exit $?; }

# ---- the host as found: restored on exit ------------------------------------------------
HAD_USER=no HAD_GROUP=no HAD_PKG=""
getent passwd veiviser >/dev/null && HAD_USER=yes
getent group veiviser >/dev/null && HAD_GROUP=yes
if dpkg-query -W -f='${Status}' veiviser 2>/dev/null | grep -q "install ok installed"; then
  HAD_PKG=$(dpkg-query -W -f='${Version}' veiviser)
fi
restore_host() {
  echo
  echo "== host: restoring what this test changed"
  if dpkg-query -W -f='${Status}' veiviser-local-eksempelvik 2>/dev/null | grep -q "install ok installed\|config-files"; then
    apt-get purge -y -qq veiviser-local-eksempelvik >/dev/null 2>&1 && echo "#      purged the test's local pack package"
  fi
  if dpkg-query -W -f='${Status}' veiviser 2>/dev/null | grep -q "install ok installed"; then
    apt-get remove -y -qq veiviser >/dev/null 2>&1 && echo "#      removed the test's install of the package veiviser"
  fi
  if [ -n "$HAD_PKG" ]; then
    echo "#      NOTE: veiviser $HAD_PKG was installed before this test and has been removed;"
    echo "#            reinstall it with: apt-get install ./veiviser_${HAD_PKG}_*.deb (or your usual source)"
  fi
  if [ "$HAD_USER" = no ] && getent passwd veiviser >/dev/null; then
    deluser --system --quiet veiviser >/dev/null 2>&1 && echo "#      removed the system user veiviser (created by the package's postinst)" ||
      echo "#      NOTE: could not remove the system user veiviser: deluser --system veiviser"
  fi
  if [ "$HAD_GROUP" = no ] && getent group veiviser >/dev/null; then
    delgroup --system --quiet veiviser >/dev/null 2>&1 && echo "#      removed the group veiviser"
  fi
  [ "$HAD_USER" = yes ] && echo "#      the system user veiviser existed before and stays"
  if [ -n "$ETC_BACKUP" ]; then echo "#      /etc/veiviser was moved aside during the test and is back in place"
  elif [ ! -e /etc/veiviser ]; then echo "#      /etc/veiviser: none before, none now"; fi
}

# ---- cleanup (also on interruption): only what this script created --------------------
OUTS=() ETC_CREATED=() ETC_BACKUP=""
cleanup() {
  [ -n "${CLEANED:-}" ] && return
  CLEANED=1
  for o in "${OUTS[@]}"; do
    if [ -f "$o/created-dirs" ]; then while read -r d; do rmdir "$d" 2>/dev/null; done <"$o/created-dirs"; fi
    rm -rf "$o"
  done
  for f in "${ETC_CREATED[@]}"; do rm -f "$f"; done
  [ -d /etc/veiviser ] && [ -z "$(ls -A /etc/veiviser)" ] && [ -z "$ETC_BACKUP" ] && rmdir /etc/veiviser
  if [ -n "$ETC_BACKUP" ]; then rm -rf /etc/veiviser && mv "$ETC_BACKUP" /etc/veiviser; fi
  restore_host
}
trap cleanup EXIT
trap 'echo "interrupted"; exit 130' INT TERM

mkdir -p "$LOG" && rm -f "$LOG"/*

# ---- 0. tools, and no earlier install -------------------------------------------------
need=""
for p in cage xwayland x11-utils x11-apps strace dpkg-dev cmake systemd desktop-file-utils cups-daemon cups-client adduser; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || need="$need $p"
done
if [ -n "$need" ]; then
  bad "missing tools:$need: run scripts/install-deps.sh (or: apt-get install$need)"; finish
fi
if [ -n "$HAD_PKG" ]; then
  echo "test-deb: removing an earlier install of veiviser $HAD_PKG (noted again at the end)"
  apt-get remove -y -qq veiviser >"$LOG/preclean.log" 2>&1
fi

# ---- 1. build and package -------------------------------------------------------------
section "build (Release, prefix /usr, in build/deb)"
if cmake -S "$REPO" -B "$BUILD" -DCMAKE_BUILD_TYPE=Release -DCMAKE_INSTALL_PREFIX=/usr -DVEIVISER_TESTS=OFF \
  >"$LOG/configure.log" 2>&1 && cmake --build "$BUILD" -j2 >"$LOG/build.log" 2>&1; then
  ok "configured and built build/deb/veiviser"
else
  bad "build failed (see $LOG/configure.log, $LOG/build.log)"; tail -n 20 "$LOG/build.log"; stage_end build; finish
fi
stage_end build

section "cpack -G DEB"
rm -f "$BUILD"/veiviser_*.deb
if (cd "$BUILD" && cpack -G DEB) >"$LOG/cpack.log" 2>&1; then ok "cpack -G DEB"; else
  bad "cpack failed (see $LOG/cpack.log)"; grep -iE 'error' "$LOG/cpack.log" | head -n 5; stage_end cpack; finish
fi
stage_end cpack
debs=("$BUILD"/veiviser_*.deb)
[ "${#debs[@]}" -eq 1 ] && [ -f "${debs[0]}" ] || { bad "expected one build/deb/veiviser_*.deb, found: ${debs[*]}"; finish; }
DEB=${debs[0]}
note "$(basename "$DEB"): $(stat -c %s "$DEB") bytes"

# ---- 2. the package -------------------------------------------------------------------
section "package metadata and contents"
dpkg-deb -I "$DEB" >"$LOG/info.txt"
dpkg-deb -c "$DEB" >"$LOG/contents.txt"
VERSION=$(dpkg-deb -f "$DEB" Version)
DEPENDS=$(dpkg-deb -f "$DEB" Depends)
note "Version: $VERSION"
note "Depends: $DEPENDS"
note "Recommends: $(dpkg-deb -f "$DEB" Recommends)"
has_dep() { echo "$DEPENDS" | tr ',|' '\n\n' | sed 's/([^)]*)//; s/^ *//; s/ *$//' | grep -qxF "$1"; }
for p in fonts-noto-core libgl1-mesa-dri adduser; do check "Depends lists $p" has_dep "$p"; done
# Every shared library the program links must come from a package in Depends (dpkg-shlibdeps).
pkg_of() {  # the Debian package that ships a library file
  local f=$1 c r
  for c in "$f" "$(readlink -f "$f")" "/usr${f#/usr}" "${f#/usr}"; do
    r=$(dpkg-query -S "$c" 2>/dev/null | head -n 1 | cut -d: -f1 | cut -d, -f1)
    [ -n "$r" ] && { echo "$r"; return 0; }
  done
  return 1
}
missing_libs="" lib_pkgs=""
for so in $(objdump -p "$BUILD/veiviser" | awk '$1 == "NEEDED" {print $2}'); do
  path=$(ldd "$BUILD/veiviser" | awk -v s="$so" '$1 == s {print $3}')
  pkg=$(pkg_of "$path") || { missing_libs="$missing_libs $so(no package)"; continue; }
  lib_pkgs="$lib_pkgs $pkg"
  has_dep "$pkg" || missing_libs="$missing_libs $so($pkg)"
done
if [ -z "$missing_libs" ]; then ok "Depends covers every linked library:$(echo "$lib_pkgs" | tr ' ' '\n' | sort -u | tr '\n' ' ')"
else bad "Depends misses linked libraries:$missing_libs"; fi

listed() { awk '{print $6}' "$LOG/contents.txt" | sed 's|^\./|/|; s|/$||' | grep -qxF "$1"; }
mode_of() { awk -v p="./${1#/}" '$6 == p {print $1, $2}' "$LOG/contents.txt"; }
check "contains /usr/bin/veiviser" listed /usr/bin/veiviser
[ "$(mode_of /usr/bin/veiviser)" = "-rwxr-xr-x root/root" ] && ok "/usr/bin/veiviser is -rwxr-xr-x root/root" ||
  bad "/usr/bin/veiviser is $(mode_of /usr/bin/veiviser)"
check "contains the .desktop file" listed /usr/share/applications/veiviser.desktop
check "contains the icon" listed /usr/share/icons/hicolor/scalable/apps/veiviser.svg
if listed /lib/systemd/system/$UNIT_NAME || listed /usr/lib/systemd/system/$UNIT_NAME; then ok "contains the systemd unit $UNIT_NAME"
else bad "no systemd unit $UNIT_NAME in /lib/systemd/system or /usr/lib/systemd/system"; fi
check "contains the example configuration (doc)" listed /usr/share/doc/veiviser/veiviser.example.json
# The whole content tree, file for file.
(cd "$REPO/content" && find . -type f | sed 's|^\.|/usr/share/veiviser/content|' | sort) >"$LOG/content-expected.txt"
awk '$1 ~ /^-/ {print $6}' "$LOG/contents.txt" | sed 's|^\./|/|' | grep '^/usr/share/veiviser/content/' | sort >"$LOG/content-packaged.txt"
npacks=$(ls "$REPO"/content/packs/*.json | wc -l)
if diff -q "$LOG/content-expected.txt" "$LOG/content-packaged.txt" >/dev/null; then
  ok "contains the content tree under /usr/share/veiviser/content ($(wc -l <"$LOG/content-packaged.txt") files, $npacks packs)"
else
  bad "packaged content differs from content/:"; diff "$LOG/content-expected.txt" "$LOG/content-packaged.txt" | head -n 8
fi
outside=$(awk '{print $6}' "$LOG/contents.txt" | sed 's|^\./|/|' | grep -vE '^/$|^/usr(/|$)|^/lib(/|$)' | head -n 3)
[ -z "$outside" ] && ok "installs only under /usr and /lib (no /etc, nothing from the build tree)" || bad "installs outside /usr and /lib: $outside"
ctrl_mode=$(dpkg-deb --ctrl-tarfile "$DEB" | tar -tvf - 2>/dev/null | awk '$6 == "./postinst" {print $1}')
[ "$ctrl_mode" = "-rwxr-xr-x" ] && ok "postinst is in the control archive, executable" || bad "postinst missing or mode '$ctrl_mode'"
tmpd=$(mktemp -d); dpkg-deb -x "$DEB" "$tmpd"
check "desktop-file-validate accepts the .desktop file" desktop-file-validate "$tmpd/usr/share/applications/veiviser.desktop"
rm -rf "$tmpd"
stage_end package

# ---- 3. install and the installed program ---------------------------------------------
section "apt-get install -y ./build/deb/$(basename "$DEB")"
if apt-get install -y "./build/deb/$(basename "$DEB")" >"$LOG/install.log" 2>&1; then ok "apt-get install (dependencies from Debian)"
else bad "apt-get install failed (see $LOG/install.log)"; tail -n 10 "$LOG/install.log"; stage_end install; finish; fi
status=$(dpkg-query -W -f='${Status} ${Version}' veiviser 2>/dev/null)
[ "$status" = "install ok installed $VERSION" ] && ok "dpkg: $status" || bad "dpkg status: '$status'"
if pw=$(getent passwd veiviser); then
  IFS=: read -r _ _ vuid _ _ vhome vshell <<<"$pw"
  [ "$vuid" -lt 1000 ] && [ "$vshell" = /usr/sbin/nologin ] && [ ! -e "$vhome" ] &&
    ok "postinst created the system user veiviser (uid $vuid, no home, nologin; groups: $(id -nG veiviser))" ||
    bad "user veiviser: uid $vuid, home $vhome, shell $vshell"
else
  bad "postinst did not create the user veiviser"
fi
for f in /usr/bin/veiviser /usr/share/veiviser/content/packs /usr/share/applications/veiviser.desktop \
  /usr/share/icons/hicolor/scalable/apps/veiviser.svg /lib/systemd/system/$UNIT_NAME; do
  [ -e "$f" ] || bad "not installed: $f"
done
stage_end install

section "the installed program (from /, VEIVISER_CONTENT unset)"
vv() { (cd / && env -u VEIVISER_CONTENT /usr/bin/veiviser "$@"); }
v=$(vv --version 2>&1)
[[ "$v" == "veiviser $VERSION"* ]] && ok "veiviser --version: $v" || bad "veiviser --version: '$v'"
packs_out=$(cd / && env -u VEIVISER_CONTENT strace -f -qq -e trace=%file -o "$LOG/packs.strace" /usr/bin/veiviser packs 2>&1); rc=$?
n=$(printf '%s\n' "$packs_out" | grep -c .)
[ "$rc" -eq 0 ] && [ "$n" -eq "$npacks" ] && ok "veiviser packs: $n lines" || bad "veiviser packs: exit $rc, $n lines (want $npacks)"
opened=$(grep -cE 'open.*"/usr/share/veiviser/content/packs/[^"]*\.json"' "$LOG/packs.strace")
[ "$opened" -ge "$npacks" ] && ok "veiviser packs read the installed packs ($opened opens under /usr/share/veiviser/content/packs)" ||
  bad "veiviser packs did not read /usr/share/veiviser/content/packs ($opened opens)"
src_hits=$(grep -F "\"$REPO/" "$LOG/packs.strace" | head -n 2)
if [ -z "$src_hits" ]; then ok "veiviser packs did not touch the source tree ($REPO)"
else bad "the installed program looks in the source tree first:"; echo "$src_hits" | sed 's/^/#        /'; fi
# And with the source tree out of reach, as on a kiosk.
# (In a chroot "/" is no mount point and its propagation cannot be changed: leave it there.)
prop=private
mountpoint -q / || prop=unchanged
hidden=$(unshare -m --propagation "$prop" sh -c 'mount -t tmpfs -o ro,mode=000,size=4k tmpfs "$1" && cd / && exec env -u VEIVISER_CONTENT /usr/bin/veiviser packs' \
  sh "$REPO" 2>&1); rc=$?
n=$(printf '%s\n' "$hidden" | grep -c .)
[ "$rc" -eq 0 ] && [ "$n" -eq "$npacks" ] && ok "veiviser packs with the source tree unreachable: $n lines" ||
  bad "veiviser packs with the source tree unreachable: exit $rc, $n lines"
chk=$(vv check /usr/share/veiviser/content 2>&1); rc=$?
[ "$rc" -eq 0 ] && ok "veiviser check /usr/share/veiviser/content: $(echo "$chk" | head -n 1 | cut -c1-60)..." ||
  { bad "veiviser check /usr/share/veiviser/content: exit $rc"; echo "$chk" | tail -n 5; }
stage_end cli

# ---- 3b. a municipality's own pack beside the installed national content -------------------
section "a local pack: new-pack, filled in, packaged with scripts/build-local-pack-deb.sh, installed"
LOCAL=$(mktemp -d) && OUTS+=("$LOCAL")
mkdir -p "$LOCAL/eksempelvik/packs"
if vv new-pack --id eksempelvik --model levels --out "$LOCAL/eksempelvik/packs/eksempelvik.json" >/dev/null; then
  sed -i -e 's/"laws_checked": "[^"]*"/"laws_checked": "2026-12-01"/' \
         -e 's/"file": "[^"]*"/"file": "Rutine ved bekymring 2026.pdf"/' -e 's/FYLL INN: //' \
         "$LOCAL/eksempelvik/packs/eksempelvik.json"
  ldeb=$("$REPO/scripts/build-local-pack-deb.sh" "$LOCAL/eksempelvik" --version 1.0 --out "$LOCAL" \
         --veiviser /usr/bin/veiviser 2>"$LOG/local-deb.log")
  if [ -n "$ldeb" ] && apt-get install -y "$ldeb" >"$LOG/local-install.log" 2>&1; then
    ok "the local pack's package installs into /etc/veiviser/local"
    lp=$(vv packs 2>&1)
    echo "$lp" | grep -q "^eksempelvik" && ok "the installed kiosk lists the local pack beside the national ones" ||
      bad "veiviser packs does not list the local pack: $lp"
    [ "$(echo "$lp" | wc -l)" -eq $((npacks + 1)) ] && ok "national packs still there ($npacks + 1)" || bad "veiviser packs: $(echo "$lp" | wc -l) lines"
    out=$(vv run --pack eksempelvik --answer role=skole --answer acute=no --answer serious=yes --answer age=12 --format json)
    echo "$out" | grep -q '"stage": "report"' && echo "$out" | grep -q 'opplæringslova' &&
      ok "the local pack's report outcome carries the installed national law references" ||
      bad "veiviser run on the local pack: $(echo "$out" | head -c 300)"
    apt-get purge -y veiviser-local-eksempelvik >"$LOG/local-remove.log" 2>&1 && [ ! -e /etc/veiviser/local/packs/eksempelvik.json ] &&
      ok "the local pack's package purges cleanly" || bad "purging the local pack's package failed (see $LOG/local-remove.log)"
  else
    bad "building or installing the local pack's package failed (see $LOG/local-deb.log, $LOG/local-install.log)"
  fi
else
  bad "veiviser new-pack failed"
fi
stage_end local

# ---- 4. the unit ----------------------------------------------------------------------
section "the kiosk unit"
UNIT=/lib/systemd/system/$UNIT_NAME
ukey() { sed -n "s/^[[:space:]]*$1=//p" "$UNIT" | tail -n 1; }
verify=$(cd / && systemd-analyze verify "$UNIT" 2>&1); rc=$?
if [ "$rc" -eq 0 ] && [ -z "$verify" ]; then ok "systemd-analyze verify: no complaints"
elif [ "$rc" -eq 0 ]; then ok "systemd-analyze verify passed"; echo "$verify" | sed 's/^/#        /'
else bad "systemd-analyze verify: exit $rc"; echo "$verify" | head -n 8 | sed 's/^/#        /'; fi
systemd-analyze security --offline=yes "$UNIT" >"$LOG/security.txt" 2>&1
score_line=$(grep -o 'Overall exposure level.*' "$LOG/security.txt")
score=$(echo "$score_line" | grep -oE '[0-9]+\.[0-9]+' | head -n 1)
if [ -n "$score" ] && awk -v s="$score" -v m="$MAX_EXPOSURE" 'BEGIN {exit !(s <= m)}'; then
  ok "systemd-analyze security --offline=yes: $score_line"
else
  bad "systemd-analyze security: '${score_line:-no score}' (want <= $MAX_EXPOSURE)"
fi
[ "$(ukey Restart)" = always ] && ok "Restart=always" || bad "Restart=$(ukey Restart)"
[ "$(ukey ProtectSystem)" = strict ] && ok "ProtectSystem=strict" || bad "ProtectSystem=$(ukey ProtectSystem)"
case "$(ukey ProtectHome)" in yes | true | tmpfs) ok "ProtectHome=$(ukey ProtectHome)" ;; *) bad "ProtectHome=$(ukey ProtectHome)" ;; esac
[ "$(ukey PrivateTmp)" = yes ] && ok "PrivateTmp=yes" || bad "PrivateTmp=$(ukey PrivateTmp)"
raf=$(ukey RestrictAddressFamilies)
if [ -n "$raf" ] && [[ "$raf" != ~* ]] && ! echo "$raf" | grep -qE 'AF_INET|AF_PACKET'; then ok "RestrictAddressFamilies=$raf (no network families)"
else bad "RestrictAddressFamilies='$raf'"; fi
for w in $(ukey ExecStart); do
  case "$w" in */bin/*) [ -x "$w" ] && ok "ExecStart program $w is installed" || bad "ExecStart program $w is missing" ;; esac
done
stage_end unit

# ---- 5. the kiosk, started the way the unit starts it ---------------------------------
section "the kiosk under cage, as the unit runs it"
RUN_UNIT=${VEIVISER_TEST_UNIT:-$UNIT}
[ "$RUN_UNIT" != "$UNIT" ] && note "using VEIVISER_TEST_UNIT=$RUN_UNIT instead of the installed unit"
run_unit() {  # run_unit LABEL MODE [SECONDS]: counts run-unit.sh's ok/FAIL lines
  local label=$1 mode=$2 secs=${3:-8} out line
  out=$(mktemp -d /run/veiviser-deb-test.XXXXXX); OUTS+=("$out")
  timeout 180 "$REPO/tests/deploy/run-unit.sh" "$mode" "$RUN_UNIT" "$out" "$REPO" "$secs" >"$out/result.txt" 2>"$out/stderr.txt"
  while IFS= read -r line; do
    case "$line" in
      "ok - "*) ok "$label: ${line#ok - }" ;;
      "FAIL - "*) bad "$label: ${line#FAIL - }" ;;
      *) echo "#      ${line#\# }" ;;
    esac
  done <"$out/result.txt"
  grep -qE '^(ok|FAIL) - ' "$out/result.txt" || { bad "$label: run-unit.sh reported nothing"; tail -n 5 "$out/stderr.txt"; }
  for f in "$out"/*.log "$out"/xwininfo.txt; do [ -f "$f" ] && cp "$f" "$LOG/$label-$(basename "$f")"; done
  local img="" png="$LOG/$label.png"
  if [ -f "$out/kiosk.xwd" ]; then python3 "$REPO/tests/deploy/image_check.py" topng "$out/kiosk.xwd" "$png" && img=$png
  elif [ -f "$out/screenshot.png" ]; then cp "$out/screenshot.png" "$png" && img=$png; fi
  if [ -n "$img" ]; then
    local st; st=$(python3 "$REPO/tests/deploy/image_check.py" stats "$img")
    [ $? -eq 0 ] && ok "$label: screenshot is not trivial ($st; build/deb/deploy-test/$label.png)" || bad "$label: screenshot looks empty ($st)"
  else
    bad "$label: no screenshot"
  fi
}
# The configuration is never written by the program or the package; keep any real one aside.
if [ -e /etc/veiviser ]; then ETC_BACKUP=$(mktemp -d /etc/veiviser.test-deb-backup.XXXXXX) && rmdir "$ETC_BACKUP" && mv /etc/veiviser "$ETC_BACKUP"; fi
note "fresh install: no /etc/veiviser/config.json"
run_unit kiosk-fresh kiosk 8
note "with /etc/veiviser/config.json from the example and /etc/veiviser/contacts.json"
mkdir -p /etc/veiviser
cp /usr/share/doc/veiviser/veiviser.example.json /etc/veiviser/config.json && ETC_CREATED+=(/etc/veiviser/config.json)
cp /usr/share/veiviser/content/local/contacts.json /etc/veiviser/contacts.json && ETC_CREATED+=(/etc/veiviser/contacts.json)
chmod 0644 /etc/veiviser/config.json /etc/veiviser/contacts.json
run_unit kiosk-config kiosk 8
run_unit screenshot screenshot
stage_end kiosk

# ---- 6. the shipped printing guidance ---------------------------------------------------
section "kiosk CUPS settings from the shipped guidance (/usr/share/doc/veiviser/printing.md)"
while IFS= read -r line; do
  case "$line" in "ok - "*) ok "${line#ok - }" ;; "FAIL - "*) bad "${line#FAIL - }" ;; *) note "$line" ;; esac
done < <(timeout 120 python3 "$REPO/tests/deploy/cups_guidance.py" /usr/share/doc/veiviser/printing.md 2>&1 ||
  echo "FAIL - tests/deploy/cups_guidance.py exited $?")
stage_end cups

# ---- 7. remove --------------------------------------------------------------------------
section "apt-get remove -y veiviser"
if apt-get remove -y veiviser >"$LOG/remove.log" 2>&1; then ok "apt-get remove"; else bad "apt-get remove failed (see $LOG/remove.log)"; fi
st=$(dpkg-query -W -f='${Status}' veiviser 2>/dev/null)
case "$st" in "" | *not-installed* | *config-files*) ok "dpkg: veiviser no longer installed${st:+ ($st)}" ;; *) bad "dpkg status after remove: $st" ;; esac
left=""
for f in /usr/bin/veiviser /usr/share/veiviser /usr/share/applications/veiviser.desktop \
  /usr/share/icons/hicolor/scalable/apps/veiviser.svg /lib/systemd/system/$UNIT_NAME /usr/share/doc/veiviser; do
  [ -e "$f" ] && left="$left $f"
done
[ -z "$left" ] && ok "the package's files are gone" || bad "left after remove:$left"
stage_end remove

finish
