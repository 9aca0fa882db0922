"""Bad-input campaign: every Excel importer and the text fields of the services get random Unicode,
huge strings, NUL and control characters, formulas and wrong types. Whatever comes in, the program
answers with a clear message (a NeiqinError) or does the job completely — never a crash, never a
partial write. The number of inputs tried is reported in the test summary.

NEIQIN_FUZZ_EXAMPLES sets the examples per target (default 40)."""

from __future__ import annotations

import os
import re
import sqlite3
from datetime import date, timedelta
from decimal import Decimal
from pathlib import Path

import openpyxl
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from neiqin.core.errors import NeiqinError
from neiqin.modules import contributions

EXAMPLES = int(os.environ.get("NEIQIN_FUZZ_EXAMPLES", "40"))
TRIED: dict[str, int] = {}
FUZZ = settings(max_examples=EXAMPLES, deadline=None, derandomize=True,
                suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow])

NASTY = st.sampled_from([
    "", " ", "\x00", "a\x00b", "\t\r\n", "\u202e反转", "=1+1", "=cmd|' /C calc'!A0", "+SUM(A1:A9)", "-2+3", "@x",
    "9" * 40, "-1", "1e309", "NaN", "0.0000001", "１２３", "二〇二六年十三月", "2026-02-30", "null", "None",
    "'; DROP TABLE customer; --", "😀" * 50, "客" * 5000, "\ufeffBOM", "\u3000全角空格\u3000",
])
TEXT = st.one_of(NASTY, st.text(max_size=300), st.text(alphabet=st.characters(codec="utf-8"), max_size=40))
CELL = st.one_of(TEXT, st.integers(min_value=-10**15, max_value=10**15),
                 st.floats(allow_nan=True, allow_infinity=True), st.booleans(), st.none(),
                 st.dates().map(lambda d: d))
_ILLEGAL_XML = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")


def _row_counts(db_path: Path) -> dict[str, int]:
    connection = sqlite3.connect(db_path)
    try:
        tables = [row[0] for row in connection.execute(
            "SELECT name FROM sqlite_master WHERE type='table' AND name NOT LIKE 'sqlite_%' "
            "AND name NOT LIKE 'search_%'")]
        return {table: connection.execute(f'SELECT COUNT(*) FROM "{table}"').fetchone()[0] for table in tables}
    finally:
        connection.close()


def _importers():
    return [spec for _module, contribution in contributions() for spec in getattr(contribution, "LISTS", ())
            if spec.import_ is not None and spec.template is not None]


def _header(spec, folder: Path) -> list:
    template = spec.template(folder / f"{spec.code}-template.xlsx")
    sheet = openpyxl.load_workbook(template).worksheets[0]
    return [cell.value for cell in sheet[1]]


def _cell(value):
    if isinstance(value, str):
        return _ILLEGAL_XML.sub("", value)  # an .xlsx cannot hold these; they are fuzzed through services
    return value


@pytest.mark.parametrize("spec", _importers(), ids=lambda spec: spec.code)
def test_importers_refuse_bad_files_in_words_and_change_nothing(spec, db, db_path, admin, tmp_path,
                                                               reliability_figures):
    header = _header(spec, tmp_path)

    @FUZZ
    @given(rows=st.lists(st.lists(CELL, min_size=len(header), max_size=len(header)), min_size=1, max_size=6))
    def run(rows):
        path = tmp_path / f"{spec.code}.xlsx"
        book = openpyxl.Workbook()
        sheet = book.active
        sheet.append(header)
        for row in rows:
            sheet.append([_cell(value) for value in row])
        book.save(path)
        before = _row_counts(db_path)
        try:
            with db.unit_of_work(admin) as uow:
                count = spec.import_(uow, path)
        except NeiqinError as exc:
            assert exc.render().strip()
            assert _row_counts(db_path) == before, "a refused import changed the database"
        else:
            assert count == len(rows), "an import took some rows but not all"
        TRIED["import " + spec.code] = TRIED.get("import " + spec.code, 0) + 1

    run()
    reliability_figures["fuzz inputs tried"] = f"{sum(TRIED.values())} ({', '.join(sorted(TRIED))})"


def test_importers_refuse_files_that_are_not_workbooks(db, db_path, admin, tmp_path):
    junk = {"empty.xlsx": b"", "text.xlsx": "客户名称\n张三".encode(), "zip.xlsx": b"PK\x03\x04" + os.urandom(200),
            "huge-name.xlsx": os.urandom(4096)}
    for spec in _importers():
        for name, data in junk.items():
            path = tmp_path / name
            path.write_bytes(data)
            before = _row_counts(db_path)
            with pytest.raises(NeiqinError), db.unit_of_work(admin) as uow:
                spec.import_(uow, path)
            assert _row_counts(db_path) == before
            TRIED["import " + spec.code] = TRIED.get("import " + spec.code, 0) + 1


