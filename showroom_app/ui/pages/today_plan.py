"""Today's plan: the day's appointments (by time) followed by the follow-ups due and overdue,
H and A customers first — one list, the one the Today page always had, extended.

Opening a row opens what it is about: an appointment's opportunity in the cockpit (its
customer when it has none), a task's customer.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from PySide6.QtWidgets import QWidget

from showroom_app.domain.records import TaskRow
from showroom_app.services.appointments import AppointmentRow, AppointmentStatus, plan_order
from showroom_app.ui.context import AppContext


@dataclass(frozen=True)
class PlanRow:
    """One line of the plan: an appointment or a follow-up task."""

    appointment: AppointmentRow | None = None
    task: TaskRow | None = None

    @property
    def customer_id(self) -> int:
        if self.appointment is not None:
            return self.appointment.customer_id
        assert self.task is not None
        return self.task.customer_id

    @property
    def opportunity_id(self) -> int | None:
        return self.appointment.opportunity_id if self.appointment is not None else None


def build_plan(appointments: Sequence[AppointmentRow], tasks: Sequence[TaskRow]) -> list[PlanRow]:
    """Live appointments by start time (cancelled ones left out), then the tasks, H and A
    customers first."""
    live = [a for a in appointments if a.status is not AppointmentStatus.CANCELLED]
    return [PlanRow(appointment=a) for a in sorted(live, key=lambda a: a.starts_at)] + [
        PlanRow(task=t) for t in sorted(tasks, key=plan_order)
    ]


def open_customer_work(
    parent: QWidget, ctx: AppContext, opportunity_id: int | None, customer_id: int
) -> None:
    """The cockpit of the opportunity, or the customer's profile when there is none."""
    if opportunity_id is not None:
        from showroom_app.ui.cockpit import open_cockpit

        open_cockpit(parent, ctx, opportunity_id)
        return
    from showroom_app.ui.profile import CustomerProfileDialog

    dialog = CustomerProfileDialog(ctx, customer_id, parent)
    dialog.show()
