"""File > Backups…: the database's backups (when, why, size, whether the copy
passed its check), Back up now, Restore, and how many of each kind to keep.

Every call goes through the operation runner: listing as a read, making,
restoring and the keep setting as serialised writes. A restore broadcasts
``data_changed`` for everything; a read-only window lists backups only.
"""
from __future__ import annotations

from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QLocale, Qt, QUrl, Signal
from PySide6.QtGui import QColor, QDesktopServices
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop.core.records import Changed
from desktop.ui import palette
from desktop.ui.context import UiContext
from desktop.ui.models.columns import format_date
from desktop.ui.operation import Operation

REASON_LABELS = {
    "daily": QT_TRANSLATE_NOOP("BackupsDialog", "Daily"),
    "before-import": QT_TRANSLATE_NOOP("BackupsDialog", "Before an import"),
    "before-migration": QT_TRANSLATE_NOOP("BackupsDialog", "Before an update of Regulars"),
    "before-restore": QT_TRANSLATE_NOOP("BackupsDialog", "Before a restore"),
    "before-encryption": QT_TRANSLATE_NOOP("BackupsDialog", "Before encrypting"),
    "manual": QT_TRANSLATE_NOOP("BackupsDialog", "Made by you"),
}
KEEP_RANGE = (1, 100)
"""The spin box's bounds (the service checks them too)."""
EVERYTHING_CHANGED = Changed(reviews=True, customers=True, orders=True, analysis=True)


