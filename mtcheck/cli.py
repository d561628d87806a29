"""The command line: parse, build a ``Config``, run the pipeline, write, return the exit status."""

from __future__ import annotations

import argparse
import gc
import io
import json as jsonlib
import os
import sys
from collections.abc import Callable, Sequence
from dataclasses import replace
from pathlib import Path
from typing import Any, NoReturn

from mtcheck import __version__
from mtcheck.errors import ConfigError, MtcheckError, first_line
from mtcheck.model import Severity

EXIT_OK = 0
EXIT_FINDINGS = 1
EXIT_ERROR = 2
EXIT_INTERNAL = 3
FORMATS = ["text", "json", "html", "sarif", "junit", "github", "xlsx"]


def entry() -> NoReturn:
    """The ``mtcheck`` command and ``python -m mtcheck``: ``main``, then exit. Everything a report
    loaded (lexicons, the corpus, its tokens) is alive until the end, and the interpreter's last
    garbage collections would walk all of it before freeing it, about half a second of a
    2,000-sentence report: it is put out of their reach first (``gc.freeze``), and exit handlers
    still run."""
    code = main()
    gc.freeze()
    sys.exit(code)


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
    except KeyboardInterrupt:
        print("mtcheck: interrupted", file=sys.stderr)
        return 130
    except Exception as err:  # a bug: its own exit code, so CI tells it from findings (1) and bad input (2)
        if getattr(args, "debug", False):
            raise
        print(f"mtcheck: internal error: {type(err).__name__}: {first_line(err)} (run with --debug for the traceback)",
              file=sys.stderr)
        return EXIT_INTERNAL


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="mtcheck",
        description="Find the names, titles and sentences that machine translation broke.",
    )
    parser.add_argument("--version", action="version", version=f"mtcheck {__version__}")
    sub = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")

    report = sub.add_parser("report", help="check a corpus and report every problem found")
    report.add_argument("paths", nargs="+", metavar="PATH", help="folder, file, or - for standard input")
    report.add_argument("--format", choices=FORMATS, help="report format (default: text)")
    report.add_argument("-o", "--output", metavar="FILE", help="write the report here (default: standard output)")
    report.add_argument("--config", type=Path, metavar="FILE",
                        help="settings file (default: the nearest mtcheck.toml or pyproject.toml [tool.mtcheck])")
    report.add_argument("--show-settings", action="store_true",
                        help="print the effective settings and where each came from, then exit")
    report.add_argument("--source-lang", metavar="LANG")
    report.add_argument("--target-lang", metavar="LANG")
    mt = report.add_argument_group("back-translation")
    mt.add_argument("--no-backtranslation", dest="backtranslation", action="store_const", const=False,
                    help="run only the checks that need no MT model")
    mt.add_argument("--require-backtranslation", action="store_const", const=True,
                    help="exit 2 when the back-translation model cannot be loaded")
    mt.add_argument("--model", help="hub id or local directory (default: Helsinki-NLP/opus-mt-TGT-SRC)")
    mt.add_argument("--backend", choices=["auto", "transformers", "ctranslate2"],
                    help="auto (default): ctranslate2 for a converted model directory, else transformers")
    mt.add_argument("--device", type=_setting("device"),
                    help="auto (default: a CUDA GPU when the backend sees one), cpu, cuda or cuda:N")
    mt.add_argument("--beams", dest="num_beams", type=int, metavar="N", help="beam size (default 1: greedy)")
    mt.add_argument("--max-length", type=int, metavar="N", help="most new tokens per sentence (default: the model's)")
    mt.add_argument("--batch-tokens", type=int, metavar="N", help="token budget of a batch (default 2048)")
    mt.add_argument("--cache-dir", metavar="DIR", help="back-translation cache (default: the user cache directory)")
    mt.add_argument("--no-cache", dest="cache", action="store_const", const=False, help="neither read nor fill the cache")
    mt.add_argument("--low-score-chrf", type=float, metavar="X", help="BT001: flag segments with chrF below X")
    mt.add_argument("--low-score-z", type=float, metavar="Z",
                    help="BT001: flag segments Z robust deviations below their document and corpus (default 3.5)")
    checks = report.add_argument_group("checks")
    checks.add_argument("--termbase", dest="termbases", action="append", metavar="FILE",
                        help="TSV/CSV (source, target, note) or TBX of names and terms; "
                        "*.tsv/*.csv/*.tbx files in the corpus folders are used too")
    checks.add_argument("--ner", action="store_const", const=True,
                        help="find names with spaCy's French named-entity recogniser too: institutions whose "
                        "later words are lowercase (\"Union européenne\"); about 4 ms a sentence, cached")
    checks.add_argument("--no-name-alignment", dest="name_alignment", action="store_const", const=False,
                        help="with a source, do not follow each source name into its translation: only the corpus-wide "
                        "names checks run (fewer false alarms on human or entity-dense text, far fewer names found)")
    checks.add_argument("--select", type=_codes, metavar="CODES",
                        help="comma-separated codes, prefixes, names or categories to run (ALL for every check)")
    checks.add_argument("--extend-select", type=_codes, metavar="CODES")
    checks.add_argument("--ignore", type=_codes, metavar="CODES")
    checks.add_argument("--preview", action="store_const", const=True, help="also run checks in preview")
    checks.add_argument("--severity", type=_setting("severity"), metavar="SEL=SEV,...",
                        help="change severities, e.g. typography=info,NE004=error")
    checks.add_argument("--fail-on", type=Severity, choices=list(Severity),
                        help="exit 1 when a finding has this severity or worse (default: error)")
    ci = report.add_argument_group("baseline")
    ci.add_argument("--write-baseline", type=Path, metavar="FILE", help="record the current findings in FILE")
    ci.add_argument("--baseline", type=Path, metavar="FILE",
                    help="report only findings not in FILE (and list the fixed ones as stale); the exit status counts new ones. "
                    "FILE may be a reviewed --format xlsx report: its rows marked 'false alarm' are known")
    ci.add_argument("--changed-only", action="store_true",
                    help="with --baseline: skip the model work of documents unchanged since the baseline was written")
    report.add_argument("-j", "--jobs", type=_setting("jobs"), metavar="N",
                        help="processes for language identification and the checks (default: one per core); "
                        "the report is the same whatever N")
    report.add_argument("--executor", choices=["local", "ray"],
                        help="local (default): --jobs processes here; ray: tasks and model actors on a Ray cluster")
    report.add_argument("--ray-address", metavar="ADDR",
                        help="with --executor ray: the cluster's address (default: a local Ray started for the run)")
    report.add_argument("--color", choices=["auto", "always", "never"], default="auto")
    report.add_argument("--no-progress", action="store_true", help="never show progress bars")
    report.add_argument("--debug", action="store_true", help="show tracebacks of errors")
    report.set_defaults(func=_cmd_report)

    fix = sub.add_parser("fix", help="apply the fixes that are certain to the translations; list the rest",
                         description="Apply the safe fixes (`mtcheck rules` shows which checks have them) to the "
                         "translated files. Without --in-place or -o, print the diff and write nothing.")
    fix.add_argument("paths", nargs="+", metavar="PATH", help="folder or file")
    fix.add_argument("--diff", action="store_true", help="print the unified diff (the default when nothing is written)")
    where = fix.add_mutually_exclusive_group()
    where.add_argument("--in-place", action="store_true", help="rewrite the translated files")
    where.add_argument("-o", "--output-dir", type=Path, metavar="DIR",
                       help="write the fixed files under DIR, at their paths under the folder named (only files that change)")
    fix.add_argument("--select", type=_codes, metavar="CODES", help="only these checks' fixes (codes, prefixes, names)")
    fix.add_argument("--ignore", type=_codes, metavar="CODES", help="not these checks' fixes")
    fix.add_argument("--config", type=Path, metavar="FILE", help="settings file, as for report")
    fix.add_argument("--source-lang", metavar="LANG")
    fix.add_argument("--target-lang", metavar="LANG")
    fix.add_argument("--termbase", dest="termbases", action="append", metavar="FILE", help="as for report")
    fix.add_argument("--debug", action="store_true", help="show tracebacks of errors")
    fix.set_defaults(func=_cmd_fix)

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
    align.add_argument("--source-lang", metavar="LANG", help="default: the source-lang setting (en)")
    align.add_argument("--target-lang", metavar="LANG", help="default: the target-lang setting (fr)")
    align.set_defaults(func=_cmd_align)

    cache = sub.add_parser("cache", help="show or empty the back-translation cache")
    cache.add_argument("action", choices=["info", "clear"])
    cache.add_argument("--cache-dir", metavar="DIR", help="the cache to act on (default: the user cache directory)")
    cache.set_defaults(func=_cmd_cache)

    model = sub.add_parser("model", help="prepare back-translation models")
    model_sub = model.add_subparsers(dest="model_command", required=True, metavar="ACTION")
    convert = model_sub.add_parser("convert", help="convert a Marian model to CTranslate2 (the fast backend)")
    convert.add_argument("source", metavar="SRC", help="hub id or local transformers model directory")
    convert.add_argument("destination", type=Path, metavar="DST", help="directory to write the converted model to")
    convert.add_argument("--quantization", default="int8", help="int8 (default), int8_float32, int16, float16 or float32")
    convert.add_argument("--force", action="store_true", help="overwrite DST if it is not empty")
    convert.set_defaults(func=_cmd_model_convert)
    return parser


