"""NE004: a name translated like ordinary words ("Trading Insider", "L'information" for The Information)."""

from __future__ import annotations

import re
from collections.abc import Iterator

from mtcheck.checks.base import Check, CheckContext, quote
from mtcheck.checks.names import aligned
from mtcheck.entities.candidates import CALENDAR_WORDS, FILLERS, FUNCTION_WORDS, LETTERS, ROMAN_NUMBER, fold, headline, name_words
from mtcheck.entities.entity import Entity
from mtcheck.entities.forms import exonym, given_name, institution_words, people_word, translatable
from mtcheck.entities.lexicon import rendered_spans, rendered_words, rendering_sets
from mtcheck.entities.pairs import named_in, required_name, source_names_by_sentence, source_text_by_sentence
from mtcheck.entities.spelling import french_given_name, same_given_name, slip, variant
from mtcheck.french import common_word, dictionary_word, known_form, lowercase_word
from mtcheck.model import Document, Finding, Severity

# Where a word is used as the name of an outlet or a company rather than as a common noun.
_CUE_BEFORE = {
    "fr": re.compile(
        r"(?:\bselon|\bd['’]après|\brapporté par|\brapporte|\ba révélé|\bcité par|\bchez|"
        r"\b(?:lancé|fondé|créé|rejoint|quitté|racheté|cofondé)(?:\s+\w+){0,2}?)\s+(?:la\s+|le\s+|les\s+|l['’])?$",
        re.IGNORECASE,
    ),
    "en": re.compile(
        r"(?:\baccording to|\breported by|\btold|\bfounded|\blaunched|\bjoined|\bleft|\bat)\s+(?:the\s+)?$", re.IGNORECASE
    ),
}
_CUE_AFTER = {
    "fr": re.compile(
        r"\s*(?:,\s*)?(?:rapporte|note|indique|écrit|affirme|précise|révèle|souligne|explique|annonce|"
        r"a (?:rapporté|révélé|indiqué|écrit|précisé|noté|affirmé|annoncé))\b",
        re.IGNORECASE,
    ),
    "en": re.compile(r"\s*(?:,\s*)?(?:reported|reports|notes|noted|wrote|writes|says|said|revealed)\b", re.IGNORECASE),
}


