"""sync_client.replaced_by: the new client id of a computer whose database was restored or copied.

Revision ID: b7bcc0d8d1ac
Revises: 58ee228c937a
Create Date: 2026-12-07 13:12:25.676954

The old row stays (its desk keeps its numbers from being drawn again) but no longer reads the
change log: pruning does not count it as a computer that fell behind.
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "b7bcc0d8d1ac"
down_revision: str | Sequence[str] | None = "58ee228c937a"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.add_column("sync_client", sa.Column("replaced_by", sa.String(length=36), nullable=True))


def downgrade() -> None:
    op.drop_column("sync_client", "replaced_by")
