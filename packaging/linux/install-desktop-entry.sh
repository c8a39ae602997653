#!/bin/sh
# Add SLM Workbench to this user's application menu (no root needed), from the unpacked folder:
#     ./install-desktop-entry.sh            install
#     ./install-desktop-entry.sh --remove   remove the menu entry, icons and metainfo again
# The app itself stays where it was unpacked; move the folder first if you want it elsewhere.
set -eu
here=$(cd "$(dirname "$0")" && pwd)
data=${XDG_DATA_HOME:-$HOME/.local/share}
name=slm-workbench

if [ "${1:-}" = "--remove" ]; then
    rm -f "$data/applications/$name.desktop" "$data/metainfo/$name.metainfo.xml"
    find "$data/icons/hicolor" -name "$name.*" -delete 2>/dev/null || true
    echo "Removed the SLM Workbench menu entry."
    exit 0
fi

mkdir -p "$data/applications" "$data/metainfo"
(cd "$here/share" && find icons -type f) | while read -r icon; do
    mkdir -p "$data/$(dirname "$icon")"
    cp "$here/share/$icon" "$data/$icon"
done
sed -e "s|^Exec=.*|Exec=\"$here/$name\"|" -e "s|^TryExec=.*|TryExec=$here/$name|" \
    "$here/share/applications/$name.desktop" > "$data/applications/$name.desktop"
cp "$here/share/metainfo/$name.metainfo.xml" "$data/metainfo/"
command -v update-desktop-database >/dev/null 2>&1 && update-desktop-database "$data/applications" || true
command -v gtk-update-icon-cache >/dev/null 2>&1 && gtk-update-icon-cache -q -t "$data/icons/hicolor" || true
echo "SLM Workbench is now in your application menu (it runs $here/$name)."
