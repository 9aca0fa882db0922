"""Confidential fields never reach a user without the right to them.

A distinctive value sits in every confidential field (tests/helpers/matrix/leaks.py). Every service
action of the permission table (exports, print forms, reports, detail and list reads, the audit
trail, the command line…) is run as every role without `customers.confidential` — the clerk, and
the reviewer, finance and the administrator each with just that right taken away — and its result,
the files it wrote and what it printed are searched for the values; so are the global search,
every module's dashboard, list and `neiqin export` list, every `neiqin print` form and the record
history. The password hashes appear nowhere, for anybody. With the right, the values do show where
they should (the revealed customer, the credit file, the export, the review checks, the audit trail)."""

from __future__ import annotations

import itertools
from dataclasses import replace

import pytest

from neiqin.app import open_database
from neiqin.core import audit
from neiqin.core.errors import PermissionDenied
from tests.helpers.matrix.declared import count_pairs
from tests.helpers.matrix.leaks import SECRETS, folder_text, plant, printed, shown
from tests.helpers.matrix.table import Ctx
from tests.helpers.matrix.world import ACTIONS, build_world, copy_world, sign_in

CONFIDENTIAL = "customers.confidential"
#: where the right shows the values: action → the fields it must show
SHOWN_WITH_THE_RIGHT = {
    "customers.service.reveal_customer": {"customer.bank_name", "customer.bank_account", "customer.credit_rating",
                                          "customer.credit_limit"},
    "customers.service_credit.credit_file": {"customer.credit_rating", "customer.credit_limit",
                                             "customer_payment.amount", "customer_payment.paid_amount",
                                             "customer_rating_change.old_rating", "customer_rating_change.old_limit",
                                             "customer_rating_change.reason", "credit file: overdue amount",
                                             "credit file: outstanding amount"},
    "customers.service_excel.export_customers": {"customer.bank_name", "customer.bank_account",
                                                 "customer.credit_rating", "customer.credit_limit"},
    "orders.review.review_checks": {"customer.credit_rating", "customer.credit_limit", "credit file: overdue amount"},
    "ui.audit_views.read_report": {"customer.bank_name", "customer.bank_account", "customer.credit_limit",
                                   "customer_payment.amount", "customer_payment.paid_amount",
                                   "customer_rating_change.old_limit", "customer_rating_change.reason"},
}


class _Undo(Exception):
    pass


class _Leaks:
    """The world with the values planted, the viewers with and without the right."""

    def __init__(self, db, w, actors, hashes, runs) -> None:
        self.db, self.w, self.actors, self.hashes = db, w, actors, hashes
        self.secrets = (*SECRETS, hashes)
        self._runs, self._n = runs, itertools.count()

    def viewers_without_the_right(self):
        yield self.actors["clerk"]
        for role in ("reviewer", "finance", "admin"):
            actor = self.actors[role]
            yield replace(actor, permissions=actor.permissions - {CONFIDENTIAL})

    def run(self, actor, call) -> str:
        """Everything `call(ctx)` returns, writes and prints, as text; "" when refused."""
        folder = self._runs / str(next(self._n))
        out, inputs = folder / "out", folder / "in"
        out.mkdir(parents=True)
        inputs.mkdir()
        result = None
        try:
            with printed() as stdout, self.db.unit_of_work(actor) as uow:
                result = call(Ctx(uow, self.w, out, inputs, self.actors["admin"]))
                raise _Undo
        except _Undo:
            return "\n".join((repr(result), stdout[0], folder_text(out)))
        except PermissionDenied:
            return ""


@pytest.fixture(scope="module")
def leaks(template_db, tmp_path_factory):
    folder = build_world(template_db, tmp_path_factory.getbasetemp() / "matrix-world")
    db_path, w = copy_world(folder, tmp_path_factory.mktemp("leaks") / "world")
    db = open_database(db_path)
    actors = {role: sign_in(db, role) for role in ("clerk", "reviewer", "finance", "admin")}
    hashes = plant(db, actors["admin"], w.customer_id)
    yield _Leaks(db, w, actors, hashes, tmp_path_factory.mktemp("leak-runs"))
    db.dispose()


