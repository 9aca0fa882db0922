"""Screenshots of the real window for the README: every tab in zh_CN, the dashboard in zh_TW and en.

    xvfb-run -s "-screen 0 1600x1000x24" .venv/bin/python tools/screenshots.py [--db demo.db] [--out DIR]

Without --db a fresh demo database is built in a temporary folder. Signs in as --user (default:
the administrator, who sees every tab) and saves PNGs into docs/screenshots/.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))
os.environ.setdefault("NEIQIN_NO_AUTOBACKUP", "1")

from PySide6.QtCore import QSettings  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

from neiqin import paths  # noqa: E402
from neiqin.app.database import open_database  # noqa: E402
from neiqin.app.demo import DEMO_PASSWORD, build_demo  # noqa: E402
from neiqin.app.gui import build_window, make_application  # noqa: E402
from neiqin.core import handover as handover_work  # noqa: E402
from neiqin.core.auth import service as auth  # noqa: E402
from neiqin.ui.i18n import Translations  # noqa: E402
from neiqin.ui.tasks import TaskRunner  # noqa: E402

SIZE = (1440, 900)


def settle(app: QApplication, runner: TaskRunner, seconds: float = 0.6) -> None:
    """Let background loads finish and the window repaint."""
    end = time.monotonic() + seconds
    while time.monotonic() < end:
        runner.wait(200)
        app.processEvents()
        time.sleep(0.02)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--db", type=Path, help="a demo database (default: build one in a temporary folder)")
    parser.add_argument("--orders", type=int, default=400, help="orders in the built demo database")
    parser.add_argument("--user", default="admin")
    parser.add_argument("--out", type=Path, default=ROOT / "docs" / "screenshots")
    parser.add_argument("--sync-server", metavar="URL", help="also sync in the app (Settings ▸ Server, status bar, "
                        "Conflicts view; tools/sync_screenshots.py) with this PostgreSQL administrator's URL")
    args = parser.parse_args(argv)
    if os.environ.get("QT_QPA_PLATFORM") == "offscreen":
        print("note: offscreen rendering; run under xvfb-run to see what a user sees", file=sys.stderr)

    app, _settings = make_application()
    settings = QSettings(str(Path(tempfile.mkdtemp()) / "screenshots.ini"), QSettings.Format.IniFormat)
    translations = Translations(app, paths.translations_dir())
    path = args.db
    if path is None:
        path = Path(tempfile.mkdtemp(prefix="neiqin-screens-")) / "demo.db"
        build_demo(path, orders=args.orders)
    db = open_database(path)
    runner = TaskRunner(app)
    args.out.mkdir(parents=True, exist_ok=True)
    written = []
    try:
        translations.switch("zh_CN")
        actor = auth.sign_in(db, args.user, DEMO_PASSWORD)
        window = build_window(db, actor, runner, translations, settings)
        window.resize(*SIZE)
        window.show()
        settle(app, runner, 1.5)
        for index in range(window.tabs.count()):
            window.tabs.setCurrentIndex(index)
            settle(app, runner, 1.0)
            name = "dashboard" if index == 0 else window.specs[index - 1].module_id
            target = args.out / f"zh_CN-{index:02d}-{name}.png"
            window.grab().save(str(target))
            written.append(target)
        window.tabs.setCurrentIndex(0)
        with db.read() as session:  # the clerk with the most work to hand over
            busiest = max(handover_work.users(session), key=lambda user: sum(
                line.count for line in handover_work.plan(session, actor, window.context.handover_parts, user[0])))
        handover = window.open_handover()
        handover.choose(busiest[0])
        settle(app, runner, 1.0)
        target = args.out / "zh_CN-handover.png"
        handover.grab().save(str(target))
        written.append(target)
        handover.reject()
        for language in ("zh_TW", "en"):
            window.switch_language(language)
            settle(app, runner, 1.0)
            target = args.out / f"{language}-dashboard.png"
            window.grab().save(str(target))
            written.append(target)
        window.close()
    finally:
        runner.shutdown()
        db.dispose()
    for target in written:
        print(target.relative_to(ROOT) if target.is_relative_to(ROOT) else target)
    if args.sync_server:
        from sync_screenshots import main as sync_screenshots

        return sync_screenshots(["--server", args.sync_server, "--out", str(args.out)])
    return 0


if __name__ == "__main__":
    sys.exit(main())
