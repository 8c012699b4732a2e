"""People, bodies and hosts in scripts that write no capitals: Thai, Georgian, Korean, Chinese and
Japanese, Arabic and Persian (sets 61 and 108).

Latin, Cyrillic and Greek pages tell a name from a post or a body by its capitals; these scripts
have none, so a part is taken for a name by what the line says around it: a rank or honorific
written onto it ('ผศ.ดร.', 'ასოც. პროფ.', 'د.'), a post and a body beside it, a role label over it. The
words that name a body ('มหาวิทยาลัย', 'უნივერსიტეტი', '대학교', '大学', 'جامعة') still say a part is an
organisation, and the words of a post ('หัวหน้า', 'დირექტორი', '교수', '教授', 'أستاذ') that it is a post:

- Thai writes 'Title Name Post Body' with no comma, the title often joined to the given name
  ('ผศ.ดร.สมชาย ใจดี หัวหน้าศูนย์วิจัยเมือง', the post joined to its body too);
- Georgian writes 'Name, Body-in-the-genitive Post' ('…ცენტრის დირექტორი': the centre's director);
- Korean writes a name as one word, its body and post after it in brackets ('홍길동 (한국대학교
  행정학과 교수)'), the post between ('홍길동 교수(한국대학교)') or all before it ('한국대학교 연구소
  연구원 홍길동');
- Chinese and Japanese write 'Family Given（Body Post）', after the item's kind with no colon;
- Arabic and Persian write 'Title Name، Post، Body', the post at its body ('باحثة بمركز …');
- Nepali writes 'Rank Name, Post, Body' ('प्रा.डा. X Y, डिन, व्यवस्थापन संकाय, … विश्वविद्यालय');
- Sinhala and Amharic write 'Body-in-the-genitive Post Rank Name' with no comma, Sinhala with an
  honorific after the name ('…කේන්ද්‍රයේ අධ්‍යක්ෂ ආචාර්ය X Y මහත්මිය'), Amharic also 'Rank Name፣ Body Post'
  ('ዶ/ር X Y፣ የ… ዩኒቨርሲቲ ዳይሬክተር').
"""

from __future__ import annotations

import re
from collections.abc import Callable

from kg.pages.gazetteer import town_name

_THAI = "\u0e00-\u0e7f"
_GEORGIAN = "\u10d0-\u10ff"
_HANGUL = "\uac00-\ud7af"
_SINHALA = "\u0d80-\u0dff\u200d"  # (the joiner inside its conjuncts: 'කේන්ද්‍රය')
_ETHIOPIC = "\u1200-\u137f"
_DEVANAGARI = "\u0900-\u097f\u200c\u200d"

# ranks and honorifics Thai writes before a name, with or without a space and joined to each other
# ('รองศาสตราจารย์ ดร.', 'ผศ.ดร.', 'นางสาว', 'คุณ'); the longer forms first
_THAI_TITLE = re.compile(
    r"^(?:(?:รองศาสตราจารย์|ผู้ช่วยศาสตราจารย์|ศาสตราจารย์|อาจารย์|นายแพทย์|แพทย์หญิง|รศ\.|ผศ\.|ศ\.|ดร\.|นพ\.|พญ\."
    r"|นางสาว|น\.ส\.|นาง|นาย|คุณ)\s*)+"
)
# 'โดย X', 'และ X': 'by X', 'and X', as a programme's lines under an item open
_THAI_BY = re.compile(r"^(?:โดย|และ)\s*")
# 'โทร. 043-…  ต่อ 118': a telephone and its extension after the post
_THAI_TELEPHONE = re.compile(r"\s*โทร\.?.*$")
_THAI_WORD = re.compile(rf"[{_THAI}]{{2,}}")
# what a Thai body's name opens with: university, centre, office, chamber, faculty, municipality,
# ministry, department, institute, association, foundation, company, school, hospital, council, bank
_THAI_BODY = re.compile(
    r"^(?:มหาวิทยาลัย|ศูนย์|สำนักงาน|สำนัก|หอการค้า|คณะ|เทศบาล|กระทรวง|กรม|สถาบัน|สมาคม|มูลนิธิ|บริษัท|โรงเรียน"
    r"|โรงพยาบาล|องค์การ|สภา|ธนาคาร|สถานี|หนังสือพิมพ์)"
)
# what a Thai post opens with, where the post runs into its body with no space ('หัวหน้าศูนย์…': head of
# the centre; 'ประธานหอการค้า…': president of the chamber)
_THAI_POST = re.compile(
    r"^(?:รองผู้อำนวยการ|ผู้อำนวยการ|หัวหน้า|ประธาน|รองประธาน|นักวิจัย|อาจารย์|ผู้สื่อข่าว|รองอธิการบดี|อธิการบดี"
    r"|รองคณบดี|คณบดี|เจ้าหน้าที่|ผู้จัดการ|เลขาธิการ|นายก|ผู้ว่าราชการ|กรรมการ|ที่ปรึกษา)"
)


def opens_uncased(word: str) -> bool:
    """'부산대학교', 'มหาวิทยาลัย', '京都大学', 'ცენტრი': a word that opens with a letter of a script
    without capitals (Georgian's are lower case to Unicode, though the script has no capitals)."""
    first = word[:1]
    return first.isalpha() and (not (first.isupper() or first.islower()) or _GEORGIAN_LETTER.match(first) is not None)


_GEORGIAN_LETTER = re.compile(f"[{_GEORGIAN}]")


def written_without_case(name: str) -> bool:
    """A name wholly in Thai, Georgian, Hangul, Arabic, Sinhala or Ethiopic letters ('ნანა ბოლქვაძე', '홍길동',
    'أحمد محمود', 'රුවන් පතිරණ', 'አያሌው ወንዴ')."""
    letters = f"{_THAI}{_GEORGIAN}{_HANGUL}\u0600-\u06ff{_SINHALA}{_ETHIOPIC}{_DEVANAGARI}"
    return bool(re.fullmatch(rf"[{letters}]+(?: [{letters}]+)*", name))


_LATIN_BODY = re.compile(r"^[A-Z]")  # 'ผู้สื่อข่าว Thai PBS': a body named in Latin letters


def _thai_post_and_body(words: list[str]) -> tuple[str | None, str | None]:
    """('หัวหน้า', 'ศูนย์วิจัยเมือง'): the post, then the body from the first word that opens one (or
    from inside the post's one word, where the two run together)."""
    at = next((i for i, w in enumerate(words) if _THAI_BODY.match(w) or _LATIN_BODY.match(w)), len(words))
    post, body = " ".join(words[:at]), " ".join(words[at:])
    if not body and len(words) == 1 and (opened := _THAI_POST.match(post)) and _THAI_BODY.match(post[opened.end() :]):
        post, body = post[: opened.end()], post[opened.end() :]
    return post or None, body or None


