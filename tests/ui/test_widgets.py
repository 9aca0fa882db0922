from datetime import date
from decimal import Decimal

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QImage, QPainter
from PySide6.QtWidgets import QLineEdit, QWidget

from neiqin.core.errors import ValidationError
from neiqin.ui.widgets.completer import RecordCompleter
from neiqin.ui.widgets.date_edit import DateEdit
from neiqin.ui.widgets.date_range import DateRangeEdit, preset_range
from neiqin.ui.widgets.money_edit import MoneyEdit
from neiqin.ui.widgets.search_box import SearchBox
from neiqin.ui.widgets.status_tag import StatusTag, paint_tag, tone_colors


def test_money_edit_accepts_two_decimals_and_formats_when_not_focused(qtbot):
    holder = QWidget()
    qtbot.addWidget(holder)
    edit, other = MoneyEdit(holder), QLineEdit(holder)
    holder.show()
    qtbot.waitExposed(holder)
    edit.setFocus()
    qtbot.waitUntil(edit.hasFocus)
    qtbot.keyClicks(edit, "12345.678a-")
    assert edit.text() == "12345.67"  # the third decimal, letters and a sign are refused
    assert edit.value() == Decimal("12345.67")
    other.setFocus()
    qtbot.waitUntil(lambda: not edit.hasFocus())
    assert edit.text() == "¥12,345.67" and edit.value() == Decimal("12345.67")
    edit.setFocus()
    qtbot.waitUntil(edit.hasFocus)
    assert edit.text() == "12345.67"
    edit.clear()
    qtbot.keyClicks(edit, "")
    edit.setValue(None)
    assert edit.value() is None


def test_money_edit_set_value_and_signal(qtbot):
    edit = MoneyEdit()
    qtbot.addWidget(edit)
    with qtbot.waitSignal(edit.value_changed) as changed:
        edit.setValue("1,000.5")
    assert changed.args == [Decimal("1000.50")] and edit.text() == "¥1,000.50"
    with pytest.raises(ValidationError):
        edit.setValue("1.234")
    negative = MoneyEdit(allow_negative=True)
    qtbot.addWidget(negative)
    negative.setValue(Decimal("-3"))
    assert negative.text() == "-¥3.00"


def test_date_edit_format_and_optional_empty(qtbot):
    edit = DateEdit(value=date(2026, 11, 22))
    qtbot.addWidget(edit)
    assert edit.text() == "2026-11-22" and edit.calendarPopup()
    assert edit.value() == date(2026, 11, 22)
    with pytest.raises(ValueError):
        edit.setValue(None)
    optional = DateEdit(allow_empty=True)
    qtbot.addWidget(optional)
    assert optional.value() is None and optional.text().strip() == ""
    with qtbot.waitSignal(optional.value_changed) as changed:
        optional.setValue(date(2026, 1, 5))
    assert changed.args == [date(2026, 1, 5)]
    optional.clear()
    assert optional.value() is None


@pytest.mark.parametrize(("preset", "expected"), [
    ("today", (date(2026, 3, 18), date(2026, 3, 18))),
    ("this_week", (date(2026, 3, 16), date(2026, 3, 22))),
    ("this_month", (date(2026, 3, 1), date(2026, 3, 31))),
    ("last_month", (date(2026, 2, 1), date(2026, 2, 28))),
    ("this_year", (date(2026, 1, 1), date(2026, 12, 31))),
    ("all", (None, None)),
])
def test_date_range_presets(qtbot, preset, expected):
    widget = DateRangeEdit(today=lambda: date(2026, 3, 18))
    qtbot.addWidget(widget)
    assert preset_range(preset, date(2026, 3, 18)) == expected
    if preset != "all":
        with qtbot.waitSignal(widget.range_changed) as changed:
            widget.set_preset(preset)
        assert tuple(changed.args) == expected
    assert widget.value() == expected


