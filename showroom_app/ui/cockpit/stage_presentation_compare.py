"""Stage 4 tab: up to three trims side by side, printable, and the competitor compared."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from showroom_app.domain.errors import ShowroomError, ValidationError
from showroom_app.domain.presentation import MAX_COMPETITOR, SPECS
from showroom_app.services.container import Services
from showroom_app.services.presentation_records import CatalogueRow
from showroom_app.ui import labels, messages
from showroom_app.ui.cockpit import stage_presentation_texts as words
from showroom_app.ui.printing import DOCUMENT_LANGUAGES, PdfPreviewDialog
from showroom_app.ui.widgets.forms import FieldError, name_widget

if TYPE_CHECKING:
    from showroom_app.ui.cockpit.stage_presentation import PresentationPanel

TRIM_ROLE = Qt.ItemDataRole.UserRole


def render_comparison(
    parent: QWidget | None,
    services: Services,
    trim_ids: Sequence[int],
    opportunity_id: int | None,
    language: str | None,
) -> bytes | None:
    QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
    try:
        return services.documents.trim_comparison(
            trim_ids, opportunity_id=opportunity_id, language=language
        )
    except ShowroomError as exc:
        text = messages.validation_text(exc) if isinstance(exc, ValidationError) else str(exc)
        messages.critical(
            parent, QCoreApplication.translate("ComparisonPreview", "Not printed"), text
        )
        return None
    finally:
        QGuiApplication.restoreOverrideCursor()


class ComparisonPreview(PdfPreviewDialog):
    """The comparison sheet with its document language (the dealership's by default)."""

    def __init__(
        self,
        services: Services,
        trim_ids: Sequence[int],
        opportunity_id: int | None,
        pdf_bytes: bytes,
        *,
        language: str,
        parent: QWidget | None = None,
    ) -> None:
        self.services = services
        self.trim_ids = list(trim_ids)
        self.opportunity_id = opportunity_id
        super().__init__(pdf_bytes, "", parent, suggested_name="trim-comparison.pdf")
        self.setObjectName("comparison_preview")
        self.setAccessibleName("comparison_preview")
        self.language_label = QLabel(self)
        self.language_combo = name_widget(QComboBox(self), "comparison_language")
        for code in DOCUMENT_LANGUAGES:
            self.language_combo.addItem(labels.language_name(code), code)
        self.language_combo.setCurrentIndex(max(0, self.language_combo.findData(language)))
        self.language_label.setBuddy(self.language_combo)
        self.options_row.addWidget(self.language_label)
        self.options_row.addWidget(self.language_combo)
        self.options_row.addStretch(1)
        self.language_combo.currentIndexChanged.connect(self.on_language_combo_changed)
        self.retranslate_ui()

    @property
    def language(self) -> str:
        return str(self.language_combo.currentData())

    def retranslate_ui(self) -> None:
        super().retranslate_ui()
        if not hasattr(self, "language_combo"):
            return  # the base class calls this before the choice exists
        self.setWindowTitle(self.tr("Trim comparison"))
        self.language_label.setText(self.tr("Document &language:"))

    def on_language_combo_changed(self, _index: int) -> None:
        pdf = render_comparison(
            self, self.services, self.trim_ids, self.opportunity_id, self.language
        )
        if pdf is not None:
            self.set_pdf(pdf)


def show_comparison(
    parent: QWidget | None,
    services: Services,
    trim_ids: Sequence[int],
    opportunity_id: int | None = None,
    language: str | None = None,
) -> ComparisonPreview | None:
    """Render the comparison sheet and show it with Print / Save as PDF."""
    pdf = render_comparison(parent, services, trim_ids, opportunity_id, language)
    if pdf is None:
        return None
    lang = language or services.settings.dealership().doc_language.value
    dialog = ComparisonPreview(
        services, trim_ids, opportunity_id, pdf, language=lang, parent=parent
    )
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.open()
    return dialog


class CompareSection(QWidget):
    """The compared trims as columns; rows for price, stock, powertrain and each key spec."""

    def __init__(self, panel: PresentationPanel) -> None:
        super().__init__(panel)
        self.panel = panel
        self.setObjectName("presentation_compare")
        self.rows: list[CatalogueRow] = []
        self.preview: ComparisonPreview | None = None
        layout = QVBoxLayout(self)
        self.hint = QLabel(self)
        self.hint.setObjectName("presentation_compare_hint")
        self.hint.setWordWrap(True)
        layout.addWidget(self.hint)
        self.error = FieldError("presentation_compared", self)
        layout.addWidget(self.error)
        self.table = name_widget(QTableWidget(self), "presentation_compare_table")
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectColumns)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setWordWrap(True)
        self.table.setAlternatingRowColors(True)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.table.verticalHeader().setDefaultSectionSize(24)
        layout.addWidget(self.table, 1)
        buttons = QHBoxLayout()
        self.remove_button = name_widget(QPushButton(self), "presentation_compare_remove")
        self.remove_button.setAutoDefault(False)
        self.remove_button.clicked.connect(self.on_remove_button_clicked)
        self.print_button = name_widget(QPushButton(self), "presentation_print_comparison")
        self.print_button.setAutoDefault(False)
        self.print_button.clicked.connect(self.on_print_button_clicked)
        buttons.addWidget(self.remove_button)
        buttons.addStretch(1)
        buttons.addWidget(self.print_button)
        layout.addLayout(buttons)
        competitor = QHBoxLayout()
        self.competitor_label = QLabel(self)
        self.competitor_edit = name_widget(QLineEdit(self), "presentation_competitor")
        self.competitor_edit.setMaxLength(MAX_COMPETITOR)
        self.competitor_edit.setText(panel.record.competitor)
        self.competitor_edit.textEdited.connect(panel.schedule_autosave)
        self.competitor_edit.editingFinished.connect(self.save_competitor)
        self.competitor_label.setBuddy(self.competitor_edit)
        competitor.addWidget(self.competitor_label)
        competitor.addWidget(self.competitor_edit, 1)
        layout.addLayout(competitor)
        self.competitor_hint = QLabel(self)
        self.competitor_hint.setStyleSheet("color: #555555;")
        layout.addWidget(self.competitor_hint)
        self.competitor_error = FieldError("presentation_competitor", self)
        layout.addWidget(self.competitor_error)

    def retranslate_ui(self) -> None:
        self.hint.setText(
            self.tr(
                "Pick up to three trims in the Recommended or Catalogue tab and add them "
                "here to compare them side by side."
            )
        )
        self.remove_button.setText(self.tr("Remove the selected trim"))
        self.print_button.setText(self.tr("Print comparison…"))
        self.competitor_label.setText(self.tr("Competitor &compared:"))
        self.competitor_edit.setPlaceholderText(self.tr("Brand and model the customer compares"))
        self.competitor_hint.setText(self.tr("Compare factually; never disparage a competitor."))
        self.show_record()

    # -- the comparison -------------------------------------------------------------------
    def _lines(self) -> list[tuple[str, list[str]]]:
        rows = self.rows
        lines: list[tuple[str, list[str]]] = [
            (self.tr("MSRP"), [labels.money(r.msrp, r.currency) for r in rows]),
            (self.tr("Stock"), [words.availability(r.in_stock, r.in_transit) for r in rows]),
            (self.tr("Body type"), [labels.body_type(r.body_type) for r in rows]),
            (self.tr("Powertrain"), [labels.powertrain(r.powertrain) for r in rows]),
            (self.tr("Seats"), [str(r.seats) for r in rows]),
            (
                self.tr("Engine displacement"),
                [f"{r.displacement_cc:,} cc" if r.displacement_cc else "" for r in rows],
            ),
            (self.tr("Power"), [f"{r.power_kw} kW" if r.power_kw else "" for r in rows]),
            (
                self.tr("Battery"),
                [f"{r.battery_kwh.normalize():f} kWh" if r.battery_kwh else "" for r in rows],
            ),
            (self.tr("Electric range"), [f"{r.range_km} km" if r.range_km else "" for r in rows]),
        ]
        for d in SPECS:
            lines.append(
                (
                    words.spec_label(d.code),
                    [words.spec_value(d.code, r.specs.get(d.code, "")) for r in rows],
                )
            )
        return [(caption, values) for caption, values in lines if any(values)]

    def show_record(self) -> None:
        ids = list(self.panel.record.compared)
        self.rows = self.panel.ctx.services.presentation.trim_rows(ids) if ids else []
        language = self.panel.ctx.language
        lines = self._lines() if self.rows else []
        self.table.clear()
        self.table.setColumnCount(len(self.rows))
        self.table.setRowCount(len(lines))
        self.table.setHorizontalHeaderLabels([r.full_name(language) for r in self.rows])
        self.table.setVerticalHeaderLabels([caption for caption, _ in lines])
        for column, row in enumerate(self.rows):
            header = self.table.horizontalHeaderItem(column)
            if header is not None:
                header.setData(TRIM_ROLE, row.trim_id)
        for r, (_caption, values) in enumerate(lines):
            for c, value in enumerate(values):
                self.table.setItem(r, c, QTableWidgetItem(value))
        self.table.setVisible(bool(self.rows))
        self.hint.setVisible(not self.rows)
        self.remove_button.setEnabled(bool(self.rows))
        self.print_button.setEnabled(bool(self.rows))

    def compared_names(self) -> list[str]:
        items = (self.table.horizontalHeaderItem(c) for c in range(self.table.columnCount()))
        return [item.text() for item in items if item is not None]

    # -- the competitor ------------------------------------------------------------------------
    def save_competitor(self) -> None:
        text = self.competitor_edit.text()
        if text.strip() == self.panel.record.competitor:
            return
        if self.panel.save(self.competitor_error.set_error, competitor=text):
            self.competitor_error.set_error("")

    # -- slots ---------------------------------------------------------------------------------
    def on_remove_button_clicked(self) -> None:
        column = self.table.currentColumn()
        if column < 0 and self.table.columnCount() == 1:
            column = 0
        if 0 <= column < len(self.rows):
            self.panel.remove_from_compare(self.rows[column].trim_id)

    def on_print_button_clicked(self) -> None:
        if not self.rows:
            return
        self.preview = show_comparison(
            self,
            self.panel.ctx.services,
            [r.trim_id for r in self.rows],
            self.panel.opportunity_id,
        )


__all__ = ["CompareSection", "ComparisonPreview", "render_comparison", "show_comparison"]
