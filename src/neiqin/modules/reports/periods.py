"""Report periods: a day, an ISO week, a month or a custom range, with the period before it and
the same period a year earlier (for the comparisons the seeds ask for)."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, timedelta

from neiqin.core.errors import QT_TRANSLATE_NOOP, ValidationError

KINDS = ("daily", "weekly", "monthly", "custom")
#: a custom period longer than this shows its trend by month instead of by day
DAILY_TREND_DAYS = 62
MAX_DAYS = 3660
_WEEK = re.compile(r"^(\d{4})-?W(\d{1,2})$", re.IGNORECASE)
_MONTH = re.compile(r"^(\d{4})-(\d{1,2})$")


@dataclass(frozen=True)
class Period:
    kind: str  # daily | weekly | monthly | custom
    since: date
    until: date  # inclusive

    @property
    def days(self) -> int:
        return (self.until - self.since).days + 1

    @property
    def label(self) -> str:
        if self.kind == "daily":
            return self.since.isoformat()
        if self.kind == "weekly":
            year, week, _ = self.since.isocalendar()
            return f"{year}-W{week:02d}"
        if self.kind == "monthly":
            return f"{self.since.year}-{self.since.month:02d}"
        return f"{self.since.isoformat()} – {self.until.isoformat()}"

    @property
    def range_text(self) -> str:
        return self.since.isoformat() if self.days == 1 else f"{self.since.isoformat()} – {self.until.isoformat()}"

    def previous(self) -> Period:
        """The period just before: the day, week or month before; a custom range of the same length."""
        if self.kind == "monthly":
            last = self.since - timedelta(days=1)
            return month(last.year, last.month)
        return Period(self.kind, self.since - timedelta(days=self.days), self.since - timedelta(days=1))

    def last_year(self) -> Period:
        """The same period a year earlier: the same dates (a week: the same ISO week)."""
        if self.kind == "monthly":
            return month(self.since.year - 1, self.since.month)
        if self.kind == "weekly":
            year, week, _ = self.since.isocalendar()
            return week_period(year - 1, min(week, _weeks_in(year - 1)))
        return Period(self.kind, _year_back(self.since), _year_back(self.until))

    def trend_by_month(self) -> bool:
        return self.days > DAILY_TREND_DAYS


def _year_back(day: date) -> date:
    try:
        return day.replace(year=day.year - 1)
    except ValueError:  # 29 February
        return day.replace(year=day.year - 1, day=28)


def _weeks_in(year: int) -> int:
    return date(year, 12, 28).isocalendar()[1]


def month(year: int, number: int) -> Period:
    first = date(year, number, 1)
    following = date(year + (number == 12), number % 12 + 1, 1)
    return Period("monthly", first, following - timedelta(days=1))


def week_period(year: int, week: int) -> Period:
    monday = date.fromisocalendar(year, week, 1)
    return Period("weekly", monday, monday + timedelta(days=6))


def week_of(day: date) -> Period:
    monday = day - timedelta(days=day.weekday())
    return Period("weekly", monday, monday + timedelta(days=6))


def _bad(text: str, kind: str) -> ValidationError:
    return ValidationError(QT_TRANSLATE_NOOP("errors", "“{value}” is not a period for a {kind} report (a day "
                                                       "2026-10-15, a week 2026-W42, a month 2026-10)."),
                           field="period", value=text, kind=kind)


def _day(text: str, field: str = "period") -> date:
    try:
        return date.fromisoformat(text.strip())
    except (ValueError, AttributeError):
        raise ValidationError(QT_TRANSLATE_NOOP("errors", "“{value}” is not a date (YYYY-MM-DD)."),
                              field=field, value=text) from None


def parse_period(kind: str, period: str | None = None, since: str | date | None = None,
                 until: str | date | None = None) -> Period:
    """A period from its text: daily "2026-10-15", weekly "2026-W42" (or any day of the week),
    monthly "2026-10", custom `since`..`until`."""
    if kind not in KINDS:
        raise ValidationError(QT_TRANSLATE_NOOP("errors", "Unknown report: {kind}."), field="kind", kind=kind)
    if kind == "custom":
        if not since or not until:
            raise ValidationError(QT_TRANSLATE_NOOP("errors", "A custom period needs a first and a last day."),
                                  field="since")
        first = since if isinstance(since, date) else _day(since, "since")
        last = until if isinstance(until, date) else _day(until, "until")
        if last < first:
            raise ValidationError(QT_TRANSLATE_NOOP("errors", "The last day {until} is before the first day {since}."),
                                  field="until", since=first.isoformat(), until=last.isoformat())
        if (last - first).days >= MAX_DAYS:
            raise ValidationError(QT_TRANSLATE_NOOP("errors", "A report covers at most ten years."), field="until")
        return Period("custom", first, last)
    text = (period or "").strip()
    if not text:
        raise _bad(text, kind)
    if kind == "daily":
        day = _day(text)
        return Period("daily", day, day)
    if kind == "weekly":
        found = _WEEK.match(text)
        if found:
            year, week = int(found.group(1)), int(found.group(2))
            if not 1 <= week <= _weeks_in(year):
                raise _bad(text, kind)
            return week_period(year, week)
        return week_of(_day(text))
    found = _MONTH.match(text)
    if not found or not 1 <= int(found.group(2)) <= 12:
        raise _bad(text, kind)
    return month(int(found.group(1)), int(found.group(2)))
