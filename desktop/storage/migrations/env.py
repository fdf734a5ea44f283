"""Alembic environment: runs on the connection that ``desktop.storage.database``
hands over in ``config.attributes["connection"]`` (no alembic.ini needed)."""
from __future__ import annotations

from alembic import context

from desktop.storage.schema import Base

config = context.config
connection = config.attributes.get("connection")
if connection is None:  # pragma: no cover - only when run by the alembic CLI
    from sqlalchemy import create_engine

    connection = create_engine(config.get_main_option("sqlalchemy.url")).connect()

context.configure(
    connection=connection,
    target_metadata=Base.metadata,
    render_as_batch=True,  # SQLite can only ALTER through table copies
    compare_type=True,
)
with context.begin_transaction():
    context.run_migrations()
