"""A guard against a reference-counting bug of PySide6 6.12 on CPython 3.11.

Measured here: with PySide6 6.12.0 every signal delivered to a Python callable (a slot,
a function, a lambda, a timer's ``timeout``) takes one reference from ``None`` and never
gives it back. ``None`` starts with about 5,000 references, so after some thousands of
clicks, keystrokes and timer ticks CPython frees ``None`` and aborts with "Fatal Python
error: none_dealloc" — within an hour at the desk. PySide6 6.11.3 does not leak, but its
PDF module is not available separately for it; from CPython 3.12 on ``None`` is immortal
and the lost references do no harm.

So on CPython < 3.12 with PySide6 6.12.x the application gives ``None`` (and ``True``
and ``False``) a reserve of
2**40 references once at start-up (``None`` is never freed anyway); at one leaked
reference per signal that lasts longer than any machine runs. ``tests/ui/test_qt_guard.py``
shows the leak and that the guard holds.
"""

from __future__ import annotations

import ctypes
import sys

RESERVE = 1 << 40


def needs_guard(pyside_version: str, python: tuple[int, int] | None = None) -> bool:
    version = python or (sys.version_info.major, sys.version_info.minor)
    return (
        sys.implementation.name == "cpython"
        and version < (3, 12)
        and pyside_version.startswith("6.12.")
    )


def protect_none() -> bool:
    """Give ``None`` its reserve of references when this PySide6 needs it; True if done."""
    import PySide6

    if not needs_guard(PySide6.__version__) or none_refcount() > RESERVE // 2:
        return False
    # ob_refcnt is the first field of every object in CPython 3.11 (non-debug builds).
    # True and False too: aborts in "bool_dealloc" were seen at interpreter exit after long
    # test runs, though the leak could not be pinned to one call.
    for singleton in (None, True, False):
        ctypes.c_ssize_t.from_address(id(singleton)).value += RESERVE
    return True


def none_refcount() -> int:
    return sys.getrefcount(None)
