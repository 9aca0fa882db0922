#!/usr/bin/env bash
# The macOS app and its disk image, on a Mac (macOS 11 or newer, Python 3.11+):
#
#     packaging/macos/make_dmg.sh
#
# 1. the venv with the `packaging` extra (PyInstaller), as ./test sets it up;
# 2. dist/Neiqin.app (BUNDLE in packaging/neiqin.spec: icon, Info.plist with the bundle id
#    app.neiqin.neiqin, the version from pyproject.toml, 内勤/內勤 as the name shown in Finder);
# 3. its --smoke on a demo company (offscreen): window, order confirmation PDF, xlsx, exit 0;
# 4. dist/Neiqin-<version>.dmg: the app and a link to /Applications, compressed (UDZO).
# PyInstaller signs the bundle ad hoc; signing with a Developer ID and notarising are in
# packaging/README.md.
set -euo pipefail
[ "$(uname -s)" = "Darwin" ] || { echo "make_dmg.sh needs macOS (hdiutil)" >&2; exit 2; }
source "$(dirname "$0")/../../tools/bootstrap.sh"
ensure_venv "test,packaging"
cd "$ROOT"

"$VENV/bin/python" -m PyInstaller --noconfirm --log-level WARN --distpath dist --workpath build/pyinstaller \
  packaging/neiqin.spec
APP="dist/Neiqin.app"
QT_QPA_PLATFORM=offscreen NEIQIN_NO_AUTOBACKUP=1 "$APP/Contents/MacOS/neiqin" --smoke --demo
echo "$APP: $(du -sm "$APP" | cut -f1) MB"

version="$("$VENV/bin/python" packaging/build_info.py version)"
stage="$(mktemp -d)"
trap 'rm -rf "$stage"' EXIT
cp -R "$APP" "$stage/"
ln -s /Applications "$stage/Applications"
dmg="dist/Neiqin-$version.dmg"
rm -f "$dmg"
hdiutil create -volname "Neiqin $version" -srcfolder "$stage" -fs HFS+ -format UDZO -ov "$dmg"
hdiutil verify "$dmg"
echo "$dmg: $(du -sm "$dmg" | cut -f1) MB"
