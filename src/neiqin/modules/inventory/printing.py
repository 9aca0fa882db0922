"""The count sheet (盘点表) of a count session: blank (blind or not) while counting, with the
results once approved; the approved sheet is archived as an attachment of the session."""

from __future__ import annotations

import tempfile
from pathlib import Path

from sqlalchemy import select

from neiqin.core import attachments
from neiqin.core.auth.models import User
from neiqin.core.db.session import UnitOfWork
from neiqin.core.ledger.count_sheet import SheetLine, render_count_sheet
from neiqin.core.ledger.counts import APPROVED, REASONS, STATUS_TITLES
from neiqin.core.pdf import Letterhead
from neiqin.modules.inventory import service_counts
from neiqin.modules.inventory.models import StockCount
from neiqin.modules.inventory.schemas import CountView

REASON_WORDS = {"miscount": "点数错误", "damage": "损坏", "theft": "被盗或丢失", "unrecorded_receipt": "入库未记账",
                "unrecorded_shipment": "出库未记账", "other": "其他"}
STATUS_WORDS = {"counting": "盘点中", "submitted": "待审批", "approved": "已审批", "cancelled": "已取消"}
SCOPE_WORDS = {"category": "类别", "location": "库位"}
_ = (REASONS, STATUS_TITLES)  # the words above are the printed (zh_CN) forms of these


def _scope_text(scope: str) -> str:
    if not scope:
        return "全部产品"
    kind, _sep, value = scope.partition(":")
    return f"{SCOPE_WORDS.get(kind, kind)}：{value}"


def _user_name(uow: UnitOfWork, user_id: str | None) -> str:
    if not user_id:
        return ""
    return uow.session.scalar(select(User.display_name).where(User.id == user_id)) or ""


def render(uow: UnitOfWork, count: CountView, out: Path) -> Path:
    results = count.status == APPROVED
    lines = [SheetLine(line.location, line.code, line.name, line.spec, line.unit,
                       line.book_quantity + (line.moved_before_count if results else 0),
                       line.counted_quantity if results else None, line.variance if results else None,
                       " ".join(x for x in (REASON_WORDS.get(line.reason, line.reason), line.note) if x)
                       if results else "")
             for line in count.lines]
    details = [("盘点单号", count.number), ("盘点名称", count.title), ("盘点范围", _scope_text(count.scope)),
               ("开始时间", count.started_at.astimezone().strftime("%Y-%m-%d %H:%M")),
               ("状态", STATUS_WORDS.get(count.status, count.status)), ("盘点人", count.counter_name)]
    supervisor = ""
    if results:
        supervisor = _user_name(uow, count.approved_by)
        details += [("审批时间", count.approved_at.astimezone().strftime("%Y-%m-%d %H:%M") if count.approved_at
                     else ""),
                    ("盘点准确率", f"{count.line_accuracy * 100:.1f}%" if count.line_accuracy is not None else "")]
    return render_count_sheet(out, Letterhead.from_session(uow.session, uow.db.path), title="盘点表",
                              number=count.number, details=details, lines=lines, blind=count.blind and not results,
                              with_results=results, signer_names=(count.counter_name, supervisor))


def print_count_sheet(uow: UnitOfWork, number: str, out: Path) -> Path:
    """`neiqin print count-sheet PD-BJ01-2026-000001 out.pdf`."""
    count = service_counts.get_count_by_number(uow.session, uow.actor, number)
    return render(uow, count, Path(out))


def archive_count_sheet(uow: UnitOfWork, count: StockCount) -> str:
    """Write the approved sheet, store it by content hash and attach it to the session."""
    view = service_counts.count_view(uow.session, count)
    with tempfile.TemporaryDirectory() as folder:
        path = render(uow, view, Path(folder) / f"{count.number}-盘点表.pdf")
        ref = attachments.store(uow.db.path, path)
    attachments.attach(uow, StockCount.__tablename__, count.id, ref, note="盘点表（已审批）")
    return ref.sha256
