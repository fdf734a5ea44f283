"""Light and dark: every semantic colour readable in both schemes, the window
really dark under a dark scheme (and readable), following the system's
switch while running, the Settings choice, and no colour literal outside the
colour table."""
from __future__ import annotations

import io
import re
import tokenize
from collections import Counter
from pathlib import Path
from typing import Iterator

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtGui import QImage, QPalette
from PySide6.QtWidgets import QApplication, QLabel, QWidget

from desktop.ui import palette
from desktop.ui.style import DARK, LIGHT, SYSTEM, THEMES, ThemeController, qt_palette, stylesheet
from desktop.ui.ui_keys import THEME_KEY
from tests.ui.conftest import show_page

UI_DIR = Path(__file__).resolve().parents[2] / "desktop" / "ui"
COLOUR_TABLE = UI_DIR / "palette.py"
WAIT_MS = 20_000
DARK_PIXEL_LIGHTNESS = 110
"""A pixel this dark or darker (HSL lightness 0-255) counts as dark in a grab."""
MOSTLY_DARK_SHARE = 0.85
"""A page grabbed under the dark scheme has at least this share of dark pixels."""
HEX = re.compile(r"(?<![&\w])#(?:[0-9a-fA-F]{8}|[0-9a-fA-F]{6}|[0-9a-fA-F]{3})\b")
LITERAL_COLOUR_PATTERNS = (
    HEX,
    re.compile(r"\brgba?\s*\(", re.IGNORECASE),
    re.compile(r"(?:color|background(?:-color)?|border(?:-color)?)\s*:[^;'\"]*\b(?:white|black|red|green|blue|"
               r"gr[ae]y|orange|yellow|purple|silver)\b", re.IGNORECASE),
)
CODE_PATTERNS = (
    re.compile(r"QColor\(\s*(?:['\"]|\d)"),
    re.compile(r"\bQt\.(?:GlobalColor\.)?(?:white|black|red|green|blue|gray|darkGray|lightGray|yellow|cyan|"
               r"magenta|darkRed|darkGreen|darkBlue)\b"),
)


def colour_literals(source: str) -> list[str]:
    """Colour literals in Python ``source``: hex or named colours inside strings,
    QColor built from a literal, Qt's named global colours."""
    found: list[str] = []
    for token in tokenize.generate_tokens(io.StringIO(source).readline):
        if token.type == tokenize.STRING or token.type == getattr(tokenize, "FSTRING_MIDDLE", -1):
            found += [m.group(0) for p in LITERAL_COLOUR_PATTERNS for m in p.finditer(token.string)]
    found += [m.group(0) for p in CODE_PATTERNS for m in p.finditer(source)]
    return found


@pytest.fixture
def theme(qapp) -> Iterator[ThemeController]:
    """The application's controller, put back to following the (offscreen,
    light) system afterwards, whatever the test did."""
    controller = ThemeController.of(qapp)
    yield controller
    controller.set_choice(SYSTEM)
    qapp.styleHints().colorSchemeChanged.emit(Qt.ColorScheme.Unknown)
    assert not palette.is_dark()


# The colour table ---------------------------------------------------------------------------

def test_every_colour_has_a_light_and_a_dark_value() -> None:
    for name, pair in palette.COLOURS.items():
        for value in pair:
            assert re.fullmatch(r"#[0-9a-f]{6}", value), (name, value)
    dark_luminance = palette.relative_luminance(palette.colour("SURFACE", dark=True))
    light_luminance = palette.relative_luminance(palette.colour("SURFACE", dark=False))
    assert dark_luminance < 0.05 < 0.8 < light_luminance
    assert palette.relative_luminance(palette.colour("TEXT", dark=True)) > 0.7
    assert palette.relative_luminance(palette.colour("TEXT", dark=False)) < 0.05


