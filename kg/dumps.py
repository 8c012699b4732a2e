"""The downloadable dumps of a release, written after it is published and apart from it.

Serialising and compressing 100,000 events takes about two minutes, twenty times what a one-record
change needs to publish, so publishing does not wait for it: `kg build` switches to the new release
and starts a detached `kg dumps` process that writes the dumps of the release being served.

Never half-written: each file is written under a hidden temporary name and renamed when complete,
SHA256SUMS last; a release's dumps are complete when its SHA256SUMS exists. Until then the server
answers a request for them with 503 and Retry-After, and /dumps/latest/… goes to the newest release
whose dumps are complete (as Wikimedia's "latest" dump links point at the last finished run).
One writer at a time (dumps.lock); it writes again while the release served has no dumps, so the
dumps of the newest release are always written, whichever build started the writer.
"""

from __future__ import annotations

import fcntl
import gzip
import hashlib
import os
import subprocess
import sys
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import Any

from kg.errors import StoreError
from kg.export import DUMPS
from kg.store import Release, ReleaseDirectory, dump_dataset, open_read_only
from kg.vocab import prefixes

SUMS = "SHA256SUMS"
RETRY_AFTER_S = 120  # what the server asks a client to wait for dumps being written
LOG = "dumps.log"  # in the store directory: what the background writer printed


def dumps_folder(release: Release) -> Path:
    return release.artifacts / "dumps"


def complete(release: Release) -> bool:
    return (dumps_folder(release) / SUMS).is_file()


def write_dumps(directory: Path, store: Any, prefixes: dict[str, str] | None = None) -> dict[str, str]:
    """Gzipped N-Quads and Turtle of the whole release, and a SHA256SUMS file; returns the sums."""
    directory.mkdir(parents=True, exist_ok=True)

    def write(name: str, media_type: str) -> str:
        path, partial = directory / name, directory / f".{name}.partial"
        with gzip.open(partial, "wb", compresslevel=6) as output:
            dump_dataset(store, output, media_type, prefixes)
        digest = hashlib.sha256(partial.read_bytes()).hexdigest()
        partial.replace(path)  # never served half-written
        return digest

    with ThreadPoolExecutor(len(DUMPS)) as pool:  # compression and serialisation release the GIL: both cores
        sums = dict(zip((name for name, _ in DUMPS), pool.map(lambda dump: write(*dump), DUMPS), strict=True))
    partial = directory / f".{SUMS}.partial"
    partial.write_text("".join(f"{digest}  {name}\n" for name, digest in sums.items()))
    partial.replace(directory / SUMS)  # last: the dumps are complete
    return sums


def write_missing(root: Path) -> list[str]:
    """Write the dumps of the release being served if it has none, until the served one has them
    (a newer release may be published meanwhile); returns the releases whose dumps were written."""
    directory = ReleaseDirectory(root)
    written: list[str] = []
    try:
        lock = open(root / "dumps.lock", "w")  # noqa: SIM115 - held for the block
    except OSError as err:
        raise StoreError(f"cannot write the store directory {root}: {err.strerror}") from None
    with lock:
        fcntl.flock(lock, fcntl.LOCK_EX)  # wait for a writer already at work
        while (release := directory.current()) is not None and not complete(release):
            if release.id in written:  # written, yet gone: pruned by newer builds meanwhile
                break
            try:
                write_dumps(dumps_folder(release), open_read_only(release), prefixes(release.base))
            except (OSError, StoreError):
                if directory.current() == release:  # not a newer build pruning it meanwhile
                    raise
            written.append(release.id)
    return written


def start_writer(root: Path) -> int:
    """Start `kg dumps` for this store as a detached process (it outlives the build); its pid."""
    with open(root / LOG, "ab") as log:
        process = subprocess.Popen(
            [sys.executable, "-m", "kg", "dumps", "--store", str(root)],
            stdin=subprocess.DEVNULL,
            stdout=log,
            stderr=log,
            start_new_session=True,  # not killed with the build's process group
            env={**os.environ},
        )
    return process.pid
