"""Alembic environment: always runs on a connection handed over by ``db.migrate``.

The caller owns the transaction (one transaction for the whole upgrade, foreign keys
off), so this script only configures the context and runs the migrations.
"""

from __future__ import annotations

from alembic import context

from showroom_app.db.migrate import include_object
from showroom_app.db.models import Base

connection = context.config.attributes.get("connection")
if connection is None:  # pragma: no cover - only reachable from the alembic CLI
    raise RuntimeError("Run migrations through showroom_app.db.migrate, not the alembic CLI.")


context.configure(
    connection=connection,
    include_object=include_object,
    target_metadata=Base.metadata,
    render_as_batch=True,
    transaction_per_migration=False,
    compare_type=True,
)
with context.begin_transaction():
    context.run_migrations()
