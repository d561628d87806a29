"""The settings of one run, and where each came from.

Layers, later ones winning: built-in defaults < the config file (``mtcheck.toml``, or
``[tool.mtcheck]`` in ``pyproject.toml``, the nearest one from the working directory upward, as
ruff finds its own) < ``MTCHECK_*`` environment variables < command-line flags. Every setting is
declared once in ``OPTIONS``; the flags, the file keys, the environment twins and
``--show-settings`` all come from that table, so they cannot drift apart.
"""

from __future__ import annotations

import difflib
import os
import tomllib
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field, fields
from pathlib import Path
from typing import Any

from mtcheck.errors import ConfigError
from mtcheck.model import Severity

CONFIG_FILES = ("mtcheck.toml", "pyproject.toml")
"""Looked for in this order in each directory from the working directory up to the root."""


@dataclass(frozen=True, slots=True)
class Config:
    """Everything that decides what a run reads, computes and reports."""

    paths: tuple[str, ...]
    source_lang: str = "en"
    target_lang: str = "fr"
    backtranslation: bool = True
    """Try to back-translate; when the model cannot be loaded the run goes on without it."""
    require_backtranslation: bool = False
    """Make a model that cannot be loaded an error (exit 2) instead of a skipped stage."""
    model: str | None = None
    """Hub id or local directory; ``None`` picks the OPUS-MT model for the language pair."""
    backend: str = "auto"
    """``transformers``, ``ctranslate2``, or ``auto``: ctranslate2 for a converted model directory."""
    num_beams: int = 1
    max_length: int | None = None
    """Most new tokens per back-translation; ``None`` takes the model's own limit."""
    batch_tokens: int = 2048
    device: str = "auto"
    """Where back-translation runs: ``auto`` (a CUDA GPU when the backend sees one), ``cpu``, ``cuda[:N]``."""
    cache: bool = True
    ner: bool = False
    """Also take the spans of spaCy's French named-entity recogniser as name candidates (slower)."""
    name_alignment: bool = True
    """Follow every name of a source sentence into its translation (the names checks with a source)."""
    cache_dir: str | None = None
    """Where the back-translation cache lives; ``None`` is the user cache directory."""
    termbases: tuple[str, ...] = ()
    """Termbases given with --termbase or in the config file; those in the corpus folders are added."""
    select: tuple[str, ...] = ()
    extend_select: tuple[str, ...] = ()
    ignore: tuple[str, ...] = ()
    preview: bool = False
    severity: Mapping[str, Severity] = field(default_factory=dict)
    """Severity overrides by check code, name or category (``{"typography": "info"}``)."""
    fail_on: Severity = Severity.ERROR
    low_score_chrf: float | None = None
    """BT001 flags every segment whose chrF is below this, whatever the distribution."""
    low_score_z: float = 3.5
    """BT001 flags a segment this many robust standard deviations below its document and corpus."""
    format: str = "text"
    baseline_hashes: Mapping[str, str] = field(default_factory=dict)
    """``--changed-only``: content hashes by document id from the baseline; a document whose content
    still has its recorded hash gets no model work."""
    progress: bool = False
    """Show progress bars on stderr (the CLI turns this on for terminals only)."""
    executor: str = "local"
    """``local`` (``--jobs`` processes on this machine) or ``ray``."""
    ray_address: str | None = None
    """The Ray cluster of ``--executor ray``; ``None`` starts a local one for the run."""
    jobs: int | None = None
    """Processes for the per-document stages (language, checks); ``None`` is one per core. The
    report is the same whatever the number."""
    origins: Mapping[str, str] = field(default_factory=dict)
    """Where each setting's value came from: ``default``, a config file, ``MTCHECK_X`` or ``--flag``."""


def _as_bool(value: Any) -> bool:
    if isinstance(value, bool):
        return value
    text = str(value).strip().lower()
    if text in {"1", "true", "yes", "on"}:
        return True
    if text in {"0", "false", "no", "off", ""}:
        return False
    raise ValueError("must be true or false")


def _as_list(value: Any) -> tuple[str, ...]:
    if isinstance(value, str):
        return tuple(v.strip() for v in value.split(",") if v.strip())
    if isinstance(value, list | tuple) and all(isinstance(v, str) for v in value):
        return tuple(value)
    raise ValueError("must be a list of strings or a comma-separated string")