def thai_entry(text: str) -> tuple[str | None, str, str | None, str | None] | None:
    """(titles, name, post, body) of 'ผศ.ดร.สมชาย ใจดี หัวหน้าศูนย์วิจัยเมือง', or None: the name
    is the two words after the titles, a given and a family name."""
    text = _THAI_BY.sub("", text.strip())
    titled = _THAI_TITLE.match(text)
    rest = text[titled.end() :] if titled else text
    words = _THAI_TELEPHONE.sub("", rest).replace(",", " ").split()
    if len(words) < 2 or not all(_THAI_WORD.fullmatch(w) for w in words[:2]):
        return None
    if any(_THAI_BODY.match(w) or _THAI_POST.match(w) for w in words[:2]):
        return None  # 'หัวหน้าศูนย์ …', 'มหาวิทยาลัยเชียงใหม่ …': a post or a body, no name
    post, body = _thai_post_and_body(words[2:])
    post = post if body or (post and _THAI_POST.match(post)) else None  # not a note under the name
    if not (titled or post or body):
        return None  # 'ปาฐกถาพิเศษ เรื่อง “…”': two words and a talk, no one's title, post or body
    return (titled.group(0).strip() if titled else None), " ".join(words[:2]), post, body


_HANGUL_WORD = re.compile(rf"[{_HANGUL}]+")
# the ending of a Korean body's name: university, institute, foundation, centre, association, newspaper,
# broadcaster, committee, corporation, bank, and a province, county, city, district or ministry ('-도', '-군',
# '-시', '-구', '-청', '-부'); not a department ('행정학과'), which goes with the post
_HANGUL_BODY = re.compile(
    r"(?:대학교|대학|연구원|연구소|재단|센터|협회|학회|신문|일보|방송|위원회|공사|공단|은행|진흥원|[도군시구청부]"
    r"|회의소|협력단|사업단|협의회|연합회)$"  # (a chamber of commerce, a university's industry cooperation foundation)
)
# the ending of a Korean post: professor, researcher, reporter, representative, director, and any head ('-장':
# '소장', '과장', '기획조정실장')
_HANGUL_POST = re.compile(r"(?:교수|연구원|연구위원|위원|기자|대표|이사|박사|강사|의원|[장관])$")


def _hangul_post(word: str) -> bool:
    """'소장', '연구원', '도시계획과장' are posts; '한국개발연구원', a body whose kind ends as a post
    does, is not (a body's name is longer than its kind by two syllables or more)."""
    body = _HANGUL_BODY.search(word)
    return bool(_HANGUL_POST.search(word)) and not (body and len(word) - len(body.group(0)) >= 2)


def hangul_name(word: str) -> bool:
    """'홍길동': a Korean name, one word of two to four syllables, no post's nor body's word."""
    return bool(re.fullmatch(rf"[{_HANGUL}]{{2,4}}", word)) and not _hangul_post(word) and not _HANGUL_BODY.search(word)


def hangul_description(words: list[str]) -> tuple[str | None, str | None]:
    """(post, body) of '한국대학교 행정학과 교수': the body the words up to the last that ends as one
    does, the post the rest ('행정학과 교수'); a lone word is a post or a body by its ending."""
    if not words or not all(_HANGUL_WORD.fullmatch(w) for w in words):
        return None, None
    ends = [i for i, w in enumerate(words) if _HANGUL_BODY.search(w) and not (i == len(words) - 1 and _hangul_post(w))]
    # the body runs from the first word to the last of a run of body words ('한국대학교 지역연구소')
    last = -1
    for i in ends:
        if i == last + 1:
            last = i
    post = words[last + 1 :]
    # ('(전체)', '(온라인)': a note in brackets, no post)
    return (" ".join(post) if post and _hangul_post(post[-1]) else None), " ".join(words[: last + 1]) or None


def korean_entry(text: str) -> tuple[str, str | None, str | None] | None:
    """(name, post, body) of '홍길동 (한국대학교 행정학과 교수)', '홍길동 교수(한국대학교 행정학과)' or
    '한국대학교 연구소 연구원 홍길동', or None: a one-word name only with the post or the body the line
    gives it."""
    text = text.strip()
    # (the bracket closed or not; the post may stand between the name and the bracket)
    bracketed = re.fullmatch(r"(?P<name>\S+)(?:\s+(?P<post>[^\s()]+))?\s*\((?P<about>[^()]+)\)?", text)
    if bracketed and hangul_name(bracketed["name"]):
        words = bracketed["about"].replace(",", " ").split()
        if bracketed["post"]:
            if not _hangul_post(bracketed["post"]):
                return None
            words.append(bracketed["post"])  # '교수(한국대학교 행정학과)': the department and the post
        post, body = hangul_description(words)
        return (bracketed["name"], post, body) if post or body else None
    words = text.split()
    if len(words) >= 2 and hangul_name(words[-1]) and _hangul_post(words[-2]):
        post, body = hangul_description(words[:-1])
        return (words[-1], post, body) if post else None
    return None


_GEORGIAN_WORD = re.compile(rf"[{_GEORGIAN}]{{2,}}")
# the stems of the words that name a Georgian body (centre, university, institute, fund, association,
# city hall, ministry, faculty, office, service, committee, council, academy, bank, union, organisation,
# chamber, agency, newspaper, library, museum, school, parliament, government, administration,
# department), each with its nominative ending: 'ცენტრ-ი', genitive 'ცენტრ-ის'; 'მერი-ა', 'მერი-ის'
_GEORGIAN_BODY = re.split(
    r"\s+",
    "ცენტრი უნივერსიტეტი ინსტიტუტი ფონდი ასოციაცია მერია სამინისტრო ფაკულტეტი ოფისი სამსახური კომიტეტი საბჭო"
    " აკადემია ბანკი კავშირი ორგანიზაცია პალატა სააგენტო გაზეთი ბიბლიოთეკა მუზეუმი სკოლა კოლეჯი პარლამენტი"
    " მთავრობა ადმინისტრაცია დეპარტამენტი საკრებულო ფედერაცია ლაბორატორია",
)
# the first parts of bodies written as one word with their kind ('ევრო-კავშირი': the European Union)
_GEORGIAN_COMPOUNDS = frozenset(("ევრო",))
# Georgian posts: director, researcher, chair, journalist, coordinator, professor, manager, expert,
# analyst, adviser, deputy, editor, dean, rector, minister, head, specialist, founder, president, member,
# lecturer, assistant
_GEORGIAN_POST = frozenset(
    re.split(
        r"\s+",
        "დირექტორი მკვლევარი უფროსი თავმჯდომარე ჟურნალისტი კოორდინატორი პროფესორი მენეჯერი ექსპერტი ანალიტიკოსი"
        " მრჩეველი მოადგილე რედაქტორი დეკანი რექტორი მინისტრი ხელმძღვანელი სპეციალისტი დამფუძნებელი პრეზიდენტი"
        " წევრი ლექტორი ასისტენტი",
    )
)


