"""People with departments, budgets and claims made through the real services."""

from __future__ import annotations

import struct
import zlib
from dataclasses import dataclass
from datetime import timedelta
from decimal import Decimal
from pathlib import Path

import pytest

from neiqin.core.auth import service as auth
from neiqin.core.db.types import utcnow
from neiqin.modules.reimbursements import budgets
from neiqin.modules.reimbursements.schemas import ClaimInput, LineInput
from tests.helpers.factory import USER_PASSWORD

SALES = "销售部"


@dataclass
class People:
    head: object  # reviewer of 销售部
    sales: object  # a salesperson (clerk role) of 销售部
    other_head: object  # reviewer of 财务部


@pytest.fixture
def people(db, admin) -> People:
    return make_people(db, admin)


def make_people(db, admin) -> People:
    with db.unit_of_work(admin) as uow:
        auth.create_user(uow, "head", "张经理", "reviewer", USER_PASSWORD, department=SALES)
        auth.create_user(uow, "sales", "刘洋", "clerk", USER_PASSWORD, department=SALES)
        auth.create_user(uow, "fhead", "孙总监", "reviewer", USER_PASSWORD, department="财务部")
    return People(*(auth.sign_in(db, name, USER_PASSWORD) for name in ("head", "sales", "fhead")))


def today():
    return utcnow().astimezone().date()


def line(category="transport", amount="86.50", purpose="拜访客户出租车费", invoice="", days=None, ago=1):
    return LineInput(today() - timedelta(days=ago), category, purpose, amount, invoice, days)


def claim_input(*lines, **overrides) -> ClaimInput:
    values = {"lines": lines or (line(),)}
    values.update(overrides)
    return ClaimInput(**values)


def set_budget(db, admin, category, amount, department=SALES, year=None):
    with db.unit_of_work(admin) as uow:
        view = budgets.propose_budget(uow, department, category, year or today().year, Decimal(amount))
        return budgets.approve_budget(uow, view.id)


def png_bytes(width: int = 2, height: int = 2) -> bytes:
    """A real (tiny) PNG."""
    def chunk(kind: bytes, data: bytes) -> bytes:
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data) & 0xFFFFFFFF)

    raw = b"".join(b"\x00" + b"\xff\x00\x00" * width for _ in range(height))
    header = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)
    return b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", zlib.compress(raw)) + chunk(b"IEND", b"")


@pytest.fixture
def receipt(tmp_path) -> Path:
    path = tmp_path / "发票.png"
    path.write_bytes(png_bytes())
    return path


@pytest.fixture
def pdf_receipt(tmp_path) -> Path:
    path = tmp_path / "invoice.pdf"
    path.write_bytes(b"%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n")
    return path