class BackupsDialog(QDialog):
    """Non-blocking (``open()``); ``loaded`` after each listing, ``restored``
    after a restore finished."""

    loaded = Signal()
    restored = Signal()
    COLUMNS = 4

    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self._backups: list[Any] = []
        self._pending: list[Operation] = []
        self._read_only = bool(getattr(ctx.services, "read_only", False))
        self._setup_ui()
        self.refresh()

    # Public -----------------------------------------------------------------

    def refresh(self) -> None:
        backups = self._ctx.services.backups
        self._track(self._ctx.runner.run(lambda progress, cancel: (backups.list(), backups.keep(),
                                                                   str(backups.folder or "")),
                                         label=self.tr("Listing backups"), on_success=self._on_listed))

    def selected_backup(self) -> Any | None:
        rows = self.table.selectionModel().selectedRows()
        return self._backups[rows[0].row()] if rows else None

    def backup_now(self) -> Operation:
        backups = self._ctx.services.backups
        self._set_busy(True)
        return self._track(self._ctx.runner.run(
            lambda progress, cancel: backups.backup_now(), label=self.tr("Backing up"), write=True,
            on_success=lambda _info: self._after_write(self.tr("Backed up.")), on_failure=self._on_failed))

    def restore(self, backup: Any, confirm: bool = True) -> Operation | None:
        """Restore ``backup`` (after asking, unless ``confirm`` is False)."""
        if confirm and not self._confirm_restore(backup):
            return None
        backups = self._ctx.services.backups
        self._set_busy(True)
        return self._track(self._ctx.runner.run(
            lambda progress, cancel: backups.restore(backup.id), label=self.tr("Restoring a backup"),
            write=True, on_success=self._on_restored, on_failure=self._on_failed))

    def done(self, result: int) -> None:
        for op in self._pending:
            if not op.done:
                op.on_success = op.on_failure = op.on_cancelled = None
        self._pending.clear()
        super().done(result)

    # UI ---------------------------------------------------------------------

    def _setup_ui(self) -> None:
        self.setWindowTitle(self.tr("Backups"))
        self.resize(720, 440)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(20, 18, 20, 14)
        intro = QLabel(self.tr("Regulars copies your data here every day you use it, before every import and "
                               "before each update. Each copy is checked when it is made."), self)
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.folder_label = QLabel("", self)
        self.folder_label.setTextFormat(Qt.TextFormat.PlainText)
        self.folder_label.setObjectName("Muted")
        self.folder_label.setWordWrap(True)
        self.folder_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(self.folder_label)
        self.table = QTableWidget(0, self.COLUMNS, self)
        self.table.setHorizontalHeaderLabels([self.tr("When"), self.tr("Why"), self.tr("Size"), self.tr("Check")])
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.ResizeToContents)
        self.table.itemSelectionChanged.connect(self._update_buttons)
        self.table.itemDoubleClicked.connect(lambda _item: self._on_restore_clicked())
        layout.addWidget(self.table, 1)
        self.empty_label = QLabel(self.tr("No backups yet. The first one is made today."), self)
        self.empty_label.setObjectName("Muted")
        layout.addWidget(self.empty_label)

        keep_row = QHBoxLayout()
        keep_row.addWidget(QLabel(self.tr("Keep the newest"), self))
        self.keep_spin = QSpinBox(self)
        self.keep_spin.setRange(*KEEP_RANGE)
        self.keep_spin.setEnabled(not self._read_only)
        self.keep_spin.editingFinished.connect(self._on_keep_edited)
        keep_row.addWidget(self.keep_spin)
        keep_row.addWidget(QLabel(self.tr("backups of each kind (copies made before an update are all kept)"), self), 1)
        layout.addLayout(keep_row)

        self.status_label = QLabel("", self)
        self.status_label.setTextFormat(Qt.TextFormat.PlainText)
        self.status_label.setWordWrap(True)
        layout.addWidget(self.status_label)

        buttons = QHBoxLayout()
        self.open_folder_button = QPushButton(self.tr("Show the folder"), self)
        self.open_folder_button.clicked.connect(self._on_open_folder_clicked)
        buttons.addWidget(self.open_folder_button)
        buttons.addStretch(1)
        self.backup_button = QPushButton(self.tr("Back up now"), self)
        self.backup_button.clicked.connect(self.backup_now)
        buttons.addWidget(self.backup_button)
        self.restore_button = QPushButton(self.tr("Restore…"), self)
        self.restore_button.clicked.connect(self._on_restore_clicked)
        buttons.addWidget(self.restore_button)
        close_button = QPushButton(self.tr("Close"), self)
        close_button.clicked.connect(self.accept)
        buttons.addWidget(close_button)
        layout.addLayout(buttons)
        if self._read_only:
            self.status_label.setText(self.tr("This window is read-only: backups are made and restored in the "
                                              "window that has your data open."))
        self._update_buttons()

    def _update_buttons(self) -> None:
        busy = any(not op.done for op in self._pending)
        self.backup_button.setEnabled(not self._read_only and not busy)
        self.restore_button.setEnabled(not self._read_only and not busy and self.selected_backup() is not None)

    def _set_busy(self, busy: bool) -> None:
        if busy:
            self.status_label.setText(self.tr("Working…"))
        self.backup_button.setEnabled(not busy and not self._read_only)
        self.restore_button.setEnabled(not busy and not self._read_only and self.selected_backup() is not None)

    # Slots ------------------------------------------------------------------

    def _on_listed(self, loaded: tuple[list[Any], int, str]) -> None:
        self._backups, keep, folder = loaded
        self.keep_spin.blockSignals(True)
        self.keep_spin.setValue(keep)
        self.keep_spin.blockSignals(False)
        self.folder_label.setText(self.tr("Folder: %1").replace("%1", folder) if folder else "")
        locale = QLocale()
        self.table.setRowCount(len(self._backups))
        for row, info in enumerate(self._backups):
            when = format_date(info.created, with_time=True)
            label = REASON_LABELS.get(info.reason)
            why = self.tr(label) if label else info.reason
            if info.encrypted:
                why += " · " + self.tr("encrypted")
            size = self.tr("%1 MB").replace("%1", locale.toString(info.size / 1e6, "f", 1))
            check = {True: self.tr("OK"), False: self.tr("Damaged"), None: self.tr("Not checked")}[info.ok]
            for column, text in enumerate((when, why, size, check)):
                item = QTableWidgetItem(text)
                if column == 3:
                    item.setForeground(QColor(palette.POSITIVE if info.ok else palette.NEGATIVE))
                if column == 2:
                    item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                self.table.setItem(row, column, item)
        self.table.setVisible(bool(self._backups))
        self.empty_label.setVisible(not self._backups)
        self._update_buttons()
        self.loaded.emit()

    def _on_keep_edited(self) -> None:
        backups, n = self._ctx.services.backups, self.keep_spin.value()
        self._track(self._ctx.runner.run(lambda progress, cancel: backups.set_keep(n), label=self.tr("Backups"),
                                         write=True, on_failure=self._on_failed))

    def _on_restore_clicked(self) -> None:
        backup = self.selected_backup()
        if backup is not None and not self._read_only:
            self.restore(backup)

    def _confirm_restore(self, backup: Any) -> bool:
        when = format_date(backup.created, with_time=True)
        box = QMessageBox(QMessageBox.Icon.Question, self.tr("Restore this backup?"),
                          self.tr("Put your data back as it was on %1? What changed since then will be "
                                  "replaced. Your data as it is now is backed up first, so you can come "
                                  "back to it.").replace("%1", when),
                          QMessageBox.StandardButton.Cancel, self)
        box.setTextFormat(Qt.TextFormat.PlainText)
        restore = box.addButton(self.tr("Restore"), QMessageBox.ButtonRole.AcceptRole)
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)
        box.exec()
        return box.clickedButton() is restore

    def _on_restored(self, changed: Any) -> None:
        self._after_write(self.tr("Restored. Your data as it was just before is kept as a backup."))
        self._ctx.signals.broadcast(changed if isinstance(changed, Changed) else EVERYTHING_CHANGED)
        self.restored.emit()

    def _after_write(self, message: str) -> None:
        self.status_label.setText(message)
        self.refresh()

    def _on_failed(self, error: BaseException) -> None:
        self.status_label.setText(str(error) if str(error) else self.tr("That did not work."))
        self._ctx.runner.reporter.report(error, self.tr("Backups"))
        self.refresh()

    def _on_open_folder_clicked(self) -> None:
        folder = self._ctx.services.backups.folder
        if folder is not None:
            folder.mkdir(parents=True, exist_ok=True)
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(folder)))

    def _track(self, op: Operation) -> Operation:
        self._pending = [o for o in self._pending if not o.done] + [op]
        op.finished.connect(self._update_buttons)
        return op
