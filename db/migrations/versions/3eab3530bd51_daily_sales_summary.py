"""daily sales summary

The sales summary tables of the orders slice (see neiqin.modules.orders.sales_summary), the
triggers that keep them equal to the orders (a frozen copy of `sales_summary.trigger_statements()`
at this revision; a test checks a migrated database has exactly those), and the summary of the
orders already there, computed by `rebuild_sales_summary` (a later revision changing these tables
must freeze that computation here).

Revision ID: 3eab3530bd51
Revises: c483f0963bb2
Create Date: 2026-11-23 17:54:24.576980
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

TRIGGERS = (
    """CREATE TRIGGER sales_summary_order_added AFTER INSERT ON sales_order WHEN (NEW.status IN ('approved', 'confirmed', 'dispatched', 'in_progress', 'shipped', 'delivered', 'closed') AND NEW.deleted_at IS NULL)
BEGIN
DELETE FROM sales_summary WHERE day = NEW.order_date AND order_id = NEW.id;
INSERT INTO sales_summary_basis (product_id, cost, category) SELECT DISTINCT li.product_id, p.cost, coalesce(p.category, '')
        FROM sales_order_line li LEFT JOIN product p ON p.id = li.product_id
        WHERE li.order_id = NEW.id AND li.deleted_at IS NULL
          AND NOT EXISTS (SELECT 1 FROM sales_summary_basis known WHERE known.product_id = li.product_id);
INSERT INTO sales_summary (day, order_id, product_id, customer_id, salesperson_id, quantity, amount, lines, counts_order, counts_category, cost, uncosted) SELECT o.order_date, o.id, li.product_id, o.customer_id, coalesce(o.salesperson_id, ''),
               sum(li.quantity), sum(li.amount), count(*),
               li.product_id = min(li.product_id) OVER (PARTITION BY o.id),
               li.product_id = min(li.product_id) OVER (PARTITION BY o.id, coalesce(b.category, '')),
               coalesce(sum(li.quantity) * b.cost, 0), CASE WHEN b.cost IS NULL THEN sum(li.amount) ELSE 0 END
        FROM sales_order o
        JOIN sales_order_line li ON li.order_id = o.id AND li.deleted_at IS NULL
        LEFT JOIN sales_summary_basis b ON b.product_id = li.product_id
        WHERE o.id = NEW.id AND o.status IN ('approved', 'confirmed', 'dispatched', 'in_progress', 'shipped', 'delivered', 'closed') AND o.deleted_at IS NULL
        GROUP BY o.id, li.product_id;
END""",
    """CREATE TRIGGER sales_summary_order_changed AFTER UPDATE OF status, order_date, customer_id, salesperson_id, deleted_at ON sales_order WHEN ((OLD.status IN ('approved', 'confirmed', 'dispatched', 'in_progress', 'shipped', 'delivered', 'closed') AND OLD.deleted_at IS NULL) OR (NEW.status IN ('approved', 'confirmed', 'dispatched', 'in_progress', 'shipped', 'delivered', 'closed') AND NEW.deleted_at IS NULL)) AND NOT ((OLD.status IN ('approved', 'confirmed', 'dispatched', 'in_progress', 'shipped', 'delivered', 'closed') AND OLD.deleted_at IS NULL) AND (NEW.status IN ('approved', 'confirmed', 'dispatched', 'in_progress', 'shipped', 'delivered', 'closed') AND NEW.deleted_at IS NULL) AND OLD.order_date IS NEW.order_date AND OLD.customer_id IS NEW.customer_id AND OLD.salesperson_id IS NEW.salesperson_id)
BEGIN
DELETE FROM sales_summary WHERE day = OLD.order_date AND order_id = NEW.id;
INSERT INTO sales_summary_basis (product_id, cost, category) SELECT DISTINCT li.product_id, p.cost, coalesce(p.category, '')
        FROM sales_order_line li LEFT JOIN product p ON p.id = li.product_id
        WHERE li.order_id = NEW.id AND li.deleted_at IS NULL
          AND NOT EXISTS (SELECT 1 FROM sales_summary_basis known WHERE known.product_id = li.product_id);
