"""The main window's menus and keyboard shortcuts, built in one place so
every action has a menu entry, a shortcut where it deserves one, and a
tooltip, and the Help guide lists exactly the shortcuts that exist.

GUI thread only. ``build_menus`` takes the window and the slots it already
has; it owns no state of its own."""
from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Callable

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMainWindow

from desktop.ui.resources import icon

GO_SHORTCUTS = ("Ctrl+1", "Ctrl+2", "Ctrl+3", "Ctrl+4", "Ctrl+5", "Ctrl+6")
"""Go menu: one shortcut per page, in the sidebar's order."""
IMPORT_SHORTCUTS = ("Ctrl+I", "Ctrl+O")
SETTINGS_SHORTCUT = "Ctrl+,"
SEARCH_SHORTCUT = "Ctrl+F"
REFRESH_SHORTCUT = "F5"
HELP_SHORTCUT = "F1"
QUIT_SHORTCUT = "Ctrl+Q"
FILE_ONLY_ACTIONS = ("backups", "encryption")
"""File menu entries that act on the data file: disabled, with the reason, on a server."""

PAGE_NAMES = (
    QT_TRANSLATE_NOOP("MainWindow", "Overview"), QT_TRANSLATE_NOOP("MainWindow", "Reviews"),
    QT_TRANSLATE_NOOP("MainWindow", "Insights"), QT_TRANSLATE_NOOP("MainWindow", "Customers"),
    QT_TRANSLATE_NOOP("MainWindow", "Messages"), QT_TRANSLATE_NOOP("MainWindow", "Import"),
)
"""The pages' names, in the sidebar's order (``main_window.PAGES``)."""


@dataclass(frozen=True)
class Shortcut:
    """One line of the Help guide's shortcut list: the keys, what they do."""

    keys: str
    what: str


def _action(window: QMainWindow, text: str, slot: Callable[[], Any], shortcuts: tuple[str, ...] = (),
            tip: str = "", icon_name: str = "") -> QAction:
    action = QAction(icon(icon_name), text, window) if icon_name else QAction(text, window)
    if shortcuts:
        action.setShortcuts([QKeySequence(s) for s in shortcuts])
    if tip:
        action.setToolTip(tip)
        action.setStatusTip(tip)
    action.triggered.connect(lambda _checked=False: slot())
    window.addAction(action)  # shortcuts work while the menu bar is hidden or a page has focus
    return action


def build_menus(window: Any, pages: tuple[str, ...]) -> dict[str, QAction]:
    """File, Go and Help menus on ``window`` (a ``MainWindow``); returns the actions by name."""
    a: dict[str, QAction] = {}
    a["import"] = _action(window, QCoreApplication.translate("MainWindow", "&Import files…"), window._on_choose_files_triggered, IMPORT_SHORTCUTS,
                          QCoreApplication.translate("MainWindow", "Import review, customer or order exports"), "import")
    a["settings"] = _action(window, QCoreApplication.translate("MainWindow", "&Settings…"), window._on_settings_triggered, (SETTINGS_SHORTCUT,),
                            QCoreApplication.translate("MainWindow", "Your business, tiers, message limits, backups and the window's language"))
    a["settings"].setMenuRole(QAction.MenuRole.PreferencesRole)
    a["backups"] = _action(window, QCoreApplication.translate("MainWindow", "&Backups…"), window._on_backups_triggered,
                           tip=QCoreApplication.translate("MainWindow", "See, make and restore copies of your data"))
    a["encryption"] = _action(window, QCoreApplication.translate("MainWindow", "&Encryption…"), window._on_encryption_triggered,
                              tip=QCoreApplication.translate("MainWindow", "Protect your data file with a passphrase"))
    a["quit"] = _action(window, QCoreApplication.translate("MainWindow", "&Quit"), window.close, (QUIT_SHORTCUT,))
    a["quit"].setMenuRole(QAction.MenuRole.QuitRole)
    if getattr(getattr(getattr(window, "ctx", None), "services", None), "on_server", False):
        # a server has no file to copy or encrypt: say why instead of failing when clicked
        why = QCoreApplication.translate("MainWindow", "Your data is on a shared server: back it up and protect it "
                                                       "on the server (ask whoever runs it)")
        for key in FILE_ONLY_ACTIONS:
            a[key].setEnabled(False)
            a[key].setToolTip(why)
            a[key].setStatusTip(why)
    file_menu = window.menuBar().addMenu(QCoreApplication.translate("MainWindow", "&File"))
    file_menu.setToolTipsVisible(True)  # the disabled file-only entries say why
    for key in ("import", "settings", "backups", "encryption"):
        file_menu.addAction(a[key])
    file_menu.addSeparator()
    file_menu.addAction(a["quit"])

    go_menu = window.menuBar().addMenu(QCoreApplication.translate("MainWindow", "&Go"))
    for i, (key, name) in enumerate(zip(pages, PAGE_NAMES)):
        a[f"go_{key}"] = _action(window, QCoreApplication.translate("MainWindow", name), lambda key=key: window.go_to_page(key), (GO_SHORTCUTS[i],))
        go_menu.addAction(a[f"go_{key}"])
    go_menu.addSeparator()
    a["search"] = _action(window, QCoreApplication.translate("MainWindow", "&Search this page"), window.focus_search, (SEARCH_SHORTCUT,),
                          QCoreApplication.translate("MainWindow", "Type to filter the list on this page"))
    a["refresh"] = _action(window, QCoreApplication.translate("MainWindow", "&Refresh"), window.refresh_current_page, (REFRESH_SHORTCUT,),
                           QCoreApplication.translate("MainWindow", "Read this page's data again"))
    go_menu.addAction(a["search"])
    go_menu.addAction(a["refresh"])

    help_menu = window.menuBar().addMenu(QCoreApplication.translate("MainWindow", "&Help"))
    a["guide"] = _action(window, QCoreApplication.translate("MainWindow", "&Guide"), window.show_guide, (HELP_SHORTCUT,),
                         QCoreApplication.translate("MainWindow", "What each page is for, where your data lives, keyboard shortcuts"))
    a["welcome"] = _action(window, QCoreApplication.translate("MainWindow", "&Welcome…"), window.show_welcome,
                           tip=QCoreApplication.translate("MainWindow", "The first-run welcome again: the demo café, your files, your café's details"))
    a["about"] = _action(window, QCoreApplication.translate("MainWindow", "&About Regulars"), window._on_about_triggered, icon_name="about")
    a["about"].setMenuRole(QAction.MenuRole.AboutRole)
    for key in ("guide", "welcome", "about"):
        help_menu.addAction(a[key])
    return a


def shortcut_list(actions: dict[str, QAction]) -> list[Shortcut]:
    """Every action with a shortcut, in menu order, as the guide lists them
    (keys in the platform's own notation, text without the & markers)."""
    out = []
    for action in actions.values():
        keys = [k.toString(QKeySequence.SequenceFormat.NativeText) for k in action.shortcuts()]
        if keys:
            out.append(Shortcut(", ".join(keys), action.text().replace("&", "").rstrip("…")))
    return out
