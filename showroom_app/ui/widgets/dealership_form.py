"""The dealership's details: used by the first-run dialog and the Settings page."""

from __future__ import annotations

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QComboBox, QFormLayout, QLabel, QLineEdit, QWidget

from showroom_app.domain.errors import ValidationErrors
from showroom_app.domain.records import DealershipForm, DealershipInfo
from showroom_app.ui import labels
from showroom_app.ui.messages import validation_text
from showroom_app.ui.widgets.forms import FieldError, add_row, name_widget

FIELDS = ("name", "address", "phone", "tax_id", "region", "doc_language", "paper_size")


class DealershipFormWidget(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setup_ui()
        self.retranslate_ui()

    def setup_ui(self) -> None:
        self.form = QFormLayout(self)
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        self.name_edit = name_widget(QLineEdit(), "dealership_name")
        self.address_edit = name_widget(QLineEdit(), "dealership_address")
        self.phone_edit = name_widget(QLineEdit(), "dealership_phone")
        self.tax_id_edit = name_widget(QLineEdit(), "dealership_tax_id")
        self.region_combo = name_widget(QComboBox(), "dealership_region")
        self.doc_lang_combo = name_widget(QComboBox(), "dealership_doc_language")
        self.paper_combo = name_widget(QComboBox(), "dealership_paper_size")
        for code in ("TW", "CN", "HK"):
            self.region_combo.addItem("", code)
        for code in ("zh_TW", "zh_CN", "en"):
            self.doc_lang_combo.addItem(labels.language_name(code), code)
        for code in ("A4", "Letter"):
            self.paper_combo.addItem(code, code)
        self.region_combo.currentIndexChanged.connect(self.on_region_combo_changed)
        self.errors = {f: FieldError(f, self) for f in FIELDS}
        self.labels = {f: QLabel(self) for f in FIELDS}
        widgets = {
            "name": self.name_edit,
            "address": self.address_edit,
            "phone": self.phone_edit,
            "tax_id": self.tax_id_edit,
            "region": self.region_combo,
            "doc_language": self.doc_lang_combo,
            "paper_size": self.paper_combo,
        }
        for f in FIELDS:
            add_row(self.form, self.labels[f], widgets[f], self.errors[f])

    def retranslate_ui(self) -> None:
        self.labels["name"].setText(self.tr("Dealership &name"))
        self.labels["address"].setText(self.tr("&Address"))
        self.labels["phone"].setText(self.tr("&Phone"))
        self.labels["tax_id"].setText(self.tr("&Tax ID"))
        self.labels["region"].setText(self.tr("&Region"))
        self.labels["doc_language"].setText(self.tr("&Document language"))
        self.labels["paper_size"].setText(self.tr("Paper si&ze"))
        self.name_edit.setPlaceholderText(self.tr("e.g. Grand Motors Da'an Showroom"))
        self.tax_id_edit.setToolTip(
            self.tr(
                "Taiwan: 8-digit business number (統一編號); Mainland China: 18-character unified "
                "social credit code; Hong Kong: business registration number"
            )
        )
        for i in range(self.region_combo.count()):
            code = self.region_combo.itemData(i)
            self.region_combo.setItemText(i, labels.region(code))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    def on_region_combo_changed(self, _index: int) -> None:
        """A region change suggests its usual document language (the user may change it)."""
        suggested = {"TW": "zh_TW", "CN": "zh_CN", "HK": "zh_TW"}.get(self.region(), "zh_TW")
        idx = self.doc_lang_combo.findData(suggested)
        if idx >= 0:
            self.doc_lang_combo.setCurrentIndex(idx)

    def region(self) -> str:
        return str(self.region_combo.currentData())

    def value(self) -> DealershipForm:
        return DealershipForm(
            name=self.name_edit.text(),
            address=self.address_edit.text(),
            phone=self.phone_edit.text(),
            tax_id=self.tax_id_edit.text(),
            region=self.region(),
            doc_language=str(self.doc_lang_combo.currentData()),
            paper_size=str(self.paper_combo.currentData()),
        )

    def set_value(self, info: DealershipInfo) -> None:
        self.name_edit.setText(info.name)
        self.address_edit.setText(info.address)
        self.phone_edit.setText(labels.phone(info.phone, info.region))
        self.tax_id_edit.setText(info.tax_id)
        self.region_combo.setCurrentIndex(self.region_combo.findData(info.region.value))
        self.doc_lang_combo.setCurrentIndex(self.doc_lang_combo.findData(info.doc_language.value))
        self.paper_combo.setCurrentIndex(self.paper_combo.findData(info.paper_size))

    def clear_errors(self) -> None:
        for err in self.errors.values():
            err.set_error("")

    def show_errors(self, errors: ValidationErrors) -> list[str]:
        """Show each message under its field; returns the fields it could not place."""
        self.clear_errors()
        unplaced = []
        for err in errors.errors:
            if err.field in self.errors:
                self.errors[err.field].set_error(validation_text(err))
            else:
                unplaced.append(err.field)
        return unplaced