def _georgian_body_word(word: str) -> str | None:
    """The nominative of a body's word written in the nominative or the genitive ('ცენტრის' ->
    'ცენტრი', 'მერიის' -> 'მერია', 'სამინისტროს' -> 'სამინისტრო'), or None."""
    for body in _GEORGIAN_BODY:
        genitive = body + "ს" if body.endswith("ო") else body[:-1] + "ის"
        if word in (body, genitive):
            return body
        # a compound written as one word, its kind last ('ევროკავშირის' -> 'ევროკავშირი': the European Union)
        if word.endswith(body[:-1] + "ის") and word[: len(word) - len(genitive)] in _GEORGIAN_COMPOUNDS:
            return word[: len(word) - len(genitive)] + body
        if word.endswith(body) and word[: len(word) - len(body)] in _GEORGIAN_COMPOUNDS:
            return word
    return None


# what opens no Georgian name: an adjective's ending on the first word ('შემაჯამებელი სიტყვა',
# 'პანელური დისკუსია': closing remarks, a panel discussion), a loan noun's '-ცია' ('პრეზენტაცია')
_GEORGIAN_ADJECTIVE = re.compile(r"(?:ური|ული|ელი|ები)$")


def georgian_name(text: str) -> bool:
    """'ნანა ბოლქვაძე': two or three Georgian words, none a post's nor a body's, none in the genitive."""
    words = text.split()
    return (
        2 <= len(words) <= 3
        and all(_GEORGIAN_WORD.fullmatch(w) for w in words)
        and not _GEORGIAN_ADJECTIVE.search(words[0])
        and not any(
            w in _GEORGIAN_POST or _georgian_body_word(w) or w.endswith(("ის", "ცია")) or w == "და" for w in words
        )
    )


def georgian_description(parts: list[str]) -> tuple[str | None, str | None]:
    """(post, body) of the parts after a Georgian name: 'X-ის ცენტრის დირექტორი' is the director of
    the X centre (the body through its first word of a body's kind, put back in the nominative);
    a part with a body's word in the nominative, or in quotes, is the body; one of posts' words a post."""
    post = body = None
    for part in (p.strip() for p in parts):
        words = part.split()
        kinds = [i for i, w in enumerate(words) if _georgian_body_word(w)]
        if re.fullmatch(r"[„“\"«].+[”“\"»]", part):
            body = body or part.strip('„“”"«»')
        elif kinds and kinds[0] < len(words) - 1 and words[-1] in _GEORGIAN_POST | {"უფროსი"}:
            at = kinds[0]
            # ('ცენტრის მკვლევარი': the centre's researcher, the kind alone, which the page names in full elsewhere)
            body = body or " ".join([*words[:at], _georgian_body_word(words[at]) or words[at]])
            post = post or " ".join(words[at + 1 :])
        elif kinds and kinds[-1] == len(words) - 1:
            body = body or " ".join([*words[:-1], _georgian_body_word(words[-1]) or words[-1]])
        elif words and words[-1] in _GEORGIAN_POST:
            post = post or part
    return post, body


_CJK = "\u3040-\u30ff\u3400-\u9fff"
# a Chinese or Japanese name, the family and the given name apart ('山田 花子', '陈 明'), its body and
# post after it in brackets, full-width or not ('（京都大学 法学研究科 教授）')
_CJK_NAMED = re.compile(rf"(?P<name>[{_CJK}]{{1,3}}[ \u3000][{_CJK}]{{1,3}})\s*[（(](?P<about>[^（）()]+)[）)]?")
# the ending of a Chinese or Japanese body's name (university, institute, foundation, association,
# society, bank, newspaper, ministry, agency, prefecture ('県', '府', '都'), city, organisation, company)
_CJK_BODY = re.compile(
    r"(?:大学|大学校|大學|研究所|研究院|財団|财团|協会|协会|学会|學會|銀行|银行|新聞社|新聞|新闻|省|庁|県|府|都|市|機構|机构|公司|会社)$"
)
# the ending of a Chinese or Japanese post: professor, lecturer, researcher, head ('センター長'), reporter,
# director, member, doctor
_CJK_POST = re.compile(r"(?:教授|講師|讲师|研究員|研究员|主任|長|长|記者|记者|理事|委員|委员|博士)$")


def cjk_entry(text: str) -> tuple[str, str | None, str | None] | None:
    """(name, post, body) of '山田 花子（京都大学 経済研究所長）': the body the first word
    when it ends as a body's name does, the post the rest when it ends as a post does."""
    named = _CJK_NAMED.fullmatch(text.strip())
    if not named:
        return None
    words = named["about"].split()
    body = words[0] if _CJK_BODY.search(words[0]) else None
    post = " ".join(words[1:] if body else words)
    post = post if _CJK_POST.search(post) else ""
    return (named["name"], post or None, body) if post or body else None


def named_after_kind(item: str) -> str | None:
    """'山田 花子（…）' of '開会挨拶 山田 花子（…）' or '基調講演「…」 陈 明（…）': the person Chinese and
    Japanese programmes write after the item's kind or its talk's title, with no colon or dash."""
    found = re.search(rf"(?<=[\s」』”])({_CJK_NAMED.pattern})$", item.strip())
    return found.group(1) if found and cjk_entry(found.group(1)) else None


_ARABIC = "\u0600-\u06ff"
# ranks and honorifics Arabic and Persian write before a name ('د.' doctor, 'أ.د.' professor doctor, 'م.' engineer,
# 'الدكتور', 'الأستاذة', 'السيد', 'دکتر')
_ARABIC_TITLE = re.compile(r"^(?:(?:أ\.\s?د\.|د\.|م\.|أ\.|الدكتورة?|الأستاذة?|السيدة?|دکتر|مهندس)\s*)+")
# the first word of an Arabic or Persian body's name: university, centre, institute, ministry, foundation,
# association, authority, organisation, faculty, bank, newspaper, council
_ARABIC_BODY = (
    r"(?:جامعة|مركز|معهد|وزارة|مؤسسة|جمعية|هيئة|منظمة|كلية|بنك|صحيفة|مجلس"
    r"|دانشگاه|مرکز|موسسه|پژوهشگاه|وزارت|بنیاد|انجمن|سازمان|دانشکده)"
)
# the first word of an Arabic or Persian post: professor, director, head, researcher, minister, ambassador,
# lecturer, journalist, dean, coordinator, deputy, adviser
_ARABIC_POST = re.compile(
    r"^(?:أستاذة?|مديرة?|رئيسة?|باحثة?|وزيرة?|سفيرة?|محاضرة?|صحفية?|عميدة?|منسقة?|نائب|مستشارة?"
    r"|استاد|استادیار|دانشیار|پژوهشگر|مدیر|رئیس|خبرنگار|معاون)"
)
# the post at its body in one part: 'أستاذ العلوم السياسية في جامعة القاهرة', '… بجامعة القاهرة'
_ARABIC_POST_AT = re.compile(rf"\s+(?:في\s+|ب|در\s+)(?={_ARABIC_BODY})")


