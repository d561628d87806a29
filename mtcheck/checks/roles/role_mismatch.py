"""RO002: a title of the source sentence that the aligned translation replaces by another."""

from __future__ import annotations

from collections.abc import Iterator

from mtcheck.checks.base import Check, CheckContext, quote
from mtcheck.entities.pairs import paired_beads
from mtcheck.entities.registry import Registry
from mtcheck.entities.titles import Role, folded
from mtcheck.model import Document, Finding, Severity


class RoleMismatch(Check):
    """Title of the source sentence replaced by another title in its translation.

    What it does: finds the job titles of each source sentence (the role lexicon and the
    termbase's roles, English abbreviations in capitals only) and looks for any French form of
    the same title, either gender, in the aligned target sentence. A title with no French form
    there is reported where the sentence has another title in its place ("chief technology
    officer" rendered "directeur de la recherche"), unless that title is the source's said short,
    in words of one of its French forms ("le ministre" for the Prime Minister).
    Why it matters: a wrong title misinforms about who decides what; a dropped one often drops
    the reason the person is quoted.
    Example: source "Mira Murati, the chief technology officer, resigned." target "Mira Murati,
    la directrice de la recherche, a démissionné." -> RO002.
    Known limitations: needs a source; a title left out or paraphrased ("la numéro deux d'OpenAI",
    "à la tête de") is not reported: translators do both on purpose, and the human references of
    news raised more such alarms than MT did; only titles of the lexicon are known.
    """

    code, name, category, severity = "RO002", "role-mismatch", "role-mismatch", Severity.WARNING
    requires = ("target_segments", "entities", "beads")
    help = "Translate the title as the source has it"
    examples_fail = (
        ("Mira Murati, the chief technology officer, resigned.", "Mira Murati, la directrice de la recherche, a démissionné."),
    )
    examples_pass = (
        ("Mira Murati, the chief technology officer, resigned.", "Mira Murati, la directrice technique, a démissionné."),
        ("Emmett Shear, the former head of Twitch, will lead it.", "Emmett Shear, l'ancien patron de Twitch, la dirigera."),
    )

    def check(self, doc: Document, ctx: CheckContext) -> Iterator[Finding]:
        registry: Registry | None = ctx.entities
        if registry is None or doc.source is None or (doc.from_lang, doc.target_lang) != ("en", "fr"):
            return  # the lexicon's French forms are the target's, its English forms the source's
        lexicon = registry.lexicon
        for _bead, sources, targets in paired_beads(doc):
            if any(t.lang == doc.from_lang for t in targets):
                continue  # left untranslated: TR001 reports it
            a, b = sources[0].start, sources[-1].end
            titles = lexicon.titles(doc.target, targets[0].start, targets[-1].end)
            rendered = {role for t in titles for role in t.roles}
            english_titles = lexicon.english_titles(doc.source, a, b)
            wanted = {role for _, _, role in english_titles}
            for start, end, role in english_titles:
                if role in rendered or role.kind != "title" or _vague(role):
                    continue
                english = doc.source[start:end]
                others = [doc.target[t.head : t.end] for t in titles
                          if t.roles[0].kind == "title" and not wanted & set(t.roles)]
                others = [o for o in others if folded(o) not in _GENERIC]
                if not others or any(_shorter_form(other, role) or _longer_form(other, role) for other in others):
                    continue  # left out or paraphrased, or the title's own head word ("ministre" for Prime Minister)
                what = f"'{english}' became '{others[0]}'"
                yield self.finding(
                    doc, targets[0].start, targets[-1].end,
                    f"{what}; expected '{role.form(None)}' or '{role.form('f')}'",
                    evidence={"source": quote(doc.source[a:b], 200), "source_title": english},
                )


_GENERIC = frozenset(folded(w) for w in "chef cheffe responsable dirigeant dirigeante patron patronne".split())
"""French words for anyone at the head of something, which news uses to vary a title ("le chef de
la diplomatie" for the foreign minister, "le patron" for a chairman): no other title."""


def _vague(role: Role) -> bool:
    """Whether the source's title is vague ("executive", "head of"): its first French form is a
    generic word, so any precise title a translator knew ("PDG") renders it."""
    return folded(role.masculine[0]) in _GENERIC


def _longer_form(written: str, role: Role) -> bool:
    """Whether ``written`` holds every word of one of the role's French forms, and more: a more
    precise title ("directeur général" for a director), not another one."""
    words = set(folded(written).split())
    return any(set(folded(form).split()) <= words for form in (*role.masculine, *role.feminine))


def _shorter_form(written: str, role: Role) -> bool:
    """Whether ``written`` is made of words of one of the role's French forms: the title said short,
    as French news does the second time ("le ministre" for the Prime Minister, "le chef" for the
    "chef de la direction", "le directeur" for the "directeur général")."""
    words = set(folded(written).split())
    return bool(words) and any(words <= set(folded(form).split()) for form in (*role.masculine, *role.feminine))
