"""The window's look: Fusion, a palette and one stylesheet, built from the
semantic colours in ``desktop.ui.palette`` for a light or a dark scheme, and
the controller that follows the system's colour scheme (or the owner's
Theme choice) while the app runs.

GUI thread only. ``apply_style`` is what the app and the tests call.
"""
from __future__ import annotations

from typing import Callable

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtGui import QColor, QFont, QPalette
from PySide6.QtWidgets import QApplication

from desktop.ui import palette as p
from desktop.ui.resources import ICONS_DIR

SYSTEM, LIGHT, DARK = "system", "light", "dark"
THEMES = (SYSTEM, LIGHT, DARK)
"""The Theme choices (QSettings ``THEME_KEY`` in desktop.ui.ui_keys); anything else reads as SYSTEM."""
ARROWS_DIR = ICONS_DIR / "arrows"
"""The spin boxes' up and down arrows, one SVG per direction, scheme and state."""
SPIN_BUTTON_WIDTH = 18
"""Pixels: the width of a spin box's (and a time or date field's) up and down buttons."""
HEADER_ARROW_ROOM = 18
"""Pixels kept free at the right of every header section for the sort arrow, so a
right-aligned title ("Визиты") never runs under it. The font weight is set on the
header itself (``QHeaderView``, not its ``::section``), so Qt measures and elides the
titles in the weight it draws them in."""
DARK_WINDOW_LIGHTNESS = 128
"""When the system names no colour scheme, a platform window colour darker than this (HSL lightness, 0-255) means dark."""


def arrow_icon(direction: str, disabled: bool = False) -> str:
    """The path (forward slashes, for a stylesheet's ``url()``) of the small ``direction``
    ("up" or "down") arrow in resources/icons/arrows drawn for the scheme in use: the
    ICON colour, or DISABLED_TEXT for a button that cannot step (disabled, or at the
    limit). The SVGs carry the palette's values; tests/ui/test_style.py keeps them equal."""
    scheme = "dark" if p.is_dark() else "light"
    return (ARROWS_DIR / f"{direction}_{scheme}{'_disabled' if disabled else ''}.svg").as_posix()


