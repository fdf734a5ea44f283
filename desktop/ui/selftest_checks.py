"""The self-test's Qt checks: the pieces of Qt a build can silently lose
(platform and image plugins, the chart module, PDF writing, translations).
See ``desktop/services/selftest.py`` for how checks work and how to add one.

The checks create the QApplication themselves, on the ``offscreen``
platform (a self-test must run on a machine with no display, e.g. CI), and
only when none exists yet. GUI thread only.
"""
from __future__ import annotations

import os
import sys
from pathlib import Path

from desktop.services.selftest import CheckContext, check

OFFSCREEN = "offscreen"
NATIVE_PLATFORM_PLUGINS: dict[str, str] = {
    "linux": "libqxcb.so", "win32": "qwindows.dll", "darwin": "libqcocoa.dylib"}
"""The platform plugin the window needs on each operating system."""
TRANSLATION_SAMPLES: tuple[tuple[str, str], ...] = (("MainWindow", "&File"), ("MainWindow", "&Help"))
"""(context, source text) that every window language translates."""
ICON_SIZE = 32
"""Pixels (square) icons are rendered at to check the SVG plugins."""
COLLATION_WORDS: tuple[str, ...] = (
    "zebra", "Zürich", "Äpfel", "apple", "Öl", "ost", "ångström", "été", "etre", "Ñandú", "nube",
    "ijs", "île", "čaj", "ёж", "ель", "жук", "Straße", "strasse", "ß")
"""Words whose order differs between the window's languages (Swedish å ä ö after z,
Spanish ñ after n, German ä with a): sorted by QCollator in each language."""
QT_ENCODINGS: tuple[str, ...] = ("windows-1252", "ISO-8859-15", "windows-1251", "IBM850")
"""Single-byte encodings Qt must still know through ICU (the app itself reads
files with Python's codecs; these keep Qt's own converters honest)."""


def _application():  # noqa: ANN202 - QApplication, imported lazily
    """The running QApplication, or a new one on the offscreen platform.
    Raises RuntimeError when the process already runs a Qt application that
    cannot make widgets (a QGuiApplication): widgets would crash it."""
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance()
    if app is None:
        os.environ["QT_QPA_PLATFORM"] = OFFSCREEN
        app = QApplication(sys.argv[:1])
    return require_widgets(app)


def prepare_application() -> None:
    """Create the self-test's QApplication before any check runs, so that a
    check making a QGuiApplication of its own (the PDF writer does, when
    alone) finds this one instead and the widget checks can still run."""
    _application()


def require_widgets(app):  # noqa: ANN001, ANN201 - a Qt application object
    """``app`` if it can make widgets (a QApplication); else RuntimeError."""
    from PySide6.QtWidgets import QApplication

    if not isinstance(app, QApplication):
        raise RuntimeError(f"this process already runs a {type(app).__name__}, which cannot make "
                           "widgets; run the self-test in a process of its own")
    return app


def _opaque_pixels(image) -> int:  # noqa: ANN001 - QImage
    return sum(1 for y in range(image.height()) for x in range(image.width())
               if image.pixelColor(x, y).alpha() > 0)


@check("Qt: platform plugins, SVG icons, charts, PDF")
def check_qt(ctx: CheckContext) -> None:
    from PySide6.QtCore import QLibraryInfo, QMarginsF, QPointF, QRectF, Qt
    from PySide6.QtGui import QPageSize, QPainter, QPdfWriter
    from PySide6.QtWidgets import QApplication

    from desktop.ui.resources import ICONS_DIR, icon

    _app = _application()  # kept alive for the whole check
    ctx.require(QApplication.platformName() in (OFFSCREEN, os.environ.get("QT_QPA_PLATFORM", OFFSCREEN)),
                f"running on the {QApplication.platformName()!r} platform")
    plugins = Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.PluginsPath)) / "platforms"
    native = next((name for key, name in NATIVE_PLATFORM_PLUGINS.items() if sys.platform.startswith(key)), None)
    if native is not None:
        ctx.require((plugins / native).is_file(), f"the window's platform plugin {native} is missing from {plugins}")

    names = sorted(p.stem for p in ICONS_DIR.glob("*.svg"))
    ctx.require(bool(names), f"no icons in {ICONS_DIR}")
    drawn = {}
    for name in names:
        pixmap = icon(name).pixmap(ICON_SIZE, ICON_SIZE)
        drawn[name] = 0 if pixmap.isNull() else _opaque_pixels(pixmap.toImage())
        ctx.require(drawn[name] > 0, f"the {name} icon draws nothing (SVG icon plugin missing?)")
    ctx.expect("icons", drawn)

    from PySide6.QtCharts import QChart, QChartView, QLineSeries

    series = QLineSeries()
    for x, y in ((0, 4.1), (1, 4.3), (2, 3.9), (3, 4.6)):
        series.append(QPointF(x, y))
    chart = QChart()
    chart.addSeries(series)
    chart.createDefaultAxes()
    chart.legend().hide()
    view = QChartView(chart)
    view.resize(320, 200)
    image = view.grab().toImage()
    samples = [image.pixel(x, y) for y in range(0, image.height(), 2) for x in range(0, image.width(), 2)]
    paper = max(set(samples), key=samples.count)  # the commonest colour is the background, whatever the theme
    ink = sum(1 for rgb in samples if rgb != paper)
    ctx.require(ink > 50, f"a line chart drew only {ink} sampled pixels")

    pdf_path = ctx.tmp / "selftest.pdf"
    writer = QPdfWriter(str(pdf_path))
    writer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
    writer.setPageMargins(QMarginsF(15, 15, 15, 15))
    painter = QPainter(writer)
    painter.drawText(QRectF(0, 0, 4000, 400), Qt.AlignmentFlag.AlignLeft, "Regulars: café, Straße, кафе")
    painter.end()
    head = pdf_path.read_bytes()[:5] if pdf_path.exists() else b""
    ctx.require(head == b"%PDF-" and pdf_path.stat().st_size > 500, "QPdfWriter wrote no PDF")


