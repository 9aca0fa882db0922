"""Alembic environment: the application's models, SQLite batch mode, an engine handed in."""

from __future__ import annotations

from alembic import context
from sqlalchemy import create_engine

from neiqin.modules import load_all_models

config = context.config


def render_item(type_, obj, autogen_context):
    """Write the application's column types as their plain SQL types, so revisions never import
    application code that may change later."""
    from sqlalchemy.types import TypeDecorator

    if type_ == "type" and isinstance(obj, TypeDecorator):
        impl = obj.impl if isinstance(obj.impl, type) is False else obj.impl()
        return f"sa.{impl!r}"
    return False
target_metadata = load_all_models()


def include_name(name, type_, parent_names):
    """The full-text index is plain SQL (an FTS5 virtual table), not a model: never compared."""
    from neiqin.core.search import is_search_table

    return not (type_ == "table" and is_search_table(name))


def run_migrations_online() -> None:
    engine = config.attributes.get("engine")
    if engine is None:
        url = config.get_main_option("sqlalchemy.url")
        engine = create_engine(url)
    with engine.connect() as connection:
        context.configure(
            connection=connection,
            target_metadata=target_metadata,
            render_as_batch=connection.dialect.name == "sqlite",
            compare_type=True,
            render_item=render_item,
            include_object=config.attributes.get("include_object"),
            include_name=include_name,
        )
        with context.begin_transaction():
            context.run_migrations()
        connection.commit()


if context.is_offline_mode():
    context.configure(url=config.get_main_option("sqlalchemy.url"), target_metadata=target_metadata,
                      literal_binds=True)
    with context.begin_transaction():
        context.run_migrations()
else:
    run_migrations_online()
