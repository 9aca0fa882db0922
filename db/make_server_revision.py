"""Make a new revision of the sync server's schema by comparing the models to a scratch database.

    .venv/bin/python db/make_server_revision.py "message"

A throw-away PostgreSQL database (NEIQIN_REVISION_PG, an admin URL; the local `postgres` user by
default) is brought to the newest server revision, then autogenerate writes what the synced models
add since (`server_metadata(sync_tables())`). Read the revision before committing it: types carry
their MariaDB variants (DATETIME(fsp=6), LONGTEXT), a new NOT NULL column needs a server default
for the rows already on the server, and a change of the wire format also raises PROTOCOL_VERSION.
"""

from __future__ import annotations

import os
import sys
import uuid

from alembic import command
from alembic.script import ScriptDirectory
from sqlalchemy import create_engine, text
from sqlalchemy.pool import NullPool

from neiqin.core.sync.schema import server_alembic_config

ADMIN = os.environ.get("NEIQIN_REVISION_PG", "postgresql+psycopg://postgres@127.0.0.1:5432/postgres")


def main(message: str) -> None:
    name = f"neiqin_rev_{uuid.uuid4().hex[:16]}"
    admin = create_engine(ADMIN, poolclass=NullPool, isolation_level="AUTOCOMMIT")
    with admin.connect() as connection:
        connection.execute(text(f'CREATE DATABASE "{name}"'))
    scratch = create_engine(admin.url.set(database=name), poolclass=NullPool)
    try:
        with scratch.begin() as connection:
            config = server_alembic_config(connection)
            heads = ScriptDirectory.from_config(config).get_heads()
            if heads:
                command.upgrade(config, "head")
            revision = command.revision(config, message=message, autogenerate=True,
                                        head="head" if heads else "base")
        print(f"wrote {revision.path}")
    finally:
        scratch.dispose()
        with admin.connect() as connection:
            connection.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
        admin.dispose()


if __name__ == "__main__":
    if len(sys.argv) != 2:
        raise SystemExit(__doc__)
    main(sys.argv[1])
