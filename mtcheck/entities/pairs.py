"""What each target sentence is aligned with: the bridge from the sentence beads to the name checks."""

from __future__ import annotations

import re
from collections.abc import Iterator

from mtcheck.entities.candidates import (
    CALENDAR_WORDS,
    FUNCTION_WORDS,
    LETTERS,
    Candidate,
    brand_like,
    fold,
    foreign_letters,
    plural_acronym,
)
from mtcheck.entities.descriptors import without_description
from mtcheck.entities.forms import institution_words, peoples_only, translatable
from mtcheck.entities.registry import Registry
from mtcheck.model import Bead, Document, Segment


def paired_beads(doc: Document) -> Iterator[tuple[Bead, list[Segment], list[Segment]]]:
    """Beads with sentences on both sides, as ``(bead, source sentences, target sentences)``."""
    if not doc.source_segments or not doc.target_segments:
        return
    for bead in doc.beads or ():
        if bead.source and bead.target:
            yield bead, [doc.source_segments[k] for k in bead.source], [doc.target_segments[k] for k in bead.target]

def unpaired_beside(doc: Document) -> dict[Bead, list[Segment]]:
    """For each bead with sentences on both sides, the target sentences of the beads right before and
    after it that pair with no source sentence: a translator who split one source sentence into
    three leaves one of them unpaired beside the others, for the alignment pairs two sentences at
    most with one."""
    beads = list(doc.beads or ())
    out: dict[Bead, list[Segment]] = {}
    for k, bead in enumerate(beads):
        if bead.source and bead.target:
            near = [b for b in (beads[k - 1] if k else None, beads[k + 1] if k + 1 < len(beads) else None)
                    if b is not None and b.target and not b.source]
            out[bead] = [doc.target_segments[i] for b in near for i in b.target] if doc.target_segments else []
    return out


def source_names_by_sentence(doc: Document, registry: Registry) -> dict[int, list[Candidate]]:
    """For each aligned target sentence (by index), the name candidates of its source sentences,
    without the English words a person's name ends ("Fisheries Peter Kowal" is Peter Kowal:
    ``descriptors.without_description``), less runs of peoples' words ("The German", which French
    writes "l'allemande")."""
    by_target: dict[int, list[Candidate]] = {}
    for _, sources, targets in paired_beads(doc):
        candidates = registry.candidates_in(doc, sources[0].start, sources[-1].end, source=True)
        names = [c for c in map(without_description, candidates) if not peoples_only(c.parts)]
        source_text = _joined(sources)
        for seg in targets:
            by_target[seg.index] = [] if restores_original(source_text, seg.text, doc.target_lang) else names
    return by_target

def restores_original(source_text: str, target_text: str, lang: str) -> bool:
    """Whether the target writes a word of the source with letters that neither the source nor
    ``lang`` writes ("Jesús" where the source has "Jesus"). Its translator worked from the original
    text, which the source also translates: the two spell the original's names each their own way
    ("Michel Arrabal" beside "Miguel Arrabal"), and the source's spellings say nothing of the target's.
    An NMT system working from the source does not add such letters; an LLM may restore a famous
    name's ("Pedro Sánchez"), and that sentence then keeps only the termbase's and the corpus's
    evidence for its other names' spellings."""
    if not foreign_letters(target_text, lang):
        return False  # the target writes its own language's letters only, as most sentences do
    spellings: dict[str, set[str]] = {}
    for word in LETTERS.findall(source_text):
        spellings.setdefault(fold(word), set()).add(word.lower())
    for word in LETTERS.findall(target_text):
        extra = foreign_letters(word, lang)
        forms = spellings.get(fold(word))
        if extra and forms and all(not extra & set(s) for s in forms):
            return True
    return False

def source_text_by_sentence(doc: Document) -> dict[int, str]:
    """For each aligned target sentence (by index), the text of its source sentences."""
    return {seg.index: _joined(sources) for _, sources, targets in paired_beads(doc) for seg in targets}

def _joined(sentences: list[Segment]) -> str:
    """The text of a bead's sentences on one side, as one string."""
    return " ".join(s.text for s in sentences)

