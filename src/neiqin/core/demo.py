"""The contract between `neiqin demo` and the slices that contribute demo data.

A slice's `contributions.py` may define `demo_data(ctx: DemoContext) -> dict[str, int]`; it is
called in module order inside one write transaction, writes its rows with SQLAlchemy Core
`executemany` (never ORM add_all: too slow for a million orders), and returns what it made, e.g.
`{"customers": 200}`. Slices hand ids to later slices through `ctx.shared` (e.g.
`ctx.shared["customer_ids"]`), never by importing each other's models.
"""

from __future__ import annotations

import random
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from sqlalchemy import Connection

from neiqin.core.auth.actor import Actor


@dataclass
class DemoContext:
    connection: Connection
    actor: Actor
    branch_id: str
    branch_code: str
    rng: random.Random
    now: datetime
    #: requested sizes: "customers", "products", "orders" (slices choose sensible sizes for the rest)
    scale: dict[str, int]
    #: ids and facts handed from earlier slices to later ones
    shared: dict[str, Any] = field(default_factory=dict)
    #: user ids by role for realistic "who did it" columns: {"clerk": [...], "reviewer": [...], ...}
    users: dict[str, list[str]] = field(default_factory=dict)

    def stamp(self, when: datetime | None = None) -> dict[str, Any]:
        """The bookkeeping columns of a `Synced` row made by the demo."""
        when = when or self.now
        return {"branch_id": self.branch_id, "created_at": when, "created_by": self.actor.user_id,
                "updated_at": when, "updated_by": self.actor.user_id, "deleted_at": None,
                "server_version": None, "hlc": None}
