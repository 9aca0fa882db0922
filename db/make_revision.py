"""Make a new Alembic revision for one slice (or core) by comparing its models to the schema.

    .venv/bin/python db/make_revision.py customers "customer files"

Each slice has its own Alembic branch labelled with its id; the first revision of a slice
starts from the core base. Only tables of that slice are compared, so slices developed side by
side never write each other's tables.
"""

from __future__ import annotations

import sys
import tempfile
from pathlib import Path

from alembic import command
from sqlalchemy import create_engine

from neiqin.core.db import migrate
from neiqin.modules import CORE_MODEL_MODULES, MODULES, load_all_models


def _tables_of(slice_id: str) -> set[str]:
    metadata = load_all_models()
    from neiqin.core.db.base import Base

    prefixes = CORE_MODEL_MODULES if slice_id == "core" else (f"neiqin.modules.{slice_id}.",)
    names = set()
    for mapper in Base.registry.mappers:
        module = mapper.class_.__module__
        if any(module == p or module.startswith(p) for p in prefixes):
            names.update(table.name for table in mapper.tables)
    # association tables without a mapped class follow their owners' module by name prefix
    return names & set(metadata.tables)


def _core_head(script) -> str:
    """The head of the core chain: the revisions outside every module's branch; its head has no core child."""
    revisions = list(script.walk_revisions())
    children: dict[str, list[str]] = {}
    for rev in revisions:
        downs = (rev.down_revision,) if isinstance(rev.down_revision, str) else (rev.down_revision or ())
        for down in downs:
            children.setdefault(down, []).append(rev.revision)
    module_revs: set[str] = set()
    own = {rev.revision: set(getattr(rev, "_orig_branch_labels", rev.branch_labels) or ()) for rev in revisions}
    stack = [rev.revision for rev in revisions if own[rev.revision] - {"core"}]
    while stack:
        current = stack.pop()
        if current not in module_revs:
            module_revs.add(current)
            stack.extend(children.get(current, ()))
    core = [rev.revision for rev in revisions if rev.revision not in module_revs]
    return next(rev for rev in core if not any(child in core for child in children.get(rev, ())))


def main(slice_id: str, message: str) -> None:
    if slice_id != "core" and slice_id not in {m.id for m in MODULES}:
        raise SystemExit(f"unknown slice {slice_id!r}; register it in neiqin.modules.MODULES first")
    tables = _tables_of(slice_id)
    script = migrate.script_directory()
    heads = {rev.revision: rev for rev in script.get_revisions("heads")}
    own_head = next((rev for rev in heads.values() if slice_id in (rev.branch_labels or ())), None)
    if own_head is None:
        for rev in script.walk_revisions():
            if slice_id in (rev.branch_labels or ()):
                own_head = rev
    with tempfile.TemporaryDirectory() as tmp:
        engine = create_engine(f"sqlite:///{Path(tmp) / 'schema.db'}")
        if heads:
            command.upgrade(migrate.alembic_config(engine), "heads")
        config = migrate.alembic_config(engine)

        def include_object(obj, name, type_, reflected, compare_to):
            table = obj if type_ == "table" else getattr(obj, "table", None)
            table_name = name if type_ == "table" else (table.name if table is not None else None)
            return table_name in tables

        config.attributes["include_object"] = include_object
        kwargs = {}
        if slice_id == "core" and own_head is not None:
            kwargs["head"] = _core_head(script)
        elif own_head is not None:
            kwargs["head"] = f"{slice_id}@head"
        elif slice_id == "core":
            kwargs["head"] = "base"
            kwargs["branch_label"] = "core"
        else:  # a new slice starts from the head of the core chain
            kwargs["head"] = _core_head(script)
            kwargs["branch_label"] = slice_id
            kwargs["splice"] = True
        revision = command.revision(config, message=message, autogenerate=True, **kwargs)
        print(f"wrote {revision.path}")


if __name__ == "__main__":
    if len(sys.argv) != 3:
        raise SystemExit(__doc__)
    main(sys.argv[1], sys.argv[2])
