"""Read a corpus: folders of text files, ``NAME.<lang>.txt`` pairs, JSONL files, RSS/Atom feeds
(``NAME.<lang>.rss`` pairs too), TMX and XLIFF files, standard input.

A file that cannot be read becomes an ``InputProblem`` (one line naming the file and the line) and
the rest of the corpus is still read: one broken file never hides the report of the others.
Files in a folder that are not a corpus format are listed as ``Skipped``, never dropped silently.
"""

from __future__ import annotations

import json
import os
import re
import sys
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TextIO

from mtcheck import bitext, feeds
from mtcheck.errors import CorpusError, first_line
from mtcheck.model import Corpus, Document, InputProblem, Skipped

TEXT_SUFFIXES = (".txt", ".md")
JSONL_SUFFIX = ".jsonl"
TERMBASE_SUFFIXES = (".tsv", ".csv", ".tbx")
_PAIR_NAME = re.compile(r"^(?P<stem>.+)\.(?P<lang>[a-z]{2,3}(?:[-_][A-Za-z]{2,4})?)\.(?:txt|md|rss|atom|xml)$")
DOCUMENT_SUFFIXES = (*TEXT_SUFFIXES, JSONL_SUFFIX, *feeds.SUFFIXES, *bitext.SUFFIXES)
_RESERVED_KEYS = {"id", "source", "target", "source_lang", "target_lang"}


@dataclass(frozen=True, slots=True)
class Languages:
    """The translation direction the corpus is read in."""

    source: str
    target: str


def read_corpus(paths: Sequence[str], langs: Languages, stdin: TextIO | None = None) -> Corpus:
    """Read every document under ``paths`` (folders, files, or ``-`` for standard input)."""
    corpus = Corpus(documents=[])
    named_pairs: set[Path] = set()
    folders = [raw for raw in paths if raw != "-" and Path(raw).is_dir()]
    for raw in paths:
        if raw == "-":
            _collect(corpus, lambda: [_stdin_document(stdin or sys.stdin, langs)])
            continue
        path = Path(raw)
        if path.is_dir():
            before = len(corpus.documents)
            _read_folder(corpus, path, langs)
            if len(folders) > 1:  # "a/x.txt" and "b/x.txt" stay two documents
                for doc in corpus.documents[before:]:
                    doc.id = f"{path.as_posix().rstrip('/')}/{doc.id}"
        elif path.is_file() and (m := _PAIR_NAME.match(path.name)) and m["lang"] in (langs.source, langs.target):
            _read_named_pair(corpus, path, m["stem"], m["lang"], langs, named_pairs)
        elif path.is_file():
            _read_file(corpus, path, path.name if path.parent == Path(".") else raw, langs, explicit=True)
        else:
            corpus.problems.append(InputProblem(raw, None, "no such file or folder"))
    _reject_duplicate_ids(corpus)
    corpus.documents.sort(key=lambda d: d.id)
    return corpus


def read_text(path: Path) -> str:
    """Decode a file as UTF-8 (a BOM is dropped), keeping ``\\r`` so offsets match the bytes read."""
    try:
        data = path.read_bytes()
    except OSError as err:  # a permission, a device that refuses reads ("/proc/self/mem"), a file gone
        raise CorpusError(str(path), f"cannot be read ({err.strerror or first_line(err)})") from None
    text = decode(data, str(path))
    if not text.strip():
        raise CorpusError(str(path), "empty file; remove it or put the translated text in it")
    return text


def decode(data: bytes, name: str) -> str:
    """``data`` as UTF-8 (a BOM dropped), or as UTF-16 where its BOM or its NUL bytes say so (a
    Windows tool's export: ASCII letters each beside a NUL byte), or a ``CorpusError`` that says
    where the first bad byte is."""
    utf16 = _utf16(data)
    if utf16 is not None:
        try:
            return data.decode(utf16).lstrip("\ufeff")
        except UnicodeDecodeError:
            raise CorpusError(name, f"looks like {utf16.upper()} but is not; re-save it as UTF-8") from None
    if b"\x00" in data:
        raise CorpusError(name, "holds NUL bytes: a binary file, or text in an encoding that cannot be told; "
                                "re-save it as UTF-8", data.count(b"\n", 0, data.index(b"\x00")) + 1)
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as err:
        line = data.count(b"\n", 0, err.start) + 1
        col = err.start - (data.rfind(b"\n", 0, err.start) + 1) + 1
        raise CorpusError(
            name, f"not valid UTF-8 (byte 0x{data[err.start]:02x} at column {col}); re-save it as UTF-8", line
        ) from None


