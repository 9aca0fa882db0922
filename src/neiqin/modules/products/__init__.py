"""The product catalogue (产品)."""
