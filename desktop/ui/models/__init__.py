"""models of the Regulars main window."""
