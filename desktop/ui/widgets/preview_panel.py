"""One file of the import preview: what it is, the column mapping, the
day/month question, the counts, the first rows and the rejected rows.

Knows nothing about services: the dialog calls ``show_*`` and listens to
``mapping_edited``, ``dayfirst_chosen`` and ``kind_chosen``.
"""
from __future__ import annotations

import re
from collections.abc import Sequence
from html import escape
from pathlib import Path
from typing import Any

from PySide6.QtCore import QDate, QLocale, QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QComboBox,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListWidget,
    QRadioButton,
    QSplitter,
    QStackedWidget,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desktop.ui import palette
from desktop.ui.messages_text import reason_text
from desktop.ui.models.columns import format_count, words_locale
from desktop.ui.models.preview_models import (
    MappingModel,
    PreviewRecordsModel,
    field_label,
)
from desktop.ui.richtext import plain_label
from desktop.ui.style import follow_theme

CONFIDENT = 0.9
"""From this confidence on, a format counts as recognised for certain."""
SOURCE_COLUMN_WIDTH = 180
FIELD_COLUMN_WIDTH = 170
REJECTED_ROWS_SHOWN = 4
"""The rejected rows list grows up to this many rows, then scrolls."""
ROW_PREFIX_RE = re.compile(r"^\s*row\s+\d+\s*:\s*", re.IGNORECASE)
EXAMPLE_RE = re.compile(r"for example '([^']+)'")


def strip_row_prefix(reason: str) -> str:
    """"row 5: Stars 'abc' ..." -> "Stars 'abc' ..." (the list shows the row already)."""
    return ROW_PREFIX_RE.sub("", reason, count=1)


def date_example(warnings: Sequence[str], column: str) -> str:
    """The example value the importers quote for an ambiguous ``column``."""
    for warning in warnings:
        if f"'{column}'" in warning:
            found = EXAMPLE_RE.search(warning)
            if found:
                return found.group(1)
    return ""


def both_readings(example: str) -> tuple[str, str] | None:
    """("3 April 2026", "March 4, 2026") for "03/04/2026"; None when the
    example does not start with two numbers that can both be a month."""
    numbers = re.findall(r"\d+", example)
    if len(numbers) < 2:
        return None
    first, second = int(numbers[0]), int(numbers[1])
    year = numbers[2] if len(numbers) > 2 else ""
    if not (1 <= first <= 12 and 1 <= second <= 12):
        return None
    locale = words_locale()
    # the locale's long date without the weekday ("3 April 2026", "3. April 2026",
    # "April 3, 2026"), the same pattern for both readings; no year, no year shown
    pattern = re.sub(r"d{4}[,.]?\s*|,?\s*d{4}", "", locale.dateFormat(QLocale.FormatType.LongFormat))
    if not year:  # drop the year and its words ("'de' yyyy", "yyyy 'г'.", "yyyy年")
        pattern = (re.sub(r"^y+[^dM]*", "", pattern) if pattern.startswith("y")
                   else re.sub(r"\s*(?:'[^']*'\s*)?[,.]?\s*y+.*$", "", pattern))
    when_year = int(year) if year else 2000  # a leap year: 29 February exists
    if len(year) == 2:
        when_year += 2000
    day_first = locale.toString(QDate(when_year, second, first), pattern)
    month_first = locale.toString(QDate(when_year, first, second), pattern)
    return day_first, month_first


class FieldComboDelegate(QStyledItemDelegate):
    """A combo of field names for the mapping's "Goes into" column; commits at once."""

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem,
                     index: QModelIndex | QPersistentModelIndex) -> QWidget:
        combo = QComboBox(parent)
        model = index.model()
        fields = model.fields() if isinstance(model, MappingModel) else []
        for name in fields:
            combo.addItem(field_label(name), name)
        combo.currentIndexChanged.connect(lambda _=0, c=combo: self.commitData.emit(c))
        return combo

    def setEditorData(self, editor: QWidget, index: QModelIndex | QPersistentModelIndex) -> None:
        if isinstance(editor, QComboBox):
            position = editor.findData(index.data(Qt.ItemDataRole.EditRole) or "")
            editor.blockSignals(True)
            editor.setCurrentIndex(max(position, 0))
            editor.blockSignals(False)

    def setModelData(self, editor: QWidget, model: Any, index: QModelIndex | QPersistentModelIndex) -> None:
        if isinstance(editor, QComboBox):
            model.setData(index, editor.currentData() or "", Qt.ItemDataRole.EditRole)


