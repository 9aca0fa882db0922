import pytest

from neiqin.core.auth.actor import SYSTEM
from neiqin.core.errors import ValidationError
from neiqin.core.numbering import next_number, parse_number, reserve_block, validate_branch_code


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
