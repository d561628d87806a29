"""Report writers, one module per format; a writer formats, it never filters or scores.

Text formats write to a text stream; ``xlsx``, a workbook, writes bytes (``BINARY_WRITERS``)."""

from __future__ import annotations

import enum
from collections.abc import Callable
from typing import BinaryIO, TextIO

from mtcheck.pipeline import Report
from mtcheck.report import github, html, json, junit, sarif, text, xlsx


class OutputFormat(enum.StrEnum):
    """The values of ``--format``."""

    TEXT = "text"
    JSON = "json"
    HTML = "html"
    SARIF = "sarif"
    JUNIT = "junit"
    GITHUB = "github"
    XLSX = "xlsx"


Writer = Callable[[Report, TextIO], None]

WRITERS: dict[OutputFormat, Writer] = {
    OutputFormat.TEXT: text.write,
    OutputFormat.JSON: json.write,
    OutputFormat.HTML: html.write,
    OutputFormat.SARIF: sarif.write,
    OutputFormat.JUNIT: junit.write,
    OutputFormat.GITHUB: github.write,
}

BINARY_WRITERS: dict[OutputFormat, Callable[[Report, BinaryIO], None]] = {
    OutputFormat.XLSX: xlsx.write,
}
