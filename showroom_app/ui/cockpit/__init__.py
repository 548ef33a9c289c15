"""The sales cockpit (issue 5): one window per opportunity, stage bar and stage pages."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QWidget

from showroom_app.domain.errors import NotFound
from showroom_app.ui import messages
from showroom_app.ui.cockpit.dialog import CockpitDialog
from showroom_app.ui.context import AppContext

__all__ = ["CockpitDialog", "open_cockpit"]


def open_cockpit(
    parent: QWidget | None, ctx: AppContext, opportunity_id: int
) -> CockpitDialog | None:
    """Open (or raise) the cockpit window of an opportunity; None when it cannot be shown."""
    if parent is not None:
        for existing in parent.findChildren(CockpitDialog):
            if existing.opportunity_id == opportunity_id and existing.isVisible():
                existing.raise_()
                existing.activateWindow()
                return existing
    try:
        dialog = CockpitDialog(ctx, opportunity_id, parent)
    except NotFound:
        messages.critical(
            parent,
            QCoreApplication.translate("CockpitDialog", "Opportunity not found"),
            QCoreApplication.translate(
                "CockpitDialog", "This opportunity no longer exists or is not yours to see."
            ),
        )
        return None
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, True)
    dialog.show()
    dialog.raise_()
    return dialog
