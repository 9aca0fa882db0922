"""Demo meetings of a sales department: weekly meetings of the past weeks with minutes, decisions
and action items (some done, some late), a monthly and a quarterly meeting, a project meeting, ad
hoc requests, and next week's meeting with its notice out. Written through the slice's own
services (a few dozen records), each step at its own time in the past."""

from __future__ import annotations

from datetime import UTC, date, datetime, time, timedelta

from sqlalchemy import select
from sqlalchemy.orm import Session

from neiqin.core.auth.actor import Actor
from neiqin.core.auth.models import User
from neiqin.core.db.session import Database, UnitOfWork
from neiqin.core.demo import DemoContext
from neiqin.modules.minutes import actions, notice, record, service, steps
from neiqin.modules.minutes.schemas import (
    ActionItemInput,
    AgendaInput,
    AttendeeInput,
    DecisionInput,
    MaterialInput,
    MeetingInput,
    MinutesInput,
)

WEEKS = 8
PLACE = "三楼第一会议室"
WEEKLY_AGENDA = (("上周销售工作总结及本周计划", "王芳", 20), ("重点客户订单执行情况", "陈静", 15),
                 ("回款及费用情况通报", "赵敏", 10), ("问题讨论与工作安排", "李建国", 15))
MATERIALS = (("上周销售数据报表", "material"), ("重点订单跟踪表", "material"), ("投影仪", "equipment"))
DISCUSSIONS = (
    "上周完成销售额较前一周有所增长，华东区域新客户签约两家；部分订单交期紧张，需与生产部门提前协调排产。",
    "重点客户订单总体按计划执行，个别订单因原材料到货延迟存在交付风险，已向客户说明情况并取得谅解。",
    "本月回款进度低于计划，逾期应收款主要集中在三家客户；业务招待费用支出在预算范围内。",
    "针对交期紧张和回款滞后问题进行了讨论，明确了责任人和完成时间。",
)
DECISIONS = (
    ("对逾期应收款客户逐一电话催收，并书面发送对账函", "陈静", 7),
    ("与生产部门召开排产协调会，确认本月重点订单交期", "王芳", 5),
    ("整理本季度客户回访记录，汇总客户意见和建议", "王芳", 10),
    ("更新重点客户信用额度评估表，提交财务部复核", "赵敏", 8),
    ("完成新客户档案建档并补齐营业执照等资料", "陈静", 4),
    ("编制下月办公用品采购计划并报部门负责人审批", "王芳", 6),
)
LEAVES = ("外出拜访客户", "参加客户验收会", "病假")


def _local(day: date, hour: int, minute: int = 0) -> datetime:
    return datetime.combine(day, time(hour, minute)).astimezone().astimezone(UTC)


class _Desk:
    """Units of work at chosen times on a session joined to the demo's connection."""

    def __init__(self, ctx: DemoContext) -> None:
        self.session = Session(bind=ctx.connection)
        self.db = Database(ctx.connection.engine)
        people = {u.id: u for u in self.session.scalars(select(User).where(User.deleted_at.is_(None)))}
        self.actors = {uid: Actor(u.id, u.username, u.display_name, u.role_code, ctx.branch_id,
                                  ctx.actor.permissions) for uid, u in people.items()}
        self.system = ctx.actor
        self.now = ctx.now.astimezone(UTC)

    def at(self, when: datetime, user_id: str | None = None) -> UnitOfWork:
        when = min(when, self.now)  # nothing is recorded in the future
        actor = self.actors.get(user_id or "", self.system)
        self.session.info.update(actor=actor, db=self.db, now=when)
        return UnitOfWork(self.session, actor, self.db)


def _people(ctx: DemoContext) -> tuple[str, str, list[str]]:
    """(chair, recorder, attendees): the department head chairs, a clerk records."""
    reviewers = ctx.users.get("reviewer") or ctx.users.get("admin") or []
    clerks = ctx.users.get("clerk") or ctx.users.get("admin") or []
    others = [u for role in ("clerk", "finance") for u in ctx.users.get(role, [])]
    chair, recorder = reviewers[0], clerks[0]
    return chair, recorder, list(dict.fromkeys([chair, recorder, *others]))