@check("window translations and Qt's own")
def check_translations(ctx: CheckContext) -> None:
    """Every window language loads, translates as the source tree does, and
    finds Qt's own translation (dialog buttons) where the source tree does."""
    from PySide6.QtCore import QLibraryInfo, QLocale, QTranslator

    from desktop.ui.application import ui_languages
    from desktop.ui.resources import TRANSLATIONS_DIR

    app = _application()
    languages = ui_languages()
    ctx.expect("languages", languages)
    qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    ours: dict[str, list[str]] = {}
    qt_own: dict[str, bool] = {}
    for code in languages:
        translator = QTranslator(app)
        ok = translator.load(f"regulars_{code}", str(TRANSLATIONS_DIR))
        ctx.require(ok, f"regulars_{code}.qm does not load from {TRANSLATIONS_DIR}")
        texts = [translator.translate(context, source) for context, source in TRANSLATION_SAMPLES]
        if code != "en":
            ctx.require(all(texts) and texts != [s for _, s in TRANSLATION_SAMPLES],
                        f"regulars_{code}.qm does not translate {TRANSLATION_SAMPLES[0][1]!r}")
            qt_own[code] = QTranslator(app).load(QLocale(code), "qtbase", "_", qt_dir)
        ours[code] = texts
    ctx.expect("translated", ours)
    ctx.expect("qtbase found", qt_own)


@check("Qt's locale data: sorting and text encodings")
def check_locale_data(ctx: CheckContext) -> None:
    """Locale-aware sorting (QCollator), upper case and time-zone names in
    the window languages give what the source tree's full ICU gives, and Qt
    still knows the single-byte encodings (the Linux build ships ICU's data
    trimmed to these languages and to the services Qt calls)."""
    from PySide6.QtCore import QCollator, QLocale, QStringEncoder, QTimeZone

    from desktop.ui.application import ui_languages

    _app = _application()
    orders = {}
    for code in ui_languages():
        collator = QCollator(QLocale(code))
        orders[code] = sorted(COLLATION_WORDS, key=collator.sortKey)
    sv = orders.get("sv", [])
    ctx.require(bool(sv) and sv.index("Öl") > sv.index("Zürich"), f"Swedish does not sort Ö after Z: {sv}")
    ctx.require(orders["en"].index("Äpfel") < orders["en"].index("zebra"), "English sorts Ä after z")
    ctx.expect("collation", orders)
    # the other ICU services Qt calls: case mapping and time-zone names
    ctx.expect("upper case", {code: QLocale(code).toUpper("straße café ﬁx") for code in ("de", "ru", "sv")})
    zone = QTimeZone(b"Europe/Rome")
    ctx.require(zone.isValid(), "Qt does not know the time zone Europe/Rome")
    ctx.expect("zone names", {code: zone.displayName(QTimeZone.TimeType.StandardTime,
                                                     QTimeZone.NameType.LongName, QLocale(code))
                              for code in ui_languages()})
    known = {name.lower() for name in QStringEncoder.availableCodecs()}
    for encoding in QT_ENCODINGS:
        ctx.require(encoding.lower() in known and QStringEncoder(encoding).isValid(),
                    f"Qt has no {encoding} converter")