def _check(leaks, viewer, surface: str, texts: str, figures) -> None:
    found = shown(leaks.secrets, texts)
    assert not found, f"{surface} shows {sorted(found)} to {viewer.username} without {CONFIDENTIAL}"
    count_pairs(figures, "leaks", len(leaks.secrets))


@pytest.mark.parametrize("action", ACTIONS, ids=lambda action: action.key)
def test_no_action_shows_a_confidential_value_without_the_right(action, leaks, reliability_figures):
    call = _caller(action)
    for viewer in leaks.viewers_without_the_right():
        _check(leaks, viewer, action.key, leaks.run(viewer, call), reliability_figures)
    count_pairs(reliability_figures, "surfaces", 1)
    seen = shown((leaks.hashes,), leaks.run(leaks.actors["admin"], call))
    assert not seen, f"{action.key} shows a password hash to the administrator"


def _caller(action):
    function = action.function()

    def call(ctx):
        try:
            return action.run(function, ctx)
        except action.refusal + action.passed:
            raise PermissionDenied("refused") from None
    return call


def test_every_confidential_column_holds_a_planted_value():
    from neiqin.core.db.base import Base

    declared = {f"{mapper.class_.__tablename__}.{name}" for mapper in Base.registry.mappers
                for name in getattr(mapper.class_, "__confidential__", ())}
    planted = {name for secret in SECRETS for name in (secret.field, *secret.also)} | {"app_user.password_hash"}
    assert declared <= planted, f"plant a value in these confidential columns: {sorted(declared - planted)}"


@pytest.mark.parametrize("role", ("reviewer", "finance", "admin"))
def test_with_the_right_the_values_show_where_they_should(role, leaks):
    by_key = {action.key: action for action in ACTIONS}
    seen_anywhere = set()
    for key, fields in SHOWN_WITH_THE_RIGHT.items():
        action = by_key[key]
        if not set(action.permissions) <= leaks.actors[role].permissions:
            continue  # the audit trail is the reviewer's and the administrator's
        seen = shown(SECRETS, leaks.run(leaks.actors[role], _caller(action)))
        assert fields <= seen, f"{key} hides {sorted(fields - seen)} from the {role}"
        seen_anywhere |= seen
    assert seen_anywhere == {secret.field for secret in SECRETS}, f"planted values the {role} sees nowhere"


# ------------------------------------------------------------------ the shell's own ways to the data


def _lists(c):
    """Every tab's list (the ListQuery of each slice's listing module), every row."""
    import importlib
    import inspect
    from datetime import date

    from neiqin.core.listing import ListState
    from neiqin.modules import MODULES

    fill = {"today": date.today(), "actor": c.actor, "department": None}
    rows = []
    for module in MODULES:
        try:
            listing = importlib.import_module(f"neiqin.modules.{module.id}.listing")
        except ModuleNotFoundError:
            continue
        for name, function in inspect.getmembers(listing, inspect.isfunction):
            if function.__module__ != listing.__name__ or inspect.signature(function).return_annotation != "ListQuery":
                continue
            parameters = inspect.signature(function).parameters
            query = function(**{key: fill[key] for key in parameters if key in fill})
            rows += [(name, row.values) for row in query.page(c.session, ListState(), 0, 1000)]
    return rows


def _exports(c):
    """Every `neiqin export` list, unfiltered."""
    from neiqin.modules import contributions

    return [spec.export(c.uow, c.file(f"{spec.code}.xlsx"), {})
            for _module, contribution in contributions() for spec in getattr(contribution, "LISTS", ())]


