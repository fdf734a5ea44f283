"""The owner's own dishes and staff names: two lists to add to and remove
from, plus names proposed from the reviews ("Add as dish" / "Add as staff").

Knows nothing about services: the owner (the Settings dialog) loads the
lists and suggestions into it and reads ``terms()`` back; ``changed`` is
emitted whenever a list changes.
"""
from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

KINDS = ("dish", "staff")
NAME_MAX_CHARS = 80


def clean_name(name: str) -> str:
    """Collapse whitespace; "" when nothing is left."""
    return " ".join(name.split())


def display_name(term: str) -> str:
    """A proposed term is lower-case ("pastel de nata"); start it with a capital."""
    return term[:1].upper() + term[1:]


class NameListEditor(QWidget):
    """One list of names with a box to add a name and a button to remove one."""

    changed = Signal()

    def __init__(self, title: str, placeholder: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._title = title
        self._placeholder = placeholder
        self._setup_ui()

    def names(self) -> list[str]:
        return [self.list.item(i).text() for i in range(self.list.count())]

    def set_names(self, names: list[str]) -> None:
        self.list.clear()
        for name in sorted({clean_name(n).lower(): clean_name(n) for n in names if clean_name(n)}.values(),
                           key=str.lower):
            self.list.addItem(name)
        self._update_buttons()

    def contains(self, name: str) -> bool:
        key = clean_name(name).lower()
        return any(n.lower() == key for n in self.names())

    def add_name(self, name: str) -> bool:
        """Add ``name`` in sorted place; False (and the existing one selected) when already listed."""
        name = clean_name(name)
        if not name:
            return False
        names = self.names()
        for row, existing in enumerate(names):
            if existing.lower() == name.lower():
                self.list.setCurrentRow(row)
                return False
        row = sum(1 for n in names if n.lower() < name.lower())
        self.list.insertItem(row, name)
        self.list.setCurrentRow(row)
        self._update_buttons()
        self.changed.emit()
        return True

    def remove_selected(self) -> None:
        rows = sorted((self.list.row(item) for item in self.list.selectedItems()), reverse=True)
        for row in rows:
            self.list.takeItem(row)
        if rows:
            self._update_buttons()
            self.changed.emit()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        # Enter in the box adds the name instead of pressing the dialog's Save button.
        if (watched is self.name_edit and event.type() == QEvent.Type.KeyPress
                and isinstance(event, QKeyEvent) and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)):
            self._on_add_clicked()
            return True
        return super().eventFilter(watched, event)

    def _setup_ui(self) -> None:
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(6)
        title = QLabel(self._title, self)
        title.setObjectName("CardTitle")
        layout.addWidget(title)
        self.list = QListWidget(self)
        self.list.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.list.setMinimumHeight(140)
        self.list.itemSelectionChanged.connect(self._on_list_selection_changed)
        layout.addWidget(self.list, 1)
        row = QHBoxLayout()
        row.setSpacing(6)
        self.name_edit = QLineEdit(self)
        self.name_edit.setMaxLength(NAME_MAX_CHARS)
        self.name_edit.setPlaceholderText(self._placeholder)
        self.name_edit.setClearButtonEnabled(True)
        self.name_edit.textChanged.connect(self._on_name_edit_text_changed)
        self.name_edit.installEventFilter(self)
        row.addWidget(self.name_edit, 1)
        self.add_button = QPushButton(self.tr("Add"), self)
        self.add_button.setAutoDefault(False)
        self.add_button.clicked.connect(self._on_add_clicked)
        row.addWidget(self.add_button)
        self.remove_button = QPushButton(self.tr("Remove"), self)
        self.remove_button.setAutoDefault(False)
        self.remove_button.clicked.connect(self._on_remove_clicked)
        row.addWidget(self.remove_button)
        layout.addLayout(row)
        self._update_buttons()

    def _update_buttons(self) -> None:
        self.add_button.setEnabled(bool(clean_name(self.name_edit.text())))
        self.remove_button.setEnabled(bool(self.list.selectedItems()))

    def _on_add_clicked(self) -> None:
        if self.add_name(self.name_edit.text()) or self.contains(self.name_edit.text()):
            self.name_edit.clear()

    def _on_remove_clicked(self) -> None:
        self.remove_selected()

    def _on_name_edit_text_changed(self, _text: str) -> None:
        self._update_buttons()

    def _on_list_selection_changed(self) -> None:
        self._update_buttons()


