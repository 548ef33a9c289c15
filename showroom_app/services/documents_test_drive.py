"""DocumentService part: the test-drive agreement (試乘試駕協議書)."""

from __future__ import annotations


class TestDriveDocumentsMixin:
    """Mixed into ``DocumentService`` (services/documents.py), which provides ``_db``,
    ``_session``, ``_audit``, ``_settings``, ``_dealership``, ``_customers``, ``_clock``
    and ``_options(dealer, language, paper)``."""
