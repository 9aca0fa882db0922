"""What a build needs to know about the release, taken from pyproject.toml (the one place the
version is written): the version, the package metadata the frozen app reads it from, and the
Windows file version resource.

    python packaging/build_info.py version           # 0.1.0 (installer and disk image names)
    python packaging/build_info.py version-numeric   # 0.1.0.0 (Windows file version fields)
"""

from __future__ import annotations

import re
import sys
import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
APP_ID = "neiqin"
DISPLAY_NAME = "Neiqin 内勤"
PUBLISHER = "Neiqin"


def project() -> dict:
    return tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]


def project_version() -> str:
    return project()["version"]


def version_tuple(version: str) -> tuple[int, int, int, int]:
    """The four numbers Windows wants: 1.2.3rc1 -> (1, 2, 3, 0), 2.0 -> (2, 0, 0, 0)."""
    match = re.match(r"^(\d+(?:\.\d+)*)", version)
    if not match:
        raise ValueError(f"version {version!r} does not start with a number")
    numbers = [int(part) for part in match.group(1).split(".")][:4]
    return tuple(numbers + [0] * (4 - len(numbers)))  # type: ignore[return-value]


def write_metadata(folder: Path, version: str) -> Path:
    """A `neiqin-VERSION.dist-info` with the METADATA that importlib.metadata reads in the frozen
    app (`neiqin.__version__`); nothing of the build machine's paths goes in."""
    info = folder / f"{APP_ID}-{version}.dist-info"
    info.mkdir(parents=True, exist_ok=True)
    meta = project()
    (info / "METADATA").write_text(
        f"Metadata-Version: 2.1\nName: {APP_ID}\nVersion: {version}\nSummary: {meta.get('description', '')}\n",
        encoding="utf-8")
    (info / "INSTALLER").write_text("pyinstaller\n", encoding="utf-8")
    return info


def windows_version_text(version: str, exe_name: str) -> str:
    """PyInstaller's version resource file (the VSVersionInfo structure) for one executable."""
    numbers = version_tuple(version)
    strings = {
        "CompanyName": PUBLISHER,
        "FileDescription": DISPLAY_NAME,
        "FileVersion": version,
        "InternalName": exe_name,
        "LegalCopyright": f"© {PUBLISHER}",
        "OriginalFilename": f"{exe_name}.exe",
        "ProductName": DISPLAY_NAME,
        "ProductVersion": version,
    }
    table = ",\n          ".join(f"StringStruct({key!r}, {value!r})" for key, value in strings.items())
    return f"""# UTF-8
VSVersionInfo(
  ffi=FixedFileInfo(filevers={numbers}, prodvers={numbers}, mask=0x3f, flags=0x0, OS=0x40004,
                    fileType=0x1, subtype=0x0, date=(0, 0)),
  kids=[
    StringFileInfo([
      StringTable('040904B0', [
          {table}])
    ]),
    VarFileInfo([VarStruct('Translation', [0x0409, 1200])])
  ]
)
"""


def write_windows_version_file(path: Path, version: str, exe_name: str) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(windows_version_text(version, exe_name), encoding="utf-8")
    return path


def main(argv: list[str]) -> int:
    if argv == ["version"]:
        print(project_version())
        return 0
    if argv == ["version-numeric"]:
        print(".".join(str(n) for n in version_tuple(project_version())))
        return 0
    print("usage: build_info.py version | version-numeric", file=sys.stderr)
    return 2


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
