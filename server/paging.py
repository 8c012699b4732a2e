"""?page=N of the lists that can run to thousands of rows (a year, a topic, the events of a person
or an organisation, the change feed): one page of settings().page_size rows at a time."""

from __future__ import annotations

from dataclasses import dataclass
from functools import cached_property
from urllib.parse import urlencode

from flask import request

from server.context import settings
from server.problems import Problem


def page_number() -> int:
    """The ?page of the request (1 when absent); a 404 for anything but a positive integer."""
    raw = request.args.get("page", "1")
    if not raw.isdigit() or int(raw) < 1:
        raise Problem(404, "Not found", f"there is no page {raw!r}; pages are numbered from 1")
    return int(raw)


@dataclass(frozen=True)
class Paging:
    """Which page of a long list a page shows, and links to its neighbours."""

    number: int
    size: int
    total: int

    @classmethod
    def of(cls, total: int, size: int | None = None) -> Paging:
        """The requested page of a list of `total` rows (settings().page_size of them a page unless
        `size` is given); a 404 past the last page."""
        paging = cls(page_number(), size or settings().page_size, total)
        if paging.number > paging.last:
            raise Problem(404, "Not found", f"there is no page {paging.number}; this list has {paging.last}")
        return paging

    @property
    def offset(self) -> int:
        return (self.number - 1) * self.size

    @property
    def last(self) -> int:
        return max(1, -(-self.total // self.size))

    def link(self, number: int) -> str | None:
        """The same request with another ?page (other parameters kept), if that page exists."""
        if not 1 <= number <= self.last or number == self.number:
            return None
        return request.path + "?" + urlencode({**request.args.to_dict(), "page": number})

    # a page's template asks for its neighbours' links several times (head and navigation)
    @cached_property
    def previous(self) -> str | None:
        return self.link(self.number - 1)

    @cached_property
    def next(self) -> str | None:
        return self.link(self.number + 1)
