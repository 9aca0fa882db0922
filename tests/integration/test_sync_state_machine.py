"""Hypothesis state machine: three computers (two of one branch, one of another) edit, delete,
receive stock and sync in any order; after a quiet sync all agree with the server, no edit
vanished without being superseded or kept as a conflict, and stock counts every receipt once.

Examples per test: NEIQIN_SYNC_EXAMPLES (default 25 on PostgreSQL, a fifth of it on MariaDB; a long
run: NEIQIN_SYNC_EXAMPLES=2000)."""

from __future__ import annotations

import itertools
import json
import os
import shutil
import tempfile
from decimal import Decimal
from pathlib import Path

import pytest
from hypothesis import HealthCheck, Phase, settings
from hypothesis import strategies as st
from hypothesis.stateful import RuleBasedStateMachine, initialize, invariant, precondition, rule
from sqlalchemy import create_engine, text
from sqlalchemy.pool import NullPool

from neiqin.modules.customers.models import Customer
from neiqin.modules.products.models import Product
from tests.integration import sync_edits as e
from tests.integration.sync_servers import BRANCH_B, Office, server_database

pytestmark = pytest.mark.server
EXAMPLES = int(os.environ.get("NEIQIN_SYNC_EXAMPLES", "25"))
_counter = itertools.count()


class Edit:
    def __init__(self, office, row, field, value, at, seen):
        self.office, self.row, self.field, self.value, self.at = office, row, field, value, at
        #: when this edit reached the server; the newest pull of its office before it was made
        self.pushed_at, self.seen = None, seen


