"""Custom column types.

Money is stored as integer minor units (cents) in a BIGINT column: SQLite keeps
``Numeric`` as REAL, and a plain SQL ``SUM`` of 10,000 × 0.10 then comes back as
1000.0000000001588. Python sees ``Decimal`` only.
"""

from __future__ import annotations

from decimal import Decimal
from typing import Any

from sqlalchemy import BigInteger
from sqlalchemy.engine import Dialect
from sqlalchemy.types import TypeDecorator

from showroom_app.domain.money import from_minor_units, to_minor_units


class Money(TypeDecorator[Decimal]):
    """A monetary amount: ``Decimal`` in Python, integer cents in the database."""

    impl = BigInteger
    cache_ok = True

    def process_bind_param(self, value: Any, dialect: Dialect) -> int | None:
        if value is None:
            return None
        if isinstance(value, float):
            raise TypeError("money must never be a float")
        if isinstance(value, int) and not isinstance(value, bool):
            value = Decimal(value)
        if not isinstance(value, Decimal):
            raise TypeError(f"money must be a Decimal, got {type(value).__name__}")
        return to_minor_units(value)

    def process_result_value(self, value: Any, dialect: Dialect) -> Decimal | None:
        if value is None:
            return None
        return from_minor_units(int(value))
