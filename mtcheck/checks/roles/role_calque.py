"""RO001: a title translated word by word, or a phrase left in English word order."""

from __future__ import annotations

import re
from collections.abc import Iterator

from mtcheck.checks.base import Check, CheckContext
from mtcheck.entities.candidates import fold
from mtcheck.entities.registry import Registry
from mtcheck.entities.titles import Role, folded
from mtcheck.french import french_word
from mtcheck.model import Document, Finding, Severity
from mtcheck.tokens import standalone

_PIECES = {
    "chief": ("en chef",),
    "officer": ("l'officier", "officier", "l'officiere", "officiere"),
    "technology": ("technologie", "technologies", "technologique"),
    "executive": ("executif", "executive", "l'executif"),
    "operating": ("d'exploitation", "exploitation", "operationnel", "operationnelle"),
    "financial": ("financier", "financiere", "finances", "finance"),
    "research": ("recherche", "de recherche"),
    "product": ("produit", "produits"),
    "strategy": ("strategie",),
    "information": ("information", "informations"),
    "marketing": ("marketing",),
}
_KIND = {form: kind for kind, forms in _PIECES.items() for form in forms}
_PIECE = re.compile("(?:" + "|".join(_KIND) + r")(?!\w)")
"""The French pieces of an English title, in folded text; whole words only (``standalone``, after no
letter and no apostrophe)."""
_NOT_AFTER = re.compile(r"[\w']")
_TITLES = {
    "chief technology officer": {"chief", "technology", "officer"},
    "chief executive officer": {"chief", "executive", "officer"},
    "chief operating officer": {"chief", "operating", "officer"},
    "chief financial officer": {"chief", "financial", "officer"},
    "chief research officer": {"chief", "research", "officer"},
    "chief product officer": {"chief", "product", "officer"},
    "chief strategy officer": {"chief", "strategy", "officer"},
    "chief information officer": {"chief", "information", "officer"},
    "chief marketing officer": {"chief", "marketing", "officer"},
}
_GAP = 40
"""Most characters between two pieces of one title (an organisation's name may sit between)."""

# English word order: "un Sénat audition" for "une audition au Sénat".
_INSTITUTIONS = {"Sénat": "au Sénat", "Congrès": "au Congrès", "Parlement": "au Parlement",
                 "Chambre": "à la Chambre", "Assemblée": "à l'Assemblée"}  # fmt: skip
_NOUNS = {"audition": "f", "auditions": "p", "commission": "f", "enquête": "f", "session": "f", "séance": "f",
          "comité": "m", "vote": "m", "rapport": "m", "témoignage": "m", "débat": "m"}  # fmt: skip
_ORDER = re.compile(
    r"(?:(?P<det>\b(?:un|une|le|la)\s+))?\b(?P<inst>" + "|".join(_INSTITUTIONS) + r")\s+(?P<noun>" + "|".join(_NOUNS) + r")\b"
)
_INSTITUTION_NOUN = re.compile("(?:" + "|".join(_INSTITUTIONS) + r")\s+(?:" + "|".join(_NOUNS) + r")\b")
"""What every match of ``_ORDER`` holds, found by its first letters: a sentence without it is not
searched with ``_ORDER``, which its optional article makes try every position."""
_ARTICLE = {("un", "f"): "une", ("une", "m"): "un", ("le", "f"): "la", ("la", "m"): "le"}


