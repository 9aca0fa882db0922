#!/usr/bin/env sh
# Put Neiqin in the desktop's application menu for the current user: run it from the unpacked
# neiqin/ folder (it stays where it is). The user's data lives in ~/.local/share/neiqin and is not
# touched; `./install.sh --remove` takes the menu entry and icons away again.
set -eu
HERE="$(cd "$(dirname "$0")" && pwd)"
DATA="${XDG_DATA_HOME:-$HOME/.local/share}"
APPS="$DATA/applications"
ICONS="$DATA/icons/hicolor"
if [ "${1:-}" = "--remove" ]; then
  rm -f "$APPS/neiqin.desktop"
  for size in 16 24 32 48 64 128 256 512; do rm -f "$ICONS/${size}x${size}/apps/neiqin.png"; done
  echo "Neiqin removed from the application menu (the program folder and your data are kept)."
  exit 0
fi
mkdir -p "$APPS"
for png in "$HERE"/_internal/neiqin/_data/resources/icons/neiqin-*.png; do
  size="$(basename "$png" .png)"; size="${size#neiqin-}"
  mkdir -p "$ICONS/${size}x${size}/apps"
  cp "$png" "$ICONS/${size}x${size}/apps/neiqin.png"
done
escaped="$(printf '%s' "$HERE" | sed 's/[&|\\]/\\&/g')"
sed -e "s|^Exec=neiqin$|Exec=\"$escaped/neiqin\"|" -e "s|^TryExec=neiqin$|TryExec=$escaped/neiqin|" \
  "$HERE/neiqin.desktop" > "$APPS/neiqin.desktop"
chmod 644 "$APPS/neiqin.desktop"
command -v update-desktop-database >/dev/null 2>&1 && update-desktop-database -q "$APPS" || true
command -v gtk-update-icon-cache >/dev/null 2>&1 && gtk-update-icon-cache -q -t "$ICONS" 2>/dev/null || true
echo "Neiqin (内勤) is in the application menu: $APPS/neiqin.desktop"