class NameTranslated(Check):
    """Name translated as if it were ordinary words.

    What it does: flags a rendering of a name that must stay as it is (a termbase name, or a name
    of the aligned source sentence): the name translated word by word with the lexicon of
    ``data/name_words.tsv`` ("L'information", "la superintelligence sûre"), or with one word kept
    and another replaced ("Trading Insider" for "Business Insider", "Pierre Higgs" for Peter Higgs:
    the French form of an English given name, ``data/given_names.tsv``). A name of two English words
    written as one is read as those words: "Marteau Vert" or "GreenMarteau" for Greenhammer.
    Why it matters: "Comme l'a rapporté L'information" no longer tells the reader which outlet
    reported it; a translated company name cannot be found.
    Example: "Comme l'a rapporté L'information" with The Information in the termbase -> NE004,
    fix "The Information".
    Known limitations: without a source, a rendering that is also a common noun phrase is reported
    only where it is used as a name: capitalised inside a sentence, after "selon", "rapporté par",
    "a lancé"..., or before a reporting verb ("L'information note que"); so "payer pour
    l'information" stays clean. Names of institutions and places (White House, World Bank), which
    French translates as a rule, are reported only where the termbase keeps them ("General Motors").
    French writes the given names of saints and monarchs in French ("place Saint-Pierre",
    "Philippe VI"), and transliterates other languages' ("Alexandre Volkonov" for Aleksandr Volkonov).
    Unless the termbase keeps the name, French grammar around it ("Les Ashcrofts", "Pour Maëlle") and
    a work's French title in French typography inside the sentence ("le film Le Vent froid des
    collines") are no translation; a word-by-word rendering keeps the English capitals or loses all.
    Peoples and languages (``data/peoples.tsv``) are words French writes in lowercase: "The German"
    and "Japanese English" are no names, and "le quotidien britannique Telegraph" keeps the name
    Telegraph of the source's "British Mirror".
    Without a source, a name that shares only its head word with a termbase name is another name
    where that head ends many names ("Birch Street" beside Harbour Street), unless a French word
    stands for the other word ("Affaires Mobile" for Harbour Mobile); a given name in place of its
    other word is another person ("Marco Lynx" beside Star Lynx); and a rendering with a name after
    it is an occupation ("selon l'économiste Marta Quiroga" beside The Economist).
    """

    code, name, category, severity = "NE004", "name-translated", "name-translated", Severity.ERROR
    fix_safety = "suggested"
    requires = ("target_segments", "entities", "beads", "name_renderings")
    help = "Keep the name as its owner writes it"
    examples_fail = (
        ("As The Information reported, OpenAI is hiring.", "Comme l'a rapporté l'information, OpenAI recrute."),
        ("He told Business Insider on Monday.", "Il a déclaré lundi à Trading Insider."),
    )
    examples_pass = (
        ("He paid for information about the White House.", "Il a payé pour l'information sur la Maison Blanche."),
        ("As The Information reported, OpenAI is hiring.", "Comme l'a rapporté The Information, OpenAI recrute."),
    )

    def check(self, doc: Document, ctx: CheckContext) -> Iterator[Finding]:
        return aligned.with_aligned(self, doc, ("translated",), self._corpus(doc, ctx))

    def _corpus(self, doc: Document, ctx: CheckContext) -> Iterator[Finding]:
        registry = ctx.entities
        if registry is None:
            return
        lang = doc.from_lang
        kept = registry.kept_names(lang)
        aligned = source_names_by_sentence(doc, registry)
        source_texts = source_text_by_sentence(doc)
        seen: set[tuple[int, int]] = set()
        for seg in doc.target_segments or ():
            tokens = registry.tokens_in(doc, seg.start, seg.end)
            # A headline's capitals say nothing of names ("Wants to Open a New Cloud"): there, a
            # name counts where the sources write it so elsewhere too ("Failed Repairs at Kowal Dock").
            source_text = source_texts.get(seg.index, "")
            source = [c for c in aligned.get(seg.index, ()) if not c.initial and not c.text.isupper()]
            if headline(source_text):
                source = [c for c in source if _written_elsewhere(c.text, registry)]
            names = [(c.text, "aligned source sentence", True, required_name(c, registry, doc.source or "")) for c in source]
            # Where the sentence has its source, a termbase name counts only if the source names it, not
            # in lowercase: "artificial intelligence" is the common noun.
            here = {e.canonical: e for t in tokens for e in kept.get(fold(t.text), ())
                    if not source_text or named_in(source_text, e.canonical)} if kept else {}
            named = {c.text for c in source}
            names += [(e.canonical, e.origin, False, True) for e in here.values() if e.canonical not in named]
            for name, origin, paired, required in names:
                entity = registry.by_key.get(fold(name))
                keep = entity is not None and entity.keep
                kept_here = keep or (entity is not None and entity.variants[name] > 0)
                spans = self._renderings(doc, tokens, name, lang, paired=paired, kept=kept_here) if required else []
                for start, end in spans + self._partial(doc, seg, name, entity, registry, paired):
                    if (start, end) in seen:
                        continue
                    if not keep and (_french_title(doc, start, end) or _titled(doc, start, end, name, registry.form_counts)):
                        continue
                    seen.add((start, end))
                    yield self.finding(
                        doc, start, end, f"'{doc.target[start:end]}' translates the name '{name}'",
                        suggestion=name, evidence=_evidence(entity, origin, source_text if paired else ""),
                    )

    @staticmethod
    def _renderings(doc: Document, tokens, name: str, lang: str, *, paired: bool, kept: bool) -> list[tuple[int, int]]:  # type: ignore[no-untyped-def]
        """Word-by-word renderings of a name made only of words the lexicon knows.

        With the aligned source naming it, a rendering counts where it keeps the English order of
        the words ("dimanche fois" for the Sunday Times), or where the name is ``kept`` (by the
        termbase, or written as it is in a French text of the corpus). A rendering in French order
        ("l'intelligence artificielle" for Artificial Intelligence, "l'Open britannique") is how a
        translator puts a descriptive capitalised phrase into French."""
        content = [w for w in name_words(name) if w.lower() not in FILLERS]
        if not content or not all(rendered_words(w, lang) for w in content):
            return []
        out = []
        for start, end in rendered_spans(doc.target, tokens, rendering_sets(name, lang)):
            written = " ".join(doc.target[start:end].split())  # no-break spaces are spaces
            if written in (name, " ".join(content)) or exonym(written, name):
                continue  # the name kept as it is, perhaps after a French article, or its French form
            if _described(written.split(), content):
                continue
            with_article = _with_article(doc.target, start)
            # Without a source, a rendering is either two words or more in the English order, which
            # French phrases seldom are ("mur rue" is Wall Street, but "dimanche matin" is Sunday
            # morning), or used as a name, one word with its article: "L'information" is the outlet,
            # "deux fois" is no "The Times".
            words = written.lower().split()
            english_order = words[0] in rendered_words(content[0], lang)
            phrase = len(words) == len(content) > 1 and english_order and words[0] not in CALENDAR_WORDS
            used = _used_as_name(doc, with_article, end) and (len(content) > 1 or with_article < start)
            if (paired and (english_order or kept)) or phrase or used:
                out.append((with_article, end))
        return out

    @staticmethod
    def _partial(doc: Document, seg, name: str, entity, registry, paired: bool) -> list[tuple[int, int]]:  # type: ignore[no-untyped-def]
        """Candidates of the sentence that keep some words of a multi-word name (registered as
        ``entity``, if at all) in place and replace the others with ordinary words (``_replaced``)."""
        parts = name_words(name)
        if len(parts) < 2:
            return []
        person = entity is not None and entity.person
        # A name the termbase keeps is kept whole, even one with an institution's word ("General Motors").
        institution = translatable(name) and not (entity is not None and entity.keep)
        # French writes the given names of saints, popes and monarchs in French ("saint Pierre",
        # "Philippe VI"), anyone else's as they are: "Pierre Higgs" translates Peter Higgs.
        given = not institution and not any(ROMAN_NUMBER.fullmatch(p) for p in parts)
        out = []
        for c in registry.candidates_in(doc, seg.start, seg.end):
            words = c.parts
            if len(words) != len(parts) or fold(c.text) == fold(name) or fold(c.text) in registry.by_key or exonym(c.text, name):
                continue
            same = [fold(a) == fold(b) for a, b in zip(words, parts, strict=True)]
            if not any(same):
                continue
            # A French word opening the sentence is capitalised there whatever it is ("Nommé ZPX" for
            # "Denominated ZPX"): only the lexicon's rendering of the name's word counts for it.
            opens = not same[0] and not doc.inside_sentence(c.start) and dictionary_word(words[0])
            swapped = [(i, a, b) for i, (a, b, s) in enumerate(zip(words, parts, same, strict=True)) if not s]
            if all(a.lower() in FUNCTION_WORDS and b.lower() in FUNCTION_WORDS for _, a, b in swapped):
                continue  # only the grammar is French: "Les Ashcrofts" for The Ashcroft, "Pour Maëlle" for For Maëlle
            if _described(words, parts):
                continue  # "la Kényane Amina Wanjiru" for the Kenyan Amina Wanjiru
            if all(any(_alike(a, p) for p in parts) for _, a, _ in swapped):
                continue  # the name's own words in another order ("Harbour Maple" for Maple Harbour)
            # Without a source, a common word in place of a word of the name is too weak a sign for a
            # person's name, or where the kept words are ordinary French: "Second Pilote" is no mangled
            # "Second Street".
            kept = [a for a, s in zip(words, same, strict=True) if s]
            loose = paired or not (person or all(common_word(w) for w in kept))
            head_kept = same[-1] and not person
            # Without a source, a kept head counts only where it is the mark of few names ("Insider" of
            # Business Insider, not "Street" or "City": "Birch Street" is no mangled "Harbour Street"),
            # or where a French word replaced the other ("Affaires Mobile" for Harbour Mobile). Asked
            # only of a candidate that keeps the head: most keep none.
            generic_head = head_kept and not paired and not _distinctive(parts[-1], registry)
            if all(
                (given and french_given_name(a, b))
                or (
                    a.lower() in rendered_words(b, doc.from_lang)
                    if opens and i == 0
                    else _replaced(
                        a, b, doc, institution=institution, leading=i == 0, paired=paired, loose=loose,
                        head_kept=head_kept and (not generic_head or _french(a)),
                    )
                )
                for i, a, b in swapped
            ):
                out.append((c.start, c.end))
        return out