def _codes(value: str) -> tuple[str, ...]:
    return tuple(v.strip() for v in value.split(",") if v.strip())


def _setting(key: str) -> Callable[[str], Any]:
    """An argparse type that parses a flag as the settings file parses ``key``: one rule, one message."""
    def parse(value: str) -> Any:
        from mtcheck.config import OPTIONS

        try:
            return OPTIONS[key].parse(value)
        except ValueError as err:
            raise argparse.ArgumentTypeError(str(err)) from None

    return parse


def _cmd_report(args: argparse.Namespace) -> int:
    from mtcheck import baseline, pipeline
    from mtcheck import config as settings
    from mtcheck.report import BINARY_WRITERS, WRITERS, OutputFormat

    names = {o.field for o in settings.OPTIONS.values()}
    flags = {k: v for k, v in vars(args).items() if k in names}
    if flags.get("termbases"):
        flags["termbases"] = tuple(flags["termbases"])
    config = settings.load(tuple(args.paths), flags, config_file=args.config)
    config = replace(config, progress=not args.no_progress and sys.stderr.isatty())
    if OutputFormat(config.format) in BINARY_WRITERS and not args.output and sys.stdout.isatty():
        raise ConfigError(f"--format {config.format} writes a binary file: give -o FILE.{config.format}")
    _check_paths(config.termbases, (args.output, args.write_baseline))
    if args.show_settings:
        sys.stdout.write(settings.show(config))
        return EXIT_OK
    known = baseline.load(args.baseline) if args.baseline else None
    if args.changed_only and known is None:
        raise ConfigError("--changed-only needs --baseline FILE: it skips documents unchanged since that baseline")
    if args.changed_only and known is not None:
        config = replace(config, baseline_hashes=dict(known.get("documents", {})))
    report = pipeline.run(config)
    if args.write_baseline:
        count = baseline.write(report.corpus.documents, args.write_baseline)
        print(f"mtcheck: wrote {count} findings to the baseline {args.write_baseline}", file=sys.stderr)
    if known is not None:
        carried = baseline.unchanged(known, report.corpus.documents) if args.changed_only else set()
        report.baseline = baseline.compare(known, str(args.baseline), report.corpus.documents, carried)
    for problem in report.corpus.problems:
        print(f"mtcheck: error: {problem}", file=sys.stderr)
    fmt = OutputFormat(config.format)
    if fmt in BINARY_WRITERS:
        data = io.BytesIO()
        BINARY_WRITERS[fmt](report, data)
        _write_output(args.output, data.getvalue())
        return exit_status(report)
    buffer = io.StringIO()
    if fmt is OutputFormat.TEXT:
        from mtcheck.report import text

        colour = {"always": True, "never": False}.get(args.color)
        if colour is None:
            colour = args.output is None and sys.stdout.isatty() and "NO_COLOR" not in os.environ
        text.write(report, buffer, colour=colour)
    else:
        WRITERS[fmt](report, buffer)
    _write_output(args.output, buffer.getvalue())
    return exit_status(report)


