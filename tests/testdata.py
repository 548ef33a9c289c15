"""Constants shared by test modules (importable: pytest puts ``tests/`` on ``sys.path``)."""

from __future__ import annotations

from datetime import date

#: The fixed "today" of the demo fixtures, so expectations never depend on the calendar.
DEMO_TODAY = date(2026, 11, 29)
