"""Who may do what at a shared desk. Pure rules; the services enforce them.

Roles (issue 3): a salesperson works their own customers (plus unassigned ones, or every
customer when the dealership turns on "all customers visible"); a manager sees everything,
sees costs and margins, approves and reassigns; an administrator is also a manager and
manages the users. The first user of a new installation is an administrator.
"""

from __future__ import annotations

from enum import StrEnum

from showroom_app.domain.enums import Role


class Capability(StrEnum):
    SEE_COST = "see_cost"  # dealer cost, gross profit, margin
    APPROVE = "approve"  # discounts over the threshold, lost-deal confirmation
    REASSIGN = "reassign"  # move a customer to another salesperson
    VIEW_AUDIT = "view_audit"
    MANAGE_USERS = "manage_users"  # add users, reset PINs, deactivate
    SEE_ALL_CUSTOMERS = "see_all_customers"
    EXPORT = "export"  # customer data out of the application
    ERASE = "erase"  # forget a customer on request
    EDIT_SETTINGS = "edit_settings"


MANAGER_CAPABILITIES = frozenset(
    {
        Capability.SEE_COST,
        Capability.APPROVE,
        Capability.REASSIGN,
        Capability.VIEW_AUDIT,
        Capability.SEE_ALL_CUSTOMERS,
        Capability.EXPORT,
        Capability.ERASE,
        Capability.EDIT_SETTINGS,
    }
)

CAPABILITIES: dict[Role, frozenset[Capability]] = {
    Role.SALESPERSON: frozenset({Capability.EXPORT}),
    Role.MANAGER: MANAGER_CAPABILITIES,
    Role.ADMINISTRATOR: MANAGER_CAPABILITIES | {Capability.MANAGE_USERS},
}


def can(role: Role, capability: Capability) -> bool:
    return capability in CAPABILITIES[role]


def is_manager(role: Role) -> bool:
    return role in (Role.MANAGER, Role.ADMINISTRATOR)


def may_see_customer(
    role: Role,
    user_id: int,
    assigned_user_id: int | None,
    *,
    all_visible: bool = False,
) -> bool:
    """A salesperson sees their own and unassigned customers; managers see everyone."""
    if is_manager(role) or all_visible:
        return True
    return assigned_user_id is None or assigned_user_id == user_id


def may_approve(role: Role, approver_id: int, requester_id: int) -> bool:
    """Managers approve, but nobody approves their own request."""
    return can(role, Capability.APPROVE) and approver_id != requester_id


#: PIN rules: digits or a password, 4 to 64 characters.
PIN_MIN, PIN_MAX = 4, 64

#: Failed sign-ins allowed before waiting starts, and the longest wait (seconds).
FREE_ATTEMPTS = 3
MAX_DELAY_SECONDS = 300


def sign_in_delay(failed_attempts: int) -> int:
    """Seconds to wait before the next try: 0 for the first few, then 5, 10, 20 … ≤ 5 min."""
    if failed_attempts < FREE_ATTEMPTS:
        return 0
    return int(min(5 * 2 ** (failed_attempts - FREE_ATTEMPTS), MAX_DELAY_SECONDS))