def _as_severity(value: Any) -> Severity:
    try:
        return Severity(str(value))
    except ValueError:
        raise ValueError(f"must be one of {', '.join(s.value for s in Severity)}") from None


def _as_severity_table(value: Any) -> dict[str, Severity]:
    if isinstance(value, str):  # the environment and flag form: "typography=info,NE004=error"
        value = dict(part.split("=", 1) for part in _as_list(value) if "=" in part)
    if not isinstance(value, Mapping):
        raise ValueError("must be a table of selector = severity")
    return {str(k): _as_severity(v) for k, v in value.items()}


def _choice(*allowed: str) -> Callable[[Any], str]:
    def parse(value: Any) -> str:
        if str(value) not in allowed:
            raise ValueError(f"must be one of {', '.join(allowed)}")
        return str(value)

    return parse


def _device(value: Any) -> str:
    from mtcheck.mt.device import DEVICES

    if not isinstance(value, str) or not DEVICES.match(value):
        raise ValueError("must be auto, cpu, cuda or cuda:N")
    return value


def _positive_int(value: Any) -> int:
    number = int(value)
    if number < 1 or isinstance(value, bool):
        raise ValueError("must be a whole number ≥ 1")
    return number


@dataclass(frozen=True, slots=True)
class Option:
    """One setting: its file key (kebab-case), how to read a value, whether it is a path."""

    key: str
    parse: Callable[[Any], Any]
    help: str
    path: bool = False
    """Relative paths in a config file are relative to that file's directory."""
    attribute: str | None = None
    """The ``Config`` field, when it is not the key in snake_case."""

    @property
    def field(self) -> str:
        return self.attribute or self.key.replace("-", "_")

    @property
    def env(self) -> str:
        return "MTCHECK_" + self.field.upper()


OPTIONS: dict[str, Option] = {o.key: o for o in (
    Option("source-lang", str, "language of the source texts"),
    Option("target-lang", str, "language of the translations"),
    Option("backtranslation", _as_bool, "back-translate the target sentences with an MT model"),
    Option("require-backtranslation", _as_bool, "exit 2 when the back-translation model cannot be loaded"),
    Option("model", str, "back-translation model: hub id or local directory", path=True),
    Option("backend", _choice("auto", "transformers", "ctranslate2"), "back-translation backend"),
    Option("num-beams", _positive_int, "beam size of the back-translation (1: greedy)"),
    Option("jobs", _positive_int, "processes for the per-document stages (default: one per core)"),
    Option("executor", _choice("local", "ray"), "where per-document work runs: local processes or a Ray cluster"),
    Option("ray-address", str, "the Ray cluster of executor = ray (default: a local one started for the run)"),
    Option("device", _device, "where back-translation runs: auto, cpu, cuda or cuda:N"),
    Option("max-length", _positive_int, "most new tokens per back-translation"),
    Option("batch-tokens", _positive_int, "token budget of one back-translation batch"),
    Option("cache", _as_bool, "keep back-translations in the persistent cache"),
    Option("cache-dir", str, "directory of the back-translation cache", path=True),
    Option("ner", _as_bool, "find names with spaCy's French named-entity recogniser too (slower)"),
    Option("name-alignment", _as_bool, "follow every name of a source sentence into its translation"),
    Option("termbase", _as_list, "termbase files (a list)", path=True, attribute="termbases"),
    Option("select", _as_list, "checks to run (codes, prefixes, names, categories, ALL)"),
    Option("extend-select", _as_list, "checks to run on top of the default ones"),
    Option("ignore", _as_list, "checks not to run"),
    Option("preview", _as_bool, "also run checks in preview"),
    Option("severity", _as_severity_table, "severity overrides by code, name or category"),
    Option("fail-on", _as_severity, "exit 1 when a finding has this severity or worse"),
    Option("low-score-chrf", float, "BT001: flag segments whose chrF is below this"),
    Option("low-score-z", float, "BT001: flag segments this many robust deviations below the rest"),
    Option("format", _choice("text", "json", "html", "sarif", "junit", "github", "xlsx"), "report format"),
)}  # fmt: skip


_NEGATED_ENV = {"MTCHECK_NO_BACKTRANSLATION": "backtranslation", "MTCHECK_NO_CACHE": "cache"}
"""The environment twins of the ``--no-…`` flags (``MTCHECK_NO_BACKTRANSLATION=1``)."""


