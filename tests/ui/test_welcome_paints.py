"""The first-run welcome really paints: each of its steps, grabbed as the
window would draw it, holds more than one colour (issue 15's "black
rectangle" was the screenshot tool, not the dialog: ``xwd -root`` on Xvfb
without a window manager shows a second top-level window black, while
``xwd -id`` of the same window shows it painted; this test guards the
dialog itself)."""
from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSettings
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QApplication

from desktop.services import Services
from desktop.ui.main_window import MainWindow
from desktop.ui.style import apply_style
from desktop.ui.welcome import STEPS

WAIT_MS = 15_000
MIN_COLOURS = 8
"""A painted step has text, buttons and a background: far more than a few colours."""


def _colours(image: QImage, step: int = 4) -> set[int]:
    """The distinct RGB values on a grid of every ``step``-th pixel."""
    return {image.pixel(x, y) & 0xFFFFFF for y in range(0, image.height(), step)
            for x in range(0, image.width(), step)}


def test_every_welcome_step_paints_more_than_one_colour(qtbot, services: Services, tmp_path: Path) -> None:
    apply_style(QApplication.instance())
    settings = QSettings(str(tmp_path / "ui.ini"), QSettings.Format.IniFormat)
    window = MainWindow(services, db_name="cafe.sqlite", settings=settings, first_run=True)
    window.reporter.show_dialogs = False
    window.show()
    try:
        qtbot.waitUntil(lambda: window.welcome_dialog is not None and window.welcome_dialog.isVisible(),
                        timeout=WAIT_MS)
        dialog = window.welcome_dialog
        assert dialog.width() >= 600 and dialog.height() >= 400
        for index in range(STEPS):
            dialog.show_step(index)
            QApplication.processEvents()
            image = dialog.grab().toImage()
            assert not image.isNull() and image.width() == dialog.width()
            colours = _colours(image)
            assert len(colours) >= MIN_COLOURS, f"step {index + 1} paints only {len(colours)} colours"
            assert 0x000000 not in colours or len(colours) > MIN_COLOURS  # not a black rectangle
        dialog.skip()
        qtbot.waitUntil(lambda: window.welcome_dialog is None, timeout=WAIT_MS)
    finally:
        window.close()
        window.shutdown()
        QApplication.processEvents()
