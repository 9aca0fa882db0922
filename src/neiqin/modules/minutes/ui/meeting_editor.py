"""The meeting editor: what, when, where, who chairs and records, who attends, the agenda and the
materials and equipment checklist; an ad hoc meeting also says why it is needed."""

from __future__ import annotations

from datetime import date, datetime, time, timedelta

from PySide6.QtCore import QCoreApplication, QTime
from PySide6.QtWidgets import QComboBox, QLineEdit, QPlainTextEdit, QTimeEdit, QWidget

from neiqin.core.errors import QT_TRANSLATE_NOOP, ValidationError
from neiqin.modules.minutes import service
from neiqin.modules.minutes.schemas import (
    DEFAULT_RECURRENCE,
    KINDS,
    RECURRENCES,
    AgendaInput,
    MaterialInput,
    MeetingInput,
    MeetingView,
)
from neiqin.modules.minutes.ui.common import tr
from neiqin.modules.minutes.ui.rows import PeopleEditor, RowsEditor
from neiqin.ui.context import UiContext
from neiqin.ui.editor import RecordEditor
from neiqin.ui.widgets.date_edit import DateEdit


class TimeEdit(QTimeEdit):
    """A time of day, HH:mm; `value()` is a datetime.time."""

    def __init__(self, value: time, parent: QWidget | None = None) -> None:
        super().__init__(QTime(value.hour, value.minute), parent)
        self.setDisplayFormat("HH:mm")

    def value(self) -> time:
        current = self.time()
        return time(current.hour(), current.minute())

    def setValue(self, value: time) -> None:  # noqa: N802 - Qt style
        self.setTime(QTime(value.hour, value.minute))


