"""Who sees a sync conflict: the Conflicts view, its count in the status bar and the dashboard show
both values of a field, so a person sees only conflicts of fields the app would show them. A clerk
without `customers.confidential` never sees a customer's bank account or credit limit through a
conflict, cannot resolve one, and a refused resolution changes nothing."""

from __future__ import annotations

import dataclasses
from datetime import date

import pytest

from neiqin.core.errors import PermissionDenied
from neiqin.core.sync import conflicts
from neiqin.core.sync.conflicts import KEEP_MINE
from neiqin.core.sync.service import SyncService
from neiqin.modules.customers.models import Customer
from tests.integration import sync_edits as e
from tests.integration.test_sync_convergence import offices, quiet, server_url

pytestmark = pytest.mark.server
__all__ = ["offices", "server_url"]  # fixtures shared with the convergence tests

BANK_A, BANK_B = "6222 0000 1111 8888", "6222 0000 2222 9999"


def clerk(office, *extra: str):
    return dataclasses.replace(office.actor, permissions=frozenset({"sync.resolve", *extra}))


@pytest.fixture
def conflicted(offices):
    """Two offices that changed a customer's phone (open) and bank account (confidential) apart."""
    a, b = offices("a", backfill=True), offices("b")
    quiet(a, b)
    customer = e.add_customer(a, "C-AC", "宁波港口物流", phone="0574-0")
    quiet(a, b)
    e.edit(a, Customer, customer, phone="0574-1", bank_account=BANK_A)
    e.edit(b, Customer, customer, phone="0574-2", bank_account=BANK_B)
    quiet(a, b)
    return a, customer


def _everything_shown(office, actor) -> str:
    """All a person is shown of conflicts: the view's rows and the dashboard items, as text."""
    shown = [repr(c) for c in conflicts.open_conflicts(office.db, actor)]
    with office.db.read() as session:
        shown += [repr(item) for item in conflicts.dashboard_items(session, actor, date.today())]
    return "\n".join(shown)


def test_a_clerk_without_the_confidential_right_sees_only_open_fields(conflicted):
    a, customer = conflicted
    everyone = {c.column for c in conflicts.open_conflicts(a.db, a.actor)}
    assert everyone == {"phone", "bank_account"}  # both conflicts exist here

    plain = clerk(a, "customers.view")
    assert [c.column for c in conflicts.open_conflicts(a.db, plain)] == ["phone"]
    shown = _everything_shown(a, plain)
    assert "0574-1" in shown and BANK_A not in shown and BANK_B not in shown
    with a.db.read() as session:
        assert conflicts.open_count(session, plain) == 1
        assert conflicts.open_count(session, a.actor) == 2
        assert conflicts.open_count(session) == 2  # the database's own count, for the CLI
    assert SyncService(a.db, lambda db: None, plain).status().conflicts == 1

    trusted = clerk(a, "customers.view", "customers.confidential")
    assert {c.column for c in conflicts.open_conflicts(a.db, trusted)} == {"phone", "bank_account"}
    assert BANK_A in _everything_shown(a, trusted)


def test_without_the_module_right_no_conflict_of_it_is_shown(conflicted):
    a, _customer = conflicted
    outsider = clerk(a, "orders.view", "customers.confidential")
    assert conflicts.open_conflicts(a.db, outsider) == []
    assert _everything_shown(a, outsider) == ""
    with a.db.read() as session:
        assert conflicts.open_count(session, outsider) == 0


def test_a_refused_resolution_changes_nothing(conflicted):
    a, customer = conflicted
    [bank] = [c for c in conflicts.open_conflicts(a.db, a.actor) if c.column == "bank_account"]
    held = e.value(a, Customer, customer, "bank_account")
    for actor, missing in ((clerk(a, "customers.view"), "customers.confidential"),
                           (clerk(a, "customers.confidential"), "customers.view")):
        with pytest.raises(PermissionDenied) as refused:
            conflicts.resolve(a.db, actor, bank.id, KEEP_MINE)
        assert refused.value.permission == missing
    assert e.value(a, Customer, customer, "bank_account") == held
    assert {c.id for c in conflicts.open_conflicts(a.db, a.actor)} >= {bank.id}
    with a.db.read() as session:
        assert conflicts.pending_resolutions(session.connection()) == []
    trusted = clerk(a, "customers.view", "customers.confidential")
    assert conflicts.resolve(a.db, trusted, bank.id, KEEP_MINE) == BANK_A
    assert e.value(a, Customer, customer, "bank_account") == BANK_A
