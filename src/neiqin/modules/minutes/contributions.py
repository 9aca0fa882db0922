"""What the meeting minutes slice contributes to the shell: permissions, dashboard, search,
printed forms, lists and demo data."""

from __future__ import annotations

from neiqin.core.contributions import ListSpec, PrintForm, SyncStates
from neiqin.core.errors import QT_TRANSLATE_NOOP
from neiqin.core.handover import owned_part
from neiqin.modules.minutes import statemachine as sm
from neiqin.modules.minutes.dashboard import dashboard_items, search
from neiqin.modules.minutes.demo import demo_data
from neiqin.modules.minutes.kpis import KPIS
from neiqin.modules.minutes.listing import ITEM_FILTERS, MEETING_FILTERS, export_items, export_meetings
from neiqin.modules.minutes.models import ActionItem
from neiqin.modules.minutes.permissions import PERMISSIONS
from neiqin.modules.minutes.schemas import OPEN_ITEM_STATUSES


def print_notice(uow, number, path):
    from neiqin.modules.minutes.printing import print_notice as render  # reportlab only when printing

    return render(uow, number, path)


def print_minutes(uow, number, path):
    from neiqin.modules.minutes.printing import print_minutes as render

    return render(uow, number, path)


def print_action_report(uow, number, path):
    from neiqin.modules.minutes.printing import print_action_report as render

    return render(uow, number, path)


PRINT_FORMS = [
    PrintForm("meeting-notice", QT_TRANSLATE_NOOP("minutes", "Meeting notice"), print_notice),
    PrintForm("meeting-minutes", QT_TRANSLATE_NOOP("minutes", "Meeting minutes"), print_minutes),
    PrintForm("meeting-action-report", QT_TRANSLATE_NOOP("minutes", "Action item report to the chair"),
              print_action_report),
]
LISTS = [
    ListSpec("meetings", QT_TRANSLATE_NOOP("minutes", "Meetings"), export_meetings,
             options={"filters": MEETING_FILTERS}),
    ListSpec("action-items", QT_TRANSLATE_NOOP("minutes", "Action items"), export_items,
             options={"filters": ITEM_FILTERS}),
]

#: a meeting's state only moves forward in sync: minutes written beat a cancellation
SYNC_STATES = [SyncStates("meeting", "minutes",
                           (sm.REQUESTED, sm.REJECTED, sm.CANCELLED, sm.SCHEDULED, sm.NOTIFIED, sm.DRAFT,
                            sm.IN_REVIEW, sm.REVIEWED, sm.DISTRIBUTED),
                           sm.STATES)]
#: a leaving clerk's open action items go to the clerk who takes over (`neiqin.core.handover`)
HANDOVER = [owned_part("action_items", QT_TRANSLATE_NOOP("handover", "Open action items from meetings"), ActionItem,
                       "owner_id", ActionItem.status.in_(OPEN_ITEM_STATUSES), name="owner_name")]
__all__ = ["HANDOVER", "KPIS", "LISTS", "PERMISSIONS", "PRINT_FORMS", "SYNC_STATES", "dashboard_items", "demo_data", "search"]
