"""The sales summary (销售汇总) the reports read instead of every order line: what each sold order
contributes per product (`sales_summary`), summed per day and month by salesperson and product
(`sales_summary_product`) and per month by customer (`sales_summary_customer`).

Database triggers (`trigger_statements`, created by the orders migration "daily sales summary")
recompute an order's rows whenever it starts or stops counting as sold (approved … closed: not
before approval, not rejected or cancelled), its lines change (a revision) or its day, customer or
salesperson change; triggers on `sales_summary` add its rows to the two sums and take them away.
So the summary changes in the same transaction as the order, whoever writes it: the services, a
sync pull (its upserts), a bulk path. (Not `INSERT OR REPLACE` of an order: SQLite fires no delete
trigger for the row it replaces. A bulk path may set the triggers aside with `triggers_suspended`
and rebuild after, as the demo data does.)

Gross profit is worked out with each product's *current* cost and a category's order count with
the products' *current* categories, as the reports always did. The customer sums and the category
order counts are kept with the cost and category recorded in `sales_summary_basis`; a product
changed since is "stale": reports then read the figures it affects from `sales_summary` with the
current values (slower, still exact) until `refresh_sales_summary` brings the basis up to date.
`rebuild_sales_summary` recomputes everything from the orders (migration, demo data);
`summary_mismatches` compares the summary with the orders.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

from sqlalchemy import Connection, text
from sqlalchemy.orm import Session

from neiqin.modules.orders import statemachine as sm

#: an order is a sale from its approval on, until it is cancelled
SOLD_STATES = (sm.APPROVED, sm.CONFIRMED, sm.DISPATCHED, sm.IN_PROGRESS, sm.SHIPPED, sm.DELIVERED, sm.CLOSED)
SOLD_SQL = "(" + ", ".join(f"'{state}'" for state in SOLD_STATES) + ")"
TABLES = ("sales_summary", "sales_summary_product", "sales_summary_customer", "sales_summary_basis")
FACT_COLUMNS = ("day, order_id, product_id, customer_id, salesperson_id, quantity, amount, lines, counts_order, "
                "counts_category, cost, uncosted")
MONTH = "date(day, 'start of month')"


def facts_select(where: str) -> str:
    """The `sales_summary` rows of the sold orders matching `where` (on `o`), from their live
    lines; costs and categories from the basis."""
    return f"""SELECT o.order_date, o.id, li.product_id, o.customer_id, coalesce(o.salesperson_id, ''),
               sum(li.quantity), sum(li.amount), count(*),
               li.product_id = min(li.product_id) OVER (PARTITION BY o.id),
               li.product_id = min(li.product_id) OVER (PARTITION BY o.id, coalesce(b.category, '')),
               coalesce(sum(li.quantity) * b.cost, 0), CASE WHEN b.cost IS NULL THEN sum(li.amount) ELSE 0 END
        FROM sales_order o
        JOIN sales_order_line li ON li.order_id = o.id AND li.deleted_at IS NULL
        LEFT JOIN sales_summary_basis b ON b.product_id = li.product_id
        WHERE {where} AND o.status IN {SOLD_SQL} AND o.deleted_at IS NULL
        GROUP BY o.id, li.product_id"""


def basis_select(where: str) -> str:
    """Basis rows (the current cost and category) of the products on the live lines matching `where`
    that have none yet. (Not INSERT OR IGNORE: in a trigger, the conflict clause of the statement
    that fired it, such as a sync pull's upsert, would replace the IGNORE.)"""
    return f"""SELECT DISTINCT li.product_id, p.cost, coalesce(p.category, '')
        FROM sales_order_line li LEFT JOIN product p ON p.id = li.product_id
        WHERE {where} AND li.deleted_at IS NULL
          AND NOT EXISTS (SELECT 1 FROM sales_summary_basis known WHERE known.product_id = li.product_id)"""


def _sums() -> tuple[tuple[str, str, str, str], ...]:
    """(table, columns, SELECT over `sales_summary` giving all its rows, WHERE of the stored rows
    that SELECT must equal) of each sum kept by the triggers."""
    out = []
    for span, start in (("D", "day"), ("M", MONTH)):
        out.append(("sales_summary_product", "span, start, salesperson_id, product_id, quantity, amount, lines, orders, "
                    "counted_orders, category_orders",
                    f"SELECT '{span}', {start}, salesperson_id, product_id, sum(quantity), sum(amount), sum(lines), "
                    f"count(*), sum(counts_order), sum(counts_category) FROM sales_summary "
                    f"GROUP BY {start}, salesperson_id, product_id", f"WHERE span = '{span}'"))
    out.append(("sales_summary_customer", "month, customer_id, quantity, amount, lines, orders, cost, uncosted",
                f"SELECT {MONTH}, customer_id, sum(quantity), sum(amount), sum(lines), sum(counts_order), sum(cost), "
                f"sum(uncosted) FROM sales_summary GROUP BY {MONTH}, customer_id", ""))
    return tuple(out)


SUMS = _sums()


# --- the triggers ---------------------------------------------------------------------------------


def _sold(order_id: str) -> str:
    return f"EXISTS (SELECT 1 FROM sales_order o WHERE o.id = {order_id} AND o.status IN {SOLD_SQL} " \
           "AND o.deleted_at IS NULL)"


def _recompute(order_id: str, old_day: str, guard: str = "") -> str:
    """Trigger body statements: the order's rows filed under `old_day` go, its rows now come."""
    extra = f" AND {guard}" if guard else ""
    return (f"DELETE FROM sales_summary WHERE day = {old_day} AND order_id = {order_id}{extra};\n"
            f"INSERT INTO sales_summary_basis (product_id, cost, category) "
            f"{basis_select(f'li.order_id = {order_id}{extra}')};\n"
            f"INSERT INTO sales_summary ({FACT_COLUMNS}) {facts_select(f'o.id = {order_id}{extra}')};")


def _day_of(order_id: str) -> str:
    return f"(SELECT order_date FROM sales_order WHERE id = {order_id})"


def _add_to_sums() -> str:
    product = ("INSERT INTO sales_summary_product (span, start, salesperson_id, product_id, quantity, amount, lines, "
               "orders, counted_orders, category_orders) VALUES ('{span}', {start}, NEW.salesperson_id, "
               "NEW.product_id, NEW.quantity, NEW.amount, NEW.lines, 1, NEW.counts_order, NEW.counts_category) "
               "ON CONFLICT (span, start, salesperson_id, product_id) DO UPDATE SET "
               "quantity = quantity + excluded.quantity, amount = amount + excluded.amount, "
               "lines = lines + excluded.lines, orders = orders + 1, "
               "counted_orders = counted_orders + excluded.counted_orders, "
               "category_orders = category_orders + excluded.category_orders;")
    customer = ("INSERT INTO sales_summary_customer (month, customer_id, quantity, amount, lines, orders, cost, "
                "uncosted) VALUES (date(NEW.day, 'start of month'), NEW.customer_id, NEW.quantity, NEW.amount, "
                "NEW.lines, NEW.counts_order, NEW.cost, NEW.uncosted) ON CONFLICT (month, customer_id) DO UPDATE SET "
                "quantity = quantity + excluded.quantity, amount = amount + excluded.amount, "
                "lines = lines + excluded.lines, orders = orders + excluded.orders, cost = cost + excluded.cost, "
                "uncosted = uncosted + excluded.uncosted;")
    return "\n".join((product.format(span="D", start="NEW.day"),
                      product.format(span="M", start="date(NEW.day, 'start of month')"), customer))


def _take_from_sums() -> str:
    product = ("quantity = quantity - OLD.quantity, amount = amount - OLD.amount, lines = lines - OLD.lines, "
               "orders = orders - 1, counted_orders = counted_orders - OLD.counts_order, "
               "category_orders = category_orders - OLD.counts_category")
    customer = ("quantity = quantity - OLD.quantity, amount = amount - OLD.amount, lines = lines - OLD.lines, "
                "orders = orders - OLD.counts_order, cost = cost - OLD.cost, uncosted = uncosted - OLD.uncosted")
    out = []
    for table, changes, key in (
        ("sales_summary_product", product, "span = 'D' AND start = OLD.day AND salesperson_id = OLD.salesperson_id "
                                           "AND product_id = OLD.product_id"),
        ("sales_summary_product", product, "span = 'M' AND start = date(OLD.day, 'start of month') "
                                           "AND salesperson_id = OLD.salesperson_id AND product_id = OLD.product_id"),
        ("sales_summary_customer", customer, "month = date(OLD.day, 'start of month') AND customer_id = OLD.customer_id"),
    ):  # a sum left without lines holds nothing: it goes
        out += [f"UPDATE {table} SET {changes} WHERE {key};", f"DELETE FROM {table} WHERE {key} AND lines = 0;"]
    return "\n".join(out)


def trigger_statements() -> list[str]:
    """The CREATE TRIGGER statements that keep the summary (the migration holds a copy; a test
    checks the database has exactly these)."""
    old_sold = f"(OLD.status IN {SOLD_SQL} AND OLD.deleted_at IS NULL)"
    new_sold = f"(NEW.status IN {SOLD_SQL} AND NEW.deleted_at IS NULL)"
    same_keys = "OLD.order_date IS NEW.order_date AND OLD.customer_id IS NEW.customer_id " \
                "AND OLD.salesperson_id IS NEW.salesperson_id"
    line_changed = "(OLD.order_id IS NOT NEW.order_id OR OLD.product_id IS NOT NEW.product_id " \
                   "OR OLD.quantity IS NOT NEW.quantity OR OLD.amount IS NOT NEW.amount " \
                   "OR OLD.deleted_at IS NOT NEW.deleted_at)"
    triggers = (
        ("order_added", f"AFTER INSERT ON sales_order WHEN {new_sold}", _recompute("NEW.id", "NEW.order_date")),
        ("order_changed", "AFTER UPDATE OF status, order_date, customer_id, salesperson_id, deleted_at ON sales_order "
                          f"WHEN ({old_sold} OR {new_sold}) AND NOT ({old_sold} AND {new_sold} AND {same_keys})",
         _recompute("NEW.id", "OLD.order_date")),
        ("order_removed", "AFTER DELETE ON sales_order",
         "DELETE FROM sales_summary WHERE day = OLD.order_date AND order_id = OLD.id;"),
        ("line_added", f"AFTER INSERT ON sales_order_line WHEN NEW.deleted_at IS NULL AND {_sold('NEW.order_id')}",
         _recompute("NEW.order_id", _day_of("NEW.order_id"))),
        ("line_changed", "AFTER UPDATE OF order_id, product_id, quantity, amount, deleted_at ON sales_order_line "
                         f"WHEN {line_changed} AND ({_sold('OLD.order_id')} OR {_sold('NEW.order_id')})",
         _recompute("NEW.order_id", _day_of("NEW.order_id")) + "\n"
         + _recompute("OLD.order_id", _day_of("OLD.order_id"), "OLD.order_id IS NOT NEW.order_id")),
        ("line_removed", f"AFTER DELETE ON sales_order_line WHEN {_sold('OLD.order_id')}",
         _recompute("OLD.order_id", _day_of("OLD.order_id"))),
        ("added", "AFTER INSERT ON sales_summary", _add_to_sums()),
        ("removed", "AFTER DELETE ON sales_summary", _take_from_sums()),
    )
    return [f"CREATE TRIGGER sales_summary_{name} {when}\nBEGIN\n{body}\nEND" for name, when, body in triggers]


# --- rebuilding and refreshing --------------------------------------------------------------------


@contextmanager
def triggers_suspended(connection: Connection, tables: tuple[str, ...] | None = None) -> Iterator[None]:
    """Drop the summary's triggers (those on `tables`, or all) for a bulk write and create them
    again after it, in the same transaction; the caller rebuilds the summary if orders changed."""
    query = "SELECT name, sql FROM sqlite_master WHERE type = 'trigger' AND name LIKE 'sales\\_summary\\_%' ESCAPE '\\'"
    if tables is not None:
        query += " AND tbl_name IN (" + ", ".join(f"'{table}'" for table in tables) + ")"
    saved = connection.exec_driver_sql(query).all()
    for name, _sql in saved:
        connection.exec_driver_sql(f'DROP TRIGGER "{name}"')
    try:
        yield
    finally:
        for _name, sql in saved:
            connection.exec_driver_sql(sql)


def _connection(where: Connection | Session) -> Connection:
    return where.connection() if isinstance(where, Session) else where


def rebuild_sales_summary(where: Connection | Session) -> int:
    """Recompute the whole summary from the orders with the products' current costs and
    categories; returns the number of `sales_summary` rows."""
    connection = _connection(where)
    run = connection.exec_driver_sql
    with triggers_suspended(connection, ("sales_summary",)):
        for table in TABLES:
            run(f"DELETE FROM {table}")
        run(f"INSERT INTO sales_summary_basis (product_id, cost, category) {basis_select('1 = 1')}")
        run(f"INSERT INTO sales_summary ({FACT_COLUMNS}) {facts_select('1 = 1')}")
        for table, columns, select, _stored in SUMS:
            run(f"INSERT INTO {table} ({columns}) {select}")
    return run("SELECT count(*) FROM sales_summary").scalar_one()


STALE_QUERY = """SELECT b.product_id FROM sales_summary_basis b LEFT JOIN product p ON p.id = b.product_id
    WHERE p.cost IS NOT b.cost OR coalesce(p.category, '') IS NOT b.category"""


def stale_products(where: Connection | Session) -> set[str]:
    """Products whose cost or category changed since the summary recorded them."""
    return set(where.execute(text(STALE_QUERY)).scalars())


#: a stale product's rows: what the current basis changes in their cost, uncosted amount and
#: category flag (all rows of the orders holding it: another product's flag may change too)
_CHANGES = """CREATE TEMP TABLE sales_summary_changes AS SELECT * FROM (
    SELECT f.day, f.order_id, f.product_id, f.customer_id, f.salesperson_id,
           coalesce(f.quantity * b.cost, 0) - f.cost AS cost,
           CASE WHEN b.cost IS NULL THEN f.amount ELSE 0 END - f.uncosted AS uncosted,
           (f.product_id = min(f.product_id) OVER (PARTITION BY f.order_id, coalesce(b.category, '')))
             - f.counts_category AS counts_category
    FROM (SELECT DISTINCT day, order_id FROM sales_summary
          WHERE product_id IN (SELECT product_id FROM temp.sales_summary_stale)) changed
    JOIN sales_summary f ON f.day = changed.day AND f.order_id = changed.order_id
    LEFT JOIN sales_summary_basis b ON b.product_id = f.product_id)
    WHERE cost <> 0 OR uncosted <> 0 OR counts_category <> 0"""
_APPLY_CHANGES = (
    """UPDATE sales_summary_customer SET cost = sales_summary_customer.cost + d.cost,
        uncosted = sales_summary_customer.uncosted + d.uncosted
    FROM (SELECT date(day, 'start of month') AS month, customer_id, sum(cost) AS cost, sum(uncosted) AS uncosted
          FROM temp.sales_summary_changes GROUP BY 1, 2) d
    WHERE sales_summary_customer.month = d.month AND sales_summary_customer.customer_id = d.customer_id""",
    """UPDATE sales_summary_product SET category_orders = category_orders + d.counts
    FROM (SELECT 'D' AS span, day AS start, salesperson_id, product_id, sum(counts_category) AS counts
          FROM temp.sales_summary_changes GROUP BY day, salesperson_id, product_id
          UNION ALL
          SELECT 'M', date(day, 'start of month'), salesperson_id, product_id, sum(counts_category)
          FROM temp.sales_summary_changes GROUP BY date(day, 'start of month'), salesperson_id, product_id) d
    WHERE sales_summary_product.span = d.span AND sales_summary_product.start = d.start
      AND sales_summary_product.salesperson_id = d.salesperson_id AND sales_summary_product.product_id = d.product_id""",
    """UPDATE sales_summary SET cost = sales_summary.cost + d.cost, uncosted = sales_summary.uncosted + d.uncosted,
        counts_category = sales_summary.counts_category + d.counts_category
    FROM temp.sales_summary_changes d
    WHERE sales_summary.day = d.day AND sales_summary.order_id = d.order_id AND sales_summary.product_id = d.product_id""",
)


def refresh_sales_summary(where: Connection | Session, limit: int | None = None) -> int:
    """Bring the basis up to date with the products' current costs and categories (of `limit`
    stale products at most): the rows of the orders holding a changed product and the sums get
    the differences, in a few set-wise statements. Returns how many orders changed; 0 when
    nothing was stale."""
    stale = sorted(stale_products(where))[:limit]
    if not stale:
        return 0
    where.execute(text("CREATE TEMP TABLE sales_summary_stale (product_id VARCHAR(36) PRIMARY KEY)"))
    try:
        where.execute(text("INSERT INTO temp.sales_summary_stale VALUES (:p)"), [{"p": p} for p in stale])
        where.execute(text("UPDATE sales_summary_basis SET cost = (SELECT p.cost FROM product p WHERE p.id = product_id), "
                           "category = coalesce((SELECT p.category FROM product p WHERE p.id = product_id), '') "
                           "WHERE product_id IN (SELECT product_id FROM temp.sales_summary_stale)"))
        where.execute(text(_CHANGES))
        for statement in _APPLY_CHANGES:
            where.execute(text(statement))
        return where.execute(text("SELECT count(DISTINCT order_id) FROM temp.sales_summary_changes")).scalar_one()
    finally:
        where.execute(text("DROP TABLE IF EXISTS temp.sales_summary_changes"))
        where.execute(text("DROP TABLE temp.sales_summary_stale"))


def summary_mismatches(where: Connection | Session) -> list[str]:
    """Where the summary differs from the orders (empty when it is right), each table against a
    recomputation in SQL."""
    checks = {"sales_summary": (f"SELECT {FACT_COLUMNS} FROM sales_summary", facts_select("1 = 1"))}
    for table, columns, select, stored in SUMS:
        checks[f"{table} {stored}".strip()] = (f"SELECT {columns} FROM {table} {stored}", select)
    out = []
    for name, (stored, expected) in checks.items():
        for label, first, second in (("missing or different", expected, stored), ("not expected", stored, expected)):
            count = where.execute(text(f"SELECT count(*) FROM ({first} EXCEPT {second})")).scalar_one()
            if count:
                out.append(f"{name}: {count} rows {label}")
    unknown = where.execute(text("SELECT count(DISTINCT product_id) FROM sales_summary WHERE product_id NOT IN "
                                 "(SELECT product_id FROM sales_summary_basis)")).scalar_one()
    if unknown:
        out.append(f"sales_summary_basis: {unknown} products missing")
    return out
