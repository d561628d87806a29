"""Names: what a name is, how French writes it, and what the corpus says about each one.

One module per concern, in the order the data flows:

- ``candidates``: which words of a text are name candidates, and the folded key names match on;
- ``source_names``: a source's names without the titles and compound adjectives around them;
- ``forms``: what French writes for a name (exonyms, French given names, institutions, peoples);
- ``spelling``: when two spellings are one name, and when one is a slip of the other;
- ``lexicon``: how a name's words look once translated word by word;
- ``termbase``: the termbase readers, and where a text writes a termbase form;
- ``titles`` and ``people``: job titles, and each person's titles and gender;
- ``corpus_words``: words the corpus itself shows to be names (capitalised again and again);
- ``registry``: the corpus-wide registry of names and their canonical forms;
- ``pairs``: what each target sentence is aligned with, for the checks with a source;
- ``renderings``, ``conventions`` and ``alignment``: the name alignment with a source: one source
  name against the words of its translation, the forms French may write for it, and the verdict
  on each name of each sentence pair.
"""

from mtcheck.entities.entity import Entity, Mention
from mtcheck.entities.registry import Registry, build_registry

__all__ = ["Entity", "Mention", "Registry", "build_registry"]
