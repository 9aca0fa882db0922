"""What the reports slice contributes to the shell: its permissions."""

from __future__ import annotations

from neiqin.modules.reports.permissions import PERMISSIONS

__all__ = ["PERMISSIONS"]