def find_config_file(start: Path) -> Path | None:
    """The nearest ``mtcheck.toml``, or ``pyproject.toml`` with a ``[tool.mtcheck]`` table, from ``start`` up."""
    for directory in (start, *start.parents):
        for name in CONFIG_FILES:
            candidate = directory / name
            if candidate.is_file() and (name == "mtcheck.toml" or _read_toml(candidate).get("tool", {}).get("mtcheck")):
                return candidate
    return None


def load(
    paths: tuple[str, ...],
    flags: Mapping[str, Any],
    cwd: Path | None = None,
    environ: Mapping[str, str] | None = None,
    config_file: Path | None = None,
) -> Config:
    """The effective settings: defaults, then the config file, the environment and ``flags`` (by field name).

    ``config_file`` overrides the search (``--config``); a value that does not parse is a
    ``ConfigError`` naming where it came from.
    """
    environ = os.environ if environ is None else environ
    values: dict[str, Any] = {}
    origins: dict[str, str] = {}
    file = config_file or find_config_file((cwd or Path.cwd()).resolve())
    if file is not None:
        for key, raw in _file_table(file).items():
            option = OPTIONS.get(key)
            if option is None:
                hint = difflib.get_close_matches(key, OPTIONS, n=1)
                raise ConfigError(f"{file}: unknown setting '{key}'" + (f"; did you mean '{hint[0]}'?" if hint else ""))
            values[option.field] = _relative_to(file.parent, option, _parse(option, raw, str(file)))
            origins[option.field] = str(file)
    for option in OPTIONS.values():
        if option.env in environ:
            values[option.field] = _parse(option, environ[option.env], option.env)
            origins[option.field] = option.env
    for env, name in _NEGATED_ENV.items():
        if env in environ:
            values[name] = not _parse(OPTIONS[name], environ[env], env)
            origins[name] = env
    for name, value in flags.items():
        if value is not None:
            values[name] = value
            origins[name] = "--" + name.replace("_", "-")
    known = {f.name for f in fields(Config)}
    config = Config(
        paths=paths,
        **{k: v for k, v in values.items() if k in known},
        origins={o.field: origins.get(o.field, "default") for o in OPTIONS.values()},
    )
    if config.source_lang == config.target_lang:
        raise ConfigError(f"source-lang and target-lang are both '{config.source_lang}'")
    return config


def show(config: Config) -> str:
    """``--show-settings``: every setting, its effective value and where that value came from."""
    rows = []
    for option in OPTIONS.values():
        value = getattr(config, option.field)
        if isinstance(value, tuple):
            value = ", ".join(value) or "(none)"
        elif isinstance(value, Mapping):
            value = ", ".join(f"{k}={v}" for k, v in value.items()) or "(none)"
        elif value is None:
            value = "(automatic)"
        rows.append((option.key, str(value), config.origins.get(option.field, "default")))
    width = max(len(k) for k, _, _ in rows)
    vwidth = max(len(v) for _, v, _ in rows)
    return "\n".join(f"{k:<{width}}  {v:<{vwidth}}  {origin}" for k, v, origin in rows) + "\n"


def _file_table(file: Path) -> dict[str, Any]:
    data = _read_toml(file)
    table = data.get("tool", {}).get("mtcheck", {}) if file.name == "pyproject.toml" else data
    if not isinstance(table, dict):
        raise ConfigError(f"{file}: [tool.mtcheck] must be a table")
    return table


def _read_toml(file: Path) -> dict[str, Any]:
    try:
        return tomllib.loads(file.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError) as err:
        raise ConfigError(f"{file}: not a valid TOML file ({err})") from None


def _parse(option: Option, raw: Any, origin: str) -> Any:
    try:
        return option.parse(raw)
    except (ValueError, TypeError) as err:
        raise ConfigError(f"{origin}: {option.key} = {raw!r}: {err}") from None


def _relative_to(base: Path, option: Option, value: Any) -> Any:
    """Paths written in a config file are relative to it; a model that is a hub id stays as is."""
    if not option.path:
        return value
    if isinstance(value, tuple):
        return tuple(str(base / v) for v in value)
    if option.key == "model" and not (base / value).is_dir():
        return value
    return str(base / Path(value).expanduser())
