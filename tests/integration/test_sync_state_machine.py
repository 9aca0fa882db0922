"""Hypothesis state machine: three computers (two of one branch, one of another) edit, delete,
receive stock, make numbered customer files and sync in any order; the second computer of the
branch may work offline before it ever reached the server. After a quiet sync all agree with the
server, no edit vanished without being superseded or kept as a conflict, stock counts every receipt
once, and every document number is unique and drawn from its computer's desk block (the seed office
is desk 0 of the first branch, then a1 desk 1, a2 desk 2; b is desk 0 of the second branch).

Examples per test: 200 on PostgreSQL and a quarter of it on MariaDB; `pytest --slow` runs 2,000
(500); NEIQIN_SYNC_EXAMPLES sets the PostgreSQL count. The server and the three databases are made
once per test and put back between examples (`sync_rig`)."""

from __future__ import annotations

import itertools
import json
import os
from dataclasses import replace
from decimal import Decimal

import pytest
from hypothesis import HealthCheck, Phase, settings
from hypothesis import strategies as st
from hypothesis.stateful import RuleBasedStateMachine, initialize, invariant, precondition, rule
from sqlalchemy import text

from neiqin.core.numbering import DESK_BLOCK, parse_number
from neiqin.modules.customers import service as customers
from neiqin.modules.customers.models import Customer
from neiqin.modules.customers.schemas import CustomerInput
from neiqin.modules.products.models import Product
from tests.integration import sync_edits as e
from tests.integration.sync_rig import Rig
from tests.integration.sync_servers import BRANCH_B, server_database

pytestmark = pytest.mark.server
_counter = itertools.count()
#: each computer's desk in its branch (the seed office registered first as desk 0 of branch A)
DESKS = {"a1": 1, "a2": 2, "b": 0}
#: every synced table is compared with the server after the first example and every tenth; the
#: others compare the tables the rules write and every table the server saw a change of
FULL_CHECK_EVERY = 10
WRITTEN = {"customer", "product", "stock_movement"}


def examples(request) -> int:
    default = 2000 if request.config.getoption("--slow", default=False) else 200
    return int(os.environ.get("NEIQIN_SYNC_EXAMPLES", default))


class Edit:
    def __init__(self, office, row, field, value, at, seen):
        self.office, self.row, self.field, self.value, self.at = office, row, field, value, at
        #: when this edit reached the server; the newest pull of its office before it was made
        self.pushed_at, self.seen = None, seen


def make_machine(rig: Rig):
    from neiqin.modules import all_permissions

    everything = frozenset(p.code for p in all_permissions())

    class SyncMachine(RuleBasedStateMachine):
        @initialize(a2_first=st.booleans())
        def offices(self, a2_first):
            self.offices = rig.reset()
            for office in self.offices:
                office.actor = replace(office.actor, permissions=everything)
            self.time = 0
            self.seen = {o.name: 0 for o in self.offices}
            self.edits: list[Edit] = []
            self.customers: dict[str, list[str]] = {"a": [], "b": []}
            self.numbered: dict[str, list[str]] = {o.name: [] for o in self.offices}
            self.received = {"a": Decimal(0), "b": Decimal(0)}
            self.product = e.add_product(self.offices[0], f"SM-{os.getpid()}-{next(_counter)}", "共享产品")
            # a1 first (desk 1), b; a2 now or later: it may work before its first registration
            for office in (self.offices[0], *(self.offices[1:2] if a2_first else ()), self.offices[2]):
                office.client.sync()
                self.seen[office.name] = self._tick()

        def _tick(self):
            self.time += 1
            return self.time

        def _branch(self, office):
            return "b" if office.name == "b" else "a"

        def _has_product(self, office):
            return e.value(office, Product, self.product, "id") is not None

        office = st.integers(0, 2)

        @rule(i=office)
        def add_customer(self, i):
            office = self.offices[i]
            n = next(_counter)
            self.customers[self._branch(office)].append(e.add_customer(office, f"SM-{os.getpid()}-{n}", f"客户{n}"))

        @rule(i=office)
        def add_numbered_customer(self, i):
            office = self.offices[i]
            with office.db.unit_of_work(office.actor) as uow:
                made = customers.create_customer(uow, CustomerInput(name=f"编号客户{next(_counter)}"),
                                                 allow_duplicate=True)
            self.numbered[office.name].append(made.id)
            self.customers[self._branch(office)].append(made.id)

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
            if not self._has_product(office):
                return
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
            if not self._has_product(office):
                return
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
                cached, ledger = _stock(office, self.product)
                assert (cached or 0) == ledger, office.name

        def teardown(self):
            if not hasattr(self, "offices"):
                return
            for _ in range(2):
                for i in range(3):
                    self.sync(i, 500, 500)
            with rig.engine.connect() as connection:
                only = rig.examples % FULL_CHECK_EVERY != 1 and rig.touched(connection) <= WRITTEN
            for i, office in enumerate(self.offices):
                assert rig.checks(i, only) == [], office.name
                assert e.balance(office, self.product) == self.received[self._branch(office)]
            self._no_edit_vanished()
            self._numbers_unique_and_in_their_blocks()

        def _no_edit_vanished(self):
            with rig.engine.connect() as connection:
                kept = {(r.row_id, r.column_name, v) for r in connection.execute(
                    text("SELECT row_id, column_name, winner_value, loser_value FROM sync_conflict"))
                    for v in (json.loads(r.winner_value), json.loads(r.loser_value))}
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

        def _numbers_unique_and_in_their_blocks(self):
            with rig.engine.connect() as connection:
                codes = dict(connection.execute(text("SELECT id, code FROM customer")).all())
            assert len(set(codes.values())) == len(codes), "a customer number was drawn twice"
            for office in self.offices:
                # the n-th numbered customer of a computer has its desk's n-th number, drafts included
                drawn = [int(parse_number(codes[row])["seq"]) for row in self.numbered[office.name]]
                first = DESKS[office.name] * DESK_BLOCK
                assert drawn == list(range(first + 1, first + 1 + len(drawn))), office.name

    return SyncMachine


def _canon(value):
    if isinstance(value, Decimal):
        return str(int(value * 100))
    return value


def _stock(office, product) -> tuple[int | None, int]:
    """The cached balance and the sum of the ledger, as stored (thousandths)."""
    with office.db.engine.execution_options(readonly=True).connect() as connection:
        return tuple(connection.execute(text(
            "SELECT (SELECT quantity FROM stock_balance WHERE item_id = :p), (SELECT coalesce(sum(quantity), 0) "
            "FROM stock_movement WHERE item_id = :p AND deleted_at IS NULL)"), {"p": product}).one())


@pytest.mark.parametrize("dialect,share", [("postgresql", 1), ("mariadb", 4)])
def test_offices_converge_whatever_they_do(dialect, share, request, template_db, tmp_path, reliability_figures):
    count = max(3, examples(request) // share)
    with server_database(dialect, prepared=True) as url:
        rig = Rig(url, template_db, tmp_path, [("a1", None), ("a2", None), ("b", BRANCH_B)], WRITTEN)
        try:
            machine = make_machine(rig)
            machine.TestCase.settings = settings(max_examples=count, stateful_step_count=14, deadline=None,
                                                 suppress_health_check=list(HealthCheck),
                                                 phases=[Phase.explicit, Phase.reuse, Phase.generate])
            machine.TestCase().runTest()
        finally:
            rig.close()
    reliability_figures[f"sync state machine ({dialect})"] = f"{count} examples of up to 14 steps"