INSERT INTO sales_summary (day, order_id, product_id, customer_id, salesperson_id, quantity, amount, lines, counts_order, counts_category, cost, uncosted) SELECT o.order_date, o.id, li.product_id, o.customer_id, coalesce(o.salesperson_id, ''),
               sum(li.quantity), sum(li.amount), count(*),
               li.product_id = min(li.product_id) OVER (PARTITION BY o.id),
               li.product_id = min(li.product_id) OVER (PARTITION BY o.id, coalesce(b.category, '')),
               coalesce(sum(li.quantity) * b.cost, 0), CASE WHEN b.cost IS NULL THEN sum(li.amount) ELSE 0 END
        FROM sales_order o
        JOIN sales_order_line li ON li.order_id = o.id AND li.deleted_at IS NULL
        LEFT JOIN sales_summary_basis b ON b.product_id = li.product_id
        WHERE o.id = NEW.id AND o.status IN ('approved', 'confirmed', 'dispatched', 'in_progress', 'shipped', 'delivered', 'closed') AND o.deleted_at IS NULL
        GROUP BY o.id, li.product_id;
END""",
    """CREATE TRIGGER sales_summary_order_removed AFTER DELETE ON sales_order
BEGIN
DELETE FROM sales_summary WHERE day = OLD.order_date AND order_id = OLD.id;
END""",
    """CREATE TRIGGER sales_summary_line_added AFTER INSERT ON sales_order_line WHEN NEW.deleted_at IS NULL AND EXISTS (SELECT 1 FROM sales_order o WHERE o.id = NEW.order_id AND o.status IN ('approved', 'confirmed', 'dispatched', 'in_progress', 'shipped', 'delivered', 'closed') AND o.deleted_at IS NULL)
BEGIN
DELETE FROM sales_summary WHERE day = (SELECT order_date FROM sales_order WHERE id = NEW.order_id) AND order_id = NEW.order_id;
INSERT INTO sales_summary_basis (product_id, cost, category) SELECT DISTINCT li.product_id, p.cost, coalesce(p.category, '')
        FROM sales_order_line li LEFT JOIN product p ON p.id = li.product_id
        WHERE li.order_id = NEW.order_id AND li.deleted_at IS NULL
          AND NOT EXISTS (SELECT 1 FROM sales_summary_basis known WHERE known.product_id = li.product_id);
INSERT INTO sales_summary (day, order_id, product_id, customer_id, salesperson_id, quantity, amount, lines, counts_order, counts_category, cost, uncosted) SELECT o.order_date, o.id, li.product_id, o.customer_id, coalesce(o.salesperson_id, ''),
               sum(li.quantity), sum(li.amount), count(*),
               li.product_id = min(li.product_id) OVER (PARTITION BY o.id),
               li.product_id = min(li.product_id) OVER (PARTITION BY o.id, coalesce(b.category, '')),
               coalesce(sum(li.quantity) * b.cost, 0), CASE WHEN b.cost IS NULL THEN sum(li.amount) ELSE 0 END
        FROM sales_order o
        JOIN sales_order_line li ON li.order_id = o.id AND li.deleted_at IS NULL
        LEFT JOIN sales_summary_basis b ON b.product_id = li.product_id
        WHERE o.id = NEW.order_id AND o.status IN ('approved', 'confirmed', 'dispatched', 'in_progress', 'shipped', 'delivered', 'closed') AND o.deleted_at IS NULL
        GROUP BY o.id, li.product_id;
END""",
    """CREATE TRIGGER sales_summary_line_changed AFTER UPDATE OF order_id, product_id, quantity, amount, deleted_at ON sales_order_line WHEN (OLD.order_id IS NOT NEW.order_id OR OLD.product_id IS NOT NEW.product_id OR OLD.quantity IS NOT NEW.quantity OR OLD.amount IS NOT NEW.amount OR OLD.deleted_at IS NOT NEW.deleted_at) AND (EXISTS (SELECT 1 FROM sales_order o WHERE o.id = OLD.order_id AND o.status IN ('approved', 'confirmed', 'dispatched', 'in_progress', 'shipped', 'delivered', 'closed') AND o.deleted_at IS NULL) OR EXISTS (SELECT 1 FROM sales_order o WHERE o.id = NEW.order_id AND o.status IN ('approved', 'confirmed', 'dispatched', 'in_progress', 'shipped', 'delivered', 'closed') AND o.deleted_at IS NULL))
BEGIN
DELETE FROM sales_summary WHERE day = (SELECT order_date FROM sales_order WHERE id = NEW.order_id) AND order_id = NEW.order_id;
INSERT INTO sales_summary_basis (product_id, cost, category) SELECT DISTINCT li.product_id, p.cost, coalesce(p.category, '')
        FROM sales_order_line li LEFT JOIN product p ON p.id = li.product_id
        WHERE li.order_id = NEW.order_id AND li.deleted_at IS NULL
          AND NOT EXISTS (SELECT 1 FROM sales_summary_basis known WHERE known.product_id = li.product_id);