def arabic_entry(text: str) -> tuple[str | None, str, str | None, str | None] | None:
    """(titles, name, post, body) of 'د. أحمد محمود، أستاذ العلوم السياسية، جامعة القاهرة', or None: a
    name of two to four Arabic or Persian words, with a title before it or a post or body after it."""
    parts = [p.strip() for p in re.split(r"\s*[،,]\s*", text.strip()) if p.strip()]
    titled = _ARABIC_TITLE.match(parts[0]) if parts else None
    name = parts[0][titled.end() :].strip() if titled else (parts[0] if parts else "")
    words = name.split()
    if not 2 <= len(words) <= 4 or not all(re.fullmatch(f"[{_ARABIC}]+", w) for w in words):
        return None
    if re.match(_ARABIC_BODY, words[0]) or _ARABIC_POST.match(words[0]):
        return None  # 'جامعة القاهرة', 'مدير المركز': a body or a post, no name
    post = body = None
    for part in parts[1:]:
        if re.match(_ARABIC_BODY, part):
            body = body or part
        elif _ARABIC_POST.match(part):
            held, _, at = _ARABIC_POST_AT.sub("\n", part, count=1).partition("\n")
            if not at:  # Persian: the body straight after the post ('استادیار دانشگاه تهران')
                words = held.split()
                at_word = next((i for i, w in enumerate(words) if i and re.match(_ARABIC_BODY, w)), len(words))
                held, at = " ".join(words[:at_word]), " ".join(words[at_word:])
            post, body = post or held, body or at or None
    if not (titled or post or body):
        return None
    return (titled.group(0).strip() if titled else None), name, post, body


_SINHALA_WORD = re.compile(rf"[{_SINHALA}]+")
_ETHIOPIC_WORD = re.compile(rf"[{_ETHIOPIC}/]+")
# ranks Sinhala writes before a name (professor, doctor, physician, the honourable) and the honorifics after it
# (Mr, Mrs, Miss)
_SINHALA_RANKS = frozenset(("මහාචාර්ය", "ආචාර්ය", "වෛද්‍ය", "ගරු"))
_SINHALA_HONORIFICS = frozenset(("මහතා", "මහත්මිය", "මෙනවිය", "මිය"))
# the particle inside a family name ('සුනිල් ද සිල්වා': de Silva)
_SINHALA_PARTICLES = frozenset(("ද", "ඩි"))
# the words that end a Sinhala body's name (university, centre, department, society, division, corporation,
# faculty, institute, ministry, board, council, bank, office, authority, foundation, association, service)
_SINHALA_BODY = re.compile(
    "(?:විශ්වවිද්‍යාලය|කේන්ද්‍රය|මධ්‍යස්ථානය|දෙපාර්තමේන්තුව|සමිතිය|අංශය|සංස්ථාව|පීඨය|ආයතනය|අමාත්‍යාංශය|මණ්ඩලය|සභාව|බැංකුව|කාර්යාංශය|අධිකාරිය|පදනම|සංගමය)$"
)
# ranks and forms of address Amharic writes before a name (doctor, professor, Mr, Mrs, Miss, engineer, the
# honourable)
_ETHIOPIC_RANKS = frozenset(
    ("ዶ/ር", "ፕሮፌሰር", "ፕ/ር", "ረ/ፕሮፌሰር", "ተ/ፕሮፌሰር", "አቶ", "ወ/ሮ", "ወ/ሪት", "ኢንጂነር", "ኢ/ር", "ክቡር", "ክብርት")
)
# the words that end an Amharic body's name (university, centre, authority, association, corporation,
# institution, college, ministry, office, institute, organisation, commission, foundation, bank, agency,
# administration, federation, department)
_ETHIOPIC_BODY = frozenset(
    re.split(
        r"\s+",
        "ዩኒቨርሲቲ ማዕከል ባለሥልጣን ማህበር ማኅበር ኮርፖሬሽን ተቋም ኮሌጅ ሚኒስቴር ቢሮ ኢንስቲትዩት ድርጅት ኮሚሽን ፋውንዴሽን ባንክ ኤጀንሲ አስተዳደር ፌዴሬሽን መምሪያ",
    )
)
# posts whose body is their portfolio or town, not their employer (the minister and mayor convention): the
# Sinhala minister, mayor and governor, the Amharic minister and mayor
_PORTFOLIO_POSTS = re.compile("(?:අමාත්‍ය|නගරාධිපති|ආණ්ඩුකාර|ሚኒስትር|ከንቲባ)$")
# 'and', between two people of one line ('X මහතා සහ Y මෙනවිය', 'ዶ/ር X እና አቶ Y', 'श्री X र सुश्री Y, …')
_JOINED = re.compile(r"\s+(?:සහ|እና|र)\s+")


def _ethiopic_body_word(word: str) -> str | None:
    """'ማዕከል', its definite 'ማዕከሉ' (the centre: the last syllable's vowel u) or 'ዩኒቨርሲቲው', with or
    without the genitive 'የ' before it -> 'ማዕከል'; None for any other word."""
    word = word[1:] if word.startswith("የ") and len(word) > 2 else word
    for body in _ETHIOPIC_BODY:
        last = ord(body[-1]) - 0x1200
        definite = body[:-1] + chr(ord(body[-1]) - 4) if last % 8 == 5 else body + "ው"
        if word in (body, definite):
            return body
    return None


def _sinhala_body_word(word: str) -> str | None:
    """'කේන්ද්‍රයේ' (the centre's: the genitive's vowel sign on the last letter) -> 'කේන්ද්‍රය'; None for any
    other word."""
    return word[:-1] if word.endswith("\u0dda") and _SINHALA_BODY.search(word[:-1]) else None