def _utf16(data: bytes) -> str | None:
    """"utf-16" for a UTF-16 BOM; "utf-16-le" or "utf-16-be" where every other byte is NUL in most
    pairs (ASCII text, or Latin text, in UTF-16 without a BOM); else None."""
    if data[:2] in (b"\xff\xfe", b"\xfe\xff"):
        return "utf-16"
    pairs = len(data) // 2
    if pairs < 2 or len(data) % 2:
        return None
    odd_nul, even_nul = data[1::2].count(0), data[0::2].count(0)
    if odd_nul > 0.6 * pairs and even_nul == 0:
        return "utf-16-le"
    if even_nul > 0.6 * pairs and odd_nul == 0:
        return "utf-16-be"
    return None


def _collect(corpus: Corpus, make: Callable[[], list[Document]]) -> None:
    """Add the documents ``make()`` returns, or its ``CorpusError`` as a problem."""
    try:
        corpus.documents.extend(make())
    except CorpusError as err:
        corpus.problems.append(as_problem(err))


def as_problem(err: CorpusError) -> InputProblem:
    """The report record of an input that could not be read."""
    return InputProblem(err.path, err.line, err.problem)


def _stdin_document(stream: TextIO, langs: Languages) -> Document:
    buffer = getattr(stream, "buffer", None)
    text = decode(buffer.read(), "-") if buffer is not None else stream.read()
    if not text.strip():
        raise CorpusError("-", "empty standard input; pipe the translated text into mtcheck")
    return Document(id="-", path="-", target=text, target_lang=langs.target)


def _read_folder(corpus: Corpus, root: Path, langs: Languages) -> None:
    files = _files(corpus, root)
    pairs: dict[tuple[Path, str], dict[str, Path]] = {}
    for path in files:
        m = _PAIR_NAME.match(path.name)
        if m and m["lang"] in (langs.source, langs.target):
            pairs.setdefault((path.parent, m["stem"]), {})[m["lang"]] = path
        elif path.suffix in DOCUMENT_SUFFIXES:
            _read_file(corpus, path, path.relative_to(root).as_posix(), langs, explicit=False)
        elif path.suffix in TERMBASE_SUFFIXES:
            corpus.termbases.append(str(path))
        elif m:
            corpus.skipped.append(
                Skipped(str(path), f"language '{m['lang']}' is neither --source-lang nor --target-lang")
            )
        else:
            corpus.skipped.append(Skipped(str(path), f"not a corpus format ({path.suffix or 'no suffix'})"))
    for (_, _stem), sides in sorted(pairs.items()):
        _read_pair(corpus, root, sides, langs)


def _read_named_pair(corpus: Corpus, path: Path, stem: str, lang: str, langs: Languages, done: set[Path]) -> None:
    """A ``NAME.<lang>.txt`` file named on the command line (a pre-commit hook names changed files):
    the other side beside it is read with it, and a pair whose two files are both named is read once."""
    other_lang = langs.source if lang == langs.target else langs.target
    other = path.with_name(f"{stem}.{other_lang}{path.suffix}")
    key = path.resolve().with_name(f"{stem}.{langs.target}{path.suffix}")
    if key in done:
        return
    done.add(key)
    sides = {lang: path, **({other_lang: other} if other.is_file() else {})}
    _read_pair(corpus, path.parent, sides, langs)


def _read_pair(corpus: Corpus, root: Path, sides: dict[str, Path], langs: Languages) -> None:
    target_path = sides.get(langs.target)
    source_path = sides.get(langs.source)
    if target_path is None:
        assert source_path is not None
        corpus.skipped.append(
            Skipped(str(source_path), f"source text with no translation beside it (*.{langs.target}{source_path.suffix})")
        )
        return
    if target_path.suffix in feeds.SUFFIXES:
        _read_feed(corpus, target_path, target_path.relative_to(root).as_posix(), langs, source_path)
        return

    def make() -> list[Document]:
        target = read_text(target_path)
        source = None
        try:
            source = read_text(source_path) if source_path else None
        except CorpusError as err:  # the translation is still checked, alone, beside the error
            corpus.problems.append(as_problem(err))
        return [
            Document(
                id=target_path.relative_to(root).as_posix(),
                path=str(target_path),
                target=target,
                target_lang=langs.target,
                source=source,
                source_lang=langs.source if source is not None else None,
                source_path=str(source_path) if source is not None and source_path else None,
            )
        ]

    _collect(corpus, make)


def _read_file(corpus: Corpus, path: Path, doc_id: str, langs: Languages, explicit: bool) -> None:
    if path.suffix == JSONL_SUFFIX:
        _read_jsonl(corpus, path, doc_id, langs)
    elif path.suffix in TEXT_SUFFIXES:
        _collect(corpus, lambda: [Document(doc_id, str(path), read_text(path), langs.target)])
    elif path.suffix in feeds.SUFFIXES:
        _read_feed(corpus, path, doc_id, langs, None)
    elif path.suffix in bitext.SUFFIXES:
        _read_bitext(corpus, path, doc_id, langs)
    elif explicit:
        corpus.problems.append(InputProblem(
            str(path), None, f"unknown format '{path.suffix}'; give {', '.join(DOCUMENT_SUFFIXES)} files"
        ))


