"""DocumentService part: the needs summary (需求確認單) of an opportunity."""

from __future__ import annotations


class NeedsDocumentsMixin:
    """Mixed into ``DocumentService`` (services/documents.py), which provides ``_db``,
    ``_session``, ``_audit``, ``_settings``, ``_dealership``, ``_customers``, ``_clock``
    and ``_options(dealer, language, paper)``."""
