"""Every service action tried as every role on one prepared world, against the declared matrix.

For each action (a service function, or one variant of it: a state-machine step, entering for a
colleague…) and each role: allowed exactly when the matrix gives the role every permission the
action needs; refused otherwise with PermissionDenied and nothing changed (no commit, same rows,
no file written). Then as an administrator stripped of just those permissions: refused too, so
the action really checks the permission the table says. A function that checks a permission but
is missing from the table, or a state-machine step without its row, fails here."""

from __future__ import annotations

import itertools
from dataclasses import replace

import pytest

from neiqin.app import open_database
from tests.helpers.matrix.declared import DECLARED, ROLES, allowed_roles, count_pairs
from tests.helpers.matrix.fingerprint import Fingerprint
from tests.helpers.matrix.scan import checking_functions
from tests.helpers.matrix.table import Ctx
from tests.helpers.matrix.world import ACTIONS, build_world, copy_world, sign_in

#: functions the scan finds that are steps inside another action (tried through it)
INTERNAL = {
    "orders.statemachine.apply_transition": "orders.service.transition",
    "minutes.statemachine.apply_transition": "minutes.steps.transition",
    "supplies.rules.apply": "supplies.plans.plan_action",
    "inventory.statemachine.check": "inventory.service_counts.submit_count",
    "reimbursements.service.visible_claim": "reimbursements.service.get_claim",
    "reimbursements.service.check_owner": "reimbursements.service.update_claim",
}


class _Undo(Exception):
    """Raised after an allowed action so its transaction rolls back and the next try starts clean."""


@pytest.fixture(scope="module")
def world(template_db, tmp_path_factory):
    folder = build_world(template_db, tmp_path_factory.getbasetemp() / "matrix-world")
    db_path, w = copy_world(folder, tmp_path_factory.mktemp("actions") / "world")
    db = open_database(db_path)
    actors = {role: sign_in(db, role) for role in ROLES}
    fingerprint = Fingerprint(db_path)
    start = fingerprint.content()
    yield _World(db, w, actors, fingerprint, tmp_path_factory.mktemp("runs"))
    assert fingerprint.content() == start, "the actions left the world changed"
    fingerprint.close()
    db.dispose()


class _World:
    def __init__(self, db, w, actors, fingerprint, runs) -> None:
        self.db, self.w, self.actors, self.fingerprint = db, w, actors, fingerprint
        self._runs, self._n = runs, itertools.count()

    def attempt(self, action, actor) -> Exception | None:
        """Run the action as `actor`: None when it went through (then rolled back), else the refusal.
        A refusal leaves no commit, the same rows, the same files and nothing written."""
        folder = self._runs / str(next(self._n))
        out, inputs = folder / "out", folder / "in"
        out.mkdir(parents=True)
        inputs.mkdir()
        fp = self.fingerprint
        version, counts, files = fp.version(), fp.counts(), fp.files()
        refused = result = None
        try:
            with self.db.unit_of_work(actor) as uow:
                result = action.run(action.function(), Ctx(uow, self.w, out, inputs, self.actors["admin"]))
                raise _Undo
        except _Undo:
            if action.empty_is_refusal and not result:
                refused = LookupError("nothing returned")
        except action.passed:
            pass
        except action.refusal as exc:
            refused = exc
        assert fp.version() == version, f"{action.key} as {actor.username} committed something"
        if refused is not None:
            assert fp.counts() == counts, f"refused {action.key} as {actor.username} changed rows"
            assert fp.files() == files, f"refused {action.key} as {actor.username} changed stored files"
            assert not list(out.iterdir()), f"refused {action.key} as {actor.username} wrote a file"
        return refused


