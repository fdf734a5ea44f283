"""The first run: a short welcome on a new, empty database.

Three steps in one dialog: what Regulars is and where the data lives
(nothing leaves the laptop); the café's name, currency, phone region and
languages; the exports it understands and where to find them in each
system, with "Import my files…" and "Open the demo café". Finishing or
skipping marks the database so the welcome never shows again
(``services.settings.finish_first_run``); the window asks for it only when
``first_run_due`` says so and the caller allowed it (tests never see it
unless they ask).

Reads and writes through the operation runner; the window language is this
computer's (QSettings), everything else belongs to the database.
"""
from __future__ import annotations

from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QLocale, QSettings, QSize, Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QStackedWidget,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop.core.errors import UserError, error_message
from desktop.services import formats
from desktop.services.settings import (
    BUSINESS_LANGUAGES,
    NAME_MAX_CHARS,
    BusinessProfile,
    finish_first_run,
    save_profile,
)
from desktop.ui.context import UiContext
from desktop.ui.messages_text import message_text
from desktop.ui.ui_keys import UI_LANGUAGE_KEY, language_name, region_label, ui_languages
from desktop.ui.widgets.wrapping_delegate import wrap_rows

CURRENCIES: tuple[str, ...] = ("EUR", "GBP", "USD", "SEK", "NOK", "DKK", "CHF", "PLN", "CZK", "RUB", "BRL",
                               "CAD", "AUD")
"""Offered in the currency list (any three-letter code may be typed)."""
STEPS = 3
WELCOME_SIZE = QSize(820, 600)
"""The welcome's first size (pixels): the exports' "where to find it" column readable in full."""

_CONTEXT = "WhereToFind"
WHERE_TO_FIND: tuple[tuple[str, str, str], ...] = (
    ("Google", QT_TRANSLATE_NOOP("WhereToFind", "Reviews"), QT_TRANSLATE_NOOP(
        "WhereToFind", "takeout.google.com: choose only “Google Business Profile” and download the archive; "
                       "or an Outscraper or Apify export of your Google Maps reviews.")),
    ("Tripadvisor", QT_TRANSLATE_NOOP("WhereToFind", "Reviews"), QT_TRANSLATE_NOOP(
        "WhereToFind", "Tripadvisor has no export button: use an Apify Tripadvisor export (CSV, Excel or JSON).")),
    ("Trustpilot", QT_TRANSLATE_NOOP("WhereToFind", "Reviews"), QT_TRANSLATE_NOOP(
        "WhereToFind", "Trustpilot Business: Reviews, then Export reviews.")),
    ("Yelp", QT_TRANSLATE_NOOP("WhereToFind", "Reviews"), QT_TRANSLATE_NOOP(
        "WhereToFind", "The Yelp review file your developer or agency downloaded (JSON or CSV).")),
    ("Facebook", QT_TRANSLATE_NOOP("WhereToFind", "Reviews"), QT_TRANSLATE_NOOP(
        "WhereToFind", "Your Page’s recommendations, exported as CSV or JSON.")),
    ("Square", QT_TRANSLATE_NOOP("WhereToFind", "Customers and orders"), QT_TRANSLATE_NOOP(
        "WhereToFind", "Square Dashboard: Customers, Directory, Export customers; and Reports, Item sales, "
                       "Export, Item detail.")),
    ("Shopify", QT_TRANSLATE_NOOP("WhereToFind", "Customers and orders"), QT_TRANSLATE_NOOP(
        "WhereToFind", "Shopify admin: Customers, then Export; Orders, then Export.")),
    ("Loyverse", QT_TRANSLATE_NOOP("WhereToFind", "Customers and orders"), QT_TRANSLATE_NOOP(
        "WhereToFind", "Loyverse Back Office: Customers, then Export; Reports, Receipts, then Export.")),
    ("Toast", QT_TRANSLATE_NOOP("WhereToFind", "Orders"), QT_TRANSLATE_NOOP(
        "WhereToFind", "Toast Web: Reports, Data exports, the CheckDetails file.")),
    ("SumUp", QT_TRANSLATE_NOOP("WhereToFind", "Orders"), QT_TRANSLATE_NOOP(
        "WhereToFind", "SumUp dashboard: Sales, then export the sales or transactions report.")),
    ("Zettle", QT_TRANSLATE_NOOP("WhereToFind", "Orders"), QT_TRANSLATE_NOOP(
        "WhereToFind", "Zettle back office: Reports, Receipts, then Export to Excel.")),
    ("Lightspeed", QT_TRANSLATE_NOOP("WhereToFind", "Orders"), QT_TRANSLATE_NOOP(
        "WhereToFind", "Lightspeed Restaurant (K-Series): Reports, Payments, then Export.")),
    ("Mailchimp", QT_TRANSLATE_NOOP("WhereToFind", "Customers"), QT_TRANSLATE_NOOP(
        "WhereToFind", "Audience, All contacts, Export Audience: import the ZIP as it is.")),
    ("Brevo", QT_TRANSLATE_NOOP("WhereToFind", "Customers"), QT_TRANSLATE_NOOP(
        "WhereToFind", "Contacts, select all, then Export.")),
    ("TheFork", QT_TRANSLATE_NOOP("WhereToFind", "Customers"), QT_TRANSLATE_NOOP(
        "WhereToFind", "TheFork Manager: Customers, then Export.")),
    ("Excel / CSV", QT_TRANSLATE_NOOP("WhereToFind", "Anything"), QT_TRANSLATE_NOOP(
        "WhereToFind", "Any spreadsheet with recognisable column names (date, rating, text; name, email, "
                       "phone; date, total): Regulars asks when it is not sure.")),
)
"""(system, what it holds, where to find the export): owner's words, translated."""


