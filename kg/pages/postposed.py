"""Hosts and sponsors named before the words that say so, in languages that put those words after the
name and the name in a case ('Եվրոպական միության ֆինանսավորմամբ', 'Конрад Аденауэр қорының қолдауымен',
'X орталығы Y басқармасымен бірлесіп … өткізеді'). The words and the cases are `words.POSTPOSITIONS`;
this reads a sentence with them: the name before the words, given back in the nominative, and for a
partner the sentence's subject, which holds the event.
"""

from __future__ import annotations

import re

from kg.pages.words import (
    CASE_WORDS,
    JOINT_HOSTS,
    POSTPOSITIONS,
    REPRESENTATION_AFTER,
    SUBJECT_ENDS,
    Postposition,
    is_org_word,
)

_SENTENCES = re.compile(r"(?<=[.!?։።।۔])\s+|\n")
_INITIALS_LAST = re.compile(r"\s*\([^()\s]{2,12}\)$")  # '(GIZ)', '(ՏԶՀԿ)' after the name
_SUBJECT_CASES = (("ը", ""),)  # the Armenian article on a subject ('կենտրոնը'), else the name as written
# 'and' between the capitalised parts of one name ('Nekazaritza eta Arrantza Saila')
_AND = frozenset(("eta", "və", "va", "және", "и"))
_MOST_WORDS = 9


def _case_off(word: str, cases: tuple[tuple[str, str], ...]) -> str | None:
    """`word` with its case ending put back to the nominative; None when it has none of `cases`."""
    for ending, nominative in cases:
        if word.endswith(ending) and len(word) > len(ending) + 1:
            return word[: -len(ending)] + nominative
    return None if cases else word


def _parent(word: str, genitive: str) -> bool:
    """A word in the genitive before a name that belongs to a body ('университетінің', 'համալսարանի'), or
    any word in the genitive in a script without capitals (a Tamil 'கல்லூரியின்')."""
    if not genitive or not re.search(rf"\w(?:{genitive})$", word):
        return False
    return not word[:1].isupper() and (not word[:1].islower() or is_org_word(re.sub(rf"(?:{genitive})$", "", word)))


def _start(words: list[str], genitive: str) -> int:
    """Where the name that ends with the last of `words` begins: small words back to its capitalised first
    words ('Mintaqaviy iqtisodiy tadqiqotlar markazi'), capitalised ones joined by commas and 'and', and
    not past a word of its parent in the genitive ('Eusko Jaurlaritzaren', 'hokimligining')."""
    start, capital = len(words) - 1, words[-1][:1].isupper()
    for i in range(len(words) - 2, max(-1, len(words) - 1 - _MOST_WORDS), -1):
        word = words[i].rstrip(",")
        if word.endswith((")", "»", "”", '"', ":")) or _parent(word, genitive) or word in CASE_WORDS:
            break
        if word[:1].isupper():
            if genitive and re.search(rf"\w(?:{genitive})$", word) and words[i + 1][:1].isupper():
                break
            capital = True
        elif capital and not (word in _AND and i and words[i - 1][:1].isupper()):
            break
        start = i
    return start


def _name_before(text: str, entry: Postposition, opening: bool) -> tuple[str, str] | None:
    """(the name `text` ends with, in the nominative; the text before it). `opening`: `text` opens its
    sentence, whose first word ('Tadbir', 'Іс-шара': the event) is no part of a longer name."""
    text = REPRESENTATION_AFTER.sub("", _INITIALS_LAST.sub("", text.rstrip()))
    words = text.split()
    if not words or (last := _case_off(words[-1], entry.cases)) is None:
        return None
    start = _start(words, entry.genitive)
    if opening and start == 0 and len(words) > 1:
        start = 1
    name = " ".join([*words[start:-1], last]).replace(" ,", ",").strip(',"“«„')
    if not any(c.isupper() for c in name) and re.search(r"\S\s+\S+, \S+$", name):
        name = name.rsplit(", ", 1)[0]  # 'शाही नर्वेजियन दूतावास, काठमाडौंको': the embassy, not its town
    return name, " ".join(words[:start])


