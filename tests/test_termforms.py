"""The index that finds termbase forms gives what running every form's pattern gives."""

from __future__ import annotations

from mtcheck.entities.termbase import FormIndex, TermEntry, accepted_forms, form_pattern


def test_index_finds_what_every_pattern_finds() -> None:
    entries = [
        TermEntry("The Lord of the Rings", ("Le Seigneur des anneaux",), "", "t:2"),
        TermEntry("Data Center", ("Centre de données",), "", "t:3"),
        TermEntry("Our Mutual Friend", ("L'Ami commun",), "", "t:4"),
    ]
    text = "L'auteur du seigneur des anneaux parle des centres  de données et de l’Ami commun, pas de Notre ami commun."
    forms = [(f, e) for e in entries for f in accepted_forms(e)]
    every = sorted((m.span(), e.source) for f, e in forms for m in form_pattern(f, any_case=True).finditer(text))
    found = sorted((m.span(), e.source) for m, e in FormIndex(forms, any_case=True).find(text))
    assert found == every
    assert [text[a:b] for (a, b), _ in found] == ["du seigneur des anneaux", "centres  de données", "l’Ami commun"]
    # Within a span, and case-sensitive when asked.
    assert not list(FormIndex(forms, any_case=True).find(text, 0, 20))
    assert not list(FormIndex([("Data Center", 1)], any_case=False).find("two data centers"))
    assert [m.group() for m, _ in FormIndex([("Data Center", 1)], any_case=False).find("two Data Centers")] == ["Data Centers"]
