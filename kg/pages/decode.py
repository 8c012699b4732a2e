"""Page bytes -> text, refusing what is not a readable page: empty, binary, too large, or in
an encoding that is unknown or not the one declared."""

from __future__ import annotations

import codecs
import re

from kg.errors import PageError

MAX_PAGE_BYTES = 10_000_000
BINARY_SIGNATURES = (
    (b"%PDF", "a PDF document"),
    (b"\x89PNG", "a PNG image"),
    (b"GIF8", "a GIF image"),
    (b"\xff\xd8\xff", "a JPEG image"),
    (b"PK\x03\x04", "a ZIP archive or Office document"),
    (b"\x1f\x8b", "gzip-compressed data"),
    (b"\xd0\xcf\x11\xe0", "a Microsoft Office document"),
    (b"\x7fELF", "a program"),
)
BOMS = ((codecs.BOM_UTF8, "utf-8-sig"), (codecs.BOM_UTF16_LE, "utf-16"), (codecs.BOM_UTF16_BE, "utf-16"))
_META_CHARSET = re.compile(
    rb"""<meta[^>]+charset\s*=\s*["']?\s*([\w.:-]+)|<\?xml[^>]+encoding=["']([\w.:-]+)""", re.IGNORECASE
)
MAX_CONTROL_SHARE = 0.01


def declared_charset(content: bytes, header: str | None = None) -> str | None:
    """The charset an HTTP Content-Type header or the page's own <meta> declares."""
    stated = re.search(r"charset\s*=\s*[\"']?([\w.:-]+)", header or "", re.IGNORECASE)
    if stated:
        return stated.group(1)
    meta = _META_CHARSET.search(content[:4096])
    if meta:
        return bytes(meta.group(1) or meta.group(2)).decode("ascii", "replace")
    return None


def decode_page(content: bytes, source: str, content_type: str | None = None) -> str:
    """The page's text; PageError with a one-line reason when it is not a readable page."""
    if len(content) > MAX_PAGE_BYTES:
        raise PageError(source, f"larger than {MAX_PAGE_BYTES:,} bytes; not an event page")
    if not content.strip():
        raise PageError(source, "empty page")
    for signature, what in BINARY_SIGNATURES:
        if content.startswith(signature):
            raise PageError(source, f"binary file ({what}), not a text or HTML page")
    for bom, codec in BOMS:
        if content.startswith(bom):
            return _decode(content, codec, source)
    if b"\x00" in content[:8192]:
        raise PageError(source, "binary file (contains NUL bytes), not a text or HTML page")
    charset = declared_charset(content, content_type)
    if charset:
        return _checked(_decode(content, charset, source), source)
    try:
        return _checked(content.decode("utf-8"), source)
    except UnicodeDecodeError as err:
        raise PageError(
            source,
            f"not UTF-8 (byte {err.start}) and no charset declared; convert it to UTF-8 or declare <meta charset>",
        ) from None


def _decode(content: bytes, charset: str, source: str) -> str:
    try:
        codecs.lookup(charset)
    except LookupError:
        raise PageError(source, f"unknown encoding {charset!r}") from None
    try:
        return content.decode(charset)
    except UnicodeDecodeError as err:
        raise PageError(source, f"not valid {charset} (byte {err.start})") from None


def _checked(text: str, source: str) -> str:
    controls = sum(1 for c in text if ord(c) < 32 and c not in "\t\n\r\f")
    if controls > MAX_CONTROL_SHARE * len(text):
        raise PageError(source, "binary data (control characters), not a text or HTML page")
    return text