# ---------------------------------------------------------------------- text fields of the services
# The free-text fields get the fuzz; codes, phones and amounts get valid values of their own (a new
# one each call), so a plain text must go through and a refusal is about the text.

_SERIAL = iter(range(10**6, 10**7))


def _customer(uow, text):
    from neiqin.modules.customers import service
    from neiqin.modules.customers.schemas import ContactInput, CustomerInput

    n = next(_SERIAL)
    service.create_customer(uow, CustomerInput(name=text, address=text, phone=f"010-{n}", notes=text, industry=text,
                                               business_scope=text),
                            [ContactInput(name=text, phone=f"139{n:08d}", title=text, notes=text)])


def _product(uow, text):
    from neiqin.modules.products import service
    from neiqin.modules.products.schemas import ProductInput

    service.create_product(uow, ProductInput(code=f"FZ-{next(_SERIAL)}", name=text, unit="件", spec=text,
                                             category=text, list_price=Decimal("1.00"), notes=text, location=text))


def _order(uow, text):
    from neiqin.modules.customers import service as customers
    from neiqin.modules.customers.schemas import CustomerInput
    from neiqin.modules.orders import service
    from neiqin.modules.orders.schemas import LineInput, OrderInput
    from neiqin.modules.products import service as products
    from neiqin.modules.products.schemas import ProductInput

    n = next(_SERIAL)
    customer = customers.create_customer(uow, CustomerInput(name=f"模糊测试客户{n}", phone=f"021-{n}"))
    product = products.create_product(uow, ProductInput(code=f"FZ-{n}", name="螺栓", unit="件",
                                                        list_price=Decimal("1.00")))
    data = OrderInput(customer_id=customer.id, contact=text, phone="13800000001", delivery_place=text,
                      delivery_date=date.today() + timedelta(days=5), payment_terms=text, prepayment_percent=0,
                      lines=(LineInput(product.id, Decimal(1), Decimal("1.00")),), notes=text)
    service.create_order(uow, data)


def _supply_item(uow, text):
    from neiqin.modules.supplies import service
    from neiqin.modules.supplies.schemas import ItemInput

    service.create_item(uow, ItemInput(code=f"BG-{next(_SERIAL)}", name=text, unit="个", spec=text, category=text,
                                       supplier=text))


def _archive_item(uow, text):
    from neiqin.modules.archive import service
    from neiqin.modules.archive.schemas import ItemInput

    service.create_item(uow, ItemInput(title=text, category="合同", room="档案室", cabinet=text[:40],
                                       shelf=text[:40], box=text[:40], notes=text))


def _claim(uow, text):
    from neiqin.modules.reimbursements import service
    from neiqin.modules.reimbursements.schemas import ClaimInput, LineInput

    service.create_claim(uow, ClaimInput(lines=(LineInput(date.today(), "office", text, "12.50",
                                                          invoice_number=str(next(_SERIAL))),),
                                         department="销售部", notes=text), confirm_duplicates=True)


def _meeting(uow, text):
    from datetime import datetime, time

    from neiqin.modules.minutes import service
    from neiqin.modules.minutes.schemas import AgendaInput, AttendeeInput, MeetingInput

    start = datetime.combine(date.today() + timedelta(days=2), time(9)).astimezone()
    service.create_meeting(uow, MeetingInput(
        title=text, kind="weekly", starts_at=start, ends_at=start + timedelta(hours=1), place=text,
        chair_id=uow.actor.user_id, attendees=(AttendeeInput(user_id=uow.actor.user_id), AttendeeInput(name=text)),
        agenda=(AgendaInput(topic=text, presenter=text),), notes=text))


ENTRY_POINTS = {"customer": _customer, "product": _product, "order": _order, "supply item": _supply_item,
                "archive item": _archive_item, "claim": _claim, "meeting": _meeting}


@pytest.mark.parametrize("name", sorted(ENTRY_POINTS))
def test_service_text_fields_take_anything_or_refuse_in_words(name, db, db_path, admin, reliability_figures):
    entry = ENTRY_POINTS[name]

    @FUZZ
    @given(text=TEXT)
    def run(text):
        before = _row_counts(db_path)
        try:
            with db.unit_of_work(admin) as uow:
                entry(uow, text)
        except NeiqinError as exc:
            assert exc.render().strip()
            assert _row_counts(db_path) == before, "a refused save changed the database"
        else:
            accepted.append(text)
        TRIED["text " + name] = TRIED.get("text " + name, 0) + 1

    accepted: list[str] = []
    run()
    with db.unit_of_work(admin) as uow:  # a plain text goes through: the campaign reached the save
        entry(uow, "北京海淀普通文字")
    reliability_figures["fuzz inputs tried"] = f"{sum(TRIED.values())} ({', '.join(sorted(TRIED))})"


