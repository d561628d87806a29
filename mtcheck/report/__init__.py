"""Report writers, one module per format; a writer formats, it never filters or scores."""

from __future__ import annotations

import enum
from collections.abc import Callable
from typing import TextIO

from mtcheck.pipeline import Report
from mtcheck.report import html, json, text


class OutputFormat(enum.StrEnum):
    """The values of ``--format``."""

    TEXT = "text"
    JSON = "json"
    HTML = "html"


Writer = Callable[[Report, TextIO], None]

WRITERS: dict[OutputFormat, Writer] = {
    OutputFormat.TEXT: text.write,
    OutputFormat.JSON: json.write,
    OutputFormat.HTML: html.write,
}
