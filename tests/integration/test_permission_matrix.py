"""The permission matrix: one declared table of which role may do what (tests/helpers/matrix/
declared.py), checked against the permissions the modules declare and the grants stored in the
database. A new permission fails here until it is declared there; every service action is tried
as every role against the same table in test_permission_actions.py."""

from __future__ import annotations

import json

from sqlalchemy import select

from neiqin.core.auth.models import Role
from neiqin.modules import all_permissions
from tests.helpers.matrix.declared import DECLARED, ROLES, count_pairs


def test_every_declared_permission_is_in_the_matrix_with_the_same_roles(reliability_figures):
    declared = {permission.code: set(permission.default_roles) for permission in all_permissions()}
    unknown = sorted(set(declared) - set(DECLARED))
    assert not unknown, f"declare these permissions in the matrix: {unknown}"
    gone = sorted(set(DECLARED) - set(declared))
    assert not gone, f"the matrix names permissions nothing declares any more: {gone}"
    differ = {code: (sorted(roles), sorted(DECLARED[code])) for code, roles in declared.items()
              if roles != DECLARED[code]}
    assert not differ, f"permission defaults differ from the matrix (code: (declared, matrix)): {differ}"
    count_pairs(reliability_figures, "declared", len(declared) * len(ROLES))


def test_the_database_grants_follow_the_matrix(db, reliability_figures):
    with db.read() as session:
        grants = {role.code: set(json.loads(role.permissions)) for role in session.scalars(select(Role))}
    live = {permission.code for permission in all_permissions()}
    for role in ROLES:
        expected = {code for code, roles in DECLARED.items() if role in roles and code in live}
        assert grants[role] & live == expected, role
    count_pairs(reliability_figures, "stored", len(live) * len(ROLES))