GENERIC_HEAD = 3
"""A head word that ends this many different names of the corpus and the termbase is generic."""


def _distinctive(head: str, registry) -> bool:  # type: ignore[no-untyped-def]
    """Whether ``head`` marks few names: no institution's or place's head word ("City", "Park"), and
    fewer than ``GENERIC_HEAD`` names of the corpus and the termbase end in it, leaving out those
    whose other words are French ones (a mangled "Nouvelles York" is no other name)."""
    if fold(head) in institution_words():
        return False
    names = [f for f in registry.names_ending_in(head) if not all(_french(w) for w in name_words(f)[:-1])]
    return len(names) < GENERIC_HEAD


def _french(word: str) -> bool:
    """A French common noun or adjective that French writes mostly in lowercase ("marché", "nouvelles")."""
    return common_word(word) and lowercase_word(word)


def _written_elsewhere(name: str, registry) -> bool:  # type: ignore[no-untyped-def]
    """Whether the corpus's sources write ``name`` in this form more than once."""
    entity = registry.by_key.get(fold(name))
    return entity is not None and entity.source_variants[name] >= 2


def _replaced(
    written: str, word: str, doc: Document, *, institution: bool, leading: bool, head_kept: bool, paired: bool, loose: bool
) -> bool:
    """Whether ``written`` stands where the name has ``word`` (its first word when ``leading``)
    because a translation replaced it.

    The name of an ``institution`` or place is translated as a rule: only a common word that is no
    rendering of ``word``, with the aligned source naming it, replaced it ("Tortue Lake" for Turtle
    Lake); not one that begins as ``word`` does, or begins and ends as it does: the name spelled
    otherwise ("Turbo Lake", "Eastern Direct" for Eastern District).

    ``written`` is the lexicon's rendering of ``word`` ("Lynx Nouvelles" for Lynx News); or ``word``
    is one the lexicon knows as translatable and the head of a name that is not a person's is kept
    ("Trading Insider" for Business Insider); or ``written`` is a French common noun or adjective
    that French writes mostly in lowercase ("Kowal Marché" for Kowal River, "Boris Nouvelles" for
    Boris Rock, but not "Boris Martin"), except a rendering of ``word`` in a name French translates
    as a rule ("Coupe Davis").
    The last case is ``loose``: with the aligned source naming it, or, without a source, for a name
    that is not a person's whose kept words are no ordinary French. Without a source it also needs
    ``word`` to be translatable and ``written`` no English word the lexicon knows ("Google Chrome"
    is no mangled "Google Drive", drive being no word the lexicon translates).
    """
    if slip(written, word, anchored=True) or variant(written, word) or same_given_name(written, word):
        return False
    if given_name(written) and not common_word(written):
        return False  # another person's given name: "Marco Lynx" is no translated "Star Lynx"
    if written.lower() in FUNCTION_WORDS and word.lower() not in FUNCTION_WORDS:
        return False  # an article ("The News" beside Evening News) translates no word of a name
    if _alike(written, word):
        return False  # the name's word with letters added or lost ("Villa" for a source's "Vila"), not replaced
    a, b = fold(written), fold(word)
    if doc.target_lang == "fr" and _foreign_cognate(written, word):
        return False
    if leading and (b in institution_words() or a in _FRENCH_TITLES):
        return False  # a title before a name is translated as a rule ("Maire Jorge López"), or put there ("Père Olsen")
    lang = doc.from_lang
    rendering = written.lower() in rendered_words(word, lang)
    if institution:
        # "Turbo Lake" for Turtle Lake, "Eastern Direct" for Eastern District: the name mis-copied, not translated
        resembles = a[:3] == b[:3] or (a[:2] == b[:2] and a[-2:] == b[-2:])
        return paired and not rendering and not resembles and doc.target_lang == "fr" and common_word(written)
    if rendering or (head_kept and rendered_words(word, lang)):
        return True
    if not loose or doc.target_lang != "fr" or not _french(written):
        return False  # the lemmatizer knows many first names and surnames as words: "Giselle", "Martin"
    return paired or bool(rendered_words(word, lang) and not rendered_words(written, lang))


