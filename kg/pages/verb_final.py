"""Roles stated in Nepali and Urdu sentences (Urdu's below), whose verb comes last; Nepali's doer takes
the ergative 'ले':
'कार्यक्रमको सभापतित्व प्रतिष्ठानका अध्यक्ष डा. X ले गर्नुहुनेछ' (X, the foundation's chair, will chair the
programme), 'छलफलको सहजीकरण रेडियो Yका समाचार प्रमुख Z ले गर्नुहुनेछ' (Z will moderate the discussion). Each
clause ('।', 'भने' and 'र' between them) names one person: the role by its noun, the person before 'ले', the
post between the body's genitive ('…का', '…की', '…को') and the honorific or the name."""

from __future__ import annotations

import re

from kg.pages.people import Entry

_DEVANAGARI_WORD = r"[\u0900-\u0963\u0966-\u097f\u200c\u200d]+"
# the future and polite forms of 'do' and 'be' the clause ends in: 'गर्नुहुनेछ', 'गर्नेछन्', 'गर्नु हुनेछ', 'हुनुहुनेछ'
_VERB = re.compile(r"(?:गर्नु\s?हुनेछ|गर्नेछन्|गर्नेछ|हुनु\s?हुनेछ|रहनुहुनेछ|रहनेछन्|दिनुहुनेछ|दिनेछन्)")
_CLAUSES = re.compile(r"\s*[।|]\s*|\s+भने\s+")
# the role's noun in the clause ('सभापतित्व' chairing, 'स्वागत' welcome, 'सहजीकरण' facilitation, …)
_ROLES = (
    (re.compile(r"सभापतित्व|अध्यक्षता"), "chair"),
    (re.compile(r"स्वागत(?:\s?मन्तव्य)?"), "introductory-remarks"),
    (re.compile(r"सहजीकरण|सञ्चालन"), "moderator"),
    (re.compile(r"प्रमुख\s?अतिथि"), "featured-remarks"),
    (re.compile(r"टिप्पणी"), "discussant"),
    (re.compile(r"प्रस्तुत"), "presenter"),
    (re.compile(r"समापन|धन्यवाद\s?ज्ञापन"), "closing-remarks"),
)
_HONORIFIC = re.compile(r"(?:डा\.?|प्रा\.|श्री|सुश्री|श्रीमती|इ\.)")
# the doer's ergative before the verb: 'X ले', 'Xले'
_ERGATIVE = re.compile(r"^(?P<doers>.+?)\s?ले\s+(?=\S)")
# what the clause opens with before its doers: the role's noun with its genitive ('कार्यक्रमको सभापतित्व') or a
# postposition's phrase ('प्रस्तुतिमाथि', on the presentation)
_OPENING = re.compile(rf"^(?:(?:{_DEVANAGARI_WORD}\s+){{0,3}}?(?:{_DEVANAGARI_WORD}(?:माथि|बारे)\s+))")
_GENITIVE = re.compile(r"^(?P<stem>.+?)(?:का|की|को)$")


def verb_final_roles(line: str) -> list[Entry]:
    """The people a Nepali or Urdu sentence gives roles to, with their posts and bodies where written."""
    return _nepali_roles(line) + _urdu_roles(line)


def _nepali_roles(line: str) -> list[Entry]:
    if not _VERB.search(line):
        return []
    entries: list[Entry] = []
    for clause in _CLAUSES.split(line):
        role = next(((p, r) for p, r in _ROLES if p.search(clause)), None)
        doers = _ERGATIVE.match(clause)
        if role is None or doers is None or not _VERB.search(clause[doers.end() :]):
            continue
        text = doers["doers"]
        noun = role[0].search(text)
        text = text[noun.end() :] if noun else _OPENING.sub("", text)
        for part in re.split(r"\s*[,،]\s*|\s+र\s+", text):
            entry = _entry(part.split(), role[1])
            if entry:
                entries.append(entry)
    return entries


