"""The menu catalogue as a table: one row per item, a checkable column per
tag. Checking a box records the owner's own tags for that item (the owner's
choice wins over the suggested ones); the model emits ``tags_edited`` and the
dialog saves them."""
from __future__ import annotations

from typing import Any, Sequence

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QFont

from desktop.customers.menu import MENU_TAGS
from desktop.services.customer_views import MenuItemInfo
from desktop.ui.customer_text import MENU_TAG_LABELS, label
from desktop.ui.models.columns import RIGHT, SORT_ROLE, format_count

translate = QCoreApplication.translate
FIXED = (QT_TRANSLATE_NOOP("MenuModel", "Item"), QT_TRANSLATE_NOOP("MenuModel", "Ordered"))


class MenuModel(QAbstractTableModel):
    tags_edited = Signal(int, object)  # item id, frozenset of tags

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._items: list[MenuItemInfo] = []

    def set_items(self, items: Sequence[MenuItemInfo]) -> None:
        self.beginResetModel()
        self._items = list(items)
        self.endResetModel()

    def item(self, row: int) -> MenuItemInfo | None:
        return self._items[row] if 0 <= row < len(self._items) else None

    def replace_item(self, item: MenuItemInfo) -> None:
        for row, old in enumerate(self._items):
            if old.id == item.id:
                self._items[row] = item
                self.dataChanged.emit(self.index(row, 0), self.index(row, self.columnCount() - 1))
                return

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._items)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(FIXED) + len(MENU_TAGS)

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._items):
            return None
        item, col = self._items[index.row()], index.column()
        if col == 0:
            if role == Qt.ItemDataRole.DisplayRole:
                return item.name
            if role == SORT_ROLE:
                return item.name.casefold()
            if role == Qt.ItemDataRole.FontRole and item.owner is not None:
                font = QFont()
                font.setBold(True)
                return font
            if role == Qt.ItemDataRole.ToolTipRole:
                return (translate("MenuModel", "Tags chosen by you") if item.owner is not None
                        else translate("MenuModel", "Tags suggested from the name"))
            return None
        if col == 1:
            if role == Qt.ItemDataRole.DisplayRole:
                return format_count(item.times_ordered)
            if role == SORT_ROLE:
                return float(item.times_ordered)
            if role == Qt.ItemDataRole.TextAlignmentRole:
                return int(RIGHT.value)
            return None
        tag = MENU_TAGS[col - len(FIXED)]
        if role == Qt.ItemDataRole.CheckStateRole:
            return Qt.CheckState.Checked if tag in item.tags else Qt.CheckState.Unchecked
        if role == SORT_ROLE:
            return 1.0 if tag in item.tags else 0.0
        return None

    def setData(self, index: QModelIndex | QPersistentModelIndex, value: Any,
                role: int = Qt.ItemDataRole.EditRole) -> bool:
        if not index.isValid() or index.column() < len(FIXED) or role != Qt.ItemDataRole.CheckStateRole:
            return False
        item = self._items[index.row()]
        tag = MENU_TAGS[index.column() - len(FIXED)]
        checked = Qt.CheckState(value) == Qt.CheckState.Checked if not isinstance(value, bool) else value
        tags = set(item.tags)
        tags = tags | {tag} if checked else tags - {tag}
        self._items[index.row()] = MenuItemInfo(item.id, item.name, item.category, item.suggested,
                                                frozenset(tags), item.times_ordered)
        self.dataChanged.emit(self.index(index.row(), 0), self.index(index.row(), self.columnCount() - 1))
        self.tags_edited.emit(item.id, frozenset(tags))
        return True

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        if section < len(FIXED):
            return translate("MenuModel", FIXED[section])
        if section < len(FIXED) + len(MENU_TAGS):
            return label(MENU_TAG_LABELS, MENU_TAGS[section - len(FIXED)])
        return None

    def flags(self, index: QModelIndex | QPersistentModelIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        base = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemNeverHasChildren
        return base | Qt.ItemFlag.ItemIsUserCheckable if index.column() >= len(FIXED) else base