INSERT INTO sales_summary (day, order_id, product_id, customer_id, salesperson_id, quantity, amount, lines, counts_order, counts_category, cost, uncosted) SELECT o.order_date, o.id, li.product_id, o.customer_id, coalesce(o.salesperson_id, ''),
               sum(li.quantity), sum(li.amount), count(*),
               li.product_id = min(li.product_id) OVER (PARTITION BY o.id),
               li.product_id = min(li.product_id) OVER (PARTITION BY o.id, coalesce(b.category, '')),
               coalesce(sum(li.quantity) * b.cost, 0), CASE WHEN b.cost IS NULL THEN sum(li.amount) ELSE 0 END
        FROM sales_order o
        JOIN sales_order_line li ON li.order_id = o.id AND li.deleted_at IS NULL
        LEFT JOIN sales_summary_basis b ON b.product_id = li.product_id
        WHERE o.id = NEW.order_id AND o.status IN ('approved', 'confirmed', 'dispatched', 'in_progress', 'shipped', 'delivered', 'closed') AND o.deleted_at IS NULL
        GROUP BY o.id, li.product_id;
DELETE FROM sales_summary WHERE day = (SELECT order_date FROM sales_order WHERE id = OLD.order_id) AND order_id = OLD.order_id AND OLD.order_id IS NOT NEW.order_id;
INSERT INTO sales_summary_basis (product_id, cost, category) SELECT DISTINCT li.product_id, p.cost, coalesce(p.category, '')
        FROM sales_order_line li LEFT JOIN product p ON p.id = li.product_id
        WHERE li.order_id = OLD.order_id AND OLD.order_id IS NOT NEW.order_id AND li.deleted_at IS NULL
          AND NOT EXISTS (SELECT 1 FROM sales_summary_basis known WHERE known.product_id = li.product_id);
INSERT INTO sales_summary (day, order_id, product_id, customer_id, salesperson_id, quantity, amount, lines, counts_order, counts_category, cost, uncosted) SELECT o.order_date, o.id, li.product_id, o.customer_id, coalesce(o.salesperson_id, ''),
               sum(li.quantity), sum(li.amount), count(*),
               li.product_id = min(li.product_id) OVER (PARTITION BY o.id),
               li.product_id = min(li.product_id) OVER (PARTITION BY o.id, coalesce(b.category, '')),
               coalesce(sum(li.quantity) * b.cost, 0), CASE WHEN b.cost IS NULL THEN sum(li.amount) ELSE 0 END
        FROM sales_order o
        JOIN sales_order_line li ON li.order_id = o.id AND li.deleted_at IS NULL
        LEFT JOIN sales_summary_basis b ON b.product_id = li.product_id
        WHERE o.id = OLD.order_id AND OLD.order_id IS NOT NEW.order_id AND o.status IN ('approved', 'confirmed', 'dispatched', 'in_progress', 'shipped', 'delivered', 'closed') AND o.deleted_at IS NULL
        GROUP BY o.id, li.product_id;
END""",
    """CREATE TRIGGER sales_summary_line_removed AFTER DELETE ON sales_order_line WHEN EXISTS (SELECT 1 FROM sales_order o WHERE o.id = OLD.order_id AND o.status IN ('approved', 'confirmed', 'dispatched', 'in_progress', 'shipped', 'delivered', 'closed') AND o.deleted_at IS NULL)
BEGIN
DELETE FROM sales_summary WHERE day = (SELECT order_date FROM sales_order WHERE id = OLD.order_id) AND order_id = OLD.order_id;
INSERT INTO sales_summary_basis (product_id, cost, category) SELECT DISTINCT li.product_id, p.cost, coalesce(p.category, '')
        FROM sales_order_line li LEFT JOIN product p ON p.id = li.product_id
        WHERE li.order_id = OLD.order_id AND li.deleted_at IS NULL
          AND NOT EXISTS (SELECT 1 FROM sales_summary_basis known WHERE known.product_id = li.product_id);