def _read_feed(corpus: Corpus, path: Path, doc_id: str, langs: Languages, source: Path | None) -> None:
    try:
        documents, skipped = feeds.feed_documents(path, doc_id, langs.target, source, langs.source)
    except CorpusError as err:
        corpus.problems.append(as_problem(err))
        if source is None or err.path != str(source):
            return
        try:  # the source feed is broken: the translation is still checked, alone, beside the error
            documents, skipped = feeds.feed_documents(path, doc_id, langs.target, None, langs.source)
        except CorpusError as target_err:
            corpus.problems.append(as_problem(target_err))
            return
    corpus.documents.extend(documents)
    corpus.skipped.extend(skipped)


def _read_bitext(corpus: Corpus, path: Path, doc_id: str, langs: Languages) -> None:
    try:
        document, problems = bitext.read_bitext(path, doc_id, langs.source, langs.target)
    except CorpusError as err:
        corpus.problems.append(as_problem(err))
        return
    corpus.documents.extend([document] if document else [])
    corpus.problems.extend(problems)


def _read_jsonl(corpus: Corpus, path: Path, prefix: str, langs: Languages) -> None:
    try:
        text = read_text(path)
    except CorpusError as err:
        corpus.problems.append(as_problem(err))
        return
    for lineno, line in _numbered_lines(text.splitlines()):
        try:
            corpus.documents.append(_jsonl_document(line, lineno, path, prefix, langs))
        except ValueError as err:
            corpus.problems.append(InputProblem(str(path), lineno, str(err)))


_SURROGATE = re.compile("[\ud800-\udfff]")


def _numbered_lines(lines: Iterable[str]) -> Iterator[tuple[int, str]]:
    for i, line in enumerate(lines, 1):
        if line.strip():
            yield i, line


def _jsonl_document(line: str, lineno: int, path: Path, prefix: str, langs: Languages) -> Document:
    try:
        obj = json.loads(line)
    except json.JSONDecodeError as err:
        raise ValueError(f"not valid JSON ({err.msg} at column {err.colno})") from None
    if not isinstance(obj, dict):
        raise ValueError(f"expected a JSON object with a 'target' key, got {type(obj).__name__}")
    target = obj.get("target")
    if not isinstance(target, str) or not target.strip():
        raise ValueError("missing or empty 'target' text")
    source = obj.get("source")
    if source is not None and not isinstance(source, str):
        raise ValueError("'source' must be a string when given")
    doc_id = str(obj["id"]) if "id" in obj else f"{prefix}:{lineno}"
    for key, value in (("id", doc_id), ("target", target), ("source", source or "")):
        bad = _SURROGATE.search(value)
        if bad:  # "\ud800" escaped in JSON decodes to no character any output can write
            raise ValueError(f"'{key}' holds an unpaired surrogate (\\u{ord(bad.group()):04x}), which is no character")
    return Document(
        id=doc_id,
        path=str(path),
        target=target,
        target_lang=str(obj.get("target_lang", langs.target)),
        source=source or None,
        source_lang=str(obj.get("source_lang", langs.source)) if source else None,
        metadata={k: v for k, v in obj.items() if k not in _RESERVED_KEYS} | {"line": lineno},
    )


def _reject_duplicate_ids(corpus: Corpus) -> None:
    seen: dict[str, Document] = {}
    kept = []
    for doc in corpus.documents:
        if doc.id in seen:
            line = doc.metadata.get("line")
            corpus.problems.append(
                InputProblem(doc.path, line, f"duplicate document id '{doc.id}' (first in {seen[doc.id].path})")
            )
            continue
        seen[doc.id] = doc
        kept.append(doc)
    corpus.documents[:] = kept


def _files(corpus: Corpus, root: Path) -> list[Path]:
    """The regular files under ``root`` (and links to files), sorted; hidden entries left out. A
    link to a folder, a broken link and a pipe, socket or device are listed as skipped with their
    reason, never silently. Walked with a stack, not recursion: no depth of folders is too deep."""
    out: list[Path] = []
    stack = [root]
    while stack:
        folder = stack.pop()
        try:
            entries = list(os.scandir(folder))
        except OSError as err:
            corpus.problems.append(InputProblem(str(folder), None, f"folder cannot be read ({err.strerror or err})"))
            continue
        for entry in entries:
            path = Path(entry.path)
            if entry.name.startswith("."):
                continue
            if entry.is_dir(follow_symlinks=False):
                stack.append(path)
            elif entry.is_symlink() and entry.is_dir():
                corpus.skipped.append(Skipped(str(path), "link to a folder, not followed (links can loop); name the folder"))
            elif entry.is_file():
                out.append(path)
            elif entry.is_symlink():
                corpus.skipped.append(Skipped(str(path), "broken symbolic link"))
            else:
                corpus.skipped.append(Skipped(str(path), "not a regular file (a pipe, a socket or a device)"))
    return sorted(out)