class RoleCalque(Check):
    """Title translated word by word, or left in English word order.

    What it does: finds the pieces of an English title rendered one by one ("Technologie en chef
    ... L'officier" for "chief technology officer": at least the word "officier" or "X en chef" and
    one more piece, close together) and suggests the French title, in the gender the corpus gives
    the person named next to it, with the organisation as "de X". Also finds an institution put
    before its noun as in English ("un Sénat audition" for "a Senate hearing").
    Why it matters: a calque makes the sentence unreadable and hides who the person is; it is the
    signature of a machine translation no editor read.
    Example: "Technologie en chef Openai L'officier Mira Murati a démissionné" -> RO001, suggestion
    "La directrice technique d'OpenAI".
    Known limitations: needs no source, so it only knows the titles of its own list (the C-suite
    titles) and a few institutions.
    """

    code, name, category, severity = "RO001", "role-calque", "role-calque", Severity.ERROR
    fix_safety = "suggested"
    requires = ("target_segments", "entities")
    help = "Write the French title"
    examples_fail = (
        "Technologie en chef Openai L'officier Mira Murati a démissionné.",
        "Il a parlé lors d'un Sénat audition en mai.",
    )
    examples_pass = (
        "La directrice technique d'OpenAI, Mira Murati, a démissionné.",
        "Il a parlé lors d'une audition au Sénat. Le rédacteur en chef et l'officier de police sont là.",
    )

    def check(self, doc: Document, ctx: CheckContext) -> Iterator[Finding]:
        registry: Registry | None = ctx.entities
        if doc.target_lang != "fr":
            return  # the pieces and word orders are French ones
        key = folded(doc.target)
        for seg in doc.target_segments or ():
            yield from self._title_calques(doc, key, seg.start, seg.end, registry)
            if not _INSTITUTION_NOUN.search(doc.target, seg.start, seg.end):
                continue
            for m in _ORDER.finditer(doc.target, seg.start, seg.end):
                gender = _NOUNS[m.group("noun")]
                det = m.group("det")
                article = _ARTICLE.get((det.strip().lower(), gender), det.strip()) + " " if det else ""
                suggestion = f"{article}{m.group('noun')} {_INSTITUTIONS[m.group('inst')]}"
                yield self.finding(
                    doc, m.start(), m.end(), f"'{m.group(0)}' keeps the English word order", suggestion=suggestion
                )

    def _title_calques(
        self, doc: Document, key: str, start: int, end: int, registry: Registry | None
    ) -> Iterator[Finding]:
        found = [(m.start(), m.end(), _KIND[m.group()]) for m in standalone(_PIECE, key, start, end, not_after=_NOT_AFTER)]
        # "en chef" is a piece only right after a domain word: "technologie en chef", not "rédacteur en chef".
        pieces = [
            p for i, p in enumerate(found)
            if p[2] != "chief" or (i and found[i - 1][2] not in ("chief", "officer") and not key[found[i - 1][1] : p[0]].strip())
        ]
        groups: list[list[tuple[int, int, str]]] = []
        for piece in pieces:
            if groups and piece[0] - groups[-1][-1][1] <= _GAP:
                groups[-1].append(piece)
            else:
                groups.append([piece])
        for group in groups:
            kinds = {k for _, _, k in group}
            if "chief" not in kinds and not ("officer" in kinds and len(kinds) >= 3):
                continue  # "l'officier de police" with one more word is no title
            title = max(_TITLES, key=lambda t: (len(_TITLES[t] & kinds), -len(_TITLES[t])))
            a, b = group[0][0], group[-1][1]
            yield self.finding(
                doc, a, b, f"'{doc.target[a:b]}' renders '{title}' word by word",
                suggestion=_suggestion(doc, a, b, title, registry),
                evidence={"english_title": title},
            )


def _suggestion(doc: Document, a: int, b: int, title: str, registry: Registry | None) -> str | None:
    """The French title in the gender of the person named right after, with "de ORG" inside."""
    if registry is None:
        return None
    role: Role | None = next((r for r in registry.lexicon.roles if r.name == title), None)
    if role is None:
        return None
    gender = None
    org = None
    for c in registry.candidates_in(doc, a, min(len(doc.target), b + 60)):
        # the person named after the title, by full name or by a surname the corpus gives one person
        # (``People.get``), though the corpus writes that surname often enough to register it as a name
        if c.start >= b and (known := registry.people.get(c.text, doc.id)) is not None:
            gender = known.gender
            break
        if a <= c.start and c.end <= b and (not registry.is_person(c) or _no_title_word(c.text)):
            entity = registry.by_key.get(fold(c.text))
            org = entity.canonical if entity else c.text
    form = role.form(gender)
    article = "La " if gender == "f" else "Le "
    text = article + form + (f" d'{org}" if org and org[0].lower() in "aeiouyh" else f" de {org}" if org else "")
    segment = doc.segment_at(a)
    return text if segment is not None and segment.start == a else text[0].lower() + text[1:]


def _no_title_word(name: str) -> bool:
    """Whether a capitalised word inside a calqued title is none of its French words ("Technologie"
    opening it is one): the organisation's name the calque put among them ("Kowalnet")."""
    return not any(french_word(w.lower()) for w in name.split())
