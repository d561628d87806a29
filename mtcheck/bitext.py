"""TMX and XLIFF (1.2 and 2.x) files: one document per file, its translation units in order.

translate-toolkit parses the formats (it knows their variants far better than a hand-written
parser would). Each unit becomes one paragraph of the document, on both sides, so sentence
segmentation never runs across units. A unit with no target is an input problem naming the file,
its line and the unit id; the other units are still checked.
"""

from __future__ import annotations

import re
from pathlib import Path

from mtcheck.errors import CorpusError, first_line
from mtcheck.model import Document, InputProblem

SUFFIXES = (".tmx", ".xlf", ".xliff")
UNIT_SEPARATOR = "\n\n"


def read_bitext(path: Path, doc_id: str, source_lang: str, target_lang: str) -> tuple[Document | None, list[InputProblem]]:
    """The document of ``path`` (None when no unit has a target) and the problems of its units."""
    data = path.read_bytes()
    units = _units(path, data, source_lang, target_lang)
    problems, sources, targets, ids = [], [], [], []
    for unit_id, source, target in units:
        if not (target or "").strip():
            problems.append(InputProblem(str(path), _line_of(data, unit_id),
                                         f"unit '{unit_id}' has no {target_lang} target; the other units are checked"))
            continue
        sources.append(source or "")
        targets.append(target)
        ids.append(unit_id)
    if not units:
        raise CorpusError(str(path), "no translation units")
    if not targets:
        return None, problems
    has_source = any(s.strip() for s in sources)
    return Document(
        id=doc_id, path=str(path), target=UNIT_SEPARATOR.join(targets), target_lang=target_lang,
        source=UNIT_SEPARATOR.join(sources) if has_source else None, source_lang=source_lang if has_source else None,
        metadata={"units": ids},
    ), problems


def _units(path: Path, data: bytes, source_lang: str, target_lang: str) -> list[tuple[str, str | None, str | None]]:
    """(id, source, target) of every unit that is not a header, as translate-toolkit reads them."""
    import io

    from translate.storage import tmx, xliff, xliff2

    try:
        if path.suffix == ".tmx":
            store = tmx.tmxfile(io.BytesIO(data), sourcelanguage=source_lang, targetlanguage=target_lang)
        elif _XLIFF2.search(data):
            store = xliff2.Xliff2File(io.BytesIO(data))
        else:
            store = xliff.xlifffile(io.BytesIO(data))
    except Exception as err:  # noqa: BLE001 - lxml and translate-toolkit raise many kinds for bad files
        raise CorpusError(str(path), f"not a readable {path.suffix[1:].upper()} file ({first_line(err)})") from None
    declared = store.gettargetlanguage() if path.suffix != ".tmx" else None
    if declared and _primary(declared) != _primary(target_lang):
        raise CorpusError(str(path), f"its targets are in '{declared}' (target-language), not '{target_lang}'; "
                                     f"check it with --target-lang {_primary(declared)}")
    out = []
    for k, unit in enumerate(store.units, 1):
        if unit.isheader():
            continue
        unit_id = (unit.getid() or str(k)).split("\x04")[-1]  # XLIFF 1.2 ids are "file\x04id"
        out.append((unit_id, _plain(unit.source), _plain(unit.target)))
    return out


_XLIFF2 = re.compile(rb"<(?:\w+:)?xliff\b[^>]*urn:oasis:names:tc:xliff:document:2")
"""The root element of an XLIFF 2 file, wherever it starts (after a long comment or a DOCTYPE)."""


def _primary(lang: str) -> str:
    """The primary language subtag: "fr" of "fr-CA" or "fr_FR"."""
    return lang.replace("_", "-").split("-")[0].lower()


def _plain(value: object) -> str | None:
    return None if value is None else str(value)


def unit_offset(text: str, unit_id: str) -> int:
    """Offset of the unit's id attribute (``id``, ``tuid``) in the file's text, or -1."""
    found = [text.find(f"id={quote}{unit_id}{quote}") for quote in "\"'"]
    return min((at for at in found if at >= 0), default=-1)


def _line_of(data: bytes, unit_id: str) -> int | None:
    """Line of the unit in the file, for the error message."""
    text = data.decode("utf-8", errors="replace")
    at = unit_offset(text, unit_id)
    return text.count("\n", 0, at) + 1 if at >= 0 else None
