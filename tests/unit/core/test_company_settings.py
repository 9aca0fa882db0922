"""The company settings (letterhead, backups kept) are saved by one core function: an
administrator's change, checked there and not only in the dialog; bad values change nothing."""

from __future__ import annotations

import pytest

from neiqin.core import settings as company
from neiqin.core.errors import PermissionDenied, ValidationError


def _values(db) -> dict:
    with db.read() as session:
        return {key: company.get_setting(session, key) for key in
                (company.COMPANY_NAME, company.COMPANY_ADDRESS, company.COMPANY_PHONE, company.BACKUP_KEEP)}


def test_an_administrator_saves_the_letterhead_trimmed(db, admin):
    with db.unit_of_work(admin) as uow:
        company.save_company(uow, "  华东精工贸易有限公司 ", " 上海市徐汇区漕溪北路 18 号 ", " 021-6400 1234 ", 30)
    assert _values(db) == {company.COMPANY_NAME: "华东精工贸易有限公司", company.COMPANY_ADDRESS: "上海市徐汇区漕溪北路 18 号",
                           company.COMPANY_PHONE: "021-6400 1234", company.BACKUP_KEEP: 30}
    with db.read() as session:
        row = session.get(company.Setting, company.COMPANY_NAME)
        assert row.updated_by == admin.user_id


@pytest.mark.parametrize(("who", "name", "keep", "error"), [
    ("clerk", "新名称", 7, PermissionDenied),
    ("admin", "   ", 7, ValidationError),
    ("admin", "新名称", 0, ValidationError),
    ("admin", "新名称", company.BACKUP_KEEP_RANGE[1] + 1, ValidationError),
])
def test_refused_changes_leave_everything_as_it_was(db, request, who, name, keep, error):
    before = _values(db)
    with pytest.raises(error), db.unit_of_work(request.getfixturevalue(who)) as uow:
        company.save_company(uow, name, "别处", "000", keep)
    assert _values(db) == before
