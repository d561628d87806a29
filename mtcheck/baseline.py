"""Baselines: record today's findings, then report only the ones that are new.

A finding is recorded by its fingerprint (check code, document id, the finding's text and the
sentence around it, numbered when the same one repeats), never by offsets, so an edit elsewhere
in the document leaves it known. A recorded finding that is no longer found is *stale*: it was
fixed, and the baseline can be rewritten. The baseline also records each document's content
hash, so ``--changed-only`` can skip the model work of documents that did not change.

A workbook written by ``--format xlsx`` and reviewed is a baseline too: its rows whose status is
"false alarm" are known findings, the other rows are not (they still need work).
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from mtcheck import __version__
from mtcheck.errors import ConfigError, first_line
from mtcheck.model import Document

VERSION = 1


@dataclass(frozen=True, slots=True)
class Comparison:
    """What comparing a run with a baseline found."""

    path: str
    known: int
    """Findings hidden because the baseline has them."""
    stale: tuple[dict[str, Any], ...]
    """Baseline entries found no more: fixed since."""


def content_hash(doc: Document) -> str:
    """sha256 of what a document's checks read: its target and its source."""
    return hashlib.sha256(f"{doc.source or ''}\0{doc.target}".encode()).hexdigest()


def write(documents: list[Document], path: Path) -> int:
    """Record every finding of ``documents`` in ``path``; returns how many."""
    entries = [
        {"document": doc.id, "fingerprint": f.fingerprint, "code": f.code, "text": f.text, "message": f.message}
        for doc in documents for f in doc.findings or ()
    ]
    data = {"mtcheck_baseline": VERSION, "tool_version": __version__,
            "documents": {doc.id: content_hash(doc) for doc in documents}, "findings": entries}
    path.write_text(json.dumps(data, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    return len(entries)


def load(path: Path) -> dict[str, Any]:
    """A baseline file, checked; a missing or foreign file is a ConfigError naming it."""
    if path.suffix.lower() == ".xlsx":
        return _load_review(path)
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise ConfigError(f"{path}: no such baseline; create it with --write-baseline {path}") from None
    except (OSError, ValueError) as err:
        raise ConfigError(f"{path}: not a baseline file ({err})") from None
    if not isinstance(data, dict) or data.get("mtcheck_baseline") != VERSION:
        raise ConfigError(f"{path}: not an mtcheck baseline (version {VERSION}); rewrite it with --write-baseline")
    return data


def _load_review(path: Path) -> dict[str, Any]:
    """The rows of a reviewed ``--format xlsx`` report marked "false alarm", as baseline entries."""
    from zipfile import BadZipFile

    from openpyxl import load_workbook

    from mtcheck.report.xlsx import FALSE_ALARM, FINDINGS_SHEET

    try:
        book = load_workbook(path, read_only=True)
    except FileNotFoundError:
        raise ConfigError(f"{path}: no such reviewed report; write it with --format xlsx -o {path}") from None
    except (OSError, BadZipFile, KeyError, ValueError) as err:
        raise ConfigError(f"{path}: not an Excel workbook ({first_line(err)})") from None
    if FINDINGS_SHEET not in book.sheetnames:
        raise ConfigError(f"{path}: no '{FINDINGS_SHEET}' sheet; give a report written with --format xlsx")
    rows = book[FINDINGS_SHEET].iter_rows(values_only=True)
    header = [str(h or "").strip().lower() for h in next(rows, ())]
    missing = [c for c in ("document", "code", "status", "fingerprint") if c not in header]
    if missing:
        raise ConfigError(f"{path}: the '{FINDINGS_SHEET}' sheet has no {', '.join(missing)} column")
    at = {name: header.index(name) for name in ("document", "code", "text", "message", "status", "fingerprint")
          if name in header}
    entries = [
        {key: "" if row[k] is None else str(row[k]) for key, k in at.items() if key != "status"}
        for row in rows
        if len(row) > at["status"] and str(row[at["status"]] or "").strip().lower() == FALSE_ALARM
    ]
    return {"mtcheck_baseline": VERSION, "documents": {}, "findings": entries}


def unchanged(data: dict[str, Any], documents: list[Document]) -> set[str]:
    """Ids of the documents whose content is what the baseline recorded."""
    recorded = data.get("documents", {})
    return {doc.id for doc in documents if recorded.get(doc.id) == content_hash(doc)}


def compare(data: dict[str, Any], path: str, documents: list[Document], carried: set[str]) -> Comparison:
    """Remove known findings from ``documents`` and list the stale entries.

    Entries of documents in ``carried`` (whose model work was skipped as unchanged) are neither
    matched nor stale: checks that needed the model did not run on them.
    """
    recorded = {(e["document"], e["fingerprint"]): e for e in data.get("findings", [])}
    seen: set[tuple[str, str]] = set()
    known = 0
    for doc in documents:
        kept = []
        for f in doc.findings or ():
            if (doc.id, f.fingerprint) in recorded:
                seen.add((doc.id, f.fingerprint))
                known += 1
            else:
                kept.append(f)
        doc.findings = kept
    ids = {doc.id for doc in documents}
    stale = tuple(
        e for key, e in recorded.items()
        if key not in seen and key[0] in ids and key[0] not in carried
    )
    return Comparison(path, known, stale)

