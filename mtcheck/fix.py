"""``mtcheck fix``: apply the fixes that are certain to the corpus files, and list the rest.

A fix is applied only where its check declares its fixes ``safe`` and the finding marks its own
fix certain (ruff's applicability): name case, split and glue with a canonical form, termbase
forms, repeated words and paragraphs, glued sentences, French spacing. Everything else a finding
suggests is left for a person and listed. Two fixes that touch the same characters are never both
applied: the first one in the text is, the other is listed.

Only translations are written, never a source text: a plain text file is rewritten whole, a JSONL
line gets its ``target`` replaced, and an XLIFF or TMX unit gets the text of its target element
replaced where that element holds plain text (a unit with inline markup is listed, not touched).
A file that changed on disk since it was read, or a feed, is listed and left alone. Applying the
fixes and checking again finds nothing more to fix: each fix writes the form its check accepts.
"""

from __future__ import annotations

import difflib
import json
import re
from collections import defaultdict
from dataclasses import dataclass, field
from html import unescape
from pathlib import Path
from xml.sax.saxutils import escape

from mtcheck import bitext
from mtcheck.corpus import JSONL_SUFFIX, TEXT_SUFFIXES
from mtcheck.model import Document, Edit, Finding
from mtcheck.report.locations import relative_path


@dataclass(frozen=True, slots=True)
class FileFix:
    """One corpus file before and after its fixes."""

    path: str
    before: str
    after: str
    bom: bool
    """Whether the file starts with a UTF-8 byte order mark, which the rewrite keeps."""

    def diff(self) -> str:
        """The unified diff of the change, as ``git apply`` and ``patch -p1`` read it: paths relative
        to the working directory, and a last line without a newline marked as such."""
        name = relative_path(self.path)
        lines = difflib.unified_diff(
            self.before.splitlines(keepends=True), self.after.splitlines(keepends=True),
            fromfile=f"a/{name}", tofile=f"b/{name}",
        )
        return "".join(line if line.endswith("\n") else line + "\n\\ No newline at end of file\n" for line in lines)


@dataclass(slots=True)
class Plan:
    """What ``fix`` will change and what it leaves for a person, with the reason."""

    files: list[FileFix] = field(default_factory=list)
    applied: list[Finding] = field(default_factory=list)
    left: list[tuple[Finding, str]] = field(default_factory=list)


def plan(documents: list[Document]) -> Plan:
    """The changes the safe fixes of ``documents``' findings make, file by file."""
    result = Plan()
    by_path: dict[str, list[Document]] = defaultdict(list)
    for doc in documents:
        fixable = []
        for f in doc.findings or ():
            if f.certain:
                fixable.append(f)
            elif f.fix is not None:
                result.left.append((f, "its fix is a suggestion, not certain"))
        if fixable:
            by_path[doc.path].append(doc)
    for path, docs in by_path.items():
        _plan_file(result, Path(path), docs)
    return result


def _plan_file(result: Plan, path: Path, docs: list[Document]) -> None:
    findings = [f for doc in docs for f in doc.findings or () if f.certain]
    reason = _unfixable(path)
    data = b"" if reason else path.read_bytes()
    bom = data.startswith(b"\xef\xbb\xbf")
    try:
        raw = data.decode("utf-8-sig")
    except UnicodeDecodeError:
        reason = reason or "not a UTF-8 file; fix writes UTF-8 only"
    if reason:
        result.left.extend((f, reason) for f in findings)
        return
    after = raw
    for doc in docs:
        chosen, overlapping = _chosen(doc)
        result.left.extend((f, "overlaps another fix; run fix again") for f in overlapping)
        new_target = apply(doc.target, [e for f in chosen for e in f.fix.edits])  # type: ignore[union-attr]
        rewritten, refused = _rewrite(path, after, doc, new_target)
        for f in chosen:
            why = refused.get(WHOLE) or refused.get(doc.target.count(bitext.UNIT_SEPARATOR, 0, f.start))
            if why:
                result.left.append((f, why))
            else:
                result.applied.append(f)
        if WHOLE not in refused:
            after = rewritten
    if after != raw:
        result.files.append(FileFix(str(path), raw, after, bom))


def _unfixable(path: Path) -> str:
    """Why the file cannot be rewritten, or ''."""
    if str(path) == "-":
        return "read from standard input; save it to a file to fix it"
    if path.suffix not in (*TEXT_SUFFIXES, JSONL_SUFFIX, *bitext.SUFFIXES):
        return f"{path.suffix} files are not rewritten (fix the feed's source)"
    if not path.is_file():
        return "the file is gone"
    return ""


