from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from neiqin.core.errors import ValidationError
from neiqin.core.money import amount_in_capitals, format_money, from_fen, parse_money, to_fen


@pytest.mark.parametrize(
    ("amount", "expected"),
    [
        ("0", "零元整"),
        ("0.05", "伍分"),
        ("0.50", "伍角整"),
        ("1", "壹元整"),
        ("10", "壹拾元整"),
        ("10.05", "壹拾元零伍分"),
        ("100.50", "壹佰元零伍角整"),
        ("105", "壹佰零伍元整"),
        ("1005.01", "壹仟零伍元零壹分"),
        ("12345.60", "壹万贰仟叁佰肆拾伍元陆角整"),
        ("100000", "壹拾万元整"),
        ("100001", "壹拾万零壹元整"),
        ("1010000", "壹佰零壹万元整"),
        ("100000000", "壹亿元整"),
        ("100010000", "壹亿零壹万元整"),
        ("123456789.12", "壹亿贰仟叁佰肆拾伍万陆仟柒佰捌拾玖元壹角贰分"),
        ("-8.80", "负捌元捌角整"),
    ],
)
def test_amount_in_capitals(amount, expected):
    assert amount_in_capitals(Decimal(amount)) == expected


def test_traditional_capitals():
    assert amount_in_capitals(Decimal("20000.3"), traditional=True) == "貳萬圓零參角整"


@pytest.mark.parametrize("bad", ["1.234", "abc", "", "NaN", "1e20", None, [1]])
def test_parse_money_rejects(bad):
    with pytest.raises(ValidationError):
        parse_money(bad)


def test_parse_money_accepts_usual_forms():
    assert parse_money("¥1,234.5") == Decimal("1234.50")
    assert parse_money(3) == Decimal("3.00")


@given(st.integers(min_value=-10**13, max_value=10**13))
def test_fen_round_trip(fen):
    assert to_fen(from_fen(fen)) == fen


@given(st.decimals(min_value=0, max_value=Decimal("999999999999.99"), places=2))
def test_capitals_are_always_spelled(amount):
    text = amount_in_capitals(amount)
    assert text.endswith(("整", "分"))
    assert not any(ch.isdigit() for ch in text)
    assert "零零" not in text


def test_format_money():
    assert format_money(Decimal("12345.6")) == "¥12,345.60"
    assert format_money(Decimal("-3")) == "-¥3.00"


@pytest.mark.parametrize("value", ["9" * 40, "1e40", Decimal("1E+30"), 10**20, "-99999999999999999999.5"])
def test_huge_amounts_are_refused_in_words(value):
    with pytest.raises(ValidationError, match="too large"):
        parse_money(value)
