"""Dialogs of the main window (import preview, settings)."""
