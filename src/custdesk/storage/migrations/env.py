"""Alembic environment: migrations run only through ``custdesk.storage.migrate``.

That module hands over a connection opened with foreign_keys=OFF and already inside a transaction,
so a table rebuild (batch mode) cannot cascade-delete child rows, and a failed upgrade rolls back
whole.
"""

from alembic import context

from custdesk.storage.orm import Base, is_managed_table

connection = context.config.attributes.get("connection")
if connection is None:
    raise RuntimeError("Run CustDesk migrations through custdesk.storage.migrate.upgrade_database")

context.configure(
    connection=connection,
    target_metadata=Base.metadata,
    render_as_batch=True,
    compare_type=True,
    include_name=lambda name, type_, _parent: type_ != "table" or is_managed_table(name),
)
with context.begin_transaction():
    context.run_migrations()
