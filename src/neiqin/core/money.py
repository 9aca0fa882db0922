"""Money: `Decimal` in Python, integer fen in the database, capitals (大写) on printed forms."""

from __future__ import annotations

from decimal import ROUND_HALF_UP, Decimal, InvalidOperation

from neiqin.core.errors import QT_TRANSLATE_NOOP, ValidationError

FEN = Decimal("0.01")
MAX_YUAN = Decimal("999999999999.99")  # below 1 trillion yuan: what capitals can spell


def parse_money(value: object, field: str | None = None) -> Decimal:
    """A user's amount as Decimal with at most two decimals; raises ValidationError otherwise."""
    if isinstance(value, Decimal):
        amount = value
    elif isinstance(value, int) and not isinstance(value, bool):
        amount = Decimal(value)
    elif isinstance(value, float):
        amount = Decimal(repr(value))
    elif isinstance(value, str):
        text = value.strip().replace(",", "").replace("¥", "").replace("￥", "")
        try:
            amount = Decimal(text)
        except InvalidOperation:
            raise ValidationError(
                QT_TRANSLATE_NOOP("errors", "“{value}” is not an amount of money."), field=field, value=value
            ) from None
    else:
        raise ValidationError(QT_TRANSLATE_NOOP("errors", "“{value}” is not an amount of money."),
                              field=field, value=value)
    if not amount.is_finite():
        raise ValidationError(QT_TRANSLATE_NOOP("errors", "“{value}” is not an amount of money."),
                              field=field, value=value)
    if abs(amount) > MAX_YUAN:  # before quantize, which cannot hold more digits than the context
        raise ValidationError(QT_TRANSLATE_NOOP("errors", "The amount {value} is too large."),
                              field=field, value=value)
    if amount != amount.quantize(FEN):
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "An amount has at most two decimals (fen): {value}."),
            field=field, value=value,
        )
    return amount.quantize(FEN)


def to_fen(amount: Decimal) -> int:
    return int((amount * 100).to_integral_value(rounding=ROUND_HALF_UP))


def from_fen(fen: int) -> Decimal:
    return (Decimal(fen) / 100).quantize(FEN)


def round_money(amount: Decimal) -> Decimal:
    return amount.quantize(FEN, rounding=ROUND_HALF_UP)


def format_money(amount: Decimal | None, symbol: str = "¥") -> str:
    """`¥12,345.60`; negative amounts as `-¥12.00`."""
    if amount is None:
        return ""
    sign = "-" if amount < 0 else ""
    return f"{sign}{symbol}{abs(amount):,.2f}"


_DIGITS = "零壹贰叁肆伍陆柒捌玖"
_DIGITS_TW = "零壹貳參肆伍陸柒捌玖"
_SMALL_UNITS = ["", "拾", "佰", "仟"]
_GROUP_UNITS = ["", "万", "亿"]
_GROUP_UNITS_TW = ["", "萬", "億"]


def _four_digits(group: int, digits: str) -> str:
    """Spell 0..9999 without group unit; zeros inside collapse to one 零."""
    out: list[str] = []
    zero_pending = False
    for position in range(3, -1, -1):
        digit = group // (10**position) % 10
        if digit == 0:
            if out:
                zero_pending = True
            continue
        if zero_pending:
            out.append(digits[0])
            zero_pending = False
        out.append(digits[digit] + _SMALL_UNITS[position])
    return "".join(out)


def amount_in_capitals(amount: Decimal, traditional: bool = False) -> str:
    """Chinese capital amount for printed forms, e.g. 12345.60 → 壹万贰仟叁佰肆拾伍元陆角整.

    Follows the usual bank rules: 整 after 元 or 角 when there is no fen; 零 for inner gaps;
    `负` before negative amounts.
    """
    digits = _DIGITS_TW if traditional else _DIGITS
    group_units = _GROUP_UNITS_TW if traditional else _GROUP_UNITS
    yuan_word, jiao_word, fen_word = ("圓", "角", "分") if traditional else ("元", "角", "分")
    whole_word = "整"
    amount = parse_money(amount)
    sign = ""
    if amount < 0:
        sign = "負" if traditional else "负"
        amount = -amount
    fen_total = to_fen(amount)
    yuan, cents = divmod(fen_total, 100)
    jiao, fen = divmod(cents, 10)
    if fen_total == 0:
        return f"{digits[0]}{yuan_word}{whole_word}"

    parts: list[str] = []
    if yuan:
        groups = []
        value = yuan
        while value:
            groups.append(value % 10000)
            value //= 10000
        text = ""
        need_zero = False
        for index in range(len(groups) - 1, -1, -1):
            group = groups[index]
            if group == 0:
                need_zero = bool(text)
                continue
            if text and (need_zero or group < 1000):
                text += digits[0]
            text += _four_digits(group, digits) + group_units[index]
            need_zero = False
        parts.append(text + yuan_word)
    if jiao:
        if yuan and yuan % 10 == 0:
            parts.append(digits[0])
        parts.append(digits[jiao] + jiao_word)
    if fen:
        if yuan and not jiao:
            parts.append(digits[0])
        parts.append(digits[fen] + fen_word)
    else:
        parts.append(whole_word)
    return sign + "".join(parts)
