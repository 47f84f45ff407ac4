#!/bin/bash
# Builds a small Debian package of a municipality's local Veiviser directory, so a fleet of
# kiosks is updated through the municipality's own apt repository (no network needed here):
#   scripts/build-local-pack-deb.sh DIR [--name NAME] [--version VERSION] [--out OUTDIR] [--veiviser BIN]
# DIR holds packs/*.json and optionally contacts.json and training/vignettes.json. The package
# (default name veiviser-local-<municipality>, from the directory name) installs them into
# /etc/veiviser/local/, which the kiosk loads beside the installed national content, and
# depends on veiviser, so an upgrade of the national content keeps reaching the local pack.
# Before packing, `veiviser check --local-dir DIR` must pass (use --veiviser to name the
# program; default: veiviser on PATH, or the build tree's). Prints the path of the .deb.
set -eu
usage() { sed -n '2,11p' "$0" | sed 's/^# \{0,1\}//'; exit 2; }
[ $# -ge 1 ] || usage
DIR=$1; shift
NAME="" VERSION="" OUT="." BIN=""
while [ $# -gt 0 ]; do
  case $1 in
    --name) NAME=$2; shift 2 ;;
    --version) VERSION=$2; shift 2 ;;
    --out) OUT=$2; shift 2 ;;
    --veiviser) BIN=$2; shift 2 ;;
    *) usage ;;
  esac
done
[ -d "$DIR/packs" ] || { echo "build-local-pack-deb: $DIR/packs is missing" >&2; exit 2; }
ls "$DIR"/packs/*.json >/dev/null 2>&1 || { echo "build-local-pack-deb: no packs in $DIR/packs" >&2; exit 2; }
SLUG=$(basename "$(cd "$DIR" && pwd -P)" | tr 'A-Z' 'a-z' | tr -c 'a-z0-9\n' '-' | sed 's/^-*//; s/-*$//')
NAME=${NAME:-veiviser-local-$SLUG}
VERSION=${VERSION:-$(date -u +%Y.%m.%d.%H%M)}
if [ -z "$BIN" ]; then
  BIN=$(command -v veiviser || true)
  [ -n "$BIN" ] || BIN="$(dirname "$0")/../build/dev/veiviser"
fi
echo "checking $DIR with $BIN" >&2
"$BIN" check --local-dir "$DIR" >&2 || { echo "build-local-pack-deb: veiviser check failed; nothing built" >&2; exit 1; }

STAGE=$(mktemp -d)
trap 'rm -rf "$STAGE"' EXIT
chmod 0755 "$STAGE"
install -d "$STAGE/DEBIAN" "$STAGE/etc/veiviser/local/packs"
install -m 0644 "$DIR"/packs/*.json "$STAGE/etc/veiviser/local/packs/"
[ -f "$DIR/contacts.json" ] && install -m 0644 "$DIR/contacts.json" "$STAGE/etc/veiviser/local/contacts.json"
if [ -f "$DIR/training/vignettes.json" ]; then
  install -d "$STAGE/etc/veiviser/local/training"
  install -m 0644 "$DIR/training/vignettes.json" "$STAGE/etc/veiviser/local/training/vignettes.json"
fi
# Files under /etc are conffiles: a local edit on one kiosk is not silently overwritten.
(cd "$STAGE" && find etc -type f | sed 's|^|/|' | sort) > "$STAGE/DEBIAN/conffiles"
cat > "$STAGE/DEBIAN/control" <<CONTROL
Package: $NAME
Version: $VERSION
Architecture: all
Maintainer: ${DEBFULLNAME:-Kommunen} <${DEBEMAIL:-postmottak@kommune.invalid}>
Depends: veiviser
Section: misc
Priority: optional
Description: Veiviser: the municipality's own procedure ($SLUG)
 Local content packs, contacts and training cases for Veiviser, installed into
 /etc/veiviser/local/ and loaded beside the national content.
CONTROL
mkdir -p "$OUT"
DEB="$OUT/${NAME}_${VERSION}_all.deb"
dpkg-deb --root-owner-group --build "$STAGE" "$DEB" >&2
echo "$DEB"
