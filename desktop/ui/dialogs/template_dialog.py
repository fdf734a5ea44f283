"""Edit the wording of a campaign in one language: several wordings (so a
customer who gets it again reads other words), each with an e-mail
subject and body and an SMS text; the merge fields listed; a live preview
for an invented customer; checked before it is saved (a template is data:
see ``desktop.messaging.templates``). Loads, previews and saves through
the operation runner; emits ``saved``."""
from __future__ import annotations

from typing import Any

from PySide6.QtCore import QTimer, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from desktop.core.errors import UserError
from desktop.messaging.model import LANGUAGES
from desktop.messaging.templates import MERGE_FIELDS, TemplateProblem, TemplateVersion
from desktop.ui.dialogs.settings_dialog import language_name
from desktop.ui.message_words import campaign_label, merge_field_label

PREVIEW_DELAY_MS = 250
"""The preview follows typing after this pause, so each key does not start a render."""


class TemplateDialog(QDialog):
    saved = Signal()
    loaded = Signal()
    previewed = Signal()

    def __init__(self, ctx: Any, campaign: str, language: str | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self._campaign = campaign
        self._versions: list[TemplateVersion] = []
        self._index = 0
        self._generation = 0
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(PREVIEW_DELAY_MS)
        self._timer.timeout.connect(self._run_preview)
        self._setup_ui(language or "en")
        self._load()

    def versions(self) -> list[TemplateVersion]:
        self._store_current()
        return list(self._versions)

    def language(self) -> str:
        return str(self.language_combo.currentData())

    # UI ------------------------------------------------------------------------

    def _setup_ui(self, language: str) -> None:
        self.setWindowTitle(self.tr("Wording: %1").replace("%1", campaign_label(self._campaign)))
        self.setMinimumSize(900, 560)
        outer = QVBoxLayout(self)
        top = QHBoxLayout()
        self.language_combo = QComboBox(self)
        for code in LANGUAGES:
            self.language_combo.addItem(language_name(code), code)
        self.language_combo.setCurrentIndex(max(self.language_combo.findData(language), 0))
        self.language_combo.currentIndexChanged.connect(lambda _i: self._load())
        self.version_combo = QComboBox(self)
        self.version_combo.currentIndexChanged.connect(self._on_version_changed)
        add = QPushButton(self.tr("Add a wording"), self)
        add.clicked.connect(self._on_add_clicked)
        self.remove_button = QPushButton(self.tr("Remove this wording"), self)
        self.remove_button.clicked.connect(self._on_remove_clicked)
        top.addWidget(QLabel(self.tr("Language"), self))
        top.addWidget(self.language_combo)
        top.addSpacing(12)
        top.addWidget(self.version_combo)
        top.addWidget(add)
        top.addWidget(self.remove_button)
        top.addStretch(1)
        outer.addLayout(top)
        editor = QWidget(self)
        form = QFormLayout(editor)
        self.subject_edit = QLineEdit(editor)
        self.email_edit = QPlainTextEdit(editor)
        self.sms_edit = QPlainTextEdit(editor)
        self.sms_edit.setMaximumHeight(90)
        form.addRow(self.tr("E-mail subject"), self.subject_edit)
        form.addRow(self.tr("E-mail"), self.email_edit)
        form.addRow(self.tr("SMS"), self.sms_edit)
        for widget in (self.subject_edit, self.email_edit, self.sms_edit):
            widget.textChanged.connect(self._on_text_changed)
        side = QWidget(self)
        side_layout = QVBoxLayout(side)
        side_layout.setContentsMargins(0, 0, 0, 0)
        side_layout.addWidget(QLabel(self.tr("Preview for an invented customer"), side))
        self.preview = QPlainTextEdit(side)
        self.preview.setReadOnly(True)
        side_layout.addWidget(self.preview, 2)
        fields = QLabel("<br>".join(f"<b>{{{{ {name} }}}}</b> {merge_field_label(name)}" for name, _ in MERGE_FIELDS), side)
        fields.setWordWrap(True)
        fields.setObjectName("Muted")
        side_layout.addWidget(QLabel(self.tr("Merge fields"), side))
        side_layout.addWidget(fields, 1)
        split = QSplitter(self)
        split.addWidget(editor)
        split.addWidget(side)
        split.setStretchFactor(0, 3)
        split.setStretchFactor(1, 2)
        split.setChildrenCollapsible(False)
        outer.addWidget(split, 1)
        self.problem_label = QLabel("", self)
        self.problem_label.setObjectName("Problem")
        self.problem_label.setWordWrap(True)
        outer.addWidget(self.problem_label)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self)
        self.reset_button = self.buttons.addButton(self.tr("Back to the shipped wording"),
                                                   QDialogButtonBox.ButtonRole.ResetRole)
        self.reset_button.clicked.connect(self._on_reset_clicked)
        self.buttons.accepted.connect(self._on_save_clicked)
        self.buttons.rejected.connect(self.reject)
        outer.addWidget(self.buttons)

    # Behaviour --------------------------------------------------------------------

    def _load(self) -> None:
        campaign, language, messaging = self._campaign, self.language(), self._ctx.services.messaging
        self._ctx.runner.run(lambda progress, cancel: messaging.template(campaign, language),
                             label=self.tr("Loading the wording"), on_success=self._on_loaded)

    def _on_loaded(self, result: tuple) -> None:
        versions, edited = result
        self._versions = list(versions)
        self._index = 0
        self.reset_button.setEnabled(edited)
        self._fill_versions()
        self.loaded.emit()

    def _fill_versions(self) -> None:
        self.version_combo.blockSignals(True)
        self.version_combo.clear()
        for n in range(len(self._versions)):
            self.version_combo.addItem(self.tr("Wording %1 of %2").replace("%1", str(n + 1)).replace("%2", str(len(self._versions))))
        self.version_combo.setCurrentIndex(self._index)
        self.version_combo.blockSignals(False)
        self.remove_button.setEnabled(len(self._versions) > 1)
        self._show_version()

    def _show_version(self) -> None:
        if not self._versions:
            return
        v = self._versions[self._index]
        for widget, text in ((self.subject_edit, v.subject), (self.email_edit, v.email), (self.sms_edit, v.sms)):
            widget.blockSignals(True)
            widget.setText(text) if isinstance(widget, QLineEdit) else widget.setPlainText(text)
            widget.blockSignals(False)
        self._run_preview()

    def _store_current(self) -> None:
        if self._versions:
            self._versions[self._index] = TemplateVersion(self.subject_edit.text(), self.email_edit.toPlainText(),
                                                          self.sms_edit.toPlainText())

    def _on_version_changed(self, index: int) -> None:
        self._store_current()
        self._index = max(0, index)
        self._show_version()

    def _on_add_clicked(self) -> None:
        self._store_current()
        self._versions.append(self._versions[self._index])
        self._index = len(self._versions) - 1
        self._fill_versions()

    def _on_remove_clicked(self) -> None:
        if len(self._versions) > 1:
            del self._versions[self._index]
            self._index = max(0, self._index - 1)
            self._fill_versions()

    def _on_text_changed(self) -> None:
        self._timer.start()

    def _run_preview(self) -> None:
        self._generation += 1
        generation, language, messaging = self._generation, self.language(), self._ctx.services.messaging
        sources = (self.subject_edit.text(), self.email_edit.toPlainText(), self.sms_edit.toPlainText())

        def work(progress: Any, cancel: Any) -> tuple[str, str]:
            try:
                parts = [messaging.preview(s, language) for s in sources]
            except TemplateProblem as exc:
                return "", str(exc)
            return f"{parts[0]}\n\n{parts[1]}\n\n— SMS —\n{parts[2]}", ""

        self._ctx.runner.run(work, label=self.tr("Preview"), on_success=lambda r: self._on_previewed(generation, r))

    def _on_previewed(self, generation: int, result: tuple[str, str]) -> None:
        if generation != self._generation:
            return
        text, problem = result
        if problem:
            self.problem_label.setText(self.tr("This wording cannot be used yet: %1").replace("%1", problem))
        else:
            self.problem_label.clear()
            self.preview.setPlainText(text)
        self.previewed.emit()

    def _on_save_clicked(self) -> None:
        campaign, language, versions, messaging = self._campaign, self.language(), self.versions(), self._ctx.services.messaging
        self.buttons.setEnabled(False)
        self._ctx.runner.run(lambda progress, cancel: messaging.save_template(campaign, language, versions),
                             label=self.tr("Saving the wording"), write=True, on_success=self._on_saved,
                             on_failure=self._on_save_failed)

    def _on_reset_clicked(self) -> None:
        campaign, language, messaging = self._campaign, self.language(), self._ctx.services.messaging
        self._ctx.runner.run(lambda progress, cancel: messaging.reset_template(campaign, language),
                             label=self.tr("Saving the wording"), write=True, on_success=lambda _r: self._load())

    def _on_saved(self, _result: Any) -> None:
        self.buttons.setEnabled(True)
        self.saved.emit()
        self.accept()

    def _on_save_failed(self, error: BaseException) -> None:
        self.buttons.setEnabled(True)
        if isinstance(error, UserError):
            self.problem_label.setText(str(error))
        else:
            self._ctx.runner.reporter.report(error, self.tr("Saving the wording"))