INSERT INTO sales_summary (day, order_id, product_id, customer_id, salesperson_id, quantity, amount, lines, counts_order, counts_category, cost, uncosted) SELECT o.order_date, o.id, li.product_id, o.customer_id, coalesce(o.salesperson_id, ''),
               sum(li.quantity), sum(li.amount), count(*),
               li.product_id = min(li.product_id) OVER (PARTITION BY o.id),
               li.product_id = min(li.product_id) OVER (PARTITION BY o.id, coalesce(b.category, '')),
               coalesce(sum(li.quantity) * b.cost, 0), CASE WHEN b.cost IS NULL THEN sum(li.amount) ELSE 0 END
        FROM sales_order o
        JOIN sales_order_line li ON li.order_id = o.id AND li.deleted_at IS NULL
        LEFT JOIN sales_summary_basis b ON b.product_id = li.product_id
        WHERE o.id = OLD.order_id AND o.status IN ('approved', 'confirmed', 'dispatched', 'in_progress', 'shipped', 'delivered', 'closed') AND o.deleted_at IS NULL
        GROUP BY o.id, li.product_id;
END""",
    """CREATE TRIGGER sales_summary_added AFTER INSERT ON sales_summary
BEGIN
INSERT INTO sales_summary_product (span, start, salesperson_id, product_id, quantity, amount, lines, orders, counted_orders, category_orders) VALUES ('D', NEW.day, NEW.salesperson_id, NEW.product_id, NEW.quantity, NEW.amount, NEW.lines, 1, NEW.counts_order, NEW.counts_category) ON CONFLICT (span, start, salesperson_id, product_id) DO UPDATE SET quantity = quantity + excluded.quantity, amount = amount + excluded.amount, lines = lines + excluded.lines, orders = orders + 1, counted_orders = counted_orders + excluded.counted_orders, category_orders = category_orders + excluded.category_orders;
INSERT INTO sales_summary_product (span, start, salesperson_id, product_id, quantity, amount, lines, orders, counted_orders, category_orders) VALUES ('M', date(NEW.day, 'start of month'), NEW.salesperson_id, NEW.product_id, NEW.quantity, NEW.amount, NEW.lines, 1, NEW.counts_order, NEW.counts_category) ON CONFLICT (span, start, salesperson_id, product_id) DO UPDATE SET quantity = quantity + excluded.quantity, amount = amount + excluded.amount, lines = lines + excluded.lines, orders = orders + 1, counted_orders = counted_orders + excluded.counted_orders, category_orders = category_orders + excluded.category_orders;
INSERT INTO sales_summary_customer (month, customer_id, quantity, amount, lines, orders, cost, uncosted) VALUES (date(NEW.day, 'start of month'), NEW.customer_id, NEW.quantity, NEW.amount, NEW.lines, NEW.counts_order, NEW.cost, NEW.uncosted) ON CONFLICT (month, customer_id) DO UPDATE SET quantity = quantity + excluded.quantity, amount = amount + excluded.amount, lines = lines + excluded.lines, orders = orders + excluded.orders, cost = cost + excluded.cost, uncosted = uncosted + excluded.uncosted;
END""",
    """CREATE TRIGGER sales_summary_removed AFTER DELETE ON sales_summary