def _entry(words: list[str], role: str) -> Entry | None:
    """'[Body]का [post] [honorific] Name': the name after the honorific, or the last two words."""
    honorific = max((n for n, w in enumerate(words) if _HONORIFIC.fullmatch(w)), default=None)
    cut = honorific + 1 if honorific is not None else max(0, len(words) - 2)
    name, before = words[cut:], words[: honorific if honorific is not None else cut]
    if not 2 <= len(name) <= 3:
        return None
    genitive = max((n for n, w in enumerate(before) if _GENITIVE.match(w)), default=None)
    if genitive is None:
        return Entry(" ".join(name), None, " ".join(before) or None, None, role)
    post = " ".join(before[genitive + 1 :]) or None
    stem = _GENITIVE.match(before[genitive])
    # (one word alone is the body the page is about, by reference: 'प्रतिष्ठानका', the foundation's)
    body = " ".join([*before[:genitive], stem["stem"]]) if stem and genitive > 0 else None
    return Entry(" ".join(name), None, post, body, role)


# Urdu puts the role's verb last too, its doer unmarked: 'تقریب کی صدارت [Body] کے [post] پروفیسر ڈاکٹر X کریں گے'
# (X will chair), '[Body] کے [post] جناب Y مہمانِ خصوصی ہوں گے' (Y will be the chief guest), 'A، B اور C کتاب پر
# اظہارِ خیال کریں گے' (will comment on the book); a clause ends at '۔', 'جبکہ' (while) or 'جس کے بعد' (after which)
_URDU_VERB = re.compile(r"\s(?:کریں|کرینگے|کرے|ہوں|ہو|دیں)\s?(?:گے|گی|گا)\s*$")
_URDU_CLAUSES = re.compile(r"\s*۔\s*|،?\s*جبکہ\s+|،?\s*جس کے بعد\s+")
_URDU_ROLES = (
    (re.compile(r"صدارت"), "chair"),
    (re.compile(r"مہمانِ?\s?خصوصی"), "featured-remarks"),
    (re.compile(r"اظہارِ?\s?خیال"), "discussant"),
    (re.compile(r"نظامت|میزبانی"), "moderator"),
    (re.compile(r"خطبۂ?\s?استقبالیہ|استقبالیہ کلمات"), "introductory-remarks"),
    (re.compile(r"اختتامی کلمات"), "closing-remarks"),
)
_URDU_HONORIFIC = frozenset(["پروفیسر", "ڈاکٹر", "جناب", "محترمہ", "محترم", "سید"])
_URDU_GENITIVE = frozenset(("کے", "کی", "کا"))


def _urdu_roles(line: str) -> list[Entry]:
    """The people an Urdu sentence gives roles to: those written after an honorific, with the body
    before the genitive and the post between it and the honorific."""
    entries: list[Entry] = []
    for clause in _URDU_CLAUSES.split(line):
        verb = _URDU_VERB.search(clause)
        role = next(((p, r) for p, r in _URDU_ROLES if p.search(clause)), None)
        if verb is None or role is None:
            continue
        noun = role[0].search(clause[: verb.start()])
        if noun is None:
            continue
        after = clause[noun.end() : verb.start()].strip()
        text = after or re.sub(r"\s+\S+\s+پر$", "", clause[: noun.start()].strip())  # 'کتاب پر', on the book
        for part in re.split(r"\s*،\s*|\s+اور\s+", text):
            entry = _urdu_entry(part.split(), role[1])
            if entry:
                entries.append(entry)
    return entries


def _urdu_entry(words: list[str], role: str) -> Entry | None:
    honorific = max((n for n, w in enumerate(words) if w in _URDU_HONORIFIC), default=None)
    if honorific is None or not 2 <= len(words) - honorific - 1 <= 3:
        return None  # without an honorific the post and the name run together
    name = " ".join(words[honorific + 1 :])
    first = min((n for n, w in enumerate(words) if w in _URDU_HONORIFIC), default=honorific)
    before = words[:first]
    genitive = next((n for n, w in enumerate(before) if w in _URDU_GENITIVE), None)
    if genitive is None:
        return Entry(name, None, None, None, role)
    rest = before[genitive + 1 :]
    post = None if "سے" in rest else " ".join(rest) or None  # '… کے شعبہ ماحولیات سے', from its department
    body = " ".join(before[:genitive]) or None
    return Entry(name, None, post, body, role)