def _uncased_description(words: list[str], body_word: Callable[[str], str | None]) -> tuple[str | None, str | None]:
    """(post, body) of a Sinhala or Amharic 'Body Post': the body through the first word of a body's kind
    (in the genitive), put back in the nominative and without the genitive 'የ' before it; the post the
    rest. A post whose body is its portfolio ('…ከተማ አስተዳደር ከንቲባ': the town's mayor) keeps it."""
    if words and _PORTFOLIO_POSTS.search(words[-1]):
        return " ".join(words), None
    at = next((i for i, w in enumerate(words) if body_word(w)), None)
    if at is None:
        return " ".join(words) or None, None
    first = words[0][1:] if words[0].startswith("የ") and len(words[0]) > 2 else words[0]
    kind = body_word(words[at]) or words[at]
    body = [first, *words[1:at], kind] if at else [kind]
    post = words[at + 1 :]
    if post and post[-1].endswith("ዎች"):  # a post in the plural for two people, each one's ('ተመራማሪዎች')
        post[-1] = post[-1][: -len("ዎች")]
    return " ".join(post) or None, " ".join(body)


def sinhala_entry(text: str) -> tuple[str | None, str, str | None, str | None] | None:
    """(rank, name, post, body) of '…කේන්ද්‍රයේ අධ්‍යක්ෂ ආචාර්ය නිලන්ති වීරසිංහ මහත්මිය', or None: the name
    runs from after the rank (or two words before the honorific) to the honorific."""
    words = text.split()
    if not words or not all(_SINHALA_WORD.fullmatch(w) for w in words):
        return None
    honorific = words[-1] in _SINHALA_HONORIFICS
    end = len(words) - 1 if honorific else len(words)
    rank = max((i for i, w in enumerate(words[:end]) if w in _SINHALA_RANKS), default=None)
    if rank is not None:
        start = rank + 1
    elif honorific:
        start = end - 3 if end >= 3 and words[end - 2] in _SINHALA_PARTICLES else end - 2
    else:
        return None
    if not 1 <= end - start <= 4 or start < 0:
        return None
    before = words[: rank if rank is not None else start]
    post, body = _uncased_description(before, _sinhala_body_word)
    return (words[rank] if rank is not None else None), " ".join(words[start:end]), post, body


def amharic_entry(text: str) -> tuple[str | None, str, str | None, str | None] | None:
    """(rank, name, post, body) of 'የ… ዩኒቨርሲቲ … ፕሬዚዳንት ፕሮፌሰር X Y' or 'ወ/ሮ X Y፣ የ… ባለሥልጣን … ዳይሬክተር',
    or None: the name is the words after the rank, two or three."""
    parts = [p.split() for p in re.split(r"\s*[፣,]\s*", text.strip()) if p.strip()]
    if not parts or not all(_ETHIOPIC_WORD.fullmatch(w) for w in parts[0]):
        return None
    first = parts[0]
    rank = next((i for i, w in enumerate(first) if w in _ETHIOPIC_RANKS), None)
    if rank is None or not 2 <= len(first) - rank - 1 <= 3:
        return None
    described = first[:rank] or next((p for p in parts[1:] if len(p) > 1), [])  # (not a lone 'ስልክ': telephone)
    post, body = _uncased_description(described, _ethiopic_body_word)
    return first[rank], " ".join(first[rank + 1 :]), post, body


_DEVANAGARI_WORD = re.compile(rf"[{_DEVANAGARI}]+")
# ranks and forms of address Nepali writes before a name (professor doctor, doctor, the honourable, Mr, Ms, Mrs)
_NEPALI_RANK = re.compile(r"^(?:(?:प्रा\.\s?डा\.|प्रा\.|डा\.|माननीय|श्रीमती|सुश्री|श्री|इ\.)\s*)+")
# the words that end a Nepali body's name (centre, university, faculty, board, federation, daily, ministry,
# institute, office, council, committee, association, bank, foundation, commission, municipality)
_NEPALI_BODY = re.compile(
    r"(?:केन्द्र|विश्वविद्यालय|संकाय|बोर्ड|महासंघ|दैनिक|मन्त्रालय|प्रतिष्ठान|संस्थान|कार्यालय|परिषद|समिति|संघ|बैंक"
    r"|फाउन्डेसन|आयोग|नगरपालिका|क्याम्पस)$"
)
# Nepali posts whose place is their portfolio (chief minister, minister, mayor): the post with it, no employer
_NEPALI_PORTFOLIO = re.compile(r"^(?:मुख्यमन्त्री|मन्त्री|राज्यमन्त्री|मेयर|नगरप्रमुख)$")


def nepali_entry(text: str) -> tuple[str | None, str, str | None, str | None] | None:
    """(rank, name, post, body) of 'प्रा.डा. रमेश बराल, डिन, व्यवस्थापन संकाय, गण्डकी विश्वविद्यालय', or None: a
    name of one to three Devanagari words after a rank; a unit before the body stays in the post, a
    district after it is left out, a portfolio post keeps its place."""
    parts = [p.strip() for p in re.split(r"\s*,\s*", text.strip()) if p.strip()]
    rank = _NEPALI_RANK.match(parts[0]) if parts else None
    if rank is None:
        return None  # 'अध्यक्ष, … केन्द्र', 'होटल बाराही, …': a post or a place; a Nepali name has its rank
    name = parts[0][rank.end() :].strip()
    words = name.split()
    if not 1 <= len(words) <= 3 or not all(_DEVANAGARI_WORD.fullmatch(w) for w in words) or _NEPALI_BODY.search(name):
        return None
    # (up to a telephone's or mail's label: 'मोबाइल : ९८…', 'इमेल : …')
    told = next((i for i, p in enumerate(parts) if ":" in p and i), len(parts))
    described = [p for p in parts[1:told] if _DEVANAGARI_WORD.fullmatch(p.replace(" ", ""))]
    if described and _NEPALI_PORTFOLIO.match(described[0]):
        return rank.group(0).strip(), name, ", ".join(described), None
    bodies = [i for i, p in enumerate(described) if _NEPALI_BODY.search(p)]
    post = ", ".join(described[: bodies[-1]] if bodies else described) or None
    body = described[bodies[-1]] if bodies else None
    if not (len(words) >= 2 or post or body):
        return None
    return rank.group(0).strip(), name, post, body


