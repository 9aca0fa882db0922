"""Demo databases: a realistic small Chinese trading company, made from every module's
`demo_data` contribution (see core/demo.py)."""

from __future__ import annotations

import random
from pathlib import Path

from neiqin.app.database import open_database
from neiqin.core.audit import log_event
from neiqin.core.auth import service as auth
from neiqin.core.auth.actor import system_actor
from neiqin.core.db.types import utcnow
from neiqin.core.demo import DemoContext
from neiqin.core.errors import QT_TRANSLATE_NOOP, ValidationError
from neiqin.modules import all_permissions, contributions

DEMO_PASSWORD = "demo1234"
DEMO_COMPANY = auth.SetupData(
    company_name="华信商贸有限公司",
    branch_code="BJ01",
    branch_name="北京分公司",
    admin_username="admin",
    admin_display_name="系统管理员",
    admin_password=DEMO_PASSWORD,
    company_address="北京市海淀区中关村大街27号中关村大厦8层",
    company_phone="010-6258 8888",
)
#: username: (display name, role, department)
DEMO_USERS = {
    "clerk": ("王芳", "clerk", "销售部"),
    "clerk2": ("陈静", "clerk", "销售部"),
    "reviewer": ("李建国", "reviewer", "销售部"),
    "finance": ("赵敏", "finance", "财务部"),
}


def demo_scale(orders: int, customers: int | None) -> dict[str, int]:
    if customers is None:
        customers = max(200, min(100_000, orders // 100))
    return {"customers": customers, "products": 300, "orders": orders}


def build_demo(path: Path, orders: int = 1000, customers: int | None = None, seed: int = 2026) -> dict[str, int]:
    """Create a demo database at `path` (which must not exist or be empty). Returns what was made."""
    path = Path(path)
    if path.exists() and path.stat().st_size > 0:
        raise ValidationError(QT_TRANSLATE_NOOP("errors", "{path} exists already: choose a new file for the demo."),
                              path=str(path))
    if orders < 0:
        raise ValidationError(QT_TRANSLATE_NOOP("errors", "The number of orders cannot be negative."))
    db = open_database(path)
    try:
        admin = auth.setup_company(db, DEMO_COMPANY, all_permissions())
        users: dict[str, list[str]] = {"admin": [admin.user_id]}
        with db.unit_of_work(admin) as uow:
            for username, (name, role, department) in DEMO_USERS.items():
                view = auth.create_user(uow, username, name, role, DEMO_PASSWORD, department=department)
                users.setdefault(role, []).append(view.id)
        actor = system_actor(admin.branch_id, frozenset(p.code for p in all_permissions()))
        counts: dict[str, int] = {"users": 1 + len(DEMO_USERS)}
        with db.connect() as connection:
            ctx = DemoContext(
                connection=connection, actor=actor, branch_id=admin.branch_id, branch_code=DEMO_COMPANY.branch_code,
                rng=random.Random(seed), now=utcnow(), scale=demo_scale(orders, customers), users=users,
            )
            # a slice that uses others' demo records (orders need customers and products) sets
            # DEMO_ORDER in its contributions to run after them; otherwise the module order applies
            ordered = sorted(contributions(), key=lambda pair: getattr(pair[1], "DEMO_ORDER", pair[0].order))
            for _module, contribution in ordered:
                make = getattr(contribution, "demo_data", None)
                if make is not None:
                    counts.update(make(ctx))
        with db.unit_of_work(actor) as uow:
            log_event(uow.session, actor, uow.now(), "demo", admin.branch_id, "demo",
                      note=", ".join(f"{k}={v}" for k, v in counts.items()))
        return counts
    finally:
        db.dispose()
