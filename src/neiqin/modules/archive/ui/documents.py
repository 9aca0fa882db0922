"""The document register sub-tab: received and sent documents, the circulation list in reading
order, each reader's sign-off, the printed circulation slip, and filing into the archive."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QFormLayout, QLabel, QLineEdit, QPlainTextEdit, QSpinBox, QVBoxLayout, QWidget

from neiqin.modules.archive import documents, listing, printing, rules
from neiqin.modules.archive.schemas import DocumentInput, DocumentView
from neiqin.modules.archive.ui.common import (
    choice_combo,
    fill_table,
    format_date,
    format_datetime,
    make_table,
    preview_pdf,
    select_data,
    tr_archive,
)
from neiqin.ui.context import UiContext
from neiqin.ui.editor import RecordEditor
from neiqin.ui.module_tab import ModuleTab
from neiqin.ui.widgets.date_edit import DateEdit
from neiqin.ui.widgets.status_tag import StatusTag


class DocumentEditor(RecordEditor):
    def __init__(self, ctx: UiContext, direction: str, doc: DocumentView | None, parent: QWidget | None = None) -> None:
        title = tr_archive(rules.DIRECTIONS[direction]) if doc is None else doc.number
        super().__init__(parent, title, "archive.document_editor")
        self.ctx, self.direction, self.doc = ctx, direction, doc
        self.add_field("reference", self.tr("Reference"), QLineEdit(placeholderText=self.tr("The sender's reference, e.g. Office〔2026〕21")))
        self.add_field("title", self.tr("Title"), QLineEdit(), required=True)
        self.add_field("sender", self.tr("Sender"), QLineEdit(), required=True)
        self.add_field("receiver", self.tr("Receiver"), QLineEdit(), required=True)
        self.add_field("doc_date", self.tr("Date"), DateEdit())
        self.add_field("copies", self.tr("Copies"), QSpinBox(minimum=1, maximum=10000))
        self.add_field("distribution", self.tr("Distribution (one a line)"), QPlainTextEdit())
        self.add_field("urgency", self.tr("Urgency"), choice_combo("archive.document_editor.urgency", rules.URGENCIES))
        self.add_field("confidentiality", self.tr("Confidentiality"),
                       choice_combo("archive.document_editor.confidentiality", rules.LEVELS))
        self.add_field("notes", self.tr("Notes"), QPlainTextEdit())
        select_data(self.fields["confidentiality"].widget, "internal")
        if direction == "incoming":
            self.fields["receiver"].widget.setText(self.tr("Our company"))
        if doc is not None:
            self.load(lambda: self._fill(doc))

    def _fill(self, doc: DocumentView) -> None:
        f = {k: v.widget for k, v in self.fields.items()}
        for key in ("reference", "title", "sender", "receiver"):
            f[key].setText(getattr(doc, key))
        f["doc_date"].setValue(doc.doc_date)
        f["copies"].setValue(doc.copies)
        f["distribution"].setPlainText(doc.distribution)
        select_data(f["urgency"], doc.urgency)
        select_data(f["confidentiality"], doc.confidentiality)
        f["notes"].setPlainText(doc.notes)

    def save(self) -> DocumentView:
        v = self.values()
        data = DocumentInput(self.direction, v["title"], v["sender"], v["receiver"], v["doc_date"], v["reference"],
                             v["copies"], v["distribution"], v["urgency"], v["confidentiality"], v["notes"])
        with self.ctx.db.unit_of_work(self.ctx.actor) as uow:
            if self.doc is None:
                return documents.create_document(uow, data)
            return documents.update_document(uow, self.doc.id, data)


class ReadersDialog(RecordEditor):
    """The circulation list: one reader a line, "name department", in reading order."""

    def __init__(self, ctx: UiContext, doc: DocumentView, parent: QWidget | None = None) -> None:
        super().__init__(parent, self.tr("Circulation of {number}").format(number=doc.number), "archive.readers")
        self.ctx, self.doc = ctx, doc
        text = QPlainTextEdit()
        text.setPlaceholderText(self.tr("One reader a line: the name, a space, the department"))
        text.setPlainText("\n".join(f"{r.reader_name} {r.department}".strip() for r in doc.readers))
        self.add_field("readers", self.tr("Readers in order (name and department, one a line)"), text, required=True)

    def save(self) -> DocumentView:
        readers = []
        for line in self.values()["readers"].splitlines():
            parts = line.split(None, 1)
            if parts:
                readers.append((parts[0], parts[1] if len(parts) > 1 else ""))
        with self.ctx.db.unit_of_work(self.ctx.actor) as uow:
            return documents.set_readers(uow, self.doc.id, readers)


class SignOffDialog(RecordEditor):
    def __init__(self, ctx: UiContext, doc: DocumentView, parent: QWidget | None = None) -> None:
        reader = doc.next_reader
        super().__init__(parent, self.tr("Sign-off: {name}").format(name=reader.reader_name), "archive.sign_off")
        self.ctx, self.doc, self.reader = ctx, doc, reader
        self.form.addRow(self.tr("Reader"), QLabel(f"{reader.seq}. {reader.reader_name} {reader.department}"))
        self.add_field("comment", self.tr("Comment"), QPlainTextEdit())

    def save(self) -> DocumentView:
        with self.ctx.db.unit_of_work(self.ctx.actor) as uow:
            return documents.sign_off(uow, self.doc.id, self.reader.id, comment=self.values()["comment"])


class FileDialog(RecordEditor):
    def __init__(self, ctx: UiContext, doc: DocumentView, parent: QWidget | None = None) -> None:
        super().__init__(parent, self.tr("File {number} in the archive").format(number=doc.number), "archive.file")
        self.ctx, self.doc = ctx, doc
        for key, label, required in (("room", self.tr("Room"), True), ("cabinet", self.tr("Cabinet"), False),
                                     ("shelf", self.tr("Shelf"), False), ("box", self.tr("Box"), False)):
            self.add_field(key, label, QLineEdit(), required=required)

    def save(self) -> DocumentView:
        v = self.values()
        with self.ctx.db.unit_of_work(self.ctx.actor) as uow:
            return documents.file_document(uow, self.doc.id, v["room"], v["cabinet"], v["shelf"], v["box"])


class DocumentOverview(QWidget):
    def __init__(self, ctx: UiContext) -> None:
        super().__init__(objectName="archive.document_overview")
        self.ctx = ctx
        self.status = StatusTag()
        self.facts = QFormLayout()
        self.labels: dict[str, QLabel] = {}
        for key, title in (("number", self.tr("Register number")), ("title", self.tr("Title")),
                           ("parties", self.tr("From / to")), ("distribution", self.tr("Distribution"))):
            label = QLabel(objectName=f"archive.document_overview.{key}", wordWrap=True)
            label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            self.labels[key] = label
            self.facts.addRow(title, label)
        self.readers = make_table("archive.document_overview.readers", [
            self.tr("No."), self.tr("Reader"), self.tr("Department"), self.tr("Signed at"), self.tr("Comment")], 4)
        layout = QVBoxLayout(self)
        layout.addWidget(self.status, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addLayout(self.facts)
        layout.addWidget(self.readers, 1)

    def show_record(self, record_id: str | None) -> None:
        if record_id is None:
            return
        with self.ctx.db.read() as session:
            doc = documents.get_document(session, self.ctx.actor, record_id)
        self.status.set_status(tr_archive(rules.DOCUMENT_STATES[doc.status]), rules.DOCUMENT_TONES[doc.status])
        self.labels["number"].setText(f"{doc.number} {doc.reference} · {format_date(doc.doc_date)}")
        self.labels["title"].setText(doc.title)
        self.labels["parties"].setText(f"{doc.sender} → {doc.receiver}")
        self.labels["distribution"].setText("、".join(doc.distribution.splitlines()))
        fill_table(self.readers, [(r.seq, r.reader_name, r.department, format_datetime(r.signed_at), r.comment)
                                  for r in doc.readers])


class DocumentsTab(ModuleTab):
    def __init__(self, ctx: UiContext, parent: QWidget | None = None, settings=None, today=date.today) -> None:
        super().__init__(ctx, listing.document_list(), module_id="archive.documents", settings=settings, parent=parent,
                         empty_text=QCoreApplication.translate("DocumentsTab", "No documents registered yet."))
        self.last_dialog: QWidget | None = None
        has = lambda record_id: record_id is not None  # noqa: E731
        self.add_action("incoming", self.tr("Register received document"), lambda: self.new_document("incoming"),
                        permission="archive.edit")
        self.add_action("outgoing", self.tr("Register sent document"), lambda: self.new_document("outgoing"),
                        permission="archive.edit")
        self.add_action("edit", self.tr("Edit"), self.edit_document, enabled_when=has, permission="archive.edit")
        self.add_separator()
        self.add_action("readers", self.tr("Circulation list…"), self.set_readers, enabled_when=self._readers_open,
                        permission="archive.edit")
        self.add_action("sign_off", self.tr("Sign-off"), self.sign_off, enabled_when=self._waiting,
                        permission="archive.edit")
        self.add_action("print", self.tr("Circulation slip"), self.preview_slip, enabled_when=has)
        self.add_action("file", self.tr("File in the archive…"), self.file_document, enabled_when=self._fileable,
                        permission="archive.edit")
        if ctx.actor.can("archive.export"):
            self.set_export(self._export_rows, self.tr("Export to Excel"))
        self.direction_filter = choice_combo("archive.documents.direction", rules.DIRECTIONS, (self.tr("All"), ""))
        self.direction_filter.currentIndexChanged.connect(
            lambda _i: self.model.set_filter("direction", self.direction_filter.currentData()))
        self.add_filter_widget(self.direction_filter, self.tr("Received / sent"))
        self.overview = DocumentOverview(ctx)
        self.add_detail_tab(self.tr("Document and circulation"), self.overview)

    def current_id(self) -> str | None:
        return self.table.current_id() or self.detail.record_id

    def current_document(self) -> DocumentView | None:
        record_id = self.current_id()
        if record_id is None:
            return None
        with self.ctx.db.read() as session:
            return documents.get_document(session, self.ctx.actor, record_id)

    def _readers_open(self, record_id):
        doc = self.current_document() if record_id else None
        if doc is None:
            return False
        if any(r.signed_at for r in doc.readers):
            return False, self.tr("Circulation has begun.")
        return True

    def _waiting(self, record_id):
        doc = self.current_document() if record_id else None
        if doc is None:
            return False
        if doc.next_reader is None:
            return False, self.tr("Nobody is waiting to sign.")
        return True

    def _fileable(self, record_id):
        doc = self.current_document() if record_id else None
        if doc is None:
            return False
        return (False, self.tr("Filed already.")) if doc.item_id else True

    def show_record(self, record_id: str) -> bool:
        found = super().show_record(record_id)
        self.update_actions()
        return found

    def _show(self, dialog) -> None:
        self.last_dialog = dialog
        dialog.accepted.connect(lambda: self._saved(dialog))
        dialog.open()

    def _saved(self, dialog) -> None:
        self.refresh()
        result = getattr(dialog, "result_value", None)
        if isinstance(result, DocumentView):
            self.show_record(result.id)

    def new_document(self, direction: str) -> None:
        self._show(DocumentEditor(self.ctx, direction, None, self))

    def edit_document(self) -> None:
        doc = self.current_document()
        if doc is not None:
            self._show(DocumentEditor(self.ctx, doc.direction, doc, self))

    def set_readers(self) -> None:
        doc = self.current_document()
        if doc is not None:
            self._show(ReadersDialog(self.ctx, doc, self))

    def sign_off(self) -> None:
        doc = self.current_document()
        if doc is not None and doc.next_reader is not None:
            self._show(SignOffDialog(self.ctx, doc, self))

    def file_document(self) -> None:
        doc = self.current_document()
        if doc is not None:
            self._show(FileDialog(self.ctx, doc, self))

    def preview_slip(self) -> None:
        doc = self.current_document()
        if doc is None:
            return

        def render(path):
            with self.ctx.db.unit_of_work(self.ctx.actor) as uow:
                return printing.print_circulation_slip(uow, doc.number, path)

        self.last_dialog = preview_pdf(self, self.tr("Circulation slip {number}").format(number=doc.number), render,
                                       doc.number)

    def _export_rows(self, path, state, progress=None) -> int:
        filters = {k: v for k, v in state.filters.items() if v not in (None, "")}
        if state.text.strip():
            filters["text"] = state.text
        with self.ctx.db.unit_of_work(self.ctx.actor) as uow:
            return listing.export_list(uow, "documents", path, filters, progress)
