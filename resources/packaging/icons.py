"""Make the app icon files installers need from the one drawing,
``resources/icons/app.svg``: a Windows .ico, a macOS .icns, PNGs.

    python resources/packaging/icons.py OUT.ico|OUT.icns|OUT.png [--size N]

Both containers hold PNG images (Windows Vista and later, macOS 10.7 and
later read those), rendered by Qt's SVG renderer, so no image library is
needed. build.spec runs this on Windows and macOS; tests run it everywhere.

Build-time only; never shipped.
"""
from __future__ import annotations

import argparse
import os
import struct
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
APP_SVG = ROOT / "resources" / "icons" / "app.svg"
ICO_SIZES: tuple[int, ...] = (16, 24, 32, 48, 64, 128, 256)
ICNS_TYPES: tuple[tuple[bytes, int], ...] = (
    (b"icp4", 16), (b"icp5", 32), (b"icp6", 64), (b"ic07", 128), (b"ic08", 256), (b"ic09", 512),
    (b"ic10", 1024))
"""ICNS element types that hold a PNG, with their pixel size."""


def render_png(size: int, svg: Path = APP_SVG) -> bytes:
    """``svg`` drawn on a transparent ``size``x``size`` square, as PNG bytes."""
    from PySide6.QtCore import QBuffer, QByteArray, QIODevice, Qt
    from PySide6.QtGui import QGuiApplication, QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    if QGuiApplication.instance() is None:
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
        render_png.app = QGuiApplication(sys.argv[:1])  # type: ignore[attr-defined]
    renderer = QSvgRenderer(str(svg))
    if not renderer.isValid():
        raise ValueError(f"{svg} is not a drawable SVG")
    image = QImage(size, size, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    renderer.render(painter)
    painter.end()
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    buffer.close()
    return bytes(data.data())


def ico_bytes(pngs: dict[int, bytes]) -> bytes:
    """A Windows icon file holding ``{size: png}``."""
    header = struct.pack("<HHH", 0, 1, len(pngs))
    entries, images = b"", b""
    offset = 6 + 16 * len(pngs)
    for size, png in sorted(pngs.items()):
        side = 0 if size >= 256 else size  # 0 means 256 in an ICO directory
        entries += struct.pack("<BBBBHHII", side, side, 0, 0, 1, 32, len(png), offset)
        images += png
        offset += len(png)
    return header + entries + images


def icns_bytes(pngs: dict[bytes, bytes]) -> bytes:
    """A macOS icon file holding ``{element type: png}``."""
    body = b"".join(kind + struct.pack(">I", 8 + len(png)) + png for kind, png in pngs.items())
    return b"icns" + struct.pack(">I", 8 + len(body)) + body


def write_icon(out: Path, svg: Path = APP_SVG, size: int = 256) -> Path:
    """Write ``out`` (.ico, .icns or .png, by its suffix) from ``svg``."""
    suffix = out.suffix.lower()
    if suffix == ".ico":
        data = ico_bytes({s: render_png(s, svg) for s in ICO_SIZES})
    elif suffix == ".icns":
        data = icns_bytes({kind: render_png(s, svg) for kind, s in ICNS_TYPES})
    elif suffix == ".png":
        data = render_png(size, svg)
    else:
        raise ValueError(f"cannot make a {suffix} icon")
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_bytes(data)
    return out


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("out", type=Path)
    parser.add_argument("--size", type=int, default=256, help="pixels, for a .png")
    parser.add_argument("--svg", type=Path, default=APP_SVG)
    args = parser.parse_args(argv)
    print(write_icon(args.out, args.svg, args.size))
    return 0


if __name__ == "__main__":
    sys.exit(main())