def stylesheet() -> str:
    """The application stylesheet for the scheme in use."""
    return f"""
QMainWindow, QDialog {{ background: {p.BACKGROUND}; }}
QWidget {{ color: {p.TEXT}; font-size: 10pt; }}
QToolTip {{ background: {p.SURFACE}; color: {p.TEXT}; border: 1px solid {p.BORDER}; padding: 6px; }}
QMenuBar {{ background: {p.SURFACE}; border-bottom: 1px solid {p.BORDER}; }}
QMenu::item:disabled {{ color: {p.NEUTRAL}; }}
QToolBar {{ background: {p.SURFACE}; border: none; border-bottom: 1px solid {p.BORDER}; padding: 4px 8px; spacing: 6px; }}
QToolBar QToolButton {{ padding: 5px 10px; border-radius: 6px; }}
QToolBar QToolButton:hover {{ background: {p.ACCENT_SOFT}; }}
QStatusBar {{ background: {p.SURFACE}; border-top: 1px solid {p.BORDER}; color: {p.MUTED}; }}
QStatusBar::item {{ border: none; }}
QStatusBar QLabel {{ padding: 0 8px; color: {p.MUTED}; }}

#SidebarFrame {{ background: {p.SURFACE}; border-right: 1px solid {p.BORDER}; }}
#Brand {{ background: {p.SURFACE}; font-size: 13pt; font-weight: 700; color: {p.ACCENT}; padding: 16px 18px 6px 18px; }}
#Sidebar {{ background: {p.SURFACE}; border: none;
            padding: 10px 8px; outline: 0; }}
#Sidebar::item {{ padding: 9px 12px; margin: 2px 0; border-radius: 8px; color: {p.TEXT}; }}
#Sidebar::item:hover {{ background: {p.BACKGROUND}; }}
#Sidebar::item:selected {{ background: {p.ACCENT_SOFT}; color: {p.ACCENT}; font-weight: 600; }}

#PageTitle {{ font-size: 17pt; font-weight: 600; }}
#PageSubtitle, .Muted, #Muted {{ color: {p.MUTED}; }}
#Card {{ background: {p.SURFACE}; border: 1px solid {p.BORDER}; border-radius: 10px; }}
#CardTitle {{ color: {p.MUTED}; font-size: 9pt; font-weight: 600; }}
#CardValue {{ font-size: 17pt; font-weight: 600; }}
#CardCaption {{ color: {p.MUTED}; font-size: 9pt; }}
#CardCaption[tone="good"] {{ color: {p.POSITIVE}; }}
#CardCaption[tone="bad"] {{ color: {p.NEGATIVE}; }}

#DropZone {{ background: {p.SURFACE}; border: 2px dashed {p.CONTROL_BORDER}; border-radius: 14px; }}
#DropZone[active="true"] {{ border-color: {p.ACCENT}; background: {p.ACCENT_SOFT}; }}
#DropTitle {{ font-size: 14pt; font-weight: 600; }}
#Placeholder {{ background: {p.SURFACE}; border: 1px solid {p.BORDER}; border-radius: 12px; }}

QPushButton {{ background: {p.SURFACE}; border: 1px solid {p.CONTROL_BORDER}; border-radius: 6px; padding: 6px 14px; }}
QPushButton:hover {{ border-color: {p.ACCENT}; }}
QPushButton:disabled {{ color: {p.DISABLED_TEXT}; }}
QPushButton[primary="true"] {{ background: {p.ACCENT}; border-color: {p.ACCENT}; color: {p.ON_ACCENT}; font-weight: 600; }}
QPushButton[primary="true"]:hover {{ background: {p.ACCENT_HOVER}; }}
QPushButton[primary="true"]:disabled {{ background: {p.PRIMARY_DISABLED}; border-color: {p.PRIMARY_DISABLED}; color: {p.ON_PRIMARY_DISABLED}; }}
QPushButton[flat="true"] {{ border: none; background: transparent; color: {p.MUTED}; padding: 4px 10px; border-radius: 6px; }}
QPushButton[flat="true"]:hover {{ color: {p.ACCENT}; }}
QPushButton[flat="true"]:checked {{ background: {p.ACCENT_SOFT}; color: {p.ACCENT}; font-weight: 600; }}

QLineEdit, QComboBox, QAbstractSpinBox {{ background: {p.SURFACE}; border: 1px solid {p.CONTROL_BORDER};
    border-radius: 6px; padding: 4px 8px; min-height: 20px; }}
QLineEdit:focus, QComboBox:focus, QAbstractSpinBox:focus {{ border-color: {p.ACCENT}; }}
/* a spin box's own text field stands 3 px taller than a line edit's text: 3 px less padding, one height */
QAbstractSpinBox {{ padding-top: 3px; padding-bottom: 2px; }}
QAbstractSpinBox::up-button, QAbstractSpinBox::down-button {{ subcontrol-origin: border; width: {SPIN_BUTTON_WIDTH}px;
    background: transparent; border: none; border-left: 1px solid {p.BORDER}; }}
QAbstractSpinBox::up-button {{ subcontrol-position: top right; border-top-right-radius: 6px; }}
QAbstractSpinBox::down-button {{ subcontrol-position: bottom right; border-bottom-right-radius: 6px; }}
QAbstractSpinBox::up-button:hover, QAbstractSpinBox::down-button:hover {{ background: {p.ACCENT_SOFT}; }}
QComboBox::drop-down, QDateEdit::drop-down {{ subcontrol-origin: border; subcontrol-position: top right;
    width: {SPIN_BUTTON_WIDTH}px; border: none; border-left: 1px solid {p.BORDER};
    border-top-right-radius: 6px; border-bottom-right-radius: 6px; }}
QComboBox::down-arrow, QDateEdit::down-arrow {{ image: url("{arrow_icon('down')}"); width: 10px; height: 10px; }}
QComboBox::down-arrow:disabled, QDateEdit::down-arrow:disabled {{ image: url("{arrow_icon('down', True)}"); }}
QAbstractSpinBox::up-arrow {{ image: url("{arrow_icon('up')}"); width: 10px; height: 10px; }}
QAbstractSpinBox::down-arrow {{ image: url("{arrow_icon('down')}"); width: 10px; height: 10px; }}
QAbstractSpinBox::up-arrow:disabled, QAbstractSpinBox::up-arrow:off {{ image: url("{arrow_icon('up', True)}"); }}
QAbstractSpinBox::down-arrow:disabled, QAbstractSpinBox::down-arrow:off {{ image: url("{arrow_icon('down', True)}"); }}

QTableView {{ background: {p.SURFACE}; border: 1px solid {p.BORDER}; border-radius: 8px;
    gridline-color: transparent; selection-background-color: {p.SELECTION}; selection-color: {p.TEXT};
    alternate-background-color: {p.ALTERNATE_SURFACE}; }}
QTableView::item {{ padding: 4px 6px; border: none; }}
QHeaderView {{ font-weight: 600; qproperty-textElideMode: ElideRight; }}
QHeaderView::section {{ background: {p.SURFACE}; color: {p.MUTED}; border: none;
    border-bottom: 1px solid {p.BORDER}; padding: 6px {HEADER_ARROW_ROOM}px 6px 6px; }}
QTextBrowser {{ background: {p.SURFACE}; border: 1px solid {p.BORDER}; border-radius: 8px; padding: 8px; }}
QProgressBar {{ border: 1px solid {p.BORDER}; border-radius: 5px; background: {p.BACKGROUND};
    text-align: center; max-height: 14px; font-size: 8pt; }}
QProgressBar::chunk {{ background: {p.ACCENT}; border-radius: 4px; }}
QSplitter::handle {{ background: transparent; }}
QTabWidget::pane {{ border: none; border-top: 1px solid {p.BORDER}; }}
QTabBar::tab {{ padding: 7px 14px; color: {p.MUTED}; border: none; border-bottom: 2px solid transparent; }}
QTabBar::tab:selected {{ color: {p.ACCENT}; border-bottom-color: {p.ACCENT}; font-weight: 600; }}
QListWidget#RejectedList {{ background: {p.SURFACE}; border: 1px solid {p.BORDER}; border-radius: 8px; padding: 4px; }}

#Question {{ background: {p.WARNING_SOFT}; border: 1px solid {p.WARNING_BORDER}; border-radius: 8px; }}
#QuestionText {{ font-weight: 600; }}
#Problem {{ color: {p.WARNING_TEXT}; }}
#ReadOnlyBanner {{ background: {p.WARNING_SOFT}; color: {p.WARNING_TEXT}; border-bottom: 1px solid {p.WARNING_BORDER};
    padding: 8px 18px; font-weight: 600; }}
#Counts {{ font-size: 11pt; padding: 2px 0; }}
#PanelMessage {{ font-size: 12pt; color: {p.MUTED}; padding: 40px; }}
#PanelMessage[tone="bad"] {{ color: {p.NEGATIVE}; }}
QScrollBar:vertical {{ width: 10px; background: transparent; }}
QScrollBar::handle:vertical {{ background: {p.SCROLL_HANDLE}; border-radius: 5px; min-height: 30px; }}
QScrollBar::add-line, QScrollBar::sub-line {{ height: 0; width: 0; }}
"""


