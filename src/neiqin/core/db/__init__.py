"""Database kernel: base model, engine, unit of work, migrations."""
