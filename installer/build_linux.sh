#!/usr/bin/env bash
# Build the Linux one-folder application and wrap it as a .deb and a .tar.gz.
#
#   installer/build_linux.sh                 # Python: $PYTHON, else the active venv's / python3
#   PYTHON=/path/to/venv/bin/python installer/build_linux.sh
#   OUT_DIR=/tmp/out installer/build_linux.sh
#   installer/build_linux.sh --fresh-venv    # build from a new venv: pip install . pyinstaller
#
# Output in $OUT_DIR (default: <project>/dist):
#   showroom-assistant/                            the one-folder application
#   showroom-assistant_<version>_<arch>.deb        installs into /opt/showroom-assistant,
#                                                  launcher /usr/bin/showroom, menu entry
#   showroom-assistant-<version>-linux-<arch>.tar.gz   the one-folder application
# Intermediate files go to a temporary folder ($WORK_DIR, removed afterwards unless given).
set -euo pipefail

ROOT="$(cd "$(dirname "$0")/.." && pwd)"
OUT_DIR="${OUT_DIR:-$ROOT/dist}"
FRESH_VENV=0
for arg in "$@"; do
  case "$arg" in
    --fresh-venv) FRESH_VENV=1 ;;
    -h|--help) sed -n '2,15p' "$0"; exit 0 ;;
    *) echo "build_linux.sh: unknown option $arg" >&2; exit 2 ;;
  esac
done

if [ -n "${WORK_DIR:-}" ]; then
  mkdir -p "$WORK_DIR"
else
  WORK_DIR="$(mktemp -d -t showroom-build.XXXXXX)"
  trap 'rm -rf "$WORK_DIR"' EXIT
fi

if [ "$FRESH_VENV" = 1 ]; then
  python3 -m venv "$WORK_DIR/venv"
  PYTHON="$WORK_DIR/venv/bin/python"
  "$PYTHON" -m pip install -q --upgrade pip
  "$PYTHON" -m pip install -q "$ROOT" pyinstaller
elif [ -z "${PYTHON:-}" ]; then
  if [ -n "${VIRTUAL_ENV:-}" ]; then PYTHON="$VIRTUAL_ENV/bin/python"; else PYTHON=python3; fi
fi
if ! "$PYTHON" -c "import PyInstaller" 2>/dev/null; then
  echo "build_linux.sh: PyInstaller is not installed for $PYTHON" >&2
  echo "  install it with: $PYTHON -m pip install pyinstaller   (or use --fresh-venv)" >&2
  exit 2
fi
for tool in dpkg-deb tar; do
  command -v "$tool" >/dev/null || { echo "build_linux.sh: $tool is missing" >&2; exit 2; }
done

cd "$ROOT"
APP_ID="$("$PYTHON" -c 'import showroom_app; print(showroom_app.APP_ID)')"
APP_NAME="$("$PYTHON" -c 'import showroom_app; print(showroom_app.APP_NAME)')"
VERSION="$("$PYTHON" -c 'import showroom_app; print(showroom_app.__version__)')"
ARCH="$(dpkg --print-architecture)"
echo "== $APP_NAME $VERSION ($ARCH) with $("$PYTHON" -c 'import sys; print(sys.executable)')"

echo "== compiling translations"
"$PYTHON" scripts/i18n.py build

echo "== PyInstaller (one folder)"
mkdir -p "$OUT_DIR"
rm -rf "${OUT_DIR:?}/$APP_ID"
t0=$(date +%s)
"$PYTHON" -m PyInstaller --noconfirm --clean --log-level WARN \
  --distpath "$OUT_DIR" --workpath "$WORK_DIR/pyinstaller" installer/showroom.spec
echo "   built in $(( $(date +%s) - t0 )) s: $OUT_DIR/$APP_ID ($(du -sh "$OUT_DIR/$APP_ID" | cut -f1))"

echo "== icons"
ICONS="$WORK_DIR/icons"
"$PYTHON" installer/make_icons.py --png "$ICONS/$APP_ID.png" --size 256

echo "== .deb"
PKG="$WORK_DIR/deb/${APP_ID}_${VERSION}_${ARCH}"
rm -rf "$PKG"
install -d "$PKG/DEBIAN" "$PKG/opt" "$PKG/usr/bin" "$PKG/usr/share/applications" \
  "$PKG/usr/share/icons/hicolor/256x256/apps" "$PKG/usr/share/icons/hicolor/scalable/apps" \
  "$PKG/usr/share/doc/$APP_ID"
cp -a "$OUT_DIR/$APP_ID" "$PKG/opt/$APP_ID"
chmod -R u+rwX,go+rX,go-w "$PKG/opt/$APP_ID"

cat > "$PKG/usr/bin/showroom" <<EOF
#!/bin/sh
# Showroom Assistant launcher (package $APP_ID $VERSION)
exec /opt/$APP_ID/$APP_ID "\$@"
EOF
chmod 0755 "$PKG/usr/bin/showroom"

