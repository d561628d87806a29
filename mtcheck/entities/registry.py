"""The corpus-wide name registry: every form of every name, where it was seen, and its canonical form.

Names are matched on a *folded key* (no case, accents, spaces or hyphens), so "OpenAI", "Openai"
and "Open AI" are forms of one name. The canonical form comes, in this order, from the termbase,
from the aligned source texts (the form they write most), and from the corpus itself: the
best-cased brand-like form written at least twice (an inner capital, as in OpenAI or ChatGPT), a
word capitalised inside sentences three times as often as in lowercase, an acronym written in
capitals with the same majority (``corpus_words``). With ``--ner``, a span of spaCy's recogniser
that the corpus writes often and mostly in one form is a name too ("Union européenne").
"""

from __future__ import annotations

import bisect
from collections import Counter
from collections.abc import Iterator, Sequence
from operator import attrgetter
from typing import TypeVar

from mtcheck.entities.candidates import DETERMINER, FUNCTION_WORDS, Candidate, fold, name_tokens, name_words, one_name, runs
from mtcheck.entities.corpus_words import (
    best_form,
    brand_forms,
    corpus_names,
    kept_with_article,
    longer_name,
    outside,
    shouted_spans,
)
from mtcheck.entities.entity import CORPUS_WORD, Entity, Lookalike, Mention, kept_with_english_article
from mtcheck.entities.forms import english_place, french_place, head_kind, translatable
from mtcheck.entities.lexicon import rendered_words
from mtcheck.entities.people import People, find_people
from mtcheck.entities.recognised import name_spans, vouched_spans
from mtcheck.entities.source_names import compound_parts, split_at_little_words, split_at_titles
from mtcheck.entities.termbase import FormIndex, TermEntry, accepted_forms
from mtcheck.entities.titles import Lexicon, default_lexicon, termbase_roles
from mtcheck.model import Document, Segment
from mtcheck.tokens import Token

_Spanned = TypeVar("_Spanned", Token, Candidate)

MAX_TOKENS = 8
"""Longest name, in word tokens, that a mention may span ("Assemblée générale des Nations unies" is five)."""

