#!/usr/bin/env bash
# Check that installer/windows/showroom.nsi compiles, on Linux, against a dummy payload
# (a fake showroom-assistant.exe and _internal folder): catches script errors without a
# Windows machine. Needs makensis (Debian: apt-get install -y nsis).
#
#   installer/windows/check_nsis.sh            # version from showroom_app.__version__
#   VERSION=1.2.3 installer/windows/check_nsis.sh
set -euo pipefail

HERE="$(cd "$(dirname "$0")" && pwd)"
ROOT="$(cd "$HERE/../.." && pwd)"
command -v makensis >/dev/null || { echo "check_nsis.sh: makensis missing (apt-get install -y nsis)" >&2; exit 2; }
PYTHON="${PYTHON:-python3}"
VERSION="${VERSION:-$(cd "$ROOT" && "$PYTHON" -c 'import showroom_app; print(showroom_app.__version__)' 2>/dev/null \
  || sed -n 's/^__version__ = "\(.*\)"/\1/p' "$ROOT/showroom_app/__init__.py")}"

TMP="$(mktemp -d -t showroom-nsis.XXXXXX)"
trap 'rm -rf "$TMP"' EXIT
PAYLOAD="$TMP/showroom-assistant"
mkdir -p "$PAYLOAD/_internal/showroom_app/resources/icons"
printf 'MZ fake executable for the NSIS compile check\n' > "$PAYLOAD/showroom-assistant.exe"
printf 'MZ fake console executable\n' > "$PAYLOAD/showroom-assistant-console.exe"
printf 'fake\n' > "$PAYLOAD/_internal/python311.dll"
# the real icon when Qt is at hand (as in the real build), else the script's no-icon path
"$PYTHON" "$ROOT/installer/make_icons.py" \
  --ico "$PAYLOAD/_internal/showroom_app/resources/icons/showroom.ico" >/dev/null 2>&1 \
  || echo "check_nsis.sh: no Qt to render the icon; checking without it"

OUT="$TMP/showroom-assistant-$VERSION-setup.exe"
makensis -V2 -WX -DVERSION="$VERSION" -DSOURCE_DIR="$PAYLOAD" -DOUTFILE="$OUT" \
  "$HERE/showroom.nsi"
[ -s "$OUT" ] || { echo "check_nsis.sh: no installer written" >&2; exit 1; }
echo "check_nsis.sh: ok, showroom.nsi compiles (version $VERSION, $(du -h "$OUT" | cut -f1) test installer)"