def qt_palette() -> QPalette:
    """A QPalette for the scheme in use, so Fusion's own drawing (menus, check
    boxes, combo popups, links, disabled text) matches the stylesheet."""
    roles = QPalette.ColorRole
    pal = QPalette()
    for role, name in ((roles.Window, "BACKGROUND"), (roles.Base, "SURFACE"), (roles.AlternateBase, "ALTERNATE_SURFACE"),
                       (roles.Text, "TEXT"), (roles.WindowText, "TEXT"), (roles.ButtonText, "TEXT"),
                       (roles.Button, "SURFACE"), (roles.Highlight, "SELECTION"), (roles.HighlightedText, "TEXT"),
                       (roles.ToolTipBase, "SURFACE"), (roles.ToolTipText, "TEXT"), (roles.PlaceholderText, "PLACEHOLDER"),
                       (roles.Link, "ACCENT"), (roles.LinkVisited, "ACCENT"), (roles.BrightText, "NEGATIVE"),
                       (roles.Light, "SURFACE"), (roles.Midlight, "BORDER"), (roles.Mid, "CONTROL_BORDER"),
                       (roles.Dark, "CONTROL_BORDER"), (roles.Shadow, "BACKGROUND" if p.is_dark() else "CONTROL_BORDER"),
                       (roles.Accent, "ACCENT")):
        pal.setColor(role, QColor(p.colour(name)))
    for role in (roles.Text, roles.WindowText, roles.ButtonText):
        pal.setColor(QPalette.ColorGroup.Disabled, role, QColor(p.DISABLED_TEXT))
    return pal


def paint(app: QApplication) -> None:
    """Set the palette and stylesheet for the scheme in use (Qt repolishes every widget)."""
    app.setPalette(qt_palette())
    app.setStyleSheet(stylesheet())