class PreviewPanel(QWidget):
    mapping_edited = Signal(dict)  # {column: field}
    dayfirst_chosen = Signal(bool)
    kind_chosen = Signal(str)

    CONTENT, MESSAGE = 0, 1

    def __init__(self, path: str, kinds: Sequence[tuple[str, str]], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.path = path
        self._kinds = list(kinds)  # (kind, label)
        self.mapping_model = MappingModel(self)
        self.records_model = PreviewRecordsModel(self)
        self._setup_ui()
        self.mapping_model.mapping_edited.connect(self.mapping_edited)
        self.mapping_model.modelReset.connect(self._open_editors)

    # Public -----------------------------------------------------------------

    def show_message(self, text: str, error: bool = False) -> None:
        """Replace the whole panel by one message (reading, or a file that cannot be read)."""
        self.message_label.setProperty("tone", "bad" if error else "")
        self.message_label.setText(text)
        self.message_label.style().unpolish(self.message_label)
        self.message_label.style().polish(self.message_label)
        self.stack.setCurrentIndex(self.MESSAGE)

    def show_busy(self) -> None:
        """The preview is being recomputed; the last one stays visible."""
        self.counts_label.setText(self.tr("Updating the preview…"))

    def show_file(self, *, title: str, subtitle: str, headers: Sequence[str], columns: dict[str, str],
                  fields: Sequence[str], kind: str, choose_kind: bool, samples: dict[str, str]) -> None:
        """What the file is and how its columns map."""
        self.subtitle_label.setText(subtitle)
        self.title_label.setText(title)
        self.kind_row.setVisible(choose_kind)
        self.kind_combo.blockSignals(True)
        self.kind_combo.setCurrentIndex(max(self.kind_combo.findData(kind), 0))
        self.kind_combo.blockSignals(False)
        if (list(headers) != self._shown_headers or columns != self.mapping_model.mapping()
                or list(fields) != self.mapping_model.fields()[1:]):
            self._shown_headers = list(headers)
            self.mapping_model.set_mapping(headers, columns, fields, samples)
        else:
            self.mapping_model.set_samples(samples)
        # JSON exports have no columns to map: the rows get the whole width
        self.mapping_pane.setVisible(self.mapping_model.rowCount() > 0)
        self.stack.setCurrentIndex(self.CONTENT)

    def show_counts(self, *, new: int, duplicates: int, rejected: int, joined: int = 0,
                    updated: int = 0, parts: Sequence[str] = ()) -> None:
        """``updated``: stored rows the file changes (an edited review, a
        customer's newer consent); they are never among the ``duplicates``."""
        # the words outside the f-strings: lupdate does not see tr() inside one
        new_word, there_word = self.tr("new"), self.tr("already there")
        joined_word, rejected_word = self.tr("join a customer"), self.tr("rejected")
        updated_word = self.tr("updated")
        self._counts = {"new": new, "duplicates": duplicates, "rejected": rejected, "joined": joined,
                        "updated": updated, "parts": tuple(parts)}
        bits = [(f"<span style='color:{palette.POSITIVE}'><b>{escape(format_count(new))}</b> "
                 f"{escape(new_word)}</span>"),
                f"<b>{escape(format_count(duplicates))}</b> {escape(there_word)}"]
        if joined:
            bits.append(f"<b>{escape(format_count(joined))}</b> {escape(joined_word)}")
        if updated:
            bits.append(f"<b>{escape(format_count(updated))}</b> {escape(updated_word)}")
        colour = palette.NEGATIVE if rejected else palette.MUTED
        bits.append(f"<span style='color:{colour}'><b>{escape(format_count(rejected))}</b> "
                    f"{escape(rejected_word)}</span>")
        html = " &nbsp;·&nbsp; ".join(bits)
        if parts:
            lines = "<br>".join(escape(p) for p in parts)
            html += f"<div style='color:{palette.MUTED}; font-size:9pt'>{lines}</div>"
        self.counts_label.setText(html)

    def show_records(self, records: Sequence[dict], order: Sequence[str]) -> None:
        self.records_model.set_records(records, order)
        self.records_table.resizeColumnsToContents()
        for column in range(self.records_model.columnCount()):
            if self.records_table.columnWidth(column) > 320:
                self.records_table.setColumnWidth(column, 320)

    def show_rejected(self, rejected: Sequence[Any]) -> None:
        """``rejected``: objects with ``row`` and ``reason``."""
        self.rejected_list.clear()
        for r in rejected:
            self.rejected_list.addItem(self.tr("Row %1: %2").replace("%1", str(r.row))
                                       .replace("%2", strip_row_prefix(reason_text(r.reason))))
        self.rejected_title.setVisible(bool(rejected))
        self.rejected_list.setVisible(bool(rejected))
        shown = min(len(rejected), REJECTED_ROWS_SHOWN)
        self.rejected_list.setFixedHeight(shown * self.rejected_list.sizeHintForRow(0) + 14 if shown else 0)

    def show_problem(self, text: str) -> None:
        """A note above the counts ("" hides it): mapping problems, notes about the file."""
        self.problem_label.setText(text)
        self.problem_label.setVisible(bool(text))

    def show_date_question(self, column: str, example: str, dayfirst: bool | None) -> None:
        """Ask how to read ``column`` ("" hides the question); ``dayfirst`` is the answer so far."""
        readings = both_readings(example) if column else None
        if not column:
            self.date_frame.hide()
            return
        shown = example or "03/04"
        day_first, month_first = readings or (self.tr("day first"), self.tr("month first"))
        self.date_question.setText(
            self.tr("Dates in the column “%1” can be read two ways. Is %2 the %3 or %4?")
            .replace("%1", column).replace("%2", shown).replace("%3", day_first).replace("%4", month_first))
        self.day_first_radio.setText(self.tr("%1 = %2 (day first, as in the UK and Europe)")
                                     .replace("%1", shown).replace("%2", day_first))
        self.month_first_radio.setText(self.tr("%1 = %2 (month first, as in the US)")
                                       .replace("%1", shown).replace("%2", month_first))
        self.date_group.blockSignals(True)
        self.date_group.setExclusive(False)
        self.day_first_radio.setChecked(dayfirst is True)
        self.month_first_radio.setChecked(dayfirst is False)
        self.date_group.setExclusive(True)
        self.date_group.blockSignals(False)
        self.date_frame.show()

    # UI ---------------------------------------------------------------------

    def _setup_ui(self) -> None:
        self._shown_headers: list[str] = []
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        self.stack = QStackedWidget(self)
        outer.addWidget(self.stack)

        content = QWidget(self.stack)
        layout = QVBoxLayout(content)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.setSpacing(8)
        self.title_label = plain_label(QLabel(Path(self.path).name, content))
        self.title_label.setObjectName("DropTitle")
        self.title_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.subtitle_label = plain_label(QLabel("", content))
        self.subtitle_label.setObjectName("Muted")
        self.subtitle_label.setWordWrap(True)
        layout.addWidget(self.title_label)
        layout.addWidget(self.subtitle_label)

        self.kind_row = QWidget(content)
        kind_layout = QHBoxLayout(self.kind_row)
        kind_layout.setContentsMargins(0, 0, 0, 0)
        kind_layout.addWidget(QLabel(self.tr("This file holds"), self.kind_row))
        self.kind_combo = QComboBox(self.kind_row)
        for kind, label in self._kinds:
            self.kind_combo.addItem(label, kind)
        self.kind_combo.activated.connect(self._on_kind_combo_activated)
        kind_layout.addWidget(self.kind_combo)
        kind_layout.addStretch(1)
        self.kind_row.hide()
        layout.addWidget(self.kind_row)

        self.date_frame = QFrame(content)
        self.date_frame.setObjectName("Question")
        date_layout = QVBoxLayout(self.date_frame)
        date_layout.setContentsMargins(14, 10, 14, 10)
        self.date_question = plain_label(QLabel("", self.date_frame))
        self.date_question.setWordWrap(True)
        self.date_question.setObjectName("QuestionText")
        self.day_first_radio = QRadioButton(self.date_frame)
        self.month_first_radio = QRadioButton(self.date_frame)
        self.date_group = QButtonGroup(self)
        self.date_group.addButton(self.day_first_radio, 1)
        self.date_group.addButton(self.month_first_radio, 0)
        self.date_group.idClicked.connect(self._on_date_group_clicked)
        date_layout.addWidget(self.date_question)
        date_layout.addWidget(self.day_first_radio)
        date_layout.addWidget(self.month_first_radio)
        self.date_frame.hide()
        layout.addWidget(self.date_frame)

        self.problem_label = plain_label(QLabel("", content))
        self.problem_label.setObjectName("Problem")
        self.problem_label.setWordWrap(True)
        self.problem_label.hide()
        layout.addWidget(self.problem_label)
        self.counts_label = QLabel("", content)
        self._counts: dict | None = None
        follow_theme(self, lambda: self._counts is not None and self.show_counts(**self._counts))
        self.counts_label.setObjectName("Counts")
        self.counts_label.setTextFormat(Qt.TextFormat.RichText)
        layout.addWidget(self.counts_label)

        splitter = QSplitter(Qt.Orientation.Horizontal, content)
        left = QWidget(splitter)
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 6, 0)
        columns_title = QLabel(self.tr("Columns"), left)
        columns_title.setObjectName("CardTitle")
        left_layout.addWidget(columns_title)
        self.mapping_table = QTableView(left)
        self.mapping_table.setModel(self.mapping_model)
        self.mapping_table.setItemDelegateForColumn(MappingModel.FIELD, FieldComboDelegate(self.mapping_table))
        self._style_table(self.mapping_table)
        self.mapping_table.verticalHeader().setDefaultSectionSize(36)
        header = self.mapping_table.horizontalHeader()
        header.setSectionResizeMode(MappingModel.SOURCE, QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(MappingModel.FIELD, QHeaderView.ResizeMode.Fixed)
        header.setSectionResizeMode(MappingModel.SAMPLE, QHeaderView.ResizeMode.Stretch)
        self.mapping_table.setColumnWidth(MappingModel.SOURCE, SOURCE_COLUMN_WIDTH)
        self.mapping_table.setColumnWidth(MappingModel.FIELD, FIELD_COLUMN_WIDTH)
        self.mapping_table.setMinimumWidth(SOURCE_COLUMN_WIDTH + FIELD_COLUMN_WIDTH + 90)
        self.mapping_table.setWordWrap(False)
        left_layout.addWidget(self.mapping_table, 1)
        self.mapping_pane = left

        right = QWidget(splitter)
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(6, 0, 0, 0)
        rows_title = QLabel(self.tr("First rows, as Regulars will store them"), right)
        rows_title.setObjectName("CardTitle")
        right_layout.addWidget(rows_title)
        self.records_table = QTableView(right)
        self.records_table.setModel(self.records_model)
        self._style_table(self.records_table)
        self.records_table.setWordWrap(False)
        self.records_table.horizontalHeader().setStretchLastSection(True)
        right_layout.addWidget(self.records_table, 1)
        splitter.addWidget(left)
        splitter.addWidget(right)
        splitter.setStretchFactor(0, 2)
        splitter.setStretchFactor(1, 3)
        splitter.setChildrenCollapsible(False)
        layout.addWidget(splitter, 1)

        self.rejected_title = QLabel(self.tr("Rows that cannot be imported"), content)
        self.rejected_title.setObjectName("CardTitle")
        self.rejected_list = QListWidget(content)
        self.rejected_list.setObjectName("RejectedList")
        self.rejected_title.hide()
        self.rejected_list.hide()
        layout.addWidget(self.rejected_title)
        layout.addWidget(self.rejected_list)
        self.stack.addWidget(content)

        self.message_label = plain_label(QLabel(self.tr("Reading “%1”…").replace("%1", Path(self.path).name), self.stack))
        self.message_label.setObjectName("PanelMessage")
        self.message_label.setWordWrap(True)
        self.message_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.message_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.stack.addWidget(self.message_label)
        self.stack.setCurrentIndex(self.MESSAGE)

    @staticmethod
    def _style_table(table: QTableView) -> None:
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        table.setEditTriggers(QAbstractItemView.EditTrigger.AllEditTriggers)
        table.setAlternatingRowColors(True)
        table.setShowGrid(False)
        table.verticalHeader().setVisible(False)
        table.horizontalHeader().setHighlightSections(False)

    def _open_editors(self) -> None:
        for row in range(self.mapping_model.rowCount()):
            self.mapping_table.openPersistentEditor(self.mapping_model.index(row, MappingModel.FIELD))

    # Slots ------------------------------------------------------------------

    def _on_kind_combo_activated(self, _index: int) -> None:
        self.kind_chosen.emit(str(self.kind_combo.currentData()))

    def _on_date_group_clicked(self, button_id: int) -> None:
        self.dayfirst_chosen.emit(button_id == 1)