def _write_output(output: str | None, data: str | bytes) -> None:
    """The report to ``output`` (a file, UTF-8 for text) or to standard output."""
    if not output and isinstance(data, str):
        sys.stdout.write(data)
        return
    if not output:
        sys.stdout.flush()
        sys.stdout.buffer.write(data)
        sys.stdout.buffer.flush()
        return
    try:
        Path(output).write_bytes(data.encode("utf-8") if isinstance(data, str) else data)
    except OSError as err:
        raise ConfigError(f"{output}: cannot write the report ({err.strerror or first_line(err)})") from None


def _check_paths(termbases: Sequence[str], outputs: Sequence[str | Path | None]) -> None:
    """Fail before the corpus is read, not after: a termbase that is no file, an output whose folder
    does not exist or cannot be written."""
    for termbase in termbases:
        if not Path(termbase).is_file():
            raise ConfigError(f"{termbase}: no such termbase file (--termbase)")
    for output in outputs:
        if output is None or str(output) == "-":
            continue
        folder = Path(output).parent
        if not folder.is_dir():
            raise ConfigError(f"{output}: the folder {folder} does not exist; create it or write elsewhere")
        if not os.access(folder, os.W_OK):
            raise ConfigError(f"{output}: the folder {folder} is not writable")


def exit_status(report: object) -> int:
    """2 when an input could not be read, 1 when a finding reaches ``--fail-on``, else 0."""
    from mtcheck.pipeline import Report

    assert isinstance(report, Report)
    if report.corpus.problems:
        return EXIT_ERROR
    threshold = report.config.fail_on.rank
    return EXIT_FINDINGS if any(f.severity.rank >= threshold for f in report.findings()) else EXIT_OK


