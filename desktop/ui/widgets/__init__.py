"""widgets of the Regulars main window."""
