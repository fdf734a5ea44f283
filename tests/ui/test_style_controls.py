"""The stylesheet's controls drawn the way the eye checks them (issue 15's
screenshot pass): every kind of spin box (whole numbers, decimals, times,
dates) the same height as a text field, with both arrows drawn in the scheme's
icon colour, light and dark; table headers measured and elided in the bold
they are drawn in; a sorted right-aligned title never runs under its arrow."""
from __future__ import annotations

import re
from typing import Iterator

import pytest
from PySide6.QtCore import QDate, QPoint, QRect, Qt, QTime
from PySide6.QtGui import QColor, QFont, QFontMetrics, QImage, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QAbstractSpinBox,
    QApplication,
    QDateEdit,
    QDoubleSpinBox,
    QHeaderView,
    QLineEdit,
    QSpinBox,
    QStyle,
    QStyleOptionSpinBox,
    QTableView,
    QTimeEdit,
    QWidget,
)

from desktop.ui import palette
from desktop.ui.style import (ARROWS_DIR, DARK, HEADER_ARROW_ROOM, LIGHT, SPIN_BUTTON_WIDTH, ThemeController, arrow_icon,
                              stylesheet)
from tests.ui.conftest import show_page

INK_TOLERANCE = 60
"""A pixel within this distance (summed RGB channels) of a colour counts as drawn in it."""
MIN_ARROW_INK = 4
"""An arrow is drawn when at least this many of its button's pixels are in the arrow colour."""
MIN_TITLE_ARROW_GAP = 3
"""Blank pixel columns kept between a sorted header's last letter and its arrow."""


@pytest.fixture(params=[LIGHT, DARK])
def scheme(request, qapp) -> Iterator[str]:
    """The window in the light, then the dark scheme; back to following the system afterwards."""
    controller = ThemeController.of(qapp)
    controller.set_choice(request.param, force=True)
    yield request.param
    controller.set_choice("system", force=True)


def _spin_boxes(parent: QWidget) -> list[QAbstractSpinBox]:
    whole, decimal = QSpinBox(parent), QDoubleSpinBox(parent)
    whole.setValue(3)
    decimal.setValue(30)
    return [whole, decimal, QTimeEdit(QTime(21, 0), parent), QDateEdit(QDate(2026, 3, 4), parent)]


def _ink(image: QImage, rect: QRect, colour: str) -> int:
    """How many pixels of ``rect`` in ``image`` are (about) ``colour``."""
    want = QColor(colour)
    count = 0
    for x in range(rect.left(), rect.right() + 1):
        for y in range(rect.top(), rect.bottom() + 1):
            c = image.pixelColor(x, y)
            if abs(c.red() - want.red()) + abs(c.green() - want.green()) + abs(c.blue() - want.blue()) <= INK_TOLERANCE:
                count += 1
    return count


def test_every_arrow_icon_exists_in_the_palette_colours() -> None:
    for dark in (False, True):
        with palette.using(dark):
            for direction in ("up", "down"):
                for disabled, name in ((False, "ICON"), (True, "DISABLED_TEXT")):
                    path = arrow_icon(direction, disabled)
                    assert path.startswith(ARROWS_DIR.as_posix())
                    svg = open(path, encoding="utf-8").read()
                    assert re.findall(r"#[0-9a-fA-F]{6}", svg) == [palette.colour(name, dark)], path
                    assert f'url("{path}")' in stylesheet()


def test_every_spin_box_kind_has_the_text_fields_height_and_drawn_arrows(qtbot, scheme: str) -> None:
    host = QWidget()
    qtbot.addWidget(host)
    line = QLineEdit("text", host)
    boxes = _spin_boxes(host)
    for box in boxes:
        box.resize(160, box.sizeHint().height())
    host.show()
    qtbot.waitExposed(host)
    for box in boxes:
        kind = type(box).__name__
        # the time field was thinner than the others: it was not in the stylesheet's selector
        assert box.sizeHint().height() == line.sizeHint().height(), kind
        option = QStyleOptionSpinBox()
        box.initStyleOption(option)
        image = box.grab().toImage()
        for control in (QStyle.SubControl.SC_SpinBoxUp, QStyle.SubControl.SC_SpinBoxDown):
            button = box.style().subControlRect(QStyle.ComplexControl.CC_SpinBox, option, control, box)
            assert SPIN_BUTTON_WIDTH <= button.width() <= SPIN_BUTTON_WIDTH + 1, (kind, control)  # + its border
            # the whole arrow is in the scheme's icon colour (a half-drawn native one was "3 ⊣")
            assert _ink(image, button, palette.ICON) >= MIN_ARROW_INK, (kind, control, scheme)


