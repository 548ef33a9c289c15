"""Messages the cockpit service raises, kept in the domain so ``lupdate`` (which scans
``ui/`` and ``domain/``) puts them in the translation files (context "Validation")."""

from __future__ import annotations

from showroom_app.domain.text import QT_TRANSLATE_NOOP

CHOOSE_FROM_LIST = QT_TRANSLATE_NOOP("Validation", "Choose a value from the list.")
TOO_LONG = QT_TRANSLATE_NOOP("Validation", "Use at most {max_len} characters.")
SELF_REFERRAL = QT_TRANSLATE_NOOP("Validation", "A customer cannot refer themselves.")
UNKNOWN_ITEM = QT_TRANSLATE_NOOP("Validation", "This checklist item is not in the process.")
UNKNOWN_STAGE = QT_TRANSLATE_NOOP("Validation", "Unknown stage code: {stage}.")
UNKNOWN_LEVEL = QT_TRANSLATE_NOOP("Validation", "Unknown intent level: {level}.")
CONFIRM_DEMOTION = QT_TRANSLATE_NOOP("Validation", "Lower the intent level from {old} to {new}?")
REOPEN_FIRST = QT_TRANSLATE_NOOP("Validation", "Reopen the opportunity first.")
NOT_CLOSED = QT_TRANSLATE_NOOP("Validation", "Only a closed opportunity can be reopened.")
NOT_TEST_CAR = QT_TRANSLATE_NOOP("Validation", "Choose a car flagged as a test car.")
DRIVE_STARTED = QT_TRANSLATE_NOOP("Validation", "This test drive has already started.")
LICENCE_UNCHECKED = QT_TRANSLATE_NOOP("Validation", "Check the driving licence first.")
AGREEMENT_UNSIGNED = QT_TRANSLATE_NOOP(
    "Validation", "The test-drive agreement must be signed before the drive."
)
DRIVE_NOT_STARTED = QT_TRANSLATE_NOOP("Validation", "Start the test drive first.")