class Registry:
    """Names by folded key, with the canonical form and the corpus counts of every form.

    ``build_registry`` also keeps each document's name candidates (target and source) and how
    often each candidate form is written in the corpus, so that the checks never tokenise again.
    """

    def __init__(self) -> None:
        self.by_key: dict[str, Entity] = {}
        self.by_document: dict[str, tuple[Mention, ...]] = {}
        """Mentions of each document's target, found once by ``build_registry`` for every check."""
        self.tokens: dict[str, list[Token]] = {}
        """Name tokens of each document's target, sentence by sentence (see ``names.name_tokens``)."""
        self.source_tokens: dict[str, list[Token]] = {}
        """Name tokens of each document's source (empty without a source)."""
        self.candidates: dict[str, tuple[Candidate, ...]] = {}
        """Name candidates of each document's target."""
        self.source_candidates: dict[str, tuple[Candidate, ...]] = {}
        """Name candidates of each document's source (empty without a source)."""
        self.form_counts: Counter[str] = Counter()
        """How often each candidate form is written in the targets of the corpus."""
        self.word_counts: Counter[str] = Counter()
        """How often the targets of the corpus write each word (the parts of a hyphenated one apart):
        a spelling the translation keeps to is a transliteration of its own, not a slip."""
        self.source_words: Counter[str] = Counter()
        """How often the sources of the corpus write each capitalised word (the parts of "Kowal-Zelmar"
        apart): the evidence that a source's spelling is its own slip, written nowhere else."""
        self.lowercase: set[str] = set()
        """Words the corpus writes in lowercase somewhere: common words, not names."""
        self.longest = 3
        """Words in the longest registered name, three at least (a split "Chat G PT"): no mention is
        looked for over more tokens."""
        self._index: tuple[dict[tuple[int, str, int], list[Lookalike]], ...] | None = None
        """Known names for ``lookalikes``: all of them, and the termbase's."""
        self._prefixes: set[str] | None = None
        self._kept: dict[str, dict[str, list[Entity]]] = {}
        self._heads: dict[str, list[str]] | None = None
        self._documents_of: Counter[str] | None = None
        self.lexicon: Lexicon = default_lexicon()
        """The role lexicon, with the termbase's roles."""
        self.people: People = People()
        """Persons with the titles and gender clues the corpus attaches to them (``roles.find_people``)."""
        self.source_forms: FormIndex[TermEntry] = FormIndex((), any_case=False)
        """Termbase names with a French form of their own ("European Central Bank" -> "Banque centrale
        européenne"), found by their source form."""
        self.accepted: dict[str, tuple[tuple[int, int, TermEntry], ...]] = {}
        """Where each document's target writes a form the termbase accepts for one of those names,
        with the name's entry: found once here, for NE008 and for the findings filter of the pipeline."""

    def mentions_in(self, doc: Document, start: int = 0, end: int | None = None) -> Iterator[Mention]:
        """The registered names of ``doc.target`` that lie in ``[start, end)``."""
        return iter(_within(self.by_document.get(doc.id, ()), start, end))

    def candidates_in(self, doc: Document, start: int = 0, end: int | None = None, *, source: bool = False) -> list[Candidate]:
        """Name candidates of ``doc.target`` (or ``doc.source``) that lie in ``[start, end)``."""
        return _within((self.source_candidates if source else self.candidates).get(doc.id, ()), start, end)

    def documents_writing(self, form: str) -> int:
        """How many documents' targets write the candidate form: the evidence a finding shows for a
        form the corpus vouches for without registering it as a name. Counted for every form at the
        first question (one pass over the candidates, not one a finding)."""
        if self._documents_of is None:
            self._documents_of = Counter(text for found in self.candidates.values() for text in {c.text for c in found})
        return self._documents_of[form]

    def tokens_in(self, doc: Document, start: int = 0, end: int | None = None, *, source: bool = False) -> list[Token]:
        """Name tokens of ``doc.target`` (or ``doc.source``) that lie in ``[start, end)``."""
        return _within((self.source_tokens if source else self.tokens).get(doc.id, ()), start, end)

    def add(
        self, canonical: str, origin: str, *, person: bool = False, keep: bool = False, targets: tuple[str, ...] = ()
    ) -> None:
        """Register a canonical form unless an earlier, more authoritative source already did."""
        key = fold(canonical)
        if key and key not in self.by_key:
            self.by_key[key] = Entity(canonical, origin, person, keep, targets)
            self._prefixes = None
            self.longest = min(MAX_TOKENS, max(self.longest, len(name_words(canonical))))

    def mentions(self, text: str, tokens: Sequence[Token]) -> Iterator[Mention]:
        """Registered names among ``tokens`` of ``text``, longest match first, never overlapping."""
        # The key of a span is its first token's key, then the text up to the end of each next
        # token folded: the elision a token lost is in the name ("Côte d'Ivoire" is "cotedivoire").
        # The keys of the spans from a token grow one token at a time while they begin a registered
        # key (most words begin none); then the longest that is a registered key wins.
        if self._prefixes is None:
            self._prefixes = {key[:k] for key in self.by_key for k in range(1, len(key) + 1)}
        prefixes = self._prefixes
        keys = [fold(t.text) for t in tokens]
        i = 0
        while i < len(tokens):
            spans = []
            key = keys[i]
            while key in prefixes:
                spans.append(key)
                n = len(spans)
                if n == self.longest or i + n == len(tokens):
                    break
                key += fold(text[tokens[i + n - 1].end : tokens[i + n].end])
            for n in range(len(spans), 0, -1):
                span = tokens[i : i + n]
                entity = self.by_key.get(spans[n - 1])
                if entity is not None and (n == 1 or one_name(text, span, entity.canonical)):
                    yield Mention(span[0].start, span[-1].end, text[span[0].start : span[-1].end], entity)
                    i += n
                    break
            else:
                i += 1

    def lookalikes(self, words: int, key: str, *, termbase_only: bool = False) -> list[Lookalike]:
        """The known names a form of ``words`` words folded to ``key`` may be a slip of: of as many
        words, with the same first letter, two letters longer or shorter at most (a slip changes
        the length by two at most). Known names are the registered entities, and the candidate
        forms the corpus writes at least twice (with no entity); ``termbase_only``: the termbase's
        only. Indexed on first use, for the spelling checks."""
        if self._index is None:
            self._index = ({}, {})
            known = [(e.canonical, e) for e in self.by_key.values()]
            known += [(form, None) for form, n in self.form_counts.items() if n >= 2 and fold(form) not in self.by_key]
            for form, entity in known:
                parts = tuple(name_words(form))
                folded = fold(form)
                if parts and folded:
                    termbase = entity is not None and entity.origin.startswith("termbase")
                    entry = Lookalike(parts, entity, fold("".join(parts)), termbase, form)
                    for size in range(len(folded) - 2, len(folded) + 3):
                        for index in self._index if termbase else self._index[:1]:
                            index.setdefault((len(parts), folded[0], size), []).append(entry)
        return self._index[termbase_only].get((words, key[:1], len(key)), [])

    def names_ending_in(self, word: str) -> list[str]:
        """The different names of the corpus and the termbase that end in ``word`` ("Wall Street" and
        "Birch Street" end in "Street")."""
        if self._heads is None:
            forms = {fold(f): f for f in [*self.form_counts, *(e.canonical for e in self.by_key.values())]}
            self._heads = {}
            for form in forms.values():
                words = name_words(form)
                if len(words) > 1:
                    self._heads.setdefault(fold(words[-1]), []).append(form)
        return self._heads.get(fold(word), [])

    def kept_names(self, lang: str) -> dict[str, list[Entity]]:
        """Names that stay as they are: the termbase's (no part of a longer name), and the names the
        corpus's French texts write with their English article ("a rapporté The Information"): no
        French writer keeps "The" but in a name kept whole. By each folded word that can show one in
        a sentence: its own words and the lexicon's renderings of them from ``lang``. Built once per
        language, so a check looks only at the names a sentence may hold."""
        if lang not in self._kept:
            index: dict[str, list[Entity]] = {}
            for e in self.by_key.values():
                if (e.keep and "(part of" not in e.origin) or kept_with_english_article(e):
                    words = name_words(e.canonical)
                    triggers = {fold(w) for w in words} | {fold(r) for w in words for r in rendered_words(w, lang)}
                    for word in triggers - {""}:
                        index.setdefault(word, []).append(e)
            self._kept[lang] = index
        return self._kept[lang]

    def to_json(self) -> list[dict[str, object]]:
        """Entities seen in the corpus, most frequent first."""
        seen = [e for e in self.by_key.values() if e.variants]
        seen.sort(key=lambda e: (-sum(e.variants.values()), e.canonical))
        out: list[dict[str, object]] = []
        for e in seen:
            row: dict[str, object] = {
                "canonical": e.canonical,
                "origin": e.origin,
                "variants": dict(e.variants.most_common()),
                "documents": sorted(e.documents),
            }
            person = self.people.get(e.canonical) if e.person or len(e.canonical.split()) > 1 else None
            if person is not None and (person.roles or person.gender):
                row["roles"] = dict(person.roles.most_common())
                row["gender"] = {"m": "masculine", "f": "feminine", None: None}[person.gender]
            out.append(row)
        return out

    def is_person(self, candidate: Candidate) -> bool:
        """Whether a target name candidate can name a person: no brand, institution, article or
        registered non-person name ("Business Insider"), no place ("Kowal Street", a country or a
        city the CLDR names) and no preposition opening a sentence ("En Kowalie")."""
        entity = self.by_key.get(fold(candidate.text))
        registered_thing = entity is not None and not entity.person and "(part of" not in entity.origin
        if registered_thing and entity.origin.startswith(("termbase", "corpus")):  # type: ignore[union-attr]
            return False
        words = candidate.parts or [candidate.text]
        return (
            not translatable(candidate.text)
            and all(w[:1].isupper() and w.isalpha() and not w.isupper() for w in words)
            and words[0].lower() not in FUNCTION_WORDS
            and words[0].lower() not in _PREPOSITIONS
            and not any(head_kind(w) == "place" for w in words)
            and not any(french_place(w) or english_place(w) for w in words)
        )