BEGIN
UPDATE sales_summary_product SET quantity = quantity - OLD.quantity, amount = amount - OLD.amount, lines = lines - OLD.lines, orders = orders - 1, counted_orders = counted_orders - OLD.counts_order, category_orders = category_orders - OLD.counts_category WHERE span = 'D' AND start = OLD.day AND salesperson_id = OLD.salesperson_id AND product_id = OLD.product_id;
DELETE FROM sales_summary_product WHERE span = 'D' AND start = OLD.day AND salesperson_id = OLD.salesperson_id AND product_id = OLD.product_id AND lines = 0;
UPDATE sales_summary_product SET quantity = quantity - OLD.quantity, amount = amount - OLD.amount, lines = lines - OLD.lines, orders = orders - 1, counted_orders = counted_orders - OLD.counts_order, category_orders = category_orders - OLD.counts_category WHERE span = 'M' AND start = date(OLD.day, 'start of month') AND salesperson_id = OLD.salesperson_id AND product_id = OLD.product_id;
DELETE FROM sales_summary_product WHERE span = 'M' AND start = date(OLD.day, 'start of month') AND salesperson_id = OLD.salesperson_id AND product_id = OLD.product_id AND lines = 0;
UPDATE sales_summary_customer SET quantity = quantity - OLD.quantity, amount = amount - OLD.amount, lines = lines - OLD.lines, orders = orders - OLD.counts_order, cost = cost - OLD.cost, uncosted = uncosted - OLD.uncosted WHERE month = date(OLD.day, 'start of month') AND customer_id = OLD.customer_id;
DELETE FROM sales_summary_customer WHERE month = date(OLD.day, 'start of month') AND customer_id = OLD.customer_id AND lines = 0;
END""",
)

revision: str = '3eab3530bd51'
down_revision: str | Sequence[str] | None = 'c483f0963bb2'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    # ### commands auto generated by Alembic - please adjust! ###
    op.create_table('sales_summary',
    sa.Column('day', sa.Date(), nullable=False),
    sa.Column('order_id', sa.String(length=36), nullable=False),
    sa.Column('product_id', sa.String(length=36), nullable=False),
    sa.Column('customer_id', sa.String(length=36), nullable=False),
    sa.Column('salesperson_id', sa.String(length=36), nullable=False),
    sa.Column('quantity', sa.BigInteger(), nullable=False),
    sa.Column('amount', sa.BigInteger(), nullable=False),
    sa.Column('lines', sa.Integer(), nullable=False),
    sa.Column('counts_order', sa.Integer(), nullable=False),
    sa.Column('counts_category', sa.Integer(), nullable=False),
    sa.Column('cost', sa.BigInteger(), nullable=False),
    sa.Column('uncosted', sa.BigInteger(), nullable=False),
    sa.PrimaryKeyConstraint('day', 'order_id', 'product_id', name=op.f('pk_sales_summary')),
    sqlite_with_rowid=False
    )
    with op.batch_alter_table('sales_summary', schema=None) as batch_op:
        batch_op.create_index('ix_sales_summary_product', ['product_id'], unique=False)

    op.create_table('sales_summary_basis',
    sa.Column('product_id', sa.String(length=36), nullable=False),
    sa.Column('cost', sa.BigInteger(), nullable=True),
    sa.Column('category', sa.String(length=60), nullable=False),
    sa.PrimaryKeyConstraint('product_id', name=op.f('pk_sales_summary_basis'))
    )
    op.create_table('sales_summary_customer',
    sa.Column('month', sa.Date(), nullable=False),
    sa.Column('customer_id', sa.String(length=36), nullable=False),
    sa.Column('quantity', sa.BigInteger(), nullable=False),
    sa.Column('amount', sa.BigInteger(), nullable=False),
    sa.Column('lines', sa.Integer(), nullable=False),
    sa.Column('orders', sa.Integer(), nullable=False),
    sa.Column('cost', sa.BigInteger(), nullable=False),
    sa.Column('uncosted', sa.BigInteger(), nullable=False),
    sa.PrimaryKeyConstraint('month', 'customer_id', name=op.f('pk_sales_summary_customer')),
    sqlite_with_rowid=False
    )
    op.create_table('sales_summary_product',
    sa.Column('span', sa.String(length=1), nullable=False),
    sa.Column('start', sa.Date(), nullable=False),
    sa.Column('salesperson_id', sa.String(length=36), nullable=False),
    sa.Column('product_id', sa.String(length=36), nullable=False),
    sa.Column('quantity', sa.BigInteger(), nullable=False),
    sa.Column('amount', sa.BigInteger(), nullable=False),
    sa.Column('lines', sa.Integer(), nullable=False),
    sa.Column('orders', sa.Integer(), nullable=False),
    sa.Column('counted_orders', sa.Integer(), nullable=False),
    sa.Column('category_orders', sa.Integer(), nullable=False),
    sa.PrimaryKeyConstraint('span', 'start', 'salesperson_id', 'product_id', name=op.f('pk_sales_summary_product')),
    sqlite_with_rowid=False
    )
    # ### end Alembic commands ###
    for statement in TRIGGERS:
        op.execute(statement)
    bind = op.get_bind()
    if bind.exec_driver_sql("SELECT 1 FROM sales_order LIMIT 1").first() is not None:
        from neiqin.modules.orders.sales_summary import rebuild_sales_summary

        rebuild_sales_summary(bind)


def downgrade() -> None:
    for statement in TRIGGERS:
        op.execute("DROP TRIGGER IF EXISTS " + statement.split()[2])
    # ### commands auto generated by Alembic - please adjust! ###
    op.drop_table('sales_summary_product')
    op.drop_table('sales_summary_customer')
    op.drop_table('sales_summary_basis')
    with op.batch_alter_table('sales_summary', schema=None) as batch_op:
        batch_op.drop_index('ix_sales_summary_product')

    op.drop_table('sales_summary')
    # ### end Alembic commands ###