class ThemeController(QObject):
    """Keeps the window in the chosen scheme: the system's (following
    ``QStyleHints.colorSchemeChanged`` while the app runs), or light or dark.
    Emits ``changed(dark)`` after the scheme switched, so views that drew
    colours into charts or rich text draw again. One per application."""

    changed = Signal(bool)

    def __init__(self, app: QApplication) -> None:
        super().__init__(app)
        self.setObjectName("ThemeController")
        self._app = app
        self._choice = SYSTEM
        hints = app.styleHints()
        self._system_scheme = hints.colorScheme()
        # Before our palette replaces it: the platform's, for systems that name no scheme.
        self._platform_dark = app.palette().color(QPalette.ColorRole.Window).lightness() < DARK_WINDOW_LIGHTNESS
        hints.colorSchemeChanged.connect(self._on_system_scheme_changed)

    @staticmethod
    def of(app: QApplication) -> "ThemeController":
        """The application's controller, created on first use."""
        found = app.findChild(ThemeController, "ThemeController")
        return found if found is not None else ThemeController(app)

    @property
    def choice(self) -> str:
        return self._choice

    def system_is_dark(self) -> bool:
        if self._system_scheme == Qt.ColorScheme.Dark:
            return True
        if self._system_scheme == Qt.ColorScheme.Light:
            return False
        return self._platform_dark

    def is_dark(self) -> bool:
        """True when the window is (to be) dark under the current choice."""
        if self._choice == SYSTEM:
            return self.system_is_dark()
        return self._choice == DARK

    def set_choice(self, choice: str, force: bool = False) -> None:
        """Use ``choice`` (one of THEMES; anything else is SYSTEM) from now on, at once.
        Where Qt allows (6.8+), tells the platform too, so title bars and native
        dialogs follow an explicit light or dark choice."""
        choice = choice if choice in THEMES else SYSTEM
        previous, self._choice = self._choice, choice
        hints = self._app.styleHints()
        if choice != SYSTEM and hasattr(hints, "setColorScheme"):
            hints.setColorScheme(Qt.ColorScheme.Dark if choice == DARK else Qt.ColorScheme.Light)
        elif choice == SYSTEM and previous != SYSTEM and hasattr(hints, "unsetColorScheme"):
            hints.unsetColorScheme()
            self._system_scheme = hints.colorScheme()  # it may have switched while we ignored it
        self._apply(force)

    def _on_system_scheme_changed(self, scheme: Qt.ColorScheme) -> None:
        if self._choice == SYSTEM:  # our own setColorScheme also lands here: ignore it then
            self._system_scheme = scheme
            self._apply(False)

    def _apply(self, force: bool) -> None:
        dark = self.is_dark()
        if dark == p.is_dark() and not force:
            return
        p.set_dark(dark)
        paint(self._app)
        self.changed.emit(dark)


def when_theme_changes(slot: Callable[[bool], None]) -> None:
    """Call ``slot(dark)`` after each switch between light and dark. Pass a
    bound method of a QObject, so the connection ends with that object."""
    app = QApplication.instance()
    if isinstance(app, QApplication):
        ThemeController.of(app).changed.connect(slot)


class _ThemeFollower(QObject):
    """Calls ``render`` after each switch between light and dark, for as long as
    its parent lives (a child QObject: the connection ends with the widget)."""

    def __init__(self, parent: QObject, render: Callable[[], None]) -> None:
        super().__init__(parent)
        self._render = render
        when_theme_changes(self._on_theme_changed)

    def _on_theme_changed(self, _dark: bool) -> None:
        self._render()


def follow_theme(widget: QObject, render: Callable[[], None]) -> None:
    """Build ``widget``'s rich text again with ``render`` whenever the theme
    switches (Settings, or the system going dark): HTML that embeds palette
    colours keeps the old scheme's values until it is rebuilt. ``render`` reads
    ``palette`` names when it runs. GUI thread; lives as long as ``widget``."""
    _ThemeFollower(widget, render)


def apply_style(app: QApplication, theme: str = SYSTEM) -> ThemeController:
    """Fusion, a readable font size and the palette and stylesheet for
    ``theme`` (SYSTEM follows the computer, also when it switches later).
    Returns the application's ThemeController."""
    app.setStyle("Fusion")
    font = QFont(app.font())
    if font.pointSizeF() < 10:
        font.setPointSizeF(10)
    app.setFont(font)
    controller = ThemeController.of(app)
    controller.set_choice(theme, force=True)
    return controller
