"""The world the actions run on: the test template (company, admin, clerk, reviewer, finance) plus
two colleagues who are none of the four role users (刘洋 of 销售部, who claims, borrows and owns
action items; 张总, who chairs the meetings), the reviewer made head of 销售部, and every slice's
records. Built once per test run through the real services into a SQLite file; each test module
works on a copy, every action in a transaction that is rolled back."""

from __future__ import annotations

import json
import shutil
from pathlib import Path
from types import SimpleNamespace

from neiqin.app import open_database
from neiqin.core.auth import service as auth
from neiqin.core.auth.models import User
from tests.helpers.factory import ADMIN_PASSWORD, USER_PASSWORD
from tests.helpers.matrix import (
    archive,
    core,
    customers,
    inventory,
    minutes,
    orders,
    products,
    reimbursements,
    supplies,
)

#: the slices in the order their records depend on each other
SLICES = (customers, products, inventory, orders, supplies, reimbursements, minutes, archive, core)
ACTIONS = [action for piece in SLICES for action in piece.ACTIONS]
ROLE_USERS = ("clerk", "reviewer", "finance", "admin")
_BUILT: dict[str, Path] = {}


def sign_in(db, username: str):
    return auth.sign_in(db, username, ADMIN_PASSWORD if username == "admin" else USER_PASSWORD)


def build_world(template: Path, folder: Path) -> Path:
    """The world's folder (world.db, its attachments, world.json with the ids), built once per run."""
    if "world" in _BUILT:
        return _BUILT["world"]
    folder.mkdir(parents=True, exist_ok=True)
    shutil.copy(template, folder / "world.db")
    db = open_database(folder / "world.db")
    try:
        admin = sign_in(db, "admin")
        with db.unit_of_work(admin) as uow:
            auth.create_user(uow, "liuyang", "刘洋", "clerk", USER_PASSWORD, department="销售部")
            auth.create_user(uow, "zhangzong", "张总", "reviewer", USER_PASSWORD, department="总经办")
        reviewer = sign_in(db, "reviewer")
        with db.unit_of_work(admin) as uow:  # no service moves a user between departments
            uow.session.get(User, reviewer.user_id).department = "销售部"
        people = SimpleNamespace(**{name: sign_in(db, name) for name in ROLE_USERS},
                                 staff=sign_in(db, "liuyang"), chair=sign_in(db, "zhangzong"))
        w = SimpleNamespace(**{f"{name}_id": getattr(people, name).user_id for name in (*ROLE_USERS, "staff", "chair")})
        for piece in SLICES:
            build = getattr(piece, "build", None)
            if build is not None:
                build(db, people, w)
        (folder / "world.json").write_text(json.dumps(vars(w), ensure_ascii=False, indent=1), encoding="utf-8")
    finally:
        db.dispose()
    _BUILT["world"] = folder
    return folder


def copy_world(world: Path, folder: Path) -> tuple[Path, SimpleNamespace]:
    """A private copy of the world (database and attachments) and its ids."""
    shutil.copytree(world, folder)
    return folder / "world.db", SimpleNamespace(**json.loads((folder / "world.json").read_text(encoding="utf-8")))