def _cmd_fix(args: argparse.Namespace) -> int:
    from mtcheck import config as settings
    from mtcheck import fix, pipeline
    from mtcheck.report.locations import file_place
    from mtcheck.report.text import plural

    if "-" in args.paths:
        raise ConfigError("fix rewrites files: name them instead of - (standard input)")
    flags = {k: v for k in ("select", "ignore", "source_lang", "target_lang") if (v := getattr(args, k))}
    if args.termbases:
        flags["termbases"] = tuple(args.termbases)
    config = replace(settings.load(tuple(args.paths), flags, config_file=args.config),
                     backtranslation=False, progress=False)
    _check_paths(config.termbases, ())
    report = pipeline.run(config)
    for problem in report.corpus.problems:
        print(f"mtcheck: error: {problem}", file=sys.stderr)
    changes = fix.plan(report.corpus.documents)
    if args.diff or not (args.in_place or args.output_dir):
        sys.stdout.write("".join(f.diff() for f in changes.files))
    for change in changes.files:
        if args.in_place:
            fix.write(change, Path(change.path))
        elif args.output_dir:
            fix.write(change, args.output_dir / _under(Path(change.path), args.paths))
    docs = {d.id: d for d in report.corpus.documents}
    for finding, reason in changes.left:
        doc = docs[finding.doc_id]
        line, col = file_place(doc, finding.start, finding.end)
        title = finding.fix.title if finding.fix else ""
        print(f"{doc.path}:{line}:{col}: {finding.code} not fixed ({reason}): {title}", file=sys.stderr)
    verb = "fixed" if args.in_place or args.output_dir else "would fix"
    print(f"mtcheck: {verb} {plural(len(changes.applied), 'finding')} in {plural(len(changes.files), 'file')}; "
          f"{len(changes.left)} left for a person", file=sys.stderr)
    return EXIT_ERROR if report.corpus.problems else EXIT_OK


