"""Marks a text renderer writes around a page's words, dropped before the words are read.

Markdown, as pandoc and html2text write a page: '# Heading', '**Date:** …', '*Title*', '[text](url)',
'![logo](src)', '<mail@host>', '{.button}', escapes ('\\#14', '\\|') and a closing '\\' for a hard
break, list items as '-   item' and rules of dashes. `lynx -dump`: a number in brackets before
each link's text ('[12]Register', '[3]Dr Jane Doe') and the 'References' list of the links' URLs
at the end. A label in bold, a name in a link or a report's '\\#14' is then read as the plain
text a browser would have shown. Text with too few such marks is left as it is: a page's own
'*' or '[1]' is no rendering's."""

from __future__ import annotations

import re

# the marks that tell Markdown: a heading, a bold run, a link; a page is Markdown when it has
# enough of them, of more than one kind
_MD_SIGNS = {
    "heading": re.compile(r"^#{1,6}[ \t]+\S", re.MULTILINE),
    "bold": re.compile(r"\*\*[^*\n]+\*\*|__[^_\n]+__"),
    "link": re.compile(r"\]\([^)\s]*\)"),
}
MIN_MARKDOWN_SIGNS = 3

_IMAGE = re.compile(r"!\[[^\]\n]*\]\([^)\n]*\)")
_LINK = re.compile(r"\[([^\]\n]*)\]\([^)\s]*\)|\[([^\]\n]+)\]\[[^\]\n]*\]")
_LINK_DEFINITION = re.compile(r"^[ \t]{0,3}\[[^\]\n]+\]:[ \t]*\S+.*$", re.MULTILINE)
_AUTOLINK = re.compile(r"<((?:https?://|mailto:)[^>\s]+|[^@\s<>]+@[^@\s<>]+)>")
_ATTRIBUTES = re.compile(r"\{[.#][^{}\n]*\}")
_HEADING = re.compile(r"^#{1,6}[ \t]+(.*?)(?:[ \t]+#+)?[ \t]*$", re.MULTILINE)
_STRONG = re.compile(r"\*\*(?=\S)(.+?)(?<=\S)\*\*|__(?=\S)(.+?)(?<=\S)__")
_EMPHASIS = re.compile(r"(?<![\w*\\])\*(?=[^\s*])(.+?)(?<=[^\s*\\])\*(?![\w*])|(?<![\w\\])_(?=\S)(.+?)(?<=\S)_(?!\w)")
_ESCAPE = re.compile(r"\\([\\`*_{}\[\]()#+\-.!|<>~\"'$&^])")
_HARD_BREAK = re.compile(r"\\$", re.MULTILINE)
_BULLET = re.compile(r"^([ \t]*)([-*+]|\d{1,2}[.)])[ \t]{2,}(?=\S)", re.MULTILINE)
_RULE = re.compile(r"^[ \t]{0,3}(?:[-*_][ \t]*){3,}$", re.MULTILINE)
_QUOTE = re.compile(r"^>\s?", re.MULTILINE)
_HARD_BREAK_END = re.compile(r"\\$| {2,}$")
_OPENS_BLOCK = re.compile(r"^[ \t]{0,3}(?:[-*+][ \t]|\d{1,2}[.)][ \t]|#|>|\||(?:[-*_][ \t]*){3,}$|```|~~~)")

# lynx: '[12]' glued to the link's text, the 'References' heading over '  12. https://…' lines
_LINK_NUMBER = re.compile(r"(?<![\w\]])#?\[\d{1,4}\](?=\S)")
_LINK_RELS = re.compile(r"^\s*#\[\d{1,4}\]\S")
_REFERENCE_LINE = re.compile(r"^\s*\d{1,4}\.\s+(?:https?|mailto|file|ftp):\S*\s*$")
_REFERENCES_HEADS = frozenset(("references", "visible links:", "visible links", "hidden links:", "hidden links"))
MIN_LINK_NUMBERS = 5


def without_markup(text: str) -> str:
    """The text with a Markdown rendering's or lynx's marks dropped; other text unchanged."""
    return _without_link_numbers(_without_markdown(text))


def is_markdown(text: str) -> bool:
    counts = {kind: len(sign.findall(text)) for kind, sign in _MD_SIGNS.items()}
    return sum(counts.values()) >= MIN_MARKDOWN_SIGNS and sum(1 for n in counts.values() if n) >= 2


def _without_markdown(text: str) -> str:
    if not is_markdown(text):
        return text
    text = _soft_breaks_joined(text)
    text = _IMAGE.sub("", text)
    text = _LINK.sub(lambda m: m.group(1) if m.group(1) is not None else m.group(2), text)
    text = _LINK_DEFINITION.sub("", text)
    text = _AUTOLINK.sub(r"\1", text)
    text = _ATTRIBUTES.sub("", text)
    text = _HEADING.sub(r"\1", text)
    text = _RULE.sub("", text)
    text = _QUOTE.sub("", text)
    text = _BULLET.sub(r"\1\2 ", text)
    text = _STRONG.sub(lambda m: m.group(1) or m.group(2), text)
    text = _EMPHASIS.sub(lambda m: m.group(1) or m.group(2), text)
    text = _HARD_BREAK.sub("", text)
    return _ESCAPE.sub(r"\1", text)


def _soft_breaks_joined(text: str) -> str:
    """A paragraph's lines as one: Markdown wraps a paragraph or a list item at a width and its
    reader joins the lines again, except after a hard break ('\\' or two spaces at the end) or
    before a line that opens a block of its own (an item, a heading, a quotation, a rule)."""
    out: list[str] = []
    for line in text.split("\n"):
        last = out[-1] if out else ""
        if (
            line.strip()
            and last.strip()
            and not _HARD_BREAK_END.search(last)
            and not _OPENS_BLOCK.match(line)
            and not _HEADING.match(last)
            and not _RULE.match(last)
        ):
            out[-1] = f"{last.rstrip()} {line.strip()}"
        else:
            out.append(line)
    return "\n".join(out)


def _without_link_numbers(text: str) -> str:
    lines = text.split("\n")
    kept = _without_reference_list(lines)
    if len(kept) == len(lines) and len(_LINK_NUMBER.findall(text)) < MIN_LINK_NUMBERS:
        return text
    kept = _without_link_rels(kept)
    return "\n".join(_LINK_NUMBER.sub("", line) for line in kept)


def _without_link_rels(lines: list[str]) -> list[str]:
    """Less lynx's first paragraph '#[1]Feed [2]Comments Feed': the page's <link rel> list, no text of it."""
    for index, line in enumerate(lines[:5]):
        if _LINK_RELS.match(line):
            end = index + 1
            while end < len(lines) and lines[end].strip():
                end += 1
            return lines[:index] + lines[end:]
    return lines


def _without_reference_list(lines: list[str]) -> list[str]:
    """The lines less lynx's list of links: a 'References' heading and the numbered URLs under it."""
    for index, line in enumerate(lines):
        if line.strip().lower() not in _REFERENCES_HEADS:
            continue
        following = [i for i in range(index + 1, min(len(lines), index + 4)) if lines[i].strip()]
        if following and _REFERENCE_LINE.match(lines[following[0]]):
            end = index + 1
            while end < len(lines) and (
                not lines[end].strip()
                or _REFERENCE_LINE.match(lines[end])
                or lines[end].strip().lower() in _REFERENCES_HEADS
            ):
                end += 1
            return lines[:index] + _without_reference_list(lines[end:])
    return lines
