"""Field-level merge against the base, decided without a server."""

from __future__ import annotations

from datetime import datetime

import pytest

from neiqin.core.sync.catalog import sync_tables
from neiqin.core.sync.errors import ProtocolError
from neiqin.core.sync.merge import LAST_CLIENT, merge
from neiqin.core.sync.protocol import Change, validate
from neiqin.modules import load_all_models

ROW = "01a2f000-0000-7000-8000-000000000001"
A, B = "client-a", "client-b"


@pytest.fixture(scope="module")
def tables():
    load_all_models()
    return sync_tables()


def server_row(**values):
    row = {"id": ROW, "branch_id": "br", "phone": "1", "address": "old", "status": "recorded",
           "hlc": "0000000000000100-0000-n", "server_version": 5, LAST_CLIENT: A, "deleted_at": None}
    row.update(values)
    return row


def change(tables, table, old, new, hlc="0000000000000200-0000-n", op="update", base=5):
    item = Change(1, 1, table, ROW, op, hlc, base, old, new)
    validate(item, tables, "br")
    return item


def test_a_field_applies_when_the_server_still_has_the_old_value(tables):
    out = merge(tables["customer"], change(tables, "customer", {"phone": "1"}, {"phone": "2"}), B, server_row())
    assert out.row["phone"] == "2" and out.changed and not out.conflicts


def test_different_fields_changed_on_both_sides_both_survive(tables):
    current = server_row(address="changed by A")
    out = merge(tables["customer"], change(tables, "customer", {"phone": "1"}, {"phone": "2"}), B, current)
    assert (out.row["phone"], out.row["address"]) == ("2", "changed by A") and not out.conflicts


def test_same_field_later_hlc_wins_and_both_values_are_kept(tables):
    current = server_row(phone="from A")
    later = merge(tables["customer"], change(tables, "customer", {"phone": "1"}, {"phone": "from B"}), B, current)
    assert later.row["phone"] == "from B"
    [c] = later.conflicts
    assert (c.winner, c.loser, c.winner_client, c.loser_client) == ("from B", "from A", B, A)
    earlier = merge(tables["customer"], change(tables, "customer", {"phone": "1"}, {"phone": "from B"},
                                               hlc="0000000000000050-0000-n"), B, current)
    assert earlier.row["phone"] == "from A"
    [c] = earlier.conflicts
    assert (c.winner, c.loser) == ("from A", "from B")


def test_equal_hlc_is_decided_by_client_id(tables):
    current = server_row(phone="from A", hlc="0000000000000200-0000-n")
    out = merge(tables["customer"], change(tables, "customer", {"phone": "1"}, {"phone": "from B"}), B, current)
    assert out.row["phone"] == "from B"  # "client-b" > "client-a"
    out = merge(tables["customer"], change(tables, "customer", {"phone": "1"}, {"phone": "x"}), "client-0", current)
    assert out.row["phone"] == "from A"


def test_status_only_moves_forward_even_against_a_later_edit(tables):
    ranks = {"recorded": 0, "submitted": 1, "approved": 2}
    current = server_row(status="approved")
    item = change(tables, "sales_order", {"status": "recorded"}, {"status": "submitted"}, hlc="0000000000009999-0000-n")
    out = merge(tables["sales_order"], item, B, current, ranks)
    assert out.row["status"] == "approved"
    assert [(c.kind, c.winner, c.loser) for c in out.conflicts] == [("status", "approved", "submitted")]


def test_delete_against_an_edit_elsewhere_keeps_the_row(tables):
    current = server_row(phone="edited by A", server_version=9)
    item = change(tables, "customer", {"deleted_at": None}, {"deleted_at": "2026-11-23 10:00:00.000000"})
    out = merge(tables["customer"], item, B, current)
    assert out.row["deleted_at"] is None
    assert [c.kind for c in out.conflicts] == ["edit_delete"]


def test_edit_of_a_row_deleted_elsewhere_restores_it_flagged(tables):
    current = server_row(deleted_at=datetime(2026, 11, 23, 9, 0), server_version=9)
    out = merge(tables["customer"], change(tables, "customer", {"phone": "1"}, {"phone": "2"}), B, current)
    assert out.row["deleted_at"] is None and out.row["phone"] == "2"
    assert [c.kind for c in out.conflicts] == ["edit_delete"]


def test_ledger_rows_are_inserted_without_conflict(tables):
    assert tables["stock_movement"].ledger and tables["supply_movement"].ledger
    item = Change(1, 1, "stock_movement", ROW, "insert", "1", None, None,
                  {"id": ROW, "branch_id": "br", "item_id": "p", "location": "", "kind": "receipt",
                   "quantity": 3000, "moved_at": "2026-11-23 10:00:00.000000"})
    validate(item, tables, "br")
    out = merge(tables["stock_movement"], item, B, None)
    assert out.inserted and out.row["quantity"] == 3000 and not out.conflicts


def test_update_of_a_row_the_server_does_not_have_is_refused(tables):
    with pytest.raises(ProtocolError, match="not on the server"):
        merge(tables["customer"], change(tables, "customer", {"phone": "1"}, {"phone": "2"}), B, None)


def test_catalog_covers_every_synced_table_and_leaves_local_tables_out(tables):
    from neiqin.core.db.base import Base, Synced

    synced = {m.class_.__tablename__ for m in Base.registry.mappers if issubclass(m.class_, Synced)}
    assert synced <= set(tables)
    assert set(tables) - synced == {"audit_entry"}
    for local in ("setting", "number_sequence", "stock_balance", "supply_balance", "alembic_version"):
        assert local not in tables
    assert tables["product"].shared and not tables["customer"].shared
    assert tables["audit_entry"].push_only and "hash" not in tables["audit_entry"].sent_columns
