"""One error hierarchy. ``cli.main`` catches ``MtcheckError`` only and prints its one-line message.

Messages are written where the error is raised and say what happened, where, and how to fix it.
Anything else is a bug and keeps its traceback.
"""


class MtcheckError(Exception):
    """Base class of every error mtcheck reports to the user as one line."""


class CorpusError(MtcheckError):
    """An input file or line that cannot be read as a document, with where it is."""

    def __init__(self, path: str, problem: str, line: int | None = None) -> None:
        self.path, self.problem, self.line = path, problem, line
        super().__init__(f"{path}:{line}: {problem}" if line else f"{path}: {problem}")


class ConfigError(MtcheckError):
    """A command-line flag, configuration key or selector that makes no sense."""


class ModelError(MtcheckError):
    """A back-translation model or one of its dependencies that cannot be loaded."""


def first_line(err: BaseException, width: int = 160) -> str:
    """The first line of a library's error message, for our one-line errors."""
    text = str(err).strip()
    return (text.splitlines()[0] if text else type(err).__name__)[:width]
