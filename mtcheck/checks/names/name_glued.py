"""NE005: a name glued to the next sentence ("L'informationLe président")."""

from __future__ import annotations

import re
from collections.abc import Iterator

from mtcheck.checks.base import Check, CheckContext
from mtcheck.checks.names import aligned
from mtcheck.entities.candidates import LETTERS, fold, trim
from mtcheck.entities.forms import english_word
from mtcheck.entities.lexicon import rendered_words
from mtcheck.entities.registry import Registry
from mtcheck.french import french_word
from mtcheck.model import Document, Finding, Severity
from mtcheck.tokens import Token

_LEFT = re.compile(r"[^\W_](?:[^\W_]|['’](?=[^\W_]))*$")


class NameGlued(Check):
    """Name glued to the first word of the next sentence.

    What it does: at each place where two sentences were written without a space ("…rapporté
    L'informationLe président…"), reports the glue when the word before it is a name: a registered
    name, a word-by-word rendering of one, or a capitalised word the corpus uses as a name
    elsewhere. The fix inserts the missing full stop and space.
    Why it matters: the name disappears into a non-word, so search, the names checks and readers
    all miss it; it usually marks a link or a caption lost when the page was extracted.
    Example: "Comme l'a rapporté L'informationLe président a parlé." -> NE005, fix
    "L'information. Le".
    Known limitations: a glue is seen before a word that opens sentences (Le, La, Il, The...), and
    after a registered name before a French word or another registered name ("VarnaholmKTV");
    other glues ("OpenAIMicrosoft", where the corpus registers neither) look like brand names and
    are left alone. A brand written once whose two halves the corpus registers as names of their
    own ("KowalTel" beside "Kowal" and "Tel") reads as a glue.
    """

    code, name, category, severity = "NE005", "name-glued", "name-glued", Severity.ERROR
    fix_safety = "safe"
    requires = ("target_segments", "glue_points", "entities", "name_renderings")
    help = "Insert the missing full stop and space"
    examples_fail = ("Microsoft grandit. Comme l'a rapporté MicrosoftLe président a parlé. Microsoft aussi.",)
    examples_pass = ("Microsoft grandit. Comme l'a rapporté Microsoft. Le président a parlé. Microsoft aussi.",)

    def check(self, doc: Document, ctx: CheckContext) -> Iterator[Finding]:
        return aligned.with_aligned(self, doc, ("glued",), self._corpus(doc, ctx))

    def _corpus(self, doc: Document, ctx: CheckContext) -> Iterator[Finding]:
        if ctx.entities is None:
            return
        for point in sorted({*(doc.glue_points or ()), *_word_glues(doc, ctx.entities)}):
            name = glued_name(doc, ctx.entities, point)
            right = LETTERS.match(doc.target, point)
            if name is None or right is None:
                continue
            left = _LEFT.search(doc.target, 0, point)
            assert left is not None  # glued_name found a word there
            yield self.finding(
                doc, left.start(), right.end(),
                f"the name '{name}' is glued to the next sentence ('{doc.target[left.start() : right.end()]}')",
                suggestion=". ", fix_title="Insert '. ' between the name and the next sentence", safe=True,
                edit=(point, point), evidence=_evidence(name, ctx.entities),
            )


def _evidence(name: str, registry: Registry) -> dict[str, object]:
    """The glued name, and what the corpus says of it where it registers the name."""
    entity = registry.by_key.get(fold(name))
    return {"name": name, **(entity.evidence() if entity is not None else {})}


_INNER = re.compile(r"(?<=[a-zà-ÿ]{2})(?=[A-ZÀ-Þ](?:[a-zà-ÿ]+|[A-ZÀ-Þ]+)\b|À\b)")


def _word_glues(doc: Document, registry: Registry) -> Iterator[int]:
    """Glues the segmenter cannot see, before a word that opens few sentences ("KowalbankTant que",
    "VarnaholmRédigé par") or a name: a name the corpus registers, written as it writes it, then a
    French word capitalised or another registered name. A brand's inner capital follows no
    registered name ("PlayStation"), and a brand the corpus writes twice is one ("PowerPoint")."""
    if doc.target_lang != "fr":
        return
    for m in _INNER.finditer(doc.target):
        left = _LEFT.search(doc.target, 0, m.start())
        right = LETTERS.match(doc.target, m.start())
        if left is None or right is None:
            continue
        whole = left.group() + right.group()
        if registry.word_counts[whole] > 1 or fold(whole) in registry.by_key:
            continue  # "PowerPoint" written again: a brand of its own
        opener = right.group()
        if _a_name(left.group(), registry) and (_french(opener, registry) or _a_name(opener, registry)):
            yield m.start()


def _a_name(word: str, registry: Registry) -> bool:
    """Whether the corpus registers ``word`` as a name, written so: the name before a glue, and a
    sentence that opens with a name ("VarnaholmKowalczyk a dit", "VarnaholmKTS a dit")."""
    entity = registry.by_key.get(fold(word))
    return entity is not None and entity.canonical == word


def _french(word: str, registry: Registry) -> bool:
    """A French word that is no English one: "VarnoState" is an English name, "VarnaholmRédigé" a glue;
    so is a word the corpus writes in lowercase elsewhere, a word of its sentences ("Plusieurs",
    "À"), which the lexicon's nouns, verbs and adjectives leave out."""
    lower = word.lower()
    return (french_word(word) or lower in registry.lowercase) and not english_word(lower)


def glued_name(doc: Document, registry: Registry, point: int) -> str | None:
    """The name that ends right at the glue ``point`` of ``doc.target``, if the word there is one."""
    left = _LEFT.search(doc.target, 0, point)
    if left is None:
        return None
    word = trim(Token(left.start(), left.end(), left.group())).text
    key = fold(word)
    entity = registry.by_key.get(key)
    if entity is not None:
        return entity.canonical
    lang = doc.from_lang
    for e in registry.by_key.values():
        content = [w for w in e.canonical.split() if w.lower() not in ("the", "le", "la", "les")]
        if e.keep and len(content) == 1 and word.lower() in rendered_words(content[0], lang):
            return e.canonical
    if word[:1].isupper() and registry.form_counts[word] >= 2:
        return word
    # A capitalised run that does not open its sentence is a name in either language ("Chris CoonsLa").
    run = next((c for c in registry.candidates_in(doc, end=point) if c.end == point), None)
    if run is not None and not run.initial:
        return run.text
    return None
