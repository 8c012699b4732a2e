"""The `kg` command. Each subcommand parses its options and calls one function elsewhere.

Exit codes: 0 ok, 1 the graph does not conform, 2 usage or configuration error,
3 an outside source was unreachable.
"""

from __future__ import annotations

import sys
import traceback
from collections.abc import Callable
from functools import wraps
from pathlib import Path
from typing import Any

import click

from kg import config
from kg.errors import KgError

F = Callable[..., Any]


def settings_options(func: F) -> F:
    """--records, --store and --base, each also read from its environment variable."""
    func = click.option("--base", envvar="KG_BASE", help="Base IRI of minted IRIs [KG_BASE].")(func)
    func = click.option(
        "--store",
        envvar="KG_STORE",
        type=click.Path(path_type=Path),
        help="Store directory [KG_STORE; default var/store].",
    )(func)
    func = click.option(
        "--records",
        envvar="KG_RECORDS",
        type=click.Path(path_type=Path),
        help="Records directory [KG_RECORDS; default data/events].",
    )(func)
    return func


def reports_errors(func: F) -> F:
    """A KgError becomes `error: ...` on stderr and its exit code; --debug adds the traceback."""

    @wraps(func)
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        try:
            return func(*args, **kwargs)
        except KgError as err:
            if click.get_current_context().find_root().params.get("debug"):
                traceback.print_exc()
            click.echo(f"error: {err}", err=True)
            sys.exit(err.exit_code)

    return wrapper


def make_settings(**overrides: Any) -> config.Settings:
    return config.load(**overrides)


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.option("--debug", is_flag=True, help="Show tracebacks of errors.")
@click.version_option(package_name="eventkg")
def main(debug: bool) -> None:
    """eventkg: publish event records as validated schema.org linked data."""


@main.command()
@settings_options
@click.option(
    "--dump",
    type=click.Path(path_type=Path),
    help="Write the validated graph to this file (.ttl, .nt, .nq) instead of publishing.",
)
@click.option("--full", is_flag=True, help="Map and validate every record again, not only the changed ones.")
@click.option(
    "--wait-for-dumps",
    is_flag=True,
    help="Write the release's dumps before returning (by default a background process writes them).",
)
@reports_errors
def build(
    records: Path | None, store: Path | None, base: str | None, dump: Path | None, full: bool, wait_for_dumps: bool
) -> None:
    """Map the new and changed records, validate them, and publish in one step (or --dump it)."""
    from kg.build import build as run_build

    settings = make_settings(records=records, store=store, base=base)
    summary = run_build(
        settings,
        dump=dump,
        full=full,
        dumps="wait" if wait_for_dumps else "background",
        echo=lambda line: click.echo(line, err=True),
    )
    click.echo(summary.line())


@main.command()
@settings_options
@click.option("--held-lock", type=int, hidden=True, help="A descriptor of dumps.lock, locked for this writer.")
@reports_errors
def dumps(records: Path | None, store: Path | None, base: str | None, held_lock: int | None) -> None:
    """Write the dumps of the release being served if it has none yet (kg build starts this itself)."""
    from kg.dumps import write_missing

    settings = make_settings(records=records, store=store, base=base)
    written = write_missing(settings.store, held_lock)
    click.echo(f"dumps written for {', '.join(written)}" if written else "dumps: the release served has its dumps")


@main.command()
@settings_options
@reports_errors
def validate(records: Path | None, store: Path | None, base: str | None) -> None:
    """Map and validate every record without publishing anything."""
    from kg.build import validate as run_validate

    settings = make_settings(records=records, store=store, base=base)
    summary = run_validate(settings, echo=lambda line: click.echo(line, err=True))
    click.echo(summary.line())


@main.command()
@settings_options
@click.option(
    "--links",
    envvar="KG_LINKS",
    type=click.Path(path_type=Path, dir_okay=False),
    help="Review file of proposed and decided links [KG_LINKS; default data/links.csv].",
)
@click.option(
    "--authority",
    "authorities",
    multiple=True,
    type=click.Choice(["wikidata", "viaf", "lcnaf", "orcid", "isni"]),
    help="Ask only this authority (repeatable) [default: all].",
)
@click.option(
    "--offline",
    "offline_files",
    multiple=True,
    type=click.Path(path_type=Path, exists=True, dir_okay=False),
    help="Match against a local authority file (.nt LC NAF extract, .jsonl Wikidata subset) instead "
    "of the web services (repeatable).",
)
@click.option("--only", multiple=True, help="Only this entity, e.g. person/chen-jian (repeatable).")
@click.option(
    "--contact",
    envvar="KG_LINK_CONTACT",
    help="E-mail or URL sent in the User-Agent, so services can reach you [KG_LINK_CONTACT].",
)
@reports_errors
def link(
    records: Path | None,
    store: Path | None,
    base: str | None,
    links: Path | None,
    authorities: tuple[str, ...],
    offline_files: tuple[Path, ...],
    only: tuple[str, ...],
    contact: str | None,
) -> None:
    """Propose authority links (Wikidata, VIAF, LC NAF, ORCID, ISNI) for librarians to review."""
    from kg.link.proposals import AUTHORITIES
    from kg.link.proposals import link as run_link

    settings = make_settings(records=records, store=store, base=base, links=links, link_contact=contact)
    summary = run_link(
        settings,
        echo=lambda line: click.echo(line, err=True),
        authorities=authorities or AUTHORITIES,
        offline_files=offline_files,
        only=only,
    )
    click.echo(summary.line())