class TermsEditor(QWidget):
    """"Your dishes and staff": the two lists and the suggestions from the reviews."""

    changed = Signal()
    COL_TERM, COL_COUNT = 0, 1

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._suggestions: list[tuple[str, int]] = []
        self._looking = True  # until the first set_suggestions() with a list
        self._setup_ui()

    def terms(self) -> dict[str, list[str]]:
        return {"dish": self.dishes.names(), "staff": self.staff.names()}

    def set_terms(self, terms: dict[str, list[str]]) -> None:
        self.dishes.set_names(list(terms.get("dish", [])))
        self.staff.set_names(list(terms.get("staff", [])))
        self._fill_suggestions()

    def editor(self, kind: str) -> NameListEditor:
        return self.dishes if kind == "dish" else self.staff

    def set_suggestions(self, suggestions: list[tuple[str, int]] | None) -> None:
        """``None`` while the reviews are being read."""
        self._suggestions = list(suggestions or [])
        self._looking = suggestions is None
        self._fill_suggestions()

    def suggestions(self) -> list[tuple[str, int]]:
        """What the suggestions list shows now (terms already listed are left out)."""
        out = []
        for i in range(self.suggestion_tree.topLevelItemCount()):
            item = self.suggestion_tree.topLevelItem(i)
            out.append((str(item.data(self.COL_TERM, Qt.ItemDataRole.UserRole)),
                        int(item.data(self.COL_COUNT, Qt.ItemDataRole.DisplayRole))))
        return out

    def select_suggestion(self, term: str) -> bool:
        for i in range(self.suggestion_tree.topLevelItemCount()):
            item = self.suggestion_tree.topLevelItem(i)
            if item.data(self.COL_TERM, Qt.ItemDataRole.UserRole) == term:
                self.suggestion_tree.setCurrentItem(item)
                return True
        return False

    def add_selected_suggestions(self, kind: str) -> list[str]:
        """Add the selected suggestions to the ``kind`` list; returns the names added."""
        added = []
        for item in self.suggestion_tree.selectedItems():
            name = display_name(str(item.data(self.COL_TERM, Qt.ItemDataRole.UserRole)))
            if self.editor(kind).add_name(name):
                added.append(name)
        self._fill_suggestions()
        return added

    def _setup_ui(self) -> None:
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(10)
        intro = QLabel(self.tr("Regulars looks for these names in your reviews, so you can see what people "
                               "say about each dish and each member of your team."), self)
        intro.setObjectName("Muted")
        intro.setWordWrap(True)
        layout.addWidget(intro)
        lists = QGridLayout()
        lists.setHorizontalSpacing(16)
        self.dishes = NameListEditor(self.tr("Dishes and drinks"), self.tr("e.g. Pastel de nata"), self)
        self.staff = NameListEditor(self.tr("Staff"), self.tr("e.g. Marco"), self)
        self.dishes.changed.connect(self._on_list_changed)
        self.staff.changed.connect(self._on_list_changed)
        lists.addWidget(self.dishes, 0, 0)
        lists.addWidget(self.staff, 0, 1)
        layout.addLayout(lists, 1)
        title = QLabel(self.tr("Suggestions from your reviews"), self)
        title.setObjectName("CardTitle")
        layout.addWidget(title)
        self.suggestion_tree = QTreeWidget(self)
        self.suggestion_tree.setRootIsDecorated(False)
        self.suggestion_tree.setColumnCount(2)
        self.suggestion_tree.setHeaderLabels([self.tr("Name or phrase"), self.tr("Reviews mentioning it")])
        self.suggestion_tree.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.suggestion_tree.setMinimumHeight(120)
        header = self.suggestion_tree.header()
        header.setSectionResizeMode(self.COL_TERM, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(self.COL_COUNT, QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(False)
        self.suggestion_tree.itemSelectionChanged.connect(self._on_suggestion_selection_changed)
        layout.addWidget(self.suggestion_tree, 1)
        self.suggestions_note = QLabel(self)
        self.suggestions_note.setObjectName("Muted")
        self.suggestions_note.setWordWrap(True)
        layout.addWidget(self.suggestions_note)
        row = QHBoxLayout()
        row.addStretch(1)
        self.add_dish_button = QPushButton(self.tr("Add as dish"), self)
        self.add_dish_button.setAutoDefault(False)
        self.add_dish_button.clicked.connect(self._on_add_dish_clicked)
        row.addWidget(self.add_dish_button)
        self.add_staff_button = QPushButton(self.tr("Add as staff"), self)
        self.add_staff_button.setAutoDefault(False)
        self.add_staff_button.clicked.connect(self._on_add_staff_clicked)
        row.addWidget(self.add_staff_button)
        layout.addLayout(row)
        self._fill_suggestions()

    def _fill_suggestions(self) -> None:
        listed = [n.lower() for names in self.terms().values() for n in names]
        self.suggestion_tree.clear()
        for term, count in self._suggestions:
            if term.lower() in listed:
                continue
            item = QTreeWidgetItem([display_name(term), ""])
            item.setData(self.COL_TERM, Qt.ItemDataRole.UserRole, term)
            item.setData(self.COL_COUNT, Qt.ItemDataRole.DisplayRole, int(count))
            item.setTextAlignment(self.COL_COUNT, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            self.suggestion_tree.addTopLevelItem(item)
        if self._looking:
            self.suggestions_note.setText(self.tr("Looking through your reviews…"))
        elif self.suggestion_tree.topLevelItemCount() == 0:
            self.suggestions_note.setText(
                self.tr("No suggestions yet: names show up here once several reviews mention them."))
        else:
            self.suggestions_note.setText(self.tr("Pick a name and add it as a dish or as a member of staff."))
        self._on_suggestion_selection_changed()

    def _on_list_changed(self) -> None:
        self.changed.emit()

    def _on_suggestion_selection_changed(self) -> None:
        selected = bool(self.suggestion_tree.selectedItems())
        self.add_dish_button.setEnabled(selected)
        self.add_staff_button.setEnabled(selected)

    def _on_add_dish_clicked(self) -> None:
        self.add_selected_suggestions("dish")

    def _on_add_staff_clicked(self) -> None:
        self.add_selected_suggestions("staff")
