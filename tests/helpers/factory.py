"""Builders of test data through the real services."""

from __future__ import annotations

from pathlib import Path

from neiqin.core.auth import service as auth

ADMIN_PASSWORD = "admin-pass-1"
USER_PASSWORD = "user-pass-1"
USERS = {  # username: (display name, role)
    "clerk": ("王芳", "clerk"),
    "reviewer": ("李经理", "reviewer"),
    "finance": ("赵会计", "finance"),
}


def build_template(path: Path) -> None:
    from neiqin.app import open_database
    from neiqin.modules import all_permissions

    db = open_database(path)
    admin = auth.setup_company(
        db,
        auth.SetupData(
            company_name="北京海淀示范贸易有限公司", branch_code="BJ01", branch_name="北京分公司",
            admin_username="admin", admin_display_name="系统管理员", admin_password=ADMIN_PASSWORD,
            company_address="北京市海淀区中关村大街1号", company_phone="010-88888888",
        ),
        all_permissions(),
    )
    with db.unit_of_work(admin) as uow:
        for username, (name, role) in USERS.items():
            auth.create_user(uow, username, name, role, USER_PASSWORD)
    db.dispose()
