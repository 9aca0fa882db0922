"""The stock ledger and the count book of this slice, built on the shared ledger kernel."""

from __future__ import annotations

from neiqin.core.ledger.counts import CountBook
from neiqin.core.ledger.movements import Ledger
from neiqin.modules.inventory.models import StockBalance, StockCount, StockCountLine, StockMovement

#: what a movement comes from (`source_type`)
SOURCE_ORDER = "sales_order"
SOURCE_COUNT = "stock_count"
SOURCE_ENTRY = "stock_entry"
SOURCE_HANDLING = "stock_handling"
#: goods sent back to the supplier (a handling plan of slow-moving stock)
SUPPLIER_RETURN = "supplier_return"

LEDGER = Ledger(StockMovement, StockBalance)
BOOK = CountBook(LEDGER, StockCount, StockCountLine, SOURCE_COUNT)
