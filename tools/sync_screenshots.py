"""Screenshots of sync in the app (zh_CN): Settings ▸ Server after "Test connection", the status bar,
the Conflicts view and Compare with the server, made with a real server and real conflicts.

    xvfb-run -a -s "-screen 0 1600x1000x24" .venv/bin/python tools/sync_screenshots.py \\
        --server postgresql+psycopg://postgres@127.0.0.1:5432/postgres [--out DIR]

A throw-away database is created on that server (and dropped afterwards). Two computers of the
demo office start from one demo database; both change the same customer and product before they
sync, so the first computer's window shows the conflicts the second one's later edits won.
"""

from __future__ import annotations

import argparse
import os
import shutil
import sys
import tempfile
import uuid
from decimal import Decimal
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))
os.environ.setdefault("NEIQIN_NO_AUTOBACKUP", "1")

from PySide6.QtCore import QSettings  # noqa: E402
from sqlalchemy import create_engine, select, text  # noqa: E402
from sqlalchemy.engine import make_url  # noqa: E402
from sqlalchemy.pool import NullPool  # noqa: E402

from neiqin import paths  # noqa: E402
from neiqin.app.database import open_database  # noqa: E402
from neiqin.app.demo import DEMO_PASSWORD, build_demo  # noqa: E402
from neiqin.app.gui import build_window, make_application  # noqa: E402
from neiqin.app.sync_commands import open_client  # noqa: E402
from neiqin.core import settings as config  # noqa: E402
from neiqin.core.auth import service as auth  # noqa: E402
from neiqin.core.sync import capture  # noqa: E402
from neiqin.core.sync.catalog import sync_tables  # noqa: E402
from neiqin.core.sync.schema import create_schema  # noqa: E402
from neiqin.core.sync.settings import ServerSettings, save_settings  # noqa: E402
from neiqin.modules import load_all_models  # noqa: E402
from neiqin.ui.i18n import Translations  # noqa: E402
from neiqin.ui.tasks import TaskRunner  # noqa: E402

sys.path.insert(0, str(ROOT / "tools"))
from screenshots import SIZE, settle  # noqa: E402


def _server(admin_url: str):
    """A fresh prepared database on the server: (its URL, a function dropping it)."""
    name = f"neiqin_shots_{uuid.uuid4().hex[:12]}"
    admin = create_engine(admin_url, poolclass=NullPool, isolation_level="AUTOCOMMIT")
    with admin.connect() as connection:
        connection.execute(text(f'CREATE DATABASE "{name}"'))
    url = make_url(admin_url).set(database=name)
    load_all_models()
    engine = create_engine(url, poolclass=NullPool)
    with engine.begin() as connection:
        create_schema(connection, sync_tables())
    engine.dispose()

    def drop() -> None:
        with admin.connect() as connection:
            connection.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
        admin.dispose()
    return url.render_as_string(hide_password=False), drop


def _office(path: Path, url: str, backfill: bool):
    db = open_database(path)
    actor = auth.sign_in(db, "admin", DEMO_PASSWORD)
    if not backfill:  # the second computer starts from the same rows: nothing to upload
        with db.read() as session:
            branch = config.get_setting(session, config.BRANCH_ID)
        with db.engine.begin() as connection:
            capture.install(connection, branch, url, backfill=False)
    save_settings(db, ServerSettings(url, "prefer", 15), None, actor)
    return db, actor, open_client(db)


def _edit(db, actor, model, row_id: str, **values) -> None:
    with db.unit_of_work(actor) as uow:
        row = uow.session.get(model, row_id)
        for key, value in values.items():
            setattr(row, key, value)


def _conflicts(a, b) -> None:
    """Both computers change the same customer and product; the second one's edits come later."""
    from neiqin.modules.customers.models import Customer
    from neiqin.modules.products.models import Product

    (db_a, actor_a, client_a), (db_b, actor_b, client_b) = a, b
    with db_a.read() as session:
        customer = session.scalars(select(Customer).where(Customer.deleted_at.is_(None)).order_by(Customer.code)).first()
        product = session.scalars(select(Product).where(Product.deleted_at.is_(None)).order_by(Product.code)).first()
    _edit(db_a, actor_a, Customer, customer.id, phone="021-6888 1200", address="上海市浦东新区张江路 88 号 3 楼")
    _edit(db_a, actor_a, Product, product.id, list_price=Decimal(product.list_price) + Decimal("2.50"))
    _edit(db_b, actor_b, Customer, customer.id, phone="021-6888 1299", address="上海市浦东新区张江路 88 号 5 楼")
    _edit(db_b, actor_b, Product, product.id, list_price=Decimal(product.list_price) + Decimal("3.00"))
    client_a.sync()
    client_b.sync()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--server", required=True, help="an administrator's URL of a PostgreSQL server")
    parser.add_argument("--orders", type=int, default=200, help="orders in the demo database")
    parser.add_argument("--out", type=Path, default=ROOT / "docs" / "screenshots")
    args = parser.parse_args(argv)
    app, _settings = make_application()
    settings = QSettings(str(Path(tempfile.mkdtemp()) / "screenshots.ini"), QSettings.Format.IniFormat)
    translations = Translations(app, paths.translations_dir())
    folder = Path(tempfile.mkdtemp(prefix="neiqin-sync-shots-"))
    build_demo(folder / "a.db", orders=args.orders)
    shutil.copy(folder / "a.db", folder / "b.db")
    url, drop = _server(args.server)
    runner = TaskRunner(app)
    args.out.mkdir(parents=True, exist_ok=True)
    written = []
    offices = []
    try:
        offices = [_office(folder / "a.db", url, True), _office(folder / "b.db", url, False)]
        for _db, _actor, client in offices:
            client.sync()
        offices[1][2].sync()
        _conflicts(*offices)
        db, actor, client = offices[0]
        translations.switch("zh_CN")
        window = build_window(db, actor, runner, translations, settings)
        window.resize(*SIZE)
        window.show()
        window.sync.sync_now()

        def shot(widget, name: str, seconds: float) -> None:
            """Let the background work settle, then save `widget` as zh_CN-sync-NAME.png."""
            settle(app, runner, seconds)
            target = args.out / f"zh_CN-sync-{name}.png"
            widget.grab().save(str(target))
            written.append(target)

        shot(window.statusBar(), "statusbar", 3.0)
        view = window.sync.open_conflicts()
        shot(view, "conflicts", 1.5)
        view.close()
        check = window.sync.open_check()
        shot(check, "check", 4.0)
        check.close()
        from neiqin.ui.settings_dialog import SettingsDialog

        dialog = SettingsDialog(db, actor, settings, window, runner=runner)
        dialog.pages.setCurrentWidget(dialog.server)
        dialog.show()
        dialog.server.test_connection()
        shot(dialog, "server", 2.0)
        dialog.close()
        window.close()
    finally:
        runner.shutdown()
        for db, _actor, client in offices:
            client.server.dispose()
            db.dispose()
        drop()
        shutil.rmtree(folder, ignore_errors=True)
    for target in written:
        print(target.relative_to(ROOT) if target.is_relative_to(ROOT) else target)
    return 0


if __name__ == "__main__":
    sys.exit(main())
