"""The meeting minutes tab: the meetings list (status, kind, dates), the meeting editor and ad hoc
requests, the state actions (enabled only when the state and the user allow; the tooltip says why
not), the notice as PDF, text and calendar file, the minutes editor, action items and their
progress, the printed minutes and the action report to the chair."""

from __future__ import annotations

import tempfile
from datetime import date
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QSettings
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QComboBox, QFileDialog, QMenu, QWidget

from neiqin.core.errors import NeiqinError
from neiqin.modules.minutes import actions, listing, notice, service
from neiqin.modules.minutes import statemachine as sm
from neiqin.modules.minutes.schemas import KINDS, MeetingView
from neiqin.modules.minutes.ui.common import state_title, tr
from neiqin.modules.minutes.ui.dialogs import ActionItemDialog, LeaveDialog, ProgressDialog, StepDialog
from neiqin.modules.minutes.ui.items import ActionItemsDialog, MeetingItemsView
from neiqin.modules.minutes.ui.meeting_editor import MeetingEditor
from neiqin.modules.minutes.ui.minutes_editor import MinutesEditor
from neiqin.modules.minutes.ui.views import (
    AttendeesView,
    HistoryView,
    MinutesView,
    OverviewView,
    TimelineView,
)
from neiqin.ui.context import UiContext
from neiqin.ui.module_tab import ModuleTab
from neiqin.ui.pdf_preview import PdfPreview
from neiqin.ui.tasks import show_task_error
from neiqin.ui.widgets.date_range import DateRangeEdit

STATE_ACTIONS = ("approve", "reject", "notify", "hold", "submit", "review", "distribute", "reopen", "cancel")