def _alike(written: str, word: str) -> bool:
    """Whether ``written`` is ``word``, or begins as it does with letters added or lost ("Villa" for
    "Vila", "Privat" for "Private"), three letters at least."""
    a, b = fold(written), fold(word)
    return a == b or (min(len(a), len(b)) >= 3 and (a.startswith(b) or b.startswith(a)))


def _described(written: list[str], content: list[str]) -> bool:
    """Whether the rendering is the name's other words as they are, after a people's word in
    lowercase: a nationality describing the name ("le quotidien britannique Telegraph" for the
    British Mirror), not a word of it translated ("américain express"); or after the noun of
    a nationality, which French capitalises, before a person's full name ("l'Indienne Ingrid
    Kowalczyk" for the Indian Ingrid Kowalczyk; "Américain Express" is still translated)."""
    noun = written[0][:1].isupper() and len(written) > 2
    return (len(written) == len(content) > 1 and (written[0].islower() or noun) and people_word(written[0])
            and written[1:] == content[1:])


_TITLE_ARTICLES = frozenset("le la les l un une".split())


def _french_title(doc: Document, start: int, end: int) -> bool:
    """Whether the span, inside its sentence, is written as French typography writes the title of a
    work: a capital on the first word (and on the noun after a leading article), later words in
    lowercase ("Le Vent froid" of "Le Vent froid des collines" for Cold Wind of the Hills). A
    translator who knew the French title wrote it; a name translated word by word keeps the
    English capitals ("Trading Insider") or loses them ("l'information", "la superintelligence sûre")."""
    words = LETTERS.findall(doc.target, start, end)
    head = 2 if words and words[0].lower() in _TITLE_ARTICLES else 1
    return (
        doc.inside_sentence(start)
        and len(words) > head
        and all(w[0].isupper() for w in words[:head])
        and all(w.islower() for w in words[head:])
    )