@pytest.mark.parametrize("dark", [False, True], ids=["light", "dark"])
@pytest.mark.parametrize("pair", palette.CONTRAST_PAIRS, ids=lambda p: f"{p[0]}-on-{p[1]}")
def test_contrast_of_every_pairing(pair: tuple[str, str, float], dark: bool) -> None:
    foreground, background, minimum = pair
    ratio = palette.contrast_ratio(palette.colour(foreground, dark), palette.colour(background, dark))
    assert ratio >= minimum, f"{foreground} on {background}: {ratio:.2f} < {minimum}"


def test_every_text_colour_is_checked_against_the_surfaces() -> None:
    checked = {(fg, bg) for fg, bg, minimum in palette.CONTRAST_PAIRS if minimum == palette.TEXT_CONTRAST}
    for text in ("TEXT", "MUTED", "ACCENT", "POSITIVE", "NEGATIVE", "NEUTRAL", "CAUTION", "PLACEHOLDER"):
        assert (text, "SURFACE") in checked, text
    for name in {n for pair in palette.CONTRAST_PAIRS for n in pair[:2]}:
        assert name in palette.COLOURS, name


def test_contrast_ratio_matches_the_wcag_figures() -> None:
    assert palette.contrast_ratio("#000000", "#ffffff") == pytest.approx(21.0)
    assert palette.contrast_ratio("#ffffff", "#ffffff") == pytest.approx(1.0)
    assert palette.contrast_ratio("#777777", "#ffffff") == pytest.approx(4.48, abs=0.01)
    assert palette.TEXT_CONTRAST == 4.5 and palette.GRAPHIC_CONTRAST == 3.0


def test_names_read_the_scheme_in_use() -> None:
    assert palette.MUTED == palette.COLOURS["MUTED"].light
    with palette.using(dark=True):
        assert palette.MUTED == palette.COLOURS["MUTED"].dark
        assert palette.is_dark()
    assert not palette.is_dark()
    with pytest.raises(AttributeError):
        palette.NOT_A_COLOUR  # noqa: B018


def test_no_colour_literal_outside_the_colour_table() -> None:
    offenders = []
    for path in sorted(UI_DIR.rglob("*.py")):
        if path == COLOUR_TABLE:
            continue
        offenders += [f"{path.relative_to(UI_DIR)}: {hit}" for hit in colour_literals(path.read_text("utf-8"))]
    assert not offenders, "colour literals belong in desktop/ui/palette.py:\n" + "\n".join(offenders)


def test_the_literal_scan_catches_what_it_should() -> None:
    """The scan above would pass on an empty list: prove it sees each kind."""
    caught = colour_literals('a = "#fff"\nb = f"<p style=\'color:#1f2933\'>{x}</p>"\nc = QColor("white")\n'
                             'd = Qt.GlobalColor.red\ne = "color: white;"\nf = QColor(255, 0, 0)\n'
                             'g = "background: rgba(0, 0, 0, 0.5)"\n')
    assert len(caught) == 7, caught
    assert colour_literals('h = "&#160;"\ni = "#Card { color: x }"\nj = Qt.AlignmentFlag.AlignLeft\n') == []
    assert colour_literals(COLOUR_TABLE.read_text("utf-8"))  # the table itself is full of them


def test_stylesheet_and_qt_palette_follow_the_scheme() -> None:
    light_sheet, light_window = stylesheet(), qt_palette().color(QPalette.ColorRole.Window).name()
    with palette.using(dark=True):
        dark_sheet, dark_pal = stylesheet(), qt_palette()
    assert palette.COLOURS["SURFACE"].dark in dark_sheet and palette.COLOURS["SURFACE"].light not in dark_sheet
    assert palette.COLOURS["SURFACE"].light in light_sheet
    assert light_window == palette.COLOURS["BACKGROUND"].light
    assert dark_pal.color(QPalette.ColorRole.Window).name() == palette.COLOURS["BACKGROUND"].dark
    assert dark_pal.color(QPalette.ColorRole.Link).name() == palette.COLOURS["ACCENT"].dark


# The controller ------------------------------------------------------------------------------

