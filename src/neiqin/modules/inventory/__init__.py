"""Stock as a movement ledger, inventory counts (库存盘点) and stock analysis."""
