"""The customer's orders for the customer view (customers' `TransactionsProvider`)."""

from __future__ import annotations

from decimal import Decimal

from sqlalchemy import BigInteger, func, select, type_coerce
from sqlalchemy.orm import Session

from neiqin.core.auth.actor import Actor
from neiqin.core.money import from_fen
from neiqin.modules.customers.schemas import CustomerTransactions, TransactionRow
from neiqin.modules.orders import statemachine as sm
from neiqin.modules.orders.models import SalesOrder

T = SalesOrder.__table__.c


def customer_transactions(session: Session, actor: Actor, customer_id: str, limit: int = 200) -> CustomerTransactions:
    """Count, total (cancelled and rejected orders left out) and the newest orders of a customer."""
    actor.require("orders.view")
    live = (T.customer_id == customer_id, T.deleted_at.is_(None))
    counted = (*live, T.status.not_in((sm.CANCELLED, sm.REJECTED)))
    count, total_fen, last = session.execute(
        select(func.count(), func.coalesce(func.sum(type_coerce(T.total_amount, BigInteger)), 0),
               func.max(T.order_date)).where(*counted)).one()
    rows = session.execute(select(T.id, T.number, T.order_date, T.status, T.total_amount).where(*live)
                           .order_by(T.order_date.desc(), T.id.desc()).limit(limit)).all()
    return CustomerTransactions(
        customer_id, int(count), from_fen(int(total_fen)) if total_fen else Decimal("0.00"), last,
        tuple(TransactionRow(r.id, r.number, r.order_date, r.status, r.total_amount) for r in rows),
    )
