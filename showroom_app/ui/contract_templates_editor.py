"""Settings → "Contract templates…": the dealership's contract clauses (issue 6, item 4).

Each region (CN / TW / HK) has one template, stored as numbered versions. The dialog shows
the versions (with who saved each) and edits the current one: per document language its
name, printed title and clauses, and the ROC-dates flag and review period. Save hands
every changed language with the settings to ``ContractService.save_template``, which
validates them and stores ONE new version (a version saved meanwhile is asked about
first). New contracts use the newest version; a signed contract keeps the version it was
signed with, so its reprint never changes. "Preview…" renders a sample contract with the
clauses as typed, before anything is saved. Managers and administrators only (the service
refuses others too). Enter never saves; Ctrl+S does; Close / Escape asks before dropping
unsaved edits.
"""

from __future__ import annotations

import itertools

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QGuiApplication, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSplitter,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from showroom_app.domain.enums import Region
from showroom_app.domain.errors import (
    PermissionDenied,
    ShowroomError,
    StaleRecord,
    ValidationError,
    ValidationErrors,
)
from showroom_app.domain.permissions import Capability
from showroom_app.services.contracts import TemplateRow
from showroom_app.services.contracts_rules import LANGUAGES, TemplateTexts
from showroom_app.ui import labels, messages
from showroom_app.ui.context import AppContext
from showroom_app.ui.contract_templates_editor_clauses import ClauseDraft, ClauseListEditor
from showroom_app.ui.contract_templates_editor_settings import TemplateSettings
from showroom_app.ui.contract_templates_editor_versions import VersionsPanel
from showroom_app.ui.messages import validation_text
from showroom_app.ui.printing import PdfPreviewDialog
from showroom_app.ui.process_editor_widgets import plain_button
from showroom_app.ui.widgets.forms import FieldError, name_widget

Clauses = list[tuple[str, str]]