def _print_forms(c):
    """Every `neiqin print` form, for a record of the world (the customer's orders and status)."""
    from datetime import date

    from neiqin.modules import contributions

    w = c.w
    numbers = {"order-confirmation": w.order_numbers["confirmed"], "customer-order-status": w.customer_code,
               "reimbursement-claim": w.claim_number, "reimbursement-budget-usage": str(date.today().year),
               "count-sheet": w.counting_number, "meeting-notice": w.meeting_numbers["notified"],
               "meeting-minutes": w.meeting_numbers["reviewed"], "meeting-action-report": w.meeting_numbers["reviewed"],
               "supply-issue-slip": w.supply_issue_number, "supply-purchase-plan": w.supply_plan_number,
               "supply-count-sheet": w.supply_count_number, "lending-slip": w.lending_numbers["issued"],
               "lending-reminder": w.lending_numbers["issued"], "circulation-slip": w.circulating_number,
               "destruction-record": w.batch_number}
    forms = [form for _module, contribution in contributions() for form in getattr(contribution, "PRINT_FORMS", ())]
    assert {form.code for form in forms} == set(numbers), "a print form has no record to print here"
    return [form.render(c.uow, numbers[form.code], c.file(f"{form.code}.pdf")) for form in forms]


def _search(c):
    """The global search for every planted value, the customer's name and code."""
    from neiqin.app.gui import search_provider
    from tests.helpers.matrix.customers import NAME

    texts = [form for secret in SECRETS for form in secret.forms] + [NAME, c.w.customer_code]
    return [search_provider(c.session, c.actor, text, 50) for text in texts]


def _dashboard(c):
    from datetime import date

    from neiqin.app.gui import dashboard_provider

    return dashboard_provider(c.session, c.actor, date.today())


def _histories(c):
    """The history of the customer's records as the record view shows it (without audit.view)."""
    from sqlalchemy import text

    hidden = audit.hidden_fields_for(c.actor.permissions)
    rows = [("customer", c.w.customer_id)]
    for table in ("customer_payment", "customer_rating_change", "customer_contact"):
        rows += [(table, row_id) for (row_id,) in c.session.execute(
            text(f"SELECT id FROM {table} WHERE customer_id = :id"), {"id": c.w.customer_id})]
    return [audit.record_history(c.session, table, row_id, hidden.get(table, frozenset())) for table, row_id in rows]


def _command_line(c):
    """`neiqin search` for the values and `neiqin audit`, signed in as the viewer (on a copy whose
    role grants are the viewer's)."""
    from neiqin.__main__ import build_parser
    from neiqin.app.commands import cmd_audit, cmd_search
    from tests.helpers.matrix.core import _copy

    copy = str(_copy(c))
    for secret in SECRETS:
        cmd_search(build_parser().parse_args(["search", secret.forms[0], "--db", copy, "--user", c.actor.username]))
    try:
        cmd_audit(build_parser().parse_args(["audit", "--db", copy, "--user", c.actor.username, "--limit", "5000"]))
    except PermissionDenied:
        pass
    return None


SURFACES = {"tab lists": _lists, "neiqin export lists": _exports, "neiqin print forms": _print_forms,
            "global search": _search, "dashboard": _dashboard, "record history": _histories,
            "command line search and audit": _command_line}


@pytest.mark.parametrize("surface", SURFACES, ids=str)
def test_no_shell_surface_shows_a_confidential_value_without_the_right(surface, leaks, reliability_figures):
    for viewer in leaks.viewers_without_the_right():
        _check(leaks, viewer, surface, leaks.run(viewer, SURFACES[surface]), reliability_figures)
    count_pairs(reliability_figures, "surfaces", 1)
    admin = leaks.actors["admin"]
    assert leaks.hashes.field not in shown(leaks.secrets, leaks.run(admin, SURFACES[surface])), surface


def test_the_search_index_holds_no_confidential_value(leaks):
    from neiqin.core.search import search

    with leaks.db.read() as session:
        hits = {form: search(session, form, None, 5) for secret in leaks.secrets for form in secret.forms[:1]}
    assert not any(hits.values()), {form: hit for form, hit in hits.items() if hit}

