"""Neiqin (内勤): the desktop workbench of the sales/business office clerk."""

from importlib import metadata as _metadata

try:
    __version__ = _metadata.version("neiqin")
except _metadata.PackageNotFoundError:  # running from a checkout without an install
    __version__ = "0.1.0"

APP_NAME = "Neiqin"
APP_ID = "neiqin"