_PREPOSITIONS = frozenset({"en", "à", "au", "aux", "chez", "vers", "in", "at", "on"})
"""Prepositions that open a sentence before a place ("En Kowalie, ..."): no person's first name."""


def build_registry(documents: Sequence[Document], termbase: Sequence[TermEntry]) -> Registry:
    """Termbase names, then source-side names, then brand-like corpus names, then the recogniser's
    names (``--ner``); then count every form, in the targets and in the sources.

    Each word of a multi-word termbase name ("Sutskever" of "Ilya Sutskever") is a name too, unless
    the corpus also writes it in lowercase (so "Information" of "The Information" is not).
    Every text is tokenised once here; the checks reuse the tokens through the registry.
    """
    registry = Registry()
    target_tokens = registry.tokens = {doc.id: _tokens(doc.target, doc.target_segments) for doc in documents}
    source_tokens = registry.source_tokens = {
        doc.id: _tokens(doc.source, doc.source_segments) if doc.source else [] for doc in documents
    }
    registry.lexicon = default_lexicon().extended(termbase_roles(termbase))
    for doc in documents:
        if doc.source:
            source_starts = [s.start for s in doc.source_segments or ()] or [0]
            found = runs(doc.source, source_tokens[doc.id], source_starts)
            registry.source_candidates[doc.id] = tuple(
                part for c in found for head in compound_parts(doc.source, c, source_starts)
                for piece in split_at_little_words(doc.source, head, source_starts)
                for part in split_at_titles(doc.source, piece, registry.lexicon, source_starts)
            )
    names = [e for e in termbase if e.is_name]
    for entry in names:
        person = entry.note.lower().startswith("person")
        registry.add(entry.source, f"termbase {entry.origin}", person=person, keep=True, targets=entry.targets)
    lowercase = registry.lowercase = {t.text for tokens in target_tokens.values() for t in tokens if t.text.islower()}
    for entry in names:
        parts = entry.source.split()
        person = entry.note.lower().startswith("person")
        for part in parts if len(parts) > 1 else ():
            if len(part) >= 3 and part[0].isupper() and part.lower() not in lowercase:
                registry.add(part, f"termbase {entry.origin} (part of '{entry.source}')", person=person)
    # One-word brands first ("YouTube" is the name, a source's "You Tube" a slip), then full names
    # ("Sarah palin" is then a case error); each in the form the sources write most.
    brands = (form for doc in documents for form in brand_forms(outside(source_tokens[doc.id], shouted_spans(doc, source=True))))
    full = (c.text for doc in documents for c in registry.source_candidates.get(doc.id, ())
            if len(c.parts) > 1 and not c.text.isupper())
    for forms in (brands, full):
        for form, _ in Counter(forms).most_common():
            registry.add(form, "source")
    corpus_forms: dict[str, Counter[str]] = {}
    for tokens in target_tokens.values():
        for form in brand_forms(tokens):
            corpus_forms.setdefault(fold(form), Counter())[form] += 1
    for key, forms in corpus_forms.items():
        best = best_form(forms)
        if best is not None and key not in registry.by_key:
            registry.add(best, "corpus")
    shouted = {doc.id: shouted_spans(doc) for doc in documents}
    words, acronyms = corpus_names(documents, {doc.id: outside(target_tokens[doc.id], shouted[doc.id]) for doc in documents})
    for word, count in words.items():
        registry.add(word, f"{CORPUS_WORD} {count} times inside sentences)")
    for word, count in acronyms.items():
        registry.add(word, f"{CORPUS_WORD} {count} times in capitals)")
    for name, count in kept_with_article(documents).items():
        if count >= 2 and fold(name) not in registry.by_key:
            registry.add(name, f"corpus (written {count} times with its English article)")
    spans = {doc.id: name_spans(doc) for doc in documents}
    for form in vouched_spans(documents, spans):
        registry.add(form, "corpus (spaCy NER)")
    for doc in documents:
        for m in registry.mentions(doc.source, source_tokens[doc.id]) if doc.source else ():
            m.entity.source_variants[m.text] += 1
        registry.source_words.update(w for t in source_tokens[doc.id] for w in name_words(t.text) if w[0].isupper())
        tokens = target_tokens[doc.id]
        registry.word_counts.update(w for t in tokens for w in name_words(t.text))
        registry.by_document[doc.id] = tuple(registry.mentions(doc.target, tokens))
        for m in registry.by_document[doc.id]:
            if not any(a <= m.start < b for a, b in shouted[doc.id]):
                m.entity.variants[m.text] += 1  # a headline in capitals says nothing of a name's case
                after = longer_name(doc.target, m.end) if m.text == m.entity.canonical else None
                m.entity.heading += after is not None
                before = doc.target[max(0, m.start - 12) : m.start]
                m.entity.determined += m.text == m.entity.canonical and DETERMINER.search(before) is not None
                m.entity.adjectives.update([after] if after else ())
            m.entity.documents.add(doc.id)
        starts = [s.start for s in doc.target_segments or ()] or [0]
        registry.candidates[doc.id] = tuple(sorted([*runs(doc.target, tokens, starts), *spans[doc.id]], key=lambda c: c.start))
        registry.form_counts.update(c.text for c in registry.candidates[doc.id])
    translated = [e for e in termbase if e.is_translated_name]
    registry.source_forms = FormIndex(((e.source, e) for e in translated), any_case=False)
    target_forms = FormIndex(((f, e) for e in translated for f in accepted_forms(e)), any_case=True)
    for doc in documents:
        registry.accepted[doc.id] = tuple((m.start(), m.end(), e) for m, e in target_forms.find(doc.target))
    people = [(e.source, e.note) for e in names if e.note.lower().startswith("person")]
    registry.people = find_people(
        documents, registry.candidates, registry.source_candidates, people, registry.lexicon, registry.is_person
    )
    return registry

def _within(items: Sequence[_Spanned], start: int, end: int | None) -> list[_Spanned]:
    """The items (tokens, candidates, in text order) that lie in ``[start, end)``; ``end=None`` means
    to the end. Found by bisection: a check asks sentence by sentence, and a scan of the whole
    document each time made a long document's cost grow with its square."""
    out = []
    for k in range(bisect.bisect_left(items, start, key=attrgetter("start")), len(items)):  # no slice: a copy of the rest
        x = items[k]
        if end is not None and x.start >= end:
            break
        if end is None or x.end <= end:
            out.append(x)
    return out


def _tokens(text: str, segments: Sequence[Segment] | None) -> list[Token]:
    """Name tokens sentence by sentence, so a glued "L'informationLe" gives "L'information" and "Le"."""
    if not segments:
        return name_tokens(text)
    return [t for seg in segments for t in name_tokens(text, seg.start, seg.end)]
