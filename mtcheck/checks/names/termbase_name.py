"""NE008: a name the termbase gives a French form for, written otherwise in the translation."""

from __future__ import annotations

from collections.abc import Iterator, Sequence

from mtcheck.checks.base import Check, CheckContext, quote
from mtcheck.entities.candidates import LETTERS, fold
from mtcheck.entities.pairs import paired_beads
from mtcheck.entities.termbase import form_pattern
from mtcheck.model import Document, Finding, Severity


class TermbaseName(Check):
    """Name written otherwise than the termbase's form for it.

    What it does: for each termbase name whose translation differs from it ("European Central
    Bank" -> "Banque centrale européenne|BCE"), finds the source sentences that write it and
    reports the aligned target sentence when it writes none of the accepted forms. Forms match in
    any case, with a plural ending, and with their article merged with the preposition before it
    ("du Seigneur des anneaux" is "Le Seigneur des anneaux"). Where the translation keeps the
    source's form, the finding is on it, even in a sentence taken for English; where a run of
    words writes two thirds of a form's words ("la Banque européenne centrale"), on that run, with
    the form as its fix; elsewhere on the sentence. The termbase is the user's decision, so its
    fixes are certain: the form nearest the run, or the termbase's first (preferred) form.
    Why it matters: a name has one French form that readers and search engines know; a word-by-word
    rendering ("la Banque européenne centrale") or the English left in place is not it.
    Example: termbase "European Central Bank -> Banque centrale européenne|BCE", source "The
    European Central Bank raised its rates.", target "La Banque européenne centrale a relevé ses
    taux." -> NE008.
    Known limitations: needs a source and the termbase; a form inflected otherwise than by a plural
    ending is not recognised. Names kept as they are ("OpenAI") are NE001-NE007's, titles (termbase
    entries noted "role") RO002's, and lowercase terms are not checked.
    """

    code, name, category, severity = "NE008", "termbase-name", "name-translated", Severity.ERROR
    fix_safety = "safe"
    requires = ("target_segments", "entities", "beads")
    help = "Write the name as the termbase does"
    example_termbase = "source\ttarget\tnote\nEuropean Central Bank\tBanque centrale européenne|BCE\tinstitution\n"
    examples_fail = (
        ("The European Central Bank raised its rates.", "La Banque européenne centrale a relevé ses taux."),
        ("The European Central Bank raised its rates.", "La European Central Bank a relevé ses taux."),
    )
    examples_pass = (
        ("The European Central Bank raised its rates.", "La Banque centrale européenne a relevé ses taux."),
        ("The European Central Bank raised its rates.", "La BCE a relevé ses taux."),
        ("The bank raised its rates.", "La Banque européenne centrale a relevé ses taux."),
    )

    def check(self, doc: Document, ctx: CheckContext) -> Iterator[Finding]:
        registry = ctx.entities
        if registry is None or not registry.source_forms or doc.source is None:
            return
        for _bead, sources, targets in paired_beads(doc):
            untranslated = any(t.lang == doc.from_lang for t in targets)
            source = doc.source[sources[0].start : sources[-1].end]
            start, end = targets[0].start, targets[-1].end
            named = dict.fromkeys(e for _, e in registry.source_forms.find(doc.source, sources[0].start, sources[-1].end))
            written = {e for a, b, e in registry.accepted.get(doc.id, ()) if start <= a and b <= end}
            for entry in (e for e in named if e not in written):
                accepted = " or ".join(f"'{t}'" for t in entry.targets[:3])
                evidence = {"termbase": entry.origin, "source": quote(source, 200), "accepted": list(entry.targets)}
                kept = form_pattern(entry.source, any_case=False).search(doc.target, start, end)
                if kept:
                    message = f"'{entry.source}' is left as the source writes it; the termbase has {accepted}"
                    yield self.finding(doc, kept.start(), kept.end(), message, suggestion=entry.targets[0],
                                       safe=True, evidence=evidence)
                elif not untranslated:  # a sentence left in the source language is TR001's
                    near = _nearest(doc.target, start, end, entry.targets)
                    if near:
                        a, b, form = near
                        message = f"'{doc.target[a:b]}' renders '{entry.source}', which the termbase writes {accepted}"
                        yield self.finding(doc, a, b, message, suggestion=form, safe=True, evidence=evidence)
                        continue
                    message = f"the source names '{entry.source}', which the termbase writes {accepted}: this sentence does not"
                    yield self.finding(doc, start, end, message, evidence=evidence)


_ARTICLES = frozenset("le la les l".split())
_DETERMINERS = _ARTICLES | frozenset("un une des du notre nos votre vos son sa ses leur leurs ce cet cette ces".split())


def _key(word: str) -> str:
    """A word without case, accents or a plural ending, for comparing a rendering with a form."""
    folded = fold(word)
    return folded[:-1] if len(folded) > 3 and folded[-1] in "sx" else folded


def _nearest(text: str, start: int, end: int, forms: Sequence[str]) -> tuple[int, int, str] | None:
    """The run of words in ``text[start:end]`` that writes most of the words of one of ``forms``
    (two thirds of them at least, one a word of three letters or more), begun and ended by words
    of the form: where the sentence put the name otherwise ("la Banque européenne centrale",
    "le Maître des anneaux", "Notre cousin lointain"), so that the finding points at it and offers the
    form as its fix."""
    words = [(m.start(), m.end(), _key(m.group())) for m in LETTERS.finditer(text, start, end)]
    found = []
    for form in forms:
        wanted = [_key(w) for w in LETTERS.findall(form)]
        if len(wanted) < 2:
            continue  # an acronym or one word: nothing to line up
        for i in range(len(words)):
            for j in range(i + 1, min(len(words), i + len(wanted) + 1)):
                run = [k for _, _, k in words[i : j + 1]]
                shared = [w for w in wanted if w in run]
                if (run[0] in wanted and run[-1] in wanted and 3 * len(shared) >= 2 * len(wanted)
                        and any(len(w) >= 3 for w in shared)):
                    # The form's article stands for the determiner the sentence put before the run ("Notre cousin lointain").
                    takes = wanted[0] in _ARTICLES and run[0] != wanted[0] and i > 0 and words[i - 1][2] in _DETERMINERS
                    a, b = words[i - 1 if takes else i][0], words[j][1]
                    found.append((len(shared), a - b, a, b, form))  # most words shared, then the shortest run
    if not found:
        return None
    _, _, a, b, form = max(found)
    return a, b, form