_BENGALI = "\u0980-\u09ff\u200c\u200d"
_LAO = "\u0e80-\u0eff"
# the words a Lao body's name opens with: department, association, company, university, newspaper, centre, ministry,
# organisation, institute, bank, foundation, office, college
_LAO_BODY = r"(?:ພະແນກ|ສະມາຄົມ|ບໍລິສັດ|ມະຫາວິທະຍາໄລ|ໜັງສືພິມ|ສູນ|ກະຊວງ|ອົງການ|ສະຖາບັນ|ທະນາຄານ|ມູນນິທິ|ຫ້ອງການ|ວິທະຍາໄລ)"
# Bengali and Urdu (set 122) write 'Rank Name, Post, Body' as Nepali does, the rank often left out: the ranks
# and forms of address before a name (professor, doctor, engineer, Mr, Mrs; 'মোঃ' and 'মোছাঃ', Mohammad and
# Mosammat abbreviated, are the name's own), the words that end a body's name (centre, university, authority,
# directorate, association, institute, ministry, foundation, council, office, embassy, bank, commission; Urdu
# university, centre, institute, union) or open it (a daily, a department of government: 'দৈনিক …',
# 'روزنامہ …', 'محکمہ …'), and the posts whose place is their portfolio (deputy commissioner, divisional
# commissioner, minister, mayor)
_SOUTH_ASIAN = {
    "bn": (
        _BENGALI,
        re.compile(r"^(?:(?:অধ্যাপক|ড\.|ডা\.|প্রকৌশলী|জনাব|বেগম|জনাবা|মিসেস|মিস্টার)\s*)+"),
        re.compile(
            r"(?:কেন্দ্র|বিশ্ববিদ্যালয়|কর্তৃপক্ষ|অধিদপ্তর|অধিদফতর|সমিতি|ইনস্টিটিউট|মন্ত্রণালয়|ফাউন্ডেশন|সংস্থা|পরিষদ"
            r"|কার্যালয়|দূতাবাস|ব্যাংক|কমিশন)$|^দৈনিক\s"
        ),
        re.compile(r"^(?:জেলা প্রশাসক|বিভাগীয় কমিশনার|মন্ত্রী|প্রতিমন্ত্রী|মেয়র|উপজেলা নির্বাহী কর্মকর্তা)$"),
    ),
    "lo": (
        _LAO,
        re.compile(r"^(?:(?:ທ່ານ\s*ນາງ|ທ່ານ|ຮສ\.|ປອ\.|ສຈ\.|ດຣ\.|ນາງ)\s*)+"),
        re.compile(rf"^{_LAO_BODY}"),
        re.compile(r"^(?:ຮອງ)?(?:ເຈົ້າແຂວງ|ເຈົ້າເມືອງ|ລັດຖະມົນຕີ)(?:\s.+)?$"),
    ),
    "ur": (
        _ARABIC,
        re.compile(r"^(?:(?:پروفیسر|ڈاکٹر|انجینئر|جناب|محترمہ|محترم|بیگم)\s*)+"),
        re.compile(r"(?:مرکز|یونیورسٹی|انسٹی ٹیوٹ|اتحاد|فاؤنڈیشن|کونسل|بینک|کمیشن|وزارت)$|^(?:روزنامہ|محکمہ)\s"),
        re.compile(r"^(?:(?:ڈپٹی )?کمشنر(?: [^،,]+)?|وزیر(?: [^،,]+)?|میئر(?: [^،,]+)?)$"),
    ),
}


# Lao (set 122) writes 'Rank Name, Post-Body', the post run into its body with no space ('ຫົວໜ້າພະແນກ…': head of the
# department), as Thai does: the words a Lao post opens with
_LAO_POST = re.compile(r"^(?:ຮອງ)?(?:ຫົວໜ້າ|ປະທານ|ຜູ້ອຳນວຍການ|ຜູ້ຈັດການ|ນັກຂ່າວ|ນັກຄົ້ນຄວ້າ|ອາຈານ|ເລຂານຸການ|ຄະນະບໍດີ|ອະທິການບໍດີ|ວິຊາການ)")


def _lao_post_and_body(part: str) -> tuple[str | None, str | None]:
    """('ຫົວໜ້າ', 'ພະແນກກະສິກຳ …') of 'ຫົວໜ້າພະແນກກະສິກຳ …'; the post alone when no body's word follows it,
    or only the centre's own ('ນັກຄົ້ນຄວ້າ ຂອງສູນ': the centre's researchers, named in full elsewhere)."""
    post = _LAO_POST.match(part)
    if post is None:
        return None, None
    rest = part[post.end() :].strip()
    if re.match(_LAO_BODY, rest):
        return post.group(0), rest
    return (post.group(0), None) if not rest or re.fullmatch(rf"ຂອງ{_LAO_BODY}", rest) else (part, None)


def south_asian_entry(text: str) -> tuple[str | None, str, str | None, str | None] | None:
    """(rank, name, post, body) of 'অধ্যাপক ড. X Y, পরিচালক, … কেন্দ্র' or 'ڈاکٹر X Y، ڈائریکٹر، … مرکز', or None: a
    name of one to four Bengali or Urdu words after a rank (two or more without one), the post and the body the
    parts after it; a unit before the body stays in the post, a town after it is left out, a portfolio post keeps
    its place and has no employer."""
    script = next((key for key, (letters, *_) in _SOUTH_ASIAN.items() if re.match(f"[{letters}]", text.strip())), None)
    if script is None:
        return None
    letters, rank_re, body_re, portfolio_re = _SOUTH_ASIAN[script]
    parts = [p.strip() for p in re.split(r"\s*[,،]\s*", text.strip()) if p.strip()]
    rank = rank_re.match(parts[0]) if parts else None
    name = parts[0][rank.end() :].strip() if rank else (parts[0] if parts else "")
    words = name.split()
    plain = all(re.fullmatch(f"[{letters}]+", w) for w in words)
    if not plain or not (1 if rank else 2) <= len(words) <= 4 or body_re.search(name) or portfolio_re.match(name):
        return None
    # (a district after a body is no part of it: Urdu '… اتحاد ضلع ملتان', the union of Multan district)
    described = [re.sub(r"\s+ضلع\s+\S+$", "", p) for p in parts[1:] if re.fullmatch(f"[{letters} ]+", p)]
    if described and portfolio_re.match(described[0]):
        return rank.group(0).strip() if rank else None, name, described[0], None
    if script == "lo" and described and _LAO_POST.match(described[0]) and len(described) == 1:
        post, body = _lao_post_and_body(described[0])
        return rank.group(0).strip() if rank else None, name, post, body
    bodies = [i for i, p in enumerate(described) if body_re.search(p)]
    post = ", ".join(described[: bodies[-1]] if bodies else described[:1]) or None
    body = described[bodies[-1]] if bodies else None
    if not (rank or post or body):
        return None
    return rank.group(0).strip() if rank else None, name, post, body


def joined_pair(text: str) -> list[str] | None:
    """'X මහතා සහ Y මෙනවිය', 'ዶ/ር X እና አቶ Y': the two people of one Sinhala or Amharic line, each
    with the rank or honorific that shows a name (else None)."""
    pieces = _JOINED.split(text.strip())
    if len(pieces) != 2:
        return None
    return pieces if all(sinhala_entry(p) or amharic_entry(p) or nepali_entry(p) for p in pieces) else None


