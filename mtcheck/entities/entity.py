"""What the registry holds of one name: its canonical form, where that form comes from, and the
corpus's counts of its forms; and the records the checks read from the registry."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from typing import NamedTuple

CORPUS_WORD = "corpus (written"
"""How the origin of a name the corpus alone vouches for begins: "corpus (written 6 times inside sentences)"."""

@dataclass(slots=True)
class Entity:
    """One name and every form of it the corpus uses."""

    canonical: str
    origin: str
    """Where the canonical form comes from: ``termbase <path:line>``, ``source``, or ``corpus``."""
    person: bool = False
    """The termbase says this is a person: a different first name is then a different person."""
    keep: bool = False
    """The termbase says the name is never translated."""
    targets: tuple[str, ...] = ()
    """Target forms the termbase accepts."""
    variants: Counter[str] = field(default_factory=Counter)
    """How often the targets write each form of the name, outside headlines written all in capitals."""
    documents: set[str] = field(default_factory=set)
    source_variants: Counter[str] = field(default_factory=Counter)
    """How often the corpus's source texts write each form."""
    heading: int = 0
    """How often its canonical form heads a longer name ("Institut de Kowal", "Institut Kowal")."""
    adjectives: Counter[str] = field(default_factory=Counter)
    """How often each adjective follows its canonical form at the head of a longer name ("Commission fédérale")."""
    determined: int = 0
    """How often a French determiner comes right before its canonical form ("l'Union"): a common
    noun's use, which a person's name never has."""

    @property
    def corpus_word(self) -> bool:
        """The corpus alone vouches for the name: a word or an acronym it writes so with a clear
        majority (``corpus_words.corpus_names``), no brand, termbase or source name."""
        return self.origin.startswith(CORPUS_WORD)

    def source_writes(self, form: str) -> bool:
        """Whether the canonical form comes from the sources and they write ``form`` too, more than
        once: where the English sources write both "ZELVID-21" and "Zelvid-21", neither is damage, but
        one source's slip ("You Tube" beside six "YouTube") is. A termbase's form still rules,
        except in the sentence whose source writes the other."""
        return self.origin == "source" and self.source_variants[form] >= 2

    def evidence(self) -> dict[str, object]:
        """What a finding about this name shows for it: where its canonical form comes from, how often
        the targets write that form and each other one, and in how many documents."""
        return {
            "canonical": self.canonical,
            "canonical_from": self.origin,
            "canonical_count": self.variants.get(self.canonical, 0),
            "variants": dict(self.variants.most_common()),
            "documents": len(self.documents),
        }

def kept_with_english_article(e: Entity) -> bool:
    """Whether the corpus writes the name with its English article inside its texts ("The
    Information", "The Chronicle"), a name and one word after the article."""
    words = e.canonical.split()
    return e.origin.startswith(("corpus", "source")) and len(words) == 2 and words[0] == "The" and e.variants[e.canonical] >= 1

class Lookalike(NamedTuple):
    """A known name as the spelling checks compare it: its words, its entity (None for a form the
    corpus writes twice), its folded key, whether the termbase gives it, and its form as written
    ("Zelvid-21", whose words are Zelvid and 21)."""

    parts: tuple[str, ...]
    entity: Entity | None
    key: str
    termbase: bool
    form: str


@dataclass(frozen=True, slots=True)
class Mention:
    """A place in a target text where a form of a registered name is written."""

    start: int
    end: int
    text: str
    entity: Entity
