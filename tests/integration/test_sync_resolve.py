"""A person's conflict resolution on both server dialects: the chosen value travels as a normal
edit, the server's sync_conflict row is marked (who, when, which value) and pulled as resolved by
every office; an edit against a delete can be settled either way; a state is never turned back;
the first resolution to reach the server stands."""

from __future__ import annotations

import dataclasses
import json
from datetime import date

import pytest

from neiqin.core.errors import ValidationError
from neiqin.core.sync import conflicts
from neiqin.core.sync.conflicts import KEEP_MINE, KEEP_THEIRS, MERGE
from neiqin.modules.customers.models import Customer
from neiqin.modules.orders.models import SalesOrder
from tests.integration import sync_edits as e
from tests.integration.test_sync_convergence import (
    assert_converged,
    offices,
    quiet,
    server_conflicts,
    server_url,
)

pytestmark = pytest.mark.server
__all__ = ["offices", "server_url"]  # fixtures shared with the convergence tests


def resolver(office):
    """A clerk who may resolve conflicts and open the records concerned (customers, orders)."""
    return dataclasses.replace(office.actor, permissions=frozenset({"sync.resolve", "customers.view", "orders.view"}))


def conflicted_customer(a, b, **edits_a_then_b):
    """A customer both offices know, then A's and B's edits of the same fields (B's come later)."""
    quiet(a, b)
    customer = e.add_customer(a, "C-RS", "苏州园区精密机械", phone="0512-0", notes="")
    quiet(a, b)
    e.edit(a, Customer, customer, **{k: v[0] for k, v in edits_a_then_b.items()})
    e.edit(b, Customer, customer, **{k: v[1] for k, v in edits_a_then_b.items()})
    quiet(a, b)
    return customer


def test_each_choice_reaches_every_office_and_is_marked_on_the_server(offices, server_url):
    a, b = offices("a", backfill=True), offices("b")
    customer = conflicted_customer(a, b, phone=("0512-1", "0512-2"), notes=("上午来电", "下午回访"))
    mine = {c.column: c for c in conflicts.open_conflicts(a.db, a.actor)}
    assert (mine["phone"].mine, mine["phone"].theirs, mine["phone"].mine_won) == ("0512-1", "0512-2", False)
    assert conflicts.resolve(a.db, resolver(a), mine["phone"].id, KEEP_MINE) == "0512-1"
    assert conflicts.resolve(a.db, resolver(a), mine["notes"].id, MERGE, "上午来电；下午回访") == "上午来电；下午回访"
    assert conflicts.open_conflicts(a.db, a.actor) == []
    assert [c["resolved_at"] for c in server_conflicts(server_url)] == [None, None]  # not sent yet
    quiet(a, b)
    assert_converged(a, b)
    for office in (a, b):
        assert e.value(office, Customer, customer, "phone") == "0512-1"
        assert e.value(office, Customer, customer, "notes") == "上午来电；下午回访"
        assert conflicts.open_conflicts(office.db, office.actor) == []
    marks = {c["column_name"]: c for c in server_conflicts(server_url)}
    assert {k: (m["resolved_by"], json.loads(m["resolution"])) for k, m in marks.items()} == {
        "phone": (a.actor.user_id, {"choice": "loser", "value": "0512-1", "by": "a"}),
        "notes": (a.actor.user_id, {"choice": "merged", "value": "上午来电；下午回访", "by": "a"})}
    assert all(m["resolved_at"] is not None for m in marks.values())


def test_an_edit_against_a_delete_can_be_settled_by_deleting(offices, server_url):
    a, b = offices("a", backfill=True), offices("b")
    quiet(a, b)
    customer = e.add_customer(a, "C-RD", "无锡滨湖贸易")
    quiet(a, b)
    e.delete(a, Customer, customer)
    e.edit(b, Customer, customer, notes="客户仍在合作")
    quiet(a, b)
    assert e.value(a, Customer, customer, "deleted_at") is None  # kept, flagged
    [conflict] = conflicts.open_conflicts(a.db, a.actor)
    assert conflict.kind == "edit_delete" and conflict.theirs is None and conflict.mine is not None
    assert not conflict.allows(MERGE)
    conflicts.resolve(a.db, resolver(a), conflict.id, KEEP_MINE)
    quiet(a, b)
    assert_converged(a, b)
    assert e.value(b, Customer, customer, "deleted_at") is not None
    assert e.value(b, Customer, customer, "notes") == "客户仍在合作"  # the edit itself is not lost


def test_a_state_is_never_turned_back(offices, server_url):
    a, b = offices("a", backfill=True), offices("b")
    quiet(a, b)
    customer = e.add_customer(a, "C-RO", "常州武进五金")
    with a.db.unit_of_work(a.actor) as uow:
        order = SalesOrder(number="SO-RS-1", status="recorded", customer_id=customer, customer_name="常州武进五金",
                           order_date=date(2026, 11, 20))
        uow.session.add(order)
        uow.session.flush()
        order_id = order.id
    quiet(a, b)
    e.edit(a, SalesOrder, order_id, status="approved")
    e.edit(b, SalesOrder, order_id, status="submitted")  # later, but an earlier state
    quiet(a, b)
    [conflict] = conflicts.open_conflicts(b.db, b.actor)
    assert (conflict.kind, conflict.mine, conflict.theirs, conflict.mine_won) == ("status", "submitted", "approved",
                                                                                  False)
    with pytest.raises(ValidationError):
        conflicts.resolve(b.db, resolver(b), conflict.id, KEEP_MINE)
    assert conflicts.resolve(b.db, resolver(b), conflict.id, KEEP_THEIRS) == "approved"
    quiet(a, b)
    assert_converged(a, b)
    assert e.value(a, SalesOrder, order_id, "status") == e.value(b, SalesOrder, order_id, "status") == "approved"
    assert [json.loads(c["resolution"])["choice"] for c in server_conflicts(server_url)] == ["winner"]


def test_the_first_resolution_to_reach_the_server_stands(offices, server_url):
    a, b = offices("a", backfill=True), offices("b")
    customer = conflicted_customer(a, b, phone=("0512-7", "0512-8"))
    [at_a] = conflicts.open_conflicts(a.db, a.actor)
    [at_b] = conflicts.open_conflicts(b.db, b.actor)
    conflicts.resolve(a.db, resolver(a), at_a.id, KEEP_MINE)  # A keeps 0512-7
    conflicts.resolve(b.db, resolver(b), at_b.id, KEEP_MINE)  # B keeps 0512-8, the value in place
    assert a.client.sync().resolved == 1
    assert b.client.sync().resolved == 0  # already resolved by A: B's mark is dropped
    quiet(a, b)
    assert_converged(a, b)
    assert e.value(b, Customer, customer, "phone") == "0512-7"
    [mark] = server_conflicts(server_url)
    assert mark["resolved_by"] == a.actor.user_id
    assert conflicts.open_conflicts(b.db, b.actor) == []
