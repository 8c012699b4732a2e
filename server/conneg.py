"""Content negotiation as pure functions: a suffix or an Accept header -> a Format, or NotAcceptable."""

from __future__ import annotations

from collections.abc import Sequence

from werkzeug.datastructures import MIMEAccept
from werkzeug.http import parse_accept_header

from server.formats import Format


class NotAcceptable(Exception):
    """Nothing offered is acceptable; carries what is offered, for the 406 message."""

    def __init__(self, offered: Sequence[Format]) -> None:
        super().__init__(", ".join(f.media_type for f in offered))
        self.offered = offered


def choose(accept: str | None, offered: Sequence[Format], suffix: str | None = None) -> Format:
    """The format a suffix names, else the best match for the Accept q-values.

    No Accept header (or */*) gets the first offered format.
    """
    if suffix is not None:
        for candidate in offered:
            if candidate.suffix == suffix:
                return candidate
        raise NotAcceptable(offered)
    if not accept or not accept.strip():
        return offered[0]
    accepted = parse_accept_header(accept, MIMEAccept)
    best = accepted.best_match([f.media_type for f in offered])
    if best is None:
        raise NotAcceptable(offered)
    return next(f for f in offered if f.media_type == best)
