"""User-facing errors (bad input the user can fix) versus bugs (everything else)."""
from __future__ import annotations


class UserError(Exception):
    """A problem the user can understand and fix; the message is shown as is."""


class FileReadError(UserError):
    """A file that cannot be read at all. The message names the file and the problem."""

    def __init__(self, path: str, problem: str) -> None:
        self.path = path
        self.problem = problem
        super().__init__(f"{path}: {problem}")


class UnrecognisedFileError(FileReadError):
    """A readable table whose columns match no known format and no synonyms:
    the owner has to map the columns by hand."""


class Cancelled(Exception):
    """Raised inside long work when the user pressed Cancel; nothing was written."""
