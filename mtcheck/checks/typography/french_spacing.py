"""FM001: French spacing around « » ; : ! ?"""

from __future__ import annotations

import re
from collections.abc import Iterator

from mtcheck.checks.base import Check, CheckContext
from mtcheck.model import Document, Finding, Severity

NARROW_NBSP = "\u202f"
_MISSING = re.compile(r"«(?=[^\s\u00a0\u202f])|(?<=[^\s\u00a0\u202f«])(?:»|[;!?](?![!?])|:(?=\s))")


class FrenchSpacing(Check):
    """Missing space inside guillemets or before a high punctuation mark in French.

    What it does: flags « not followed by a space, and » ; : ! ? not preceded by one, in French
    targets; the fix inserts a narrow no-break space (U+202F).
    Why it matters: French typography requires the space; its absence marks text that was
    translated from English and never edited.
    Example: "qu'elle voulait «le temps»" -> FM001 twice.
    Known limitations: off by default because web text often drops these spaces; colons inside
    times and URLs are ignored.
    """

    code, name, category, severity = "FM001", "french-spacing", "typography", Severity.INFO
    fix_safety = "safe"
    default = False
    help = "Insert a narrow no-break space"
    examples_fail = ("Elle voulait «le temps».",)
    examples_pass = ("Elle voulait « le temps » : rien d'autre ; vraiment ?",)

    def check(self, doc: Document, ctx: CheckContext) -> Iterator[Finding]:
        if doc.target_lang != "fr":
            return
        for m in _MISSING.finditer(doc.target):
            mark = m.group()
            fixed = mark + NARROW_NBSP if mark == "«" else NARROW_NBSP + mark
            where = "after" if mark == "«" else "before"
            yield self.finding(
                doc,
                m.start(),
                m.end(),
                f"'{mark}' has no space {where} it",
                suggestion=fixed,
                fix_title=f"Insert a narrow no-break space {where} '{mark}'",
                safe=True,
            )
