"""試乘試駕協議書 — the test-drive agreement (DOMAIN.md §4.5, §6.2).

Signed on paper before the drive starts. The fields come first, each value in its own cell;
then the numbered clauses, which are the dealership's own text (data, edited in Settings;
:func:`default_clauses` gives the starting text covering DOMAIN.md §4.5's required content);
then the driver's and the staff's signatures with date and time. Every string is escaped.

The ID number prints as given: the caller decides whether this legal document shows it in
full or masked.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepTogether, Spacer, Table

from showroom_app.documents.common import (
    DocumentOptions,
    Letterhead,
    PageFurniture,
    Styles,
    build_pdf,
    make_styles,
    para,
)
from showroom_app.documents.forms import (
    FieldGrid,
    document_date,
    headed_table,
    signature_boxes,
    time_window,
)
from showroom_app.documents.labels_sales import (
    DEFAULT_CLAUSES,
    TEST_DRIVE_LABELS,
    test_drive_labels,
)

_NUMBER_WIDTH: float = 9 * mm


@dataclass(frozen=True)
class AgreementClauses:
    """The agreement's clauses, in order within each group; numbered 1…n across groups."""

    declarations: tuple[str, ...] = ()
    liability: tuple[str, ...] = ()
    termination: tuple[str, ...] = ()  # the dealer's right to end the drive
    data_consent: tuple[str, ...] = ()  # storing the licence copy

    def groups(self) -> tuple[tuple[str, tuple[str, ...]], ...]:
        return (
            ("declarations", self.declarations),
            ("liability", self.liability),
            ("termination", self.termination),
            ("data_consent", self.data_consent),
        )


def default_clauses(language: str) -> AgreementClauses:
    """The starting clause text in the document language (the dealership may edit it)."""
    texts = DEFAULT_CLAUSES.get(language, DEFAULT_CLAUSES["en"])
    return AgreementClauses(
        declarations=texts["declarations"],
        liability=texts["liability"],
        termination=texts["termination"],
        data_consent=texts["data_consent"],
    )


@dataclass(frozen=True)
class TestDriveAgreementData:
    """Everything printed on the agreement; text as it should print, dates as dates.

    ``clauses`` left as ``None`` prints :func:`default_clauses` in the document language.
    """

    __test__ = False  # a data class, not a pytest test class

    letterhead: Letterhead
    agreement_no: str
    agreement_date: date | None
    driver_name: str
    driver_id_number: str = ""  # full or masked, as the caller decided
    driver_phone: str = ""
    licence_no: str = ""
    licence_class: str = ""
    licence_expiry: date | None = None
    licence_first_issue: date | None = None
    licence_copy_attached: bool | None = False  # None: two boxes to tick by hand
    vehicle_model: str = ""
    plate: str = ""
    temporary_plate: bool = False
    vin_last6: str = ""
    route: str = ""
    start: datetime | None = None
    end: datetime | None = None
    accompanying_staff: str = ""
    insurance_coverage: str = ""  # the dealership's own wording
    clauses: AgreementClauses | None = None


def labels(language: str) -> dict[str, str]:
    return test_drive_labels(language)


def _copy_text(attached: bool | None, t: dict[str, str]) -> str:
    if attached is None:  # not recorded: the staff ticks one on paper
        return f"\u25a1 {t['copy_attached']}    \u25a1 {t['copy_not_attached']}"
    return t["copy_attached"] if attached else t["copy_not_attached"]