class MinutesTab(ModuleTab):
    def __init__(self, ctx: UiContext, parent: QWidget | None = None, settings: QSettings | None = None,
                 today=date.today) -> None:
        super().__init__(ctx, listing.meeting_list(), module_id="minutes", settings=settings, parent=parent,
                         empty_text=QCoreApplication.translate("MinutesTab", "No meetings yet."))
        self._today = today
        self.last_dialog: QWidget | None = None
        self.add_action("new", self.tr("New meeting"), self.new_meeting, permission="minutes.schedule")
        self.add_action("request", self.tr("Request ad hoc meeting"), lambda: self.new_meeting("ad_hoc"),
                        permission="minutes.request")
        self.add_action("edit", self.tr("Edit"), self.edit_meeting, enabled_when=self._can_edit)
        self.add_separator()
        for code in STATE_ACTIONS:
            title = self.tr("Chair review…") if code == "review" else tr(sm.ACTIONS[code].title)
            self.add_action(code, title, lambda code=code: self.run_step(code),
                            enabled_when=lambda record_id, code=code: self._allowed(record_id, code))
            if code == "hold":
                self.add_action("minutes", self.tr("Write minutes…"), self.write_minutes,
                                enabled_when=self._in_draft, permission="minutes.record")
                self.add_action("item", self.tr("New action item…"), lambda: self.item_request("new", ""),
                                enabled_when=self._in_draft, permission="minutes.record")
        self.add_separator()
        self.add_action("next", self.tr("Plan next meeting"), self.plan_next, enabled_when=self._can_plan_next,
                        permission="minutes.schedule")
        notice_action = self.add_action("notice", self.tr("Notice"), self.preview_notice,
                                        enabled_when=self._has_notice)
        menu = QMenu(self)
        self.copy_notice_action = menu.addAction(self.tr("Copy notice text"), self.copy_notice)
        self.copy_notice_action.setObjectName("minutes.copy_notice")
        self.ics_action = menu.addAction(self.tr("Save calendar file (.ics)…"), lambda: self.save_ics())
        self.ics_action.setObjectName("minutes.ics")
        menu.addAction(self.tr("Notice (PDF)"), self.preview_notice)
        notice_action.setMenu(menu)
        print_action = self.add_action("print", self.tr("Print minutes"), self.preview_minutes,
                                       enabled_when=self._has_minutes)
        print_menu = QMenu(self)
        print_menu.addAction(self.tr("Minutes (PDF)"), self.preview_minutes)
        report = print_menu.addAction(self.tr("Action item report to the chair"), self.preview_report)
        report.setObjectName("minutes.report")
        print_action.setMenu(print_menu)
        self.add_action("all_items", self.tr("All action items…"), self.show_all_items, in_menu=False)
        if ctx.actor.can("minutes.export"):
            self.set_export(self._export_rows, self.tr("Export to Excel"))
        self._build_filters()
        self.overview = OverviewView(ctx)
        self.attendees = AttendeesView(ctx)
        self.attendees.requested.connect(self.attendee_request)
        self.minutes_view = MinutesView(ctx)
        self.items = MeetingItemsView(ctx, today)
        self.items.requested.connect(self.item_request)
        self.timeline = TimelineView(ctx)
        self.add_detail_tab(self.tr("Meeting"), self.overview)
        self.add_detail_tab(self.tr("Attendees"), self.attendees)
        self.add_detail_tab(self.tr("Minutes"), self.minutes_view)
        self.items_tab = self.add_detail_tab(self.tr("Action items"), self.items)
        self.add_detail_tab(self.tr("Timeline"), self.timeline)
        self.add_detail_tab(self.tr("History"), HistoryView(ctx))

    # -- filters --------------------------------------------------------------------------------------
    def _build_filters(self) -> None:
        self.status_filter = self.add_choice_filter(
            "status", self.tr("Status"), self.tr("All statuses"),
            ((code, tr(title)) for code, title in sm.STATES.items()))
        self.kind_filter = QComboBox(objectName="minutes.kind_filter")
        self.kind_filter.addItem(self.tr("All kinds"), "")
        for code, title in KINDS.items():
            self.kind_filter.addItem(tr(title), code)
        self.kind_filter.currentIndexChanged.connect(
            lambda _i: self.model.set_filter("kind", self.kind_filter.currentData()))
        self.add_filter_widget(self.kind_filter, self.tr("Kind"))
        self.date_filter = DateRangeEdit(object_name="minutes.date_filter", today=self._today)
        self.date_filter.range_changed.connect(self._on_dates)
        self.add_filter_widget(self.date_filter, self.tr("Date"))

    def _on_dates(self, start, end) -> None:
        self.model.set_filter("date_from", start)
        self.model.set_filter("date_to", end)

    # -- the current meeting --------------------------------------------------------------------------
    def current_id(self) -> str | None:
        return self.table.current_id() or self.detail.record_id


    def current_meeting(self, record_id: str | None = None) -> MeetingView | None:
        return self.cached_record(service.get_meeting, record_id)

    def show_record(self, record_id: str) -> bool:
        self.forget_record()
        found = super().show_record(record_id)
        self.update_actions()
        return found

    def open_record(self, kind: str, record_id: str | None = None) -> None:
        """Enter in the list opens the editor; the dashboard and search open a meeting or the
        meeting an action item is followed up at, with that item selected."""
        if record_id is None:
            super().open_record(kind)
            return
        if kind == "action_item":
            with self.ctx.db.read() as session:
                meeting_id = service.meeting_of_item(session, self.ctx.actor, record_id)
            if meeting_id is None:
                return
            self.show_record(meeting_id)
            self.detail.tabs.setCurrentIndex(self.items_tab)
            self.items.select(record_id)
            return
        self.show_record(record_id)

    # -- enabled when ---------------------------------------------------------------------------------
    def _not_possible(self, meeting: MeetingView) -> tuple[bool, str]:
        return False, tr(sm.NOT_POSSIBLE).format(state=state_title(meeting.status))

    def _can_edit(self, record_id: str | None):
        meeting = self.current_meeting(record_id)
        if meeting is None:
            return False
        if meeting.status not in sm.PLANNING:
            return self._not_possible(meeting)
        if not (self.ctx.actor.can("minutes.schedule") or meeting.requested_by and meeting.status == sm.REQUESTED
                and self.ctx.actor.can("minutes.request")):
            return False, self.tr("You do not have the right to do this.")
        return True

    def _allowed(self, record_id: str | None, code: str):
        meeting = self.current_meeting(record_id)
        if meeting is None:
            return False
        state = next(a for a in service.available_actions(meeting, self.ctx.actor) if a.code == code)
        if code == "review" and not state.enabled:
            state = next(a for a in service.available_actions(meeting, self.ctx.actor) if a.code == "return")
        if state.enabled:
            return True
        return False, tr(state.reason).format(state=state_title(meeting.status), permission=state.params["permission"])

    def _in_draft(self, record_id: str | None):
        meeting = self.current_meeting(record_id)
        if meeting is None:
            return False
        return True if meeting.status == sm.DRAFT else self._not_possible(meeting)

    def _has_minutes(self, record_id: str | None):
        meeting = self.current_meeting(record_id)
        if meeting is None:
            return False
        return True if meeting.status in sm.HAS_MINUTES else self._not_possible(meeting)

    def _has_notice(self, record_id: str | None):
        meeting = self.current_meeting(record_id)
        if meeting is None:
            return False
        return True if meeting.status not in (sm.REJECTED,) else self._not_possible(meeting)

    def _can_plan_next(self, record_id: str | None):
        meeting = self.current_meeting(record_id)
        if meeting is None:
            return False
        if meeting.recurrence == "none":
            return False, self.tr("The meeting does not repeat.")
        if meeting.status in (sm.REQUESTED, sm.REJECTED):
            return self._not_possible(meeting)
        return True

    # -- dialogs --------------------------------------------------------------------------------------
    def _show(self, dialog) -> None:
        self.last_dialog = dialog
        dialog.accepted.connect(lambda: self._saved(dialog))
        dialog.open()

    def _saved(self, dialog) -> None:
        self.refresh()
        result = getattr(dialog, "result_value", None)
        if isinstance(result, MeetingView):
            self.show_record(result.id)

    def new_meeting(self, kind: str = "weekly") -> None:
        self._show(MeetingEditor(self.ctx, None, self, kind=kind, today=self._today()))

    def edit_meeting(self) -> None:
        meeting = self.current_meeting()
        if meeting is not None:
            self._show(MeetingEditor(self.ctx, meeting, self))

    def run_step(self, code: str) -> None:
        meeting = self.current_meeting()
        if meeting is None:
            return
        state = next(a for a in service.available_actions(meeting, self.ctx.actor) if a.code == code)
        self._show(StepDialog(self.ctx, meeting, state, self, today=self._today()))

    def write_minutes(self) -> None:
        meeting = self.current_meeting()
        if meeting is not None:
            self._show(MinutesEditor(self.ctx, meeting, self))

    def plan_next(self) -> MeetingView | None:
        meeting = self.current_meeting()
        if meeting is None:
            return None
        try:
            with self.ctx.db.unit_of_work(self.ctx.actor) as uow:
                following = service.create_next(uow, meeting.id)
        except NeiqinError as error:
            show_task_error(self, error, self.tr("Plan next meeting"))
            return None
        self.refresh()
        self.show_record(following.id)
        self.ctx.show_message(self.tr("Planned {number} on {day}.").format(
            number=following.number, day=following.starts_at.astimezone().strftime("%Y-%m-%d %H:%M")))
        return following

    def attendee_request(self, attendee_id: str, what: str) -> None:
        attendee = self.attendees.current_attendee()
        if attendee is None or attendee.id != attendee_id:
            return
        if what == "leave":
            self._show(LeaveDialog(self.ctx, attendee, self))
            return
        try:
            with self.ctx.db.unit_of_work(self.ctx.actor) as uow:
                if what == "acknowledge":
                    notice.acknowledge(uow, attendee_id)
                else:
                    notice.withdraw_leave(uow, attendee_id)
        except NeiqinError as error:
            show_task_error(self, error, self.tr("Attendees"))
            return
        self.refresh()

    def item_request(self, what: str, item_id: str) -> None:
        meeting = self.current_meeting()
        if meeting is None:
            return
        if what == "progress" and item_id:
            with self.ctx.db.read() as session:
                item = actions.get_item(session, self.ctx.actor, item_id)
            self._show(ProgressDialog(self.ctx, item, self))
            return
        with self.ctx.db.read() as session:
            users = service.user_choices(session, self.ctx.actor)
            item = actions.get_item(session, self.ctx.actor, item_id) if what == "edit" and item_id else None
        if item is not None and item.meeting_id != meeting.id:
            return  # an item carried over is edited at the meeting that decided it
        self._show(ActionItemDialog(self.ctx, meeting, users, item, self, today=self._today()))

    def show_all_items(self) -> ActionItemsDialog:
        dialog = ActionItemsDialog(self.ctx, self, today=self._today, settings=self._settings)
        self.last_dialog = dialog
        dialog.finished.connect(lambda _r: self.refresh())
        dialog.open()
        return dialog

    # -- notice, printing, export ---------------------------------------------------------------------
    def _pdf(self, form: str, meeting: MeetingView, folder: Path | None = None) -> Path:
        from neiqin.modules.minutes import printing  # reportlab loads when something is printed

        folder = folder or Path(tempfile.mkdtemp(prefix="neiqin-"))
        render = {"notice": printing.render_notice, "minutes": printing.render_minutes,
                  "report": printing.render_action_report}[form]
        with self.ctx.db.unit_of_work(self.ctx.actor) as uow:
            return render(uow, meeting, folder / f"{meeting.number}-{form}.pdf")

    def _preview(self, form: str, title: str) -> PdfPreview | None:
        meeting = self.current_meeting()
        if meeting is None:
            return None
        return self.open_preview(lambda: self._pdf(form, meeting), f"{title} {meeting.number}", title)

    def preview_notice(self) -> PdfPreview | None:
        return self._preview("notice", self.tr("Meeting notice"))

    def preview_minutes(self) -> PdfPreview | None:
        return self._preview("minutes", self.tr("Meeting minutes"))

    def preview_report(self) -> PdfPreview | None:
        return self._preview("report", self.tr("Action item report"))

    def notice_text(self) -> str:
        meeting = self.current_meeting()
        if meeting is None:
            return ""
        with self.ctx.db.read() as session:
            return notice.notice_text(session, meeting)

    def copy_notice(self) -> str:
        text = self.notice_text()
        if text:
            QGuiApplication.clipboard().setText(text)
            self.ctx.show_message(self.tr("The notice is on the clipboard: paste it into an e-mail or a chat."))
        return text

    def save_ics(self, path: Path | None = None) -> Path | None:
        meeting = self.current_meeting()
        if meeting is None:
            return None
        if path is None:
            name, _filter = QFileDialog.getSaveFileName(self, self.tr("Save calendar file"), f"{meeting.number}.ics",
                                                        self.tr("Calendar (*.ics)"))
            if not name:
                return None
            path = Path(name)
        with self.ctx.db.read() as session:
            return notice.write_ics(session, meeting, path)

    def _export_rows(self, path: Path, state, progress=None) -> int:
        filters = {k: (v.isoformat() if isinstance(v, date) else v) for k, v in state.filters.items()
                   if v not in (None, "")}
        if state.text.strip():
            filters["text"] = state.text
        with self.ctx.db.unit_of_work(self.ctx.actor) as uow:
            return listing.export_meetings(uow, path, filters, progress)

