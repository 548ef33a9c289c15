"""About: version, the libraries we ship and their licences, including the bundled font's."""

from __future__ import annotations

import platform

import PySide6
from PySide6.QtCore import qVersion
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from showroom_app import __version__
from showroom_app.paths import resources_dir

LICENCES = (
    ("Qt / PySide6", "LGPL-3.0"),
    ("SQLAlchemy, Alembic", "MIT"),
    ("ReportLab", "BSD"),
    ("phonenumbers", "Apache-2.0"),
    ("platformdirs", "MIT"),
    ("argon2-cffi", "MIT"),
    ("openpyxl", "MIT"),
    ("OpenCC (python reimplementation)", "Apache-2.0"),
    ("WenQuanYi Micro Hei font", "Apache-2.0 or GPL-3.0 with font embedding exception"),
)


class AboutDialog(QDialog):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("about_dialog")
        layout = QVBoxLayout(self)
        self.title_label = QLabel(self)
        self.title_label.setObjectName("about_title")
        self.title_label.setStyleSheet("font-size: 15pt; font-weight: 600;")
        self.version_label = QLabel(self)
        self.version_label.setObjectName("about_version")
        self.licences_label = QLabel(self)
        self.licences = QPlainTextEdit(self)
        self.licences.setObjectName("about_licences")
        self.licences.setReadOnly(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        for w in (
            self.title_label,
            self.version_label,
            self.licences_label,
            self.licences,
            buttons,
        ):
            layout.addWidget(w)
        self.resize(640, 480)
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        self.setWindowTitle(self.tr("About Showroom Assistant"))
        self.title_label.setText(self.tr("Showroom Assistant"))
        self.version_label.setText(
            self.tr("Version %1 · Qt %2 · PySide %3 · Python %4")
            .replace("%1", __version__)
            .replace("%2", qVersion())
            .replace("%3", PySide6.__version__)
            .replace("%4", platform.python_version())
        )
        self.licences_label.setText(self.tr("Components and their licences:"))
        lines = [f"{name}: {licence}" for name, licence in LICENCES]
        font_copyright = resources_dir() / "fonts" / "COPYRIGHT-wqy-microhei.txt"
        try:
            lines += ["", font_copyright.read_text(encoding="utf-8")]
        except OSError:
            pass
        self.licences.setPlainText("\n".join(lines))
