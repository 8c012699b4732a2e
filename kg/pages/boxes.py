"""Tables a text renderer draws with box characters: `w3m -dump` and similar draw a bordered HTML
table with '┌─┬─┐' / '│' / '├─┼─┤' lines (or '+---+' and '|' in ASCII), fill each cell up to its
column's width and wrap its text inside the cell. Read line by line, a row is a time or label glued
to the start of each wrapped piece of its other cells, with bars between them, and no name or
affiliation is whole. So each table is rewritten before the page is read: a row becomes its first
cell before its second ('09:30–09:45 Welcome', 'Venue: JKU Science Park, …'), each further line of
a cell a line of its own, and a cell's line the renderer wrapped is joined again."""

from __future__ import annotations

import re

from kg.pages.lines import starts_with_time
from kg.pages.wrap import unwrapped_cell

# a border: corners, crossings and rules only ('┌──┬──┐', '├──┼──┤', '+----+----+', '╞══╪══╡')
_BORDER = re.compile(r"^\s*[┌├└╔╠╚╒╞╘╓╟╙+][─━═┬┼┴╦╬╩╤╪╧╥╫╨┐┤┘╗╣╝╕╡╛╖╢╜+-]*[┐┤┘╗╣╝╕╡╛╖╢╜+]\s*$")
_BAR = "│┃║|"
_ROW = re.compile(rf"^\s*[{_BAR}].*[{_BAR}]\s*$")
_LABEL = re.compile(r"^[^\W\d_][\w&/' .-]{0,30}$")  # 'Venue', 'Date & time', 'Language'
MIN_ROWS = 2  # a table has at least two drawn rows; a lone '|x|' line is text


def without_box_tables(text: str) -> str:
    """The text with each box-drawn table's rows rewritten as lines; other text unchanged."""
    lines = text.split("\n")
    out: list[str] = []
    index = 0
    while index < len(lines):
        end = index
        while end < len(lines) and (_BORDER.match(lines[end]) or _ROW.match(lines[end])):
            end += 1
        table = lines[index:end]
        if sum(1 for line in table if _ROW.match(line)) >= MIN_ROWS and any(_BORDER.match(x) for x in table):
            out.extend(["", *_table_lines(table), ""])
            index = end
        else:
            out.append(lines[index])
            index += 1
    return "\n".join(out)


def _table_lines(table: list[str]) -> list[str]:
    rows: list[list[str]] = []
    current: list[str] = []
    for line in table:
        if _BORDER.match(line):
            if current:
                rows.append(current)
            current = []
        else:
            current.append(line.strip())
    if current:
        rows.append(current)
    return [line for row in rows for line in _row_lines(row)]


def _row_lines(row: list[str]) -> list[str]:
    """One drawn row's cells, each rejoined at its wraps, as the lines the page meant."""
    split = [re.split(rf"[{_BAR}]", line)[1:-1] for line in row]
    columns = max(len(parts) for parts in split)
    cells: list[list[str]] = []
    for column in range(columns):
        pieces = [parts[column] if column < len(parts) else "" for parts in split]
        width = max(len(piece) for piece in pieces)
        cells.append(unwrapped_cell([piece.strip() for piece in pieces], width))
    cells = [cell for cell in cells if cell]
    if not cells:
        return []
    first, rest = cells[0], [line for cell in cells[1:] for line in cell]
    if len(first) != 1 or not rest:
        return [line for cell in cells for line in cell]
    head = first[0]
    if starts_with_time(head) or head.endswith(":"):
        return [f"{head} {rest[0]}", *rest[1:]]
    if _LABEL.match(head):
        return [f"{head}: {rest[0]}", *rest[1:]]
    return [head, *rest]
