"""Stage 4 tab: the catalogue, every active trim with filters."""

from __future__ import annotations

from collections.abc import Sequence
from decimal import Decimal, InvalidOperation
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from showroom_app.domain.errors import ValidationError
from showroom_app.services.presentation_records import (
    CatalogueFilter,
    CatalogueRow,
    FilterChoices,
)
from showroom_app.ui import labels, messages
from showroom_app.ui.cockpit import stage_presentation_texts as words
from showroom_app.ui.models.table import Column, RowsModel
from showroom_app.ui.pages.base import make_table
from showroom_app.ui.widgets.forms import FieldError, name_widget

if TYPE_CHECKING:
    from showroom_app.ui.cockpit.stage_presentation import PresentationPanel

KEY_SPECS = ("length_mm", "boot_l", "fuel_l_100km", "energy_kwh_100km", "ncap_stars")
TEXT_DELAY_MS = 250  # the text filter follows typing after this pause
TRIM_ROLE = Qt.ItemDataRole.UserRole


def _button(parent: QWidget, name: str) -> QPushButton:
    button = name_widget(QPushButton(parent), name)
    button.setAutoDefault(False)
    return button


class CatalogueSection(QWidget):
    """Every active trim, filtered by brand, model, body, powertrain, seats, price, text."""

    def __init__(self, panel: PresentationPanel) -> None:
        super().__init__(panel)
        self.panel = panel
        self.setObjectName("presentation_catalogue")
        services = panel.ctx.services.presentation
        self.choices: FilterChoices = services.filter_choices()
        self._text_timer = QTimer(self)
        self._text_timer.setSingleShot(True)
        self._text_timer.setInterval(TEXT_DELAY_MS)
        self._text_timer.timeout.connect(self.reload)
        layout = QVBoxLayout(self)
        grid = QGridLayout()
        self.brand_combo = name_widget(QComboBox(self), "presentation_filter_brand")
        self.model_combo = name_widget(QComboBox(self), "presentation_filter_model")
        self.body_combo = name_widget(QComboBox(self), "presentation_filter_body")
        self.powertrain_combo = name_widget(QComboBox(self), "presentation_filter_powertrain")
        self.seats_combo = name_widget(QComboBox(self), "presentation_filter_seats")
        self.price_min_edit = name_widget(QLineEdit(self), "presentation_filter_price_min")
        self.price_max_edit = name_widget(QLineEdit(self), "presentation_filter_price_max")
        self.text_edit = name_widget(QLineEdit(self), "presentation_filter_text")
        self.available_check = name_widget(QCheckBox(self), "presentation_filter_available")
        self.clear_button = _button(self, "presentation_filter_clear")
        for combo in (
            self.brand_combo,
            self.model_combo,
            self.body_combo,
            self.powertrain_combo,
            self.seats_combo,
        ):
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
            combo.currentIndexChanged.connect(self.on_filter_changed)
        self.brand_combo.currentIndexChanged.connect(self.on_brand_combo_changed)
        for edit in (self.price_min_edit, self.price_max_edit):
            edit.setMaximumWidth(120)
            edit.editingFinished.connect(self.reload)
        self.text_edit.setClearButtonEnabled(True)
        self.text_edit.textChanged.connect(lambda _t: self._text_timer.start())
        self.available_check.toggled.connect(self.on_filter_changed)
        self.clear_button.clicked.connect(self.on_clear_button_clicked)
        self.price_label = QLabel(self)
        self.price_dash = QLabel("–", self)
        self.price_dash.setObjectName("presentation_price_dash_value")  # a sign, not text
        grid.addWidget(self.text_edit, 0, 0, 1, 2)
        grid.addWidget(self.brand_combo, 0, 2)
        grid.addWidget(self.model_combo, 0, 3)
        grid.addWidget(self.body_combo, 0, 4)
        grid.addWidget(self.powertrain_combo, 0, 5)
        price = QHBoxLayout()
        price.addWidget(self.price_label)
        price.addWidget(self.price_min_edit)
        price.addWidget(self.price_dash)
        price.addWidget(self.price_max_edit)
        price.addStretch(1)
        grid.addWidget(self.seats_combo, 1, 0)
        grid.addLayout(price, 1, 1, 1, 3)
        grid.addWidget(self.available_check, 1, 4)
        grid.addWidget(self.clear_button, 1, 5)
        layout.addLayout(grid)
        self.error = FieldError("presentation_filter_price", self)
        layout.addWidget(self.error)

        self.table = make_table(self, "presentation_catalogue_table")
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table.doubleClicked.connect(self.on_table_double_clicked)
        self.model: RowsModel[CatalogueRow] = RowsModel(
            [
                Column(lambda: self.tr("Brand"), lambda r: r.brand.for_language(self._lang())),
                Column(lambda: self.tr("Model"), lambda r: r.model.for_language(self._lang())),
                Column(lambda: self.tr("Trim"), lambda r: r.trim.for_language(self._lang())),
                Column(lambda: self.tr("Body type"), lambda r: labels.body_type(r.body_type)),
                Column(lambda: self.tr("Powertrain"), lambda r: labels.powertrain(r.powertrain)),
                Column(lambda: self.tr("Seats"), lambda r: r.seats, align_right=True),
                Column(
                    lambda: self.tr("MSRP"),
                    lambda r: labels.money(r.msrp, r.currency),
                    align_right=True,
                ),
                Column(lambda: self.tr("In stock"), lambda r: r.in_stock, align_right=True),
                Column(lambda: self.tr("In transit"), lambda r: r.in_transit, align_right=True),
                Column(lambda: self.tr("Key specs"), lambda r: words.key_specs(r.specs, KEY_SPECS)),
                Column(
                    lambda: self.tr("Colours"),
                    lambda r: ("、" if self._lang().startswith("zh") else ", ").join(
                        c.for_language(self._lang()) for c in r.colours_ext
                    ),
                    tooltip=lambda r: "\n".join(
                        c.for_language(self._lang()) for c in r.colours_ext
                    ),
                ),
            ],
            self,
        )
        self.table.setModel(self.model)
        layout.addWidget(self.table, 1)
        row = QHBoxLayout()
        self.count_label = QLabel(self)
        self.count_label.setObjectName("presentation_catalogue_count")
        self.compare_button = _button(self, "presentation_catalogue_compare")
        self.compare_button.clicked.connect(self.on_compare_button_clicked)
        self.present_button = _button(self, "presentation_catalogue_present")
        self.present_button.clicked.connect(self.on_present_button_clicked)
        row.addWidget(self.count_label)
        row.addStretch(1)
        row.addWidget(self.compare_button)
        row.addWidget(self.present_button)
        layout.addLayout(row)
        self._loaded = False  # the table is filled when the tab is first translated

    def _lang(self) -> str:
        return self.panel.ctx.language

    # -- choices and text ---------------------------------------------------------------------
    def _fill_choices(self) -> None:
        """(Re)fill the combos keeping the chosen values; entry 0 is always "any"."""
        lang = self.panel.ctx.language

        def fill(combo: QComboBox, items: Sequence[tuple[str, object]]) -> None:
            current = words.current_data(combo, items[0][1])
            combo.blockSignals(True)
            combo.clear()
            for text, data in items:
                combo.addItem(text, data)
            index = combo.findData(current)
            combo.setCurrentIndex(max(0, index))
            combo.blockSignals(False)

        c = self.choices
        brand = words.current_data(self.brand_combo, 0)
        fill(
            self.brand_combo,
            [(self.tr("All brands"), 0)]
            + [(name.for_language(lang), bid) for bid, name in c.brands],
        )
        fill(
            self.model_combo,
            [(self.tr("All models"), 0)]
            + [
                (name.for_language(lang), mid)
                for mid, bid, name in c.models
                if not brand or bid == brand
            ],
        )
        fill(
            self.body_combo,
            [(self.tr("All body types"), "")] + [(labels.body_type(b), b) for b in c.body_types],
        )
        fill(
            self.powertrain_combo,
            [(self.tr("All powertrains"), "")] + [(labels.powertrain(p), p) for p in c.powertrains],
        )
        fill(
            self.seats_combo,
            [(self.tr("Any number of seats"), 0)]
            + [(self.tr("At least %1 seats").replace("%1", str(n)), n) for n in c.seat_counts],
        )

    def retranslate_ui(self) -> None:
        self.text_edit.setPlaceholderText(self.tr("Search brand, model or trim"))
        self.price_label.setText(self.tr("MSRP from"))
        self.price_min_edit.setPlaceholderText(self.tr("any"))
        self.price_max_edit.setPlaceholderText(self.tr("any"))
        self.available_check.setText(self.tr("In stock or on the way"))
        self.clear_button.setText(self.tr("Clear filters"))
        self.compare_button.setText(self.tr("Add to comparison"))
        self.present_button.setText(self.tr("Walk around this trim"))
        self._fill_choices()
        if not self._loaded:
            self.reload()
        self.model.retranslate()
        self._update_count()

    # -- data ---------------------------------------------------------------------------------
    def _amount(self, edit: QLineEdit) -> Decimal | None:
        text = edit.text().strip().replace(",", "")
        if not text:
            return None
        try:
            value = Decimal(text)
        except InvalidOperation:
            raise ValidationError("price", "Enter an amount of zero or more.", "amount") from None
        if not value.is_finite():
            raise ValidationError("price", "Enter an amount of zero or more.", "amount")
        return value

    def current_filter(self) -> CatalogueFilter:
        # entry 0 of each combo is "any" (0 or ""): never None, which PySide 6.12 mis-counts
        return CatalogueFilter(
            brand_id=words.current_data(self.brand_combo, 0) or None,
            model_id=words.current_data(self.model_combo, 0) or None,
            body_type=words.current_data(self.body_combo, ""),
            powertrain=words.current_data(self.powertrain_combo, ""),
            min_seats=words.current_data(self.seats_combo, 0) or None,
            price_min=self._amount(self.price_min_edit),
            price_max=self._amount(self.price_max_edit),
            text=self.text_edit.text(),
            available_only=self.available_check.isChecked(),
        )

    def reload(self) -> None:
        self._text_timer.stop()
        try:
            rows = self.panel.ctx.services.presentation.browse(self.current_filter())
        except ValidationError as exc:
            self.error.set_error(messages.validation_text(exc))
            return
        self.error.set_error("")
        self._loaded = True
        self.model.set_rows(rows)
        self.table.resizeColumnsToContents()
        for column in range(self.model.columnCount()):
            self.table.setColumnWidth(column, min(self.table.columnWidth(column), 260))
        self._update_count()

    def _update_count(self) -> None:
        self.count_label.setText(self.tr("%1 trims").replace("%1", str(self.model.rowCount())))

    def selected_trims(self) -> list[int]:
        rows = sorted({i.row() for i in self.table.selectionModel().selectedRows()})
        return [self.model.row_at(r).trim_id for r in rows]

    # -- slots --------------------------------------------------------------------------------
    def on_brand_combo_changed(self, _index: int) -> None:
        self._fill_choices()  # the model list follows the brand

    def on_filter_changed(self, *_args: object) -> None:
        self.reload()

    def on_clear_button_clicked(self) -> None:
        for combo in (
            self.brand_combo,
            self.model_combo,
            self.body_combo,
            self.powertrain_combo,
            self.seats_combo,
        ):
            combo.blockSignals(True)
            combo.setCurrentIndex(0)
            combo.blockSignals(False)
        for edit in (self.price_min_edit, self.price_max_edit, self.text_edit):
            edit.blockSignals(True)
            edit.clear()
            edit.blockSignals(False)
        self.available_check.blockSignals(True)
        self.available_check.setChecked(False)
        self.available_check.blockSignals(False)
        self._fill_choices()
        self.reload()

    def on_table_double_clicked(self, index: object) -> None:
        trims = self.selected_trims()
        if trims:
            self.panel.present(trims[0])

    def on_compare_button_clicked(self) -> None:
        trims = self.selected_trims()
        if trims:
            self.panel.add_to_compare(trims)

    def on_present_button_clicked(self) -> None:
        trims = self.selected_trims()
        if trims:
            self.panel.present(trims[0])


__all__ = ["CatalogueSection"]
