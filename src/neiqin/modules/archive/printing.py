"""The archive's printed forms on `core.pdf`: the lending slip (借阅单), the overdue reminder notice
(催还通知), the circulation slip (传阅单) and the destruction record (销毁记录)."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

from neiqin.core.db.session import UnitOfWork
from neiqin.core.errors import NeiqinError
from neiqin.core.pdf import Column, FormDocument, Letterhead, SignatureBox
from neiqin.core.signatures import signature_path
from neiqin.modules.archive import lending as ln
from neiqin.modules.archive import rules
from neiqin.modules.archive.destruction import get_destruction_by_number
from neiqin.modules.archive.documents import get_document_by_number
from neiqin.modules.archive.schemas import LendingView
from neiqin.modules.archive.service import local_today

LENDING_RULES = (
    "1. 借阅档案须经部门负责人批准；密级为“机密”的档案须经管理员批准。",
    "2. 未经批准不得复印、拍照或带出档案；批准事项以本单记载为准。",
    "3. 借阅人应妥善保管档案，不得转借、拆散、涂改、污损；归还时当面清点。",
    "4. 请于归还日期前归还；逾期一天发第一次催还通知，逾期七天发第二次，逾期十四天抄送部门负责人。",
)


def _letterhead(uow: UnitOfWork) -> Letterhead:
    return Letterhead.from_session(uow.session, uow.db.path)


def _when(value: datetime | None) -> str:
    return value.astimezone().strftime("%Y-%m-%d %H:%M") if value else ""


def _yes(value: bool) -> str:
    return "允许" if value else "不允许"


def _signature_image(uow: UnitOfWork, lending: LendingView, action: str) -> Path | None:
    step = next((s for s in reversed(lending.steps) if s.action == action and s.extra.get("signature")), None)
    if step is None or uow.db.path is None:
        return None
    try:
        return signature_path(uow.db.path, step.extra["signature"])
    except NeiqinError:
        return None  # a missing signature file leaves the line blank to sign by hand


def render_lending_slip(uow: UnitOfWork, lending: LendingView, out: Path) -> Path:
    doc = FormDocument(out, "档案借阅单", lending.number, _letterhead(uow), subject=lending.borrower_name)
    returned = ""
    if lending.returned_at:
        returned = f"{_when(lending.returned_at)}（{rules.CONDITION_WORDS.get(lending.return_condition, '')}）"
    doc.add_key_values([
        ("借阅单号", lending.number), ("申请日期", lending.requested_on.isoformat()),
        ("档号", lending.item_number), ("密级", rules.LEVEL_WORDS[lending.confidentiality]),
        ("档案题名", lending.item_title), ("借阅方式", rules.MODE_WORDS[lending.mode]),
        ("借阅人", lending.borrower_name), ("部门", lending.borrower_department),
        ("是否允许复印", _yes(lending.may_copy)), ("是否允许拍照", _yes(lending.may_photo)),
        ("归还日期", lending.due_on.isoformat()), ("续借次数", str(lending.renewals)),
        ("审批人", lending.approved_by), ("审批时间", _when(lending.approved_at)),
        ("出借时间", _when(lending.issued_at)), ("归还情况", returned),
    ], columns=2)
    doc.add_heading("借阅目的")
    doc.add_paragraph(lending.purpose)
    renewals = [s for s in lending.steps if s.action == "renew"]
    if renewals:
        doc.add_heading("续借记录")
        doc.add_table([Column("续借时间", 1.4), Column("原归还日期", 1.2, align="center"),
                       Column("新归还日期", 1.2, align="center"), Column("经办人", 1.0)],
                      [[_when(s.at), s.extra.get("from", ""), s.extra.get("to", ""), s.actor_name] for s in renewals])
    doc.add_heading("借阅须知")
    for line in LENDING_RULES:
        doc.add_paragraph(line, style="small")
    issued_on = lending.issued_at.astimezone().date().isoformat() if lending.issued_at else ""
    doc.add_signatures([
        SignatureBox("借阅人", lending.borrower_name, ("签字", "日期"), stamp=False, values=("", issued_on),
                     image=_signature_image(uow, lending, "issue")),
        SignatureBox("部门负责人审批", "", ("签字", "日期"), stamp=False,
                     values=(lending.approved_by, lending.approved_at.astimezone().date().isoformat()
                             if lending.approved_at else "")),
        SignatureBox("档案管理员（出借）", "", ("签字", "日期"), stamp=False),
        SignatureBox("归还签收", "", ("借阅人签字", "档案管理员签字", "日期"), stamp=False,
                     image=_signature_image(uow, lending, "return")),
    ])
    return doc.build()


def print_lending_slip(uow: UnitOfWork, number: str, out: Path) -> Path:
    """`neiqin print lending-slip JY-BJ01-2026-000001 --out slip.pdf`."""
    return render_lending_slip(uow, ln.get_lending_by_number(uow.session, uow.actor, number), Path(out))


def render_reminder(uow: UnitOfWork, lending: LendingView, out: Path) -> Path:
    today = local_today(uow)
    days = lending.days_overdue(today)
    level = max(ln.level_due(days), lending.reminders, 1)
    doc = FormDocument(out, rules.REMINDER_WORDS[level], f"{lending.number}-{level}", _letterhead(uow),
                       qr_text=lending.number, subject=lending.borrower_name)
    to = f"{lending.borrower_department} {lending.borrower_name}".strip()
    if ln.reminder_recipient(level) == "department_head":
        to += f"（抄送：{lending.borrower_department or '所在部门'}负责人）"
    doc.add_key_values([("致", to), ("通知日期", today.isoformat()), ("借阅单号", lending.number),
                        ("档号", lending.item_number), ("档案题名", lending.item_title),
                        ("应还日期", lending.due_on.isoformat()), ("已逾期", f"{days} 天"),
                        ("本次为", f"第 {level} 次催还")], columns=2)
    doc.add_paragraph(
        f"{lending.borrower_name}：您借阅的档案《{lending.item_title}》（档号 {lending.item_number}）应于 "
        f"{lending.due_on.isoformat()} 归还，截至 {today.isoformat()} 已逾期 {days} 天。请于接到本通知后三个工作日内"
        "归还档案室；如确需继续使用，请办理续借手续。")
    if ln.reminder_recipient(level) == "department_head":
        doc.add_paragraph("经两次催还仍未归还，现抄送部门负责人，请督促归还。")
    doc.add_signatures([SignatureBox("档案管理员", "", ("签字", "日期"), stamp=False, values=("", today.isoformat())),
                        SignatureBox("借阅人签收", lending.borrower_name, ("签字", "日期"), stamp=False)])
    return doc.build()


def print_reminder(uow: UnitOfWork, number: str, out: Path) -> Path:
    """`neiqin print lending-reminder JY-BJ01-2026-000001`: the notice of the reminder due now."""
    return render_reminder(uow, ln.get_lending_by_number(uow.session, uow.actor, number), Path(out))


def print_circulation_slip(uow: UnitOfWork, number: str, out: Path) -> Path:
    """`neiqin print circulation-slip SW-BJ01-2026-000001`: the document and its readers in order."""
    view = get_document_by_number(uow.session, uow.actor, number)
    doc = FormDocument(Path(out), "文件传阅单", view.number, _letterhead(uow), subject=view.title)
    doc.add_key_values([
        ("登记号", view.number), ("收/发", rules.DIRECTION_WORDS[view.direction]),
        ("文号", view.reference), ("日期", view.doc_date.isoformat()),
        ("标题", view.title), ("缓急", rules.URGENCY_WORDS[view.urgency]),
        ("发文单位", view.sender), ("收文单位", view.receiver),
        ("份数", str(view.copies)), ("密级", rules.LEVEL_WORDS[view.confidentiality]),
    ], columns=2)
    if view.distribution:
        doc.add_paragraph("分发范围：" + "、".join(view.distribution.splitlines()))
    doc.add_heading("传阅记录（按顺序传阅，阅后签字并注明时间）")
    rows = [[r.seq, r.reader_name, r.department, _when(r.signed_at), r.comment, ""] for r in view.readers]
    rows += [["", "", "", "", "", ""] for _ in range(max(0, 3 - len(rows)))]
    doc.add_table([Column("序号", 0.5, align="center"), Column("传阅人", 1.1), Column("部门", 1.1),
                   Column("签阅时间", 1.4, align="center"), Column("阅办意见", 2.4), Column("签字", 1.2)], rows)
    doc.add_paragraph("传阅文件须按规定的范围和顺序传阅，不得擅自扩大或缩小传阅范围；阅毕请及时传递。", style="small")
    doc.add_signatures([SignatureBox("登记人", "", ("签字", "日期"), stamp=False),
                        SignatureBox("传阅完毕收回", "", ("签字", "日期"), stamp=False)])
    return doc.build()


def print_destruction_record(uow: UnitOfWork, number: str, out: Path) -> Path:
    """`neiqin print destruction-record XH-BJ01-2026-000001`: what was destroyed, when, how, by whom."""
    view = get_destruction_by_number(uow.session, uow.actor, number)
    doc = FormDocument(Path(out), "档案销毁记录", view.number, _letterhead(uow), landscape=True)
    destroyed = [line for line in view.lines if line.decision == "destroy"]
    kept = [line for line in view.lines if line.decision == "keep"]
    doc.add_key_values([
        ("批次号", view.number), ("鉴定日期", view.created_on.isoformat()),
        ("鉴定人", view.appraised_by), ("批准人", view.approved_by),
        ("批准时间", _when(view.approved_at)), ("销毁方式", rules.METHOD_WORDS.get(view.method, "")),
        ("销毁日期", view.destroyed_on.isoformat() if view.destroyed_on else ""), ("销毁地点", view.place),
        ("销毁数量", f"{len(destroyed)} 件"), ("执行人", view.executed_by),
    ], columns=2)
    doc.add_heading("销毁清单")
    columns = [Column("序号", 0.5, align="center"), Column("档号", 1.8), Column("题名", 3.6), Column("类别", 1.0),
               Column("形成日期", 1.1, align="center"), Column("保管期限至", 1.1, align="center"),
               Column("密级", 0.7, align="center"), Column("鉴定意见", 2.0)]
    doc.add_table(columns, [[n, line.item_number, line.item_title, line.category,
                             line.doc_date.isoformat() if line.doc_date else "",
                             line.retention_until.isoformat() if line.retention_until else "",
                             rules.LEVEL_WORDS[line.confidentiality], line.reason or "已无保存价值，同意销毁"]
                            for n, line in enumerate(destroyed, start=1)])
    if kept:
        doc.add_heading("经鉴定继续保存")
        doc.add_table([Column("档号", 1.8), Column("题名", 4.0), Column("延长年限", 1.0, align="center"),
                       Column("理由", 4.0)],
                      [[line.item_number, line.item_title, f"{line.keep_years} 年", line.reason] for line in kept])
    if view.decision_comment:
        doc.add_paragraph(f"审批意见：{view.decision_comment}")
    boxes = [SignatureBox("监销人", name, ("签字", "日期"), stamp=False) for name in view.witnesses]
    if not boxes:
        boxes = [SignatureBox("监销人", "", ("签字", "日期"), stamp=False) for _ in range(2)]
    boxes.append(SignatureBox("执行人", view.executed_by, ("签字", "日期"), stamp=False))
    boxes.append(SignatureBox("批准人", view.approved_by, ("签字", "日期"), stamp=True))
    doc.add_signatures(boxes)
    return doc.build()