def _minutes(desk: _Desk, meeting, when: datetime, recorder: str, rng, decisions: int) -> list:
    uow = desk.at(when, recorder)
    view = steps.transition(uow, meeting.id, "hold")
    attendance = {}
    for attendee in view.attendees:
        attendance[attendee.id] = attendee.attendance or ("late" if rng.random() < 0.1 else "present")
    picked = rng.sample(DECISIONS, decisions)
    data = MinutesInput(attendance=attendance,
                        discussion={a.id: DISCUSSIONS[n % len(DISCUSSIONS)] for n, a in enumerate(view.agenda)},
                        decisions=tuple(DecisionInput(text) for text, _owner, _days in picked),
                        notes="下次例会前各责任人报送待办事项进展。")
    view = record.save_minutes(uow, meeting.id, data)
    names = {a.name: a.user_id for a in view.attendees}
    meeting_day = view.starts_at.astimezone().date()
    made = []
    for decision, (text, owner, days) in zip(view.decisions, picked, strict=True):
        owner_id = names.get(owner)
        made.append(actions.add_item(uow, meeting.id, ActionItemInput(
            text, owner_id, meeting_day + timedelta(days=days), decision.id, owner_name="" if owner_id else owner)))
    return made


def _close(desk: _Desk, meeting_id: str, when: datetime, recorder: str, chair: str, stage: str) -> None:
    steps.transition(desk.at(when, recorder), meeting_id, "submit")
    if stage == "in_review":
        return
    steps.transition(desk.at(when + timedelta(hours=20), chair), meeting_id, "review", comment="同意")
    if stage == "reviewed":
        return
    steps.transition(desk.at(when + timedelta(hours=22), recorder), meeting_id, "distribute", channel="email")


def _notice(desk: _Desk, meeting, when: datetime, recorder: str, rng, ack_share: float = 0.9) -> None:
    view = steps.transition(desk.at(when, recorder), meeting.id, "notify")
    for attendee in view.attendees:
        later = desk.at(when + timedelta(hours=1 + rng.random() * 20), recorder)
        if rng.random() < 0.08:
            notice.request_leave(later, attendee.id, rng.choice(LEAVES))
        elif rng.random() < ack_share:
            notice.acknowledge(later, attendee.id)


def _progress(desk: _Desk, items: list, now: datetime, rng, recorder: str) -> None:
    """Older items are mostly done by now; recent ones are under way; a few are left late."""
    for item in items:
        due = datetime.combine(item.due_date, time(17)).astimezone().astimezone(UTC)
        roll = rng.random()
        done_share = 0.85 if due < now - timedelta(days=7) else 0.6 if due < now else 0.15
        if roll < done_share:
            actions.report_progress(desk.at(due - timedelta(days=1), recorder), item.id, "已按要求完成，相关资料已归档。",
                                    "done")
        elif roll < done_share + 0.3:
            actions.report_progress(desk.at(min(due, now) - timedelta(days=1), recorder), item.id,
                                    "正在推进，已完成约一半工作。", "in_progress")


def _base(title: str, kind: str, start: datetime, minutes: int, chair: str, recorder: str, people: list[str],
          agenda=WEEKLY_AGENDA, guests: tuple = (), reason: str = "") -> MeetingInput:
    return MeetingInput(
        title=title, kind=kind, starts_at=start, ends_at=start + timedelta(minutes=minutes), place=PLACE,
        chair_id=chair, recorder_id=recorder,
        attendees=tuple(AttendeeInput(u) for u in people) + tuple(AttendeeInput(None, n, o) for n, o in guests),
        agenda=tuple(AgendaInput(t, p, m) for t, p, m in agenda),
        materials=tuple(MaterialInput(n, k, True) for n, k in MATERIALS), request_reason=reason)


def demo_data(ctx: DemoContext) -> dict[str, int]:
    chair, recorder, people = _people(ctx)
    if not people:
        return {"meetings": 0}
    rng, desk = ctx.rng, _Desk(ctx)
    now = ctx.now.astimezone(UTC)
    today = ctx.now.astimezone().date()
    monday = today - timedelta(days=today.weekday())
    first = _local(monday - timedelta(weeks=WEEKS), 9)
    meeting = service.create_meeting(desk.at(first - timedelta(days=4), recorder),
                                     _base("销售部周例会", "weekly", first, 60, chair, recorder, people))
    items: list = []
    made = {"meetings": 1}
    stages = {2: "reviewed", 1: "in_review", 0: "draft"}
    week, planned = WEEKS, now
    while meeting.starts_at <= now:
        start = meeting.starts_at
        _notice(desk, meeting, start - timedelta(days=3), recorder, rng)
        new = _minutes(desk, meeting, min(start + timedelta(hours=2), now), recorder, rng, 2 + (week % 2))
        stage = stages.get(week, "distributed")
        if stage != "draft":
            _close(desk, meeting.id, start + timedelta(hours=4), recorder, chair, stage)
        items += new
        _progress(desk, new, now, rng, recorder)
        planned = min(start + timedelta(days=2), now)
        meeting = service.create_next(desk.at(planned, recorder), meeting.id)
        made["meetings"] += 1
        week -= 1
    # the coming meeting: notice out, acknowledgements coming in
    _notice(desk, meeting, max(now - timedelta(hours=6), planned + timedelta(minutes=10)), recorder, rng,
            ack_share=0.6)
    made["meetings"] += _others(desk, ctx, chair, recorder, people, monday, now, rng, items)
    made["action_items"] = len(items)
    desk.session.flush()
    desk.session.close()
    return made


