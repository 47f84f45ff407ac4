#!/usr/bin/env bash
# Renders the README's screenshots (assets/screenshots/*.png, 1280x800) with the kiosk's own
# --screenshot, on a private Xvfb. Usage: scripts/readme-screenshots.sh [VEIVISER]
# (default build/ci/veiviser). Look at the PNGs before committing them.
set -euo pipefail
ROOT=$(cd "$(dirname "$0")/.." && pwd)
VV=${1:-$ROOT/build/ci/veiviser}
OUT=$ROOT/assets/screenshots
command -v Xvfb >/dev/null || { echo "needs Xvfb (apt-get install xvfb)"; exit 2; }
DNUM=$((500 + RANDOM % 400))
Xvfb :$DNUM -screen 0 1920x1080x24 -nolisten tcp >/dev/null 2>&1 &
XPID=$!
trap 'kill $XPID 2>/dev/null || true' EXIT
export DISPLAY=:$DNUM MESA_SHADER_CACHE_DISABLE=true
sleep 1
shot() { local name=$1; shift; "$VV" --size 1280x800 --screenshot "$OUT/$name.png" "$@"; echo "$OUT/$name.png"; }
REPORT=(--pack stor-elvdal --answer role=skole --answer acute=no --answer serious=yes --answer age=13)
LEVEL2=(--pack sarpsborg --answer role=barnehage --answer acute=no --answer serious=no --answer age=4
        --answer stage=own_service --answer helped=no --answer consent=yes)
shot start
shot question-help --pack jevnaker --answer role=helse --help-open
shot acute --pack sarpsborg --answer role=skole --answer acute=yes
shot outcome-takeaway "${REPORT[@]}"
shot outcome-qr "${LEVEL2[@]}" --scroll 700
shot reference-compare --mode reference --compare sarpsborg,stor-elvdal --stage level2
shot training --mode training --vignette 0 --answer role=skole --answer acute=no --answer serious=yes --answer age=10
