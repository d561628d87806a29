"""RO003: a title or agreement whose grammatical gender contradicts what the corpus says of the person."""

from __future__ import annotations

from collections.abc import Iterator

from mtcheck.checks.base import Check, CheckContext, quote
from mtcheck.entities.pairs import paired_beads
from mtcheck.entities.people import Evidence, Person, english_pronoun_gender
from mtcheck.entities.registry import Registry
from mtcheck.entities.titles import regender
from mtcheck.model import Document, Finding, Severity

_WORD = {"m": "masculine", "f": "feminine"}
_PERSON = {"m": "a man", "f": "a woman"}
_OTHER = {"m": "f", "f": "m"}


class RoleGender(Check):
    """Title or agreement of the wrong gender for the person it is about.

    What it does: collects, for every person the corpus names, what it says of their gender: the
    termbase note ("person (she)"), gendered titles attached to the name ("la directrice technique
    Mira Murati", "Shear (l'ancien PDG"), agreements ("Murati est venue"), "Elle"/"a-t-elle" in
    sentences about them alone, and he/she in the aligned source. A title or agreement is reported
    when the termbase says the other gender, or when at least two other clues say the other gender
    and none says the same. With a source, it also reports a sentence whose source pronoun (she)
    fixes a gender that no person of the translation has ("le boulanger ... le chauffeur").
    Why it matters: "l'ancienne PDG" for a man, or "Murati est venu" for a woman, is a factual error
    about a person, and readers notice it.
    Example: termbase "Emmett Shear  person (he)", target "Emmett Shear (l'ancienne PDG de Twitch)"
    -> RO003 with the suggestion "l'ancien PDG".
    Known limitations: first names are never used as evidence, so a person the corpus says little
    about is never reported; which of two people a pronoun refers to is not resolved, so a sentence
    with one person of each gender is left alone.
    """

    code, name, category, severity = "RO003", "role-gender", "role-gender", Severity.WARNING
    fix_safety = "suggested"
    requires = ("target_segments", "entities")
    help = "Give the title or agreement the gender of the person"
    examples_fail = (
        "Mira Murati a démissionné. Elle part. Mira Murati, la directrice technique, part. Murati est venu hier.",
        ("The baker paid the driver late because she was short of cash.",
         "Le boulanger a payé le chauffeur en retard parce qu'elle manquait d'argent."),
    )
    examples_pass = (
        "Mira Murati a démissionné. Elle part. Mira Murati, la directrice technique, part. Murati est venue hier.",
        ("The baker paid the driver late because she was short of cash.",
         "La boulangère a payé le chauffeur en retard parce qu'elle manquait d'argent."),
        "Murati est venu hier.",
    )

    def check(self, doc: Document, ctx: CheckContext) -> Iterator[Finding]:
        registry: Registry | None = ctx.entities
        if registry is None or doc.target_lang != "fr":
            return  # French titles and agreements carry the gender; English ones do not
        for person, clue in registry.people.evidence_in(doc.id):
            if clue.kind in ("title", "agreement") and _contradicted(person, clue):
                yield self._person_finding(doc, person, clue)
        yield from self._source_pronoun(doc, registry)

    def _person_finding(self, doc: Document, person: Person, clue: Evidence) -> Finding:
        other = _OTHER[clue.gender]
        if clue.title is not None:
            suggestion = regender(doc.target, clue.title, other)
        else:
            word = clue.text
            suggestion = word + "e" if other == "f" else word[:-1] if word.endswith("e") else word
        said = [f"the termbase: {person.name} is {_PERSON[other]}"] if person.termbase_gender == other else []
        said += [f"'{e.text[:60]}' ({e.kind}, {e.doc_id})" for e in person.evidence if e.gender == other][:4]
        return self.finding(
            doc, clue.start, clue.end,
            f"'{clue.text}' is {_WORD[clue.gender]}, but the corpus says {person.name} is {_PERSON[other]}",
            suggestion=suggestion,
            evidence={"person": person.name, "clues": said},
        )

    def _source_pronoun(self, doc: Document, registry: Registry) -> Iterator[Finding]:
        """A source pronoun fixes a gender that none of the translation's titles has."""
        if doc.from_lang != "en":
            return
        for _bead, sources, targets in paired_beads(doc):
            source = doc.source[sources[0].start : sources[-1].end]  # type: ignore[index]
            gender = english_pronoun_gender(source)
            if gender is None or registry.candidates_in(doc, sources[0].start, sources[-1].end, source=True):
                continue  # no pronoun, or a named person the pronoun may be about
            people = registry.lexicon.english_titles(source)
            titles = registry.lexicon.titles(doc.target, targets[0].start, targets[-1].end)
            if not people or len(titles) < len(people) or any(t.gender != _OTHER[gender] for t in titles):
                continue
            shown = ", ".join(f"'{doc.target[t.start : t.end]}'" for t in titles)
            pronoun = "she" if gender == "f" else "he"
            yield self.finding(
                doc, titles[0].start, titles[-1].end,
                f"the source says '{pronoun}' of one of these people, but every title here is {_WORD[_OTHER[gender]]}: {shown}",
                evidence={"source": quote(source, 200)},
            )


def _contradicted(person: Person, clue: Evidence) -> bool:
    return person.judged(excluding=clue) == _OTHER[clue.gender]