@main.command()
@settings_options
@click.option("--host", envvar="KG_HOST", help="Interface to listen on [KG_HOST; 127.0.0.1].")
@click.option("--port", envvar="PORT", type=int, help="Port [PORT; 8080].")
@reports_errors
def serve(records: Path | None, store: Path | None, base: str | None, host: str | None, port: int | None) -> None:
    """Serve the published graph over HTTP (development server; see README for production).

    Refuses to start (exit 2) when there is no release to serve: no store, nothing published
    yet, a first build still running, an unreadable release, or a remote store that does not answer.
    """
    from kg.dumps import replace_dead_writer
    from server.app import create_app
    from server.health import check_directory, check_store

    settings = make_settings(records=records, store=store, base=base, host=host, port=port)
    if not settings.remote_query:
        check_directory(settings)
    app = create_app(settings)
    release = check_store(app.extensions["kg.store"])
    replace_dead_writer(settings.store, lambda line: click.echo(line, err=True))
    source = settings.remote_query or settings.store
    click.echo(
        f"serving release {release.id} ({release.records} records) from {source} "
        f"on http://{settings.host}:{settings.port}/ (IRIs under {settings.base})",
        err=True,
    )
    app.run(host=settings.host, port=settings.port, threaded=True)


@main.command()
@click.argument("pages", nargs=-1, required=True)
@click.option(
    "-o",
    "--output",
    type=click.Path(path_type=Path, file_okay=False),
    required=True,
    help="Directory to write the records into (created if missing).",
)
@click.option("--force", is_flag=True, help="Overwrite records that were edited by hand.")
@click.option(
    "--zone",
    envvar="KG_INGEST_ZONE",
    help="IANA zone for pages that give a time but no zone or place, e.g. America/New_York [KG_INGEST_ZONE].",
)
@click.option(
    "--timeout",
    type=float,
    default=10.0,
    show_default=True,
    help="Seconds to wait for a page's server to connect or send data.",
)
@click.option(
    "--allow-private-addresses",
    is_flag=True,
    help="Let URLs resolve to loopback or private addresses (local test servers).",
)
@click.option(
    "--cache",
    "cache_dir",
    envvar="KG_INGEST_CACHE",
    type=click.Path(path_type=Path, file_okay=False),
    default=Path("var/cache/pages"),
    show_default=True,
    help="HTTP cache of fetched pages: a page fetched again is revalidated, not downloaded [KG_INGEST_CACHE].",
)
@click.option("--no-cache", is_flag=True, help="Fetch every URL afresh and store nothing.")
@reports_errors
def ingest(
    pages: tuple[str, ...],
    output: Path,
    force: bool,
    zone: str | None,
    timeout: float,
    allow_private_addresses: bool,
    cache_dir: Path,
    no_cache: bool,
) -> None:
    """Turn event pages (files, or http(s) URLs) into YAML records, one per page.

    Prints one line per page: what was found, what the page does not state, and what could
    not be read. Exits non-zero when any page failed (2 unreadable or no event, 3 unreachable).
    """
    from kg.fetch import Fetcher, FetchSettings
    from kg.ingest import IngestOptions, check_zone, exit_code
    from kg.ingest import ingest as run_ingest

    options = IngestOptions(force=force, default_zone=check_zone(zone))
    settings = FetchSettings(
        timeout_s=timeout, allow_private_addresses=allow_private_addresses, cache_dir=None if no_cache else cache_dir
    )
    with Fetcher(settings) as fetcher:
        results = run_ingest(
            list(pages), output, fetcher, options, echo=lambda line: click.echo(line, err=line.startswith("error:"))
        )
    failed = sum(1 for r in results if r.status == "failed")
    click.echo(f"ingest: {len(results) - failed} of {len(results)} pages read into {output}", err=True)
    if failed:
        sys.exit(exit_code(results))


@main.command()
@click.argument("count", type=int)
@click.option(
    "-o",
    "--output",
    type=click.Path(path_type=Path, file_okay=False),
    required=True,
    help="New or empty directory to write the records into.",
)
@click.option("--seed", type=int, default=1, show_default=True, help="Same count and seed, same records.")
@reports_errors
def synth(count: int, output: Path, seed: int) -> None:
    """Write COUNT synthetic but realistic event records (for benchmarks and scale tests)."""
    from kg.synth import synth as run_synth

    written = run_synth(count, output, seed=seed)
    click.echo(f"wrote {written} records to {output}")
