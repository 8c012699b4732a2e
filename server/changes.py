"""The activities a release published (its changes.json, a JSON array), read a page at a time."""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

SEPARATOR = re.compile(r"\s*,?\s*")  # between the items of a JSON array


def _past_separator(text: str, position: int) -> int:
    """Where the next item of a JSON array (or its closing bracket) starts."""
    found = SEPARATOR.match(text, position)
    return found.end() if found else position


@dataclass(frozen=True)
class ReleaseChanges:
    """The activities of one release (its changes.json, a JSON array), a page at a time."""

    folder: Path
    size: int  # activities a page
    count: int
    starts: tuple[int, ...]  # byte offset of each page's first activity

    @classmethod
    @lru_cache(maxsize=64)
    def of(cls, folder: Path, size: int) -> ReleaseChanges:
        """Read once per release: a first release of a large archive lists hundreds of thousands
        of activities (98 MB at 100,000 events); each page is then read on its own."""
        try:
            text = (folder / "changes.json").read_text(encoding="utf-8")
        except FileNotFoundError:
            return cls(folder, size, 0, ())
        decoder, starts, count, counted, byte = json.JSONDecoder(), [], 0, 0, 0
        position = _past_separator(text, text.index("[") + 1)
        while position < len(text) and text[position] != "]":
            if count % size == 0:
                byte += len(text[counted:position].encode("utf-8"))
                counted = position
                starts.append(byte)
            position = _past_separator(text, decoder.raw_decode(text, position)[1])
            count += 1
        return cls(folder, size, count, tuple(starts))

    @property
    def pages(self) -> int:
        return max(1, len(self.starts))  # a release without changes still has its (empty) page

    def page(self, number: int) -> list[dict]:
        if not self.starts:
            return []
        with (self.folder / "changes.json").open("rb") as file:
            file.seek(self.starts[number - 1])
            length = self.starts[number] - self.starts[number - 1] if number < len(self.starts) else -1
            text = file.read(length).decode("utf-8")
        decoder, items, position = json.JSONDecoder(), list[dict](), 0
        while len(items) < self.size and position < len(text) and text[position] != "]":
            item, end = decoder.raw_decode(text, position)
            items.append(item)
            position = _past_separator(text, end)
        return items
