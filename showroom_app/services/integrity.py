"""``showroom check``: is the database sound, and which schema does it have?"""

from __future__ import annotations

from sqlalchemy import text

from showroom_app.db.migrate import current_revision, head_revision
from showroom_app.domain.records import IntegrityReport
from showroom_app.services.database import Database

COUNTED_TABLES = (
    "dealership",
    "users",
    "customers",
    "customer_phones",
    "brands",
    "vehicle_models",
    "trims",
    "stock_vehicles",
    "opportunities",
    "interactions",
    "follow_up_tasks",
)


def check_database(db: Database) -> IntegrityReport:
    revision = current_revision(db.engine)
    with db.read_engine.connect() as conn:
        if db.engine.dialect.name == "sqlite":
            rows = conn.exec_driver_sql("PRAGMA integrity_check").fetchall()
            integrity = "ok" if rows and rows[0][0] == "ok" else "; ".join(r[0] for r in rows)
            fk = len(conn.exec_driver_sql("PRAGMA foreign_key_check").fetchall())
        else:
            integrity, fk = "ok", 0
        counts = {
            t: int(conn.execute(text(f'SELECT COUNT(*) FROM "{t}"')).scalar() or 0)
            for t in COUNTED_TABLES
        }
        conn.rollback()
    return IntegrityReport(
        database=db.location,
        schema_revision=revision,
        head_revision=head_revision(),
        integrity=integrity,
        foreign_key_problems=fk,
        counts=counts,
    )
