"""The check registry: one explicit list, and the selector grammar that picks from it.

Checks are never discovered by import side effects: a new check is added to ``ALL_CHECKS`` and to
``tests/check_registry.json``, which the test suite compares so that no code silently disappears.
"""

from __future__ import annotations

import difflib
from collections.abc import Iterable, Mapping, Sequence

from mtcheck.checks.alignment.unaligned_sentence import AddedSentence, OmittedSentence
from mtcheck.checks.backtranslation.low_score import LowScore
from mtcheck.checks.base import CATEGORIES, Check, CheckContext
from mtcheck.checks.boilerplate.page_boilerplate import PageBoilerplate
from mtcheck.checks.duplication.repeated_paragraph import RepeatedParagraph
from mtcheck.checks.duplication.repeated_words import RepeatedWords
from mtcheck.checks.leftovers.bracket_leftover import BracketLeftover
from mtcheck.checks.leftovers.cut_sentence import CutSentence
from mtcheck.checks.leftovers.stray_fragment import StrayFragment
from mtcheck.checks.names.name_added import NameAdded
from mtcheck.checks.names.name_case import NameCase
from mtcheck.checks.names.name_garbled import NameGarbled
from mtcheck.checks.names.name_glued import NameGlued
from mtcheck.checks.names.name_missing import NameMissing
from mtcheck.checks.names.name_misspelled import NameMisspelled
from mtcheck.checks.names.name_replaced import NameReplaced
from mtcheck.checks.names.name_split import NameSplit
from mtcheck.checks.names.name_translated import NameTranslated
from mtcheck.checks.names.termbase_name import TermbaseName
from mtcheck.checks.numbers.decimal_point import DecimalPoint
from mtcheck.checks.numbers.kept_token import KeptToken
from mtcheck.checks.numbers.number_mismatch import NumberMismatch
from mtcheck.checks.roles.role_calque import RoleCalque
from mtcheck.checks.roles.role_gender import RoleGender
from mtcheck.checks.roles.role_mismatch import RoleMismatch
from mtcheck.checks.typography.date_capital import DateCapital
from mtcheck.checks.typography.french_spacing import FrenchSpacing
from mtcheck.checks.typography.glued_sentence import GluedSentence
from mtcheck.checks.typography.quote_pairing import QuotePairing
from mtcheck.checks.untranslated.page_chrome import PageChrome
from mtcheck.checks.untranslated.untranslated_sentence import UntranslatedSentence
from mtcheck.errors import ConfigError
from mtcheck.model import Severity

__all__ = ["ALL_CHECKS", "FAMILIES", "Check", "CheckContext", "resolve", "select_checks", "severities"]

FAMILIES = {
    "NE": "names and entities",
    "RO": "roles and job titles",
    "TR": "untranslated text and leftovers",
    "DU": "duplication",
    "BP": "boilerplate",
    "AL": "alignment",
    "BT": "back-translation",
    "TM": "terminology",
    "NU": "numbers, dates, addresses and handles",
    "FM": "format and typography",
}

ALL_CHECKS: tuple[type[Check], ...] = (
    NameCase,
    NameSplit,
    NameMisspelled,
    NameTranslated,
    NameGlued,
    NameMissing,
    NameAdded,
    TermbaseName,
    NameReplaced,
    NameGarbled,
    RoleCalque,
    RoleMismatch,
    RoleGender,
    UntranslatedSentence,
    PageChrome,
    BracketLeftover,
    CutSentence,
    StrayFragment,
    RepeatedWords,
    RepeatedParagraph,
    PageBoilerplate,
    FrenchSpacing,
    QuotePairing,
    GluedSentence,
    DateCapital,
    NumberMismatch,
    KeptToken,
    DecimalPoint,
    OmittedSentence,
    AddedSentence,
    LowScore,
)


def resolve(selector: str, checks: Sequence[type[Check]] = ALL_CHECKS) -> list[type[Check]]:
    """The checks a selector names: ``ALL``, a code, a code prefix, a check name or a category."""
    if selector == "ALL":
        return list(checks)
    upper = selector.upper()
    found = [
        c
        for c in checks
        if c.code.startswith(upper) or selector in (c.name, c.category) or upper in c.aliases
    ]
    if not found:
        names = ["ALL", *FAMILIES, *CATEGORIES, *(c.code for c in checks), *(c.name for c in checks)]
        near = difflib.get_close_matches(selector, names, n=3, cutoff=0.5)
        hint = f"; did you mean {', '.join(near)}?" if near else "; `mtcheck rules` lists them"
        raise ConfigError(f"unknown check selector '{selector}'{hint}")
    return found


def select_checks(
    select: Iterable[str] = (),
    ignore: Iterable[str] = (),
    extend_select: Iterable[str] = (),
    preview: bool = False,
) -> list[type[Check]]:
    """The checks to run, most specific selector first: a code beats a prefix beats ``ALL``.

    Without ``select`` the default set runs (checks whose ``default`` is true). Preview checks run
    only with ``preview``.
    """
    chosen: dict[str, tuple[int, bool]] = {}  # code -> (specificity, enabled)

    def apply(selectors: Iterable[str], enabled: bool) -> None:
        for sel in selectors:
            for check in resolve(sel):
                rank = _specificity(sel, check)
                if check.code not in chosen or rank >= chosen[check.code][0]:
                    chosen[check.code] = (rank, enabled)

    select = list(select)
    if not select:
        for check in ALL_CHECKS:
            chosen[check.code] = (0, check.default)
    apply(select, True)
    apply(extend_select, True)
    apply(ignore, False)
    return [
        c
        for c in ALL_CHECKS
        if chosen.get(c.code, (0, False))[1] and (preview or c.status != "preview") and c.status != "removed"
    ]


def severities(overrides: Mapping[str, Severity]) -> dict[str, Severity]:
    """Severity by check code from ``{selector: severity}``; the most specific selector wins."""
    ranked: dict[str, tuple[int, Severity]] = {}
    for sel, severity in overrides.items():
        for check in resolve(sel):
            rank = _specificity(sel, check)
            if check.code not in ranked or rank >= ranked[check.code][0]:
                ranked[check.code] = (rank, severity)
    return {code: severity for code, (_, severity) in ranked.items()}


def _specificity(selector: str, check: type[Check]) -> int:
    if selector == "ALL":
        return 1
    if selector.upper() == check.code or selector == check.name:
        return 4
    if selector == check.category:
        return 3
    return 2
