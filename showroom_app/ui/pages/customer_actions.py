"""Actions on the selected customer that need care: reassign, export their data, erase.

Each asks the service and lets it decide (roles are enforced there); when the service
wants the PIN again, the PIN dialog appears and the action is retried once.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TypeVar

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from showroom_app.domain.errors import NotFound, PermissionDenied, ShowroomError
from showroom_app.services.container import Services
from showroom_app.services.session import ReauthenticationRequired
from showroom_app.ui import labels, messages

T = TypeVar("T")


def with_fresh_pin(parent: QWidget, services: Services, action: Callable[[], T]) -> T | None:
    """Run ``action``; if it needs the PIN again, ask for it and retry once."""
    try:
        return action()
    except ReauthenticationRequired:
        from showroom_app.ui.sign_in import ask_pin

        if not ask_pin(parent, services.auth):
            return None
        return action()


def _report(parent: QWidget, exc: ShowroomError) -> None:
    if isinstance(exc, PermissionDenied):
        messages.critical(
            parent,
            QCoreApplication.translate("CustomerActions", "Not allowed"),
            QCoreApplication.translate("CustomerActions", "Your role does not allow this action."),
        )
    elif isinstance(exc, NotFound):
        messages.critical(
            parent,
            QCoreApplication.translate("CustomerActions", "Not found"),
            QCoreApplication.translate("CustomerActions", "This customer no longer exists."),
        )
    else:
        messages.critical(parent, QCoreApplication.translate("CustomerActions", "Error"), str(exc))


def reassign(parent: QWidget, services: Services, customer_id: int) -> bool:
    users = services.settings.users()
    names = [f"{u.name} · {labels.role(u.role.value)}" for u in users]
    names.append(QCoreApplication.translate("CustomerActions", "Nobody (unassigned)"))
    index = messages.choose_item(
        parent,
        QCoreApplication.translate("CustomerActions", "Reassign customer"),
        QCoreApplication.translate("CustomerActions", "New sales consultant:"),
        names,
    )
    if index < 0:
        return False
    target = users[index].id if index < len(users) else None
    try:
        services.customers.reassign(customer_id, target)
    except ShowroomError as exc:
        _report(parent, exc)
        return False
    return True


def export_data(parent: QWidget, services: Services, customer_id: int) -> Path | None:
    path = messages.save_file_name(
        parent,
        QCoreApplication.translate("CustomerActions", "Export the customer's data"),
        f"customer-{customer_id}.zip",
        QCoreApplication.translate("CustomerActions", "ZIP archive (*.zip)"),
    )
    if not path:
        return None
    try:
        blob = with_fresh_pin(
            parent, services, lambda: services.privacy.export_customer(customer_id)
        )
    except ShowroomError as exc:
        _report(parent, exc)
        return None
    if blob is None:
        return None
    target = Path(path)
    try:
        target.write_bytes(blob)
    except OSError as exc:
        messages.critical(
            parent,
            QCoreApplication.translate("CustomerActions", "Not saved"),
            QCoreApplication.translate(
                "CustomerActions", "The file could not be written: %1"
            ).replace("%1", exc.strerror or str(exc)),
        )
        return None
    return target


def erase(parent: QWidget, services: Services, customer_id: int, display_name: str) -> bool:
    if not messages.ask(
        parent,
        QCoreApplication.translate("CustomerActions", "Erase customer"),
        QCoreApplication.translate(
            "CustomerActions",
            "Erase every piece of personal data of %1 (name, phones, address, ID, notes)? "
            "Deal records stay for the books. This cannot be undone.",
        ).replace("%1", display_name),
    ):
        return False
    try:
        done = with_fresh_pin(parent, services, lambda: services.privacy.erase(customer_id) or True)
    except ShowroomError as exc:
        _report(parent, exc)
        return False
    return bool(done)
