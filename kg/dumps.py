"""The downloadable dumps of a release, written after it is published and apart from it.

Serialising and compressing 100,000 events takes about two minutes, twenty times what a one-record
change needs to publish, so publishing does not wait for it: `kg build` switches to the new release
and starts a detached `kg dumps` process that writes the dumps of the release being served.

Never half-written: each file is written under a hidden temporary name and renamed when complete,
SHA256SUMS last; a release's dumps are complete when its SHA256SUMS exists. Until then the server
answers a request for them with 503 and Retry-After, and /dumps/latest/… goes to the newest release
whose dumps are complete (as Wikimedia's "latest" dump links point at the last finished run).
One writer at a time (dumps.lock, held for its whole run, so released when it dies); it writes
again while the release served has no dumps, so the dumps of the newest release are always written,
whichever build started the writer; a release superseded while its dumps are written is left for
the one now served. A writer that died (killed, out of memory, machine restarted) is
replaced by the next `kg build`, even one that publishes nothing, by the next server start
(`kg serve`, or the production server's master: once, not per worker), and, while a server runs, by the next
request for the release's dumps, when the release served has no complete dumps and nobody holds
the lock. What writers print goes to dumps.log in the store directory, kept
to LOG_LIMIT bytes (the one before is dumps.log.1).
"""

from __future__ import annotations

import fcntl
import gzip
import hashlib
import os
import subprocess
import sys
import threading
import time
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import IO, Any

from kg.errors import StoreError
from kg.export import DUMPS
from kg.store import Release, ReleaseDirectory, dump_dataset, open_read_only
from kg.vocab import prefixes

SUMS = "SHA256SUMS"
RETRY_AFTER_S = 120  # what the server asks a client to wait for dumps being written
LOG = "dumps.log"  # in the store directory: what the background writer printed
LOG_LIMIT = 1_000_000  # bytes; past it the log is renamed dumps.log.1 (the older one dropped)
LOCK = "dumps.lock"
CHECK_BYTES = 8 << 20  # how much a dump writes between two looks at whether its release is still served


class Superseded(Exception):
    """The release whose dumps were being written is no longer the one served: its dumps are not needed."""


class _StopWhenSuperseded:
    """An output that stops a dump (raises Superseded) once `still_served()` says no, looked at every
    CHECK_BYTES: a writer busy on a release that a newer build replaced moves on to the newer one
    instead of finishing minutes of dumps nobody will be served."""

    def __init__(self, output: Any, still_served: Callable[[], bool]):
        self.output, self.still_served = output, still_served
        self.next_check = CHECK_BYTES
        self.written = 0

    def write(self, data: bytes) -> int:
        self.written += len(data)
        if self.written >= self.next_check:
            self.next_check = self.written + CHECK_BYTES
            if not self.still_served():
                raise Superseded
        return self.output.write(data)

    def flush(self) -> None:
        self.output.flush()


def dumps_folder(release: Release) -> Path:
    return release.artifacts / "dumps"


def complete(release: Release) -> bool:
    return (dumps_folder(release) / SUMS).is_file()


def write_dumps(
    directory: Path,
    store: Any,
    prefixes: dict[str, str] | None = None,
    still_served: Callable[[], bool] = lambda: True,
) -> dict[str, str]:
    """Gzipped N-Quads and Turtle of the whole release, and a SHA256SUMS file; returns the sums.
    Raises Superseded, leaving no dump file, once `still_served()` says the release is no longer served."""
    directory.mkdir(parents=True, exist_ok=True)

    def write(name: str, media_type: str) -> str:
        path, partial = directory / name, directory / f".{name}.partial"
        try:
            with gzip.open(partial, "wb", compresslevel=6) as output:
                dump_dataset(store, _StopWhenSuperseded(output, still_served), media_type, prefixes)
        except Superseded:
            partial.unlink(missing_ok=True)
            raise
        digest = hashlib.sha256(partial.read_bytes()).hexdigest()
        partial.replace(path)  # never served half-written
        return digest

    with ThreadPoolExecutor(len(DUMPS)) as pool:  # compression and serialisation release the GIL: both cores
        sums = dict(zip((name for name, _ in DUMPS), pool.map(lambda dump: write(*dump), DUMPS), strict=True))
    partial = directory / f".{SUMS}.partial"
    partial.write_text("".join(f"{digest}  {name}\n" for name, digest in sums.items()))
    partial.replace(directory / SUMS)  # last: the dumps are complete
    return sums