def test_follows_the_system_switching_while_running(qapp, theme: ThemeController, qtbot) -> None:
    theme.set_choice(SYSTEM)
    assert not palette.is_dark()
    with qtbot.waitSignal(theme.changed, timeout=1000) as blocker:
        qapp.styleHints().colorSchemeChanged.emit(Qt.ColorScheme.Dark)
    assert blocker.args == [True]
    assert palette.is_dark()
    assert qapp.palette().color(QPalette.ColorRole.Window).name() == palette.COLOURS["BACKGROUND"].dark
    assert palette.COLOURS["SURFACE"].dark in qapp.styleSheet()
    with qtbot.waitSignal(theme.changed, timeout=1000) as blocker:
        qapp.styleHints().colorSchemeChanged.emit(Qt.ColorScheme.Light)
    assert blocker.args == [False]
    assert qapp.palette().color(QPalette.ColorRole.Window).name() == palette.COLOURS["BACKGROUND"].light


def test_an_explicit_choice_ignores_the_system(qapp, theme: ThemeController) -> None:
    theme.set_choice(LIGHT)
    qapp.styleHints().colorSchemeChanged.emit(Qt.ColorScheme.Dark)
    assert not palette.is_dark()
    theme.set_choice(DARK)
    qapp.styleHints().colorSchemeChanged.emit(Qt.ColorScheme.Light)
    assert palette.is_dark()
    theme.set_choice("purple")  # an unknown stored value reads as "follow the system"
    assert theme.choice == SYSTEM and THEMES == (SYSTEM, LIGHT, DARK)


# The window under a dark scheme --------------------------------------------------------------

def dark_share(image: QImage, step: int = 3) -> float:
    pixels = [image.pixelColor(x, y) for y in range(0, image.height(), step) for x in range(0, image.width(), step)]
    return sum(1 for c in pixels if c.lightness() <= DARK_PIXEL_LIGHTNESS) / max(1, len(pixels))


def ink_contrast(widget: QWidget) -> float:
    """Contrast between a widget's commonest colour (its background) and the
    pixel furthest from it (the text's ink), as a reader sees them."""
    image = widget.grab().toImage()
    pixels = [image.pixelColor(x, y).name() for y in range(image.height()) for x in range(image.width())]
    background = Counter(pixels).most_common(1)[0][0]
    return max(palette.contrast_ratio(background, p) for p in set(pixels))


def test_pages_are_dark_and_readable_under_the_dark_scheme(qtbot, seeded_window, theme: ThemeController) -> None:
    window = seeded_window
    window.resize(1366, 768)
    show_page(qtbot, window, "insights")
    with qtbot.waitSignal(window.insights_page.loaded, timeout=WAIT_MS):
        theme.set_choice(DARK)  # the page in front draws its charts and rich text again, the others when shown
    assert window.reviews_page.on_demand.stale and window.overview_page.on_demand.stale
    for key, page in (("overview", window.overview_page), ("reviews", window.reviews_page),
                      ("insights", window.insights_page)):
        show_page(qtbot, window, key)
        QApplication.processEvents()
        share = dark_share(window.grab().toImage())
        assert share >= MOSTLY_DARK_SHARE, f"{key}: only {share:.0%} of the window is dark"
        title = next(label for label in page.findChildren(QLabel) if label.objectName() == "PageTitle")
        assert ink_contrast(title) >= palette.TEXT_CONTRAST, key
        muted = [label for label in page.findChildren(QLabel)
                 if label.objectName() in ("PageSubtitle", "Muted") and label.isVisible() and label.text()]
        assert muted, key
        assert ink_contrast(muted[0]) >= palette.TEXT_CONTRAST, (key, muted[0].text())
    # what was drawn into rich text follows too: the chart keys carry the dark accent
    assert palette.COLOURS["ACCENT"].dark in window.insights_page.chart_key.text()
    assert palette.COLOURS["ACCENT"].dark in window.reviews_page.trend_chart._keys[0][0].text()
    with qtbot.waitSignal(window.insights_page.loaded, timeout=WAIT_MS):
        theme.set_choice(LIGHT)
    show_page(qtbot, window, "reviews")
    QApplication.processEvents()
    assert dark_share(window.grab().toImage()) < 1 - MOSTLY_DARK_SHARE
    assert palette.COLOURS["ACCENT"].light in window.reviews_page.trend_chart._keys[0][0].text()


