"""The frozen app (PyInstaller one-folder build of packaging/neiqin.spec) works on its own: it opens
its window on a demo company, prints an order confirmation with the Chinese font embedded, exports
the orders list, migrates a database made by the previous release, and carries what it needs and
none of the development tools.

These tests run the build named by NEIQIN_FROZEN_APP (its executable). packaging/build_linux.sh
builds it and runs them, and .ci/run calls that script after the suite, so in CI they never skip;
without NEIQIN_FROZEN_APP (the ordinary test run, where a build may be stale) they skip.
"""

from __future__ import annotations

import os
import re
import shutil
import sqlite3
import subprocess
import sys
import tomllib
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
SNAPSHOT = ROOT / "db" / "snapshots" / "foundation-core.db"
FROZEN = os.environ.get("NEIQIN_FROZEN_APP")
LIMIT_MB = 200
DEMO_ORDERS = 20  # the demo company `--smoke --demo` makes (neiqin.app.smoke.DEMO_ORDERS)

pytestmark = pytest.mark.skipif(not FROZEN, reason="no frozen build named: set NEIQIN_FROZEN_APP to its "
                                                   "executable (packaging/build_linux.sh does)")


@pytest.fixture(scope="module")
def app() -> Path:
    path = Path(FROZEN).resolve()
    assert path.is_file() and os.access(path, os.X_OK), f"NEIQIN_FROZEN_APP={FROZEN} is not an executable"
    return path


def contents(app: Path) -> Path:
    """Where PyInstaller put the libraries and data (sys._MEIPASS of the frozen app)."""
    if app.parent.name == "MacOS":  # Neiqin.app/Contents/MacOS/neiqin
        return app.parent.parent / "Frameworks"
    return app.parent / "_internal"


def shipped_files(app: Path) -> list[Path]:
    """Every file shipped (in a macOS bundle, data lives in Resources with links from Frameworks)."""
    tree = app.parent.parent if app.parent.name == "MacOS" else contents(app)
    return [path for path in tree.rglob("*") if path.is_file()]


def run(app: Path, *args: str, home: Path, out: Path | None = None, timeout: int = 300):
    """The frozen app with nothing of this Python around it: no PYTHON* variables, a scratch home."""
    env = {key: value for key, value in os.environ.items() if not key.startswith(("PYTHON", "VIRTUAL_ENV"))}
    env.update(QT_QPA_PLATFORM="offscreen", NEIQIN_NO_AUTOBACKUP="1", HOME=str(home),
               XDG_DATA_HOME=str(home / "data"), XDG_CONFIG_HOME=str(home / "config"),
               XDG_STATE_HOME=str(home / "state"), XDG_CACHE_HOME=str(home / "cache"))
    if out is not None:
        env["NEIQIN_SMOKE_OUT"] = str(out)
    return subprocess.run([str(app), *args], capture_output=True, text=True, encoding="utf-8", errors="replace",
                          env=env, cwd=home, timeout=timeout)


def embedded_fonts(pdf: Path) -> dict[str, bool]:
    """Font name (subset prefix removed) -> embedded, as `pdffonts` reports them."""
    lines = subprocess.run(["pdffonts", str(pdf)], capture_output=True, text=True, check=True).stdout.splitlines()
    dashes = lines[1]
    columns = [(m.start(), m.end()) for m in re.finditer(r"-+", dashes)]
    fonts = {}
    for line in lines[2:]:
        name = line[columns[0][0]:columns[0][1]].strip().split("+")[-1]
        fonts[name] = fonts.get(name, False) or line[columns[3][0]:columns[3][1]].strip() == "yes"
    return fonts


@pytest.fixture(scope="module")
def demo_smoke(app, tmp_path_factory):
    home = tmp_path_factory.mktemp("frozen-demo")
    out = home / "out"
    result = run(app, "--smoke", "--demo", "--lang", "zh_CN", home=home, out=out)
    assert result.returncode == 0, result.stdout[-2000:] + result.stderr[-4000:]
    return result, out


@pytest.mark.slow
def test_the_frozen_app_opens_its_window_on_a_demo_company(demo_smoke):
    result, _out = demo_smoke
    assert "window shown" in result.stdout
    assert "tabs:" in result.stdout
    assert "Traceback" not in result.stderr


