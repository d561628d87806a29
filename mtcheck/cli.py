"""The command line: parse, build a ``Config``, run the pipeline, write, return the exit status."""

from __future__ import annotations

import argparse
import io
import json as jsonlib
import os
import sys
from collections.abc import Sequence
from pathlib import Path

from mtcheck import __version__
from mtcheck.errors import ConfigError, MtcheckError
from mtcheck.model import Severity

EXIT_OK = 0
EXIT_FINDINGS = 1
EXIT_ERROR = 2


def main(argv: Sequence[str] | None = None) -> int:
    """Run mtcheck with ``argv`` (default: ``sys.argv[1:]``) and return the exit status."""
    parser = _parser()
    args = parser.parse_args(argv)
    try:
        return int(args.func(args))
    except MtcheckError as err:
        if getattr(args, "debug", False):
            raise
        print(f"mtcheck: error: {err}", file=sys.stderr)
        return EXIT_ERROR
    except BrokenPipeError:  # `mtcheck report ... | head`
        return EXIT_OK


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="mtcheck",
        description="Find the names, titles and sentences that machine translation broke.",
    )
    parser.add_argument("--version", action="version", version=f"mtcheck {__version__}")
    sub = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")

    report = sub.add_parser("report", help="check a corpus and report every problem found")
    report.add_argument("paths", nargs="+", metavar="PATH", help="folder, file, or - for standard input")
    report.add_argument("--format", choices=["text", "json", "html"], default=_env("FORMAT", "text"))
    report.add_argument("-o", "--output", metavar="FILE", help="write the report here (default: standard output)")
    report.add_argument("--source-lang", default=_env("SOURCE_LANG", "en"), metavar="LANG")
    report.add_argument("--target-lang", default=_env("TARGET_LANG", "fr"), metavar="LANG")
    report.add_argument("--no-backtranslation", action="store_true", default=_env("NO_BACKTRANSLATION", "") == "1",
                        help="run only the checks that need no MT model")
    report.add_argument("--require-backtranslation", action="store_true",
                        help="exit 2 when the back-translation model cannot be loaded")
    report.add_argument("--model", default=_env("MODEL", None), help="back-translation model: hub id or local directory")
    report.add_argument("--termbase", action="append", default=[], metavar="FILE",
                        help="TSV/CSV (source, target, note) or TBX of names and terms; "
                        "*.tsv/*.csv/*.tbx files in the corpus folders are used too")
    report.add_argument("--select", type=_codes, default=(), metavar="CODES",
                        help="comma-separated codes, prefixes, names or categories to run (ALL for every check)")
    report.add_argument("--extend-select", type=_codes, default=(), metavar="CODES")
    report.add_argument("--ignore", type=_codes, default=(), metavar="CODES")
    report.add_argument("--preview", action="store_true", help="also run checks in preview")
    report.add_argument("--fail-on", choices=[s.value for s in Severity], default=_env("FAIL_ON", "error"),
                        help="exit 1 when a finding has this severity or worse (default: error)")
    report.add_argument("--color", choices=["auto", "always", "never"], default="auto")
    report.add_argument("--no-progress", action="store_true", help="never show progress bars")
    report.add_argument("--debug", action="store_true", help="show tracebacks of errors")
    report.set_defaults(func=_cmd_report)

    rules = sub.add_parser("rules", help="list every check with its code, category and severity")
    rules.add_argument("--format", choices=["text", "json"], default="text")
    rules.set_defaults(func=_cmd_rules)

    explain = sub.add_parser("explain", help="print the documentation of one check")
    explain.add_argument("check", help="code or name, e.g. TR001 or untranslated-sentence")
    explain.set_defaults(func=_cmd_explain)

    align = sub.add_parser("align", help="align the sentences of a source and its translation")
    align.add_argument("source", type=Path)
    align.add_argument("target", type=Path)
    align.add_argument("--presegmented", action="store_true",
                       help="one sentence per line on both sides; beads then give line numbers")
    align.add_argument("--format", choices=["json", "tsv"], default="json",
                       help="json: {unit, beads: [{source, target, score, ...}]}; tsv: one bead per line. "
                       "Sentence and line numbers start at 1")
    align.add_argument("--source-lang", default=_env("SOURCE_LANG", "en"), metavar="LANG")
    align.add_argument("--target-lang", default=_env("TARGET_LANG", "fr"), metavar="LANG")
    align.set_defaults(func=_cmd_align)
    return parser


def _env(name: str, default: str | None) -> str | None:
    """Flags mirror ``MTCHECK_<NAME>`` environment variables."""
    return os.environ.get(f"MTCHECK_{name}", default)


def _codes(value: str) -> tuple[str, ...]:
    return tuple(v.strip() for v in value.split(",") if v.strip())


