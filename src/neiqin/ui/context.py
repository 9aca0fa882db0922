"""What every module tab receives: the open database, who is signed in, the task runner, and a
way to open a record of any module. Passed in constructors; there are no globals."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from neiqin.core.auth.actor import Actor
from neiqin.core.db.session import Database

if TYPE_CHECKING:
    from neiqin.ui.tasks import TaskRunner


@dataclass
class UiContext:
    db: Database
    actor: Actor
    runner: TaskRunner
    #: open_record(module_id, kind, record_id): switches to the module's tab and shows the record
    open_record: Callable[[str, str, str], None] = field(default=lambda module, kind, record_id: None)
    #: the shell's status bar message: show_message(text)
    show_message: Callable[[str], None] = field(default=lambda text: None)
    #: per table with a document state: (translation context, {state: source title}) — the shell
    #: names states of any module with it (the Conflicts view) without importing the modules
    state_titles: dict[str, tuple[str, dict[str, str]]] = field(default_factory=dict)
    #: what a leaving clerk hands over, module by module (`neiqin.core.handover`)
    handover_parts: list = field(default_factory=list)
