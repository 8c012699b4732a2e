"""KgError and its subclasses; each carries the CLI exit code it maps to."""

from __future__ import annotations


class KgError(Exception):
    """An error the user can act on; the CLI prints it as `error: ...`."""

    exit_code = 2


class ConfigError(KgError):
    """A bad setting or option."""


class RecordError(KgError):
    """A record file that cannot be read: names the file and, where known, the field or line."""

    def __init__(self, source: str, message: str) -> None:
        super().__init__(f"{source}: {message}")
        self.source = source


class NotConforming(KgError):
    """The graph has SHACL violations; nothing was published."""

    exit_code = 1


class StoreError(KgError):
    """The store is missing, locked, or cannot be written."""


class SourceUnreachable(KgError):
    """An outside source (page, authority service, remote store) did not answer."""

    exit_code = 3


class PageError(KgError):
    """An event page that cannot be read (empty, binary, too large, unknown encoding) or that
    states no event; names the page."""

    def __init__(self, source: str, message: str) -> None:
        super().__init__(f"{source}: {message}")
        self.source = source
