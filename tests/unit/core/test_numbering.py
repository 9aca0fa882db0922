import pytest

from neiqin.core.auth.actor import SYSTEM
from neiqin.core.errors import ValidationError
from neiqin.core.numbering import (
    desk,
    next_number,
    parse_number,
    reserve_block,
    set_desk,
    validate_branch_code,
)


def test_numbers_count_per_prefix_branch_and_year(db):
    with db.unit_of_work(SYSTEM) as uow:
        a = next_number(uow.session, "SO", "BJ01", 2026)
        b = next_number(uow.session, "SO", "BJ01", 2026)
        c = next_number(uow.session, "SO", "BJ01", 2027)
        d = next_number(uow.session, "RC", "BJ01", 2026)
    assert (a, b, c, d) == ("SO-BJ01-2026-000001", "SO-BJ01-2026-000002", "SO-BJ01-2027-000001",
                            "RC-BJ01-2026-000001")
    assert parse_number(b) == {"prefix": "SO", "branch": "BJ01", "year": "2026", "seq": "000002"}


def test_rolled_back_number_is_reused_not_skipped(db):
    with pytest.raises(RuntimeError), db.unit_of_work(SYSTEM) as uow:
        next_number(uow.session, "SO", "BJ01", 2026)
        raise RuntimeError("save failed")
    with db.unit_of_work(SYSTEM) as uow:
        assert next_number(uow.session, "SO", "BJ01", 2026) == "SO-BJ01-2026-000001"
        assert reserve_block(uow.session, "SO", "BJ01", 2026, 3)[-1] == "SO-BJ01-2026-000004"


@pytest.mark.parametrize("bad", ["", "1BJ", "B", "BJ-01", "TOOLONGCODE"])
def test_branch_code_validation(bad):
    with pytest.raises(ValidationError):
        validate_branch_code(bad)


def test_a_desk_draws_from_its_own_block_and_keeps_what_it_drew_before(db):
    with db.unit_of_work(SYSTEM) as uow:
        assert desk(uow.session) == 0  # no desk yet: the numbers a one-computer office always had
        assert next_number(uow.session, "SO", "BJ01", 2026) == "SO-BJ01-2026-000001"
        set_desk(uow.session, 2)
    with db.unit_of_work(SYSTEM) as uow:
        assert next_number(uow.session, "SO", "BJ01", 2026) == "SO-BJ01-2026-2000001"
        assert reserve_block(uow.session, "SO", "BJ01", 2026, 2) == ["SO-BJ01-2026-2000002", "SO-BJ01-2026-2000003"]
        assert next_number(uow.session, "BX", "BJ01", 2027) == "BX-BJ01-2027-2000001"
        assert parse_number("SO-BJ01-2026-2000003")["seq"] == "2000003"


def test_a_used_up_block_is_refused_and_nothing_is_drawn(db):
    with db.unit_of_work(SYSTEM) as uow:
        set_desk(uow.session, 1)
        numbers = reserve_block(uow.session, "SO", "BJ01", 2026, 999_998)
    assert numbers[0] == "SO-BJ01-2026-1000001" and numbers[-1] == "SO-BJ01-2026-1999998"
    with pytest.raises(ValidationError) as caught, db.unit_of_work(SYSTEM) as uow:
        assert next_number(uow.session, "SO", "BJ01", 2026) == "SO-BJ01-2026-1999999"  # the last one
        reserve_block(uow.session, "SO", "BJ01", 2026, 1)
    assert "SO-BJ01-2026-1000001 to SO-BJ01-2026-1999999" in caught.value.render()
    with db.unit_of_work(SYSTEM) as uow:  # the refused save rolled back: the last number is still free
        assert next_number(uow.session, "SO", "BJ01", 2026) == "SO-BJ01-2026-1999999"
        with pytest.raises(ValidationError):
            next_number(uow.session, "SO", "BJ01", 2026)