def default_region(locale: QLocale | None = None) -> str:
    """The phone region the computer's locale suggests ("" when it names none phones know)."""
    locale = locale or QLocale.system()
    code = QLocale.territoryToCode(locale.territory()) if hasattr(QLocale, "territoryToCode") else ""
    if not code:
        parts = locale.name().split("_")
        code = parts[1] if len(parts) > 1 else ""
    return code if code in formats.phone_regions() else ""


def default_currency(locale: QLocale | None = None) -> str:
    """The currency the computer's locale uses ("EUR"), "" when it has none."""
    code = (locale or QLocale.system()).currencySymbol(QLocale.CurrencySymbolFormat.CurrencyIsoCode)
    return code if len(code) == 3 and code.isalpha() else ""


def default_language(locale: QLocale | None = None) -> str:
    code = (locale or QLocale.system()).name().split("_")[0]
    return code if code in BUSINESS_LANGUAGES else "en"


class WelcomeDialog(QDialog):
    """The first-run welcome. Emits ``demo_requested`` or ``import_requested``
    after it closed, when the owner chose one; ``finished_first_run`` once
    the database is marked (completed or skipped)."""

    demo_requested = Signal()
    import_requested = Signal()
    finished_first_run = Signal()

    def __init__(self, ctx: UiContext, ui_settings: QSettings | None, db_path: str,
                 parent: QWidget | None = None, locale: QLocale | None = None) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self._ui_settings = ui_settings
        self._db_path = db_path
        self._locale = locale or QLocale.system()
        self._then: str = ""
        self._setup_ui()
        self.show_step(0)

    # Public -----------------------------------------------------------------

    def step(self) -> int:
        return self.stack.currentIndex()

    def show_step(self, index: int) -> None:
        self.stack.setCurrentIndex(max(0, min(index, STEPS - 1)))
        last = self.step() == STEPS - 1
        self.back_button.setVisible(self.step() > 0)
        self.next_button.setVisible(not last)
        self.finish_button.setVisible(last)
        self.import_button.setVisible(last)
        self.step_label.setText(self.tr("Step %1 of %2").replace("%1", str(self.step() + 1))
                                .replace("%2", str(STEPS)))
        default = self.next_button if not last else self.import_button
        for button in (self.next_button, self.import_button):
            button.setDefault(button is default)
        if self.step() == 1:
            self.name_edit.setFocus()
        else:
            default.setFocus()

    def profile(self) -> BusinessProfile:
        """What the owner typed on the second step."""
        return BusinessProfile(name=self.name_edit.text(), currency=self.currency_combo.currentText(),
                               region=str(self.region_combo.currentData() or ""),
                               language=str(self.message_language_combo.currentData() or "en"))

    def skip(self) -> None:
        """Close without saving the profile; the welcome is not shown again."""
        self._finish(save=False)

    def finish(self, then: str = "") -> None:
        """Save the profile and close; ``then`` is "import", "demo" or ""."""
        self._then = then
        self._finish(save=True)

    # UI ---------------------------------------------------------------------

    def _setup_ui(self) -> None:
        self.setWindowTitle(self.tr("Welcome to Regulars"))
        self.setMinimumSize(680, 500)
        self.resize(WELCOME_SIZE)  # Qt keeps it on the screen; a 1366x768 laptop has room for it
        outer = QVBoxLayout(self)
        outer.setContentsMargins(26, 22, 26, 16)
        outer.setSpacing(12)
        self.stack = QStackedWidget(self)
        self.stack.addWidget(self._intro_step())
        self.stack.addWidget(self._profile_step())
        self.stack.addWidget(self._files_step())
        outer.addWidget(self.stack, 1)
        self.error_label = QLabel("", self)
        self.error_label.setObjectName("Problem")
        self.error_label.setWordWrap(True)
        self.error_label.hide()
        outer.addWidget(self.error_label)
        row = QHBoxLayout()
        self.step_label = QLabel("", self)
        self.step_label.setObjectName("Muted")
        self.skip_button = QPushButton(self.tr("Skip"), self)
        self.skip_button.setToolTip(self.tr("Close the welcome; it will not show again. Everything here is also "
                                            "in File > Settings."))
        self.skip_button.clicked.connect(self.skip)
        self.back_button = QPushButton(self.tr("Back"), self)
        self.back_button.clicked.connect(lambda: self.show_step(self.step() - 1))
        self.next_button = QPushButton(self.tr("Next"), self)
        self.next_button.setProperty("primary", True)
        self.next_button.clicked.connect(lambda: self.show_step(self.step() + 1))
        self.import_button = QPushButton(self.tr("Import my files…"), self)
        self.import_button.setProperty("primary", True)
        self.import_button.clicked.connect(lambda: self.finish("import"))
        self.finish_button = QPushButton(self.tr("Finish"), self)
        self.finish_button.clicked.connect(lambda: self.finish(""))
        row.addWidget(self.step_label)
        row.addStretch(1)
        for button in (self.skip_button, self.back_button, self.next_button, self.finish_button,
                       self.import_button):
            button.setAutoDefault(False)  # only the step's default button answers Enter
            row.addWidget(button)
        outer.addLayout(row)

    def _heading(self, text: str, parent: QWidget) -> QLabel:
        label = QLabel(text, parent)
        label.setObjectName("DropTitle")
        label.setWordWrap(True)
        return label

    def _text(self, text: str, parent: QWidget, muted: bool = False) -> QLabel:
        label = QLabel(text, parent)
        label.setWordWrap(True)
        label.setTextFormat(Qt.TextFormat.PlainText)
        if muted:
            label.setObjectName("Muted")
        return label

    def _intro_step(self) -> QWidget:
        page = QWidget(self.stack)
        layout = QVBoxLayout(page)
        layout.setSpacing(12)
        layout.addWidget(self._heading(self.tr("Welcome to Regulars"), page))
        layout.addWidget(self._text(self.tr(
            "Regulars reads your review exports and your till's customer and order files, tells you why your "
            "rating moves, knows your regulars, and helps you write to them personally."), page))
        layout.addWidget(self._text(self.tr(
            "Everything stays on this laptop: files are read here, nothing is uploaded, and Regulars never "
            "connects to the internet."), page))
        layout.addWidget(self._text(self.tr("Your data is kept in this one file (copy it to keep a backup):"),
                                    page, muted=True))
        self.path_label = self._text(self._db_path, page)
        self.path_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(self.path_label)
        layout.addSpacing(8)
        demo_row = QHBoxLayout()
        self.demo_button = QPushButton(self.tr("Look around the demo café first"), page)
        self.demo_button.setToolTip(self.tr("Opens a made-up café in a window of its own; your data is not "
                                            "touched."))
        self.demo_button.setAutoDefault(False)  # Enter means Next, never "open the demo"
        self.demo_button.clicked.connect(lambda: self.finish("demo"))
        demo_row.addWidget(self.demo_button)
        demo_row.addStretch(1)
        layout.addLayout(demo_row)
        layout.addStretch(1)
        return page

    def _profile_step(self) -> QWidget:
        page = QWidget(self.stack)
        layout = QVBoxLayout(page)
        layout.setSpacing(12)
        layout.addWidget(self._heading(self.tr("Your café"), page))
        layout.addWidget(self._text(self.tr("Messages are signed with your business's name; you can change all "
                                            "of this later in File > Settings."), page, muted=True))
        form = QFormLayout()
        form.setHorizontalSpacing(16)
        form.setVerticalSpacing(10)
        self.name_edit = QLineEdit(page)
        self.name_edit.setMaxLength(NAME_MAX_CHARS)
        self.name_edit.setPlaceholderText(self.tr("e.g. The Corner Café"))
        form.addRow(self.tr("Business name"), self.name_edit)
        self.currency_combo = QComboBox(page)
        self.currency_combo.setEditable(True)
        self.currency_combo.addItems(list(CURRENCIES))
        currency = default_currency(self._locale)
        if currency and self.currency_combo.findText(currency) < 0:
            self.currency_combo.addItem(currency)
        self.currency_combo.setCurrentIndex(max(self.currency_combo.findText(currency or "EUR"), 0))
        form.addRow(self.tr("Currency"), self.currency_combo)
        self.region_combo = QComboBox(page)
        self.region_combo.setMaxVisibleItems(16)
        self.region_combo.addItem(self.tr("Not set (numbers must start with +)"), "")
        for label, code in sorted((region_label(c), c) for c in formats.phone_regions()):
            self.region_combo.addItem(label, code)
        self.region_combo.setCurrentIndex(max(self.region_combo.findData(default_region(self._locale)), 0))
        self.region_combo.setToolTip(self.tr("Phone numbers written without a country code are read as numbers "
                                             "of this country."))
        form.addRow(self.tr("Phone numbers are from"), self.region_combo)
        self.window_language_combo = QComboBox(page)
        self.window_language_combo.addItem(self.tr("Same as this computer"), "")
        for code in ui_languages():
            self.window_language_combo.addItem(language_name(code), code)
        chosen = str(self._ui_settings.value(UI_LANGUAGE_KEY, "") or "") if self._ui_settings is not None else ""
        self.window_language_combo.setCurrentIndex(max(self.window_language_combo.findData(chosen), 0))
        form.addRow(self.tr("Language of the window"), self.window_language_combo)
        self.message_language_combo = QComboBox(page)
        for code in BUSINESS_LANGUAGES:
            self.message_language_combo.addItem(language_name(code), code)
        self.message_language_combo.setCurrentIndex(
            max(self.message_language_combo.findData(default_language(self._locale)), 0))
        self.message_language_combo.setToolTip(self.tr("Used when a customer's or reviewer's own language is "
                                                       "not known."))
        form.addRow(self.tr("Messages are written in"), self.message_language_combo)
        layout.addLayout(form)
        layout.addStretch(1)
        return page

    def _files_step(self) -> QWidget:
        page = QWidget(self.stack)
        layout = QVBoxLayout(page)
        layout.setSpacing(10)
        layout.addWidget(self._heading(self.tr("Your files"), page))
        layout.addWidget(self._text(self.tr(
            "Download these exports from the systems you use, then import them (or drop them on the window). "
            "Importing the same file twice adds nothing, and every import can be undone."), page, muted=True))
        self.formats_tree = QTreeWidget(page)
        self.formats_tree.setColumnCount(3)
        self.formats_tree.setHeaderLabels([self.tr("System"), self.tr("What it holds"),
                                           self.tr("Where to find the export")])
        self.formats_tree.setRootIsDecorated(False)
        self.formats_tree.setWordWrap(True)
        self.formats_tree.setAccessibleName(self.tr("Exports Regulars understands"))
        for system, holds, where in WHERE_TO_FIND:
            item = QTreeWidgetItem([system, QCoreApplication.translate(_CONTEXT, holds),
                                    QCoreApplication.translate(_CONTEXT, where)])
            item.setToolTip(2, item.text(2))
            self.formats_tree.addTopLevelItem(item)
        self.formats_tree.setColumnWidth(0, 110)
        self.formats_tree.setColumnWidth(1, 150)
        # "where to find the export" is the step's point: it wraps onto as many lines as it needs
        # (a plain tree cut it to "takeout.google.com: scegli solo …")
        wrap_rows(self.formats_tree)
        layout.addWidget(self.formats_tree, 1)
        return page

    # Saving -----------------------------------------------------------------

    def _finish(self, save: bool) -> None:
        settings, value = self._ctx.services.settings, self.profile()
        if self._ui_settings is not None and save:
            self._ui_settings.setValue(UI_LANGUAGE_KEY, str(self.window_language_combo.currentData() or ""))

        def work(progress: Any, cancel: Any) -> None:
            if save:
                save_profile(settings, value)
            finish_first_run(settings)

        for button in (self.next_button, self.finish_button, self.import_button, self.skip_button):
            button.setEnabled(False)
        self._ctx.runner.run(work, label=self.tr("Saving your café's details"), write=True,
                             on_success=lambda _r: self._on_saved(), on_failure=self._on_save_failed)

    def _on_saved(self) -> None:
        self.finished_first_run.emit()
        then, self._then = self._then, ""
        self.accept()
        if then == "demo":
            self.demo_requested.emit()
        elif then == "import":
            self.import_requested.emit()

    def _on_save_failed(self, error: BaseException) -> None:
        for button in (self.next_button, self.finish_button, self.import_button, self.skip_button):
            button.setEnabled(True)
        if not isinstance(error, UserError):
            self._ctx.runner.reporter.report(error, self.tr("Welcome to Regulars"))
            return
        self.show_step(1)
        self.error_label.setText(message_text(error_message(error)))
        self.error_label.show()

    def reject(self) -> None:  # Escape or the title bar's close: a skip, so it never nags again
        if self.skip_button.isEnabled():
            self.skip()
