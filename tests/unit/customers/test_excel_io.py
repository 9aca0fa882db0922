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



CONTACT_HEADER = ("客户名称", "联系人", "职务", "联系电话", "电子邮箱", "主要联系人")


def _contacts_and_index(database) -> tuple[dict, dict]:
    """Per customer code: its live contacts in the order entry shows them, and its search entry."""
    from neiqin.core.search import KEY_TABLE, SEARCH_TABLE

    with database.read() as session:
        contacts = {customer.code: [
            (c.name, c.title, c.phone, c.email, c.is_primary, c.phone_key, c.branch_id, c.updated_by)
            for c in session.scalars(select(Contact).where(Contact.customer_id == customer.id,
                                                           Contact.deleted_at.is_(None))
                                     .order_by(Contact.is_primary.desc(), Contact.created_at, Contact.id))]
            for customer in session.scalars(select(Customer))}
        index = dict(session.connection().exec_driver_sql(
            f"SELECT c.code, s.title || '|' || s.subtitle || '|' || s.body FROM customer c "
            f"JOIN {KEY_TABLE} k ON k.entity = 'customer' AND k.entity_id = c.id "
            f"JOIN {SEARCH_TABLE} s ON s.rowid = k.doc").all())
    return contacts, index


def test_contacts_import_ends_as_adding_them_one_by_one(db, template_db, clerk, tmp_path):
    """Several contacts of one customer, primaries among them, an existing primary contact: the
    import leaves the same contacts, primary flags and search entries as adding each row in file
    order through entry does; every contact and every flag taken away is in the audit log."""
    import shutil

    from neiqin.app import open_database

    shutil.copy(template_db, tmp_path / "one_by_one.db")
    reference = open_database(tmp_path / "one_by_one.db")
    rows = [["甲", "李娜", "财务", "13812345678", "lina@example.cn", "是"],
            ["甲", "王强", "", "13912345678", "", "否"],
            ["乙", "孙丽", "采购", "", "", "否"],
            ["甲", "赵敏", "经理", "13712345678", "", "是"],
            ["丙", "周杰", "", "13612345678", "", "是"],
            ["乙", "吴昊", "", "13512345678", "", "否"]]
    names = {"甲": "北京海淀中关村科技有限公司", "乙": "上海浦东陆家嘴贸易有限公司", "丙": "广州天河恒信科技有限公司"}
    try:
        for database in (db, reference):
            with database.unit_of_work(clerk) as uow:
                service.create_customer(uow, CustomerInput(name=names["甲"]),
                                        [ContactInput("张伟", phone="13901234567", is_primary=True)])
                service.create_customer(uow, CustomerInput(name=names["乙"]))
                service.create_customer(uow, CustomerInput(name=names["丙"]),
                                        [ContactInput("陈晨", phone="13601234567", is_primary=True),
                                         ContactInput("刘洋")])
        ids = {}
        with reference.read() as session:
            for key, name in names.items():
                ids[key] = session.scalar(select(Customer.id).where(Customer.name == name))
        for customer, name, title, phone, email, primary in rows:
            with reference.unit_of_work(clerk) as uow:
                service.add_contact(uow, ids[customer], ContactInput(name, title=title, phone=phone, email=email,
                                                                     is_primary=primary == "是"))
        with db.read() as session:
            last = session.scalar(select(func.max(AuditEntry.seq)))
        path = sheet(tmp_path / "contacts.xlsx", [[names[r[0]], *r[1:]] for r in rows], header=CONTACT_HEADER)
        with db.unit_of_work(clerk) as uow:
            assert service_excel.import_contacts(uow, path) == len(rows)
        imported, expected = _contacts_and_index(db), _contacts_and_index(reference)
        assert imported == expected
        with db.read() as session:
            first = session.scalar(select(Customer.code).where(Customer.name == names["甲"]))
            logged = dict(session.execute(select(AuditEntry.op, func.count()).where(
                AuditEntry.seq > last, AuditEntry.table_name == "customer_contact").group_by(AuditEntry.op)).all())
    finally:
        reference.dispose()
    assert [c[0] for c in imported[0][first] if c[4]] == ["赵敏"]  # the file's last primary row of 甲
    assert logged == {"insert": len(rows), "update": 2}  # 张伟 and 陈晨 are no longer primary


def test_contacts_import_reports_indexing_and_a_cancel_leaves_nothing(db, clerk, tmp_path):
    from neiqin.core.progress import Cancelled

    names = ["北京海淀中关村科技有限公司", "上海浦东陆家嘴贸易有限公司", "广州天河恒信科技有限公司"]
    with db.unit_of_work(clerk) as uow:
        for name in names:
            service.create_customer(uow, CustomerInput(name=name))
    path = sheet(tmp_path / "contacts.xlsx", [[name, f"联系人{n}", "", "", "", "是"] for n, name in enumerate(names)]
                 + [[names[0], "王强", "", "", "", "否"]], header=CONTACT_HEADER)
    before = count(db, Contact), count(db, AuditEntry)
    reports = []

    def cancel_at_the_end(done, total, text=""):
        reports.append((done, total))
        if (done, total) == (len(names), len(names)):  # every touched customer indexed: the last step
            raise Cancelled()

    with pytest.raises(Cancelled), db.unit_of_work(clerk) as uow:
        service_excel.import_contacts(uow, path, progress=cancel_at_the_end)
    assert (len(names), len(names)) in reports
    assert (count(db, Contact), count(db, AuditEntry)) == before
    with db.read() as session:
        assert service.lookup_customers(session, "王强") == []
