"""The import preview: before anything is written, show per file what it is,
how its columns map, the first rows as stored and what would be new, already
there or rejected; let the owner fix the mapping and answer the day/month
question; then hand back one ``ImportPlan`` per file.

Previews run through the operation runner (serialised with writes, because a
preview dry-runs the real insert inside a transaction that is rolled back).
"""
from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from desktop.core.errors import FileReadError, UnrecognisedFileError, UserError, error_message
from desktop.services import formats
from desktop.services.formats import ReadOptions
from desktop.ui.context import UiContext
from desktop.ui.messages_text import message_text
from desktop.ui.models.columns import format_count
from desktop.ui.models.preview_models import cell_text
from desktop.ui.operation import Operation
from desktop.ui.richtext import plain_label
from desktop.ui.widgets.preview_panel import CONFIDENT, PreviewPanel, date_example

DIALOG_SIZE = (1080, 700)
SCREEN_SHARE = 0.92


@dataclass(frozen=True)
class ImportPlan:
    """How to import one file, as the owner confirmed it in the preview."""

    path: str
    kind: str | None
    fmt: str | None
    options: ReadOptions
    skip_rejected: bool


@dataclass(frozen=True)
class Unrecognised:
    """A file no format recognises: its header row, for mapping by hand."""

    headers: tuple[str, ...]
    examples: tuple[str, ...]
    problem: str


@dataclass
class _FileState:
    path: str
    kind: str | None = None
    fmt: str | None = None
    dayfirst: bool | None = None
    columns: dict[str, str] | None = None  # the owner's mapping; None = as recognised
    base: Any = None  # the first preview: the mapping edits are relative to it
    preview: Any = None
    confidence: float = 0.0
    headers: tuple[str, ...] = ()
    examples: dict[str, str] = field(default_factory=dict)  # first row of a file mapped by hand
    unrecognised: bool = False
    error: str = ""
    ambiguous: tuple[str, ...] = ()
    example: str = ""
    loading: bool = False
    generation: int = 0
    operation: Operation | None = field(default=None, repr=False)


