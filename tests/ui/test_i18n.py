"""Translations: every source string has zh_CN, the .qm are up to date, zh_TW follows the
glossary, the language switches at runtime, the bundled font draws Chinese."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QLocale, QSettings
from PySide6.QtGui import QFontDatabase, QRawFont
from PySide6.QtWidgets import QWidget

from neiqin import paths
from neiqin.core.errors import QT_TRANSLATE_NOOP, AuthenticationError
from neiqin.ui.context import UiContext
from neiqin.ui.fonts import install_application_font
from neiqin.ui.i18n import Translations, choose_language, system_language, translate_error
from neiqin.ui.main_window import MainWindow, TabSpec
from neiqin.ui.tasks import TaskRunner

ROOT = Path(__file__).resolve().parents[2]
I18N = ROOT / "resources" / "i18n"


def _tool():
    spec = importlib.util.spec_from_file_location("i18n_tool", ROOT / "tools" / "i18n.py")
    module = importlib.util.module_from_spec(spec)
    sys.modules.setdefault("i18n_tool", module)
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="module")
def tool():
    return _tool()


@pytest.fixture
def translations(qapp):
    installed = Translations(qapp, I18N)
    yield installed
    installed.switch("en")
    for translator in installed._installed:
        qapp.removeTranslator(translator)
    QLocale.setDefault(QLocale("en_US"))


def test_every_source_string_has_a_zh_cn_translation(tool, tmp_path):
    missing = tool.untranslated(tmp_path)
    assert missing == [], "run `.venv/bin/python tools/i18n.py` after adding the strings to a .zh_CN.tsv:\n" + \
        "\n".join(f"{context}\t{source}" for context, source in missing)


def test_compiled_translations_are_newer_than_their_sources():
    sources = [*I18N.glob("source/*.tsv"), *I18N.glob("*.ts")]
    for language in ("zh_CN", "zh_TW", "en"):
        qm = I18N / f"neiqin_{language}.qm"
        assert qm.exists(), qm
        stale = [p.name for p in sources if p.stat().st_mtime > qm.stat().st_mtime + 1]
        assert stale == [], f"{qm.name} is older than {stale}: run tools/i18n.py"


def _glossary_rows():
    glossary = ROOT.parent / "shared" / "GLOSSARY.md"
    if not glossary.exists():
        return []
    rows = []
    for line in glossary.read_text(encoding="utf-8").splitlines():
        cells = [c.strip() for c in line.strip().strip("|").split("|")]
        if line.startswith("|") and len(cells) == 3 and not line.startswith("| ---") and cells[0] != "English (code)":
            rows.append(cells)
    return rows


def test_taiwan_words_follow_the_glossary(tool):
    rows = _glossary_rows()
    if not rows:
        pytest.skip("GLOSSARY.md is not beside the repository")
    wrong = [(cn, tool.to_taiwan(cn), tw) for _en, cn, tw in rows if tool.to_taiwan(cn) != tw]
    assert wrong == []


def test_tsv_translations_reach_the_compiled_files(tool, translations):
    table = tool.read_tsv()
    english = "Wrong user name or password."
    chinese = table[("errors", english)]
    assert translations.switch("zh_CN")
    assert QCoreApplication.translate("errors", english) == chinese
    assert translations.switch("zh_TW")
    assert QCoreApplication.translate("errors", english) == tool.to_taiwan(chinese)
    assert translations.switch("en")
    assert QCoreApplication.translate("errors", english) == english


@pytest.mark.parametrize(("locale", "expected"), [
    ("zh_CN", "zh_CN"), ("zh_SG", "zh_CN"), ("zh_TW", "zh_TW"), ("zh_HK", "zh_TW"), ("en_US", "en"), ("de_DE", "en"),
])
def test_system_language(locale, expected):
    assert system_language(QLocale(locale)) == expected


def test_language_choice_order(tmp_path):
    settings = QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat)
    assert choose_language(None, settings, QLocale("zh_HK")) == "zh_TW"
    settings.setValue("ui/language", "en")
    assert choose_language(None, settings, QLocale("zh_CN")) == "en"
    assert choose_language("zh_CN", settings, QLocale("en_US")) == "zh_CN"


def test_errors_are_translated_with_their_parameters(tool, translations):
    error = AuthenticationError(QT_TRANSLATE_NOOP(
        "errors", "Too many wrong passwords: the account is locked for {minutes} more minute(s)."), minutes=7)
    translations.switch("zh_CN")
    expected = tool.read_tsv()[("errors", error.message)].format(minutes=7)
    assert translate_error(error) == expected and "7" in expected


def test_language_switch_retitles_the_menus_at_runtime(qtbot, tool, translations, db, clerk, tmp_path):
    table = tool.read_tsv()
    translations.switch("zh_CN")
    runner = TaskRunner()
    settings = QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat)
    specs = [TabSpec("orders", "Orders", lambda context: QWidget())]
    window = MainWindow(UiContext(db=db, actor=clerk, runner=runner), specs, lambda *a: [], lambda *a: [],
                        translations, settings)
    qtbot.addWidget(window)

    def titles():
        menus = window.actions_.menus
        return menus["file"].title(), menus["view"].title(), window.tabs.tabText(0), window.actions_.actions["quit"].text()

    english = ("&File", "&View", "Work dashboard", "Quit")
    chinese = (table[("MainWindow", "&File")], table[("MainWindow", "&View")],
               table[("MainWindow", "Work dashboard")], table[("MainWindow", "Quit")])
    assert titles() == chinese
    window.actions_.languages["en"].trigger()
    qtbot.waitUntil(lambda: titles() == english, timeout=3000)  # LanguageChange is a posted event
    assert settings.value("ui/language") == "en"
    window.actions_.languages["zh_TW"].trigger()
    taiwan = tuple(tool.to_taiwan(text) for text in chinese)
    qtbot.waitUntil(lambda: titles() == taiwan, timeout=3000)
    assert titles()[0] != chinese[0]  # 檔案, not 文件
    assert window.actions_.languages["zh_TW"].isChecked()
    runner.shutdown()


def test_the_bundled_font_draws_chinese(qapp):
    before = qapp.font()
    try:
        font = install_application_font(qapp, paths.font_path(), 11)
        assert font.pointSize() == 11
        family = font.families()[0]
        assert family in QFontDatabase.families()
        assert QFontDatabase.WritingSystem.SimplifiedChinese in QFontDatabase.writingSystems(family)
        raw = QRawFont.fromFont(font)
        assert all(raw.supportsCharacter(char) for char in "内勤工作台客户檔案")
    finally:
        qapp.setFont(before)


def test_dashboard_details_marked_for_translation_are_shown_translated(qtbot, tool, translations, db, clerk,
                                                                       tmp_path):
    from neiqin.core.contributions import DashboardItem

    table = tool.read_tsv()
    translations.switch("zh_CN")
    runner = TaskRunner()
    settings = QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat)
    item = DashboardItem("orders", "Delivery at risk", "SO-BJ01-2026-000009 某公司", "o-9", "Dispatched",
                         "2026-11-30", "warning", kind="order", detail_context="orders")
    window = MainWindow(UiContext(db=db, actor=clerk, runner=runner), [], lambda *a: [item], lambda *a: [],
                        translations, settings)
    qtbot.addWidget(window)
    qtbot.waitUntil(lambda: window.dashboard.tree.topLevelItemCount() == 1, timeout=5000)
    shown = window.dashboard.tree.topLevelItem(0).child(0).text(1)
    assert shown == table[("orders", "Dispatched")] != "Dispatched"
    runner.shutdown()