def make_machine(url: str, template: Path):
    class SyncMachine(RuleBasedStateMachine):
        @initialize()
        def offices(self):
            self.dir = Path(tempfile.mkdtemp(prefix="neiqin-sm-"))
            self.offices = []
            for name, branch in (("a1", None), ("a2", None), ("b", BRANCH_B)):
                path = self.dir / f"{name}.db"
                shutil.copy(template, path)
                self.offices.append(Office(path, url, branch_id=branch, name=name))
            self.time = 0
            self.seen = {o.name: 0 for o in self.offices}
            self.edits: list[Edit] = []
            self.customers: dict[str, list[str]] = {"a": [], "b": []}
            self.received = {"a": Decimal(0), "b": Decimal(0)}
            tag = next(_counter)
            self.product = e.add_product(self.offices[0], f"SM-{os.getpid()}-{tag}", "共享产品")
            for office in self.offices:
                office.client.sync()
                self.seen[office.name] = self._tick()

        def _tick(self):
            self.time += 1
            return self.time

        def _branch(self, office):
            return "b" if office.name == "b" else "a"

        office = st.integers(0, 2)

        @rule(i=office)
        def add_customer(self, i):
            office = self.offices[i]
            n = next(_counter)
            self.customers[self._branch(office)].append(e.add_customer(office, f"SM-{os.getpid()}-{n}", f"客户{n}"))

        @precondition(lambda self: self.customers["a"] or self.customers["b"])
        @rule(i=office, pick=st.integers(0, 10**6), field=st.sampled_from(["phone", "address"]))
        def edit_customer(self, i, pick, field):
            office = self.offices[i]
            mine = self.customers[self._branch(office)]
            if not mine:
                return
            row = mine[pick % len(mine)]
            if e.value(office, Customer, row, "id") is None:
                return  # not pulled here yet
            value = f"{field}-{next(_counter)}"
            e.edit(office, Customer, row, **{field: value})
            self.edits.append(Edit(office.name, row, field, value, self._tick(), self.seen[office.name]))

        @rule(i=office, price=st.integers(1, 10**6))
        def edit_price(self, i, price):
            office = self.offices[i]
            value = Decimal(next(_counter) * 1000 + price % 1000)
            e.edit(office, Product, self.product, list_price=value)
            self.edits.append(Edit(office.name, self.product, "list_price", value, self._tick(),
                                   self.seen[office.name]))

        @precondition(lambda self: self.customers["a"] or self.customers["b"])
        @rule(i=office, pick=st.integers(0, 10**6))
        def delete_customer(self, i, pick):
            office = self.offices[i]
            mine = self.customers[self._branch(office)]
            if mine and e.value(office, Customer, mine[pick % len(mine)], "id") is not None:
                e.delete(office, Customer, mine[pick % len(mine)])

        @rule(i=office, qty=st.integers(1, 40))
        def receive(self, i, qty):
            office = self.offices[i]
            e.receive(office, self.product, str(qty))
            self.received[self._branch(office)] += qty

        @rule(i=office, push=st.sampled_from([1, 2, 7, 500]), pull=st.sampled_from([1, 3, 500]))
        def sync(self, i, push, pull):
            office = self.offices[i]
            office.client.push(push)
            now = self._tick()
            for edit in self.edits:
                if edit.office == office.name and edit.pushed_at is None:
                    edit.pushed_at = now
            office.client.pull(pull)
            self.seen[office.name] = self._tick()

        @invariant()
        def local_stock_matches_local_ledger(self):
            if not hasattr(self, "offices"):
                return
            for office in self.offices:
                assert e.balance(office, self.product) == Decimal(_local_sum(office, self.product))

        def teardown(self):
            try:
                for _ in range(2):
                    for i in range(3):
                        self.sync(i, 500, 500)
                for office in self.offices:
                    assert [c.table for c in office.client.check() if not c.ok] == [], office.name
                    assert e.balance(office, self.product) == self.received[self._branch(office)]
                self._no_edit_vanished()
            finally:
                for office in self.offices:
                    office.close()
                shutil.rmtree(self.dir, ignore_errors=True)

        def _no_edit_vanished(self):
            engine = create_engine(url, poolclass=NullPool)
            with engine.connect() as connection:
                kept = {(r.row_id, r.column_name, v) for r in connection.execute(
                    text("SELECT row_id, column_name, winner_value, loser_value FROM sync_conflict"))
                    for v in (json.loads(r.winner_value), json.loads(r.loser_value))}
            engine.dispose()
            for edit in self.edits:
                holder = self.offices[2] if edit.office == "b" else self.offices[0]
                model = Product if edit.row == self.product else Customer
                final = e.value(holder, model, edit.row, edit.field)
                if final == edit.value or (edit.row, edit.field, _canon(edit.value)) in kept:
                    continue
                assert any(self._supersedes(later, edit) for later in self.edits), \
                    f"edit {edit.field}={edit.value} by {edit.office} vanished (final {final})"

        def _supersedes(self, later, edit):
            if (later.row, later.field) != (edit.row, edit.field) or later.at <= edit.at:
                return False
            if later.office == edit.office:
                return True
            return edit.pushed_at is not None and later.seen >= edit.pushed_at

    return SyncMachine


def _canon(value):
    if isinstance(value, Decimal):
        return str(int(value * 100))
    return value


def _local_sum(office, product):
    with office.db.engine.connect() as connection:
        total = connection.execute(text("SELECT coalesce(sum(quantity), 0) FROM stock_movement WHERE item_id = :p "
                                        "AND deleted_at IS NULL"), {"p": product}).scalar_one()
    return Decimal(total) / 1000


@pytest.mark.parametrize("dialect,examples", [("postgresql", EXAMPLES), ("mariadb", max(3, EXAMPLES // 5))])
def test_offices_converge_whatever_they_do(dialect, examples, template_db, tmp_path):
    with server_database(dialect, prepared=True) as url:
        seed = tmp_path / "seed.db"
        seed.write_bytes(template_db.read_bytes())
        first = Office(seed, url, backfill=True, name="seed")
        first.client.sync()
        first.close()
        machine = make_machine(url, template_db)
        machine.TestCase.settings = settings(max_examples=examples, stateful_step_count=14, deadline=None,
                                             suppress_health_check=list(HealthCheck),
                                             phases=[Phase.explicit, Phase.reuse, Phase.generate])
        machine.TestCase().runTest()
