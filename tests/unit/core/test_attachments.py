"""The content-addressed attachment store and the links from records to files."""

from __future__ import annotations

import hashlib

import pytest
from sqlalchemy import select

from neiqin.core import attachments
from neiqin.core.attachments import MAX_SIZE, Attachment, AttachmentStore, attach, attachments_of, detach
from neiqin.core.audit import AuditEntry
from neiqin.core.errors import NotFound, ValidationError
from neiqin.paths import attachments_dir

SCAN = "已签字的订单扫描件".encode() + bytes(range(256)) * 40


def test_store_writes_by_hash_once(db_path):
    ref = attachments.store(db_path, SCAN, "订单 SO-BJ01-2026-000001.PDF")
    digest = hashlib.sha256(SCAN).hexdigest()
    assert ref.sha256 == digest and ref.size == len(SCAN)
    assert ref.mime == "application/pdf" and ref.filename == "订单 SO-BJ01-2026-000001.PDF"
    path = attachments.open_path(db_path, digest)
    assert path == attachments_dir(db_path) / digest[:2] / f"{digest[2:]}.pdf"
    assert path.read_bytes() == SCAN

    again = attachments.store(db_path, SCAN, "copy.jpg")  # same content under another name
    assert again.sha256 == digest and again.filename == "copy.jpg" and again.mime == "image/jpeg"
    files = [p for p in attachments_dir(db_path).rglob("*") if p.is_file()]
    assert files == [path]  # stored once, no temporary file left


def test_store_from_a_file_and_from_a_store_folder(tmp_path):
    source = tmp_path / "receipt.png"
    source.write_bytes(b"\x89PNG fake receipt")
    folder = tmp_path / "store"
    folder.mkdir()
    ref = attachments.store(folder, source)
    assert ref.filename == "receipt.png" and ref.mime == "image/png"
    assert attachments.open_path(folder, ref.sha256).parent.parent == folder
    assert attachments.verify(folder, ref.sha256)


def test_verify_detects_a_changed_or_missing_file(tmp_path):
    store = AttachmentStore(tmp_path / "files")
    ref = store.store(b"contract text", "合同.txt")
    assert store.verify(ref.sha256)
    stored = store.open_path(ref.sha256)
    stored.write_bytes(b"contract text, altered")
    assert not store.verify(ref.sha256)
    stored.unlink()
    assert not store.verify(ref.sha256)
    with pytest.raises(NotFound, match="missing"):
        store.open_path(ref.sha256)
    with pytest.raises(ValidationError):
        store.open_path("../../etc/passwd")


def test_files_over_the_limit_are_refused_and_leave_nothing(tmp_path):
    big = tmp_path / "scan.tif"
    with big.open("wb") as handle:
        handle.truncate(MAX_SIZE + 1)
    store = AttachmentStore(tmp_path / "files")
    with pytest.raises(ValidationError, match="larger than 50 MB") as caught:
        store.store(big)
    assert caught.value.field == "file"
    with pytest.raises(ValidationError, match="larger than"):
        store.store(b"x" * (MAX_SIZE + 1), "big.bin")
    assert not store.root.exists() or not [p for p in store.root.rglob("*") if p.is_file()]
    exact = store.store(b"y" * MAX_SIZE, "exact.bin")
    assert exact.size == MAX_SIZE


def test_bad_names_and_missing_sources_are_refused(tmp_path):
    store = AttachmentStore(tmp_path / "files")
    with pytest.raises(ValidationError) as caught:
        store.store(b"data", "")
    assert caught.value.field == "filename"
    with pytest.raises(NotFound):
        store.store(tmp_path / "nope.pdf")
    odd = store.store(b"data", "C:\\scans\\..\\收据.JPEG")
    assert odd.filename == "收据.JPEG"
    assert store.open_path(odd.sha256).name.endswith(".jpeg")


def test_attach_links_a_stored_file_and_is_audited(db, db_path, clerk):
    ref = attachments.store(db_path, SCAN, "报销单.pdf")
    other = attachments.store(db_path, b"another", "b.txt")
    with db.unit_of_work(clerk) as uow:
        view = attach(uow, "order", "order-1", ref, note="  客户签字  ")
        attach(uow, "order", "order-2", other)
    assert view.note == "客户签字" and view.created_by == clerk.user_id
    with db.read() as session:
        listed = attachments_of(session, "order", "order-1")
        audit = session.scalars(select(AuditEntry).where(AuditEntry.table_name == "attachment")).all()
    assert [(a.sha256, a.filename, a.size) for a in listed] == [(ref.sha256, "报销单.pdf", len(SCAN))]
    assert len(audit) == 2 and {a.op for a in audit} == {"insert"}

    with db.unit_of_work(clerk) as uow:
        detach(uow, view.id)
    with db.read() as session:
        assert attachments_of(session, "order", "order-1") == []
        assert session.get(Attachment, view.id).deleted_at is not None
    assert attachments.verify(db_path, ref.sha256)  # the file stays for backups and other links


def test_attach_refuses_a_file_that_is_not_stored(db, clerk):
    ghost = attachments.AttachmentRef(sha256="ab" * 32, size=3, filename="ghost.pdf", mime="application/pdf")
    with pytest.raises(NotFound), db.unit_of_work(clerk) as uow:
        attach(uow, "order", "order-1", ghost)
    with pytest.raises(ValidationError), db.unit_of_work(clerk) as uow:
        attach(uow, "", "order-1", ghost)
    with db.read() as session:
        assert session.scalars(select(Attachment)).all() == []