@pytest.mark.slow
@pytest.mark.skipif(shutil.which("pdffonts") is None, reason="pdffonts (poppler-utils) is not installed")
def test_the_order_confirmation_embeds_the_chinese_font(demo_smoke):
    _result, out = demo_smoke
    confirmations = sorted(out.glob("SO-*.pdf"))
    assert len(confirmations) == 1, sorted(p.name for p in out.iterdir())
    fonts = embedded_fonts(confirmations[0])
    assert fonts.get("DroidSansFallback") is True, fonts
    assert all(fonts.values()), fonts  # no font left to the reader's system
    text = subprocess.run(["pdftotext", "-enc", "UTF-8", str(confirmations[0]), "-"], capture_output=True,
                          text=True, encoding="utf-8", check=True).stdout
    assert "订单确认书" in text
    assert confirmations[0].stem in text.replace(" ", "")


@pytest.mark.slow
def test_the_orders_list_is_exported_as_xlsx(demo_smoke):
    from openpyxl import load_workbook

    _result, out = demo_smoke
    workbook = load_workbook(out / "orders.xlsx", read_only=True)
    rows = list(workbook.worksheets[0].iter_rows(values_only=True))
    workbook.close()
    assert rows[0][0] == "订单编号"
    assert len(rows) == 1 + DEMO_ORDERS
    assert all(str(row[0]).startswith("SO-") for row in rows[1:])
    assert (out / "audit.xlsx").stat().st_size > 0 and (out / "test-print.pdf").stat().st_size > 0


@pytest.mark.slow
def test_a_database_of_the_previous_release_is_migrated(app, tmp_path):
    from neiqin.app import open_database
    from neiqin.core.auth import service as auth
    from neiqin.core.db import migrate

    old = tmp_path / "office.db"
    shutil.copy(SNAPSHOT, old)
    with sqlite3.connect(SNAPSHOT) as con:
        before = {row[0] for row in con.execute("SELECT version_num FROM alembic_version")}
    result = run(app, "--smoke", "--db", str(old), "--lang", "zh_CN", home=tmp_path)
    assert result.returncode == 0, result.stdout[-2000:] + result.stderr[-4000:]

    with sqlite3.connect(old) as con:
        stamped = {row[0] for row in con.execute("SELECT version_num FROM alembic_version")}
        company = con.execute("SELECT value FROM setting WHERE key = 'company.name'").fetchone()[0]
        tables = {row[0] for row in con.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
    assert stamped == migrate.head_revisions() != before
    assert company == '"旧版公司"'
    assert {"sales_order", "customer", "product"} <= tables
    kept = list(tmp_path.glob("office.db.before-upgrade-*.bak"))
    assert len(kept) == 1
    with sqlite3.connect(kept[0]) as con:
        assert {row[0] for row in con.execute("SELECT version_num FROM alembic_version")} == before
    database = open_database(old)
    try:
        assert auth.sign_in(database, "admin", "old-password-1").role == "admin"
    finally:
        database.dispose()


def test_the_version_is_the_one_in_pyproject(app, tmp_path):
    version = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]["version"]
    result = run(app, "--version", home=tmp_path, timeout=60)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == f"Neiqin {version}"


