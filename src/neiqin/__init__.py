"""Neiqin (内勤): the desktop workbench of the sales/business office clerk."""

from importlib import metadata as _metadata


def _version() -> str:
    """The version written in pyproject.toml, and nowhere else: read from the installed package's
    metadata (a frozen build carries the same metadata, see packaging/build_info.py), or from the
    checkout's pyproject.toml when the package is not installed."""
    try:
        return _metadata.version("neiqin")
    except _metadata.PackageNotFoundError:
        import tomllib
        from pathlib import Path

        pyproject = Path(__file__).resolve().parents[2] / "pyproject.toml"
        try:
            return tomllib.loads(pyproject.read_text(encoding="utf-8"))["project"]["version"]
        except (OSError, KeyError, tomllib.TOMLDecodeError):
            return "0+unknown"


__version__ = _version()

APP_NAME = "Neiqin"
APP_ID = "neiqin"