def write_missing(root: Path, held_lock: int | None = None) -> list[str]:
    """Write the dumps of the release being served if it has none, until the served one has them
    (a newer release may be published meanwhile); returns the releases whose dumps were written.
    `held_lock`: a descriptor of dumps.lock already locked for this writer (see restart_writer)."""
    directory = ReleaseDirectory(root)
    written: list[str] = []
    with open(held_lock, "a", closefd=True) if held_lock is not None else _lock_file(root) as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)  # wait for a writer already at work (a held lock: at once)
        while (release := directory.current()) is not None and not complete(release):
            if release.id in written:  # written, yet gone: pruned by newer builds meanwhile
                break
            try:
                still_served = lambda release=release: directory.current() == release  # noqa: E731
                write_dumps(dumps_folder(release), open_read_only(release), prefixes(release.base), still_served)
            except Superseded:
                continue  # a newer release is served: write its dumps instead
            except (OSError, StoreError):
                if directory.current() == release:  # not a newer build pruning it meanwhile
                    raise
            written.append(release.id)
    return written


def start_writer(root: Path, reason: str = "", held_lock: IO[str] | None = None) -> int:
    """Start `kg dumps` for this store as a detached process (it outlives the build); its pid.
    `held_lock`: dumps.lock, locked by the caller, which the writer then holds from its first
    instant (the caller may close its own descriptor)."""
    passed = () if held_lock is None else (held_lock.fileno(),)
    log_path = root / LOG
    if log_path.is_file() and log_path.stat().st_size > LOG_LIMIT:
        log_path.replace(root / f"{LOG}.1")
    with open(log_path, "ab") as log:
        if reason:
            log.write(f"{time.strftime('%Y-%m-%dT%H:%M:%SZ', time.gmtime())} {reason}\n".encode())
            log.flush()
        process = subprocess.Popen(
            [sys.executable, "-m", "kg", "dumps", "--store", str(root), *(f"--held-lock={fd}" for fd in passed)],
            pass_fds=passed,
            stdin=subprocess.DEVNULL,
            stdout=log,
            stderr=log,
            start_new_session=True,  # not killed with the build's process group
            env={**os.environ},
        )
    threading.Thread(target=process.wait, daemon=True).start()  # no zombie in a long-running server
    return process.pid


def _lock_file(root: Path) -> IO[str]:
    """dumps.lock, opened to be locked; a store directory that cannot be written is a StoreError."""
    try:
        return open(root / LOCK, "a")  # noqa: SIM115 - the caller closes it
    except OSError as err:
        raise StoreError(f"cannot write the store directory {root}: {err.strerror}") from None


def restart_writer(root: Path) -> int | None:
    """Start a writer when the release served has no complete dumps and no writer is at work (it
    died, or never started); its pid, else None. A writer that is just finishing has already seen
    the release served complete, and a build that switches after that starts one of its own.

    dumps.lock is taken here and handed to the new writer, so that of several server processes
    noticing the same dead writer at once, one starts a writer and the others see it at work."""
    release = ReleaseDirectory(root).current()
    if release is None or complete(release):
        return None
    with _lock_file(root) as lock:
        try:
            fcntl.flock(lock, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            return None  # a writer at work
        if complete(release):  # a writer finished meanwhile
            return None
        reason = f"release {release.id} has no dumps and no writer is at work: writing them"
        return start_writer(root, reason, held_lock=lock)


def replace_dead_writer(root: Path, say: Callable[[str], None]) -> int | None:
    """restart_writer, for a build that published nothing and for a server starting: says what it
    did; a store directory it cannot write is said, not raised (serving goes on without dumps)."""
    try:
        pid = restart_writer(root)
    except (OSError, StoreError) as err:
        say(f"dumps: {err}")
        return None
    if pid is not None:
        say(f"the dumps of the release served are missing and no writer is at work: started kg dumps (pid {pid})")
    return pid
