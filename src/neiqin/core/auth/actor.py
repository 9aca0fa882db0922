"""Who is acting: passed into every unit of work; services check permissions on it."""

from __future__ import annotations

from dataclasses import dataclass, field

from neiqin.core.errors import PermissionDenied


@dataclass(frozen=True)
class Actor:
    user_id: str
    username: str
    display_name: str
    role: str
    branch_id: str | None
    permissions: frozenset[str] = field(default_factory=frozenset)

    def can(self, permission: str) -> bool:
        return permission in self.permissions

    def require(self, permission: str) -> None:
        if permission not in self.permissions:
            raise PermissionDenied(permission, self.username)


#: the actor of maintenance work that no person started (migrations, demo data, scheduled jobs)
SYSTEM = Actor(
    user_id="00000000-0000-7000-8000-000000000000",
    username="system",
    display_name="System",
    role="system",
    branch_id=None,
    permissions=frozenset({"*"}),
)


class SystemActor(Actor):
    pass


def system_actor(branch_id: str | None, permissions: frozenset[str]) -> Actor:
    """The system actor with every permission that exists, acting for a branch."""
    return Actor(SYSTEM.user_id, SYSTEM.username, SYSTEM.display_name, SYSTEM.role, branch_id, permissions)