@pytest.mark.parametrize("action", ACTIONS, ids=lambda action: action.key)
def test_every_action_follows_the_matrix(action, world, reliability_figures):
    allowed = allowed_roles(action.permissions)
    wrong = []
    for role in ROLES:
        refused = world.attempt(action, world.actors[role])
        if (refused is None) != (role in allowed):
            wrong.append(f"{role}: {'allowed' if refused is None else f'refused ({refused})'}, "
                         f"matrix says {'allowed' if role in allowed else 'refused'}")
    admin = world.actors["admin"]
    needed = {code for permission in action.permissions for code in permission.split("|")}
    stripped = replace(admin, permissions=admin.permissions - needed)
    if world.attempt(action, stripped) is None:
        wrong.append(f"an administrator without {sorted(needed)} was allowed: the action does not check them")
    assert not wrong, f"{action.key} ({' + '.join(action.permissions)}):\n" + "\n".join(wrong)
    count_pairs(reliability_figures, "actions", len(ROLES))
    count_pairs(reliability_figures, "stripped", 1)


def test_the_table_holds_every_function_that_checks_a_permission(reliability_figures):
    keys = {action.key for action in ACTIONS}
    assert len(keys) == len(ACTIONS), "two rows of the table have the same key"
    tried = {action.function_name for action in ACTIONS}
    for action in ACTIONS:
        assert callable(action.function()), action.key
    checking = checking_functions()
    missing = sorted(checking - tried - set(INTERNAL))
    assert not missing, f"these functions check a permission: add them to the action table: {missing}"
    filters = {action.function_name for action in ACTIONS if action.empty_is_refusal}
    stale = sorted(tried - checking - filters)
    assert not stale, f"these rows name functions that check no permission (renamed?): {stale}"
    assert set(INTERNAL) <= checking and set(INTERNAL.values()) <= tried
    count_pairs(reliability_figures, "functions", len(tried))


#: declared permissions no service action checks (yet), and why
UNCHECKED: dict[str, str] = {}


def test_every_declared_permission_is_what_some_action_needs():
    needed = {code for action in ACTIONS for permission in action.permissions for code in permission.split("|")}
    assert needed <= set(DECLARED), f"the table names undeclared permissions: {sorted(needed - set(DECLARED))}"
    assert set(DECLARED) - needed == set(UNCHECKED), (
        f"permissions no action of the table needs: {sorted(set(DECLARED) - needed - set(UNCHECKED))}")


def _variants(function: str) -> set[str]:
    return {a.key.partition(":")[2].split()[0] for a in ACTIONS if a.function_name == function and ":" in a.key}


def test_every_step_of_every_state_machine_is_tried():
    from neiqin.modules.archive import lending
    from neiqin.modules.inventory import statemachine as stock
    from neiqin.modules.minutes import statemachine as meetings
    from neiqin.modules.orders import statemachine as orders
    from neiqin.modules.reimbursements import statemachine as claims
    from neiqin.modules.supplies import rules as supplies

    assert _variants("orders.service.transition") == set(orders.ACTIONS)
    assert _variants("minutes.steps.transition") == set(meetings.ACTIONS)
    assert _variants("reimbursements.approval.transition") == set(claims.ACTIONS)
    assert _variants("supplies.plans.plan_action") == set(supplies.PLAN_ACTIONS) - {"receive"}  # receiving.receive
    assert _variants("supplies.issues.issue_action") == set(supplies.ISSUE_ACTIONS) - {"hand_out"}  # issues.hand_out
    assert _variants("supplies.losses.loss_action") == set(supplies.LOSS_ACTIONS)
    by_function = {  # the machines whose steps are functions of their own
        "archive.lending": (lending.ACTIONS, {"remind": "record_reminder", "return": "return_item"}),
        "inventory.service_counts": (stock.COUNT_ACTIONS, {code: f"{code}_count" for code in stock.COUNT_ACTIONS}),
        "inventory.service_analysis": (stock.HANDLING_ACTIONS, {"plan": "plan_handling", "done": "complete_handling",
                                                                 "cancel": "cancel_handling"}),
    }
    tried = {action.function_name for action in ACTIONS}
    assert {"supplies.receiving.receive", "supplies.issues.hand_out"} <= tried
    for module, (steps, names) in by_function.items():
        missing = [code for code in steps if f"{module}.{names.get(code, code)}" not in tried]
        assert not missing, f"{module}: steps without a row: {missing}"
