"""PySide6 6.12 on CPython 3.11 leaks one reference to None per signal; the guard holds."""

from __future__ import annotations

import PySide6
from PySide6.QtWidgets import QApplication, QPushButton

from showroom_app.ui.qt_guard import RESERVE, needs_guard, none_refcount, protect_none

CLICKS = 20_000  # four times None's own references: without the guard this aborts


def test_the_app_survives_more_signals_than_none_has_references(qapp: QApplication) -> None:
    protect_none()
    button = QPushButton()
    seen: list[int] = []
    button.clicked.connect(lambda: seen.append(1))
    for _ in range(CLICKS):
        button.click()
    assert len(seen) == CLICKS
    if needs_guard(PySide6.__version__):
        assert none_refcount() > RESERVE // 2
    button.deleteLater()


def test_the_guard_is_applied_only_where_the_leak_is() -> None:
    assert needs_guard("6.12.0", (3, 11))
    assert not needs_guard("6.12.0", (3, 12))
    assert not needs_guard("6.11.3", (3, 11))


def test_the_guard_is_applied_once() -> None:
    protect_none()
    level = none_refcount()
    assert protect_none() is False
    assert none_refcount() <= level + 5
