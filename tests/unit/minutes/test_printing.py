"""The notice, the minutes and the action report to the chair, read back from the PDF, and from
the command line; the meetings list from `neiqin export`."""

from __future__ import annotations

import subprocess
from datetime import timedelta

import openpyxl

from neiqin.core.db.types import utcnow
from neiqin.modules.minutes import actions, notice, record, steps
from neiqin.modules.minutes.printing import print_action_report, print_minutes, print_notice
from neiqin.modules.minutes.schemas import ActionItemInput, DecisionInput, MinutesInput
from tests.unit.minutes.conftest import held, schedule

TODAY = utcnow().astimezone().date()


def _text(path) -> str:
    out = subprocess.run(["pdftotext", "-layout", str(path), "-"], check=True, capture_output=True, text=True).stdout
    return out.replace(" ", "")


def _fonts_embedded(path) -> bool:
    fonts = subprocess.run(["pdffonts", str(path)], check=True, capture_output=True, text=True).stdout
    rows = [line for line in fonts.splitlines()[2:] if line.strip()]
    return bool(rows) and all(line.split()[-5] == "yes" for line in rows)


def test_the_notice_pdf(db, clerk, reviewer, finance, tmp_path):
    meeting = schedule(db, clerk, reviewer, [finance])
    with db.unit_of_work(clerk) as uow:
        notice.request_leave(uow, meeting.attendees[2].id, "外出拜访客户")
    with db.unit_of_work(clerk) as uow:
        path = print_notice(uow, meeting.number, tmp_path / "notice.pdf")
    text = _text(path)
    assert "会议通知" in text and meeting.number in text and "北京海淀示范贸易有限公司" in text
    assert "销售部周例会" in text and "三楼第一会议室" in text and "李经理" in text
    assert "上周销售工作总结" in text and "重点订单执行情况" in text and "35" in text  # 20 + 15 minutes
    assert "投影仪" in text and "参会人员签收" in text and "请假：外出拜访客户" in text
    assert "上海浦东精密机械制造有限公司" in text
    assert _fonts_embedded(path)


def _minutes(db, clerk, reviewer, finance):
    meeting = held(db, clerk, reviewer, [finance], days=-8)
    people = {a.name: a.id for a in meeting.attendees}
    with db.unit_of_work(clerk) as uow:
        view = record.save_minutes(uow, meeting.id, MinutesInput(
            attendance={people["李经理"]: "present", people["王芳"]: "present", people["赵会计"]: "late",
                        people["张伟"]: "absent"},
            discussion={meeting.agenda[0].id: "上周销售额较前一周增长百分之八"},
            decisions=(DecisionInput("对逾期应收款客户逐一电话催收"), DecisionInput("更新重点客户信用额度评估表"))))
        late = actions.add_item(uow, meeting.id, ActionItemInput("电话催收三家逾期客户", finance.user_id,
                                                                 TODAY - timedelta(days=1), view.decisions[0].id))
        done = actions.add_item(uow, meeting.id, ActionItemInput("提交信用额度评估表", clerk.user_id,
                                                                 TODAY - timedelta(days=3), view.decisions[1].id))
        actions.report_progress(uow, done.id, "已提交财务部复核", "done")
        steps.transition(uow, meeting.id, "submit")
    with db.unit_of_work(reviewer) as uow:
        steps.transition(uow, meeting.id, "review")
    return view, late, done


def test_the_minutes_pdf(db, clerk, reviewer, finance, tmp_path):
    meeting, late, done = _minutes(db, clerk, reviewer, finance)
    with db.unit_of_work(clerk) as uow:
        path = print_minutes(uow, meeting.number, tmp_path / "minutes.pdf")
    text = _text(path)
    assert "会议纪要" in text and meeting.number in text
    assert "应到4人，实到3人" in text and "迟到" in text and "缺席" in text
    assert "上周销售额较前一周增长百分之八" in text
    assert "决议事项" in text and "1.对逾期应收款客户逐一电话催收" in text
    assert late.code in text and done.code in text and "已完成" in text and "未开始（逾期）" in text
    assert "记录人" in text and "主持人审核" in text and "未定稿" not in text
    assert _fonts_embedded(path)


def test_the_action_report_to_the_chair(db, clerk, reviewer, finance, tmp_path):
    meeting, late, done = _minutes(db, clerk, reviewer, finance)
    with db.unit_of_work(clerk) as uow:
        path = print_action_report(uow, meeting.number, tmp_path / "report.pdf")
    text = _text(path)
    assert "决议事项落实情况报告" in text and "主持人李经理" in text
    assert "2项，已完成1项，逾期1项" in text and "50%" in text
    assert "已提交财务部复核" in text


def test_print_and_export_from_the_command_line(db, db_path, clerk, reviewer, finance, tmp_path):
    from neiqin.__main__ import main

    meeting, _late, _done = _minutes(db, clerk, reviewer, finance)
    for form in ("meeting-notice", "meeting-minutes", "meeting-action-report"):
        out = tmp_path / f"{form}.pdf"
        assert main(["print", form, meeting.number, "--out", str(out), "--db", str(db_path)]) == 0
        assert meeting.number in _text(out)
    assert main(["print", "meeting-minutes", "HY-BJ01-2000-999999", "--out", str(tmp_path / "x.pdf"),
                 "--db", str(db_path)]) == 2
    assert not (tmp_path / "x.pdf").exists()
    out = tmp_path / "meetings.xlsx"
    assert main(["export", "meetings", "--out", str(out), "--db", str(db_path)]) == 0
    rows = list(openpyxl.load_workbook(out).active.iter_rows(values_only=True))
    assert rows[0][:3] == ("会议编号", "会议名称", "会议类型")
    assert rows[1][0] == meeting.number and rows[1][2] == "周例会" and rows[1][6] == "主持人已审核"
    assert rows[1][7] == 4 and rows[1][8] == 0 and rows[1][9] == 1  # attendees, awareness %, open items
    out = tmp_path / "items.xlsx"
    assert main(["export", "action-items", "--out", str(out), "--db", str(db_path)]) == 0
    assert len(list(openpyxl.load_workbook(out).active.iter_rows(values_only=True))) == 3
