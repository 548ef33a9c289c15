"""Messages the deal-desk services raise, listed here so ``lupdate`` (which scans the UI
and the domain only) extracts them for the translators; ``test_stage_closing`` checks the
list against the services."""

from __future__ import annotations

from showroom_app.domain.text import QT_TRANSLATE_NOOP

SERVICE_MESSAGES = (
    QT_TRANSLATE_NOOP("Validation", "A contract needs at least one clause."),
    QT_TRANSLATE_NOOP("Validation", "An application that is {current} cannot become {new}."),
    QT_TRANSLATE_NOOP("Validation", "Choose a document language."),
    QT_TRANSLATE_NOOP("Validation", "Choose from the list."),
    QT_TRANSLATE_NOOP("Validation", "Choose one of the deal's loans."),
    QT_TRANSLATE_NOOP("Validation", "Complete the deal's figures first."),
    QT_TRANSLATE_NOOP("Validation", "Create the contract first."),
    QT_TRANSLATE_NOOP("Validation", "Enter a number from {low} to {high}."),
    QT_TRANSLATE_NOOP(
        "Validation",
        "Enter the day the buyer took the contract home to review (at least {days} days "
        "before signing).",
    ),
    QT_TRANSLATE_NOOP("Validation", "Enter the signing date."),
    QT_TRANSLATE_NOOP("Validation", "Issue the deposit receipt first."),
    QT_TRANSLATE_NOOP("Validation", "Note the lender's reason."),
    QT_TRANSLATE_NOOP("Validation", "Pick a stock unit or a trim to order."),
    QT_TRANSLATE_NOOP("Validation", "Record the customer's consent to the credit check first."),
    QT_TRANSLATE_NOOP("Validation", "Say why the request is rejected."),
    QT_TRANSLATE_NOOP(
        "Validation",
        "The buyer must have at least {days} days to review the contract: signing is "
        "possible from {earliest}.",
    ),
    QT_TRANSLATE_NOOP(
        "Validation", "The deal is contracted or closed: its car and price can no longer change."
    ),
    QT_TRANSLATE_NOOP("Validation", "The discount needs a manager's approval before the contract."),
    QT_TRANSLATE_NOOP(
        "Validation", "The discount needs a manager's approval before this can be printed."
    ),
    QT_TRANSLATE_NOOP("Validation", "The review date cannot be after signing."),
    QT_TRANSLATE_NOOP("Validation", "There is no request waiting for a decision."),
    QT_TRANSLATE_NOOP("Validation", "This contract records no deposit."),
    QT_TRANSLATE_NOOP("Validation", "This date cannot be before signing."),
    QT_TRANSLATE_NOOP("Validation", "This stock unit does not exist."),
    QT_TRANSLATE_NOOP("Validation", "This trim does not exist."),
    QT_TRANSLATE_NOOP(
        "Validation", "This unit is reserved or sold already. Pick another one or order the trim."
    ),
    QT_TRANSLATE_NOOP("Validation", "Use at most {max_len} characters."),
)

__all__ = ["SERVICE_MESSAGES"]
