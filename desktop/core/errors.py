"""User-facing errors (bad input the user can fix) versus bugs (everything else).

A ``UserError`` may carry a coded ``Message`` (``desktop.core.messages``) as its
argument: ``str()`` stays the English sentence (CLI, logs), and the window
renders ``error.args[0]`` in the owner's language.
"""
from __future__ import annotations

from typing import Any

from desktop.core.messages import Message, as_message


class UserError(Exception):
    """A problem the user can understand and fix; the message is shown as is."""


class FileReadError(UserError):
    """A file that cannot be read at all. The message names the file and the problem.

    ``problem`` is a coded ``Message`` (plain text is kept as a raw message);
    ``message`` is "<path>: <problem>" as a ``Message`` (code ``file.rejected``)
    whose English text is ``str(error)``. Pickles (worker processes)."""

    def __init__(self, path: str, problem: str) -> None:
        self.path = path
        self.problem: Message = as_message(problem)
        self.message: Message = Message("file.rejected", file=path, detail=self.problem)
        super().__init__(self.message)

    def __reduce__(self) -> tuple[Any, ...]:
        return type(self), (self.path, self.problem)


class UnrecognisedFileError(FileReadError):
    """A readable table whose columns match no known format and no synonyms:
    the owner has to map the columns by hand."""


def error_message(error: BaseException) -> Message:
    """What ``error`` tells the owner as a ``Message``: its coded argument when it has one,
    else its text as a raw (untranslated) message. The English is always ``str(error)``."""
    if error.args and isinstance(error.args[0], Message) and len(error.args) == 1:
        return error.args[0]
    return as_message(str(error))


class Cancelled(Exception):
    """Raised inside long work when the user pressed Cancel; nothing was written."""