def _titled(doc: Document, start: int, end: int, name: str, names) -> bool:  # type: ignore[no-untyped-def]
    """Whether the span, inside its sentence, renders the name's first word with the lexicon's word,
    capitalised as a title's first word is, and keeps the name's other words, each a name the
    corpus writes on its own (``names``: the corpus's counts of name candidates). French
    typography capitalises a title's first word and its proper nouns: "Rouge Québec" is the French
    title of a book the English might call Red Quebec. "Étoile Noire" for Black Star capitalises a
    translated word; "Trading Insider" for Business Insider keeps a word no text writes alone."""
    written = [w for w in LETTERS.findall(doc.target, start, end) if w.lower() not in FILLERS]
    content = [w for w in name_words(name) if w.lower() not in FILLERS]
    return (
        len(written) == len(content) > 1
        and doc.inside_sentence(start)
        and written[0][:1].isupper()
        and written[0].lower() in rendered_words(content[0], doc.from_lang)
        and written[1:] == content[1:]
        and all(names[w] > 0 for w in written[1:])
    )


def _foreign_cognate(written: str, word: str) -> bool:
    """Whether ``written`` is no French word but shares its first four letters with ``word`` (doubled
    letters read once): the name in a third language, which the source translated and the target
    keeps ("Oficina NOVA" for "Office NOVA", a Spanish office), not a translation into French."""
    a, b = (re.sub(r"(.)\1", r"\1", fold(w)) for w in (written, word))
    return a[:4] == b[:4] and len(a) >= 4 and not known_form(written.lower()) and not common_word(written)


_FRENCH_TITLES = frozenset(
    fold(w) for w in "père révérend maire sénateur ministre gouverneur président juge général roi reine".split()
)
"""Titles French puts before a name, folded; a source may name the person otherwise ("Père
Kowal" for the Rev. Boris Kowal's father, written "Father Kowal" further on)."""


def _used_as_name(doc: Document, start: int, end: int) -> bool:
    """Capitalised inside its sentence, or next to a cue that introduces an outlet or a company,
    unless a name follows it: "selon l'économiste Marta Quiroga" gives a person's occupation."""
    lang = doc.target_lang if doc.target_lang in _CUE_BEFORE else "fr"
    if doc.inside_sentence(start) and doc.target[start].isupper():
        return True
    after = _NEXT_WORD.match(doc.target, end)
    if after and after.group(1).isupper():
        return False
    before = doc.target[max(0, start - 40) : start]
    return bool(_CUE_BEFORE[lang].search(before) or _CUE_AFTER[lang].match(doc.target, end))


_NEXT_WORD = re.compile(r"[ \u00a0]+([^\W\d_])")
"""The first letter of the word after a space."""




_ARTICLE = re.compile(r"(?:\b(?:la|le|les|the)\s+|\b[lL]['’])$", re.IGNORECASE)


def _with_article(text: str, start: int) -> int:
    """Start the span at the article the translation put before the name: "l'information" is replaced whole."""
    m = _ARTICLE.search(text, max(0, start - 4), start)
    return m.start() if m else start


def _evidence(entity: Entity | None, origin: str, source_text: str) -> dict[str, object]:
    """Where the name comes from, what the corpus says of it, and the source sentence that names it."""
    out: dict[str, object] = {**(entity.evidence() if entity else {}), "canonical_from": origin}
    if source_text:
        out["source"] = quote(source_text, 200)
    return out
