"""pages of the Regulars main window."""
