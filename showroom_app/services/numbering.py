"""Document numbers from per-dealership sequences (contracts, receipts).

A number is taken inside the caller's write transaction (``BEGIN IMMEDIATE`` serialises
writers), so two desks can never receive the same number, and a transaction that rolls
back gives its number back: the sequence has no gaps from failed saves. The format is
``<PREFIX>-<YEAR>-<000001>``; each (kind, year) has its own sequence.
"""

from __future__ import annotations

from datetime import date

from sqlalchemy.orm import Session

from showroom_app.db.models import NumberSequence

PREFIXES = {"contract": "SC", "receipt": "RC", "quotation": "QT"}
WIDTH = 6


def next_number(s: Session, kind: str, on: date) -> str:
    """The next number of ``kind`` for the year of ``on``, reserved in session ``s``."""
    prefix = PREFIXES[kind]
    name = f"{kind}:{on.year}"
    row = s.get(NumberSequence, name)
    if row is None:
        row = NumberSequence(name=name, next_value=1)
        s.add(row)
        s.flush()
    value = row.next_value
    row.next_value = value + 1
    s.flush()
    return f"{prefix}-{on.year}-{value:0{WIDTH}d}"
