"""Settings → "Contract templates…": the dealership's contract clauses (issue 6, item 4).

Each region (CN / TW / HK) has one template, stored as numbered versions. The dialog shows
the versions and edits the current one's clauses in each document language; Save hands
each changed language to ``ContractService.save_clauses``, which validates it and stores a
new version (the service takes one language at a time, so edits in two languages become
two versions; every language is checked before the first is saved). New contracts use the
newest version; a signed contract keeps the version it was signed with, so its reprint
never changes. "Preview…" renders a sample contract with the clauses as typed, before
anything is saved. Managers and administrators only (the service refuses others too).
Enter never saves; Ctrl+S does; Close / Escape asks before dropping unsaved edits.
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
    ValidationError,
    ValidationErrors,
)
from showroom_app.domain.permissions import Capability
from showroom_app.services.contracts import TemplateRow
from showroom_app.services.contracts_rules import LANGUAGES, clause_errors
from showroom_app.ui import labels, messages
from showroom_app.ui.context import AppContext
from showroom_app.ui.contract_templates_editor_clauses import ClauseDraft, ClauseListEditor
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
        split.setSizes([340, 840])

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
        chain.append(self.tabs)
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
        self.edit_clauses(self.current.clauses if self.current else {})
        return True

    def edit_clauses(self, clauses: dict[str, Clauses]) -> None:
        self.draft = {
            lang: [ClauseDraft(h, t) for h, t in clauses.get(lang, [])] for lang in LANGUAGES
        }
        self.general_error.set_error("")
        for lang, editor in self.editors.items():
            editor.set_clauses(self.draft[lang])
        self.refresh_status()

    # -- the draft ----------------------------------------------------------------------------
    def drafted(self, language: str) -> Clauses:
        return [c.cleaned() for c in self.draft[language]]

    def changed_languages(self) -> list[str]:
        stored = self.current.clauses if self.current else {}
        return [lang for lang in LANGUAGES if self.drafted(lang) != stored.get(lang, [])]

    def is_dirty(self) -> bool:
        return bool(self.changed_languages())

    def on_draft_changed(self) -> None:
        self._status = ""
        self.refresh_status()

    def refresh_status(self) -> None:
        version = str(self.current.version) if self.current else ""
        self.clauses_box.setTitle(
            self.tr("Clauses of the current version (%1)").replace("%1", version)
        )
        changed = self.changed_languages() if self.versions else []
        for n, lang in enumerate(LANGUAGES):
            mark = " •" if lang in changed else ""
            self.tabs.setTabText(n, labels.language_name(lang) + mark)
        if not changed:
            self.status_label.setText(self._status)
            return
        first = (self.current.version if self.current else 0) + 1
        comma = "、" if self.ctx.language.startswith("zh") else ", "
        names = comma.join(labels.language_name(lang) for lang in changed)
        if len(changed) == 1:
            text = self.tr("Unsaved changes (%1): Save stores them as version %2.")
            text = text.replace("%2", str(first))
        else:
            text = self.tr(
                "Unsaved changes (%1): Save stores them as versions %2 to %3, one per language."
            )
            text = text.replace("%2", str(first)).replace("%3", str(first + len(changed) - 1))
        self.status_label.setText(text.replace("%1", names))

    # -- saving -------------------------------------------------------------------------------
    def clear_errors(self) -> None:
        self.general_error.set_error("")
        for editor in self.editors.values():
            editor.clear_errors()

    def show_errors(self, language: str, errors: list[ValidationError]) -> None:
        """The service's messages at their fields, on the language's tab."""
        self.general_error.set_error(self.tr("Not saved: please correct the field marked."))
        editor = self.editors.get(language)
        if editor is None:
            self.general_error.set_error(validation_text(errors[0]))
            return
        self.tabs.setCurrentWidget(editor)
        editor.show_errors([(e.field, validation_text(e)) for e in errors])

    def on_save_button_clicked(self) -> None:
        self.clear_errors()
        changed = self.changed_languages()
        if not changed:
            self.general_error.set_error(self.tr("Nothing to save: no clause was changed."))
            return
        for lang in changed:  # checked first, so a refused language saves no other one
            errors = clause_errors(self.drafted(lang))
            if errors:
                self.show_errors(lang, errors)
                return
        if not self.confirm_newest():
            return
        saved: list[TemplateRow] = []
        refused: list[ValidationError] = []
        contracts = self.ctx.services.contracts
        for lang in changed:
            try:
                saved.append(contracts.save_clauses(self.region, lang, self.drafted(lang)))
            except ValidationErrors as exc:
                refused = list(exc.errors)
                break
            except ValidationError as exc:
                refused = [exc]
                break
            except PermissionDenied:
                messages.critical(self, self.tr("Not saved"), self.not_allowed())
                break
            except ShowroomError as exc:
                messages.critical(self, self.tr("Not saved"), str(exc))
                break
        if saved:
            self.after_saving(saved, changed[len(saved) :])
        if refused:  # shown last: reloading after a partial save clears the messages
            self.show_errors(changed[len(saved)], refused)

    def after_saving(self, saved: list[TemplateRow], unsaved: list[str]) -> None:
        """Show the new versions; languages not saved stay in the editor, still pending."""
        tab = self.tabs.currentIndex()
        left = {lang: self.drafted(lang) for lang in unsaved}
        self.load(self.region)
        for lang, clauses in left.items():
            self.draft[lang][:] = [ClauseDraft(h, t) for h, t in clauses]
            self.editors[lang].set_clauses(self.draft[lang])
        self.tabs.setCurrentIndex(tab)
        numbers = [str(r.version) for r in saved]
        self._status = (
            self.tr("Saved as version %1.").replace("%1", numbers[0])
            if len(numbers) == 1
            else self.tr("Saved as versions %1 to %2.")
            .replace("%1", numbers[0])
            .replace("%2", numbers[-1])
        )
        self.refresh_status()

    def confirm_newest(self) -> bool:
        """Someone may have saved a version since this one was read: say so before saving
        on top of it (the languages not changed here keep that version's text)."""
        try:
            newest = self.ctx.services.contracts.templates(self.region)
        except ShowroomError:
            return True  # the save itself reports the problem
        mine = self.current.version if self.current else 0
        if not newest or newest[0].version == mine:
            return True
        return messages.ask(
            self,
            self.tr("Save contract template"),
            self.tr(
                "Version %1 was saved while you were editing. Save your changed languages "
                "on top of it anyway?"
            ).replace("%1", str(newest[0].version)),
        )

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
        self.edit_clauses(row.clauses)
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
