"""The whole-batch check of a push decides exactly as `protocol.validate` change by change: for any
batch of good and bad changes it either refuses with the same error at the same change, or
accepts with the same decoded values."""

from __future__ import annotations

import copy
from datetime import date, datetime

from hypothesis import given, settings
from hypothesis import strategies as st

from neiqin.core.sync.batch_checks import collector_paused, validate_all
from neiqin.core.sync.catalog import sync_tables
from neiqin.core.sync.errors import ProtocolError
from neiqin.core.sync.protocol import Change, validate
from neiqin.modules import load_all_models

BRANCH = "01a2f000-0000-7000-8000-0000000000b1"
OTHER = "01a2f000-0000-7000-8000-0000000000b9"
load_all_models()
TABLES = sync_tables()

#: values for some columns of sales_order (text, date, time, yes/no, number) and customer, good and bad
ORDER_VALUES = {
    "number": st.sampled_from(["SO-1", "", "X" * 33, "a\x00b", 5, None, "引号'\"\\"]),
    "order_date": st.sampled_from(["2026-03-01", "2026-03-01 10:00:00", "yesterday", 20260301, None]),
    "created_at": st.sampled_from(["2026-03-01 10:00:00.123456", "2026-03-01T10:00:00+08:00", "2026-13-01", None,
                                   "2026-03-01"]),
    "is_major": st.sampled_from([0, 1, True, False, 2, "1", None, 1.0]),
    "line_count": st.sampled_from([0, 7, -3, 2**63, True, "7", None, 7.0]),
    "branch_id": st.sampled_from([BRANCH, BRANCH, None, OTHER]),
    "evil": st.just("x"),
}


#: values every check accepts, for the batches drawn without faults
GOOD_VALUES = {"number": "SO-1", "order_date": "2026-03-01", "created_at": "2026-03-01 10:00:00.123456",
               "is_major": True, "line_count": 7, "branch_id": BRANCH}


@st.composite
def changes(draw):
    out = []
    clean = draw(st.integers(0, 3)) == 0  # a batch without faults now and then: some must be accepted
    for seq in range(1, draw(st.integers(1, 6)) + 1):
        if clean:
            row_id, table = f"row-{seq}", "sales_order"
            op = draw(st.sampled_from(["insert", "update", "delete"]))
            keys = draw(st.lists(st.sampled_from(sorted(GOOD_VALUES)), unique=True, max_size=5))
            values = {k: GOOD_VALUES[k] for k in keys}
            new = {"id": row_id, **values} if op == "insert" else (values if op == "update" else None)
            old = dict(values) if op != "insert" else None
            out.append(Change(seq, 1, table, row_id, op, None, None, old, new))
            continue
        row_id = draw(st.sampled_from([f"row-{seq}", f"row-{seq}", "", "x" * 37, 17, "a\x00"]))
        op = draw(st.sampled_from(["insert", "insert", "update", "delete", "drop"]))
        table = draw(st.sampled_from(["sales_order", "sales_order", "no_such_table", "audit_entry"]))
        keys = draw(st.lists(st.sampled_from(sorted(ORDER_VALUES)), unique=True, max_size=5))
        keys = [k for k in keys if k != "evil"] if draw(st.booleans()) else keys
        values = {k: draw(ORDER_VALUES[k]) for k in keys}
        new = {"id": row_id if draw(st.integers(0, 5)) else "other", **values} if op == "insert" else \
            (values if op == "update" else None)
        old = {k: draw(ORDER_VALUES[k]) for k in keys} if op != "insert" else None
        if draw(st.integers(0, 8)) == 0:
            new = ["not", "an", "object"]
        out.append(Change(seq, 1, table, row_id, op, None, None, old, new))
    return out


SEEN: set[str] = set()


def outcome(check, batch):
    batch = copy.deepcopy(batch)
    try:
        check(batch)
    except ProtocolError as exc:
        return ("refused", str(exc))
    except (TypeError, AttributeError) as exc:  # validate's own failure on a malformed change
        return ("failed", type(exc).__name__)
    SEEN.add("accepted")
    return ("accepted", [(c.old_values, c.new_values) for c in batch])


def one_by_one(batch):
    for change in batch:
        validate(change, TABLES, BRANCH)


@settings(max_examples=400, deadline=None)
@given(changes())
def test_the_batch_check_decides_as_the_check_of_each_change(batch):
    assert outcome(lambda b: validate_all(b, TABLES, BRANCH), batch) == outcome(one_by_one, batch)


def test_the_generated_batches_were_also_accepted_sometimes():
    """(runs after the property above) the batches drawn were not all refused."""
    assert "accepted" in SEEN


def test_a_well_formed_batch_is_decoded_column_by_column():
    batch = [Change(i, 1, "sales_order", f"r{i}", "insert", None, None, None,
                    {"id": f"r{i}", "number": f"SO-{i}", "order_date": "2026-03-0" + str(i),
                     "created_at": "2026-03-01T10:00:00+08:00" if i == 2 else None, "is_major": i % 2,
                     "line_count": i, "branch_id": BRANCH}) for i in (1, 2, 3)]
    batch.append(Change(4, 1, "sales_order", "r1", "update", None, 3, {"number": "SO-1"}, {"number": "SO-1b"}))
    validate_all(batch, TABLES, BRANCH)
    assert batch[1].new_values == {"id": "r2", "number": "SO-2", "order_date": date(2026, 3, 2),
                                   "created_at": datetime(2026, 3, 1, 2, 0), "is_major": False, "line_count": 2,
                                   "branch_id": BRANCH}
    assert batch[0].new_values["is_major"] is True and batch[0].new_values["created_at"] is None
    assert (batch[3].old_values, batch[3].new_values) == ({"number": "SO-1"}, {"number": "SO-1b"})
    assert batch[0].new == {"id": "r1", "number": "SO-1", "order_date": "2026-03-01", "created_at": None,
                            "is_major": 1, "line_count": 1, "branch_id": BRANCH}  # what was sent stays as sent


def test_garbage_collection_is_paused_only_inside_and_restored():
    import gc

    assert gc.isenabled()
    with collector_paused():
        assert not gc.isenabled()
        with collector_paused():
            assert not gc.isenabled()
        assert not gc.isenabled()
    assert gc.isenabled()
