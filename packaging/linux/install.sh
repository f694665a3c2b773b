#!/bin/sh
# Put Narrativ in the Linux application menu: desktop entry, icons, AppStream metadata, and,
# when run from a built bundle (dist/Narrativ/install.sh), the program itself.
#
#   sudo ./install.sh             # for everyone: program in /opt/narrativ, `narrativ` in
#                                 # /usr/local/bin, menu entry and icons under /usr/local/share
#   ./install.sh --user           # for this user only, under ~/.local
#   sudo ./install.sh --uninstall # remove what the same command installed
#   DESTDIR=/tmp/stage ./install.sh --prefix /usr   # staged, for a distribution package
#
# From a source checkout (packaging/linux/install.sh) only the menu entry, icons and
# metadata are installed; the `narrativ` command comes from `pip install`.
# Nothing here touches Narrativ's data (~/.local/share/Narrativ or NARRATIV_DATA_DIR).
set -eu

APP_ID=dk.narrativ.Narrativ
HERE=$(cd "$(dirname "$0")" && pwd)
PREFIX=/usr/local
PROGRAM_DIR=/opt/narrativ
UNINSTALL=no
DESTDIR=${DESTDIR:-}

while [ $# -gt 0 ]; do
    case "$1" in
        --user) PREFIX="$HOME/.local"; PROGRAM_DIR="$HOME/.local/lib/narrativ" ;;
        --prefix) shift; PREFIX="$1" ;;
        --program-dir) shift; PROGRAM_DIR="$1" ;;
        --uninstall) UNINSTALL=yes ;;
        -h|--help) sed -n '2,14p' "$0"; exit 0 ;;
        *) echo "install.sh: unknown option $1" >&2; exit 2 ;;
    esac
    shift
done

if [ -x "$HERE/Narrativ" ] && [ -d "$HERE/_internal/narrativ/resources" ]; then
    BUNDLE=yes
    RESOURCES="$HERE/_internal/narrativ/resources"
elif [ -d "$HERE/../../resources/linux" ]; then
    BUNDLE=no
    RESOURCES=$(cd "$HERE/../../resources" && pwd)
else
    echo "install.sh: run it from a built bundle or from packaging/linux in a checkout" >&2
    exit 2
fi

SHARE="$DESTDIR$PREFIX/share"
ICON_SIZES="16 32 48 64 128 256"

files() {
    echo "$SHARE/applications/$APP_ID.desktop"
    echo "$SHARE/metainfo/$APP_ID.metainfo.xml"
    echo "$SHARE/icons/hicolor/scalable/apps/$APP_ID.svg"
    for size in $ICON_SIZES; do
        echo "$SHARE/icons/hicolor/${size}x${size}/apps/$APP_ID.png"
    done
}

refresh_caches() {
    # Only for a live system; a staged install leaves this to the package manager.
    [ -z "$DESTDIR" ] || return 0
    if command -v update-desktop-database >/dev/null 2>&1; then
        update-desktop-database -q "$SHARE/applications" || true
    fi
    if command -v gtk-update-icon-cache >/dev/null 2>&1; then
        gtk-update-icon-cache -q -t "$SHARE/icons/hicolor" || true
    fi
}

if [ "$UNINSTALL" = yes ]; then
    for file in $(files); do rm -f "$file"; done
    if [ "$BUNDLE" = yes ]; then
        rm -f "$DESTDIR$PREFIX/bin/narrativ"
        rm -rf "$DESTDIR$PROGRAM_DIR"
    fi
    refresh_caches
    echo "Narrativ is removed; its data folders are left as they were."
    exit 0
fi

EXEC=narrativ
if [ "$BUNDLE" = yes ]; then
    # A copy, not the unpacked folder: the folder can then be deleted or replaced safely.
    rm -rf "$DESTDIR$PROGRAM_DIR"
    mkdir -p "$DESTDIR$PROGRAM_DIR" "$DESTDIR$PREFIX/bin"
    cp -R "$HERE/." "$DESTDIR$PROGRAM_DIR/"
    ln -sf "$PROGRAM_DIR/Narrativ" "$DESTDIR$PREFIX/bin/narrativ"
    # The menu starts the program by its full path (quoted, as the desktop entry format
    # wants for spaces): ~/.local/bin is not always on the desktop session's PATH.
    EXEC="\"$PROGRAM_DIR/Narrativ\""
fi

mkdir -p "$SHARE/applications" "$SHARE/metainfo" "$SHARE/icons/hicolor/scalable/apps"
sed "s|^Exec=narrativ\$|Exec=$EXEC|" "$RESOURCES/linux/$APP_ID.desktop" \
    >"$SHARE/applications/$APP_ID.desktop"
chmod 644 "$SHARE/applications/$APP_ID.desktop"
install -m 644 "$RESOURCES/linux/$APP_ID.metainfo.xml" "$SHARE/metainfo/$APP_ID.metainfo.xml"
install -m 644 "$RESOURCES/icons/narrativ.svg" "$SHARE/icons/hicolor/scalable/apps/$APP_ID.svg"
for size in $ICON_SIZES; do
    mkdir -p "$SHARE/icons/hicolor/${size}x${size}/apps"
    install -m 644 "$RESOURCES/icons/narrativ-$size.png" \
        "$SHARE/icons/hicolor/${size}x${size}/apps/$APP_ID.png"
done
refresh_caches
echo "Narrativ is installed: look for it in the application menu, or run: $EXEC"
