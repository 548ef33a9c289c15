"""Messages of the delivery rules (``domain.delivery``), kept together so ``lupdate`` puts
them in the translation files (context "Validation", shown by ``ui.messages``)."""

from __future__ import annotations

from showroom_app.domain.text import QT_TRANSLATE_NOOP

VIN_MISMATCH = QT_TRANSLATE_NOOP(
    "Validation", "The delivered VIN {vin} is not the contract's VIN {contract}."
)
CONTRACT_VIN_MISSING = QT_TRANSLATE_NOOP(
    "Validation", "The contract has no VIN; add it to the contract first."
)
PDI_UNSIGNED = QT_TRANSLATE_NOOP("Validation", "A technician must sign the PDI before delivery.")
PDI_AFTER_DELIVERY = QT_TRANSLATE_NOOP(
    "Validation", "The PDI ({pdi}) must be dated on or before the delivery ({delivery})."
)
KEYS_REQUIRED = QT_TRANSLATE_NOOP("Validation", "Count the keys handed over: at least one.")
ADVISOR_REQUIRED = QT_TRANSLATE_NOOP(
    "Validation", "Enter the service advisor introduced to the customer."
)
ODOMETER_REQUIRED = QT_TRANSLATE_NOOP("Validation", "Enter the odometer reading.")
DELIVERY_FUTURE = QT_TRANSLATE_NOOP("Validation", "The delivery date cannot be in the future.")
RANGE = QT_TRANSLATE_NOOP("Validation", "Enter a number from {low} to {high}.")
TOO_LONG = QT_TRANSLATE_NOOP("Validation", "Use at most {max_len} characters.")
NOT_ON_CHECKLIST = QT_TRANSLATE_NOOP(
    "Validation", "This item is not on the checklist for this car."
)
DEFECT_NOTE = QT_TRANSLATE_NOOP("Validation", "Describe the defect and the agreed fix.")
NA_REASON = QT_TRANSLATE_NOOP("Validation", "Give a one-line reason why this does not apply.")
ONE_LINE = QT_TRANSLATE_NOOP("Validation", "Keep the note to one line.")
PDI_OPEN_ITEMS = QT_TRANSLATE_NOOP(
    "Validation", "Record every PDI item before signing ({count} still open)."
)
TECHNICIAN_REQUIRED = QT_TRANSLATE_NOOP("Validation", "Enter the technician who signs the PDI.")
PDI_FUTURE = QT_TRANSLATE_NOOP("Validation", "The PDI cannot be signed in the future.")
ODOMETER_OVER = QT_TRANSLATE_NOOP(
    "Validation",
    "The odometer shows {odometer} km, more than the contract's maximum of {max_km} km.",
)
PAYMENT_OPEN = QT_TRANSLATE_NOOP("Validation", "The payment is not recorded as settled.")
LOAN_OPEN = QT_TRANSLATE_NOOP("Validation", "The loan is not recorded as disbursed.")
DOCUMENTS_OPEN = QT_TRANSLATE_NOOP(
    "Validation", "Documents neither ticked as handed over nor marked not applicable: {count}."
)
PDI_DEFECTS = QT_TRANSLATE_NOOP(
    "Validation", "Defects noted in the PDI: {count}. Agree the fixes and dates with the customer."
)
CONFIRM_WARNINGS = QT_TRANSLATE_NOOP("Validation", "Mark the car delivered despite these warnings?")

PHOTO_EMPTY = QT_TRANSLATE_NOOP("Validation", "The file is empty.")
PHOTO_TOO_BIG = QT_TRANSLATE_NOOP(
    "Validation", "The file is larger than {max_mb} MB; choose a smaller picture."
)
PHOTO_TOO_MANY_PIXELS = QT_TRANSLATE_NOOP(
    "Validation", "The picture has too many pixels ({megapixels} megapixels); choose a smaller one."
)
PHOTO_NOT_IMAGE = QT_TRANSLATE_NOOP(
    "Validation", "This file is not a picture the application can read (for example JPEG or PNG)."
)
PHOTO_BROKEN = QT_TRANSLATE_NOOP("Validation", "The picture file is damaged and cannot be read.")

ALREADY_DELIVERED = QT_TRANSLATE_NOOP("Validation", "This car has already been delivered.")
NOT_CONTRACTED = QT_TRANSLATE_NOOP(
    "Validation", "Only a deal with a signed contract can be delivered."
)
NO_CONTRACT = QT_TRANSLATE_NOOP("Validation", "This deal has no contract yet.")
STOCK_VIN = QT_TRANSLATE_NOOP(
    "Validation", "The deal's stock unit has another VIN ({stock_vin}); swap the unit first."
)
STOCK_SOLD = QT_TRANSLATE_NOOP("Validation", "This stock unit is already sold.")
STOCK_TAKEN = QT_TRANSLATE_NOOP("Validation", "This stock unit belongs to another deal.")
START_IN_PAST = QT_TRANSLATE_NOOP("Validation", "Choose a time from today on.")
NOTHING_RECORDED = QT_TRANSLATE_NOOP(
    "Validation", "Record the PDI and the handover before marking the car delivered."
)