class ContractTemplatesEditor(QDialog):
    """The versions of one region's template and the current version's clauses."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setObjectName("contract_templates_editor")
        self.setAccessibleName("contract_templates_editor")
        self.setWindowFlag(Qt.WindowType.WindowMaximizeButtonHint, True)
        self.region: Region = ctx.region
        self.draft: dict[str, list[ClauseDraft]] = {lang: [] for lang in LANGUAGES}
        self.preview: PdfPreviewDialog | None = None
        self._status = ""
        self._ready = False
        self.setup_ui()
        self._ready = True
        self.retranslate_ui()
        self.load(self.region)
        self.resize(1180, 760)

    # -- layout -------------------------------------------------------------------------------
    def setup_ui(self) -> None:
        outer = QVBoxLayout(self)
        top = QHBoxLayout()
        self.region_label = QLabel(self)
        self.region_combo = name_widget(QComboBox(self), "contract_templates_region")
        self.region_label.setBuddy(self.region_combo)
        self.region_combo.activated.connect(self.on_region_combo_activated)
        top.addWidget(self.region_label)
        top.addWidget(self.region_combo)
        top.addStretch(1)
        outer.addLayout(top)
        self.intro_label = QLabel(self)
        self.intro_label.setObjectName("contract_templates_intro")
        self.intro_label.setWordWrap(True)
        outer.addWidget(self.intro_label)
        self.status_label = QLabel(self)
        self.status_label.setObjectName("status_contract_templates")
        self.status_label.setStyleSheet("color: #7a4f00;")
        self.status_label.setWordWrap(True)
        self.status_label.setMinimumHeight(self.status_label.fontMetrics().height())
        outer.addWidget(self.status_label)

        split = QSplitter(Qt.Orientation.Horizontal, self)
        split.setObjectName("contract_templates_split")
        split.setChildrenCollapsible(False)
        outer.addWidget(split, 1)
        self.versions_panel = VersionsPanel(split)
        self.versions_panel.restore_requested.connect(self.on_versions_panel_restore_requested)

        self.clauses_box = QGroupBox(split)
        self.clauses_box.setObjectName("contract_templates_clauses")
        right = QVBoxLayout(self.clauses_box)
        self.settings = TemplateSettings(self.clauses_box)
        self.settings.changed.connect(self.on_draft_changed)
        right.addWidget(self.settings)
        self.tabs = name_widget(QTabWidget(self.clauses_box), "contract_template_languages")
        self.editors: dict[str, ClauseListEditor] = {}
        for lang in LANGUAGES:
            editor = ClauseListEditor(lang, self.tabs)
            editor.changed.connect(self.on_draft_changed)
            self.editors[lang] = editor
            self.tabs.addTab(editor, labels.language_name(lang))
        document_language = self.ctx.dealership.doc_language.value
        if document_language in self.editors:  # the language the dealership prints in
            self.tabs.setCurrentWidget(self.editors[document_language])
        right.addWidget(self.tabs, 1)
        self.hint_label = QLabel(self.clauses_box)
        self.hint_label.setObjectName("contract_templates_placeholders")
        self.hint_label.setWordWrap(True)
        self.hint_label.setStyleSheet("color: #555;")
        right.addWidget(self.hint_label)
        split.addWidget(self.versions_panel)
        split.addWidget(self.clauses_box)
        split.setStretchFactor(0, 2)
        split.setStretchFactor(1, 5)
        split.setSizes([440, 740])

        self.general_error = FieldError("contract_templates", self)
        outer.addWidget(self.general_error)
        bottom = QHBoxLayout()
        self.preview_button = plain_button(self, "contract_template_preview")
        self.preview_button.clicked.connect(self.on_preview_button_clicked)
        bottom.addWidget(self.preview_button)
        bottom.addStretch(1)
        self.save_button = plain_button(self, "contract_template_save")
        self.close_button = plain_button(self, "contract_templates_close")
        self.save_button.clicked.connect(self.on_save_button_clicked)
        self.close_button.clicked.connect(self.reject)
        bottom.addWidget(self.save_button)
        bottom.addWidget(self.close_button)
        outer.addLayout(bottom)
        save = QShortcut(QKeySequence(QKeySequence.StandardKey.Save), self)
        save.activated.connect(self.on_save_button_clicked)
        panel = self.versions_panel
        chain: list[QWidget] = [self.region_combo, panel.tree, panel.restore_button]
        chain += [self.settings.roc_check, self.settings.review_spin, self.tabs]
        for editor in self.editors.values():
            chain += editor.tab_chain()
        chain += [self.preview_button, self.save_button, self.close_button]
        for first, second in itertools.pairwise(chain):
            QWidget.setTabOrder(first, second)

    def retranslate_ui(self) -> None:
        self.setWindowTitle(self.tr("Contract templates"))
        self.region_label.setText(self.tr("&Region:"))
        self.region_combo.blockSignals(True)
        self.region_combo.clear()
        for region in Region:
            self.region_combo.addItem(labels.region(region.value), region.value)
        self.region_combo.setCurrentIndex(max(0, self.region_combo.findData(self.region.value)))
        self.region_combo.blockSignals(False)
        self.intro_label.setText(
            self.tr(
                "Saving creates a new version of the region's template; new contracts use "
                "it. Signed contracts keep the version they were signed with and always "
                "reprint with that text."
            )
        )
        self.hint_label.setText(
            self.tr(
                "Placeholders, filled in from the contract when it prints: "
                "{max_odometer_km} the odometer limit (km), {delivery_date} the delivery "
                "date, {delivery_place} the delivery place, {seller} the dealership, "
                "{buyer} the buyer."
            )
        )
        self.preview_button.setText(self.tr("&Preview…"))
        self.preview_button.setToolTip(
            self.tr("A sample contract with the clauses of the language shown, as typed")
        )
        self.save_button.setText(self.tr("&Save as a new version"))
        self.save_button.setToolTip(self.tr("Save as a new version (Ctrl+S)"))
        self.close_button.setText(self.tr("Close"))
        self.refresh_status()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange and getattr(self, "_ready", False):
            self.retranslate_ui()
        super().changeEvent(event)

    # -- showing ------------------------------------------------------------------------------
    @property
    def current(self) -> TemplateRow | None:
        return self.versions_panel.current

    @property
    def versions(self) -> list[TemplateRow]:
        return self.versions_panel.versions

    def load(self, region: Region) -> bool:
        """Read the region's versions and edit the newest one's clauses."""
        try:
            versions = self.ctx.services.contracts.templates(region)
        except ShowroomError as exc:
            self.general_error.set_error(str(exc))
            return False
        self.region = region
        self.region_combo.setCurrentIndex(max(0, self.region_combo.findData(region.value)))
        self.versions_panel.set_versions(versions)
        self.edit_version(self.current)
        return True

    def edit_version(self, row: TemplateRow | None) -> None:
        """Put ``row``'s texts and settings in the editor."""
        clauses = row.clauses if row else {}
        self.draft = {
            lang: [ClauseDraft(h, t) for h, t in clauses.get(lang, [])] for lang in LANGUAGES
        }
        self.general_error.set_error("")
        for lang, editor in self.editors.items():
            editor.set_head(row.names.get(lang, "") if row else "",
                            row.titles.get(lang, "") if row else "")  # fmt: skip
            editor.set_clauses(self.draft[lang])
        self.settings.set_values(row.roc_dates if row else False, row.review_days if row else 0)
        self.refresh_status()

    # -- the draft ----------------------------------------------------------------------------
    def drafted(self, language: str) -> Clauses:
        return [c.cleaned() for c in self.draft[language]]

    def texts(self, language: str) -> TemplateTexts:
        name, title = self.editors[language].head()
        return TemplateTexts(name, title, tuple(self.drafted(language)))

    def changed_languages(self) -> list[str]:
        row = self.current
        if row is None:
            return []
        return [lang for lang in LANGUAGES if self.texts(lang) != self.stored(row, lang)]

    @staticmethod
    def stored(row: TemplateRow, lang: str) -> TemplateTexts:
        clauses = tuple(row.clauses.get(lang, []))
        return TemplateTexts(row.names.get(lang, ""), row.titles.get(lang, ""), clauses)

    def changed_settings(self) -> list[str]:
        """``roc_dates`` / ``review_days`` when they differ from the current version."""
        row = self.current
        if row is None:
            return []
        roc, days = self.settings.values()
        stored = {"roc_dates": row.roc_dates == roc, "review_days": row.review_days == days}
        return [key for key, same in stored.items() if not same]

    def is_dirty(self) -> bool:
        return bool(self.changed_languages() or self.changed_settings())

    def on_draft_changed(self) -> None:
        self._status = ""
        self.refresh_status()

    def refresh_status(self) -> None:
        version = str(self.current.version) if self.current else ""
        self.clauses_box.setTitle(
            self.tr("The current version (%1), as edited").replace("%1", version)
        )
        changed = self.changed_languages()
        for n, lang in enumerate(LANGUAGES):
            mark = " •" if lang in changed else ""
            self.tabs.setTabText(n, labels.language_name(lang) + mark)
        settings = {"roc_dates": self.tr("dates"), "review_days": self.tr("review period")}
        parts = [labels.language_name(lang) for lang in changed]
        parts += [settings[key] for key in self.changed_settings()]
        if not parts:
            self.status_label.setText(self._status)
            return
        first = (self.current.version if self.current else 0) + 1
        comma = "、" if self.ctx.language.startswith("zh") else ", "
        text = self.tr("Unsaved changes (%1): Save stores them as version %2.")
        self.status_label.setText(text.replace("%2", str(first)).replace("%1", comma.join(parts)))

    # -- saving -------------------------------------------------------------------------------
    def clear_errors(self) -> None:
        self.general_error.set_error("")
        self.settings.review_error.set_error("")
        for editor in self.editors.values():
            editor.clear_errors()

    def show_errors(self, errors: list[ValidationError]) -> None:
        """The service's messages at their fields: ``review_days`` at the spin box,
        ``languages.<lang>.…`` on that language's tab (the first one's tab is opened)."""
        self.general_error.set_error(self.tr("Not saved: please correct the field marked."))
        by_language: dict[str, list[ValidationError]] = {}
        for error in errors:
            lang, _dot, rest = error.field.removeprefix("languages.").partition(".")
            if error.field == "review_days":
                self.settings.review_error.set_error(validation_text(error))
            elif error.field.startswith("languages.") and lang in self.editors and rest:
                by_language.setdefault(lang, []).append(
                    ValidationError(rest, error.message, error.code, **error.params)
                )
            else:
                self.general_error.set_error(validation_text(error))
        for lang, found in reversed(by_language.items()):  # the first language stays shown
            self.tabs.setCurrentWidget(self.editors[lang])
            self.editors[lang].show_errors([(e.field, validation_text(e)) for e in found])
        if errors[0].field == "review_days":
            self.settings.review_spin.setFocus()

    def on_save_button_clicked(self) -> None:
        self.clear_errors()
        row = self.current
        if row is None or not self.is_dirty():
            self.general_error.set_error(self.tr("Nothing to save: no clause was changed."))
            return
        texts = {lang: self.texts(lang) for lang in self.changed_languages()}
        roc, days = self.settings.values()
        mine = self.changed_settings()
        contracts = self.ctx.services.contracts
        base = row
        for _attempt in range(2):
            try:
                saved = contracts.save_template(
                    self.region,
                    texts,
                    roc_dates=roc if "roc_dates" in mine else base.roc_dates,
                    review_days=days if "review_days" in mine else base.review_days,
                    base_version=base.version,
                )
            except StaleRecord:
                newest = self.newest_if_confirmed()
                if newest is None:
                    return
                base = newest
                continue
            except ValidationErrors as exc:
                self.show_errors(list(exc.errors))
            except ValidationError as exc:
                self.show_errors([exc])
            except PermissionDenied:
                messages.critical(self, self.tr("Not saved"), self.not_allowed())
            except ShowroomError as exc:
                messages.critical(self, self.tr("Not saved"), str(exc))
            else:
                self.after_saving(saved)
            return

    def after_saving(self, saved: TemplateRow) -> None:
        tab = self.tabs.currentIndex()
        self.load(self.region)
        self.tabs.setCurrentIndex(tab)
        self._status = self.tr("Saved as version %1.").replace("%1", str(saved.version))
        self.refresh_status()

    def newest_if_confirmed(self) -> TemplateRow | None:
        """Someone saved a version since this one was read: the newest version, when the
        user agrees to save on top of it (what was not changed here keeps its text)."""
        try:
            newest = self.ctx.services.contracts.templates(self.region)
        except ShowroomError as exc:
            messages.critical(self, self.tr("Not saved"), str(exc))
            return None
        agreed = messages.ask(
            self,
            self.tr("Save contract template"),
            self.tr(
                "Version %1 was saved while you were editing. Save your changed languages "
                "on top of it anyway?"
            ).replace("%1", str(newest[0].version)),
        )
        return newest[0] if agreed else None

    def not_allowed(self) -> str:
        return self.tr("Only a sales manager or an administrator may change contract templates.")

    # -- slots --------------------------------------------------------------------------------
    def on_region_combo_activated(self, _index: int) -> None:
        region = Region(self.region_combo.currentData())
        if region is self.region:
            return
        if self.is_dirty() and not self.ask_discard():
            self.region_combo.setCurrentIndex(self.region_combo.findData(self.region.value))
            return
        self._status = ""
        self.load(region)

    def on_versions_panel_restore_requested(self, row: TemplateRow) -> None:
        if self.is_dirty() and not self.ask_discard():
            return
        self.edit_version(row)
        self.versions_panel.select_current()

    def on_preview_button_clicked(self) -> None:
        lang = LANGUAGES[self.tabs.currentIndex()]
        QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            pdf = self.ctx.services.documents.preview_contract_template(
                self.region, lang, self.drafted(lang)
            )
        except PermissionDenied:
            messages.critical(self, self.tr("No preview"), self.not_allowed())
            return
        except ValidationError as exc:
            messages.critical(self, self.tr("No preview"), validation_text(exc))
            return
        except ShowroomError as exc:
            messages.critical(self, self.tr("No preview"), str(exc))
            return
        finally:
            QGuiApplication.restoreOverrideCursor()
        title = self.tr("Sample contract — %1, %2").replace("%1", labels.region(self.region.value))
        if self.preview is not None:  # replaced by the new one
            old, self.preview = self.preview, None
            old.destroyed.disconnect(self.on_preview_destroyed)
            old.close()
        self.preview = PdfPreviewDialog(
            pdf,
            title.replace("%2", labels.language_name(lang)),
            self,
            suggested_name=f"contract-template-{self.region.value}-{lang}-sample.pdf",
        )
        self.preview.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.preview.destroyed.connect(self.on_preview_destroyed)
        self.preview.open()

    def on_preview_destroyed(self, *_args: object) -> None:
        self.preview = None

    def ask_discard(self) -> bool:
        return messages.ask(
            self,
            self.tr("Discard changes"),
            self.tr("Discard your unsaved changes to the contract clauses?"),
        )

    def reject(self) -> None:
        """Close / Escape: drop the edits, after asking when something was changed."""
        if self.is_dirty() and not self.ask_discard():
            return
        super().reject()


class ContractTemplatesButton(QPushButton):
    """The Settings page's "Contract templates…" button (managers); it translates itself."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        name_widget(self, "settings_contract_templates")
        self.setAutoDefault(False)
        self.editor: ContractTemplatesEditor | None = None
        self.clicked.connect(self.on_clicked)
        if not ctx.services.session.can(Capability.EDIT_SETTINGS):
            self.hide()  # the Settings box holding it is hidden too; this is for elsewhere
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        self.setText(self.tr("Contract templates…"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    def on_clicked(self) -> None:
        if not self.ctx.services.session.can(Capability.EDIT_SETTINGS):
            messages.critical(
                self,
                self.tr("Contract templates"),
                self.tr("Only a sales manager or an administrator may change contract templates."),
            )
            return
        if self.editor is not None:
            self.editor.raise_()
            self.editor.activateWindow()
            return
        self.editor = ContractTemplatesEditor(self.ctx, self.window())
        self.editor.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.editor.destroyed.connect(self.on_editor_destroyed)
        self.editor.open()

    def on_editor_destroyed(self, *_args: object) -> None:
        self.editor = None


__all__ = ["ContractTemplatesButton", "ContractTemplatesEditor"]
