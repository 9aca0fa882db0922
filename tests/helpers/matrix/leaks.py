"""Confidential values planted in the world and looked for in everything a user can get out of
the program: a distinctive value in every confidential field (the customers' bank and credit data,
the credit file's receivables and rating history, the users' password hashes), and the text of
results, printed PDFs, Excel files and printed command output."""

from __future__ import annotations

import contextlib
import io
import subprocess
from dataclasses import dataclass
from datetime import date, timedelta
from decimal import Decimal
from pathlib import Path

from sqlalchemy import text

from neiqin.core.money import amount_in_capitals
from neiqin.modules.customers import service, service_credit
from neiqin.modules.customers.schemas import PaymentInput


@dataclass(frozen=True)
class Secret:
    field: str  # table.column, or what the credit file computes from them
    forms: tuple[str, ...]  # any of these in a text shows the value
    also: tuple[str, ...] = ()  # other confidential columns holding the same value


def _money(field: str, amount: str, also: tuple[str, ...] = ()) -> Secret:
    """An amount shows as its digits (7315926.53, 7,315,926.53, fen 731592653: separators are
    dropped before looking) or in Chinese capitals."""
    value = Decimal(amount)
    return Secret(field, (amount.replace(".", "")[:7], amount_in_capitals(value)), also)


BANK, ACCOUNT = "LEAK7f3a开户行甲", "LEAK7f3aACCT0042"
RATING, OLD_RATING = "Q7ZX", "Q7ZY"  # a credit rating holds four characters
LIMIT, OLD_LIMIT = "7315926.53", "6180339.87"
DUE, PAID = "2718281.83", "1414213.56"
WHY_OLD, WHY_NEW = "LEAK7f3a评级理由一", "LEAK7f3a评级理由二"
#: the open and overdue receivables follow from the payments: 2718281.83 − 1414213.56 (+ 20000.00 not due)
OVERDUE, OUTSTANDING = "1304068.27", "1324068.27"

SECRETS = (
    Secret("customer.bank_name", (BANK,)), Secret("customer.bank_account", (ACCOUNT,)),
    Secret("customer.credit_rating", (RATING,), ("customer_rating_change.new_rating",)),
    _money("customer.credit_limit", LIMIT, ("customer_rating_change.new_limit",)),
    _money("customer_payment.amount", DUE), _money("customer_payment.paid_amount", PAID),
    Secret("customer_rating_change.old_rating", (OLD_RATING,)), _money("customer_rating_change.old_limit", OLD_LIMIT),
    Secret("customer_rating_change.reason", (WHY_OLD, WHY_NEW)),
    _money("credit file: overdue amount", OVERDUE), _money("credit file: outstanding amount", OUTSTANDING),
)


def plant(db, admin, customer_id: str) -> Secret:
    """Give the world's customer the values above (through the services; the ratings, which only
    take AAA…C, written into their columns); returns the secret of the password hashes."""
    today = date.today()
    with db.unit_of_work(admin) as uow:
        data = service.reveal_customer(uow, customer_id).as_input()
        data.bank_name, data.bank_account = BANK, ACCOUNT
        service.update_customer(uow, customer_id, data)
        service_credit.change_rating(uow, customer_id, "B", Decimal(OLD_LIMIT), WHY_OLD)
        service_credit.change_rating(uow, customer_id, "AA", Decimal(LIMIT), WHY_NEW)
        service_credit.add_payment_record(uow, customer_id, PaymentInput(
            Decimal(DUE), today - timedelta(days=10), "SO-BJ01-2026-000002", paid_amount=Decimal(PAID),
            paid_on=today - timedelta(days=12)))
    with db.connect() as connection:
        connection.execute(text("UPDATE customer SET credit_rating = :r WHERE id = :id"),
                           {"r": RATING, "id": customer_id})
        connection.execute(text("UPDATE customer_rating_change SET new_rating = :new, old_rating = "
                                "CASE WHEN old_rating IS NULL THEN NULL ELSE :old END WHERE customer_id = :id"),
                           {"new": RATING, "old": OLD_RATING, "id": customer_id})
        hashes = tuple(row[0] for row in connection.execute(text("SELECT password_hash FROM app_user")))
    return Secret("app_user.password_hash", hashes)


def shown(secrets, texts: str) -> set[str]:
    """The fields whose value appears in `texts` (thousands separators dropped first)."""
    flat = texts.replace(",", "").replace("，", "")
    return {secret.field for secret in secrets if any(form in flat for form in secret.forms)}


def file_text(path: Path) -> str:
    """What a person reads in a file the program wrote: every cell of a workbook, the text of a
    PDF, a text file; nothing of binary files (a backup is the database itself)."""
    suffix = path.suffix.lower()
    if suffix == ".xlsx":
        from openpyxl import load_workbook

        book = load_workbook(path, read_only=True)
        try:
            return "\n".join(str(value) for sheet in book.worksheets for row in sheet.iter_rows(values_only=True)
                             for value in row if value is not None)
        finally:
            book.close()
    if suffix == ".pdf":
        return subprocess.run(["pdftotext", "-enc", "UTF-8", str(path), "-"], check=True, capture_output=True,
                              text=True).stdout
    if suffix in (".txt", ".ics", ".csv"):
        return path.read_text(encoding="utf-8")
    return ""


def folder_text(folder: Path) -> str:
    return "\n".join(file_text(path) for path in sorted(folder.rglob("*")) if path.is_file())


@contextlib.contextmanager
def printed():
    """What a command prints, as a list holding one string once the block ends."""
    out: list[str] = []
    buffer = io.StringIO()
    try:
        with contextlib.redirect_stdout(buffer):
            yield out
    finally:
        out.append(buffer.getvalue())
