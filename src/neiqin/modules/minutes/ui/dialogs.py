"""Dialogs of the meeting steps (comment or reason; the chair's review with an optional paper
signature; distribution with its recipients), leave requests, action items and their progress."""

from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QWidget,
)

from neiqin.modules.minutes import actions, notice, steps
from neiqin.modules.minutes import statemachine as sm
from neiqin.modules.minutes.schemas import (
    CHANNELS,
    ITEM_STATUSES,
    ActionItemInput,
    ActionItemView,
    ActionState,
    AttendeeView,
    MeetingView,
)
from neiqin.modules.minutes.ui.common import tr
from neiqin.ui.context import UiContext
from neiqin.ui.editor import RecordEditor
from neiqin.ui.widgets.date_edit import DateEdit


def _text_box(height: int = 80) -> QPlainTextEdit:
    box = QPlainTextEdit()
    box.setTabChangesFocus(True)
    box.setMaximumHeight(height)
    return box


class RecipientList(QListWidget):
    """Attendees ticked to receive the minutes (everyone at first)."""

    def __init__(self, attendees: tuple[AttendeeView, ...], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        for attendee in attendees:
            item = QListWidgetItem(f"{attendee.name}（{attendee.organisation}）" if attendee.organisation
                                   else attendee.name)
            item.setData(Qt.ItemDataRole.UserRole, attendee.id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked)
            self.addItem(item)
        self.setMaximumHeight(150)

    def value(self) -> list[str]:
        return [self.item(r).data(Qt.ItemDataRole.UserRole) for r in range(self.count())
                if self.item(r).checkState() == Qt.CheckState.Checked]


class StepDialog(RecordEditor):
    """One step of a meeting. The chair's review offers Approve and Return; a clerk records the
    chair's signature on paper with its date."""

    def __init__(self, ctx: UiContext, meeting: MeetingView, action: ActionState, parent: QWidget | None = None,
                 today: date | None = None) -> None:
        title = f"{tr(action.title)} — {meeting.number}"
        super().__init__(parent, title, f"minutes.step.{action.code}")
        self.ctx, self.meeting, self.action = ctx, meeting, action
        self.code = action.code
        if action.code == "review":
            self.paper = QCheckBox(self.tr("The chair signed the minutes on paper"))
            self.paper.setObjectName("minutes.step.review.paper")
            self.add_field("paper", "", self.paper)
            self.add_field("paper_on", self.tr("Signed on"), DateEdit(value=today or date.today()))
            self.paper.setChecked(ctx.actor.user_id != meeting.chair_id)
            self.return_button = QPushButton(tr(sm.ACTIONS["return"].title))
            self.return_button.setObjectName("minutes.step.review.return")
            self.return_button.setAutoDefault(False)
            self.buttons.addButton(self.return_button, self.buttons.ButtonRole.ActionRole)
            self.return_button.clicked.connect(self._return)
        if action.code == "distribute":
            self.recipients = RecipientList(meeting.attendees)
            self.recipients.setObjectName("minutes.step.distribute.recipients")
            self.add_field("recipients", self.tr("Recipients"), self.recipients)
            self.add_field("others", self.tr("Also to (comma separated)"), QLineEdit())
            channel = QComboBox()
            for code, text in CHANNELS.items():
                channel.addItem(tr(text), code)
            self.add_field("channel", self.tr("Sent by"), channel, required=True)
        self.add_field("comment", self.tr("Reason") if action.needs_comment else self.tr("Comment"), _text_box(),
                       required=action.needs_comment)
        self.save_button.setText(tr(action.title))
        self.resize(500, 260)

    def _return(self) -> None:
        self.code = "return"
        self.submit()
        self.code = self.action.code

    def save(self) -> MeetingView:
        values = self.values()
        facts: dict = {}
        if self.code == "review" and values.get("paper"):
            facts["paper_on"] = values["paper_on"]
        if self.code == "distribute":
            facts["recipients"] = values["recipients"]
            facts["others"] = [n for n in values["others"].replace("，", ",").split(",") if n.strip()]
            facts["channel"] = values["channel"]
        with self.ctx.db.unit_of_work(self.ctx.actor) as uow:
            return steps.transition(uow, self.meeting.id, self.code, values["comment"], **facts)


class LeaveDialog(RecordEditor):
    def __init__(self, ctx: UiContext, attendee: AttendeeView, parent: QWidget | None = None) -> None:
        super().__init__(parent, QCoreApplication.translate("LeaveDialog", "Leave request of {name}").format(
            name=attendee.name), "minutes.leave")
        self.ctx, self.attendee = ctx, attendee
        self.add_field("reason", self.tr("Reason"), _text_box(), required=True)
        self.resize(420, 180)

    def save(self) -> AttendeeView:
        with self.ctx.db.unit_of_work(self.ctx.actor) as uow:
            return notice.request_leave(uow, self.attendee.id, self.values()["reason"])


class ActionItemDialog(RecordEditor):
    """A new action item from one of the meeting's decisions (or an edit of `item`)."""

    def __init__(self, ctx: UiContext, meeting: MeetingView, users: list[tuple[str, str, str]],
                 item: ActionItemView | None = None, parent: QWidget | None = None, today: date | None = None) -> None:
        title = QCoreApplication.translate("ActionItemDialog", "Action item of {number}").format(number=meeting.number)
        super().__init__(parent, title, "minutes.item")
        self.ctx, self.meeting, self.item = ctx, meeting, item
        decision = QComboBox()
        for d in meeting.decisions:
            decision.addItem(f"{d.seq}. {d.text}", d.id)
        self.add_field("decision_id", self.tr("From decision"), decision, required=True)
        title_edit = QLineEdit()
        self.add_field("title", self.tr("What is to be done"), title_edit, required=True)
        decision.currentIndexChanged.connect(lambda _i: title_edit.setText(title_edit.text() or
                                                                           decision.currentText().split(". ", 1)[-1]))
        owner = QComboBox()
        owner.addItem(self.tr("Someone else (type the name)"), "")
        for user_id, name, department in users:
            owner.addItem(f"{name}（{department}）" if department else name, user_id)
        owner.setCurrentIndex(max(0, owner.findData(ctx.actor.user_id)))
        self.add_field("owner_id", self.tr("Owner"), owner, required=False)
        self.add_field("owner_name", self.tr("Owner's name"), QLineEdit())
        self.add_field("due_date", self.tr("Due date"), DateEdit(value=(today or date.today()) + timedelta(days=7)),
                       required=True)
        if item is not None:
            self.load(lambda: self._fill(item))
        elif meeting.decisions:
            title_edit.setText(meeting.decisions[0].text)
        self.resize(520, 260)

    def _fill(self, item: ActionItemView) -> None:
        self.fields["decision_id"].widget.setCurrentIndex(self.fields["decision_id"].widget.findData(item.decision_id))
        self.fields["title"].widget.setText(item.title)
        owner = self.fields["owner_id"].widget
        owner.setCurrentIndex(max(0, owner.findData(item.owner_id or "")))
        if not item.owner_id:
            self.fields["owner_name"].widget.setText(item.owner_name)
        self.fields["due_date"].widget.setValue(item.due_date)

    def save(self) -> ActionItemView:
        values = self.values()
        data = ActionItemInput(values["title"], values["owner_id"] or None, values["due_date"],
                               values["decision_id"], values["owner_name"])
        with self.ctx.db.unit_of_work(self.ctx.actor) as uow:
            if self.item is None:
                return actions.add_item(uow, self.meeting.id, data)
            return actions.update_item(uow, self.item.id, data)


class ProgressDialog(RecordEditor):
    """A progress note of an action item, with a new status or due date when they change."""

    def __init__(self, ctx: UiContext, item: ActionItemView, parent: QWidget | None = None) -> None:
        title = QCoreApplication.translate("ProgressDialog", "Progress of {code}").format(code=item.code)
        super().__init__(parent, title, "minutes.progress")
        self.ctx, self.item = ctx, item
        status = QComboBox()
        for code, text in ITEM_STATUSES.items():
            status.addItem(tr(text), code)
        status.setCurrentIndex(status.findData(item.status))
        self.add_field("status", self.tr("Status"), status, required=True)
        self.add_field("note", self.tr("Progress"), _text_box(), required=True)
        self.add_field("due_date", self.tr("Due date"), DateEdit(value=item.due_date), required=True)
        self.resize(480, 240)

    def save(self) -> ActionItemView:
        values = self.values()
        with self.ctx.db.unit_of_work(self.ctx.actor) as uow:
            return actions.report_progress(uow, self.item.id, values["note"], values["status"], values["due_date"])
