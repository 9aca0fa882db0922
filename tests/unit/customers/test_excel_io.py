from argparse import Namespace
from decimal import Decimal

import pytest
from openpyxl import Workbook, load_workbook
from sqlalchemy import func, select

from neiqin.app.commands import run_command
from neiqin.core.audit import AuditEntry
from neiqin.core.errors import PermissionDenied, ValidationError, ValidationErrors
from neiqin.modules.customers import contributions, service, service_credit, service_excel
from neiqin.modules.customers.models import Contact, Customer
from neiqin.modules.customers.schemas import ContactInput, CustomerFilter, CustomerInput


def sheet(path, rows, header=("客户名称", "简称", "地区", "电话", "税号", "等级")):
    book = Workbook()
    book.active.append(list(header))
    for row in rows:
        book.active.append(list(row))
    book.save(path)
    return path


def count(db, model=Customer):
    with db.read() as session:
        return session.scalar(select(func.count()).select_from(model))


def snapshot(db):
    with db.read() as session:
        return (session.scalar(select(func.count()).select_from(Customer)),
                session.scalar(select(func.count()).select_from(AuditEntry)))


def test_import_writes_customers_audit_and_search(db, clerk, tmp_path):
    path = sheet(tmp_path / "c.xlsx", [
        ["广州天河恒信科技有限公司", "恒信科技", "华南", "020-38881234", "91440101MA5CXXXX1X", "A"],
        ["深圳南山华通贸易有限公司", "", "华南", 75526661234, None, None],
    ])
    with db.unit_of_work(clerk) as uow:
        assert service_excel.import_customers(uow, path) == 2
    with db.read() as session:
        refs = service.lookup_customers(session, "gzth")
        assert [r.name for r in refs] == ["广州天河恒信科技有限公司"]
        assert refs[0].code.startswith("CU-BJ01-")
        second = service.lookup_customers(session, "华通")[0]
        assert second.phone == "75526661234"  # a number typed into a text column stays digits
        audited = session.scalar(select(func.count()).where(AuditEntry.table_name == "customer",
                                                            AuditEntry.op == "insert"))
    assert audited == 2


def test_any_bad_row_imports_nothing(db, clerk, tmp_path):
    with db.unit_of_work(clerk) as uow:
        service.create_customer(uow, CustomerInput(name="北京海淀中关村科技有限公司", phone="010-62581234"))
    before = snapshot(db)
    path = sheet(tmp_path / "bad.xlsx", [
        ["好公司甲", "", "", "", "", ""],
        ["北京海淀中關村科技有限公司", "", "", "", "", ""],     # exists (traditional form)
        ["好公司乙", "", "", "(010) 6258-1234", "", ""],        # phone exists
        ["好公司甲", "", "", "", "", ""],                       # twice in the file
        ["长" * 1000, "", "", "", "", ""],
        ['=HYPERLINK("http://evil","x")', "", "", "", "", ""],
        ["好公司丙", "", "", "", "12", ""],                     # bad tax id
        ["好公司丁", "", "", "", "", "Z"],
    ])
    with pytest.raises(ValidationErrors) as error, db.unit_of_work(clerk) as uow:
        service_excel.import_customers(uow, path)
    problems = {(e.row, e.column) for e in error.value.errors}
    assert problems == {(3, "客户名称"), (4, "电话"), (5, "客户名称"), (6, "客户名称"), (7, "客户名称"),
                        (8, "税号"), (9, "等级")}
    assert snapshot(db) == before


def test_import_needs_permission(db, finance, tmp_path):
    path = sheet(tmp_path / "c.xlsx", [["好公司", "", "", "", "", ""]])
    with pytest.raises(PermissionDenied), db.unit_of_work(finance) as uow:
        service_excel.import_customers(uow, path)


