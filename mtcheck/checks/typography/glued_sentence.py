"""FM003: two sentences written without a space or full stop between them."""

from __future__ import annotations

import re
from collections.abc import Iterator

from mtcheck.checks.base import Check, CheckContext
from mtcheck.checks.names.name_glued import glued_name
from mtcheck.model import Document, Finding, Severity

_LEFT = re.compile(r"[^\W\d_]+$")
_RIGHT = re.compile(r"[^\W\d_]+")


class GluedSentence(Check):
    """Two sentences glued together with no full stop or space.

    What it does: reports each place where the segmenter had to split a word like
    "rapportéLe" into two sentences, and proposes the missing full stop and space.
    Why it matters: the end of one sentence and the start of the next (often a link or a
    caption lost in extraction) became one unreadable word.
    Example: "Il l'a annoncé hierLe président a confirmé" -> FM003 on "hierLe".
    Known limitations: only glues before a common sentence-opening word (Le, La, Il, The, ...)
    are seen; glues after a name are reported by the names checks instead.
    """

    code, name, category, severity = "FM003", "glued-sentence", "typography", Severity.WARNING
    fix_safety = "safe"
    help = "Insert the missing full stop and space"
    requires = ("target_segments", "glue_points", "entities")
    examples_fail = ("Il l'a annoncé hierLe président a confirmé la nouvelle.",)
    examples_pass = ("Il l'a annoncé hier. Le président a confirmé la nouvelle sur YouTube.",)

    def check(self, doc: Document, ctx: CheckContext) -> Iterator[Finding]:
        for point in doc.glue_points or ():
            if ctx.entities is not None and glued_name(doc, ctx.entities, point) is not None:
                continue  # NE005 name-glued reports it
            left = _LEFT.search(doc.target, 0, point)
            right = _RIGHT.match(doc.target, point)
            if left is None or right is None:
                continue
            glued = doc.target[left.start() : right.end()]
            yield self.finding(
                doc,
                left.start(),
                right.end(),
                f"'{glued}' glues two sentences together",
                suggestion=f"{left.group()}. {right.group()}",
                safe=True,
            )
