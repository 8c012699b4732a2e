"""An announcement sent or forwarded by email: the message's headers ('From:', 'Sent:' or 'Date:',
'To:', 'Cc:', 'Subject:') and the mail client's forwarding and quoting lines ('---------- Forwarded
message ---------', '-----Original Message-----', 'Begin forwarded message:', 'On Mon, 18 Nov
2024 at 10:02, X <x@y> wrote:') are the message's, not the event's: its 'Date:' is when it was
sent and its 'From:' no title; so is the forwarder's note above them. They are dropped before
the page is read; the body stays."""

from __future__ import annotations

import re

_HEADER = re.compile(r"^\s*(?:>\s*)?(?P<field>from|sent|date|to|cc|bcc|reply-to|subject)\s*:", re.IGNORECASE)
_FORWARD_MARK = r"-{2,}\s*(?:forwarded message|original message)\s*-{2,}|begin forwarded message:"
_FORWARDED = re.compile(rf"^\s*(?:{_FORWARD_MARK})\s*$", re.IGNORECASE)
_MAILER_LINE = re.compile(rf"^\s*(?:{_FORWARD_MARK}|on .{{6,80}}\bwrote:)\s*$", re.IGNORECASE)
# an address, or a name with no date in it ('From: 9 May 2022' / 'To: 11 May 2022' is an event's span)
_SENDER = re.compile(r"@|^\D+$")


def without_mail_headers(text: str) -> str:
    """The text less each block of a message's headers and the forwarding lines; unchanged when
    it has no block with a sender ('From:' a name or an address) and a 'Sent:' or 'Subject:'."""
    lines = text.split("\n")
    kept: list[str] = []
    index = _forwarded_start(lines)
    while index < len(lines):
        end = _header_block_end(lines, index)
        if end > index:
            index = end
            continue
        if not _MAILER_LINE.match(lines[index]):
            kept.append(lines[index])
        index += 1
    return "\n".join(kept)


def _forwarded_start(lines: list[str]) -> int:
    """Where the forwarded message starts: the forwarder's note above its marker is no part of the
    announcement ('Thought this might interest you'); 0 when nothing was forwarded."""
    for index, line in enumerate(lines):
        if _FORWARDED.match(line):
            after = next((i for i in range(index + 1, len(lines)) if lines[i].strip()), index + 1)
            return index if _header_block_end(lines, after) > after else 0
    return 0


def _header_block_end(lines: list[str], start: int) -> int:
    """The index after the headers starting at `start` (a header's value may wrap onto indented
    lines), or `start` when no message's headers start there."""
    fields: set[str] = set()
    index = start
    while index < len(lines):
        header = _HEADER.match(lines[index])
        if header:
            fields.add(header["field"].lower())
        elif not (fields and lines[index][:1] in " \t" and lines[index].strip()):
            break
        index += 1
    sender = next((line for line in lines[start:index] if _HEADER.match(line) and _is_from(line)), None)
    if sender is None or not fields & {"sent", "subject"}:
        return start
    return index


def _is_from(line: str) -> bool:
    field, _, value = line.partition(":")
    return field.strip(" >").lower() == "from" and bool(_SENDER.search(value))