def _subject(text: str, genitive: str) -> str | None:
    """The body that opens a sentence before its partner: the partner's parent in the genitive left off
    ('X орталығы Қарағанды облысы әкімдігінің [Y]', 'X կենտրոնը (ՏԶՀԿ) Շիրակի պետական համալսարանի [Y]')."""
    words = _INITIALS_LAST.sub("", text.rstrip()).split()
    if words and genitive and re.search(rf"\w(?:{genitive})$", words[-1]):
        words = words[: _start(words, genitive)]
    subject = Postposition("", "host", _SUBJECT_CASES, genitive)
    named = _name_before(" ".join(words), subject, opening=False) if words else None
    if named is None:
        named = _name_before(" ".join(words), subject._replace(cases=()), opening=False) if words else None
    return named[0] if named else None


# sentences end at the Devanagari danda and the Urdu full stop too
_JOINT_SENTENCES = re.compile(r"(?<=[.!?।۔])\s+|\n")
_BRACKETED_INITIALS = re.compile(r"\s*\([^()\s]{2,12}\)")  # '(ESOGÜ)', '(KRDC)'
_MOST_NAME_WORDS = 14


def _opening_name(text: str) -> str:
    """The name a sentence opens with before its partner: after a clause set apart by a comma whose words
    are mostly small ('Nhằm tạo diễn đàn …, Khoa X, Trường Y'), the parts of a name with capitals kept."""
    parts = text.split(", ")
    if not any(c.isupper() for c in text):
        return text  # a script without capitals: the sentence opens with the name
    start = 0
    for i, part in enumerate(parts):
        words = part.split()
        if words and sum(w[:1].isupper() for w in words) * 2 < len(words):
            start = i + 1
    return ", ".join(parts[start:])


def _one_name(name: str) -> str | None:
    name = _BRACKETED_INITIALS.sub("", name).strip(" ,")
    words = name.split()
    cased = any(c.isupper() or c.islower() for c in name)
    if not words or len(words) > _MOST_NAME_WORDS or (cased and not words[0][:1].isupper()):
        return None
    return name


def joint_hosts(text: str) -> list[str]:
    """The two bodies a sentence of `text` says hold the event together (`words.JOINT_HOSTS`)."""
    hosts: list[str] = []
    for sentence in _JOINT_SENTENCES.split(text):
        for entry in JOINT_HOSTS:
            pattern = rf"^(?P<first>\S.*?)\s+(?:{entry.between})\s+(?P<second>\S[^.;]*?){entry.after}"
            found = re.search(pattern, sentence)
            if not found:
                continue
            first, second = _one_name(_opening_name(found["first"])), _one_name(found["second"])
            if first and second:
                hosts += [first, second]
    return list(dict.fromkeys(hosts))


def postposed_hosts(text: str) -> tuple[list[str], list[str]]:
    """(hosts, sponsors) the sentences of `text` name before words of `words.POSTPOSITIONS`."""
    hosts: list[str] = []
    sponsors: list[str] = []
    for sentence in _SENTENCES.split(text):
        for entry in POSTPOSITIONS:
            for found in re.finditer(rf"(?<=\S)\s+(?:{entry.words})(?!\w)", sentence):
                before = sentence[: found.start()]
                subject_end = SUBJECT_ENDS.search(before)
                if subject_end and entry.role != "sponsor":  # 'X нь Y-тай хамтран': Y runs from the particle
                    partner = _case_off(before[subject_end.end() :].strip(), entry.cases)
                    named = (partner, before[: subject_end.start()]) if partner else None
                else:
                    named = _name_before(before, entry, opening=True)
                if named is None:
                    continue
                name, rest = named
                (hosts if entry.role == "host" else sponsors).append(name)
                subject = _subject(rest, entry.genitive) if entry.role != "sponsor" and rest else None
                if subject:
                    hosts.append(subject)
    hosts += joint_hosts(text)
    return list(dict.fromkeys(hosts)), list(dict.fromkeys(sponsors))
