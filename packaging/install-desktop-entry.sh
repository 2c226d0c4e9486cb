#!/bin/sh
# Adds Charter to this user's application menu (no root needed): run it from the unpacked
# release folder. It writes ~/.local/share/applications/charter.desktop pointing at this
# folder's `charter`, the icons into ~/.local/share/icons/hicolor and the file type of
# *.playbook.yaml into ~/.local/share/mime/packages/charter.xml (so a double-click opens Charter).
# Run it again after moving the folder; remove those files to undo.
set -eu
here="$(cd "$(dirname "$0")" && pwd)"
data="${XDG_DATA_HOME:-$HOME/.local/share}"
[ -x "$here/charter" ] || { echo "install-desktop-entry: no charter executable in $here" >&2; exit 1; }
for dir in "$here"/icons/hicolor/*/apps; do
  size="$(basename "$(dirname "$dir")")"
  mkdir -p "$data/icons/hicolor/$size/apps"
  cp "$dir"/charter.* "$data/icons/hicolor/$size/apps/"
done
mkdir -p "$data/applications"
# Quote the path for the desktop-entry Exec key (spaces and quotes in the folder name).
exec_path="$(printf '%s' "$here/charter" | sed 's/[\\"`$]/\\\\&/g')"
while IFS= read -r line; do
  case "$line" in
    Exec=*) printf 'Exec="%s" %%f\n' "$exec_path" ;;
    *) printf '%s\n' "$line" ;;
  esac
done < "$here/charter.desktop" > "$data/applications/charter.desktop"
if [ -f "$here/charter-mime.xml" ]; then
  mkdir -p "$data/mime/packages"
  cp "$here/charter-mime.xml" "$data/mime/packages/charter.xml"
  command -v update-mime-database >/dev/null 2>&1 && update-mime-database "$data/mime" 2>/dev/null || true
fi
command -v update-desktop-database >/dev/null 2>&1 && update-desktop-database "$data/applications" 2>/dev/null || true
echo "Charter added to the application menu ($data/applications/charter.desktop)"
