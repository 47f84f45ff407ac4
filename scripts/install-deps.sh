#!/bin/sh
# Installs the Debian 12 packages Veiviser needs. Idempotent (asks dpkg first; apt only for
# what is missing). Runs apt-get as root (through sudo when started as another user).
#
#   scripts/install-deps.sh           everything every phase of scripts/test-all.sh uses:
#                                      build, ctest (GUI under Xvfb, exports read back, CUPS,
#                                      strace), ASan, the fuzzers (clang), the Debian package test
#   scripts/install-deps.sh --kiosk   only what building and running the kiosk needs
set -eu
# Build and run the kiosk (compiler, libraries, fonts, GL driver, printing through CUPS).
KIOSK="
  build-essential cmake pkg-config python3 ccache
  libimgui-dev libglfw3-dev libstb-dev python3-glad libfreetype-dev
  nlohmann-json3-dev libqrcodegencpp-dev libcairo2-dev libpango1.0-dev libcups2-dev
  fonts-noto-core libgl1-mesa-dri cups-client
"
# Everything scripts/test-all.sh runs, phase by phase:
TESTS="
  doctest-dev python3-jsonschema
  xvfb xauth x11-utils x11-apps
  strace
  cups cups-daemon cups-client cups-bsd python3-cups
  chromium zbar-tools poppler-utils
  tesseract-ocr tesseract-ocr-nor xdotool imagemagick
  time
"
#   ctest (ci + asan): doctest, JSON Schema check, Xvfb fixture (xvfb; xauth for xvfb-run),
#     privacy.strace (strace), export.print and the session printout (cupsd, lpadmin, lpstat,
#     python3-cups for the job attributes), export.outputs (chromium, zbarimg, pdftotext,
#     pdffonts, pdftoppm), screen read-back and real input (tesseract, xdotool, import),
#     scripts/bench-gui.sh (/usr/bin/time)
FUZZ="clang libclang-rt-14-dev"
#   fuzz: scripts/fuzz.sh (clang++ -fsanitize=fuzzer needs libclang-rt-14-dev)
DEB="dpkg-dev cage xwayland systemd desktop-file-utils adduser"
#   Debian package: scripts/test-deb.sh (cpack with dpkg-shlibdeps, dpkg-deb; the kiosk under
#     cage + Xwayland; xwd/xwininfo from x11-apps/x11-utils; systemd-analyze verify/security;
#     desktop-file-validate; the package's postinst uses adduser)

case "${1:-}" in
  --kiosk) PKGS=$KIOSK ;;
  "") PKGS="$KIOSK $TESTS $FUZZ $DEB" ;;
  *) echo "usage: scripts/install-deps.sh [--kiosk]" >&2; exit 2 ;;
esac
SUDO=""
[ "$(id -u)" -eq 0 ] || SUDO="sudo"
missing=""
for p in $PKGS; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing="$missing $p"
done
if [ -n "$missing" ]; then
  echo "install-deps: installing:$missing"
  $SUDO apt-get update -qq
  $SUDO env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq $missing
else
  echo "install-deps: everything is installed"
fi