def test_export_hides_confidential_columns_without_permission(db, clerk, reviewer, tmp_path):
    with db.unit_of_work(reviewer) as uow:
        created = service.create_customer(uow, CustomerInput(name="北京海淀中关村科技有限公司", region="华北",
                                                             bank_name="工商银行", bank_account="0200001234567890123"))
        service_credit.change_rating(uow, created.id, "AA", Decimal("200000"), "年度评估")
        service.create_customer(uow, CustomerInput(name="上海浦东贸易有限公司", region="华东"))
    with db.unit_of_work(clerk) as uow:
        assert service_excel.export_customers(uow, tmp_path / "clerk.xlsx", {"region": "华北"}) == 1
    clerk_sheet = load_workbook(tmp_path / "clerk.xlsx").active
    text = " ".join(str(c.value) for row in clerk_sheet.iter_rows() for c in row)
    assert "0200001234567890123" not in text and "信用额度" not in text and "AA" not in text
    with db.unit_of_work(reviewer) as uow:
        assert service_excel.export_customers(uow, tmp_path / "all.xlsx", CustomerFilter(text="中关村")) == 1
    rows = list(load_workbook(tmp_path / "all.xlsx").active.iter_rows(values_only=True))
    record = dict(zip(rows[0], rows[1], strict=True))
    assert record["银行账号"] == "0200001234567890123" and record["信用额度"] == 200000
    with db.read() as session:
        logged = session.scalars(select(AuditEntry).where(AuditEntry.op == "view")).all()
    assert [e.actor_id for e in logged] == [reviewer.user_id] and "export" in logged[0].note


def test_contacts_import_and_export(db, clerk, tmp_path):
    with db.unit_of_work(clerk) as uow:
        created = service.create_customer(uow, CustomerInput(name="北京海淀中关村科技有限公司"),
                                          [ContactInput("张伟", phone="13901234567", is_primary=True)])
    path = sheet(tmp_path / "contacts.xlsx", [
        ["北京海淀中關村科技有限公司", "李娜", "财务", "13812345678", "lina@example.cn", "是"],
        [created.code, "王强", "", "", "", "否"],
    ], header=("客户名称", "联系人", "职务", "联系电话", "电子邮箱", "主要联系人"))
    with db.unit_of_work(clerk) as uow:
        assert service_excel.import_contacts(uow, path) == 2
    with db.read() as session:
        contacts = service.get_customer(session, clerk, created.id).contacts
        assert [(c.name, c.is_primary) for c in contacts][0] == ("李娜", True)
        assert service.lookup_customers(session, "王强")[0].id == created.id
    bad = sheet(tmp_path / "bad.xlsx", [["没有这家公司", "李娜", "", "", "not-mail", ""]],
                header=("客户名称", "联系人", "职务", "联系电话", "电子邮箱", "主要联系人"))
    with pytest.raises(ValidationErrors) as error, db.unit_of_work(clerk) as uow:
        service_excel.import_contacts(uow, bad)
    assert {(e.row, e.column) for e in error.value.errors} == {(2, "客户名称")}
    with db.unit_of_work(clerk) as uow:
        assert service_excel.export_contacts(uow, tmp_path / "out.xlsx", {}) == 3
    assert count(db, Contact) == 3


def test_template_imports_back_after_filling(db, clerk, tmp_path):
    path = service_excel.write_customer_template(tmp_path / "t.xlsx")
    book = load_workbook(path)
    book.worksheets[0].append(["模板填写有限公司"])
    book.save(path)
    with db.unit_of_work(clerk) as uow:
        assert service_excel.import_customers(uow, path) == 1


def test_command_line_reaches_the_same_services(db, db_path, tmp_path, capsys):
    path = sheet(tmp_path / "c.xlsx", [["广州天河恒信科技有限公司", "", "华南", "", "", ""]])
    run_command(Namespace(command="import", list="customers", file=str(path), db=str(db_path), user="clerk"))
    run_command(Namespace(command="search", text="gzth", limit=10, db=str(db_path), user="clerk"))
    out = tmp_path / "out.xlsx"
    run_command(Namespace(command="export", list="customers", out=str(out), filter=["region=华南"],
                          db=str(db_path), user="clerk"))
    printed = capsys.readouterr().out
    assert "imported 1 rows" in printed and "customer\t广州天河恒信科技有限公司" in printed
    assert load_workbook(out).active.max_row == 2
    bad = sheet(tmp_path / "bad.xlsx", [["长" * 1000, "", "", "", "", ""]])
    with pytest.raises((ValidationError, ValidationErrors)):
        run_command(Namespace(command="import", list="customers", file=str(bad), db=str(db_path), user="clerk"))
    assert count(db) == 1
    assert {spec.code for spec in contributions.LISTS} == {"customers", "contacts"}