_TAMIL = "\u0b80-\u0bff"
# a Tamil name: one to three words, with the initial of the father's name before it ('ச. கலைச்செல்வி', 'இரா. X')
_TAMIL_NAME = re.compile(rf"(?:[{_TAMIL}]{{1,4}}\.\s?){{0,2}}[{_TAMIL}]{{2,}}(?: [{_TAMIL}]{{2,}}){{0,2}}")
# what a Tamil body's name ends with: university, college, centre, association, company or institution,
# department, bank, trust, council, office, newspaper
_TAMIL_BODY = re.compile(r"(?:பல்கலைக்கழகம்|கல்லூரி|மையம்|சங்கம்|நிறுவனம்|துறை|வங்கி|அறக்கட்டளை|கழகம்|அலுவலகம்|இயக்கம்|நாளிதழ்|பள்ளி)$")
# its posts: director, principal, head, president, professor, lecturer, researcher, engineer, reporter, coordinator
_TAMIL_POST = re.compile(
    r"(?:இயக்குநர்|முதல்வர்|தலைவர்|பேராசிரியர்|விரிவுரையாளர்|ஆய்வாளர்|உதவியாளர்|பொறியாளர்|செய்தியாளர்|ஒருங்கிணைப்பாளர்"
    r"|ஆட்சியர்|செயலாளர்|அலுவலர்|உறுப்பினர்|ஆசிரியர்)$"
)
_TAMIL_POST_NOMINALS = re.compile(rf"\s+[{_TAMIL}]{{1,3}}(?:\.[{_TAMIL}]{{1,3}}){{1,3}}\.?$")


def tamil_name(name: str) -> bool:
    """'ச. கலைச்செல்வி', 'ஜெ. பால் தினகரன்': a person's name in Tamil, not a post or a body."""
    return bool(_TAMIL_NAME.fullmatch(name)) and not (_TAMIL_POST.search(name) or _TAMIL_BODY.search(name))


def tamil_description(parts: list[str]) -> tuple[str | None, str | None]:
    """(post, body) of a Tamil entry's 'post, [unit,] body[, district]' ('இணைப் பேராசிரியர், வேளாண் பொருளியல் துறை,
    X பல்கலைக்கழகம்'): the body is the last part its kind's word ends, a unit before it stays in the post, a
    district or town after it is left out."""
    parts = [p.strip() for p in parts if p.strip() and not town_name(p.strip())]
    at = max((i for i, p in enumerate(parts) if _TAMIL_BODY.search(p)), default=None)
    if at is None and len(parts) == 2 and _TAMIL_POST.search(parts[0]):
        at = 1  # 'சிறப்புச் செய்தியாளர், தினமணி': a paper by its name alone, after a post
    if at is None or at == 0:
        return ", ".join(parts[:1]) or None, None
    return ", ".join(parts[:at]), parts[at]


def caseless_entry(text: str, titled: tuple[str | None, str]) -> tuple[str | None, str, str | None, str | None] | None:
    """(honorific, name, post, body) of one person's entry written in a script without capitals (the
    module's list), or None; `titled` is the (honorific, rest) of the text's first part, as the Latin
    scripts split it."""
    text = re.sub(r"\s*\(\s*[,;]?\s*\)", "", text).strip()  # '홍길동 (062-…, x@y.kr)' without its telephone and mail
    if re.search(f"[{_THAI}]", text):
        return thai_entry(text)
    if re.match(f"[{_ARABIC}]", text):
        return arabic_entry(text) or south_asian_entry(text)
    if re.match(f"[{_BENGALI}{_LAO}]", text):
        return south_asian_entry(text)
    if re.search(f"[{_SINHALA}]", text):
        return sinhala_entry(text)
    if re.search(f"[{_ETHIOPIC}]", text):
        return amharic_entry(text)
    if re.search(f"[{_DEVANAGARI}]", text):
        return nepali_entry(text)
    korean = korean_entry(text) or cjk_entry(text)
    if korean:
        return None, *korean
    honorific, name = titled
    name = _TAMIL_POST_NOMINALS.sub("", name)  # 'இரா. X இ.ஆ.ப.' (of the Indian Administrative Service)
    if tamil_name(name):
        return honorific, name, *tamil_description(text.split(",")[1:])
    if not georgian_name(name):
        return None
    rest = text.split(",")[1:]
    return honorific, name, *georgian_description(rest)


def names_a_body(text: str) -> bool:
    """'부산대학교 연구소', 'มหาวิทยาลัยเชียงใหม่', 'ბათუმის მერია', '京都大学 研究センター', 'රුහුණ විශ්වවිද්‍යාලය',
    'ባሕር ዳር ዩኒቨርሲቲ': a body's name in a script without capitals, known by the word of its kind (last in
    Korean, Sinhala and Amharic, first in Thai, anywhere in Georgian, Chinese and Japanese)."""
    words = text.split()
    if not words or not all(opens_uncased(w) for w in words):
        return False
    return bool(
        _HANGUL_BODY.search(words[-1])
        and _HANGUL_WORD.fullmatch(words[-1])
        or _THAI_BODY.match(words[0])
        or any(_georgian_body_word(w) or _CJK_BODY.search(w) for w in words)
        or _SINHALA_BODY.search(words[-1])
        or words[-1] in _ETHIOPIC_BODY
    )


# Thai invitations and support: 'X ร่วมกับ Y ขอเชิญ…' (X together with Y invites), 'ได้รับการสนับสนุนจาก Z'
# (supported by Z), 'สนับสนุนโดย Z'; each body's first word opens its name ('ศูนย์วิจัย… คณะ… มหาวิทยาลัย…':
# the centre, then the faculty and the university it belongs to)
_THAI_INVITES = re.compile(rf"(?P<hosts>[{_THAI}][^\n.]*?)\s*ขอเชิญ")
_THAI_WITH = re.compile(r"\s+(?:ร่วมกับ|และ)\s+")
_THAI_SUPPORTED = re.compile(rf"(?:ได้รับการสนับสนุนจาก|สนับสนุนโดย)\s*(?P<body>[{_THAI}]+)")
# Georgian: 'X და Y გიწვევენ' (X and Y invite you), 'Z-ის მხარდაჭერით' (with Z's support), the supporter
# after the verb of holding ('ტარდება', 'იმართება': is held) or opening the sentence
# (both verbs of inviting, 'გიწვევენ' and 'გეპატიჟებიან', and support as funding, 'დაფინანსებით')
_GEORGIAN_INVITES = re.compile(
    rf"(?:^|(?<=[.!?]\s))(?P<hosts>[{_GEORGIAN}][^.!?\n]*?)\s+(?:გიწვევ(?:ენ|თ|ს)|გეპატიჟებ(?:იან|ით|ათ|ა))(?!\w)"
)
_GEORGIAN_SUPPORTED = re.compile(
    rf"(?:^|(?<=[.!?]\s))(?P<body>[{_GEORGIAN}][^.!?\n]*?)\s+(?:ფინანსური\s+)?(?:მხარდაჭერით|დაფინანსებით)"
)
_GEORGIAN_HELD = re.compile(r"^.*\s(?:ტარდება|იმართება|გაიმართება|ხორციელდება)\s+")


