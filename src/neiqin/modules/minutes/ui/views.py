"""Sub-tabs of the meeting detail pane: overview (facts, awareness rate, agenda, checklist),
attendees (notice, acknowledgement, leave, attendance), minutes, timeline and history."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from neiqin.core.errors import NeiqinError
from neiqin.modules.minutes import record, service
from neiqin.modules.minutes import statemachine as sm
from neiqin.modules.minutes.schemas import (
    ATTENDANCE,
    CHANNELS,
    KINDS,
    MATERIAL_KINDS,
    RECURRENCES,
    MeetingView,
)
from neiqin.modules.minutes.ui.common import fill_table, make_table, selected_id, state_title, tr, when
from neiqin.ui.audit_views import RecordHistory
from neiqin.ui.context import UiContext
from neiqin.ui.widgets.status_tag import StatusTag


def load_meeting(ctx: UiContext, record_id: str) -> MeetingView:
    with ctx.db.read() as session:
        return service.get_meeting(session, ctx.actor, record_id)


class OverviewView(QWidget):
    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setObjectName("minutes.overview")
        self.meeting: MeetingView | None = None
        self.status = StatusTag()
        self.status.setObjectName("minutes.overview.status")
        facts = QFormLayout()
        self.labels: dict[str, QLabel] = {}
        for key, title in (("number", self.tr("Number")), ("kind", self.tr("Kind")), ("time", self.tr("Time")),
                           ("place", self.tr("Place")), ("people", self.tr("Chair / recorder")),
                           ("awareness", self.tr("Awareness rate")), ("reason", self.tr("Why it is needed")),
                           ("notes", self.tr("Notes"))):
            label = QLabel()
            label.setObjectName(f"minutes.overview.{key}")
            label.setWordWrap(True)
            label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            self.labels[key] = label
            facts.addRow(title, label)
        self.agenda = make_table("minutes.overview.agenda", [self.tr("No."), self.tr("Topic"), self.tr("Presenter"),
                                                             self.tr("Minutes")], 1)
        self.materials = make_table("minutes.overview.materials", [self.tr("Materials and equipment"),
                                                                   self.tr("Type"), self.tr("Ready"),
                                                                   self.tr("Note")], 0)
        layout = QVBoxLayout(self)
        layout.addWidget(self.status, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addLayout(facts)
        layout.addWidget(self.agenda, 2)
        layout.addWidget(self.materials, 1)

    def show_record(self, record_id: str | None) -> None:
        if record_id is None:
            self.meeting = None
            return
        m = self.meeting = load_meeting(self.ctx, record_id)
        self.status.set_status(state_title(m.status), sm.STATE_TONES.get(m.status))
        self.labels["number"].setText(m.number)
        repeats = f" · {tr(RECURRENCES[m.recurrence])}" if m.recurrence != "none" else ""
        self.labels["kind"].setText(tr(KINDS.get(m.kind, m.kind)) + repeats)
        self.labels["time"].setText(f"{when(m.starts_at)} – {m.ends_at.astimezone():%H:%M}")
        self.labels["place"].setText(m.place)
        self.labels["people"].setText(f"{m.chair_name} / {m.recorder_name}")
        awareness = m.awareness
        self.labels["awareness"].setText(
            self.tr("{rate} ({acknowledged} of {notified} notified acknowledged, {leave} on leave)").format(
                rate=awareness.percent_text, acknowledged=awareness.acknowledged, notified=awareness.notified,
                leave=awareness.on_leave) if awareness.notified else self.tr("No notice sent yet"))
        self.labels["reason"].setText(m.request_reason + (f"（{m.requested_by}）" if m.requested_by else ""))
        self.labels["notes"].setText(m.notes)
        fill_table(self.agenda, [(a.seq, a.topic, a.presenter, a.planned_minutes or "") for a in m.agenda],
                   right=(3,))
        fill_table(self.materials, [(x.name, tr(MATERIAL_KINDS.get(x.kind, x.kind)),
                                     "✔" if x.ready else "", x.note) for x in m.materials])


class AttendeesView(QWidget):
    """Who is asked, whether the notice reached them, acknowledgements and leave."""

    #: the attendee id and what to do with it: "acknowledge", "leave", "withdraw"
    requested = Signal(str, str)

    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setObjectName("minutes.attendees")
        self.meeting: MeetingView | None = None
        self.summary = QLabel()
        self.summary.setObjectName("minutes.attendees.summary")
        self.table = make_table("minutes.attendees.table", [self.tr("Attendee"), self.tr("Organisation"),
                                                            self.tr("Notified"), self.tr("Acknowledged"),
                                                            self.tr("Leave"), self.tr("Attendance")], 1)
        self.table.itemSelectionChanged.connect(self._update_buttons)
        buttons = QHBoxLayout()
        self.buttons: dict[str, QPushButton] = {}
        for key, title in (("acknowledge", self.tr("Acknowledged")), ("leave", self.tr("Leave request…")),
                           ("withdraw", self.tr("Withdraw leave"))):
            button = QPushButton(title)
            button.setObjectName(f"minutes.attendees.{key}")
            button.clicked.connect(lambda _c=False, key=key: self._request(key))
            buttons.addWidget(button)
            self.buttons[key] = button
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)
        self._update_buttons()

    def show_record(self, record_id: str | None) -> None:
        self.meeting = load_meeting(self.ctx, record_id) if record_id else None
        people = self.meeting.attendees if self.meeting else ()
        fill_table(self.table, [(a.name, a.organisation, when(a.notified_at), when(a.acknowledged_at),
                                 a.leave_reason, tr(ATTENDANCE[a.attendance]) if a.attendance else "")
                                for a in people], ids=[a.id for a in people])
        if self.meeting is not None:
            awareness = self.meeting.awareness
            self.summary.setText(self.tr("Awareness rate {rate}: {acknowledged} of {notified} notified").format(
                rate=awareness.percent_text or "—", acknowledged=awareness.acknowledged,
                notified=awareness.notified))
        self._update_buttons()

    def current_attendee(self):
        attendee_id = selected_id(self.table)
        return next((a for a in self.meeting.attendees if a.id == attendee_id), None) if self.meeting else None

    def _update_buttons(self) -> None:
        attendee = self.current_attendee()
        status = self.meeting.status if self.meeting else ""
        mine = attendee is not None and (attendee.user_id == self.ctx.actor.user_id or
                                         self.ctx.actor.can("minutes.schedule"))
        self.buttons["acknowledge"].setEnabled(bool(mine and status == sm.NOTIFIED and attendee.notified_at and
                                                    not attendee.acknowledged_at))
        before = status in (sm.SCHEDULED, sm.NOTIFIED)
        self.buttons["leave"].setEnabled(bool(mine and before and not attendee.leave_at))
        self.buttons["withdraw"].setEnabled(bool(mine and before and attendee.leave_at))

    def _request(self, key: str) -> None:
        attendee = self.current_attendee()
        if attendee is not None:
            self.requested.emit(attendee.id, key)


class MinutesView(QTextBrowser):
    """The minutes as they stand: attendance, discussion, decisions, other matters, distribution."""

    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setObjectName("minutes.minutes")

    def show_record(self, record_id: str | None) -> None:
        if record_id is None:
            self.clear()
            return
        m = load_meeting(self.ctx, record_id)
        if m.status not in sm.HAS_MINUTES:
            self.setHtml(f"<p>{escape(self.tr('No minutes yet: they are started once the meeting has begun.'))}</p>")
            return
        parts = [f"<h3>{escape(self.tr('Attendance'))}</h3><p>"]
        parts.append("；".join(f"{escape(a.name)}：{escape(tr(ATTENDANCE[a.attendance]) if a.attendance else '—')}"
                               for a in m.attendees) + "</p>")
        parts.append(f"<h3>{escape(self.tr('Discussion'))}</h3>")
        for item in m.agenda:
            parts.append(f"<p><b>{item.seq}. {escape(item.topic)}</b><br>{escape(item.discussion or '—')}</p>")
        if m.minutes_notes:
            parts.append(f"<h3>{escape(self.tr('Other matters'))}</h3><p>{escape(m.minutes_notes)}</p>")
        parts.append(f"<h3>{escape(self.tr('Decisions'))}</h3><ol>")
        parts += [f"<li>{escape(d.text)}</li>" for d in m.decisions]
        parts.append("</ol>")
        try:
            with self.ctx.db.read() as session:
                sent = record.distribution_of(session, self.ctx.actor, m.id)
        except NeiqinError:
            sent = []
        if sent:
            parts.append(f"<h3>{escape(self.tr('Distributed to'))}</h3><p>")
            parts.append("；".join(f"{escape(d.name)}（{escape(tr(CHANNELS.get(d.channel, d.channel)))} "
                                   f"{when(d.sent_at)}）" for d in sent) + "</p>")
        self.setHtml("".join(parts))


class TimelineView(QWidget):
    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setObjectName("minutes.timeline")
        self.table = make_table("minutes.timeline.table", [self.tr("When"), self.tr("Who"), self.tr("Step"),
                                                           self.tr("State"), self.tr("Comment and details")], 4)
        QVBoxLayout(self).addWidget(self.table)

    def show_record(self, record_id: str | None) -> None:
        if record_id is None:
            self.table.setRowCount(0)
            return
        with self.ctx.db.read() as session:
            rows = service.timeline(session, self.ctx.actor, record_id)
        fill_table(self.table, [(when(r.at), r.actor_name, tr(sm.step_title(r.action)), state_title(r.to_state),
                                 "；".join(p for p in (r.comment, self._facts(r.extra)) if p)) for r in rows])

    def _facts(self, extra: dict) -> str:
        paper = extra.get("paper")
        if paper:
            return self.tr("signed on paper by {by} on {on}").format(by=paper.get("by", ""), on=paper.get("on", ""))
        if "recipients" in extra:
            return self.tr("{count} recipients by {channel}").format(
                count=extra["recipients"], channel=tr(CHANNELS.get(extra.get("channel", ""), "")))
        if "starts_at" in extra:
            return f"{extra['starts_at']} {extra.get('place', '')}"
        return ""


class HistoryView(RecordHistory):
    """Every field change of the meeting (audit trail)."""

    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx.db, ctx.actor, parent)
        self.setObjectName("minutes.history")

    def show_record(self, record_id: str | None, *_args) -> None:  # noqa: D102 - the detail pane's signature
        if record_id is None:
            self.clear()
        else:
            super().show_record("meeting", record_id)
