"""Offline-first sync with a shared PostgreSQL or MariaDB server (DESIGN.md §3).

- `catalog`: which tables take part, found from the metadata (every `Synced` table, audit entries
  push-only; settings, number sequences, balance caches and Alembic's table never)
- `values`: column values between SQLite, JSON and the server; row checksums
- `capture`: the client outbox (SQLite triggers), installed only when sync is configured
- `schema`: the server schema, change log, client state, conflicts, branch roles and RLS
- `merge`: field-level merge of one pushed change against the server row
- `server`: push apply (dedup by the client's high-water mark) and pull (cursor) on the server
- `client`: one sync round from the client side; `check` compares per-table checksums
"""
