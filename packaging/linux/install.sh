#!/bin/sh
# Installs the PIM Desktop bundle for one user (or under PREFIX), with its menu entry, its icon and .pim files
# opening in it. Run from the unpacked release folder:  ./install.sh   (PREFIX=/opt/local ./install.sh)
# Remove with:  ./install.sh --uninstall
set -eu
HERE=$(cd "$(dirname "$0")" && pwd)
PREFIX=${PREFIX:-$HOME/.local}
PROGRAM_DIR="$PREFIX/lib/pim-desktop"
SHARE="$PREFIX/share"

case "${1:-}" in
    ""|--uninstall) ;;
    *) echo "usage: install.sh [--uninstall]" >&2; exit 2 ;;
esac

if [ "${1:-}" = "--uninstall" ]; then
    rm -rf "$PROGRAM_DIR"
    rm -f "$PREFIX/bin/pim-desktop" "$SHARE/applications/pim-desktop.desktop" \
        "$SHARE/mime/packages/pim-desktop.xml" "$SHARE/icons/hicolor/scalable/apps/pim-desktop.svg"
else
    [ -x "$HERE/pim-desktop/pim-desktop" ] || { echo "install.sh: no pim-desktop/ bundle beside me" >&2; exit 1; }
    mkdir -p "$PREFIX/bin" "$PREFIX/lib" "$SHARE/applications" "$SHARE/mime/packages" "$SHARE/icons/hicolor/scalable/apps"
    rm -rf "$PROGRAM_DIR"
    cp -R "$HERE/pim-desktop" "$PROGRAM_DIR"
    ln -sf "$PROGRAM_DIR/pim-desktop" "$PREFIX/bin/pim-desktop"
    # the menu entry starts the program by its full path: ~/.local/bin is not on every desktop's PATH
    sed "s|^Exec=pim-desktop|Exec=\"$PROGRAM_DIR/pim-desktop\"|" "$HERE/pim-desktop.desktop" \
        > "$SHARE/applications/pim-desktop.desktop"
    cp "$HERE/pim-desktop-mime.xml" "$SHARE/mime/packages/pim-desktop.xml"
    cp "$HERE/pim-desktop.svg" "$SHARE/icons/hicolor/scalable/apps/pim-desktop.svg"
fi

# Tell the desktop, where its tools are installed (they are on every common Linux desktop)
if command -v update-mime-database >/dev/null 2>&1; then update-mime-database "$SHARE/mime"; fi
if command -v update-desktop-database >/dev/null 2>&1; then update-desktop-database -q "$SHARE/applications"; fi
if command -v gtk-update-icon-cache >/dev/null 2>&1; then
    gtk-update-icon-cache -q -t "$SHARE/icons/hicolor" 2>/dev/null || true
fi
echo "PIM Desktop ${1:+un}installed under $PREFIX"
