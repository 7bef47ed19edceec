"""SQLAlchemy storage: engine and pragmas, ORM tables, migrations, locks and backups."""
