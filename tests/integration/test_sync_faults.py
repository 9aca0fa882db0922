"""The connection cut, or the client killed with SIGKILL, at every named step of a round; the retry
uses another batch size. Nothing is lost and no ledger movement counts twice."""

from __future__ import annotations

import multiprocessing
import os
import signal
from decimal import Decimal

import pytest
from sqlalchemy import create_engine, text
from sqlalchemy.pool import NullPool

from tests.integration import sync_edits as e
from tests.integration.sync_servers import Office, server_database

pytestmark = pytest.mark.server

PUSH_STEPS = ["push:before_server_commit", "push:after_server_commit", "push:after_ack"]
PULL_STEPS = ["pull:after_server_read", "pull:after_local_commit"]


class ConnectionCut(Exception):
    pass


def cut_at(step: str, after: int = 1):
    seen = {"n": 0}

    def fault(name: str) -> None:
        if name == step:
            seen["n"] += 1
            if seen["n"] == after:
                raise ConnectionCut(step)
    return fault


def kill_at(step: str, after: int = 1):
    seen = {"n": 0}

    def fault(name: str) -> None:
        if name == step:
            seen["n"] += 1
            if seen["n"] == after:
                os.kill(os.getpid(), signal.SIGKILL)
    return fault


def server_counts(url: str) -> tuple[int, int, Decimal]:
    engine = create_engine(url, poolclass=NullPool)
    with engine.connect() as connection:
        customers = connection.execute(text("SELECT count(*) FROM customer WHERE code LIKE 'F-%'")).scalar_one()
        moves = connection.execute(text("SELECT count(*), coalesce(sum(quantity), 0) FROM stock_movement")).one()
    engine.dispose()
    return customers, moves[0], Decimal(moves[1]) / 1000


def _work(office, product: str) -> None:
    for i in range(7):
        e.add_customer(office, f"F-{i}", f"断网客户{i}")
        e.receive(office, product, "3")


def _setup(url, template_db, tmp_path):
    a_path, b_path = tmp_path / "a.db", tmp_path / "b.db"
    a_path.write_bytes(template_db.read_bytes())
    b_path.write_bytes(template_db.read_bytes())
    a = Office(a_path, url, backfill=True, name="a")
    b = Office(b_path, url, name="b")
    a.client.sync()
    b.client.sync()
    product = e.add_product(a, "P-F", "订书机")
    a.client.sync()
    b.client.sync()
    return a, b, product


def _check(a: Office, b: Office, url: str, product: str) -> None:
    for office in (a, b, a):
        office.client.sync(push_batch=5, pull_batch=3)
    customers, moves, total = server_counts(url)
    assert (customers, moves, total) == (7, 7, Decimal(21))
    assert e.balance(a, product) == Decimal(21) and e.balance(b, product) == Decimal(21)
    assert e.movements(b) == 7
    for office in (a, b):
        assert [c.table for c in office.client.check() if not c.ok] == []


@pytest.mark.parametrize("dialect,step", [("postgresql", s) for s in PUSH_STEPS + PULL_STEPS]
                         + [("mariadb", "push:after_server_commit"), ("mariadb", "pull:after_server_read")])
def test_connection_cut_then_retry(dialect, step, template_db, tmp_path):
    with server_database(dialect, prepared=True) as url:
        a, b, product = _setup(url, template_db, tmp_path)
        try:
            _work(a, product)
            faulty = a if step.startswith("push") else b
            if faulty is b:
                a.client.sync(push_batch=3)
            faulty.client.fault = cut_at(step, after=2)
            with pytest.raises(ConnectionCut):
                faulty.client.sync(push_batch=2, pull_batch=2)
            faulty.client.fault = lambda _step: None
            _check(a, b, url, product)
        finally:
            a.close()
            b.close()


def _child(path, url, step, push_batch, pull_batch):
    from neiqin.modules import load_all_models

    load_all_models()
    office = Office(path, url, fault=kill_at(step, after=2), name="child")
    office.client.sync(push_batch=push_batch, pull_batch=pull_batch)
    os._exit(0)


@pytest.mark.parametrize("step", PUSH_STEPS + PULL_STEPS + ["initial_load"])
def test_client_killed_then_retry(step, template_db, tmp_path):
    with server_database("postgresql", prepared=True) as url:
        a, b, product = _setup(url, template_db, tmp_path)
        try:
            _work(a, product)
            if step.startswith("pull") or step == "initial_load":
                a.client.sync(push_batch=3)
            victim = a if step.startswith("push") else b
            if step == "initial_load":  # a brand-new office loading everything, killed after two batches
                fresh = tmp_path / "fresh.db"
                fresh.write_bytes(template_db.read_bytes())
                Office(fresh, url, name="fresh").close()
                victim_path, kill_step = fresh, "pull:after_local_commit"
            else:
                victim_path, kill_step = victim.path, step
            victim.close()
            process = multiprocessing.get_context("fork").Process(
                target=_child, args=(victim_path, url, kill_step, 2, 2))
            process.start()
            process.join(60)
            assert process.exitcode == -signal.SIGKILL
            if step == "initial_load":
                survivor = Office(victim_path, url, name="fresh")
                survivor.client.sync(pull_batch=7)
                assert [c.table for c in survivor.client.check() if not c.ok] == []
                assert e.balance(survivor, product) == Decimal(21)
                survivor.close()
                victim = Office(b.path, url, name="b")
            else:
                victim = Office(victim.path, url, name=victim.name)
            if victim.name == "a":
                a = victim
            else:
                b = victim
            _check(a, b, url, product)
        finally:
            a.close()
            b.close()
