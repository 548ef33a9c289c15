"""Row filters for "a salesperson sees their own and unassigned records"."""

from __future__ import annotations

from typing import Any

from sqlalchemy import ColumnElement, or_, true

from showroom_app.domain.permissions import may_see_customer
from showroom_app.services.app_settings import AppSettingsService
from showroom_app.services.session import DeskSession


def visible_filter(
    session: DeskSession, settings: AppSettingsService, assigned_column: Any
) -> ColumnElement[bool]:
    """SQL condition on ``assigned_column`` (a user id) for what the signed-in user may see."""
    user = session.require_user()
    if may_see_customer(
        user.role, user.id, -1, all_visible=settings.policy().all_customers_visible
    ):
        return true()
    return or_(assigned_column == user.id, assigned_column.is_(None))
