"""Keyboard focus that never gets lost between pages.

When the owner switches page (Ctrl+1..6, a menu entry, a card on the
Overview), Qt's stacked widget puts the focus on the new page's first control,
or, when the page has none yet (it is still loading: pages load when shown),
on the page widget itself, which takes no focus and from which Tab leads
nowhere. ``focus_into`` moves the focus to the page's first control a Tab
would reach, once the page is in front and loaded. GUI thread only.
"""
from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QAbstractSpinBox,
    QApplication,
    QDialog,
    QLineEdit,
    QTextEdit,
    QWidget,
)

TEXT_INPUTS = (QLineEdit, QTextEdit, QAbstractSpinBox)
"""Controls ``focus_into`` never picks by itself."""


def takes_tab_focus(widget: QWidget) -> bool:
    """True for a visible, enabled widget that Tab can reach."""
    return (bool(widget.focusPolicy() & Qt.FocusPolicy.TabFocus) and widget.isVisible() and widget.isEnabled()
            and widget.focusProxy() is None)


def first_control(page: QWidget) -> QWidget | None:
    """The first widget of ``page`` in the Tab order that Tab can reach and that is
    not a text box (a search box that takes the focus by itself would start editing
    and swallow the owner's keys; Ctrl+F goes there), or None."""
    widget = page.nextInFocusChain()
    while widget is not None and widget is not page:
        if page.isAncestorOf(widget) and widget.window() is page.window() and takes_tab_focus(widget) \
                and not isinstance(widget, TEXT_INPUTS):  # (a dialog parented to the page is not the page)
            return widget
        widget = widget.nextInFocusChain()
    return None


def focus_lost_in(page: QWidget) -> bool:
    """True when the keyboard focus is nowhere useful for ``page``: on no widget, on
    the page itself, on a hidden widget (one of the page left behind), or on a widget
    of the page Tab cannot reach (disabled, taking no focus)."""
    active = QApplication.activeWindow()
    if active is not None and active is not page.window():
        return False  # the owner is in a dialog (whose parent may well be the page)
    focused = page.window().focusWidget() or QApplication.focusWidget()  # the window's, active or not
    if focused is not None and focused.window() is not page.window():
        return False
    if focused is None or focused is page or not focused.isVisible():
        return True
    return page.isAncestorOf(focused) and not takes_tab_focus(focused)


def focus_into(page: QWidget) -> bool:
    """Give the focus to ``page``'s first control when it was lost there (never
    while a dialog is open or active, never away from a control the owner is in).
    The window's focus widget is set even while another window is active: it
    has the focus when the window is active again. Returns True when it moved."""
    if QApplication.activeModalWidget() is not None or not page.isVisible() or not focus_lost_in(page):
        return False
    if any(dialog.isVisible() for dialog in page.window().findChildren(QDialog)):
        return False  # a dialog of the window is open (perhaps still loading): leave the focus to it
    control = first_control(page)
    if control is None:
        return False
    control.setFocus(Qt.FocusReason.TabFocusReason)
    return True


def tab_leaves_tables(root: QWidget) -> None:
    """Tab moves from each list or table under ``root`` to the next control (the
    detail pane, its buttons) instead of walking it cell by cell; the arrow keys
    choose rows. Tables that edit every cell in place keep Tab for their cells."""
    for view in root.findChildren(QAbstractItemView):
        if view.editTriggers() != QAbstractItemView.EditTrigger.AllEditTriggers:
            view.setTabKeyNavigation(False)