def occurrences(text: str, form: str, *, any_case: bool = False) -> list[str]:
    """Where ``text`` writes ``form`` as whole words (``any_case``: in capitals of its own), as written
    there. Searched as a string, not a pattern: each form would compile a pattern of its own."""
    if not form:
        return []
    haystack, needle = (text.lower(), form.lower()) if any_case else (text, form)
    if len(haystack) != len(text):  # a letter whose lowercase is longer ("İ"): offsets would drift
        return re.findall(rf"(?<!\w){re.escape(form)}(?!\w)", text, re.IGNORECASE)
    found, at = [], haystack.find(needle)
    while at != -1:
        end = at + len(needle)
        if _word_char(text, at - 1) or _word_char(text, end):
            at = haystack.find(needle, at + 1)
            continue
        found.append(text[at:end])
        at = haystack.find(needle, end)
    return found

def _word_char(text: str, at: int) -> bool:
    """Whether ``text[at]`` is a character of a word, as a pattern's ``\\w`` reads it; False outside the text."""
    return 0 <= at < len(text) and (text[at].isalnum() or text[at] == "_")

def written_in(source_text: str, form: str, *, any_case: bool = False) -> bool:
    """Whether the aligned source writes ``form`` exactly as the target does (``any_case``: in
    capitals of its own): the source is right for its own sentence, whatever the termbase or other
    documents say ("Wikileaks", "Al-Qaeda")."""
    return bool(source_text) and bool(occurrences(source_text, form, any_case=any_case))

def named_in(source_text: str, name: str) -> bool:
    """Whether the aligned source writes ``name`` as a name: in any case ("the Information"), but
    not all in lowercase where the name has capitals: "artificial intelligence" is the common noun,
    which a translation puts into French, not the termbase's Artificial Intelligence."""
    return any(not found.islower() or name.islower() for found in occurrences(source_text, name, any_case=True))

def aligned_names(doc: Document, registry: Registry) -> Iterator[tuple[Candidate, list[str], str]]:
    """Each name candidate of the target with the names and the text of the source sentences
    aligned to it (empty where the document has no source or the sentence is unaligned)."""
    names = {k: [c.text for c in v] for k, v in source_names_by_sentence(doc, registry).items()}
    texts = source_text_by_sentence(doc)
    for candidate in registry.candidates_in(doc):
        seg = doc.segment_at(candidate.start)
        index = seg.index if seg else -1
        yield candidate, names.get(index, []), texts.get(index, "")

def required_name(name: Candidate, registry: Registry, text: str = "") -> bool:
    """Names a translation must keep: termbase names, and multi-word or brand-like names that are
    no institution ("White House") nor the complement of one in ``text``, the text the name is in
    ("Coastal Erosion" of "Commission on Coastal Erosion"), no acronym ("CEO", which
    French writes "PDG") nor plural of one ("AMs"), no compound with a common word ("US-backed",
    "mid-October") and no run closed by the English pronoun ("All I"), no ordinal in Roman numerals
    ("XIXe siècle"), no run of peoples' words ("Japanese English")."""
    entity = registry.by_key.get(fold(name.text))
    if entity is not None and entity.keep:
        return True  # the termbase says so, even of a name with an institution's word ("General Motors")
    if translatable(name.text) or _complement(text, name.start):
        return False
    if name.initial or name.text.isupper() or plural_acronym(name.text) or _NOT_A_NAME.search(name.text):
        return False
    if peoples_only(name.parts):
        return False
    if all(w.lower() in FUNCTION_WORDS or w.lower() in CALENDAR_WORDS for w in name.parts):
        return False  # "On Thursday"
    return len(name.parts) > 1 or brand_like(name.text)

_OF_INSTITUTION = re.compile(r"([^\W\d_]+)\s+(?:on|of|for|de|du|des|sur|pour)\s+(?:the\s+|la\s+|le\s+|l['’])?$")

def _complement(text: str, start: int) -> bool:
    """Whether the name at ``start`` completes an institution's name: "Commission on", "Ministry of",
    "Institute for" just before it. One step only: in "Museum of Modern Art in New York", "Modern
    Art" is the museum's, "New York" is not."""
    m = _OF_INSTITUTION.search(text, max(0, start - 40), start)
    return m is not None and text[m.start(1)].isupper() and fold(m.group(1)) in institution_words()

_NOT_A_NAME = re.compile(
    # a compound with a common word, "US-backed", "mid-October", but not a particle, "al-Qaida"
    r"(?:^|-)(?!(?:al|el|ad|ar|as|at|an|ash|de|du|da|di|del|van|von|bin|ben|ibn|abu)-)[a-z]+(?:-|$)"
    r"|\bI(?:'[a-z]+)?$"  # English "I", "I'm" closing a run: "All I", "Because I'm"
    r"|^[IVXLC]+(?:e|er|ème|è|eme)$"  # a century or a rank in Roman numerals: "XIXe", "XXIème"
)