def _cmd_report(args: argparse.Namespace) -> int:
    from mtcheck import pipeline
    from mtcheck.config import Config
    from mtcheck.report import WRITERS, OutputFormat

    config = Config(
        paths=tuple(args.paths),
        source_lang=args.source_lang,
        target_lang=args.target_lang,
        backtranslation=not args.no_backtranslation,
        require_backtranslation=args.require_backtranslation,
        model=args.model,
        termbases=tuple(args.termbase),
        select=args.select,
        extend_select=args.extend_select,
        ignore=args.ignore,
        preview=args.preview,
        fail_on=Severity(args.fail_on),
        progress=not args.no_progress and sys.stderr.isatty(),
    )
    if config.source_lang == config.target_lang:
        raise ConfigError(f"--source-lang and --target-lang are both '{config.source_lang}'")
    report = pipeline.run(config)
    for problem in report.corpus.problems:
        print(f"mtcheck: error: {problem}", file=sys.stderr)
    buffer = io.StringIO()
    fmt = OutputFormat(args.format)
    if fmt is OutputFormat.TEXT:
        from mtcheck.report import text

        colour = {"always": True, "never": False}.get(args.color)
        if colour is None:
            colour = args.output is None and sys.stdout.isatty() and "NO_COLOR" not in os.environ
        text.write(report, buffer, colour=colour)
    else:
        WRITERS[fmt](report, buffer)
    if args.output:
        Path(args.output).write_text(buffer.getvalue(), encoding="utf-8")
    else:
        sys.stdout.write(buffer.getvalue())
    return exit_status(report)


def exit_status(report: object) -> int:
    """2 when an input could not be read, 1 when a finding reaches ``--fail-on``, else 0."""
    from mtcheck.pipeline import Report

    assert isinstance(report, Report)
    if report.corpus.problems:
        return EXIT_ERROR
    threshold = report.config.fail_on.rank
    return EXIT_FINDINGS if any(f.severity.rank >= threshold for f in report.findings()) else EXIT_OK


def _cmd_rules(args: argparse.Namespace) -> int:
    from mtcheck.checks import ALL_CHECKS

    if args.format == "json":
        rows = [
            {"code": c.code, "name": c.name, "category": c.category, "severity": c.severity.value,
             "status": c.status, "default": c.default, "summary": c.summary()}
            for c in ALL_CHECKS
        ]
        print(jsonlib.dumps(rows, indent=2, ensure_ascii=False))
        return EXIT_OK
    print(f"{'code':<6} {'name':<24} {'category':<16} {'severity':<8} on   summary")
    for c in ALL_CHECKS:
        on = "yes" if c.default and c.status == "stable" else "no"
        print(f"{c.code:<6} {c.name:<24} {c.category:<16} {c.severity.value:<8} {on:<4} {c.summary()}")
    return EXIT_OK


def _cmd_explain(args: argparse.Namespace) -> int:
    import inspect

    from mtcheck.checks import ALL_CHECKS

    for c in ALL_CHECKS:
        if args.check.upper() == c.code or args.check == c.name or args.check.upper() in c.aliases:
            print(f"{c.code} {c.name} ({c.category}, {c.severity.value}, {c.status})\n")
            print(inspect.cleandoc(c.__doc__ or ""))
            return EXIT_OK
    raise ConfigError(f"no check named '{args.check}'; `mtcheck rules` lists them")


def _cmd_align(args: argparse.Namespace) -> int:
    from mtcheck.align import align, length_ratio
    from mtcheck.corpus import read_text
    from mtcheck.errors import CorpusError
    from mtcheck.segment import segment

    sides: list[tuple[list[str], list[int]]] = []
    for path in (args.source, args.target):
        if not path.is_file():
            raise CorpusError(str(path), "no such file")
        text = read_text(path)
        if args.presegmented:  # one sentence per line; blank lines are skipped but keep their number
            lines = [(n, line.strip()) for n, line in enumerate(text.splitlines(), 1) if line.strip()]
            sides.append(([t for _, t in lines], [n for n, _ in lines]))
        else:
            segs = segment(text)[0]
            sides.append(([s.text for s in segs], [k + 1 for k in range(len(segs))]))
    (src, src_no), (tgt, tgt_no) = sides
    beads = align(src, tgt, ratio=length_ratio(args.source_lang, args.target_lang))
    rows = [
        {"source": [src_no[k] for k in b.source], "target": [tgt_no[k] for k in b.target], "score": b.score,
         "source_text": " ".join(src[k] for k in b.source), "target_text": " ".join(tgt[k] for k in b.target)}
        for b in beads
    ]
    if args.format == "tsv":
        for r in rows:
            numbers = [",".join(map(str, r[side])) for side in ("source", "target")]
            print("\t".join([*numbers, str(r["score"]), r["source_text"], r["target_text"]]))
    else:
        unit = "line" if args.presegmented else "sentence"
        print(jsonlib.dumps({"unit": unit, "beads": rows}, ensure_ascii=False))
    return EXIT_OK
