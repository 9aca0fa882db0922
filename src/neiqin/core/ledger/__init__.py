"""Ledgers of quantities (stock, office supplies): movements, balances and count sessions."""
