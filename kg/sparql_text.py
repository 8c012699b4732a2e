"""What a SPARQL request says, read from its text without evaluating it.

A small tokenizer (strings, IRIs, comments, variables and prefixed names are recognised as
units, so a keyword is found only where it is a keyword) answers the questions the endpoint
must settle before a store sees the query: which form it is (SELECT, ..., or an update),
which SERVICE endpoints it calls, whether its answer may be cached, and how to cap its rows.
Each question is answered in one pass over the tokens, in microseconds.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import lru_cache
from typing import NamedTuple
from urllib.parse import urljoin

QUERY_FORMS = ("SELECT", "CONSTRUCT", "DESCRIBE", "ASK")
UPDATE_FORMS = ("INSERT", "DELETE", "LOAD", "CLEAR", "CREATE", "DROP", "ADD", "MOVE", "COPY", "WITH")
# Built-ins whose value changes from one evaluation to the next: such answers are never cached.
VOLATILE = frozenset({"NOW", "RAND", "UUID", "STRUUID", "BNODE"})

_TOKEN = re.compile(
    r"""
    (?P<string>\"\"\"[\s\S]*?\"\"\"|'''[\s\S]*?'''|"(?:[^"\\\n\r]|\\.)*"|'(?:[^'\\\n\r]|\\.)*')
  | (?P<iri><[^<>"{}|^`\\\x00-\x20]*>)
  | (?P<comment>\#[^\n\r]*)
  | (?P<var>[?$]\w+)
  | (?P<lang>@[A-Za-z]+(?:-[A-Za-z0-9]+)*)
  | (?P<pname>(?:[A-Za-z_][\w.-]*)?:(?:[\w:%-]|\\.|\.(?=[\w:%-]))*)
  | (?P<word>[A-Za-z_]\w*)
  | (?P<number>\d+)
  | (?P<brace>[{}])
""",
    re.X,
)
_CODEPOINT = re.compile(r"\\u([0-9A-Fa-f]{4})|\\U([0-9A-Fa-f]{8})")
# The usual start of a query: PREFIX and BASE declarations (ASCII keywords) with only whitespace
# between them, then a word, matched in one go. Each piece is the token _TOKEN reads there (the same
# IRI pattern, a prefix name ending in ":"), so the word is the first word token; a word followed by
# ".", ":" or "-" could be part of a prefixed name and is left to the tokenizer.
_USUAL_START = re.compile(
    r"""\s*(?:(?:[Pp][Rr][Ee][Ff][Ii][Xx]\s+(?:[A-Za-z_][\w.-]*)?:\s*|[Bb][Aa][Ss][Ee]\s*)<[^<>"{}|^`\\\x00-\x20]*>\s*)*
    ([A-Za-z_]\w*+)(?![.:-])""",
    re.X,
)


class Token(NamedTuple):  # a few dozen per query: as a tuple 0.5 µs each, as a frozen dataclass 1 µs
    kind: str
    text: str
    start: int
    end: int
    depth: int  # brace depth before the token


# Only texts this short are remembered: a request body may hold a megabyte, whose tokens take tens of
# megabytes, so remembering 512 of them could hold gigabytes.
REMEMBERED_CHARS = 16_384


def tokens(text: str) -> tuple[Token, ...]:
    """The tokens of a query, comments left out (the last few short queries' tokens are remembered)."""
    return _remembered_tokens(text) if len(text) <= REMEMBERED_CHARS else _tokens(text)


@lru_cache(maxsize=512)
def _remembered_tokens(text: str) -> tuple[Token, ...]:
    return _tokens(text)


def _tokens(text: str, start: int = 0) -> tuple[Token, ...]:
    found = []
    depth = 0
    for match in _TOKEN.finditer(text, start):
        kind = match.lastgroup or ""
        if kind == "comment":
            continue
        value = match.group()
        found.append(Token(kind, value, match.start(), match.end(), depth))
        if kind == "brace":
            depth += 1 if value == "{" else -1
    return tuple(found)


def unescape_codepoints(text: str) -> str:
    """SPARQL's \\uXXXX escapes, which some stores apply to the whole query before parsing."""
    return _CODEPOINT.sub(lambda m: chr(int(m.group(1) or m.group(2), 16)), text)


@lru_cache(maxsize=64)  # a request asks it of the same text three times (update? rows to cap? kind?)
def form(text: str) -> str | None:
    """SELECT, CONSTRUCT, DESCRIBE, ASK or an update keyword (INSERT, LOAD, ...); None if neither.
    Read up to the first keyword only, so a text not tokenized yet (a query with its rows capped,
    as it is sent on) costs its prologue, not a tokenization of the whole; a usual prologue is read
    by one match of _USUAL_START, without a Python step per token."""
    usual = _USUAL_START.match(text)
    if usual is not None:
        word = usual.group(1).upper()
        if word not in ("PREFIX", "BASE"):  # else a declaration the pattern does not read: the tokens do
            return word if word in QUERY_FORMS or word in UPDATE_FORMS else None
    for match in _TOKEN.finditer(text):
        if match.lastgroup == "word":
            word = match.group().upper()
            if word in QUERY_FORMS or word in UPDATE_FORMS:
                return word
            if word not in ("PREFIX", "BASE"):
                return None
    return None


def is_update(text: str) -> bool:
    return form(text) in UPDATE_FORMS


def service_targets(text: str) -> list[str | None]:
    """The endpoint IRI of every SERVICE, resolved against PREFIX and BASE; None when it is a variable."""
    if "service" not in text.casefold() and "\\u" not in text and "\\U" not in text:
        return []  # the keyword is neither in the text nor can be spelt with \u escapes: no token to look for
    targets: list[str | None] = []
    for variant in {text, unescape_codepoints(text)}:
        targets.extend(_services(tokens(variant)))
    return targets


def _services(items: tuple[Token, ...]) -> list[str | None]:
    prefixes: dict[str, str] = {}
    base = ""
    found: list[str | None] = []
    for i, token in enumerate(items):
        word = token.text.upper() if token.kind == "word" else ""
        following = items[i + 1 : i + 3]
        if word == "BASE" and following and following[0].kind == "iri":
            base = urljoin(base, following[0].text[1:-1])
        elif word == "PREFIX" and len(following) == 2 and following[1].kind == "iri":
            prefixes[following[0].text.rstrip(":")] = urljoin(base, following[1].text[1:-1])
        elif word == "SERVICE":
            rest = items[i + 1 : i + 3]
            if rest and rest[0].kind == "word" and rest[0].text.upper() == "SILENT":
                rest = rest[1:]
            found.append(_resolve(rest[0], prefixes, base) if rest else None)
    return found


def _resolve(token: Token, prefixes: dict[str, str], base: str) -> str | None:
    if token.kind == "iri":
        return urljoin(base, token.text[1:-1])
    if token.kind == "pname":
        prefix, _, local = token.text.partition(":")
        return prefixes[prefix] + local if prefix in prefixes and "\\" not in local else None
    return None


def forbidden_services(text: str, allowed: tuple[str, ...]) -> list[str]:
    """SERVICE targets not on the allow-list (a variable target is never allowed)."""
    return [target or "a variable endpoint" for target in service_targets(text) if target not in allowed]


def may_have_word(text: str, words: Iterable[str]) -> bool:
    """False when no token of `text` can be one of `words` (upper case), found without tokenizing:
    a word token is a piece of the text, and str.upper maps each character on its own, so a token
    that upper-cases to a word leaves that word in the upper-cased text. Most queries name none of
    the keywords asked about, and then their tokens (tens of µs) are not needed."""
    upper = text.upper()
    return any(word in upper for word in words)


UNCACHEABLE = VOLATILE | {"SERVICE"}


def is_cacheable(text: str) -> bool:
    """False when the answer may differ between two evaluations on the same data."""
    if not may_have_word(text, UNCACHEABLE):
        return True
    return not any(t.kind == "word" and t.text.upper() in UNCACHEABLE for t in tokens(text))


def cap_rows(text: str, max_rows: int) -> tuple[str, bool]:
    """The query with its top-level LIMIT at most `max_rows`; True when the LIMIT was added or lowered.

    ASK and updates are returned unchanged. A LIMIT inside a sub-query is left alone: only the
    outermost one bounds the answer.
    """
    if form(text) not in ("SELECT", "CONSTRUCT", "DESCRIBE"):
        return text, False
    number, values_at = None, None
    if may_have_word(text, ("LIMIT", "VALUES")):
        tail = _plain_tail(text)
        if tail is not None:
            number = _top_level(_tokens(text, tail))[0]
        if number is None:
            number, values_at = _top_level(tokens(text))
    if number is None:
        at = values_at if values_at is not None else len(text)
        return f"{text[:at]}\nLIMIT {max_rows}\n{text[at:]}", True
    if int(number.text) <= max_rows:
        return text, False
    return text[: number.start] + str(max_rows) + text[number.end :], True


def _top_level(items: tuple[Token, ...]) -> tuple[Token | None, int | None]:
    """The number of the first top-level LIMIT, and where the last top-level VALUES before it starts."""
    values_at = None
    for i, token in enumerate(items):
        if token.depth != 0 or token.kind != "word":
            continue
        word = token.text.upper()
        if word == "LIMIT" and i + 1 < len(items) and items[i + 1].kind == "number":
            return items[i + 1], values_at
        if word == "VALUES":
            values_at = token.start
    return None, values_at


def _plain_tail(text: str) -> int | None:
    """Where the part of a query after its outermost group starts, when that is certain without
    tokenizing the whole: after the last "}", unless a string running on past it (a quote after it),
    a comment it stands in (a "#" before it on its line) or an escape a store may read first (a
    backslash anywhere) could hide that brace; an IRI never holds one. A valid query has no token at
    depth > 0 after its last brace, so its solution modifiers stand there at the top level, and their
    tokens read from there are the whole text's (an invalid one is refused by the store, whatever its
    LIMIT says): a query that ends with its own LIMIT costs a few tokens, not all of them."""
    end = text.rfind("}")
    if end < 0 or "\\" in text or text.find('"', end) >= 0 or text.find("'", end) >= 0:
        return None
    line = max(text.rfind("\n", 0, end), text.rfind("\r", 0, end)) + 1
    return None if text.find("#", line, end) >= 0 else end + 1
