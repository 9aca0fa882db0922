"""The facts a person gives for one step of a document's state machine (a carrier and tracking
number when shipping, a payment method when paying): checked against the step's declared fields.

A step declares `fields`, each with `name`, `label`, `required` and an optional `check(raw)` that
returns the clean value or raises ValidationError. Unknown details and missing required ones are
refused in words; empty optional ones are left out.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any

from neiqin.core.errors import QT_TRANSLATE_NOOP, ValidationError

_EMPTY = (None, "", {})


def step_facts(fields: Iterable[Any], data: Mapping[str, Any]) -> dict[str, Any]:
    fields = tuple(fields)
    unknown = set(data) - {spec.name for spec in fields} - {"comment"}
    if unknown:
        raise ValidationError(QT_TRANSLATE_NOOP("errors", "Unknown detail for this step: {names}."),
                              field=sorted(unknown)[0], names=", ".join(sorted(unknown)))
    facts: dict[str, Any] = {}
    for spec in fields:
        raw = data.get(spec.name)
        value = None if any(raw is empty or raw == empty for empty in _EMPTY) else \
            (spec.check(raw) if spec.check else raw)
        if any(value is empty or value == empty for empty in _EMPTY):
            if spec.required:
                raise ValidationError(QT_TRANSLATE_NOOP("errors", "“{label}” is required for this step."),
                                      field=spec.name, label=spec.label)
            continue
        facts[spec.name] = value
    return facts
