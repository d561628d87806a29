"""A persistent cache: one SQLite file under the user cache directory.

It holds back-translations, keyed by sha256(engine key, text), where the engine key names the
backend, the model fingerprint and the decoding settings, so a cached translation is reused only
by the exact same model run the exact same way; and the per-document results of the stages that
read one document at a time (see ``mtcheck.memo``), so a second run over unchanged documents
does only the corpus-wide work. The file is in WAL mode and every write is one short
``BEGIN IMMEDIATE`` transaction, so two mtcheck processes can read and fill the same cache at once.
"""

from __future__ import annotations

import contextlib
import hashlib
import os
import sqlite3
import sys
import time
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path

from mtcheck.errors import ConfigError
from mtcheck.mt.engine import Translation
from mtcheck.mt.files import file_sha256

FILE_NAME = "backtranslations.sqlite3"
_TIMEOUT = 60
"""Seconds a process waits for another one's write lock on the cache file."""
_CHUNK = 500
"""Keys per SELECT: well under SQLite's limit on bound parameters."""

_SCHEMA = """
CREATE TABLE IF NOT EXISTS translations (
    key BLOB PRIMARY KEY, model TEXT NOT NULL, translation TEXT NOT NULL, logprob REAL NOT NULL, created REAL NOT NULL
) WITHOUT ROWID;
CREATE TABLE IF NOT EXISTS results (
    key BLOB PRIMARY KEY, stage TEXT NOT NULL, value TEXT NOT NULL, created REAL NOT NULL
) WITHOUT ROWID;
CREATE TABLE IF NOT EXISTS file_digests (
    path TEXT PRIMARY KEY, size INTEGER NOT NULL, mtime_ns INTEGER NOT NULL, sha256 TEXT NOT NULL
);
"""