def test_the_pdf_charts_stay_light_under_the_dark_scheme(qtbot, seeded_window, theme: ThemeController) -> None:
    from desktop.ui.pages.insights import offscreen_image
    from desktop.ui.widgets.insight_charts import CauseBarChart

    def paper(dark: bool) -> str:
        with palette.using(dark=dark):
            bars = CauseBarChart()
            bars.set_causes(["Service", "Coffee"], [0.6, 0.3])
            image = offscreen_image(bars)
        pixels = [image.pixelColor(x, y).name() for y in range(0, image.height(), 4) for x in range(0, image.width(), 4)]
        return Counter(pixels).most_common(1)[0][0]

    theme.set_choice(DARK)
    assert paper(dark=False) == palette.COLOURS["SURFACE"].light  # as export_report draws them
    assert paper(dark=True) == palette.COLOURS["SURFACE"].dark
    assert palette.is_dark()


# The Settings choice -------------------------------------------------------------------------

def test_settings_theme_shows_at_once_cancel_undoes_save_keeps(qtbot, seeded_window, theme: ThemeController) -> None:
    window = seeded_window
    settings: QSettings = window.settings
    window._on_settings_triggered()
    dialog = window.settings_dialog
    with qtbot.waitSignal(dialog.loaded, timeout=WAIT_MS):
        pass
    dialog.theme_combo.setCurrentIndex(dialog.theme_combo.findData(DARK))
    assert palette.is_dark()  # at once, no restart
    dialog.reject()
    assert not palette.is_dark()
    assert str(settings.value(THEME_KEY, "") or "") == ""

    window._on_settings_triggered()
    dialog = window.settings_dialog
    with qtbot.waitSignal(dialog.loaded, timeout=WAIT_MS):
        pass
    assert [dialog.theme_combo.itemText(i) for i in range(3)] == ["Same as this computer", "Light", "Dark"]
    dialog.theme_combo.setCurrentIndex(dialog.theme_combo.findData(DARK))
    with qtbot.waitSignal(dialog.saved, timeout=WAIT_MS):
        dialog.accept()
    assert palette.is_dark()
    assert settings.value(THEME_KEY) == DARK


# Icons ---------------------------------------------------------------------------------------

def opaque_colours(image: QImage) -> set[str]:
    return {image.pixelColor(x, y).name() for y in range(image.height()) for x in range(image.width())
            if image.pixelColor(x, y).alpha() == 255}


def test_line_icons_are_drawn_in_the_scheme_in_use(qapp) -> None:
    from desktop.ui.resources import FIXED_ICONS, ICONS_DIR, icon

    search = icon("search")
    assert opaque_colours(search.pixmap(48, 48).toImage()) == {palette.COLOURS["ICON"].light}
    with palette.using(dark=True):  # the same QIcon repaints: nothing to re-set after a switch
        assert opaque_colours(search.pixmap(48, 48).toImage()) == {palette.COLOURS["ICON"].dark}
        assert palette.COLOURS["ACCENT"].dark in opaque_colours(icon("drop").pixmap(64, 64).toImage())
        app_mark = opaque_colours(icon("app").pixmap(64, 64).toImage())
    assert app_mark == opaque_colours(icon("app").pixmap(64, 64).toImage())  # the app's mark keeps its colours
    assert "app" in FIXED_ICONS
    for path in ICONS_DIR.glob("*.svg"):  # every colour an icon uses is one the table knows
        if path.stem not in FIXED_ICONS:
            for ink in re.findall(r"#[0-9a-fA-F]{6}\b", path.read_text("utf-8")):
                assert ink.lower() in palette.SVG_INK, (path.name, ink)