def _sorted_table(qtbot, titles: list[str], sort_column: int) -> QTableView:
    model = QStandardItemModel(2, len(titles))
    for column, title in enumerate(titles):
        item = QStandardItem(title)
        item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        model.setHorizontalHeaderItem(column, item)
    table = QTableView()
    qtbot.addWidget(table)
    table.setModel(model)
    table.setSortingEnabled(True)
    table.sortByColumn(sort_column, Qt.SortOrder.AscendingOrder)
    table.resize(600, 120)
    table.show()
    qtbot.waitExposed(table)
    return table


def test_headers_are_measured_in_the_bold_they_are_drawn_in(qtbot) -> None:
    table = _sorted_table(qtbot, ["Опубликован", "Последний визит"], 0)
    header = table.horizontalHeader()
    assert header.font().weight() == QFont.Weight.DemiBold
    assert header.textElideMode() == Qt.TextElideMode.ElideRight  # a narrow column shows "Опу…"
    bold = QFont(QApplication.font())
    bold.setWeight(QFont.Weight.DemiBold)
    for column in range(2):
        title = str(table.model().headerData(column, Qt.Orientation.Horizontal))
        assert header.sectionSizeHint(column) >= QFontMetrics(bold).horizontalAdvance(title) + HEADER_ARROW_ROOM


def _ink_columns(image: QImage, left: int, right: int, background: QColor) -> list[bool]:
    """For each pixel column from ``left`` to ``right``: does anything but ``background`` show in it?"""
    def differs(c: QColor) -> bool:
        return abs(c.red() - background.red()) + abs(c.green() - background.green()) + \
            abs(c.blue() - background.blue()) > INK_TOLERANCE
    return [any(differs(image.pixelColor(x, y)) for y in range(2, image.height() - 3)) for x in range(left, right)]


def test_a_sorted_right_aligned_title_keeps_clear_of_its_arrow(qtbot, scheme: str) -> None:
    table = _sorted_table(qtbot, ["Визиты", "Visite"], 0)
    header = table.horizontalHeader()
    for column in range(2):
        table.sortByColumn(column, Qt.SortOrder.AscendingOrder)
        header.resizeSection(column, header.sectionSizeHint(column))
        QApplication.processEvents()
        image = header.grab().toImage()
        left = header.sectionViewportPosition(column)
        ink = _ink_columns(image, left, left + header.sectionSize(column) - 1,
                           image.pixelColor(QPoint(left + 2, image.height() // 2)))
        # from the right: the arrow, then blank columns, then the title's last letter
        runs: list[tuple[bool, int]] = []
        for inked in reversed(ink):
            if runs and runs[-1][0] == inked:
                runs[-1] = (inked, runs[-1][1] + 1)
            else:
                runs.append((inked, 1))
        inked_runs = [k for k, (inked, _) in enumerate(runs) if inked]
        assert len(inked_runs) >= 2, (column, runs)  # an arrow and a title, apart
        arrow, title = inked_runs[0], inked_runs[1]
        gap = sum(width for _, width in runs[arrow + 1:title])
        assert gap >= MIN_TITLE_ARROW_GAP, (column, scheme, runs)


def test_every_table_header_of_the_window_draws_bold_and_elides(qtbot, window) -> None:
    for key in ("reviews", "customers", "messages", "import"):
        show_page(qtbot, window, key)
    headers = [h for h in window.findChildren(QHeaderView) if h.orientation() == Qt.Orientation.Horizontal]
    assert len(headers) >= 5
    for header in headers:
        header.ensurePolished()
        assert header.font().weight() == QFont.Weight.DemiBold, header.parent().objectName()
        assert header.textElideMode() == Qt.TextElideMode.ElideRight
