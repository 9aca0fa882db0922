"""The order confirmation and the customer status report, read back from the PDF."""

from __future__ import annotations

import subprocess
from decimal import Decimal

from neiqin.core.money import amount_in_capitals
from neiqin.modules.customers import service as customers
from neiqin.modules.orders import service
from neiqin.modules.orders.printing import print_confirmation, print_customer_status
from tests.unit.orders.conftest import order_input


def _text(path, page=None):
    args = ["pdftotext", "-layout"] + (["-f", str(page), "-l", str(page)] if page else [])
    return subprocess.run([*args, str(path), "-"], check=True, capture_output=True, text=True).stdout


def _pages(path):
    info = subprocess.run(["pdfinfo", str(path)], check=True, capture_output=True, text=True).stdout
    return int(next(line.split()[-1] for line in info.splitlines() if line.startswith("Pages:")))


def test_thirty_line_confirmation(db, clerk, world, tmp_path):
    with db.unit_of_work(clerk) as uow:
        order = service.create_order(uow, order_input(world, lines=30))
    with db.unit_of_work(clerk) as uow:
        path = print_confirmation(uow, order.number, tmp_path / "confirmation.pdf")
    assert _pages(path) == 2
    text = _text(path)
    flat = text.replace(" ", "")
    assert "订单确认书" in flat and order.number in flat
    assert "北京海淀示范贸易有限公司" in flat and "上海浦东精密机械制造有限公司" in flat
    # 1 + 2 + … + 30 boxes at 12.50
    total = Decimal(sum(range(1, 31))) * Decimal("12.50")
    assert order.total_amount == total
    assert f"{total:,.2f}" in text
    assert amount_in_capitals(total) in flat
    assert "不锈钢六角螺栓30号" in flat
    second = _text(path, 2).replace(" ", "")
    assert "产品名称" in second and "金额" in second  # the table header repeats
    assert "第2页/共2页" in second
    assert "需方（盖章）" in flat and "授权代表签字" in flat
    fonts = subprocess.run(["pdffonts", str(path)], check=True, capture_output=True, text=True).stdout
    assert all(line.split()[-5] == "yes" for line in fonts.splitlines()[2:] if line.strip())
    images = subprocess.run(["pdfimages", "-list", str(path)], check=True, capture_output=True, text=True).stdout
    assert len(images.splitlines()) - 2 == 2  # the QR code on each page


def test_confirmation_from_the_command_line(db, db_path, clerk, world, tmp_path):
    from neiqin.__main__ import main

    with db.unit_of_work(clerk) as uow:
        order = service.create_order(uow, order_input(world, lines=3))
    out = tmp_path / "x.pdf"
    assert main(["print", "order-confirmation", order.number, "--out", str(out), "--db", str(db_path)]) == 0
    assert order.number in _text(out).replace(" ", "")
    assert main(["print", "order-confirmation", "SO-BJ01-2000-999999", "--out", str(tmp_path / "y.pdf"),
                 "--db", str(db_path)]) == 2
    assert not (tmp_path / "y.pdf").exists()


def test_customer_status_report_lists_open_orders_only(db, clerk, world, tmp_path):
    with db.unit_of_work(clerk) as uow:
        first = service.create_order(uow, order_input(world, lines=2))
        cancelled = service.create_order(uow, order_input(world, lines=1))
        service.transition(uow, cancelled.id, "cancel", comment="客户取消")
        code = customers.get_customer_ref(uow.session, world.customer_id).code
    with db.unit_of_work(clerk) as uow:
        path = print_customer_status(uow, code, tmp_path / "status.pdf")
    flat = _text(path).replace(" ", "")
    assert "订单状态报告" in flat and first.number in flat and cancelled.number not in flat
    assert "已记录" in flat