def _fields(
    data: TestDriveAgreementData,
    t: dict[str, str],
    options: DocumentOptions,
    s: Styles,
    width: float,
) -> list[Table]:
    head = FieldGrid(s, width)
    head.pair(
        t["agreement_no"],
        data.agreement_no,
        t["date"],
        document_date(data.agreement_date, options),
    )
    driver = FieldGrid(s, width, heading=t["driver"])
    driver.pair(t["driver_name"], data.driver_name, t["id_number"], data.driver_id_number)
    driver.pair(t["phone"], data.driver_phone, t["licence_no"], data.licence_no)
    driver.pair(
        t["licence_class"],
        data.licence_class,
        t["licence_expiry"],
        document_date(data.licence_expiry, options),
    )
    driver.pair(
        t["licence_first_issue"],
        document_date(data.licence_first_issue, options),
        t["licence_copy"],
        _copy_text(data.licence_copy_attached, t),
    )
    vehicle = FieldGrid(s, width, heading=t["vehicle"])
    plate = data.plate
    if plate and data.temporary_plate:
        plate += t["temporary_plate"]
    vehicle.wide(t["model"], data.vehicle_model)
    vehicle.pair(t["plate"], plate, t["vin_last6"], data.vin_last6)
    vehicle.wide(t["insurance"], data.insurance_coverage)
    vehicle.pair(
        t["time_window"],
        time_window(data.start, data.end, options),
        t["staff"],
        data.accompanying_staff,
    )
    vehicle.wide(t["route"], data.route)
    return [*head.done(), *driver.done(), *vehicle.done()]


def _clauses(clauses: AgreementClauses, t: dict[str, str], s: Styles, width: float) -> Table:
    """Numbered clauses; a group's caption sits in its first clause's row, never alone."""
    caption = ParagraphStyle("clause_group", parent=s.subheading, spaceBefore=0, spaceAfter=0)
    rows: list[list[Any]] = []
    number = 0
    for key, texts in clauses.groups():
        for i, text in enumerate(texts):
            number += 1
            num: list[Flowable] = [para(f"{number}.", s.cell)]
            body: list[Flowable] = [para(text, s.cell)]
            if i == 0:  # the caption's height, so that the number stays level with its text
                num.insert(0, Spacer(1, caption.leading))
                body.insert(0, para(t[key], caption))
            rows.append([num, body])
    style: list[tuple[Any, ...]] = [
        ("FONTNAME", (0, 0), (-1, -1), s.font),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LEFTPADDING", (0, 0), (-1, -1), 1.6 * mm),
        ("RIGHTPADDING", (0, 0), (-1, -1), 1.6 * mm),
        ("TOPPADDING", (0, 0), (-1, -1), 0.3 * mm),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 0.3 * mm),
    ]
    if not rows:
        rows.append(["", ""])
    return headed_table(
        para(t["terms"], s.heading), rows, [_NUMBER_WIDTH, width - _NUMBER_WIDTH], style
    )


def render_test_drive_agreement(data: TestDriveAgreementData, options: DocumentOptions) -> bytes:
    """The agreement as PDF bytes (same data and options: same bytes)."""
    styles = make_styles()
    t = labels(options.language)
    reference = t["reference"].format(no=data.agreement_no) if data.agreement_no else ""
    furniture = PageFurniture(data.letterhead, options, styles, t["title"], reference)
    width = furniture.width
    clauses = data.clauses if data.clauses is not None else default_clauses(options.language)
    story: list[Any] = [
        para(t["title"], styles.title),
        *_fields(data, t, options, styles, width),
        _clauses(clauses, t, styles, width),
        Spacer(1, 3 * mm),
        KeepTogether(
            [
                para(t["confirm"], styles.value),
                Spacer(1, 2 * mm),
                signature_boxes(
                    [
                        (t["sign_driver"], (t["sign_date"], t["sign_time"])),
                        (t["sign_staff"], (t["sign_date"], t["sign_time"])),
                    ],
                    styles,
                    width,
                ),
            ]
        ),
    ]
    return build_pdf(
        story,
        options=options,
        furniture=furniture,
        title=t["title"],
        author=data.letterhead.name,
    )


__all__ = [
    "TEST_DRIVE_LABELS",
    "AgreementClauses",
    "TestDriveAgreementData",
    "default_clauses",
    "labels",
    "render_test_drive_agreement",
]