def test_date_range_last_month_in_january_and_custom_dates(qtbot):
    assert preset_range("last_month", date(2026, 1, 10)) == (date(2025, 12, 1), date(2025, 12, 31))
    widget = DateRangeEdit(today=lambda: date(2026, 3, 18))
    qtbot.addWidget(widget)
    widget.set_preset("this_month")
    with qtbot.waitSignal(widget.range_changed):
        widget.start.setValue(date(2026, 4, 5))  # after the end: the end follows
    assert widget.value() == (date(2026, 4, 5), date(2026, 4, 5))
    assert widget.preset.currentData() == "custom"


def test_search_box_debounces_and_escape_clears(qtbot):
    box = SearchBox(object_name="x.search")
    qtbot.addWidget(box)
    seen = []
    box.search_changed.connect(seen.append)
    qtbot.keyClicks(box, "hua")
    box.insert("为")  # typed through an input method
    assert seen == []  # nothing yet: waits for the pause
    qtbot.waitUntil(lambda: seen == ["hua为"], timeout=1000)
    qtbot.keyClick(box, Qt.Key.Key_Escape)
    assert box.text() == "" and seen == ["hua为", ""]
    box.setText("abc")
    qtbot.keyClick(box, Qt.Key.Key_Return)
    assert seen[-1] == "abc"
    assert box.isClearButtonEnabled()


def test_search_box_ctrl_f_focuses(qtbot):
    holder = QWidget()
    qtbot.addWidget(holder)
    box, other = SearchBox(holder), QLineEdit(holder)
    other.move(0, 40)
    box.install_shortcut(holder)
    holder.show()
    qtbot.waitExposed(holder)
    other.setFocus()
    qtbot.waitUntil(other.hasFocus)
    qtbot.keyClick(other, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(box.hasFocus)


def test_status_tag_paints_colour_and_text(qtbot):
    tag = StatusTag()
    qtbot.addWidget(tag)
    tag.set_status("已审核", "success")
    assert tag.text() == "已审核" and tag.sizeHint().width() > tag.fontMetrics().horizontalAdvance("已审核")
    image = QImage(200, 40, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.white)
    painter = QPainter(image)
    rect = paint_tag(painter, image.rect(), "Approved", "danger", tag.font())
    painter.end()
    background, foreground = tone_colors("danger")
    colours = {image.pixelColor(x, y).name() for x in range(rect.left(), rect.right())
               for y in range(rect.top(), rect.bottom())}
    assert background.name() in colours  # the coloured tag…
    assert len(colours) > 3  # …with text drawn on it
    assert tone_colors("no such tone") == tone_colors("neutral")


@pytest.mark.qt_log_ignore("This plugin does not support")  # the offscreen platform and popups
def test_record_completer_offers_lookup_results_and_emits_the_id(qtbot):
    edit = QLineEdit()
    qtbot.addWidget(edit)
    asked = []

    def lookup(text):
        asked.append(text)
        people = [("c1", "华为技术 (HW001)"), ("c2", "华润万家 (HR002)")]
        return [p for p in people if text.lower() in ("hw", "h") or text in p[1]]

    completer = RecordCompleter(edit, lookup)
    edit.show()
    qtbot.keyClicks(edit, "hw")  # pinyin initials: the lookup decides, the popup does not filter
    qtbot.waitUntil(lambda: asked[-1:] == ["hw"], timeout=1000)
    assert completer.results() == [("c1", "华为技术 (HW001)"), ("c2", "华润万家 (HR002)")]
    with qtbot.waitSignal(completer.chosen) as chosen:
        completer.choose_row(1)
    assert chosen.args == ["c2"] and completer.chosen_id == "c2" and edit.text() == "华润万家 (HR002)"
    qtbot.keyClicks(edit, "x")
    assert completer.chosen_id is None
    completer.set_current("c1", "华为技术 (HW001)")
    assert completer.chosen_id == "c1"