class ImportPreviewDialog(QDialog):
    """``ready`` fires once every file's first preview is in (or failed);
    after ``accept()``, ``plans()`` says what to import."""

    ready = Signal()
    preview_updated = Signal(str)  # path, after each preview (tests wait on it)
    dont_ask_toggled = Signal(bool)

    def __init__(self, ctx: UiContext, paths: list[str], dont_ask: bool = False,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self._states = [_FileState(p) for p in paths]
        self._panels: list[PreviewPanel] = []
        self._ready_sent = False
        self._dont_ask = dont_ask
        self._setup_ui()
        for state in self._states:
            self._run_preview(state)

    # Public -----------------------------------------------------------------

    def panel(self, index: int = 0) -> PreviewPanel:
        return self._panels[index]

    def state(self, index: int = 0) -> _FileState:
        return self._states[index]

    def is_ready(self) -> bool:
        return all(not s.loading for s in self._states)

    def rows_to_import(self) -> int:
        return sum(self._changes(s.preview) for s in self._importable())

    def rejected_count(self) -> int:
        return sum(len(s.preview.rejected) for s in self._importable())

    def all_clean(self) -> bool:
        """Every file recognised for certain, nothing rejected, no question open:
        safe to import without asking when the owner said so."""
        return bool(self._states) and all(
            s.preview is not None and not s.error and not s.unrecognised and not formats.is_generic(s.fmt or "")
            and s.confidence >= CONFIDENT and not s.ambiguous and not s.preview.rejected
            for s in self._states)

    def plans(self) -> list[ImportPlan]:
        skip = self.skip_check.isChecked() or not self.skip_check.isVisible()
        return [ImportPlan(s.path, s.kind, s.fmt, self._options(s), skip) for s in self._importable()]

    def cancel_previews(self) -> None:
        """Stop the previews still running; their results no longer reach this dialog."""
        for state in self._states:
            state.generation += 1
            state.loading = False
            op, state.operation = state.operation, None
            if op is not None:
                op.cancel()
                op.on_success = op.on_failure = op.on_cancelled = None

    def done(self, result: int) -> None:
        self.cancel_previews()
        super().done(result)

    # UI ---------------------------------------------------------------------

    def _setup_ui(self) -> None:
        self.setWindowTitle(self.tr("Import preview"))
        self.setModal(True)
        width, height = DIALOG_SIZE
        screen = self.screen().availableGeometry() if self.screen() else None
        if screen is not None:
            width = min(width, int(screen.width() * SCREEN_SHARE))
            height = min(height, int(screen.height() * SCREEN_SHARE))
        self.resize(width, height)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(20, 16, 20, 14)
        layout.setSpacing(10)
        intro = QLabel(self.tr("Nothing has been imported yet. Check what Regulars found, fix the columns "
                               "if needed, then import."), self)
        intro.setObjectName("Muted")
        intro.setWordWrap(True)
        layout.addWidget(intro)
        kinds = [(k, self._kind_label(k)) for k in formats.KINDS]
        for state in self._states:
            panel = PreviewPanel(state.path, kinds, self)
            panel.mapping_edited.connect(lambda columns, s=state: self._on_panel_mapping_edited(s, columns))
            panel.dayfirst_chosen.connect(lambda dayfirst, s=state: self._on_panel_dayfirst_chosen(s, dayfirst))
            panel.kind_chosen.connect(lambda kind, s=state: self._on_panel_kind_chosen(s, kind))
            self._panels.append(panel)
        self.tabs: QTabWidget | None = None
        if len(self._panels) == 1:
            layout.addWidget(self._panels[0], 1)
        else:
            self.tabs = QTabWidget(self)
            self.tabs.setDocumentMode(True)
            for panel, state in zip(self._panels, self._states):
                self.tabs.addTab(panel, Path(state.path).name)
            layout.addWidget(self.tabs, 1)

        self.hint_label = plain_label(QLabel("", self))
        self.hint_label.setObjectName("Muted")
        self.hint_label.setWordWrap(True)
        layout.addWidget(self.hint_label)
        row = QHBoxLayout()
        self.dont_ask_check = QCheckBox(self.tr("Don't ask again for recognised formats"), self)
        self.dont_ask_check.setToolTip(self.tr("Import files Regulars recognises for certain straight away, "
                                               "unless rows are rejected or a question needs your answer."))
        self.dont_ask_check.setChecked(self._dont_ask)
        self.dont_ask_check.toggled.connect(self.dont_ask_toggled)
        row.addWidget(self.dont_ask_check)
        row.addStretch(1)
        self.skip_check = QCheckBox(self)
        self.skip_check.setChecked(True)
        self.skip_check.toggled.connect(self._update_buttons)
        self.skip_check.hide()
        row.addWidget(self.skip_check)
        row.addSpacing(12)
        self.cancel_button = QPushButton(self.tr("Cancel"), self)
        self.cancel_button.clicked.connect(self.reject)
        self.import_button = QPushButton(self.tr("Import"), self)
        self.import_button.setProperty("primary", True)
        self.import_button.setDefault(True)
        self.import_button.clicked.connect(self.accept)
        row.addWidget(self.cancel_button)
        row.addWidget(self.import_button)
        layout.addLayout(row)
        self._update_buttons()

    def _kind_label(self, kind: str) -> str:
        return {"reviews": self.tr("Reviews"), "customers": self.tr("Customers"),
                "orders": self.tr("Orders")}.get(kind, kind)

    def _kind_noun(self, kind: str) -> str:
        return {"reviews": self.tr("reviews"), "customers": self.tr("customers"),
                "orders": self.tr("orders")}.get(kind, kind)

    # Previews ---------------------------------------------------------------

    def _options(self, state: _FileState) -> ReadOptions:
        mapping: dict[str, str] = {}
        if state.columns is not None:
            if state.unrecognised or state.base is None:
                mapping = {f: c for c, f in state.columns.items() if f}
            else:
                mapping = state.base.mapping_override(state.columns)
        return ReadOptions(dayfirst=state.dayfirst, column_mapping=mapping)

    def _run_preview(self, state: _FileState) -> None:
        if state.operation is not None:
            state.operation.cancel()
        state.generation += 1
        state.loading = True
        generation, first = state.generation, state.preview is None and not state.unrecognised
        panel = self._panels[self._states.index(state)]
        if first:
            panel.show_message(self.tr("Reading “%1”…").replace("%1", Path(state.path).name))
        else:
            panel.show_busy()
        self._update_buttons()
        imports, path = self._ctx.services.imports, state.path
        kind, fmt, options = state.kind, state.fmt, self._options(state)

        def work(progress: Any, cancel: Any) -> Any:
            try:
                return imports.preview(path, kind, fmt, options, True, progress, cancel)
            except FileReadError as exc:
                if not first or not isinstance(exc, UnrecognisedFileError):
                    raise
                try:
                    headers, examples = formats.file_sample(path)
                except FileReadError:
                    raise exc from None
                return Unrecognised(headers, examples, exc.problem)

        state.operation = self._ctx.runner.run(
            work, label=self.tr("Import preview"), write=True,
            on_success=lambda result: self._on_preview_succeeded(state, generation, result),
            on_failure=lambda error: self._on_preview_failed(state, generation, error),
            on_cancelled=lambda: self._on_preview_cancelled(state, generation))

    def _on_preview_succeeded(self, state: _FileState, generation: int, result: Any) -> None:
        if generation != state.generation:
            return
        state.loading, state.operation, state.error = False, None, ""
        panel = self._panels[self._states.index(state)]
        if isinstance(result, Unrecognised):
            state.unrecognised, state.headers = True, result.headers
            state.examples = dict(zip(result.headers, result.examples))
            state.kind, state.fmt = state.kind or formats.KINDS[0], "generic"
            state.columns = {h: "" for h in result.headers}
            self._show_unmapped(state, panel)
        else:
            self._show_preview(state, panel, result)
        self._after_update(state)

    def _on_preview_failed(self, state: _FileState, generation: int, error: BaseException) -> None:
        if generation != state.generation:
            return
        state.loading, state.operation = False, None
        panel = self._panels[self._states.index(state)]
        if state.unrecognised or state.preview is not None:
            # the owner's mapping does not work yet: say why, keep the mapping on screen
            state.preview = None
            panel.show_problem(self._problem(error))
            panel.show_counts(new=0, duplicates=0, rejected=0)
            panel.show_records([], ())
            panel.show_rejected([])
        elif isinstance(error, UserError):
            state.error = self._problem(error)
            panel.show_message(self.tr("Regulars cannot read “%1”:\n%2")
                               .replace("%1", Path(state.path).name).replace("%2", state.error), error=True)
        else:
            state.error = self.tr("Something went wrong while reading this file.")
            panel.show_message(state.error, error=True)
            self._ctx.runner.reporter.report(error, self.tr("Import preview"))
        self._after_update(state)

    def _on_preview_cancelled(self, state: _FileState, generation: int) -> None:
        if generation == state.generation:
            state.loading, state.operation = False, None
            self._update_buttons()

    def _problem(self, error: BaseException) -> str:
        """What is wrong, in the window's language (the file is named around it)."""
        if isinstance(error, FileReadError):
            problem = message_text(error.problem)
            return problem[:1].upper() + problem[1:]
        return message_text(error_message(error))

    def _show_unmapped(self, state: _FileState, panel: PreviewPanel) -> None:
        kind = state.kind or formats.KINDS[0]
        panel.show_file(title=Path(state.path).name,
                        subtitle=self.tr("Not a format Regulars knows. Tell it which column holds what; "
                                         "nothing is imported until you do."),
                        headers=state.headers, columns=state.columns or {}, fields=formats.field_names(kind),
                        kind=kind, choose_kind=True, samples=state.examples)
        panel.show_problem(self.tr("Choose, for at least one column, what it holds."))
        panel.show_counts(new=0, duplicates=0, rejected=0)
        panel.show_records([], ())
        panel.show_rejected([])
        panel.show_date_question("", "", None)

    def _show_preview(self, state: _FileState, panel: PreviewPanel, preview: Any) -> None:
        if state.base is None and not state.unrecognised:
            state.base, state.confidence = preview, preview.confidence
            state.headers = preview.headers or tuple(preview.columns)
        elif state.unrecognised:
            state.confidence = 0.0
        state.preview, state.kind, state.fmt = preview, preview.kind, preview.format
        if preview.ambiguous_dates:
            state.ambiguous = preview.ambiguous_dates
            state.example = date_example(preview.warnings, preview.ambiguous_dates[0]) or state.example
        generic = formats.is_generic(preview.format)
        name = self.tr("A spreadsheet read by its column names") if generic else formats.describe(preview.format)
        subtitle = self.tr("%1 — %2").replace("%1", name).replace("%2", self._kind_noun(preview.kind))
        subtitle += " · " + self._confidence_text(state)
        columns = dict(preview.columns) if state.columns is None else dict(state.columns)
        if state.columns is not None:  # what the importers really used wins over what was asked
            columns = {h: preview.columns.get(h, "") for h in state.headers}
        first = preview.records[0] if preview.records else {}
        samples = {h: cell_text(first.get(f)) for h, f in columns.items() if f}
        if state.unrecognised:
            samples = {**state.examples, **{h: v for h, v in samples.items() if v}}
        panel.show_file(title=Path(state.path).name, subtitle=subtitle, headers=state.headers, columns=columns,
                        fields=preview.fields or formats.field_names(preview.kind), kind=preview.kind,
                        choose_kind=generic, samples=samples)
        parts = []
        if len(preview.parts) > 1:
            parts = [self.tr("%1: %2 new, %3 already there").replace("%1", Path(p.file).name)
                     .replace("%2", format_count(p.new)).replace("%3", format_count(p.duplicates))
                     for p in preview.parts]
        panel.show_counts(new=preview.new, duplicates=preview.duplicates, rejected=len(preview.rejected),
                          joined=preview.merged, updated=preview.updated, parts=parts)
        panel.show_records(preview.records, list(preview.fields))
        panel.show_rejected(preview.rejected)
        panel.show_problem(self._notes(preview))
        column = state.ambiguous[0] if state.ambiguous else ""
        panel.show_date_question(column, state.example, state.dayfirst)

    def _notes(self, preview: Any) -> str:
        notes = [message_text(w) for w in preview.warnings if getattr(w, "code", "") != "dates.ambiguous"
                 and "could be read either way" not in w]
        return "\n".join(notes[:3])

    def _confidence_text(self, state: _FileState) -> str:
        if state.unrecognised:
            return self.tr("mapped by you")
        if state.confidence >= CONFIDENT and not formats.is_generic(state.fmt or ""):
            return self.tr("recognised for certain")
        return self.tr("a good guess (%1% sure) — check the columns").replace(
            "%1", str(round(state.confidence * 100)))

    def _after_update(self, state: _FileState) -> None:
        self._update_buttons()
        self.preview_updated.emit(state.path)
        if not self._ready_sent and self.is_ready():
            self._ready_sent = True
            self.ready.emit()

    def _importable(self) -> list[_FileState]:
        return [s for s in self._states if s.preview is not None and not s.error]

    def _update_buttons(self) -> None:
        if not hasattr(self, "import_button"):
            return
        rows, rejected = self.rows_to_import(), self.rejected_count()
        self.import_button.setText(self.tr("Import %Ln row(s)", "", rows))
        self.skip_check.setText(self.tr("Skip the %Ln rejected row(s)", "", rejected))
        self.skip_check.setVisible(rejected > 0)
        unanswered = [s for s in self._importable() if s.ambiguous and s.dayfirst is None]
        strict_blocked = rejected > 0 and not self.skip_check.isChecked()
        busy = any(s.loading for s in self._states)
        hint = ""
        if busy:
            hint = self.tr("Reading…")
        elif unanswered and len(self._states) > 1:
            hint = self.tr("Answer the question about dates in “%1” first.").replace(
                "%1", Path(unanswered[0].path).name)
        elif unanswered:
            hint = self.tr("Answer the question about dates first.")
        elif strict_blocked:
            hint = self.tr("Without skipping, importing is all or nothing: "
                           "fix the rejected rows in the file, or tick “Skip”.")
        elif not self._importable():
            hint = self.tr("There is nothing Regulars can import from here yet.")
        elif rows == 0:
            hint = self.tr("Everything in here is already in Regulars.")
        left_out = [s for s in self._states if s.preview is None and not s.loading]
        if not busy and left_out and self._importable() and not hint:
            hint = self.tr("“%1” is left out: it cannot be read, or its columns are not chosen yet.").replace(
                "%1", Path(left_out[0].path).name)
        self.hint_label.setText(hint)
        self.import_button.setEnabled(not busy and not unanswered and not strict_blocked and rows > 0)

    @staticmethod
    def _changes(preview: Any) -> int:
        return preview.new + preview.merged + preview.updated

    # Slots ------------------------------------------------------------------

    def _on_panel_mapping_edited(self, state: _FileState, columns: dict) -> None:
        state.columns = dict(columns)
        if state.unrecognised and not any(columns.values()):
            state.operation and state.operation.cancel()
            state.generation += 1
            state.loading, state.preview = False, None
            self._show_unmapped(state, self._panels[self._states.index(state)])
            self._update_buttons()
            return
        self._run_preview(state)

    def _on_panel_dayfirst_chosen(self, state: _FileState, dayfirst: bool) -> None:
        if state.dayfirst is dayfirst:
            return
        state.dayfirst = dayfirst
        self._run_preview(state)

    def _on_panel_kind_chosen(self, state: _FileState, kind: str) -> None:
        if kind == state.kind:
            return
        state.kind, state.fmt = kind, "generic"
        if state.unrecognised:
            state.columns = {h: "" for h in state.headers}
            self._show_unmapped(state, self._panels[self._states.index(state)])
            return
        state.columns, state.base = None, None
        self._run_preview(state)


def accept_when_clean(dialog: ImportPreviewDialog) -> None:
    """For "don't ask again": import at once when every file is clean, else ask."""
    if dialog.all_clean() and dialog.rows_to_import() > 0:
        dialog.accept()
    else:
        dialog.open()
