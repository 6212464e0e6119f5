"""Helpers shared by ``build.py`` and ``workbench.spec``: the one version number, the
templates rendered with it, and the app icon in every size each platform wants.

Run as a script to make the icons: ``python packaging/support.py icons OUT_DIR`` (a
separate process, so the PyInstaller process itself never starts Qt).
"""

from __future__ import annotations

import os
import struct
import sys
import tomllib
from pathlib import Path

PACKAGING = Path(__file__).resolve().parent
ROOT = PACKAGING.parent
APP_NAME = "ICC Workbench"
BUNDLE_NAME = "ICC-Workbench"  # dist/ICC-Workbench/ and the executable's name
BUNDLE_ID = "cn.icc.workbench"
APP_ID = "icc-workbench"  # the .desktop file and hicolor icon name
SVG_ICON = ROOT / "resources" / "icons" / "workbench.svg"
PNG_SIZES = (16, 24, 32, 48, 64, 128, 256, 512, 1024)
ICO_SIZES = (16, 24, 32, 48, 64, 128, 256)
# ICNS entry types holding PNG data, by pixel size.
ICNS_TYPES = {16: b"icp4", 32: b"icp5", 64: b"icp6", 128: b"ic07", 256: b"ic08", 512: b"ic09",
              1024: b"ic10"}  # fmt: skip


def version() -> str:
    """The version from pyproject.toml: the one number every package file carries."""
    with (ROOT / "pyproject.toml").open("rb") as file:
        return str(tomllib.load(file)["project"]["version"])


def version_tuple(text: str | None = None) -> tuple[int, int, int, int]:
    """``0.1.0`` → (0, 1, 0, 0), for Windows' four-part file version."""
    numbers: list[int] = []
    for part in (text or version()).split(".")[:4]:
        digits = "".join(ch for ch in part if ch.isdigit()) or "0"
        numbers.append(int(digits))
    numbers += [0] * (4 - len(numbers))
    return (numbers[0], numbers[1], numbers[2], numbers[3])


def render(template: Path, target: Path) -> Path:
    """Fill ``@VERSION@``, ``@VERSION_TUPLE@``, ``@VERSION_COMMAS@`` and the names."""
    text = template.read_text("utf-8")
    numbers = version_tuple()
    values = {
        "@VERSION@": version(),
        "@VERSION_TUPLE@": repr(numbers),
        "@VERSION_DOTTED4@": ".".join(map(str, numbers)),
        "@APP_NAME@": APP_NAME,
        "@BUNDLE_NAME@": BUNDLE_NAME,
        "@BUNDLE_ID@": BUNDLE_ID,
        "@APP_ID@": APP_ID,
    }
    for key, value in values.items():
        text = text.replace(key, value)
    target.parent.mkdir(parents=True, exist_ok=True)
    target.write_text(text, "utf-8")
    return target


def render_all(out: Path) -> dict[str, Path]:
    """Every template with the current version, into ``out``."""
    return {
        "version_info": render(
            PACKAGING / "windows" / "version_info.txt", out / "version_info.txt"
        ),
        "installer": render(PACKAGING / "windows" / "installer.iss", out / "installer.iss"),
        "info_plist": render(PACKAGING / "macos" / "Info.plist", out / "Info.plist"),
        "desktop": render(PACKAGING / "linux" / f"{APP_ID}.desktop", out / f"{APP_ID}.desktop"),
    }


# --- icons -----------------------------------------------------------------------------
def _ico(pngs: dict[int, bytes]) -> bytes:
    """A Windows .ico holding PNG images (Vista and later read those)."""
    sizes = sorted(pngs)
    header = struct.pack("<HHH", 0, 1, len(sizes))
    offset = 6 + 16 * len(sizes)
    entries, blobs = b"", b""
    for size in sizes:
        data = pngs[size]
        dim = 0 if size >= 256 else size  # 0 means 256
        entries += struct.pack("<BBBBHHII", dim, dim, 0, 0, 1, 32, len(data), offset)
        offset += len(data)
        blobs += data
    return header + entries + blobs


def _icns(pngs: dict[int, bytes]) -> bytes:
    """A macOS .icns holding PNG images."""
    body = b""
    for size, kind in ICNS_TYPES.items():
        if size in pngs:
            body += kind + struct.pack(">I", 8 + len(pngs[size])) + pngs[size]
    return b"icns" + struct.pack(">I", 8 + len(body)) + body


def make_icons(out: Path) -> dict[str, Path]:
    """Render the SVG icon to PNGs of every size, plus ``workbench.ico`` and ``.icns``."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QBuffer, QByteArray, QIODevice, Qt
    from PySide6.QtGui import QGuiApplication, QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    _app = QGuiApplication.instance() or QGuiApplication([sys.argv[0]])
    renderer = QSvgRenderer(str(SVG_ICON))
    if not renderer.isValid():
        raise SystemExit(f"cannot render {SVG_ICON}")
    out.mkdir(parents=True, exist_ok=True)
    pngs: dict[int, bytes] = {}
    for size in PNG_SIZES:
        image = QImage(size, size, QImage.Format.Format_ARGB32_Premultiplied)
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
        pngs[size] = bytes(data.data())
        (out / f"{APP_ID}-{size}.png").write_bytes(pngs[size])
    (out / "workbench.ico").write_bytes(_ico({s: pngs[s] for s in ICO_SIZES}))
    (out / "workbench.icns").write_bytes(_icns(pngs))
    return {
        "png": out / f"{APP_ID}-256.png",
        "ico": out / "workbench.ico",
        "icns": out / "workbench.icns",
    }


if __name__ == "__main__":
    if len(sys.argv) == 3 and sys.argv[1] == "icons":
        for kind, path in make_icons(Path(sys.argv[2])).items():
            print(f"{kind}: {path}")
    elif len(sys.argv) == 3 and sys.argv[1] == "templates":
        for kind, path in render_all(Path(sys.argv[2])).items():
            print(f"{kind}: {path}")
    else:
        raise SystemExit("usage: support.py icons|templates OUT_DIR")
