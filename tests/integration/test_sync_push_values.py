"""The same pushes into MariaDB and PostgreSQL leave the same rows on both servers, value for
value: MariaDB writes them as literals made column by column (`server_literals`) and sends all of
a batch's statements through one pipeline, PostgreSQL by COPY. The rows hold quotes, backslashes,
line breaks, percent signs and Chinese text (also in columns without NULLs), NULLs next to values,
yes/no columns with and without NULLs, dates, times with and without microseconds (repeated and
distinct), large amounts; some are then updated, so updates and inserts share a push."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from decimal import Decimal

import pytest
from sqlalchemy import bindparam, create_engine, insert, text, update
from sqlalchemy.pool import NullPool

from neiqin.core.ids import new_id
from neiqin.modules.customers.models import Customer
from neiqin.modules.orders.models import SalesOrder
from tests.integration.sync_servers import Office, server_database

pytestmark = pytest.mark.server
COUNT = 1100  # more than one group of rows written as literals at a time (500)
ODD = ["it's", 'say "hi"', "back\\slash \\", "line\nbreak\r\n", "50% %s %(x)s", "北京市朝阳区", "ctrl\x1a"]
SKIP = {"last_client", "server_version"}  # the pushing client and the servers' own change-log positions


def _rows(branch: str) -> tuple[list[dict], list[dict]]:
    start = datetime(2026, 3, 1, 8, 30, tzinfo=UTC)
    customers = [{"id": new_id(), "code": f"PV-{n:05d}", "name": ODD[n % len(ODD)] if n >= 500 else f"客户{n}",
                  "name_key": f"k{n}", "customer_type": "enterprise", "branch_id": branch,
                  "phone": None if n % 3 == 0 else f"010-{n:06d}", "notes": None if n % 2 else ODD[n % len(ODD)],
                  "credit_limit": Decimal(10**15) + n if n % 5 else None,
                  "created_at": start if n < 600 else start + timedelta(microseconds=n * 1001)}
                 for n in range(COUNT)]
    orders = [{"id": new_id(), "number": f"SO-PV-{n:05d}", "revision": n % 3, "status": "draft",
               "customer_id": customers[n]["id"], "customer_name": customers[n]["name"],
               "order_date": date(2026, 1, 1) + timedelta(days=n % 400), "prepayment_percent": n % 101,
               "delivery_date": None if n % 2 else date(2027, 2, 28), "line_count": 0, "total_amount": 0,
               "is_major": n < 500 or n % 2 == 0, "reconfirm_pending": n % 7 == 0, "branch_id": branch,
               "status_changed_at": None if n % 4 else start + timedelta(seconds=n)} for n in range(COUNT)]
    return customers, orders


def _server_rows(url: str, table: str) -> list[dict]:
    engine = create_engine(url, poolclass=NullPool)
    try:
        with engine.connect() as connection:
            found = connection.execute(text(f"SELECT * FROM {table} ORDER BY id")).mappings().all()
    finally:
        engine.dispose()
    return [{k: int(v) if isinstance(v, bool) else v for k, v in row.items() if k not in SKIP} for row in found]


def test_mariadb_and_postgresql_hold_the_same_values(template_db, tmp_path):
    servers = {}
    customers = orders = more = None
    for dialect in ("postgresql", "mariadb"):
        with server_database(dialect, prepared=True) as url:
            path = tmp_path / f"{dialect}.db"
            path.write_bytes(template_db.read_bytes())
            office = Office(path, url, backfill=True, name=dialect)
            try:
                office.client.sync()
                if customers is None:
                    customers, orders = _rows(office.branch_id)
                    more = [{**c, "id": new_id(), "code": c["code"] + "-2"} for c in customers[:300]]
                with office.db.connect() as connection:
                    connection.execute(insert(Customer.__table__), customers)
                    connection.execute(insert(SalesOrder.__table__), orders)
                assert office.client.push(batch_rows=700).pushed == 2 * COUNT
                later = datetime(2026, 3, 2, 9, 0, 0, 250_000, tzinfo=UTC)
                with office.db.connect() as connection:  # updates of half the customers, with new rows
                    table = Customer.__table__
                    connection.execute(update(table).where(table.c.id == bindparam("k")).values(
                        phone=bindparam("p"), notes=bindparam("t"), updated_at=later),
                        [{"k": c["id"], "p": None if n % 4 else "021'\\", "t": ODD[n % len(ODD)]}
                         for n, c in enumerate(customers[::2])])
                    connection.execute(insert(Customer.__table__), more)
                assert office.client.push().pushed == len(customers[::2]) + 300
                servers[dialect] = {t: _server_rows(url, t) for t in ("customer", "sales_order")}
            finally:
                office.close()
    for table in ("customer", "sales_order"):
        maria, postgres = servers["mariadb"][table], servers["postgresql"][table]
        assert len(maria) == len(postgres) > 0
        assert [{k: (v, p[k]) for k, v in m.items() if v != p[k]}
                for m, p in zip(maria, postgres, strict=True) if m != p][:2] == []