def _others(desk: _Desk, ctx, chair, recorder, people, monday: date, now: datetime, rng, items: list) -> int:
    monthly = _local(monday - timedelta(days=24), 14)
    meeting = service.create_meeting(desk.at(monthly - timedelta(days=6), recorder), _base(
        "月度经营分析会", "monthly", monthly, 120, chair, recorder, people,
        agenda=(("本月销售目标完成情况分析", "王芳", 30), ("重点客户及市场动态", "陈静", 30),
                ("费用预算执行情况", "赵敏", 20), ("下月工作计划", "李建国", 30))))
    _notice(desk, meeting, monthly - timedelta(days=5), recorder, rng)
    new = _minutes(desk, meeting, monthly + timedelta(hours=3), recorder, rng, 3)
    _close(desk, meeting.id, monthly + timedelta(hours=5), recorder, chair, "distributed")
    _progress(desk, new, now, rng, recorder)
    items += new
    quarterly = _local(monday - timedelta(days=45), 9, 30)
    meeting = service.create_meeting(desk.at(quarterly - timedelta(days=10), recorder), _base(
        "第三季度工作总结会", "quarterly", quarterly, 180, chair, recorder, people,
        agenda=(("季度销售业绩总结", "王芳", 40), ("客户满意度及投诉处理情况", "陈静", 30),
                ("季度费用及回款分析", "赵敏", 30), ("下季度目标与措施", "李建国", 40))))
    _notice(desk, meeting, quarterly - timedelta(days=7), recorder, rng)
    new = _minutes(desk, meeting, quarterly + timedelta(hours=4), recorder, rng, 2)
    _close(desk, meeting.id, quarterly + timedelta(hours=6), recorder, chair, "distributed")
    _progress(desk, new, now, rng, recorder)
    items += new
    project = _local(monday - timedelta(days=4), 15)
    meeting = service.create_meeting(desk.at(project - timedelta(days=3), recorder), _base(
        "华东区域渠道拓展项目推进会", "project", project, 90, chair, recorder, people,
        agenda=(("项目进度及存在问题", "王芳", 30), ("客户需求与技术方案", "陈静", 30), ("资源协调", "李建国", 20)),
        guests=(("刘强", "生产部"), ("张伟", "上海浦东精密机械制造有限公司"))))
    _notice(desk, meeting, project - timedelta(days=2), recorder, rng)
    new = _minutes(desk, meeting, project + timedelta(hours=2), recorder, rng, 2)
    items += new
    adhoc = _local(monday + timedelta(days=9), 10)
    service.create_meeting(desk.at(now - timedelta(hours=3), ctx.users.get("clerk", [recorder])[-1]), _base(
        "重要客户投诉处理专题会", "ad_hoc", adhoc, 60, chair, recorder, people,
        agenda=(("投诉情况说明", "陈静", 15), ("原因分析与整改措施", "李建国", 30)),
        reason="客户反映批次产品质量问题，需各部门共同商定处理方案"))
    cancelled = service.create_meeting(desk.at(now - timedelta(days=6), recorder), _base(
        "年度客户答谢会筹备会", "ad_hoc", _local(monday + timedelta(days=3), 14), 60, chair, recorder, people,
        agenda=(("答谢会方案讨论", "王芳", 40),), reason="筹备年度客户答谢会"))
    steps.transition(desk.at(now - timedelta(days=5), chair), cancelled.id, "approve")
    steps.transition(desk.at(now - timedelta(days=2), recorder), cancelled.id, "cancel", comment="答谢会改为下月举行")
    return 4
