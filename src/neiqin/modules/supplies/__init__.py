"""Office supplies (办公用品台账)."""
