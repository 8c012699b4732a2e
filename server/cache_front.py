"""The optional caching front of /sparql: nginx run with server/sparql_cache.nginx.conf.

    python -m server.cache_front --listen 127.0.0.1:8080 --upstream 127.0.0.1:8081 > nginx.conf
    nginx -p /var/cache/eventkg-nginx -c "$PWD/nginx.conf"

`render` fills the configuration's ${KG_...} names (string.Template, as `envsubst` does); `running` starts nginx
with it in a directory of its own and stops it (the benchmark and the tests use it).
"""

from __future__ import annotations

import argparse
import os
import shutil
import signal
import socket
import string
import subprocess
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

TEMPLATE = Path(__file__).with_name("sparql_cache.nginx.conf")
START_S = 20.0


def render(
    listen: str,
    upstream: str,
    valid: str = "1s",
    size: str = "1g",
    recheck: str = "1m",
    workers: str = "1",
    template: Path = TEMPLATE,
) -> str:
    names = {"KG_CACHE_LISTEN": listen, "KG_UPSTREAM": upstream, "KG_CACHE_VALID": valid, "KG_CACHE_SIZE": size}
    names |= {"KG_CACHE_RECHECK": recheck, "KG_CACHE_WORKERS": workers}
    return string.Template(template.read_text()).safe_substitute(names)  # nginx's own $names stay


def nginx_binary() -> str | None:
    """nginx on PATH, or where Debian puts it (/usr/sbin is not on every user's PATH)."""
    return shutil.which("nginx") or shutil.which("nginx", path="/usr/sbin")


@contextmanager
def running(
    directory: Path,
    listen: str,
    upstream: str,
    valid: str = "1s",
    recheck: str = "1m",
    workers: str = "1",
    template: Path = TEMPLATE,
) -> Iterator[str]:
    """nginx in front of `upstream`, its configuration, cache, pid file and error log (error.log)
    in `directory`; yields the front's base URL once it accepts connections. `template`: another
    version of the configuration (the benchmark compares them)."""
    binary = nginx_binary()
    if binary is None:
        raise FileNotFoundError("nginx is not installed (Debian: apt-get install --no-install-recommends nginx)")
    directory.mkdir(parents=True, exist_ok=True)
    config = directory / "nginx.conf"
    config.write_text(render(listen, upstream, valid, recheck=recheck, workers=workers, template=template))
    # as root, nginx's workers would run as "nobody", who cannot write the cache in this directory
    main = "daemon off;" + (" user root;" if os.geteuid() == 0 else "")
    errors = directory / "error.log"  # a file, not a pipe: nobody reads nginx's warnings while it runs
    with errors.open("ab") as log:
        proc = subprocess.Popen(
            [binary, "-p", str(directory), "-c", str(config), "-g", main],
            stdout=subprocess.DEVNULL,
            stderr=log,
            process_group=0,
        )
    try:
        _wait_for(listen, proc, errors)
        yield f"http://{listen}"
    finally:
        proc.send_signal(signal.SIGQUIT)  # graceful: finish the requests in hand
        try:
            proc.wait(20)
        except subprocess.TimeoutExpired:
            os.killpg(proc.pid, signal.SIGKILL)
            proc.wait(5)


def _wait_for(listen: str, proc: subprocess.Popen[bytes], errors: Path) -> None:
    host, _, port = listen.rpartition(":")
    deadline = time.monotonic() + START_S
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            raise RuntimeError(f"nginx stopped at start: {errors.read_text(errors='replace').strip()}")
        try:
            socket.create_connection((host, int(port)), timeout=1).close()
            return
        except OSError:
            time.sleep(0.05)
    raise RuntimeError(f"nginx did not listen on {listen} within {START_S:g} s")


def main() -> None:
    parser = argparse.ArgumentParser(description="print the nginx configuration of the /sparql caching front")
    parser.add_argument("--listen", required=True, help="HOST:PORT the front listens on")
    parser.add_argument("--upstream", required=True, help="HOST:PORT of eventkg (its production server)")
    parser.add_argument(
        "--valid", default="1s", help="how often the release served is asked (a new one is seen within)"
    )
    parser.add_argument("--size", default="1g", help="the cache's largest size on disk")
    parser.add_argument("--recheck", default="1m", help="how often a cached answer is revalidated by its own ETag")
    parser.add_argument("--workers", default="1", help="nginx worker processes (auto: one per core)")
    args = parser.parse_args()
    print(render(args.listen, args.upstream, args.valid, args.size, args.recheck, args.workers), end="")


if __name__ == "__main__":
    main()
