"""Alembic environment of the sync server's shared schema (PostgreSQL or MariaDB).

It runs on the connection handed in as `config.attributes["connection"]`, inside the caller's
transaction (PostgreSQL DDL is transactional; MariaDB commits each DDL statement itself), and
keeps its own version table so it never meets another Alembic history in the same database.
The target metadata is `server_metadata(sync_tables())`: the models decide what autogenerate
writes, and a revision never imports application code (it is frozen once written).
"""

from __future__ import annotations

import warnings

from alembic import context

from neiqin.core.sync.schema import ALEMBIC_VERSION, include_object

config = context.config


def target_metadata():
    metadata = config.attributes.get("target_metadata")
    if metadata is None:
        from neiqin.core.sync.catalog import sync_tables
        from neiqin.core.sync.schema import server_metadata
        from neiqin.modules import load_all_models

        load_all_models()
        metadata = server_metadata(sync_tables())
    return metadata


def run_migrations_online() -> None:
    connection = config.attributes["connection"]
    context.configure(
        connection=connection,
        target_metadata=target_metadata(),
        version_table=ALEMBIC_VERSION,
        compare_type=True,
        include_object=include_object,
    )
    with context.begin_transaction(), warnings.catch_warnings():
        # PostgreSQL's xid8 (the change log's transaction id) has no SQLAlchemy type to reflect
        warnings.filterwarnings("ignore", "Did not recognize type 'xid8'")
        context.run_migrations()


if context.is_offline_mode():
    raise SystemExit("the server schema is migrated online, on a connection (neiqin server init)")
run_migrations_online()
