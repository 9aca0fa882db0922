"""Composition root: the only package (with __main__) that wires database, services and window.

- `database`: open, check and migrate a database file
- `commands`: the headless sub-commands of `neiqin`
- `gui`: the Qt application, sign-in and main window
- `demo`: demo databases made from every module's demo contribution
"""

from neiqin.app.database import open_database

__all__ = ["open_database", "run_command", "run_gui"]


def run_gui(args) -> int:
    from neiqin.app.gui import run_gui as run

    return run(args)


def run_command(args) -> int:
    from neiqin.app.commands import run_command as run

    return run(args)
