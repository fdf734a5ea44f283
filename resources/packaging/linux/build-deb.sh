#!/usr/bin/env bash
# Turn the one-folder build into a Debian package:
#
#   pyinstaller --noconfirm build.spec && resources/packaging/linux/build-deb.sh
#
# reads $DISTPATH/Regulars (DISTPATH defaults to "dist", as for PyInstaller) and writes
# $DISTPATH/regulars_<version>_amd64.deb, which installs
#   /opt/regulars/                                   the bundle, as built
#   /usr/bin/regulars                                the command (a link to the app)
#   /usr/share/applications/regulars.desktop         the menu entry, in the window's languages
#   /usr/share/icons/hicolor/scalable/apps/regulars.svg
# and depends on the desktop libraries the bundle leaves to the system
# (system-libraries.txt). The owner's data is never in the package: it lives in
# ~/.local/share/Regulars, which an upgrade or a removal does not touch.
# Needs dpkg-deb (Debian/Ubuntu: package dpkg) and coreutils; nothing else.
# DEB_XZ_LEVEL (default 9, the smallest package; 1 builds four times faster, for tests).
set -euo pipefail

HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
DISTPATH="${DISTPATH:-dist}"
BUNDLE="$DISTPATH/Regulars"
if [ ! -x "$BUNDLE/Regulars" ] || [ ! -d "$BUNDLE/_internal" ]; then
    echo "error: no bundle in $BUNDLE (build it first: pyinstaller --noconfirm build.spec)" >&2
    exit 2
fi
command -v dpkg-deb >/dev/null || { echo "error: dpkg-deb is missing (apt-get install dpkg)" >&2; exit 2; }

INFO="$BUNDLE/_internal/build_info.json"
VERSION="$(sed -n 's/.*"version": *"\([^"]*\)".*/\1/p' "$INFO" 2>/dev/null || true)"
if [ -z "$VERSION" ]; then
    echo "error: cannot read the version from $INFO" >&2
    exit 2
fi
ARCH=amd64
OUT="$DISTPATH/regulars_${VERSION}_${ARCH}.deb"

# Depends: the second column of system-libraries.txt, each package once, in order.
DEPENDS="$(sed -e 's/#.*//' "$HERE/system-libraries.txt" | awk 'NF >= 2 { $1 = ""; sub(/^ +/, ""); print }' \
           | awk '!seen[$0]++' | paste -sd, - | sed 's/,/, /g')"

STAGE="$(mktemp -d)"
trap 'rm -rf "$STAGE"' EXIT
ROOT="$STAGE/root"
mkdir -p "$ROOT/DEBIAN" "$ROOT/opt" "$ROOT/usr/bin" "$ROOT/usr/share/applications" \
         "$ROOT/usr/share/icons/hicolor/scalable/apps" "$ROOT/usr/share/doc/regulars"
cp -a "$BUNDLE" "$ROOT/opt/regulars"
ln -s ../../opt/regulars/Regulars "$ROOT/usr/bin/regulars"
install -m 0644 "$HERE/regulars.desktop" "$ROOT/usr/share/applications/regulars.desktop"
install -m 0644 "$BUNDLE/_internal/resources/icons/app.svg" \
        "$ROOT/usr/share/icons/hicolor/scalable/apps/regulars.svg"
cat > "$ROOT/usr/share/doc/regulars/copyright" <<COPYRIGHT
Regulars $VERSION. Proprietary. Bundles Python, Qt (LGPLv3) through PySide6, pandas,
NumPy, SQLAlchemy, Alembic, openpyxl, phonenumbers and platformdirs under their own licences.
COPYRIGHT
chmod -R u+rwX,go+rX,go-w "$ROOT/opt/regulars" "$ROOT/usr"

INSTALLED_KB="$(du -sk --exclude=DEBIAN "$ROOT" | cut -f1)"
cat > "$ROOT/DEBIAN/control" <<CONTROL
Package: regulars
Version: $VERSION
Architecture: $ARCH
Maintainer: Regulars <support@regulars.app>
Installed-Size: $INSTALLED_KB
Depends: $DEPENDS
Section: misc
Priority: optional
Homepage: https://regulars.app
Description: your reviews and your regulars, on your own laptop
 Regulars imports the review exports and customer, order and receipt lists of
 a café or restaurant, explains why the rating moves, knows the regulars and
 drafts personal messages. It works with no network at all; the data stays in
 one file in the user's own folder.
CONTROL

mkdir -p "$DISTPATH"
LEVEL="${DEB_XZ_LEVEL:-9}"
case "$LEVEL" in [0-9]) ;; *) echo "error: DEB_XZ_LEVEL must be 0-9, not '$LEVEL'" >&2; exit 2 ;; esac
dpkg-deb --root-owner-group -Zxz "-z$LEVEL" --build "$ROOT" "$OUT" >/dev/null
echo "$OUT"
