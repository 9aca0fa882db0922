"""What the archive slice contributes to the shell: permissions, search, dashboard, forms, lists, demo."""

from __future__ import annotations

from neiqin.core.contributions import ListSpec, PrintForm, SyncStates
from neiqin.core.errors import QT_TRANSLATE_NOOP
from neiqin.modules.archive import lending as sm
from neiqin.modules.archive.dashboard import dashboard_items, search
from neiqin.modules.archive.demo import demo_data
from neiqin.modules.archive.excel import import_items, write_item_template
from neiqin.modules.archive.listing import FILTER_KEYS, export_list
from neiqin.modules.archive.permissions import PERMISSIONS


def _form(name: str):
    def render(uow, number, path):
        from neiqin.modules.archive import printing  # reportlab only when printing

        return getattr(printing, name)(uow, number, path)
    return render


def _export(which: str):
    return lambda uow, path, filters, progress=None: export_list(uow, which, path, filters, progress)


PRINT_FORMS = [
    PrintForm("lending-slip", QT_TRANSLATE_NOOP("archive", "Lending slip"), _form("print_lending_slip")),
    PrintForm("lending-reminder", QT_TRANSLATE_NOOP("archive", "Overdue reminder notice"), _form("print_reminder")),
    PrintForm("circulation-slip", QT_TRANSLATE_NOOP("archive", "Circulation slip"), _form("print_circulation_slip")),
    PrintForm("destruction-record", QT_TRANSLATE_NOOP("archive", "Destruction record"),
              _form("print_destruction_record")),
]
LISTS = [
    ListSpec("archive-items", QT_TRANSLATE_NOOP("archive", "Archive register"), _export("items"), import_items,
             write_item_template, options={"filters": FILTER_KEYS["items"]}),
    ListSpec("archive-contracts", QT_TRANSLATE_NOOP("archive", "Contracts ledger"), _export("contracts"),
             options={"filters": FILTER_KEYS["contracts"]}),
    ListSpec("archive-documents", QT_TRANSLATE_NOOP("archive", "Document register"), _export("documents"),
             options={"filters": FILTER_KEYS["documents"]}),
    ListSpec("archive-lendings", QT_TRANSLATE_NOOP("archive", "Lendings"), _export("lendings"),
             options={"filters": FILTER_KEYS["lendings"]}),
]
#: the demo links contracts to the customers' demo records (customers run at 20)
DEMO_ORDER = 110

#: a lending's state only moves forward in sync: an issue or return (a fact) beats a decision
SYNC_STATES = [SyncStates("archive_lending", "archive",
                           (sm.REQUESTED, sm.APPROVED, sm.REJECTED, sm.CANCELLED, sm.ISSUED, sm.RETURNED),
                           sm.STATES)]
__all__ = ["DEMO_ORDER", "LISTS", "PERMISSIONS", "PRINT_FORMS", "SYNC_STATES", "dashboard_items", "demo_data", "search"]