class MeetingEditor(RecordEditor):
    """New meeting, ad hoc request (`kind="ad_hoc"`) or an edit of `meeting`."""

    def __init__(self, ctx: UiContext, meeting: MeetingView | None, parent: QWidget | None = None,
                 kind: str = "weekly", today: date | None = None) -> None:
        if meeting is not None:
            title = QCoreApplication.translate("MeetingEditor", "Edit meeting {number}").format(number=meeting.number)
        elif kind == "ad_hoc":
            title = QCoreApplication.translate("MeetingEditor", "Request an ad hoc meeting")
        else:
            title = QCoreApplication.translate("MeetingEditor", "New meeting")
        super().__init__(parent, title, "minutes.editor")
        self.ctx, self.meeting = ctx, meeting
        with ctx.db.read() as session:
            self.users = service.user_choices(session, ctx.actor)
        self.add_field("title", self.tr("Title"), QLineEdit(), required=True)
        self.kind = QComboBox()
        for code, text in KINDS.items():
            if (code == "ad_hoc") == (kind == "ad_hoc" if meeting is None else meeting.kind == "ad_hoc"):
                self.kind.addItem(tr(text), code)
        self.add_field("kind", self.tr("Kind"), self.kind, required=True)
        self.recurrence = QComboBox()
        for code, text in RECURRENCES.items():
            self.recurrence.addItem(tr(text), code)
        self.add_field("recurrence", self.tr("Repeats"), self.recurrence)
        self.kind.currentIndexChanged.connect(self._kind_changed)
        start = datetime.combine((today or date.today()) + timedelta(days=1), time(9, 0))
        self.add_field("day", self.tr("Date"), DateEdit(value=start.date()), required=True)
        self.add_field("starts_at", self.tr("Starts"), TimeEdit(time(9, 0)), required=True)
        self.add_field("ends_at", self.tr("Ends"), TimeEdit(time(10, 0)), required=True)
        self.add_field("place", self.tr("Place"), QLineEdit(), required=True)
        self.chair = self._user_combo()
        self.add_field("chair_id", self.tr("Chair"), self.chair, required=True)
        self.recorder = self._user_combo()
        self.recorder.setCurrentIndex(max(0, self.recorder.findData(ctx.actor.user_id)))
        self.add_field("recorder_id", self.tr("Recorder"), self.recorder, required=True)
        self.people = PeopleEditor(self.users, "minutes.editor.people")
        self.add_field("attendees", self.tr("Attendees"), self.people, required=True)
        self.agenda = RowsEditor("minutes.editor.agenda", [self.tr("Topic"), self.tr("Presenter"),
                                                           self.tr("Minutes")])
        self.add_field("agenda", self.tr("Agenda"), self.agenda)
        self.materials = RowsEditor("minutes.editor.materials", [self.tr("Item"), self.tr("Equipment"),
                                                                 self.tr("Ready"), self.tr("Note")], checks=(1, 2))
        self.add_field("materials", self.tr("Materials and equipment"), self.materials)
        reason = QPlainTextEdit()
        reason.setTabChangesFocus(True)
        reason.setMaximumHeight(60)
        self.add_field("request_reason", self.tr("Why it is needed"), reason, required=kind == "ad_hoc")
        notes = QPlainTextEdit()
        notes.setTabChangesFocus(True)
        notes.setMaximumHeight(60)
        self.add_field("notes", self.tr("Notes"), notes)
        if meeting is not None:
            self.load(lambda: self._fill(meeting))
        else:
            self._kind_changed()
        self.fields["request_reason"].label.setVisible(self.kind.currentData() == "ad_hoc")
        self.fields["request_reason"].widget.parentWidget().setVisible(self.kind.currentData() == "ad_hoc")
        self.resize(760, 860)

    def _user_combo(self) -> QComboBox:
        combo = QComboBox()
        for user_id, name, department in self.users:
            combo.addItem(f"{name}（{department}）" if department else name, user_id)
        return combo

    def _kind_changed(self) -> None:
        recurrence = DEFAULT_RECURRENCE.get(self.kind.currentData() or "", "none")
        self.recurrence.setCurrentIndex(max(0, self.recurrence.findData(recurrence)))
        self.recurrence.setEnabled(self.kind.currentData() != "ad_hoc")

    def _fill(self, meeting: MeetingView) -> None:
        self.fields["title"].widget.setText(meeting.title)
        self.kind.setCurrentIndex(max(0, self.kind.findData(meeting.kind)))
        self.recurrence.setCurrentIndex(max(0, self.recurrence.findData(meeting.recurrence)))
        start, end = meeting.starts_at.astimezone(), meeting.ends_at.astimezone()
        self.fields["day"].widget.setValue(start.date())
        self.fields["starts_at"].widget.setValue(start.time())
        self.fields["ends_at"].widget.setValue(end.time())
        self.fields["place"].widget.setText(meeting.place)
        self.chair.setCurrentIndex(max(0, self.chair.findData(meeting.chair_id)))
        self.recorder.setCurrentIndex(max(0, self.recorder.findData(meeting.recorder_id)))
        self.people.set_value(meeting.attendees)
        for item in meeting.agenda:
            self.agenda.add_row(item.topic, item.presenter, item.planned_minutes or "")
        for item in meeting.materials:
            self.materials.add_row(item.name, item.kind == "equipment", item.ready, item.note)
        self.fields["request_reason"].widget.setPlainText(meeting.request_reason)
        self.fields["notes"].widget.setPlainText(meeting.notes)

    def data(self) -> MeetingInput:
        values = self.values()
        day: date = values["day"]

        def at(key: str) -> datetime:
            return datetime.combine(day, values[key]).astimezone()

        agenda = []
        for topic, presenter, minutes in self.agenda.value():
            if minutes and not minutes.isdigit():
                raise ValidationError(QT_TRANSLATE_NOOP("errors", "The planned time of “{topic}” is a number of "
                                                                  "minutes."), field="agenda", topic=topic)
            agenda.append(AgendaInput(topic, presenter, int(minutes or 0)))
        materials = tuple(MaterialInput(name, "equipment" if equipment else "material", ready, note)
                          for name, equipment, ready, note in self.materials.value())
        return MeetingInput(
            title=values["title"], kind=values["kind"], starts_at=at("starts_at"),
            ends_at=at("ends_at"), place=values["place"], chair_id=values["chair_id"],
            attendees=tuple(sorted(self.people.value(), key=lambda a: a.user_id != values["chair_id"])),
            agenda=tuple(agenda), materials=materials,
            recorder_id=values["recorder_id"], recurrence=values["recurrence"],
            request_reason=values["request_reason"], notes=values["notes"])

    def save(self) -> MeetingView:
        data = self.data()
        with self.ctx.db.unit_of_work(self.ctx.actor) as uow:
            if self.meeting is None:
                return service.create_meeting(uow, data)
            return service.update_meeting(uow, self.meeting.id, data, self.meeting.updated_at)