def _thai_body(text: str) -> str | None:
    first = text.split()[0] if text.split() else ""
    return first if _THAI_BODY.match(first) else None


def _georgian_body(text: str, last: bool) -> str | None:
    """The body a Georgian phrase names, in the nominative: through its first word of a body's kind
    ('X-ის ფონდის ოფისის' -> 'X-ის ფონდი'), or, with `last`, the unit after its parent in the genitive
    ('X-ის უნივერსიტეტის Y ფაკულტეტი' -> 'Y ფაკულტეტი')."""
    words = text.split()
    kinds = [i for i, w in enumerate(words) if _georgian_body_word(w)]
    if not kinds:
        return None
    if last:
        parents = [i for i in kinds[:-1] if words[i].endswith("ს")]
        start = parents[-1] + 1 if parents else 0
        return " ".join(words[start : kinds[-1] + 1]) if kinds[-1] == len(words) - 1 else None
    at = kinds[0]
    return " ".join([*words[:at], _georgian_body_word(words[at]) or words[at]])


def _georgian_hosts(text: str) -> list[str]:
    """'X ცენტრი და Y-ის Z ფაკულტეტი' -> the two bodies: 'და' (and) parts two names only after a
    body's kind ('ეკონომიკისა და ბიზნესის ფაკულტეტი' is one)."""
    parts: list[str] = []
    current: list[str] = []
    for word in text.split():
        if word == "და" and current and _georgian_body_word(current[-1]) == current[-1]:
            parts.append(" ".join(current))
            current = []
        else:
            current.append(word)
    parts.append(" ".join(current))
    return [body for part in parts if (body := _georgian_body(part, last=True))]


# Amharic: 'X ከY ጋር በመተባበር … ያዘጋጃል' (X in collaboration with Y organises …), 'በZ … የገንዘብ ድጋፍ' (with Z's
# funding); Sinhala: 'X විසින් සංවිධානය' (organised by X), 'Zේ (…) අනුග්‍රහය' (Z's sponsorship)
_AMHARIC_WITH = re.compile(rf"(?P<hosts>[{_ETHIOPIC}][^።\n]*?)\s+ከ(?P<partner>[{_ETHIOPIC}][^።\n]*?)\s+ጋር\s+በመተባበር")
_AMHARIC_FUNDED = re.compile(rf"(?:^|\s)በ(?P<body>[{_ETHIOPIC}][^።()\n]*?)\s*(?:\([A-Z]+\)\s*)?የገንዘብ\s+ድጋፍ")
_SINHALA_HOSTED = re.compile(rf"(?P<hosts>[{_SINHALA}][^.\n]*?)\s+විසින්\s+සංවිධානය")
_SINHALA_FUNDED = re.compile(rf"(?P<body>[{_SINHALA}][^.()\n]*?)\s*(?:\([A-Z]+\)\s*)?අනුග්‍රහය")
# Sinhala words that end the phrase before a body: a case's vowel sign or ending ('…පීඨයට': to the faculty,
# '…ේ': of), 'අනුබද්ධ' (affiliated to), 'සඳහා' (for)
_SINHALA_BEFORE_BODY = re.compile("(?:\u0dda|ට|අනුබද්ධ|සඳහා)$")


def _sinhala_body_named(word: str) -> str | None:
    return word if _SINHALA_BODY.search(word) else _sinhala_body_word(word)


def _ethiopic_body_named(word: str) -> str | None:
    return word if word in _ETHIOPIC_BODY else _ethiopic_body_word(word) if not word.startswith("የ") else None


def _last_body(words: list[str], sinhala: bool) -> str | None:
    """The last body a run of Sinhala or Amharic words names, its kind's word at the end put back in the
    nominative: the words from after the phrase before it (a Sinhala word in a case, 'අනුබද්ධ'; a parent
    body before an Amharic unit in the genitive, 'የባሕር ዳር ዩኒቨርሲቲ የጣና … ማዕከል')."""
    body_word = _sinhala_body_named if sinhala else _ethiopic_body_named
    if not words or not body_word(words[-1]):
        return None
    start = len(words) - 1
    while start > 0 and not (
        _SINHALA_BEFORE_BODY.search(words[start - 1])
        if sinhala
        else words[start].startswith("የ") and body_word(words[start - 1])
    ):
        start -= 1
    return " ".join([*words[start:-1], body_word(words[-1]) or words[-1]])


def _uncased_hosts(sentence: str) -> tuple[list[str], list[str]]:
    hosts: list[str] = []
    sponsors: list[str] = []
    for m in _AMHARIC_WITH.finditer(sentence):
        hosts += [b for b in [_last_body(m["hosts"].split(), sinhala=False)] if b]
        sponsors += [b for b in [_last_body(m["partner"].split(), sinhala=False)] if b]
    sponsors += [b for m in _AMHARIC_FUNDED.finditer(sentence) if (b := _last_body(m["body"].split(), False))]
    hosts += [b for m in _SINHALA_HOSTED.finditer(sentence) if (b := _last_body(m["hosts"].split(), True))]
    sponsors += [b for m in _SINHALA_FUNDED.finditer(sentence) if (b := _last_body(m["body"].split(), True))]
    return hosts, sponsors


def caseless_hosts(sentence: str) -> tuple[list[str], list[str]]:
    """(hosts, sponsors) a Thai, Georgian, Amharic or Sinhala sentence names."""
    hosts = [
        body
        for m in _THAI_INVITES.finditer(sentence)
        for part in _THAI_WITH.split(m["hosts"])
        if (body := _thai_body(part))
    ]
    hosts += [
        body
        for m in _GEORGIAN_INVITES.finditer(sentence)
        for body in _georgian_hosts(re.sub(r"\s*\([A-Z]{2,10}\)", "", m["hosts"]))  # '… ცენტრი (KRDC) და …'
    ]
    sponsors = [m["body"] for m in _THAI_SUPPORTED.finditer(sentence) if _THAI_BODY.match(m["body"])]
    sponsors += [
        body
        for m in _GEORGIAN_SUPPORTED.finditer(sentence)
        if (body := _georgian_body(_GEORGIAN_HELD.sub("", m["body"]), last=False))
    ]
    uncased_hosts, uncased_sponsors = _uncased_hosts(sentence)
    return hosts + uncased_hosts, sponsors + uncased_sponsors
