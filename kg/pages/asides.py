"""What a bio's words after a name say besides the post: a verb before it ('X, RN, is workforce
director for Y'), a former occupation before the post held now ('a retired field supervisor and
president of the X Association'), the company she keeps at the event (', with students of Y') and
her part in the work presented (', guest editor of the issue'). Cut off, so that what is left reads
as 'Post, Body' or 'Post of/at Body'.
"""

from __future__ import annotations

import re

from kg.pages.words import is_org_word

# 'is workforce director for the X Network' (a bio's sentence): the verb is no part of the post
_IS_POST = re.compile(r"^(?:is|serves\s+as)\s+(?:an?\s+|the\s+)?(?=[a-z])")
# 'a retired commercial fisher and past president of the X Co-operative', 'former teacher and chair of the
# Y Trust': the occupation left behind, then the post held now at a body (both in small letters)
_LEFT_THEN_POST = re.compile(
    r"^(?:an?\s+)?(?:retired|former)\s+[a-z][a-z -]*?\s+and\s+(?:an?\s+|the\s+)?"
    r"(?=(?:[a-z][\w-]*\s+){1,4}(?:of|at|with)\s+(?:the\s+)?[A-Z])"
)
# ', with students of X High School' (a conversation's other guests), ', with special responsibility for Y': a
# 'with' and a word in small letters after the post ('Fellow, with the Z Institute' names her employer: kept)
_WITH_COMPANY = re.compile(r",\s+with\s+(?!(?:the|an?)\s+[A-Z])[a-z].*$")
# ', guest editor of the issue', ', lead author of the report': her part in the work the event presents
_PART_IN_WORK = re.compile(
    r",\s+(?:and\s+)?(?:the\s+)?(?:guest\s+|lead\s+|co-?)?(?:editor|author|translator)s?\s+of\s+(?:the|this)\s+"
    r"(?:special\s+)?(?:issue|volume|report|paper|brief|book|study|collection)\b.*$",
    re.IGNORECASE,
)

# "Chair of the Forum's Board", "Treasurer of the Society's Council": a post on the body's own board, which is
# the post ('Chair of the Board') at the body the kind names
_OWN_KINDS_BOARD = re.compile(
    r"^(?P<post>.+?\s+of)\s+the\s+(?P<kind>[A-Z][a-z]+)['’]s\s+(?P<board>[A-Z][a-z]+(?:\s+of\s+[A-Z][a-z]+)?)$"
)


def _own_kinds_board(rest: str) -> str:
    found = _OWN_KINDS_BOARD.match(rest)
    board = found["board"].split()[0] if found else ""
    if not found or not (is_org_word(found["kind"]) and is_org_word(board)):
        return rest
    return f"{found['post']} the {found['board']}, {found['kind']}"


# 'Head of the Department of Urban Studies of CSRB', 'Dean of the Faculty of Law at the University of X': a post
# in a unit, then the body the unit is part of, read as 'Post of the Unit, Body' (the unit stays in the post)
_UNIT_POST_OF_BODY = re.compile(
    r"^(?P<post>.+?\s+of\s+the\s+(?:Department|Division|Section|Unit|Faculty|School)\s+of\s+[A-Z][\w'-]*"
    r"(?:\s+(?:and\s+|&\s+)?[A-Z][\w'-]*)*)\s+(?:of|at)\s+(?:the\s+)?(?P<body>[A-Z].*)$"
)


def without_asides(rest: str) -> str:
    """The words after a name without a verb or a former occupation before the post and without the
    company and the part in the work after it."""
    rest = _PART_IN_WORK.sub("", _WITH_COMPANY.sub("", rest))
    told = _IS_POST.match(rest)
    # ('is an urban forester and Assistant Professor in …': her work in small letters, then the post in capitals)
    rest = re.sub(r"^[a-z][a-z -]*?\s+and\s+(?=[A-Z])", "", rest[told.end() :]) if told else rest
    rest = _own_kinds_board(_LEFT_THEN_POST.sub("", rest))
    return _unit_post_of_body(rest)


def _unit_post_of_body(rest: str) -> str:
    found = _UNIT_POST_OF_BODY.match(rest)
    body = found["body"].split() if found else []
    # (a body: initials or a body's kind; not 'Head of the Department of History of Ideas')
    if not found or not body or not (re.fullmatch(r"[A-Z][A-Z&-]{1,9}", body[0]) or any(map(is_org_word, body))):
        return rest
    return f"{found['post']}, {found['body']}"