def test_resources_migrations_and_qt_plugins_are_bundled(app):
    data = contents(app) / "neiqin" / "_data"
    shipped = {p.name for p in (data / "db" / "migrations" / "versions").glob("*.py")}
    assert shipped == {p.name for p in (ROOT / "db" / "migrations" / "versions").glob("*.py")}
    assert (data / "db" / "migrations" / "env.py").is_file()
    shipped = {p.name for p in (data / "db" / "server_migrations" / "versions").glob("*.py")}
    assert shipped == {p.name for p in (ROOT / "db" / "server_migrations" / "versions").glob("*.py")} != set()
    assert (data / "db" / "server_migrations" / "env.py").is_file()
    assert (data / "resources" / "fonts" / "DroidSansFallbackFull.ttf").is_file()
    assert {p.name for p in (data / "resources" / "i18n").glob("*.qm")} == {
        "neiqin_zh_CN.qm", "neiqin_zh_TW.qm", "neiqin_en.qm"}
    assert (data / "resources" / "icons" / "neiqin-256.png").is_file()
    plugins = {f"{p.parent.name}/{p.name}" for p in shipped_files(app) if p.parent.parent.name == "plugins"}
    names = {f"platforms/{'' if os.name == 'nt' else 'lib'}qoffscreen", "imageformats/", "printsupport/"}
    native = {"linux": "platforms/libqxcb", "win32": "platforms/qwindows", "darwin": "platforms/libqcocoa"}
    names.add(native.get(sys.platform, "platforms/"))
    missing = [name for name in names if not any(plugin.startswith(name) for plugin in plugins)]
    assert not missing, sorted(plugins)
    qt_translations = {p.name for p in shipped_files(app) if p.name.startswith("qt")}
    assert {"qtbase_zh_CN.qm", "qtbase_zh_TW.qm"} <= qt_translations


def test_nothing_of_the_development_tools_or_unused_qt_is_shipped(app):
    unused_qt = re.compile(r"Qt6?(WebEngine|Quick|Qml|3D|Multimedia|Designer|VirtualKeyboard)")
    shipped = shipped_files(app)
    assert not [p.name for p in shipped if unused_qt.search(p.name)]
    dev = {"pytest", "_pytest", "hypothesis", "ruff", "pytestqt", "tests", "PyInstaller", "pip", "setuptools"}
    folders = {part for p in shipped for part in p.relative_to(contents(app).parent).parts[:-1]}
    assert not sorted(folders & dev)
    try:
        from PyInstaller.archive.readers import CArchiveReader
    except ImportError:
        pytest.skip("PyInstaller is not installed here to read the bundled modules")
    archive = CArchiveReader(str(app))
    modules = archive.open_embedded_archive(next(n for n in archive.toc if n.endswith(".pyz"))).toc
    assert "neiqin.modules.orders.ui.tab" in modules  # the registry's dotted tab paths are bundled
    assert not sorted({name.split(".")[0] for name in modules} & (dev | {"tkinter", "numpy", "pygments"}))


def test_the_build_folder_stays_within_its_size(app):
    folder = app.parent.parent.parent if app.parent.name == "MacOS" else app.parent
    size = sum(p.stat().st_size for p in folder.rglob("*") if p.is_file() and not p.is_symlink())
    assert size <= LIMIT_MB * 2**20, f"{folder} is {size / 2**20:.0f} MB"


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="the .desktop file is for Linux")
def test_the_linux_build_carries_its_menu_entry(app):
    entry = (app.parent / "neiqin.desktop").read_text(encoding="utf-8").splitlines()
    assert "Name[zh_CN]=内勤" in entry and "Name[zh_TW]=內勤" in entry
    assert "Icon=neiqin" in entry and "Exec=neiqin" in entry
    assert os.access(app.parent / "install.sh", os.X_OK)
    if shutil.which("desktop-file-validate"):
        check = subprocess.run(["desktop-file-validate", str(app.parent / "neiqin.desktop")], capture_output=True,
                               text=True)
        assert check.returncode == 0, check.stdout + check.stderr


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="the .desktop file is for Linux")
def test_install_sh_puts_the_app_in_the_menu_and_takes_it_out_again(app, tmp_path):
    env = {**os.environ, "XDG_DATA_HOME": str(tmp_path)}
    subprocess.run(["sh", str(app.parent / "install.sh")], check=True, capture_output=True, env=env)
    entry = (tmp_path / "applications" / "neiqin.desktop").read_text(encoding="utf-8").splitlines()
    assert f'Exec="{app.parent}/neiqin"' in entry and f"TryExec={app.parent}/neiqin" in entry
    assert "Name[zh_CN]=内勤" in entry
    assert (tmp_path / "icons" / "hicolor" / "256x256" / "apps" / "neiqin.png").is_file()
    subprocess.run(["sh", str(app.parent / "install.sh"), "--remove"], check=True, capture_output=True, env=env)
    assert not (tmp_path / "applications" / "neiqin.desktop").exists()
    assert not list((tmp_path / "icons").rglob("neiqin.png"))
