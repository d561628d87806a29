"""Typography: quotation marks that pair up or not."""

from __future__ import annotations

from mtcheck.checks.typography.quote_pairing import QuotePairing
from tests.conftest import findings_of


def test_a_guillemet_paired_with_a_straight_quote_names_it() -> None:
    # MT output mixes two styles: « opened, " closing; the finding says so rather than "never closed".
    (opened,) = findings_of(QuotePairing, '«Les enfants de Kowalville mangent mal."')
    assert opened.text == "«" and opened.message == "'«' opens a quotation that a straight '\"' closes"
    (closed,) = findings_of(QuotePairing, '"Les enfants mangent mal», conclut le rapport.')
    assert closed.message == "'»' closes a quotation that a straight '\"' opened"
    (alone,) = findings_of(QuotePairing, "Il a parlé d'« expérience étrange.")
    assert alone.message == "'«' opens a quotation that is never closed"
