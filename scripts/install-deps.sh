#!/bin/sh
# Installs the Debian 12 packages Veiviser needs to build, run and test. Idempotent.
# Runs apt-get as root (through sudo when started as another user).
set -eu
PKGS="
  build-essential cmake pkg-config python3 clang libclang-rt-14-dev
  libimgui-dev libglfw3-dev libstb-dev python3-glad libfreetype-dev
  nlohmann-json3-dev doctest-dev python3-jsonschema
  fonts-noto-core
  libqrcodegencpp-dev libcairo2-dev libpango1.0-dev libcups2-dev
  xvfb xauth libgl1-mesa-dri
  zbar-tools poppler-utils chromium cups cups-client cups-bsd
  strace
"
SUDO=""
[ "$(id -u)" -eq 0 ] || SUDO="sudo"
missing=""
for p in $PKGS; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing="$missing $p"
done
if [ -n "$missing" ]; then
  echo "install-deps: installing:$missing"
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq $missing
fi
