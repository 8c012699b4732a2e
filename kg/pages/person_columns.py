"""A programme table whose heading row names its people's columns, in any language: name,
affiliation and post ('성명 | 소속 | 직위', 'Ad Soyad | Kurum | Unvan', 'Họ tên | Đơn vị | Chức vụ',
'Imię i nazwisko | Instytucja | Stanowisko', 'Name | Organisation | Position'). Rendered cell by
cell, 'Opening, , X, University, Director' reads as one name; each row is rewritten as the line
a page would write, 'Role: Name (Affiliation Post)', the role being the row's cell (or a cell
spanning it from above) that names one ('개회사', 'Discussant')."""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any

from lxml import etree


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


# heading words, compared without spaces or case (Korean letter-spaces its headings: '성 명')
_NAME = _words(
    "성명 이름 name names fullname adsoyad adısoyadı isim họtên họvàtên tên imięinazwisko nazwisko імʼя ім'я "
    "піб прізвище,ім'я фио имя სახელი სახელიდაგვარი სახელი,გვარი नाम نام nom nome nombre"
)
_AFFILIATION = _words(
    "소속 기관 소속기관 affiliation organisation organization institution kurum kuruluş kurumu đơnvị cơquan "
    "nơicôngtác instytucja organizacja afiliacja організація установа місцероботи організация "
    "ორგანიზაცია დაწესებულება संस्था संगठन ادارہ تنظیم institución institution ente"
)
_POST = _words(
    "직위 직책 position post jobtitle unvan unvanı görev görevi chứcvụ chứcdanh stanowisko funkcja "
    "посада должность თანამდებობა पद عہدہ cargo fonction"
)
# scripts whose posts follow the body ('울산대학교 교수'): the line keeps that order
_BODY_FIRST = re.compile(r"[\uac00-\ud7a3\u3040-\u30ff\u4e00-\u9fff]")


def _key(text: str) -> str:
    return "".join(text.split()).casefold().rstrip(":")


def _grid(rows: list[Any]) -> list[list[Any]]:
    """Each row's cells by column, a cell spanning rows ('rowspan="4"') repeated in the rows below."""
    spans: dict[int, tuple[Any, int]] = {}
    grid: list[list[Any]] = []
    for row in rows:
        cells = iter(c for c in row if isinstance(c.tag, str) and c.tag in ("td", "th"))
        placed: list[Any] = []
        column = 0
        while True:
            if column in spans:
                cell, left = spans[column]
                placed.append(cell)
                spans = (
                    {**spans, column: (cell, left - 1)} if left > 1 else {k: v for k, v in spans.items() if k != column}
                )
                column += 1
                continue
            cell = next(cells, None)
            if cell is None:
                break
            width = int(cell.get("colspan", "1")) if cell.get("colspan", "1").isdigit() else 1
            height = int(cell.get("rowspan", "1")) if cell.get("rowspan", "1").isdigit() else 1
            for _ in range(width):
                if height > 1:
                    spans[column] = (cell, height - 1)
                placed.append(cell)
                column += 1
        grid.append(placed)
    return grid


def person_columns(root: Any, role_of: Callable[[str], bool]) -> None:
    """Rewrite the people's rows of each table whose heading names a name column and an
    affiliation or post column; role_of tells a cell that names a role."""
    for table in root.iter("table"):
        rows = list(table.iter("tr"))
        if not rows:
            continue
        headings = [_key(c.text_content()) for c in rows[0] if isinstance(c.tag, str) and c.tag in ("td", "th")]
        name = next((n for n, h in enumerate(headings) if h in _NAME), None)
        affiliation = next((n for n, h in enumerate(headings) if h in _AFFILIATION), None)
        post = next((n for n, h in enumerate(headings) if h in _POST), None)
        if name is None or (affiliation is None and post is None):
            continue
        for row, cells in zip(rows[1:], _grid(rows)[1:], strict=True):
            if len(cells) != len(headings) or sum(c is cells[name] for c in cells) > 1:
                continue  # a cell across the table's columns ('Break', 'Registration')
            person = " ".join(cells[name].text_content().split())
            if not person or cells[name].getparent() is not row:
                continue
            body = " ".join(cells[affiliation].text_content().split()) if affiliation is not None else ""
            job = " ".join(cells[post].text_content().split()) if post is not None else ""
            role = next(
                (
                    " ".join(c.text_content().split())
                    for n, c in enumerate(cells)
                    if n not in (name, affiliation, post) and role_of(" ".join(c.text_content().split()))
                ),
                None,
            )
            if body and job:
                about = f"{body} {job}" if _BODY_FIRST.search(body + job) else f"{job}, {body}"
            else:
                about = body or job
            line = f"{role}: {person}" if role else person
            for n in (c for c in (affiliation, post) if c is not None):
                if cells[n].getparent() is row and cells[n] is not cells[name]:
                    row.remove(cells[n])
            br = etree.Element("br")
            br.tail = f"{line} ({about})" if about else line
            cells[name].text, cells[name][:] = None, [br]