def _chosen(doc: Document) -> tuple[list[Finding], list[Finding]]:
    """The safe findings whose edits do not touch each other's characters, in text order, and the others."""
    chosen: list[Finding] = []
    overlapping: list[Finding] = []
    taken: list[tuple[int, int]] = []
    safe = sorted((f for f in doc.findings or () if f.certain), key=lambda f: (f.start, f.end))
    for f in safe:
        spans = [(e.start, e.end) for e in f.fix.edits]  # type: ignore[union-attr]
        if any(a < d and c < b or a == b == c == d for a, b in spans for c, d in taken):
            overlapping.append(f)
            continue
        chosen.append(f)
        taken.extend(spans)
    return chosen, overlapping


def apply(text: str, edits: list[Edit]) -> str:
    """``text`` with every edit made; edits must not overlap."""
    out, at = [], 0
    for e in sorted(edits, key=lambda e: (e.start, e.end)):
        out += [text[at : e.start], e.replacement]
        at = e.end
    return "".join(out) + text[at:]


WHOLE = -1
"""The key of a refusal that concerns the whole document, not one of its units."""


def _rewrite(path: Path, raw: str, doc: Document, new_target: str) -> tuple[str, dict[int, str]]:
    """The file's text with ``doc``'s target replaced by ``new_target`` where it can be, and why it
    cannot be elsewhere: for the whole document (``WHOLE``) or, in XLIFF and TMX, by unit index."""
    if path.suffix in TEXT_SUFFIXES:
        if raw != doc.target:
            return raw, {WHOLE: "the file changed since it was read"}
        return new_target, {}
    if path.suffix == JSONL_SUFFIX:
        text, why = _rewrite_jsonl(raw, doc, new_target)
        return (raw, {WHOLE: why}) if why else (text, {})
    return _rewrite_units(raw, doc, new_target)


def _rewrite_jsonl(raw: str, doc: Document, new_target: str) -> tuple[str, str]:
    lines = raw.splitlines(keepends=True)
    k = int(doc.metadata.get("line", 0)) - 1
    if not 0 <= k < len(lines):
        return "", "the file changed since it was read"
    body = lines[k].rstrip("\r\n")
    obj = json.loads(body)
    if obj.get("target") != doc.target:
        return "", "the file changed since it was read"
    obj["target"] = new_target
    compact = '","' in body or '":"' in body
    written = json.dumps(obj, ensure_ascii=not _writes_characters(body), separators=(",", ":") if compact else None)
    lines[k] = written + lines[k][len(body):]
    return "".join(lines), ""


def _writes_characters(line: str) -> bool:
    """Whether the line writes non-ASCII characters as they are (then so does the rewrite), or only
    ``\\u`` escapes or plain ASCII (then the rewrite escapes too)."""
    return any(ord(ch) > 127 for ch in line) or "\\u" not in line


_TARGET_OPEN = {
    ".tmx": r"<tuv\b[^>]*lang=[\"']{lang}[^\"']*[\"'][^>]*>\s*<seg\b[^>]*>",
    ".xlf": r"<(?:\w+:)?target\b[^>]*>",
}


def _rewrite_units(raw: str, doc: Document, new_target: str) -> tuple[str, dict[int, str]]:
    """Replace the text of each changed unit's target element, inside that unit only; a unit whose
    target holds inline markup, or changed since it was read, is left as it is."""
    units = doc.metadata.get("units") or []
    old, new = doc.target.split(bitext.UNIT_SEPARATOR), new_target.split(bitext.UNIT_SEPARATOR)
    if not (len(old) == len(new) == len(units)):
        return raw, {WHOLE: "a unit's text holds a blank line, so its edits cannot be placed"}
    suffix = ".tmx" if doc.path.endswith(".tmx") else ".xlf"
    opening = re.compile(_TARGET_OPEN[suffix].format(lang=re.escape(doc.target_lang)), re.IGNORECASE)
    refused: dict[int, str] = {}
    for k, (unit_id, before, after) in enumerate(zip(units, old, new, strict=True)):
        if before == after:
            continue
        at = bitext.unit_offset(raw, unit_id)
        tag = opening.search(raw, at) if at >= 0 else None
        close = raw.find("</", tag.end()) if tag else -1
        if tag is None or close < 0 or unescape(raw[tag.end() : close]) != before or "<" in raw[tag.end() : close]:
            refused[k] = f"unit '{unit_id}' has inline markup or its target changed since it was read"
            continue
        raw = raw[: tag.end()] + escape(after) + raw[close:]
    return raw, refused


def write(fix: FileFix, destination: Path) -> None:
    """Write the fixed text to ``destination``, as UTF-8 with the original's byte order mark."""
    destination.parent.mkdir(parents=True, exist_ok=True)
    destination.write_bytes((b"\xef\xbb\xbf" if fix.bom else b"") + fix.after.encode("utf-8"))
