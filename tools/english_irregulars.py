"""Write ``mtcheck/data/english_irregulars.tsv``: English irregular inflections and their lemmas,
from WordNet 3.0's exception lists ("lost" -> lose, "children" -> child, "better" -> good|well).

The name alignment asks whether a French word translates a word of a source name, and looks the
English word up in the bilingual tables by its stem. Regular endings are cut by rule
(``lexicon.english_stems``: "smarter" -> smart); an irregular form has no ending to cut, so "Lost
Kowal" rendered "Kowal Perdue" went unseen. WordNet lists every irregular form of
its nouns, verbs, adjectives and adverbs; spaCy's ``spacy-lookups-data`` (MIT) ships those lists as
``en_lemma_exc``, under WordNet's licence, which allows copying with its notice (the header of the
file written here). Only forms that differ from their lemma are kept. Run by a developer, not at
run time:

    pip download spacy-lookups-data==1.0.5 --no-deps
    python tools/english_irregulars.py spacy_lookups_data-1.0.5-py2.py3-none-any.whl
"""

from __future__ import annotations

import gzip
import json
import sys
import zipfile
from pathlib import Path

OUT = Path(__file__).resolve().parent.parent / "mtcheck" / "data" / "english_irregulars.tsv"
HEADER = """# English irregular inflections and their lemmas (form<TAB>lemma|lemma), the exception lists of
# WordNet 3.0 as spacy-lookups-data 1.0.5 ships them (en_lemma_exc), written by tools/english_irregulars.py.
# WordNet 3.0 Copyright 2006 by Princeton University. All rights reserved. Permission to use, copy,
# modify and distribute this software and database and its documentation for any purpose and without
# fee or royalty is hereby granted, provided that you agree to comply with the following copyright
# notice and statements, including the disclaimer, and that the same appear on ALL copies of the
# software, database and documentation, including modifications that you make for internal use or for
# distribution. THIS SOFTWARE AND DATABASE IS PROVIDED "AS IS" AND PRINCETON UNIVERSITY MAKES NO
# REPRESENTATIONS OR WARRANTIES, EXPRESS OR IMPLIED. The name of Princeton University or Princeton may
# not be used in advertising or publicity pertaining to distribution of the software and/or database.
# Title to copyright in this software, database and any associated documentation shall at all times
# remain with Princeton University and LICENSEE agrees to preserve same.
"""


def main() -> None:
    with zipfile.ZipFile(sys.argv[1]) as wheel:
        exceptions = json.loads(gzip.decompress(wheel.read("spacy_lookups_data/data/en_lemma_exc.json.gz")))
    lemmas: dict[str, list[str]] = {}
    for table in exceptions.values():
        for form, forms_lemmas in table.items():
            for lemma in forms_lemmas:
                if lemma != form and " " not in form and lemma not in lemmas.setdefault(form, []):
                    lemmas[form].append(lemma)
    rows = [f"{form}\t{'|'.join(found)}" for form, found in sorted(lemmas.items()) if found]
    OUT.write_text(HEADER + "\n".join(rows) + "\n", encoding="utf-8")
    print(f"{len(rows)} forms written to {OUT}")


if __name__ == "__main__":
    main()
