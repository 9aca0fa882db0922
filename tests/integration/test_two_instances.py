"""Two instances of the program on one database (a clerk opening it twice): both work safely.

Two processes save orders and customers at the same time through the real services: every save
arrives exactly once, numbers stay unique, the file stays intact and the audit chain holds. An edit
based on a record the other instance changed meanwhile is refused, not silently overwritten."""

from __future__ import annotations

import multiprocessing
import sqlite3
import sys

import pytest

from neiqin.app import open_database
from neiqin.core.errors import Conflict
from neiqin.modules.customers import service as customers
from neiqin.modules.customers.schemas import CustomerInput
from tests.helpers import crash_workloads as crash

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="fork")
ORDERS_EACH = 40


def _instance(scene, seed, results):
    try:
        crash.save_orders(scene, seed)  # 50 orders
        crash.save_customers(scene, seed)  # 100 customers
        results.put((seed, "ok"))
    except Exception as exc:  # noqa: BLE001 - reported to the parent
        results.put((seed, repr(exc)))


def test_two_instances_saving_at_once_lose_nothing(db_path, tmp_path, reliability_figures):
    scene = crash.prepare(db_path, tmp_path / "work")
    fork = multiprocessing.get_context("fork")
    results = fork.Queue()
    children = [fork.Process(target=_instance, args=(scene, seed, results)) for seed in (1, 2)]
    for child in children:
        child.start()
    outcome = dict(results.get(timeout=300) for _ in children)
    for child in children:
        child.join(timeout=60)
    assert outcome == {1: "ok", 2: "ok"}
    connection = sqlite3.connect(db_path)
    try:
        orders, numbers = connection.execute("SELECT COUNT(*), COUNT(DISTINCT number) FROM sales_order").fetchone()
        people = connection.execute("SELECT COUNT(*) FROM customer WHERE name LIKE '逐个录入客户%'").fetchone()[0]
    finally:
        connection.close()
    assert (orders, numbers, people) == (100, 100, 200)
    assert crash.integrity(db_path) == ["ok"]
    assert not crash.half_written_documents(db_path)
    assert not crash.audit_chain_problems(db_path)
    reliability_figures["two instances"] = f"{orders} orders and {people} customers saved at once by two " \
                                          "processes: none lost, none doubled"


def test_an_edit_from_a_stale_copy_is_refused(db_path, admin):
    first, second = open_database(db_path), open_database(db_path)
    try:
        with first.unit_of_work(admin) as uow:
            created = customers.create_customer(uow, CustomerInput(name="两个窗口测试有限公司", phone="010-7654321"))
        with first.read() as session:
            seen = customers.get_customer(session, admin, created.id)  # both windows show this version
        with first.unit_of_work(admin) as uow:
            customers.update_customer(uow, created.id, CustomerInput(name="两个窗口测试有限公司", phone="010-1111111"),
                                      expected_updated_at=seen.updated_at)
        with pytest.raises(Conflict), second.unit_of_work(admin) as uow:
            customers.update_customer(uow, created.id, CustomerInput(name="两个窗口测试有限公司", phone="010-2222222"),
                                      expected_updated_at=seen.updated_at)
        with second.read() as session:
            assert customers.get_customer(session, admin, created.id).phone == "010-1111111"
    finally:
        first.dispose()
        second.dispose()