install -m 0644 "$ICONS/$APP_ID.png" "$PKG/usr/share/icons/hicolor/256x256/apps/$APP_ID.png"
install -m 0644 showroom_app/resources/icons/showroom.svg \
  "$PKG/usr/share/icons/hicolor/scalable/apps/$APP_ID.svg"

cat > "$PKG/usr/share/applications/$APP_ID.desktop" <<EOF
[Desktop Entry]
Type=Application
Version=1.5
Name=$APP_NAME
Name[zh_TW]=展廳助手
Name[zh_CN]=展厅助手
GenericName=Showroom desk assistant
GenericName[zh_TW]=汽車展廳銷售助手
GenericName[zh_CN]=汽车展厅销售助手
Comment=Customer archive, sales process and follow-up reminders for car salespeople
Comment[zh_TW]=客戶檔案、銷售流程與回訪提醒
Comment[zh_CN]=客户档案、销售流程与回访提醒
Exec=showroom
TryExec=showroom
Icon=$APP_ID
Terminal=false
Categories=Office;
Keywords=customers;sales;cars;dealership;客戶;客户;銷售;销售;
StartupNotify=true
EOF
if command -v desktop-file-validate >/dev/null; then
  desktop-file-validate "$PKG/usr/share/applications/$APP_ID.desktop"
fi

cat > "$PKG/usr/share/doc/$APP_ID/copyright" <<EOF
$APP_NAME $VERSION — Copyright the Showroom Assistant team. All rights reserved.

Bundled third-party software keeps its own licence; the texts are installed with it:
  /opt/$APP_ID/_internal/showroom_app/resources/fonts/  WenQuanYi Micro Hei (Apache-2.0)
  /opt/$APP_ID/_internal/PySide6/                       Qt for Python and Qt (LGPL-3.0)
  Python (PSF-2.0), SQLAlchemy and Alembic (MIT), ReportLab (BSD), platformdirs (MIT),
  phonenumbers (Apache-2.0), OpenCC (Apache-2.0), Pillow (MIT-CMU).
Qt and PySide6 are dynamically linked shared libraries under /opt/$APP_ID/_internal and
may be replaced by compatible versions.
EOF
chmod 0644 "$PKG/usr/share/doc/$APP_ID/copyright"

INSTALLED_KB="$(du -sk --exclude=DEBIAN "$PKG" | cut -f1)"
# Qt's X11/Wayland platform plugins and the GL/font/D-Bus stack come from the system
# (installer/showroom.spec leaves them out of the bundle).
GLIBC="$(getconf GNU_LIBC_VERSION | awk '{print $2}')"  # the bundle needs the build's glibc
DEPENDS="libc6 (>= $GLIBC), libstdc++6, libgcc-s1, libegl1, libgl1, libxkbcommon0, \
libxkbcommon-x11-0, libfontconfig1, libfreetype6, libdbus-1-3, libx11-6, libx11-xcb1, \
libxcb1, libxcb-cursor0, libxcb-icccm4, libxcb-image0, libxcb-keysyms1, \
libxcb-render-util0, libxcb-xinerama0, libxcb-xkb1, libxcb-shape0, libxcb-randr0, \
libxcb-shm0, libxcb-sync1, libxcb-xfixes0, libxcb-render0, libxcb-util1, libxcb-glx0, \
libglib2.0-0, libwayland-client0, libwayland-cursor0, libwayland-egl1"
cat > "$PKG/DEBIAN/control" <<EOF
Package: $APP_ID
Version: $VERSION
Section: misc
Priority: optional
Architecture: $ARCH
Maintainer: Showroom Assistant team <showroom-assistant@example.com>
Installed-Size: $INSTALLED_KB
Depends: $DEPENDS
Recommends: xdg-utils
Description: $APP_NAME (展廳助手) — showroom desk assistant for car salespeople
 An offline desktop application for the salesperson at a small car dealership's
 showroom desk: customer archive, the eight-stage sales process, follow-up
 reminders and reports, in Traditional Chinese, Simplified Chinese and English.
 .
 Installed in /opt/$APP_ID; start it with "showroom" or from the
 Office menu. Each user's data lives in ~/.local/share/$APP_ID and
 is kept when the package is removed.
EOF

DEB="$OUT_DIR/${APP_ID}_${VERSION}_${ARCH}.deb"
dpkg-deb --root-owner-group -Zzstd --build "$PKG" "$DEB" >/dev/null
echo "   $DEB ($(du -h "$DEB" | cut -f1))"

echo "== .tar.gz"
TARBALL="$OUT_DIR/${APP_ID}-${VERSION}-linux-${ARCH}.tar.gz"
tar -C "$OUT_DIR" --owner=0 --group=0 -czf "$TARBALL" "$APP_ID"
echo "   $TARBALL ($(du -h "$TARBALL" | cut -f1))"
echo "== done: $OUT_DIR"