def cache_dir(configured: str | None = None) -> Path:
    """The ``cache-dir`` setting (flag, ``MTCHECK_CACHE_DIR`` or config file), else the platform's
    user cache directory plus ``mtcheck``."""
    if configured:
        return Path(configured).expanduser()
    if sys.platform == "win32":
        return Path(os.environ.get("LOCALAPPDATA", Path.home() / "AppData" / "Local")) / "mtcheck" / "Cache"
    if sys.platform == "darwin":
        return Path.home() / "Library" / "Caches" / "mtcheck"
    return Path(os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache") / "mtcheck"


@dataclass(frozen=True, slots=True)
class CacheInfo:
    """What ``mtcheck cache info`` prints."""

    path: Path
    entries: int
    size_bytes: int
    by_model: dict[str, int]
    results: dict[str, int]
    """Per-document stage results, by stage."""


class TranslationCache:
    """Back-translations by (engine key, text), and model file digests by (path, size, mtime)."""

    def __init__(self, directory: Path) -> None:
        self.path = directory / FILE_NAME
        try:
            directory.mkdir(parents=True, exist_ok=True)
            try:
                self._open()
            except sqlite3.DatabaseError as err:
                if isinstance(err, sqlite3.OperationalError):
                    raise  # locked or unreadable: not ours to move
                self._set_aside(err)  # the cache is an optimisation: a damaged one is rebuilt
                self._open()
        except (OSError, sqlite3.Error) as err:
            raise ConfigError(f"{self.path}: cannot open the back-translation cache ({err}); "
                              "use --cache-dir DIR or --no-cache") from None

    def _open(self) -> None:
        self._db = sqlite3.connect(self.path, timeout=_TIMEOUT, isolation_level=None)
        try:
            self._set_up()
        except sqlite3.Error:
            self._db.close()
            raise

    def _set_aside(self, err: Exception) -> None:
        """Rename a file that is no cache of ours (or a damaged one) and say so in one line."""
        aside = self.path.with_name(f"{self.path.name}.damaged-{int(time.time())}")
        self.path.replace(aside)
        for suffix in ("-wal", "-shm"):
            Path(f"{self.path}{suffix}").unlink(missing_ok=True)
        print(f"mtcheck: warning: {self.path}: not a usable cache ({err}); moved to {aside.name} and started afresh",
              file=sys.stderr)

    def get_many(self, engine_key: str, texts: Sequence[str]) -> dict[str, Translation]:
        """The cached translations of those ``texts`` that have one."""
        keys = {_key(engine_key, t): t for t in texts}
        found: dict[str, Translation] = {}
        ids = list(keys)
        for i in range(0, len(ids), _CHUNK):
            chunk = ids[i : i + _CHUNK]
            rows = self._db.execute(
                f"SELECT key, translation, logprob FROM translations WHERE key IN ({','.join('?' * len(chunk))})", chunk
            )
            for key, translation, logprob in rows:
                found[keys[key]] = Translation(translation, logprob)
        return found

    def put_many(self, engine_key: str, model: str, items: Iterable[tuple[str, Translation]]) -> None:
        """Store translations in one transaction (another process may be writing too: SQLite waits)."""
        now = time.time()
        rows = [(_key(engine_key, text), model, t.text, t.logprob, now) for text, t in items]
        with self._transaction():
            self._db.executemany("INSERT OR REPLACE INTO translations VALUES (?, ?, ?, ?, ?)", rows)

    def get_results(self, keys: Sequence[bytes]) -> dict[bytes, str]:
        """Stored stage results (JSON text) of those ``keys`` that have one."""
        found: dict[bytes, str] = {}
        for i in range(0, len(keys), _CHUNK):
            chunk = list(keys[i : i + _CHUNK])
            rows = self._db.execute(f"SELECT key, value FROM results WHERE key IN ({','.join('?' * len(chunk))})", chunk)
            found.update(rows)
        return found

    def put_results(self, stage: str, items: Iterable[tuple[bytes, str]]) -> None:
        """Store stage results in one transaction."""
        now = time.time()
        rows = [(key, stage, value, now) for key, value in items]
        if rows:
            with self._transaction():
                self._db.executemany("INSERT OR REPLACE INTO results VALUES (?, ?, ?, ?)", rows)

    def file_digest(self, path: Path) -> str:
        """sha256 of a file, hashed again only when its size or modification time changed."""
        real = path.resolve()
        stat = real.stat()
        row = self._db.execute(
            "SELECT sha256 FROM file_digests WHERE path = ? AND size = ? AND mtime_ns = ?",
            (str(real), stat.st_size, stat.st_mtime_ns),
        ).fetchone()
        if row:
            return str(row[0])
        digest = file_sha256(real)
        with self._transaction():
            self._db.execute("INSERT OR REPLACE INTO file_digests VALUES (?, ?, ?, ?)",
                             (str(real), stat.st_size, stat.st_mtime_ns, digest))
        return digest

    def info(self) -> CacheInfo:
        """Entries in total and per model, and the size of the cache files on disk."""
        entries = self._db.execute("SELECT COUNT(*) FROM translations").fetchone()[0]
        by_model = dict(self._db.execute("SELECT model, COUNT(*) FROM translations GROUP BY model ORDER BY model"))
        results = dict(self._db.execute("SELECT stage, COUNT(*) FROM results GROUP BY stage ORDER BY stage"))
        size = sum(p.stat().st_size for p in self.path.parent.glob(FILE_NAME + "*") if p.is_file())
        return CacheInfo(self.path, entries, size, by_model, results)

    def clear(self) -> int:
        """Delete every entry and give the space back; returns how many translations were removed."""
        with self._transaction():
            removed = self._db.execute("DELETE FROM translations").rowcount
            self._db.execute("DELETE FROM results")
            self._db.execute("DELETE FROM file_digests")
        self._db.execute("VACUUM")
        return removed

    def close(self) -> None:
        """Close the database (the WAL is checkpointed by SQLite when the last connection closes)."""
        self._db.close()

    def _set_up(self) -> None:
        """WAL mode and the tables. Two processes opening a new file at once can get "database is
        locked" at once, without SQLite's busy wait (switching to WAL, or a schema read upgraded to
        a write): so the tables are made in a ``BEGIN IMMEDIATE`` transaction, and both steps are
        retried until the timeout."""
        deadline = time.monotonic() + _TIMEOUT
        while True:
            try:
                self._db.execute("PRAGMA journal_mode=WAL")
                self._db.execute("PRAGMA synchronous=NORMAL")
                with self._transaction():
                    for statement in _SCHEMA.split(";"):
                        if statement.strip():
                            self._db.execute(statement)
                return
            except sqlite3.OperationalError as err:
                if "locked" not in str(err) or time.monotonic() > deadline:
                    raise
                time.sleep(0.05)

    @contextlib.contextmanager
    def _transaction(self) -> Iterator[None]:
        """``BEGIN IMMEDIATE`` takes the write lock up front, so two writers queue instead of deadlocking."""
        self._db.execute("BEGIN IMMEDIATE")
        try:
            yield
        except BaseException:
            self._db.execute("ROLLBACK")
            raise
        self._db.execute("COMMIT")


def _key(engine_key: str, text: str) -> bytes:
    return hashlib.sha256(f"{engine_key}\0{text}".encode()).digest()
