"""Document states in sync: every module with a state machine declares the forward order of its
states, a state never moves back when two offices moved one document apart, and the Conflicts view
can name the states; the module-permission convention the Conflicts view relies on holds."""

from __future__ import annotations

import pytest

from neiqin.app.sync_commands import state_titles, status_ranks, sync_states
from neiqin.core.sync.catalog import sync_tables
from neiqin.core.sync.conflict_access import view_permission
from neiqin.core.sync.merge import merge
from neiqin.modules import MODULES, load_all_models
from neiqin.modules.archive import lending
from neiqin.modules.minutes import statemachine as minutes
from neiqin.modules.orders import statemachine as orders
from neiqin.modules.reimbursements import statemachine as claims
from tests.unit.core.sync.test_merge import A, B, change, server_row

MACHINES = {"sales_order": orders.STATES, "reimbursement_claim": claims.STATES, "meeting": minutes.STATES,
            "archive_lending": lending.STATES}


@pytest.fixture(scope="module")
def tables():
    load_all_models()
    return sync_tables()


def test_every_document_with_a_state_machine_merges_forward(tables):
    ranks = status_ranks()
    assert set(ranks) == set(MACHINES)
    for table, states in MACHINES.items():
        assert sorted(ranks[table]) == sorted(states), table  # every state ranked once, no unknown one
        assert tables[table].status_column == "status"
        assert sorted(ranks[table].values()) == list(range(len(states)))


def test_orders_keep_the_order_their_state_machine_declares():
    assert status_ranks()["sales_order"] == {state: i for i, state in enumerate(orders.STATES)}


def test_facts_beat_decisions():
    claim, meeting, loan = status_ranks()["reimbursement_claim"], status_ranks()["meeting"], \
        status_ranks()["archive_lending"]
    assert max(claim, key=claim.get) == claims.PAID  # money paid is never undone by a sync
    assert claim[claims.APPROVED] > claim[claims.RETURNED] and claim[claims.SUBMITTED] > claim[claims.CANCELLED]
    assert max(meeting, key=meeting.get) == minutes.DISTRIBUTED
    assert meeting[minutes.DRAFT] > meeting[minutes.CANCELLED]  # minutes written: the meeting took place
    assert loan[lending.ISSUED] > loan[lending.CANCELLED] and loan[lending.RETURNED] > loan[lending.ISSUED]


@pytest.mark.parametrize(("here", "there"), [(claims.PAID, claims.RETURNED), (claims.RETURNED, claims.PAID)])
def test_a_paid_claim_stays_paid_whichever_office_syncs_last(tables, here, there):
    current = server_row(status=there, hlc="0000000000000900-0000-n")  # the other office's change is later
    out = merge(tables["reimbursement_claim"],
                change(tables, "reimbursement_claim", {"status": claims.FINAL}, {"status": here}), B, current,
                status_ranks()["reimbursement_claim"])
    assert out.row["status"] == claims.PAID
    [conflict] = out.conflicts
    assert conflict.kind == "status" and {conflict.winner, conflict.loser} == {claims.PAID, claims.RETURNED}
    assert conflict.winner == claims.PAID and conflict.winner_client == (B if here == claims.PAID else A)


def test_state_titles_name_every_state_in_its_module_context():
    titles = state_titles()
    assert set(titles) == set(MACHINES)
    for table, states in MACHINES.items():
        context, names = titles[table]
        assert names == dict(states) and context == next(s.context for s in sync_states() if s.table == table)


def test_each_module_tab_needs_its_view_permission(tables):
    """conflict_access finds a table's permission from its model's package: `neiqin.modules.<id>`
    needs `<id>.view`, the permission of the module's tab."""
    assert all(module.permission == f"{module.id}.view" for module in MODULES)
    from neiqin.core.db.base import Base

    models = {m.class_.__tablename__: m.class_ for m in Base.registry.mappers if hasattr(m.class_, "__tablename__")}
    seen = {view_permission(models[name]) for name in tables}
    assert seen - {m.permission for m in MODULES} == {"users.manage", "settings.manage"}
    assert view_permission(models["customer"]) == "customers.view"
    assert view_permission(models["app_user"]) == "users.manage"
