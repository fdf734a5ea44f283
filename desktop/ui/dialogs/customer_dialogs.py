"""Small dialogs of the customer card: editing what they like (their profile,
diet and allergies) and recording a marketing choice made in person. They
collect values; the page saves them through the services."""
from __future__ import annotations

from typing import Any, Mapping

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from desktop.customers.preferences import ALLERGENS, CHANNELS, DIETS
from desktop.ui.customer_text import ALLERGEN_LABELS, CHANNEL_LABELS, DIET_LABELS, label, language_label

LANGUAGES = ("en", "it", "pt", "es", "fr", "de", "nl", "sv", "ru")
ALLERGEN_COLUMNS = 3


class CustomerEditDialog(QDialog):
    """Usual order, seating, language, channel, best time, notes; diets and
    allergies (health data: said so next to the boxes)."""

    def __init__(self, name: str, profile: Mapping[str, Any], diets: set[str], allergies: set[str],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("What %1 likes").replace("%1", name))
        self.setMinimumWidth(560)
        self._setup_ui(profile, diets, allergies)

    def values(self) -> tuple[dict[str, str | None], set[str], set[str]]:
        """(profile fields, diets, allergies) as the owner left them."""
        fields = {key: edit.text().strip() or None for key, edit in self.edits.items()}
        fields["notes"] = self.notes_edit.toPlainText().strip() or None
        fields["language"] = self.language_combo.currentData()
        fields["preferred_channel"] = self.channel_combo.currentData()
        diets = {code for code, box in self.diet_boxes.items() if box.isChecked()}
        allergies = {code for code, box in self.allergy_boxes.items() if box.isChecked()}
        return fields, diets, allergies

    def _setup_ui(self, profile: Mapping[str, Any], diets: set[str], allergies: set[str]) -> None:
        layout = QVBoxLayout(self)
        form = QFormLayout()
        self.edits: dict[str, QLineEdit] = {}
        for key, caption, hint in (("usual_order", self.tr("Usual order"), self.tr("oat flat white, extra hot")),
                                   ("seating", self.tr("Seating"), self.tr("the window table")),
                                   ("best_time", self.tr("Best time to contact"), self.tr("weekday mornings"))):
            edit = QLineEdit(profile.get(key) or "", self)
            edit.setPlaceholderText(hint)
            self.edits[key] = edit
            form.addRow(caption, edit)
        self.language_combo = QComboBox(self)
        self.language_combo.addItem(self.tr("Not known"), None)
        for code in LANGUAGES:
            self.language_combo.addItem(language_label(code), code)
        self.language_combo.setCurrentIndex(max(0, self.language_combo.findData(profile.get("language"))))
        form.addRow(self.tr("Language"), self.language_combo)
        self.channel_combo = QComboBox(self)
        self.channel_combo.addItem(self.tr("No preference"), None)
        for channel in CHANNELS:
            self.channel_combo.addItem(label(CHANNEL_LABELS, channel), channel)
        self.channel_combo.setCurrentIndex(max(0, self.channel_combo.findData(profile.get("preferred_channel"))))
        form.addRow(self.tr("Preferred channel"), self.channel_combo)
        self.notes_edit = QPlainTextEdit(profile.get("notes") or "", self)
        self.notes_edit.setFixedHeight(64)
        form.addRow(self.tr("Notes"), self.notes_edit)
        layout.addLayout(form)

        health = QGroupBox(self.tr("Diet and allergies"), self)
        health_layout = QVBoxLayout(health)
        note = QLabel(self.tr("Health data: kept apart and used only to leave them out of offers that do not "
                              "suit them, never to choose who gets an offer."), health)
        note.setObjectName("Muted")
        note.setWordWrap(True)
        health_layout.addWidget(note)
        grid = QGridLayout()
        health_layout.addLayout(grid)
        self.diet_boxes: dict[str, QCheckBox] = {}
        for i, code in enumerate(DIETS):
            box = QCheckBox(label(DIET_LABELS, code), health)
            box.setChecked(code in diets)
            self.diet_boxes[code] = box
            grid.addWidget(box, 1 + i // ALLERGEN_COLUMNS, i % ALLERGEN_COLUMNS)
        allergy_title = QLabel(self.tr("Allergies (the 14 EU allergens)"), health)
        allergy_title.setStyleSheet("font-weight: 600;")
        row0 = 2 + (len(DIETS) - 1) // ALLERGEN_COLUMNS
        grid.addWidget(allergy_title, row0, 0, 1, ALLERGEN_COLUMNS)
        self.allergy_boxes: dict[str, QCheckBox] = {}
        for i, code in enumerate(ALLERGENS):
            box = QCheckBox(label(ALLERGEN_LABELS, code), health)
            box.setChecked(code in allergies)
            self.allergy_boxes[code] = box
            grid.addWidget(box, row0 + 1 + i // ALLERGEN_COLUMNS, i % ALLERGEN_COLUMNS)
        layout.addWidget(health)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel,
                                   self)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        self.buttons = buttons
        layout.addWidget(buttons)


class ConsentDialog(QDialog):
    """Which channel, yes or no, and how they said it (required: it is the evidence)."""

    def __init__(self, name: str, current: Mapping[str, bool], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Record what %1 agreed to").replace("%1", name))
        self._current = dict(current)
        self._setup_ui()

    def values(self) -> tuple[str, bool, str]:
        return self.channel_combo.currentData(), self.yes_radio.isChecked(), self.evidence_edit.toPlainText().strip()

    def _setup_ui(self) -> None:
        layout = QVBoxLayout(self)
        intro = QLabel(self.tr("Only what the customer told you themselves. A receipt e-mail is not consent."), self)
        intro.setWordWrap(True)
        intro.setObjectName("Muted")
        layout.addWidget(intro)
        form = QFormLayout()
        self.channel_combo = QComboBox(self)
        for channel in CHANNELS:
            self.channel_combo.addItem(label(CHANNEL_LABELS, channel), channel)
        form.addRow(self.tr("Channel"), self.channel_combo)
        self.yes_radio = QRadioButton(self.tr("Yes, they want to hear from us"), self)
        self.no_radio = QRadioButton(self.tr("No, they do not"), self)
        self.yes_radio.setChecked(True)
        choice = QVBoxLayout()
        choice.addWidget(self.yes_radio)
        choice.addWidget(self.no_radio)
        form.addRow(self.tr("Their answer"), choice)
        self.evidence_edit = QPlainTextEdit(self)
        self.evidence_edit.setPlaceholderText(self.tr("What they were asked and how they answered, e.g. "
                                                      "“ticked the newsletter box on the loyalty card, 3 May”"))
        self.evidence_edit.setFixedHeight(70)
        form.addRow(self.tr("How"), self.evidence_edit)
        layout.addLayout(form)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel,
                                   self)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        self.save_button = buttons.button(QDialogButtonBox.StandardButton.Save)
        self.save_button.setEnabled(False)
        self.evidence_edit.textChanged.connect(
            lambda: self.save_button.setEnabled(bool(self.evidence_edit.toPlainText().strip())))
        layout.addWidget(buttons)
        self.channel_combo.setFocus(Qt.FocusReason.OtherFocusReason)
