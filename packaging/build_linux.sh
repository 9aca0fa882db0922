#!/usr/bin/env bash
# Build the Linux one-folder app (dist/neiqin/), start it with --smoke on a demo company
# (offscreen), report build time and size (more than 200 MB fails), then run the frozen-app tests
# (tests/integration/test_frozen_app.py) on it. .ci/run calls this after the test suite.
#
#     packaging/build_linux.sh
#
# Sets itself up like ./test: the venv with the `packaging` extra (PyInstaller) and binutils.
set -euo pipefail
source "$(dirname "$0")/../tools/bootstrap.sh"
system_packages binutils desktop-file-utils  # readelf and strip for the build; the .desktop check
ensure_venv "test,server,packaging"
cd "$ROOT"
LIMIT_MB=200

started=$SECONDS
"$VENV/bin/python" -m PyInstaller --noconfirm --log-level WARN --distpath dist --workpath build/pyinstaller \
  packaging/neiqin.spec
built=$((SECONDS - started))
APP="$ROOT/dist/neiqin/neiqin"

scratch="$(mktemp -d)"
trap 'rm -rf "$scratch"' EXIT
echo "== $("$APP" --version): smoke on a demo company (offscreen)"
started=$SECONDS
env QT_QPA_PLATFORM=offscreen NEIQIN_NO_AUTOBACKUP=1 HOME="$scratch" XDG_DATA_HOME="$scratch/data" \
  XDG_CONFIG_HOME="$scratch/config" XDG_STATE_HOME="$scratch/state" XDG_CACHE_HOME="$scratch/cache" \
  "$APP" --smoke --demo 2> >(grep -v "does not support propagateSizeHints" >&2)
smoked=$((SECONDS - started))

size_mb="$(du -s --apparent-size --block-size=1M dist/neiqin | cut -f1)"
files="$(find dist/neiqin -type f | wc -l)"
echo "frozen app: dist/neiqin ${size_mb} MB in ${files} files (limit ${LIMIT_MB} MB); build ${built} s, smoke ${smoked} s"
if [ "$size_mb" -gt "$LIMIT_MB" ]; then
  echo "dist/neiqin is ${size_mb} MB, more than ${LIMIT_MB} MB: see what grew with 'du -a dist/neiqin | sort -n | tail'" >&2
  exit 1
fi
NEIQIN_FROZEN_APP="$APP" "$VENV/bin/python" -m pytest tests/integration/test_frozen_app.py -q
