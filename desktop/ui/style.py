"""A calm, light look that does not depend on the desktop's theme."""
from __future__ import annotations

from PySide6.QtGui import QColor, QFont, QPalette
from PySide6.QtWidgets import QApplication

from desktop.ui import palette as p

STYLESHEET = f"""
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

#DropZone {{ background: {p.SURFACE}; border: 2px dashed #c4ccd4; border-radius: 14px; }}
#DropZone[active="true"] {{ border-color: {p.ACCENT}; background: {p.ACCENT_SOFT}; }}
#DropTitle {{ font-size: 14pt; font-weight: 600; }}
#Placeholder {{ background: {p.SURFACE}; border: 1px solid {p.BORDER}; border-radius: 12px; }}

QPushButton {{ background: {p.SURFACE}; border: 1px solid #cfd5dc; border-radius: 6px; padding: 6px 14px; }}
QPushButton:hover {{ border-color: {p.ACCENT}; }}
QPushButton:disabled {{ color: #a0a8b0; }}
QPushButton[primary="true"] {{ background: {p.ACCENT}; border-color: {p.ACCENT}; color: white; font-weight: 600; }}
QPushButton[primary="true"]:hover {{ background: {p.ACCENT_HOVER}; }}
QPushButton[primary="true"]:disabled {{ background: #a7c8bd; border-color: #a7c8bd; color: #f4f8f6; }}
QPushButton[flat="true"] {{ border: none; background: transparent; color: {p.MUTED}; padding: 4px 10px; border-radius: 6px; }}
QPushButton[flat="true"]:hover {{ color: {p.ACCENT}; }}
QPushButton[flat="true"]:checked {{ background: {p.ACCENT_SOFT}; color: {p.ACCENT}; font-weight: 600; }}

QLineEdit, QComboBox, QSpinBox, QDateEdit {{ background: {p.SURFACE}; border: 1px solid #cfd5dc;
    border-radius: 6px; padding: 4px 8px; min-height: 20px; }}
QLineEdit:focus, QComboBox:focus, QSpinBox:focus, QDateEdit:focus {{ border-color: {p.ACCENT}; }}

QTableView {{ background: {p.SURFACE}; border: 1px solid {p.BORDER}; border-radius: 8px;
    gridline-color: transparent; selection-background-color: {p.SELECTION}; selection-color: {p.TEXT};
    alternate-background-color: #fafbfc; }}
QTableView::item {{ padding: 4px 6px; border: none; }}
QHeaderView::section {{ background: {p.SURFACE}; color: {p.MUTED}; font-weight: 600; border: none;
    border-bottom: 1px solid {p.BORDER}; padding: 6px; }}
QTextBrowser {{ background: {p.SURFACE}; border: 1px solid {p.BORDER}; border-radius: 8px; padding: 8px; }}
QProgressBar {{ border: 1px solid {p.BORDER}; border-radius: 5px; background: {p.BACKGROUND};
    text-align: center; max-height: 14px; font-size: 8pt; }}
QProgressBar::chunk {{ background: {p.ACCENT}; border-radius: 4px; }}
QSplitter::handle {{ background: transparent; }}
QTabWidget::pane {{ border: none; border-top: 1px solid {p.BORDER}; }}
QTabBar::tab {{ padding: 7px 14px; color: {p.MUTED}; border: none; border-bottom: 2px solid transparent; }}
QTabBar::tab:selected {{ color: {p.ACCENT}; border-bottom-color: {p.ACCENT}; font-weight: 600; }}
QListWidget#RejectedList {{ background: {p.SURFACE}; border: 1px solid {p.BORDER}; border-radius: 8px; padding: 4px; }}

#Question {{ background: {p.WARNING_SOFT}; border: 1px solid #efd9a7; border-radius: 8px; }}
#QuestionText {{ font-weight: 600; }}
#Problem {{ color: #8a5a00; }}
#ReadOnlyBanner {{ background: {p.WARNING_SOFT}; color: #8a5a00; border-bottom: 1px solid #efd9a7;
    padding: 8px 18px; font-weight: 600; }}
#Counts {{ font-size: 11pt; padding: 2px 0; }}
#PanelMessage {{ font-size: 12pt; color: {p.MUTED}; padding: 40px; }}
#PanelMessage[tone="bad"] {{ color: {p.NEGATIVE}; }}
QScrollBar:vertical {{ width: 10px; background: transparent; }}
QScrollBar::handle:vertical {{ background: #cdd3da; border-radius: 5px; min-height: 30px; }}
QScrollBar::add-line, QScrollBar::sub-line {{ height: 0; width: 0; }}
"""


def apply_style(app: QApplication) -> None:
    """Fusion plus a light palette, so a dark desktop theme does not half-apply."""
    app.setStyle("Fusion")
    pal = QPalette()
    pal.setColor(QPalette.ColorRole.Window, QColor(p.BACKGROUND))
    pal.setColor(QPalette.ColorRole.Base, QColor(p.SURFACE))
    pal.setColor(QPalette.ColorRole.AlternateBase, QColor("#fafbfc"))
    pal.setColor(QPalette.ColorRole.Text, QColor(p.TEXT))
    pal.setColor(QPalette.ColorRole.WindowText, QColor(p.TEXT))
    pal.setColor(QPalette.ColorRole.ButtonText, QColor(p.TEXT))
    pal.setColor(QPalette.ColorRole.Button, QColor(p.SURFACE))
    pal.setColor(QPalette.ColorRole.Highlight, QColor(p.SELECTION))
    pal.setColor(QPalette.ColorRole.HighlightedText, QColor(p.TEXT))
    pal.setColor(QPalette.ColorRole.ToolTipBase, QColor(p.SURFACE))
    pal.setColor(QPalette.ColorRole.ToolTipText, QColor(p.TEXT))
    pal.setColor(QPalette.ColorRole.PlaceholderText, QColor("#8a939c"))
    app.setPalette(pal)
    font = QFont(app.font())
    if font.pointSizeF() < 10:
        font.setPointSizeF(10)
    app.setFont(font)
    app.setStyleSheet(STYLESHEET)
