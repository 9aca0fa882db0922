"""Write the Windows and macOS app icons from the drawn PNGs in resources/icons/.

    .venv/bin/python packaging/make_icons.py

neiqin.ico holds 16, 24, 32, 48, 64, 128 and 256 px; neiqin.icns 16 to 512 px (and 1024 px as the
512@2x). Each size comes from its own PNG where one is drawn, so the small sizes stay sharp.
Pillow (a dependency of reportlab) writes both formats on any system.
"""

from __future__ import annotations

import sys
from pathlib import Path

from PIL import Image

ICONS = Path(__file__).resolve().parents[1] / "resources" / "icons"
ICO_SIZES = (16, 24, 32, 48, 64, 128, 256)


def drawn_sizes() -> dict[int, Path]:
    found = {}
    for png in ICONS.glob("neiqin-*.png"):
        size = png.stem.removeprefix("neiqin-")
        if size.isdigit():
            found[int(size)] = png
    return found


def image_of(size: int, drawn: dict[int, Path]) -> Image.Image:
    """The drawn PNG of that size, else the next larger one scaled down."""
    if size in drawn:
        image = Image.open(drawn[size]).convert("RGBA")
    else:
        larger = min((s for s in drawn if s > size), default=max(drawn))
        image = Image.open(drawn[larger]).convert("RGBA").resize((size, size), Image.Resampling.LANCZOS)
    if image.size != (size, size):
        raise SystemExit(f"{drawn.get(size)} is {image.size[0]}x{image.size[1]}, not {size}x{size}")
    return image


def write_ico(drawn: dict[int, Path], target: Path) -> Path:
    images = [image_of(size, drawn) for size in ICO_SIZES]
    images[-1].save(target, format="ICO", sizes=[(s, s) for s in ICO_SIZES], append_images=images[:-1])
    return target


def write_icns(drawn: dict[int, Path], target: Path) -> Path:
    biggest = max(drawn)
    base = image_of(biggest, drawn)
    others = [image_of(size, drawn) for size in (16, 32, 64, 128, 256) if size < biggest]
    base.save(target, format="ICNS", append_images=others)
    return target


def main() -> int:
    drawn = drawn_sizes()
    if 256 not in drawn:
        print(f"no neiqin-256.png in {ICONS}", file=sys.stderr)
        return 1
    for written in (write_ico(drawn, ICONS / "neiqin.ico"), write_icns(drawn, ICONS / "neiqin.icns")):
        print(f"{written} ({written.stat().st_size} bytes)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