def _under(path: Path, named: Sequence[str]) -> Path:
    """``path`` relative to the folder named on the command line that holds it (its name for a file)."""
    for raw in named:
        folder = Path(raw)
        if folder.is_dir() and path.resolve().is_relative_to(folder.resolve()):
            return path.resolve().relative_to(folder.resolve())
    return Path(path.name)


def _cmd_rules(args: argparse.Namespace) -> int:
    from mtcheck.checks import ALL_CHECKS
    from mtcheck.checks.pages import url

    if args.format == "json":
        rows = [
            {"code": c.code, "name": c.name, "category": c.category, "severity": c.severity.value,
             "status": c.status, "default": c.default, "fix": c.fix_safety, "summary": c.summary(), "url": url(c)}
            for c in ALL_CHECKS
        ]
        print(jsonlib.dumps(rows, indent=2, ensure_ascii=False))
        return EXIT_OK
    print(f"{'code':<6} {'name':<24} {'category':<16} {'severity':<8} on   {'fix':<9} summary")
    for c in ALL_CHECKS:
        on = "yes" if c.default and c.status == "stable" else "no"
        fix = "" if c.fix_safety == "none" else c.fix_safety
        print(f"{c.code:<6} {c.name:<24} {c.category:<16} {c.severity.value:<8} {on:<4} {fix:<9} {c.summary()}")
    return EXIT_OK


def _cmd_explain(args: argparse.Namespace) -> int:
    import inspect

    from mtcheck.checks import ALL_CHECKS

    for c in ALL_CHECKS:
        if args.check.upper() == c.code or args.check == c.name or args.check.upper() in c.aliases:
            from mtcheck.checks.pages import url

            fix = "" if c.fix_safety == "none" else f", fix: {c.fix_safety}"
            print(f"{c.code} {c.name} ({c.category}, {c.severity.value}, {c.status}{fix})\n")
            print(inspect.cleandoc(c.__doc__ or ""))
            print(f"\nExamples and settings: {url(c)}")
            return EXIT_OK
    raise ConfigError(f"no check named '{args.check}'; `mtcheck rules` lists them")


def _cmd_align(args: argparse.Namespace) -> int:
    from mtcheck.align import align, length_ratio
    from mtcheck.config import load
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
    flags = {name: getattr(args, name) for name in ("source_lang", "target_lang") if getattr(args, name)}
    config = load((), flags)  # the languages come from flags, MTCHECK_* or the config file, like report's
    beads = align(src, tgt, ratio=length_ratio(config.source_lang, config.target_lang))
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


def _cmd_cache(args: argparse.Namespace) -> int:
    from mtcheck.config import load
    from mtcheck.mt.cache import TranslationCache, cache_dir

    cache = TranslationCache(cache_dir(load((), {"cache_dir": args.cache_dir}).cache_dir))
    if args.action == "clear":
        print(f"removed {cache.clear()} back-translations and every stored stage result from {cache.path}")
        return EXIT_OK
    info = cache.info()
    print(f"cache: {info.path}\nentries: {info.entries}\nsize: {info.size_bytes / 1e6:.1f} MB")
    for model, count in info.by_model.items():
        print(f"  {count:>8}  {model}")
    for stage, count in info.results.items():
        print(f"  {count:>8}  {stage} results (one per document)")
    return EXIT_OK


def _cmd_model_convert(args: argparse.Namespace) -> int:
    from mtcheck.mt.ct2 import convert

    out = convert(args.source, args.destination, quantization=args.quantization, force=args.force)
    print(f"converted {args.source} to {out} ({args.quantization}); use it with --model {out}")
    return EXIT_OK
