"""People named in running text: cue phrases and bios.

"Featuring author Elena V. Marchuk (Associate Professor, Tulane University), with comments by
Adam Reyes (Carlisle Institute)" lists a speaker and a discussant; "Dr. Anjali Menon is an
associate professor of international relations at Hollings University" gives a title and an
affiliation to a person the page already lists.
"""

from __future__ import annotations

import re
from dataclasses import replace

from kg.pages.gazetteer import town_name
from kg.pages.lines import is_byline, match_label
from kg.pages.people import (
    OWNED_NAME,
    Entry,
    bare_name,
    describe,
    is_person_name,
    is_place,
    parse_entries,
    segment_kind,
    with_role,
)
from kg.pages.words import (
    BARE_SURNAME,
    NAME_SUFFIX,
    PARTICLES,
    PATRONYMIC,
    POST_NOMINALS,
    is_org_word,
    is_title_word,
)

HONORIFIC_RUN = r"(?:(?:Dr|dr|Prof|Professor|Amb|Ambassador|Mr|Mrs|Ms|Sir|Dame|Gen|Sen|Rep)\.?\s+)+"

# 'Opening remarks by X', 'Opening remarks will be delivered by X', 'The keynote address is given by Y',
# and a recap's past tense: 'The keynote address was delivered by X', 'The vote of thanks was proposed by Y'
_GIVEN = r"(?: (?:will be|is|are|was|were) (?:delivered|given|offered|made|provided|proposed|moved))? (?:by|from)"
CUES = (
    (r"with comments (?:by|from)", "discussant"),
    # 'Comments will be given by X', 'Comment will be offered by Y', 'Comments on the reports will be made by Z'
    (rf"comments?(?: on (?:the |this |her |his |their |its )?[\w'’-]+)?{_GIVEN}", "discussant"),
    (r"(?:will be |is |are )?commented (?:on |upon )?by", "discussant"),  # 'The paper will be commented on by X'
    # a recap's 'The paper was discussed by Dr. X, post, Org, and Ms. Y, post, Org' (not 'by a panel: …', a cue below)
    (r"(?:paper|report|study|brief|book) (?:will be |is |are |was |were )discussed by(?! a panel)", "discussant"),
    # 'Comments on the paper will come from X', 'Comments on the report come from Y'
    (r"comments? on (?:the |this |her |his |their |its )?[\w'’-]+ (?:will )?come (?:by|from)", "discussant"),
    (r"(?:featuring|features|featured|feature)(?: remarks (?:by|from))?", "speaker"),
    (rf"(?:with )?remarks{_GIVEN}", "speaker"),
    (r"(?:featured )?speakers (?:include|are|will be|were|included)", "speaker"),  # 'Among the speakers were'
    (r"panel+ists (?:include|are|will be|were|included)", "panelist"),
    # 'Panelists A (Org), B (Org) and C (Org) will then discuss …': the word before the names it heads
    (r"(?<![\w-])panel+ists(?=\s+(?-i:[A-Z]))", "panelist"),
    # a report's 'Discussant Prof. X of Y pointed out …': the role's word just before the name
    (r"(?<![\w-])discussant(?=\s+(?-i:[A-Z]))", "discussant"),
    (r"(?:a )?panel(?: discussion)?(?: will follow)? with", "panelist"),  # 'A panel discussion will follow with X'
    # 'A panel will follow, featuring X of Y, …', 'followed by a panel discussion featuring Z': the panel's members
    (r"(?:a )?panel(?: discussion)?(?: will follow| follows)?,? featuring", "panelist"),
    (r"(?:a )?panel (?:made up|composed|consisting|comprised) of", "panelist"),  # 'a panel made up of X; Y; and Z'
    (r"by a panel(?: of (?:experts|specialists|practitioners|speakers))?:", "panelist"),  # 'discussed by a panel: X; Y'
    # 'followed by a discussion with a panel of X, post; Y, post', 'joined for the discussion by a panel of X; Y'
    (r"(?:(?:a )?(?:discussion|conversation|debate) with |by )?a panel of(?=\s+(?-i:[A-Z]))", "panelist"),
    # 'moderated by X, post, with three panelists: A, post; B, post; and C': the count heads the names
    (r"(?:with )?(?:the )?(?:two|three|four|five|six|following) panel+ists:", "panelist"),
    # 'a presentation of the report's findings by its author, Dr X', 'presentation of the study by Y'
    (
        # ('Launch and presentation of Research Report 47 by the report's authors: A and B': its number too)
        r"(?:a )?presentation of (?:the |its |their |a |an )?(?:[\w'’-]+ ){0,3}?(?:findings|report|study|paper|results)"
        r"(?: (?:no\. ?)?[\w/#.-]*\d[\w/-]*)? by(?: (?:its|the|their) (?:[\w'’-]+ )?(?:lead )?authors?[,:]?)?",
        "presenter",
    ),
    (r"(?:book )?(?:talk|lecture|conversation|discussion|webinar|seminar) with(?: (?:the )?authors?)?", "speaker"),
    (rf"keynote (?:address|remarks|speech|lecture){_GIVEN}", "keynote"),
    (rf"(?:opening|introductory) (?:remarks|address|speech|words){_GIVEN}", "introductory-remarks"),
    (rf"closing (?:remarks|address){_GIVEN}", "closing-remarks"),
    (rf"(?:the )?vote of thanks{_GIVEN}", "closing-remarks"),  # the British and Indian close: 'vote of thanks by X'
    # 'The workshop will close with remarks from X', 'ends with closing words by Y'
    (
        r"(?:close|closes|end|ends|conclude|concludes) with (?:closing |concluding )?(?:remarks|words) (?:by|from)",
        "closing-remarks",
    ),
    (
        r"(?:open|opens|begin|begins|start|starts) with (?:opening |welcoming )?(?:remarks|words) (?:by|from)",
        "introductory-remarks",
    ),
    (r"moderated by|facilitated by", "moderator"),  # 'small-group tables, facilitated by X, post'
    # the languages met before (set 126) put the verb first, the talk it leads before or after it: Polish
    # 'Panel poprowadzi red. X', 'Dyskusję moderuje X', Ukrainian 'Модерує розмову X', 'Дискусію модеруватиме X',
    # Russian 'Модерирует дискуссию X', Georgian 'დისკუსიას წარმართავს X', 'შეხვედრას უძღვება X'
    (
        r"(?:(?:panel|dyskusj[eę]|debat[eę]|rozmow[eę]|spotkanie|seminarium) )?"
        r"(?:poprowadz[ią]|moderuje|moderować będzie)(?: red\.)?"
        r"|модер(?:ує|уватиме|ують|ирует|ировать будет)(?: розмову| дискусію| зустріч| дискуссию| встречу)?"
        r"|(?:розмову|дискусію|зустріч|дискуссию|встречу)"
        r" (?:модерує|модеруватиме|веде|вестиме|ведёт|ведет|будет вести)"
        r"|(?:დისკუსიას|შეხვედრას|საუბარს) (?:წარმართავს|უძღვება|გაუძღვება)",
        "moderator",
    ),
    # and the verb-first moderation of more languages (sets 76, 87, 98, 108): Latvian 'Diskusiju moderēs X',
    # Estonian 'Arutelu modereerib ajakirjanik X', Icelandic 'Umræðum stýrir X', Slovene and Croatian 'Pogovor
    # bo vodila X', 'Raspravu moderira X' (Czech and Slovak 'moderuje': the Polish verb above), Swedish and
    # Norwegian 'Samtalet modereras av X', Danish 'modereres af X', Dutch 'gemodereerd door X', German
    # 'moderiert von X', and the Romance passive: French 'Les échanges seront modérés par X', 'animée par Y',
    # Spanish 'moderada por Z', Italian 'moderato da W'
    (
        r"(?:moder[eē](?:s|ja)?|modereerib|stýrir|(?:bo|će) (?:vodil[ao]?|voditi|moderiral[ao]?)"
        r"|moderira|moderer(?:er|ar)|modereras av|modereres a[fv]|gemodereerd door|moderiert von"
        r"|(?:modér|anim)ée?s? par|moderad[oa]s? por|moderat[oaie] da|moderat[ăe]? de)",
        "moderator",
    ),
    # 'Responding will be X, post, and Y of Z', 'Respondents are X and Y'
    (r"responding will be|respondents? (?:will be|are|is|include)", "respondent"),
    (r"(?:enquiries|inquiries|questions) (?:to|may be (?:sent|directed) to)", "contact"),  # 'Enquiries to X, post'
    (r"hear from", "speaker"),  # 'Hear from Senator X and former Ambassador Y'
    # 'Opening prayer by Elder X', 'An opening blessing from Y': the words that open the event
    (
        r"(?:an? )?opening (?:prayer|blessing|karakia)(?: (?:will be )?(?:offered |given |said )?(?:by|from))",
        "introductory-remarks",
    ),
    # 'Watch Night prayers led by the Rev. X, Rector of Y': who leads the prayers speaks (sets 72, 110, 115, 116)
    (r"(?:[\w-]+ ){0,2}(?:prayers?|devotions?|blessing) (?:will be |are |is )?led by", "speaker"),
    (r"and ask for", "contact"),  # 'Email x@y or call 250.807.9000 and ask for X, Post': whom to ask for
    # 'For more information call X (Secretary) on …', 'Questions about the event? Email X, Post: x@y'
    (
        r"(?:for (?:more|further) information|(?:any )?questions(?: about the [\w-]+)?\??),? (?:please )?"
        r"(?:call|phone|ring|e-?mail|write to|contact)",  # 'For further information please contact X, Post'
        "contact",
    ),
    (r"chaired by", "chair"),
    (r"puheenjohtajana toimii", "chair"),  # Finnish: 'Tilaisuuden puheenjohtajana toimii toimittaja X, Yle'
    (r"presided over by", "chair"),  # an Indian function's president: 'The function will be presided over by X'
    (r"introduced by|introductions? by|(?:will be |is )?opened by", "introductory-remarks"),
    (r"(?:will be |is |was )?declared open by", "introductory-remarks"),  # West African: the guest who opens it
    # 'The roundtable will be closed by X, post', 'The conference will be summed up by Y'
    (r"(?:will be |is )?(?:closed|concluded|summed up) by", "closing-remarks"),
    (r"reports will be (?:made|delivered|presented) by", "speaker"),  # 'Reports will be made by A, B and C'
    (r"(?:is|are) (?:delighted|pleased|honou?red|proud|glad) to welcome(?: back)?|welcomes", "speaker"),
    (r"in conversation with", "moderator"),
    # 'The author will discuss the book with X': an author talk's interviewer, as 'in conversation with'
    (r"discuss(?:es)? (?:the|her|his|their|this) (?:new )?book with", "moderator"),
    (r"(?:a )?(?:talk|lecture|presentation) by", "speaker"),
    # 'invites you to the inaugural lecture of Professor X': a university's new professor speaks
    (r"(?:inaugural|valedictory|farewell) (?:lecture|address) of", "speaker"),
    # 'the X Lecture, to be delivered by Y, post, Org', 'The X Lecture will be given by Y'
    (
        r"(?:to be|will be|is|was) delivered by|(?:lecture|talk|address|oration) (?:to be|will be|is|was) given by",
        "speaker",
    ),
    # 'invites you to the 2025 X Memorial Lecture in Western History, given this year by Y, post': the
    # named lecture, then its lecturer of the year after a comma
    (
        r"(?:lecture|talk|address|oration)\b[^.;,]{0,60},\s+(?:given|delivered)(?: this (?:year|term|season))? by",
        "speaker",
    ),
    (r"presented by", "presenter"),  # a person; 'presented by the X Institute' names no one
    # 'The book will be launched by X': the guest who launches a book speaks; 'the launch of Title
    # (Four Courts Press, 2026) by X', '(Y Press, 2025), by historian X': the work's imprint, then its author
    (r"(?:(?:will|to) be |is )?launched by|(?:19|20)\d\d\),?\s+by", "speaker"),
    # 'X will be joined in conversation by Y, post at Z': who talks with the speaker after her talk (set 107's
    # 'followed by a conversation with' answered the same)
    (r"(?:(?:will|to) be |is |are )?joined in (?:conversation|discussion|dialogue) by", "discussant"),
    # 'They will be joined for a panel discussion by X and Y': the panel's members
    (
        r"(?:(?:will|to) be |is |are )?joined (?:for|in) (?:a |the )?(?:panel|round-?table)(?: discussion)? by",
        "panelist",
    ),
    # 'X will present the paper's findings; he will be joined by his co-author Y': the paper's authors present it
    (r"(?:(?:will|to) be |is |are )?joined by (?:his|her|their) co-?authors?", "presenter"),
    (r"(?:(?:will|to) be |is |are )?joined by", "speaker"),
    (r"join", "speaker"),  # 'Join seed librarian X of Y and Dr. Z, Professor of …, for an evening workshop'
    # 'This year's lecturer is X': a named lecture's lecturer of the year
    # ('Our speaker this summer is X': the season the series' talk falls in)
    (
        r"(?:our|the|this year['’]s) (?:guest |featured |keynote )?(?:speaker|lecturer)"
        r"(?: (?:this|for the) (?:summer|autumn|fall|winter|spring|season|term|year|evening))?(?:,| is| will be)",
        "speaker",
    ),
    (r"(?:a |an )?(?:evening |lunchtime )?(?:conversation|discussion|dialogue|debate) between", "speaker"),
    (r"(?:co-)?hosted by", "host"),
    (r"(?:the )?(?:event|seminar|workshop|webinar|conference|lecture) (?:is |was )?organi[sz]ed by", "organizer"),
    # 'Drafted by X' (the event's summary); a paper 'written by X' names its authors, not a rapporteur, and so
    # does 'prepared by' after a work's title ('its Policy Paper No. 21, "Title", prepared by Dr X, …')
    (
        r"(?:summary |report )?drafted by|(?:summary |report )prepared by|(?<![,”\"]\s)prepared by"
        r"|(?:summary|report) (?:written|compiled) by",
        "rapporteur",
    ),
    (rf"welcom(?:e|ing) (?:remarks|address(?:es)?|speech(?:es)?|words?){_GIVEN}", "introductory-remarks"),
    # 'Welcome by Dr X, Director', 'Welcome and territorial acknowledgement by Y' (a Canadian or Australian opening),
    # 'a Welcome to Country by Aunty Z, Elder' (an Aboriginal elder's welcome that opens an Australian one)
    (
        r"welcome(?: to country| and (?:introductions?|(?:territorial |land )?acknowledge?ments?))? (?:by|from)",
        "introductory-remarks",
    ),
    # a Māori gathering opens with a 'mihi whakatau', its welcome: 'opened with a mihi whakatau by X'
    (r"(?:a )?mihi(?: whakatau)? (?:by|from)", "introductory-remarks"),
    # 'A response will follow from X', 'followed by responses from X and Y'
    (r"(?:with )?(?:a )?responses? (?:will follow )?(?:by|from)", "respondent"),
    # 'A response to the lecture will be offered by X' (set 67); 'A response will be given by X', with no talk
    # named: a respondent as sets 85 and 128 answer it (set 47 alone answered a discussant)
    (rf"(?:a )?responses? to (?:the |this |her |his |their )?[\w'’-]+{_GIVEN}", "respondent"),
    (r"(?:a )?responses? (?:will be |is |are )(?:offered|given|delivered) (?:by|from)", "respondent"),
    # 'Commentary will be offered by X': the comments' discussant, as 'Comments will be given by X'
    (rf"commentary{_GIVEN}", "discussant"),
)
_CUE = re.compile(r"\b(?:" + "|".join(f"(?P<c{i}>{c})" for i, (c, _) in enumerate(CUES)) + r")\s+", re.IGNORECASE)
# Where the people a cue introduces end: 'Senator X (D-CT), followed by a panel …'.
_SEGMENT_END = re.compile(
    r",?\s+(?:followed by|who will|who is|which|to (?:discuss|talk|deliver|give|present|speak)|as (?:they|she|he))\b"
    # 'X, for a talk' ends the people; 'the Center for a New American Security' does not
    r"|,\s+for an?\b|\s+for an?\s+(?:[\w-]+\s+)?(?:talk|discussion|conversation|lecture|seminar|webinar|panel|debate"
    r"|presentation|chat|briefing|roundtable)\b"  # '… for a fireside chat with X'
    r"|,\s+will\b|,\s+on\s+(?=[A-Z0-9])|,\s+at\s+(?=\d)|,\s+who(?:se)?\b"  # ', who restored', ', whose book'
    # 'please contact X (event officer) at +62 812 … (WhatsApp)': her number, then its app; 'Contact X, Post, at
    # x@y.org or 918-…' (the address may be gone with its link: 'at  or 918-…')
    r"|,?\s+(?:at|on)\s+(?=\+?\(?\d|[\w.+-]+@|or\s)"
    r"|,\s+while\b"  # 'delivered by X, post, while Y, post, will …': a clause of its own
    r"|,\s+(?:after|before) which\b"  # 'a welcome from X, after which Y will …'
    r"|\s+\|\s+"  # 'A Conversation with Dr. X | Site name': a title bar's site after its heading
    # 'a conversation with X, Minister of Y, on her government's new law': the talk's subject
    r"|,\s+(?:on|about)\s+(?:her|his|their|its|the|a|an|how|what|why|whether)\b"
    # 'in conversation with X about the book': no name or organisation goes on with 'about'
    r"|\s+about\s+(?:her|his|their|its|the|this|how|what|why|whether)\b"
    # 'chaired by X, Director, and the vote of thanks will be …': a clause of its own (not 'and the writer Y');
    # 'a welcome by X, Deputy Director of Y, the authors will present …' (with no 'and' too)
    r"|,\s+and\s+(?:the|a|an|her|his|their)\s+[a-z][a-z ]*?\s+(?:will|is|are|was|were)\b"
    r"|,\s+the\s+(?:[a-z]+\s+){1,2}(?:will|are)\b"
    # 'we welcome X, judge at the Y Court, for its Annual Lecture': what she comes for
    r"|,\s+for\s+(?:its|their|our|this)\s"
    # 'a vote of thanks proposed by X, Vice-President, and carried with acclamation': the motion's fate
    r"|,\s+and\s+(?:was\s+)?[a-z]{3,}ed\s+(?:with|by|unanimously)\b"
    # 'given by X, post at the Centre, and draws on the Centre's new paper …': the talk's verb, in the present
    r"|,\s+and\s+(?:also\s+)?(?:draws|looks|asks|explores|examines|considers|focuses|reflects|traces|offers|shares"
    r"|tells|sets out|turns|argues|shows|discusses|outlines|describes|revisits)\s+(?=[a-z])"
    # 'launched by X, historian and author, and Ruth will be in conversation with Y': the next clause's subject
    r"|,\s+and\s+(?:[A-Z][\w'’-]+\s+){1,2}(?:will|is|are|was|were)\b"
    # 'chaired by X, asked whether …', 'moderated by Y, participants asked about …': the summary goes on
    r"|,\s+(?:[a-z]+\s+){0,3}[a-z]{3,}ed\s+(?:whether|about|that|how|why|what|if)\b"
    # 'This seminar, opened by X, brought together researchers …': the sentence's own verb after the aside
    r"|,\s+(?:brought|drew|gathered|heard|examined|explored|discussed|addressed|considered|focused|reviewed"
    r"|assessed|marked|took|looked)\s+(?=[a-z])"
    # ('This meeting, chaired by X, post, discussed Working Paper #22 …': the object may be a work's name)
    r"|,\s+(?:discussed|examined|reviewed|assessed|launched)\s+(?=[A-Z])"
)
_LEAD_WORDS = re.compile(
    # ('given by the paper's author, Dr X', 'by its author, Y': the work's author named after the word)
    r"^(?:(?:the\s+(?:[\w-]+['’]s\s+)?|its\s+|their\s+)?(?:(?:lead|co-)\s*)?(?:authors?|speakers?|panelists?|experts?|guests?|"
    r"journalists?|historians?|scholars?|economists?|novelists?|filmmakers?|broadcasters?|writers?|poets?),?\s+)+"
)
# the one occupation a lead word names ('moderated by the journalist X (Y)'), not a part in the event ('speaker')
_LEAD_OCCUPATION = re.compile(
    r"(?:^|\s)(?P<occupation>journalist|historian|scholar|economist|novelist|filmmaker|broadcaster|writer|poet),?\s+$"
)
# a capital letter of a name, accented ones too ('Áile Näkkäläjärvi', 'Øystein Ødegård', 'Łucja Żak')
_CAPITAL = "[A-Z" + "".join(c for c in map(chr, range(0xC0, 0x250)) if c.isupper()) + "]"
# Lower-case particles inside a name: 'Marieke van der Linden', 'Ana de la Torre'
_PARTICLE = "(?:" + "|".join(sorted((p for p in PARTICLES if p.isalpha() and len(p) > 1), key=len, reverse=True)) + ")"
# One or two lower-case words before a name: what the person does ('conservator Samuel Oduya').
_OCCUPATION = re.compile(r"^(?:[a-z][a-z-]{3,}\s+){1,2}(?=[A-Z][\w'-]+\s+[A-Z])")
# A few words describing the person, in any case, that end in a lower-case occupation before the name.
_DESCRIBED_OCCUPATION = re.compile(r"^(?:[\w:'’-]+\s+){0,3}?[a-z][a-z-]{3,}\s+(?=[A-Z][\w'-]+\s+[A-Z])")
_BIO = re.compile(
    rf"^(?P<name>(?:(?:[A-Z][\w.'-]*|{_PARTICLE})\s+){{1,4}}?[A-Z][\w'-]+)"
    r"(?:\s+\([^()]{1,60}\))?"  # 'Aroha Ngata (Ngāti Porou) is …', 'Jo Ellis (she/her) is …'
    r"\s+(?:is|serves as|has been)\s+"
    # not a passive ('The School is supported by X', 'The lecture is organised by Y'): who holds or pays for it
    r"(?!(?:supported|sponsored|funded|organi[sz]ed|hosted|presented|convened|run|held|made possible)\b)"
    r"(?:currently\s+|now\s+)?(?:an?\s+|the\s+)?(?P<what>(?:[^.;]|(?<=\bSt)\.|(?<=\bMt)\.|(?<=\b[A-Z])\.)+)"
)


def cued_entries(line: str) -> list[Entry]:
    """People a sentence introduces with a cue ('featuring', 'with comments by', …)."""
    cues = list(_CUE.finditer(line))
    entries: list[Entry] = []
    for n, cue in enumerate(cues):
        role = CUES[int(next(k for k, v in cue.groupdict().items() if v)[1:])][1]
        end = cues[n + 1].start() if n + 1 < len(cues) else len(line)
        if role == "rapporteur" and is_byline(line[cue.end() :]):
            continue
        lead = _LEAD_WORDS.match(line[cue.end() : end].strip(" ,;"))
        segment = _LEAD_WORDS.sub("", line[cue.end() : end].strip(" ,;"))
        occupation = _OCCUPATION.match(segment)
        segment = _OCCUPATION.sub("", segment)  # 'joined by conservator Samuel Oduya'
        # (a sentence ends after an organisation's initials too: '… Professor at UKZN. The discussion …'; and
        # after a short family name, when a word in small letters follows the next one: '… Jae-won Kim. Questions
        # may …', not 'Mrs. Jane Doe')
        segment = re.split(
            r"(?<=[a-z]{3})(?<!\bProf)(?<!\bCapt)(?<!\bCllr)\.\s|(?<=\))\.\s|(?<=[A-Z]{2})\.\s(?=[A-Z][a-z]|A\s)"
            r"|(?<=\b[A-Z][a-z]{2})(?<!Eng|Mrs|Rev|Gen|Col|Hon|Sen|Rep|Gov|Adm|Maj|Sgt|Lic|Ing|Dra|Sra|Mgr)\.\s"
            r"(?=[A-Z][a-z]+\s+(?!(?:bin|binti|bint|ibn|van|von|de|del|da|di|du|le|la|al|el|dos)\b)[a-z])|\.$",
            segment,
        )[0]
        segment, *partner = _TOGETHER_WITH.split(segment, maxsplit=1)
        segment = _before_main_verb(_SEGMENT_END.split(segment, maxsplit=1)[0])
        if role in ("host", "organizer") and _names_a_body_first(segment):
            continue  # 'Co-hosted by the X Centre for Wildfire and Watershed Research': no 'Watershed Research'
        owned = _OWNED_POST.match(segment)
        segment = owned.group("rest") if owned else segment
        posted = _POST_THEN_NAME.match(segment)  # 'chaired by the College Librarian, Mrs X'
        posted = posted if posted and is_title_word(posted["post"].split()[-1]) else None
        segment = posted["rest"] if posted else segment
        outlet = OWNED_NAME.match(segment)  # 'moderated by CBC North's Philippa Ng'
        outlet = outlet if outlet and is_person_name(outlet["name"]) else None
        segment = outlet["name"] if outlet else segment
        joined = [with_role(e, role) for e in joined_posts(segment)]  # read first: parse_entries would cut its brackets
        found = joined or [_without_bare_occupation(with_role(e, role), segment) for e in parse_entries(segment)]
        if owned and found and not (found[0].job_title or found[0].affiliation):
            found[0] = replace(found[0], job_title=owned.group("post"), affiliation=owned.group("org"))
        if posted and found and not found[0].job_title:
            found[0] = replace(found[0], job_title=posted["post"])
        if outlet and found:
            found[0] = replace(found[0], affiliation=outlet["org"])
        found = found or _post_before_name(segment, role)
        described = _DESCRIBED_OCCUPATION.match(segment) if not found else None
        if described:  # 'award-winning Stó:lō writer Marlene Kwatleematt, author of …'
            found = [with_role(e, role) for e in parse_entries(segment[described.end() :])[:1]]
        if occupation and found and not found[0].job_title:  # 'seed librarian Maya Redcloud of X'
            found[0] = replace(found[0], job_title=occupation.group(0).strip())
        # 'chaired by journalist X (Radio Y)', 'moderated by the journalist Z of W TV': her post at the body
        # named after her (with no body, the word describes her: 'a conversation with broadcaster X')
        named = _LEAD_OCCUPATION.search(lead.group(0)) if lead else None
        if named and found and found[0].affiliation and not found[0].job_title:
            found[0] = replace(found[0], job_title=named["occupation"])
        one = _BODY_AFTER_COMMA.fullmatch(segment) and " and " not in segment
        if occupation and one and len(found) == 2 and _bare(found[1]):
            # 'toimittaja Anna-Kaisa Mäki, Yle Oulu': an occupation in small letters introduces one person,
            # and the bare name after the comma is her body, not a second person
            found = [replace(found[0], affiliation=found[0].affiliation or found[1].name)]
        entries.extend(found)
        if found and partner:  # '…, who edited it, together with Y, Post at Z, whose chapter …': Y as well
            # (her sentence ends at a full stop after any small letter: '… of Štrpce/Shtërpcë. Ms. X said …')
            rest = re.split(r"(?<=[^\W\d_A-Z]{3})\.\s+(?=[A-Z])", partner[0], maxsplit=1)[0]
            entries.extend(with_role(e, role) for e in parse_entries(_SEGMENT_END.split(rest, maxsplit=1)[0])[:1])
        if found and _JOINED.fullmatch(cue.group(0).strip()):
            entries.extend(_joined_subject(line[: cue.start()]))
        if (
            found
            and role in ("moderator", "chair")
            and _OPENED_AND.search(line[max(0, cue.start() - 20) : cue.start()])
        ):
            entries.append(replace(found[0], role="introductory-remarks"))  # 'was opened and moderated by X'
    return entries


# 'The roundtable was opened and moderated by X', 'opened and chaired by Y': she opens it as well ('introduced and
# chaired by Z' introduces the speaker, part of chairing: sentences.chairs_introduction)
_OPENED_AND = re.compile(r"\b(?:opened|welcomed)\s+and\s+$", re.IGNORECASE)


_BODY_AFTER_COMMA = re.compile(r"[^,;&]+,[^,;&]+")


def _bare(entry: Entry) -> bool:
    """An entry with nothing beside its name."""
    return not (entry.honorific or entry.job_title or entry.affiliation or entry.telephone or entry.email)


def _names_a_body_first(segment: str) -> bool:
    """'the X Centre (XC) at Y, the Z District and …': the words a host phrase opens with name a body, not
    a person (a person's employer comes after her name, 'Jane Doe of the X Centre', or before her post
    written small, 'X Foundation chief executive Jane Doe')."""
    first = re.split(r"[,(]|\s(?:of|at|from)\s", segment, maxsplit=1)[0]
    post = any(w.islower() and w not in ("the", "and", "for", "on", "in", "&") for w in first.split())
    return not _OWNED_POST.match(segment) and not post and any(is_org_word(w) for w in first.split())


# 'the Institute's director, Dr. X', 'LIEP's Executive Director, Y': a post held at the owner, then the name
_OWNED_POST = re.compile(
    r"^(?:the\s+)?(?P<org>[A-Z][\w&.-]*(?:\s+(?:of\s+|for\s+|and\s+)?[A-Z][\w&.-]*){0,6})['’]s\s+"
    r"(?P<post>[A-Za-z][\w -]{2,40}?|Hon\. [A-Z][\w -]{2,36}?),\s+(?P<rest>[A-Z].*)$"  # ('Hon. Secretary': honorary)
)


# a second person the cue's sentence joins to the first after what it says of her
# (or after what a relative clause says of the first: 'presented by Ms. X, who leads the Y Programme, and Mr. Z, …';
# or the verb's second agent: 'joined by Rep. X of Y, who serves on Z, and by W, Post of V')
_TOGETHER_WITH = re.compile(
    r",\s+together with\s+(?=[A-Z])|,\s+who\s[^,]{3,80},\s+and\s+(?=(?:Mr|Ms|Mrs|Dr|Prof)\.?\s+[A-Z])"
    r"|,?\s+and\s+by\s+(?=[A-Z])"
)


# a post the cue names before its holder: 'chaired by the College Librarian, Mrs X'
_POST_THEN_NAME = re.compile(r"^the\s+(?P<post>(?:[A-Z][\w-]*\s+){0,3}[A-Z][\w-]*),\s+(?P<rest>[A-Z].*)$")


# a recap's main verb after the cued people, with its object ('looked at', 'set out the')
_MAIN_VERB = re.compile(
    r"(?P<comma>,)?\s+(?:[a-z]{3,}ed|set out|said|spoke|gave|made|told|took|led)"
    r"\s+(?:at|on|to|that|how|the|a|an|its|his|her|their|out)\b"
)


def _before_main_verb(segment: str) -> str:
    """The cued people of a recap's participle phrase, not its main clause: 'The first panel,
    moderated by X, Senior Fellow at Y, looked at …' (X's post ends at the verb); 'In the afternoon
    session, chaired by X of Y, Z of W set out …' (Z is the verb's subject, not a chair)."""
    verb = _MAIN_VERB.search(segment)
    if verb is None:
        return segment
    before = segment[: verb.start()]
    return before if verb.group("comma") else before.rpartition(", ")[0] or before


_JOINED = re.compile(r"(?:(?:will|to) be |is |are )?joined by", re.IGNORECASE)


def _joined_subject(before: str) -> list[Entry]:
    """'Professor Elena Marquez of Fresno State University will be joined by Y': who Y joins, when
    the sentence's subject is that person and nothing else."""
    subject = re.split(r"(?<=[a-z]{3}[.!?])\s+", before.strip())[-1].strip(" ,")
    entries = parse_entries(subject)
    if len(entries) == 1 and subject.startswith(entries[0].honorific or entries[0].name):
        return [with_role(entries[0], "speaker")]
    return []


# a Slavic 'from' before the body she writes for, its name declined: Polish 'X z Radia Olsztyn', Ukrainian 'X з Радіо'
_SLAVIC_FROM = re.compile(r"\s(?:z|ze|з|із|зі)\s+(?=[^\W\d_])")


def _post_before_name(segment: str, role: str) -> list[Entry]:
    """A post written before the name in a language that does not set it apart by case
    ('ჟურნალისტი X (Body)'), or the name followed by the body it comes from, declined ('X z Radia Olsztyn'):
    the person, her post if written; the declined body is not the body's name."""
    word, _, rest = segment.partition(" ")
    if rest and is_title_word(word):
        found = parse_entries(rest)[:1]
        return [with_role(replace(e, job_title=e.job_title or word), role) for e in found]
    name = _SLAVIC_FROM.split(segment, maxsplit=1)[0]
    return [with_role(e, role) for e in parse_entries(name)[:1]] if name != segment and is_person_name(name) else []


def _without_bare_occupation(entry: Entry, segment: str) -> Entry:
    """'local historian and author Margaret Doyle': what she does, written before her name with no
    employer, describes her rather than naming a post."""
    before = segment.split(entry.name)[0]
    if entry.job_title and not entry.affiliation and entry.job_title in before and before.islower():
        return replace(entry, job_title=None)
    return entry


def before_cue(line: str) -> str:
    """What a line says before its first cue: 'X, Professor, Y University, in conversation with
    Z' lists X before the cue introduces Z."""
    cue = _CUE.search(line)
    return line[: cue.start()].rstrip(" ,;") if cue else line


_ABBREVIATION = re.compile(
    r"\b(?:Dr|Prof|Mr|Mrs|Ms|Mx|St|Amb|Gen|Sen|Rep|Gov|Lt|Col|Capt|Adm|Hon|Rev|Jr|Sr|No|Vol|[A-Z])\.$"
)


def sentences(line: str) -> list[str]:
    """A paragraph cut into sentences, not after 'Dr.' or an initial ('Samuel S. Kim')."""
    found: list[str] = []
    for piece in re.split(rf"(?<=[.!?])\s+(?={_CAPITAL}|[\"“])", line):
        if found and _ABBREVIATION.search(found[-1]):
            found[-1] = f"{found[-1]} {piece}"
        else:
            found.append(piece)
    return found


_NAME_RUN = rf"(?:(?:{_CAPITAL}[\w.'’-]*|{_PARTICLE})\s+){{0,3}}{_CAPITAL}[\w'’-]+"
# a work a person presents: 'the institute's new Briefing Paper 412', 'its main results', 'Discussion Paper No. 4'
# (an author presenting her new book talks about it: a speaker; set 36 answers 'Author X will present
# the findings' with a speaker, sets 57 and 64 with a presenter: findings alone are left to that question)
_PRESENTED_WORK = (
    r"(?:[\w'’.-]+\s+){0,6}?(?i:results|report|(?:working |discussion |policy |briefing )?paper|brief"
    r"|study|survey|estimates|findings|conclusions|recommendations)\b"
)
_WILL_ROLE = re.compile(
    rf"^(?P<who>He|She|They|(?:{HONORIFIC_RUN})?{_NAME_RUN}|(?:[A-Z][\w.&'’-]*\s+){{1,4}}{_NAME_RUN}"
    # 'Council board chair X will welcome guests': the body's word, a post in lower case, the name
    rf"|(?:[A-Z][\w.&'’-]*\s+){{1,3}}(?:[a-z][\w-]*\s+){{1,3}}(?:{HONORIFIC_RUN})?{_NAME_RUN})"
    # (the apposition's closing comma often left out: 'X, Chairman, CPD will chair the dialogue')
    r"(?:,(?P<what>[^,]{3,160}|[^,]{3,80},[^,]{3,80})(?:,|(?=\s+will\s))|\s+\((?P<bracket>[^()]{3,120})\)"
    r"|\s+(?:from|of)\s+(?:the\s+)?(?P<org>[A-Z][^,;()]{2,80}?))?"  # 'Fellow X from NPIF's Arctic programme will …'
    r"\s+will\s+(?:also\s+|then\s+)?"
    # ('X will open with a short presentation of her findings': she presents, she does not welcome)
    rf"(?P<verb>present(?=\s+{_PRESENTED_WORK})"
    r"|(?:open with|give|deliver|make) (?:a |an )?(?:short |brief )?presentation (?:of|on)"
    r"|open|welcome|introduce"
    r"|(?:give|deliver) (?:the |an? )?(?:opening|welcom(?:e|ing)|introductory) (?:remarks|address)"
    # the Australian opening: 'X, Director of Y, will give the Acknowledgement of Country and welcome guests'
    r"|(?:give|deliver|offer|perform) (?:the |an? )?(?:[Aa]cknowledge?ment of|[Ww]elcome to) [Cc]ountry"
    r"|moderate|chair|take the chair"
    r"|deliver (?:the |a )?keynote|give (?:the |a )?keynote|(?:give|offer|deliver) (?:the )?closing remarks|close"
    r"|respond as (?:the |a )?discussant|respond"  # 'X will respond as discussant': the role it names
    r"|(?:offer|give|deliver) (?:a |the )?(?:short |brief )?responses?|(?:give|propose|move) (?:the |a )?vote of thanks"
    r"|serve as (?:the )?(?:moderator|chair|discussant)|act as (?:the )?(?:moderator|chair|discussant)"
    r"|be in (?:conversation|discussion|dialogue) with"  # the guest, whom the one after 'with' interviews
    r"|discuss (?:the|her|his|their|this) (?:new )?book)\b"  # the author of an author talk
)
_SMALL_POST_BEFORE = re.compile(
    rf"^(?P<body>(?:[A-Z][\w.&'’-]*\s+){{1,3}})(?P<post>(?:[a-z][\w-]*\s+){{0,2}}[a-z][\w-]*)\s+(?:{HONORIFIC_RUN})?(?P<name>{_NAME_RUN})$"
)
_VERB_ROLES = (
    ("present", "presenter"),
    ("open", "introductory-remarks"),
    ("welcome", "introductory-remarks"),
    ("introduce", "introductory-remarks"),
    ("opening", "introductory-remarks"),
    ("welcoming", "introductory-remarks"),
    ("introductory", "introductory-remarks"),
    ("Acknowledg", "introductory-remarks"),  # 'give the Acknowledgement of Country'
    ("acknowledg", "introductory-remarks"),
    ("Welcome", "introductory-remarks"),  # 'give a Welcome to Country'
    ("keynote", "keynote"),
    ("closing", "closing-remarks"),
    ("concluding", "closing-remarks"),
    ("vote", "closing-remarks"),  # the British and Indian close: 'X will propose the vote of thanks'
    ("close", "closing-remarks"),
    ("moderat", "moderator"),
    ("chair", "chair"),
    ("discussant", "discussant"),
    ("respond", "respondent"),
    ("response", "respondent"),
    ("with", "speaker"),
    ("discuss", "speaker"),
)
# a second thing the subject will do, joined by 'and': 'X will open the forum and offer closing remarks',
# 'Y will introduce the speakers and moderate the discussion' (the remarks and the running of the event only:
# not 'and open the floor', 'and take questions')
# ('X, President of the Society, will chair and will give the vote of thanks': the British close, its verb repeated)
_AND_ROLE_VERB = re.compile(
    r"\s+and\s+(?:will\s+)?(?:then\s+|also\s+|later\s+)?(?P<verb>(?:give|propose|move) (?:the |a )?vote of thanks"
    r"|(?:give|offer|deliver|make|provide) (?:the |a |some )?"
    r"(?:brief |short |few )?(?:closing|concluding) (?:remarks|words)|close(?= the (?:forum|event|evening|day"
    r"|conference|symposium|meeting|programme|program)\b|[.;]|$)|moderate|chair(?! the\s+(?:board|committee))"
    r"|(?:give|offer|deliver) (?:the |a |some )?(?:opening|welcom(?:e|ing)|introductory) (?:remarks|address)"
    r"|introduce (?:the |our )?(?:speakers?|panel|panelists|panellists|lecturer|programme|program)\b)"
)
# a clause of its own after ', and' ('X will moderate, and Center President Y will give welcoming remarks')
# or a semicolon ('X wrote the paper with Y; she will present its results')
# ('… a welcome from X, after which the Hon. Y, Minister of Z, will deliver opening remarks': a clause of its own)
_NEXT_CLAUSE = re.compile(
    r",\s+and\s+(?=[A-Z])|;\s+(?=(?:he|she|they)\s)|,\s+(?:after|before) which\s+(?=(?:the\s+)?[A-Z])"
)


_SURNAME = re.compile(r"[A-Z][a-z'’-]{2,}")
LEADING_ROLES = ("chair", "moderator")
_INTRODUCES_GUESTS = re.compile(
    r"\bintroduce\s+(?:the|our|this\s+year['’]s)\s+(?:guest\s+)?(?:speakers?|lecturers?|panel(?:l?ists)?|guests?)\b",
    re.IGNORECASE,
)


def chairs_introduction(roles: tuple[str, ...], sentence: str) -> bool:
    """Whether a chair's or moderator's sentence also has her introduce the speaker ('X will take the chair and
    introduce the speaker', 'Chair: X, who will introduce the speaker'): the introduction is part of
    chairing, one role, not introductory remarks besides (an 'introduce the programme' opens the event)."""
    return (
        "introductory-remarks" in roles
        and any(r in LEADING_ROLES for r in roles)
        and bool(_INTRODUCES_GUESTS.search(sentence))
    )


# 'The author, Senior Fellow X, will present …': the subject named in apposition to what she is
_AUTHOR_APPOSITION = re.compile(
    # ("The report's lead author, X, will present …": the work named in the possessive first)
    r"^(?:The|Its|Their|Her|His)\s+(?:[\w-]+['’]s\s+)?(?:lead\s+|co-?)?(?:author|speaker|presenter)s?,\s+"
    r"(?P<who>[A-Z][^,]{2,80}),\s+(?=will\b)"
)


# 'The Vice-Chancellor and President, Professor X, will …', 'Our Executive Director, Dr. Y, will close …': her
# post first, her name in apposition
_POST_APPOSITION = re.compile(r"^(?:The|Our)\s+(?P<post>[A-Z][^,]{2,80}),\s+(?P<who>[A-Z][^,]{2,80}),\s+(?=will\b)")


def _name_first(sentence: str) -> str:
    """The sentence with the person before her post, as the other forms write it: 'Professor X, The
    Vice-Chancellor and President, will …'."""
    found = _POST_APPOSITION.match(sentence)
    if found is None or not describe(found["post"])[0] or not is_person_name(found["who"]):
        return sentence
    # 'The Law Review's Editor-in-Chief, X, will …': the post, then its body
    owned = re.match(r"^(?P<body>[A-Z][^,']{2,60})['’]s\s+(?P<post>[A-Z].+)$", found["post"])
    post = f"{owned['post']}, {owned['body']}" if owned and describe(owned["post"])[0] else found["post"]
    return f"{found['who']}, {post}, {sentence[found.end() :]}"


# 'A, President of X, and B, Mayor of Y, will offer brief responses': two subjects, each with her post, of one verb
_SHARED_VERB = re.compile(
    r"^(?P<first>(?:(?!\bwill\b)[^;])+?,(?:(?!\bwill\b)[^;])+?),\s+and\s+(?P<second>[^;,]+?(?:,[^;]+?,)?)\s+"
    r"(?P<verb>will\s.+)$"
)


# 'Dr. X and his co-author Ms. Y, a doctoral candidate at Z, will present …': two subjects, the first bare
_PAIRED_SUBJECTS = re.compile(
    r"^(?P<first>[^,;]+?)\s+and\s+(?:(?:his|her|their)\s+(?:co-?authors?|colleagues?)\s+)?"
    r"(?P<second>[A-Z][^;]+?)\s+(?P<verb>will\s.+)$"
)


def _each_subject(clause: str) -> list[str]:
    """The clause once for each of the subjects that share its verb, when the first is given with her
    post ('Ratu X, Turaga ni Koro of Y village, and Dr. Z, …, will respond' names no post of a body),
    or named bare before the second ('Dr. X and Ms. Y, …, will present')."""
    shared = _SHARED_VERB.match(clause)
    paired = _PAIRED_SUBJECTS.match(clause) if shared is None else None
    first = paired["first"].split() if paired else []
    # (the first a person, not a post: 'The Vice-Chancellor and President, Professor X, will …' is one)
    named = any(is_person_name(" ".join(first[k:])) for k in range(len(first) - 1))
    if paired and named:
        each = [f"{paired['first']} {paired['verb']}", f"{paired['second']} {paired['verb']}"]
        return each if all(_WILL_ROLE.match(_LEAD_IN.sub("", c)) for c in each) else [clause]
    if shared is None:
        return [clause]
    entries = parse_entries(_LEAD_IN.sub("", shared["first"]))
    if not (len(entries) == 1 and entries[0].job_title and entries[0].affiliation):
        return [clause]
    return [f"{shared['first']} {shared['verb']}", f"{shared['second']} {shared['verb']}"]


def _body_post_name(who: str) -> Entry | None:
    """'Patapsco President Ruth Feldman' -> Ruth Feldman, President at Patapsco: a name after a post in
    capitals, and before it a word or two naming the body (its short name, as the page writes it)."""
    words = who.split()
    k = next((k for k in range(len(words) - 2, 0, -1) if is_person_name(" ".join(words[k:]))), 0)
    honorific, name = bare_name(" ".join(words[k:]))
    before = [w for w in words[:k] if not re.fullmatch(HONORIFIC_RUN, f"{w} ")]  # 'Associate Dr. X'
    first = next((n for n, w in enumerate(before) if is_title_word(w)), None)
    # the post's words all capitalised and none a body's ('Senior Research Associate')
    if not k or first is None or not is_title_word(before[-1]) or any(is_org_word(w) for w in before[first:]):
        return None
    return Entry(name, honorific, " ".join(before[first:]), " ".join(before[:first]) or None)


def stated_roles(line: str) -> list[Entry]:
    """People, with their roles, of sentences saying what someone will do: 'Ambassador Leyla Hasanova, the
    forum's president, will open the briefing', and 'She will moderate the discussion' after a
    sentence about her ('Mira Castellanos is professor of history at Lakemont College.')."""
    found: list[Entry] = []
    subject: str | None = None
    for clause in (c for s in sentences(line) for part in _each_subject(s) for c in _NEXT_CLAUSE.split(part)):
        sentence = clause[:1].upper() + clause[1:]  # '…; she will present its results'
        match = _WILL_ROLE.match(_name_first(_AUTHOR_APPOSITION.sub(r"\g<who> ", _LEAD_IN.sub("", sentence))))
        who = match.group("who") if match else None
        titled = parse_entries(who) if who and not is_person_name(who) and who not in ("He", "She", "They") else []
        small_post = _SMALL_POST_BEFORE.match(who or "")
        if small_post and is_title_word(small_post["post"].split()[-1]) and is_person_name(small_post["name"]):
            # 'Rio Grande Institute president X': a body of two words or more named by its kind's word
            # is her employer ('Council board chair Y' names the body only by reference)
            body = small_post["body"].split()
            employer = " ".join(body) if len(body) > 1 and is_org_word(body[-1]) else None
            titled = [Entry(small_post["name"], job_title=small_post["post"], affiliation=employer)]
            who = small_post["name"]
        if len(titled) == 1 and titled[0].job_title and who and who.endswith(titled[0].name):
            # 'Wilson Center President Jane Doe will give welcoming remarks': her post and employer before her name
            who = titled[0].name
        elif who and not titled and match and not match.group("what") and (named := _body_post_name(who)):
            # 'Patapsco President Ruth Feldman will give opening remarks': the body's short name, the post, the name
            titled = [named]
            who = named.name
        elif who and not titled and match and match.group("org"):
            # 'Senior Research Fellow X from NPIF's … programme will present': the post before her name
            words = who.split()
            k = next((k for k in range(1, len(words) - 1) if is_person_name(" ".join(words[k:]))), 0)
            if k and any(is_title_word(w) for w in words[:k]):
                titled, who = [Entry(" ".join(words[k:]), job_title=" ".join(words[:k]))], " ".join(words[k:])
        if who in ("He", "She", "They"):
            who = subject
        # a family name alone when the sentence gives a post ('Ferraro, Professor of Law at X, will …'),
        # for the person the page names in full (kg/pages/mentions.py)
        post = (match.group("what") or "").strip() if match else ""
        surname_only = bool(who and _SURNAME.fullmatch(who) and post[:1].isupper() and describe(post)[0])
        # 'Professor Marsh will also give the closing remarks': an honorific before a family name alone names
        # the person the page names in full, as a post after it does
        titled_surname = re.fullmatch(rf"(?:{HONORIFIC_RUN})(?P<family>{_SURNAME.pattern})", who or "")
        named_by_title = None
        if titled_surname and who == (match.group("who") if match else None) and not is_person_name(who or ""):
            # the honorific kept for kg/pages/mentions.py
            named_by_title = titled_surname.string[: titled_surname.start("family")].strip()
            who, surname_only = titled_surname["family"], True
        # 'She will be in conversation with Y' follows her bio, which names her as the guest already
        guest_by_pronoun = bool(match and who != match.group("who") and match.group("verb").endswith("with"))
        if match and who and (is_person_name(who) or surname_only) and not guest_by_pronoun:
            verb = match.group("verb")
            role = next(r for word, r in _VERB_ROLES if any(w.startswith(word) for w in verb.split()))
            honorific, name = bare_name(who)
            honorific = honorific or named_by_title
            # 'Dr. X, Assistant Professor of Law at the Y Centre, will chair': her post and employer
            # ('the forum's president' names the post only by reference: left out)
            what = (match.group("what") or "").strip() if who == match.group("who") else ""
            job_title, affiliation = describe(what) if what[:1].isupper() else (None, None)
            if re.match(r"(?:former|retired)\s+[A-Z]", what):
                job_title, affiliation = what, None  # a post she has left: 'X, retired Justice of the Y Court, will …'
            if match.group("bracket") and who == match.group("who"):  # 'Dr. X (Senior Economist, Research Department)'
                job_title, affiliation = describe(match.group("bracket"))
            if titled and who == titled[0].name:
                job_title, affiliation = titled[0].job_title, titled[0].affiliation
            if match.group("org") and not affiliation:  # 'from NPIF's Arctic programme': NPIF
                affiliation = re.sub(r"['’]s\b.*$", "", match.group("org"))
            found.append(Entry(name, honorific, job_title, affiliation, role=role))
            also = _AND_ROLE_VERB.match(sentence[match.end() :]) or _AND_ROLE_VERB.search(
                re.split(r"[,;]", sentence[match.end() :])[0]
            )
            second = next(
                (r for word, r in _VERB_ROLES if also and any(w.startswith(word) for w in also["verb"].split())),
                role,
            )
            if chairs_introduction((role, second), sentence):
                # 'X will take the chair and introduce the speaker': the chair's introduction is part of chairing
                found[-1] = replace(found[-1], role=next(r for r in (role, second) if r in LEADING_ROLES))
            elif second != role:
                found.append(Entry(name, honorific, job_title, affiliation, role=second))
        opening = re.match(rf"^(?:{HONORIFIC_RUN})?{_NAME_RUN}", sentence)
        if opening and is_person_name(opening.group(0)):
            subject = opening.group(0)
    return found + _relative_roles(line) + _guest_roles(line) + _posted_subjects(line)


# 'X, Post, has kindly consented to be present as the Chief Guest', 'X, Post, Org and Y, Post, Org will be
# present as Special Guests', 'X, Post, has kindly consented to be the Chief Guest': the guests of honour South
# Asian invitations name in a sentence of their own
_PRESENT_AS_GUEST = re.compile(
    # (a recap's past tense: 'Shri X, IAS, Secretary, Department of Y, was the Chief Guest')
    r"^(?P<who>.+?),?\s+(?:(?:will|would)\s+be|was|were|(?:has|have)\s+(?:kindly\s+)?(?:agreed|consented)\s+to\s+be"
    r"|(?:is|are)\s+expected\s+to\s+be)\s+(?:(?:present|with us)\s+as\s+)?(?:the\s+)?"
    r"(?i:chief\s+guest|special\s+guests?|guests?\s+of\s+honou?r)\b"
)


def _guest_roles(line: str) -> list[Entry]:
    found: list[Entry] = []
    for sentence in sentences(line):
        match = _PRESENT_AS_GUEST.match(sentence)
        entries = parse_entries(match.group("who")) if match else []
        found.extend(with_role(e, "featured-remarks") for e in entries if is_person_name(e.name))
    return found


# a role said of a person in a clause of its own, as Nigerian and Ghanaian announcements write them:
# 'The Chairman of the occasion is Prof. X of Y', 'the Master of Ceremony will be the Z presenter, Ms. W',
# 'the Speaker of the X, Rt. Hon. Y, is expected as Special Guest of Honour', 'Mrs. Z, post, will be the
# Lead Discussant'; the role is a heading the page could have written ('Chairman of the occasion:')
# (a person or her post follows, not a verb: 'The discussion will be moderated by X' is a cue's)
_ROLE_IS = re.compile(
    r"^[Tt]he\s+(?P<head>[A-Za-z][\w' -]{2,40}?)\s+(?:is|will be)\s+(?P<who>(?:[A-Z]|the\s|an?\s)[^;]{3,200}?)\.?$"
)
_IS_ROLE = re.compile(
    r"^(?P<who>[^;]{3,200}?),?\s+(?:is|will be)\s+(?:expected\s+as|the)\s+(?P<head>[A-Za-z][\w' -]{2,40}?)\.?$"
)
_WHILE = re.compile(r",\s+while\s+")


def clause_roles(line: str) -> list[Entry]:
    """People a clause gives a role by naming it beside them, before or after."""
    found: list[Entry] = []
    for clause in (c for s in sentences(line) for c in _WHILE.split(s)):
        match = _ROLE_IS.match(clause) or _IS_ROLE.match(clause)
        label = match_label(f"{match['head']}:") if match else None
        if match is None or label is None or label[0].kind != "people" or not label[0].role:
            continue
        found.extend(with_role(e, label[0].role) for e in _post_then_name(match["who"]))
    told = sentences(line)
    for before, sentence in zip(told, told[1:], strict=False):
        # '… chaired by Dr X. Closing remarks: Cllr Y.': a programme's label and its person written into
        # the paragraph as a sentence of their own (not a programme's lines run together: one label, a full stop)
        labelled = before.endswith(".") and sentence.endswith(".") and sentence.count(":") == 1
        label = match_label(sentence) if labelled and re.match(r"^[^:,.]{3,40}:\s", sentence) else None
        if label is None or label[0].kind != "people" or not label[1] or label[0].role in (None, "contact"):
            continue
        found.extend(with_role(e, label[0].role or "speaker") for e in parse_entries(label[1].rstrip(".")))
    return found


def _post_then_name(text: str) -> list[Entry]:
    """The person of 'Prof. X of Y' or 'Ms. X, post', also written after her post ('the Z presenter, Ms. X')."""
    entries = parse_entries(text)
    if entries and all(is_person_name(e.name) for e in entries):
        return entries
    parts = [p.strip() for p in text.split(",")]
    for k in range(1, len(parts)):
        honorific, name = bare_name(parts[k])
        if is_person_name(name):
            job_title, affiliation = describe(re.sub(r"^(?:the|a|an)\s+", "", parts[k - 1]))
            return [Entry(name, honorific, job_title, affiliation)]
    return []


# '… will discuss the book with X, senior fellow at Y, who will moderate the conversation': the role in
# a relative clause after the person it is said of, wherever the sentence names her
_WILL_DO = (
    r",\s+who\s+will\s+(?:also\s+)?"
    r"(?P<verb>moderate|chair|introduce|respond|give (?:the )?(?:opening|welcoming|introductory|closing) remarks"
    # '… its Note No. 12, Title, written by Dr X, Researcher at Y, who will present its conclusions'
    r"|present (?:its|the|their) (?:main |key )?(?:findings|conclusions|results|recommendations))\b"
)
_WHO_WILL = re.compile(rf"(?P<who>(?:{HONORIFIC_RUN})?{_NAME_RUN}),(?P<what>[^,()]{{3,120}}){_WILL_DO}")
# a post in two or three parts, read where the one-part post finds no one: 'X, Director, Y Institute, who will
# chair the session' (first, a title's commas would hide the person: 'Note No. 4, Title, written by X, post, who …')
_WHO_WILL_LONG = re.compile(
    rf"(?P<who>(?:{HONORIFIC_RUN})?{_NAME_RUN}),(?P<what>[^,()]{{3,120}}(?:,[^,()]{{3,120}}){{1,2}}){_WILL_DO}"
)


def _relative_roles(line: str) -> list[Entry]:
    return _relative_roles_of(_WHO_WILL, line) or _relative_roles_of(_WHO_WILL_LONG, line)


def _relative_roles_of(form: re.Pattern[str], line: str) -> list[Entry]:
    found = []
    for match in form.finditer(line):
        honorific, name = bare_name(match.group("who"))
        if not is_person_name(name):
            continue
        role = next(r for word, r in _VERB_ROLES if any(w.startswith(word) for w in match.group("verb").split()))
        what = match.group("what").strip()
        job_title, affiliation = describe(what[:1].upper() + what[1:])
        found.append(Entry(name, honorific, job_title, affiliation, role=role))
    return found


# 'X and Y present their new Policy Brief 09-22', 'Senior Fellow Z will present her new paper': the
# authors presenting their own study (an author presenting her new book talks about it: a speaker)
_PRESENTS_OWN_WORK = re.compile(
    rf"(?P<who>{_NAME_RUN}(?:\s+and\s+{_NAME_RUN})?)\s+(?:will\s+)?presents?\s+(?:her|his|their)\s+"
    r"(?:new|latest|recent|forthcoming)\s+(?:[\w-]+\s+){0,2}?(?i:reports?|papers?|briefs?|stud(?:y|ies)|contributions?"
    r"|analysis|notes?|findings|research|survey|index)\b"
)


_PRESENTS_FINDINGS = (
    # ('will open the morning with its findings': the author's part opens the event)
    r"(?:present(?:s|ed)?|set(?:s)?\s+out|outline(?:s|d)?"
    r"|open(?:s|ed)?\s+(?:the\s+(?:morning|afternoon|evening|session|event|discussion)\s+)?with)"
    # ('who will present the paper's findings': the work named in the possessive)
    r"\s+(?:(?:its|their|the(?:\s+[\w-]+['’]s)?)\s+(?:main\s+|key\s+)?"
    # ('The report's authors, A and B, presented the study': the authors' own work, as its findings)
    # ('The author, X, post, will present the note': a policy note is a paper too)
    r"(?:findings|conclusions|results|recommendations|study|report|paper|brief|note)"
    # ('its lead author, Dr X, will present findings on who …': the findings named with no article)
    r"|(?:new\s+|key\s+|main\s+)?(?:findings|conclusions|results|recommendations))\b"
)
# 'The report's authors, X and Y, will present its findings', 'report co-authors X and Y will present
# their findings': the authors named in apposition or after the word
_AUTHORS_PRESENT = re.compile(
    # (not 'Author X will present the findings', a speaker in set 36: the open question's other answer)
    r"(?:\b(?i:(?:co-?)?authors?),\s+|\b(?i:report|paper|study|brief)\s+(?i:co-?)?authors?\s+(?=[A-Z]))"
    rf"(?P<who>{_NAME_RUN}(?:,\s+{_NAME_RUN})*(?:,?\s+and\s+{_NAME_RUN})?)"
    # ('The paper's author, X, Senior Researcher at Y, will present …': one author's post after her name, in
    # up to three parts: 'X, Assistant Professor, Department of Y, Z University, will present …')
    # (a post written small too: 'The brief's author, X, senior fellow at Y, will …')
    # (a post with its faculty and university runs longer: 'lecturer in the Faculty of Economics and Business
    # Administration at the West University of Timișoara')
    r"(?P<post>(?:,\s+[A-Za-z][^,;.]{2,120}?(?=,)){0,3})"
    rf",?\s+(?:will\s+)?(?:then\s+)?{_PRESENTS_FINDINGS}"
    # 'The report's authors, Dr A, Senior Researcher at X, and B, Researcher at X, will present …': each
    # author's post after her own name
    rf"|\b(?i:(?:co-?)?authors),\s+(?P<each>(?:{HONORIFIC_RUN})?{_NAME_RUN},\s+[A-Z][^,;.]{{2,80}}?,?\s+and\s+"
    rf"(?:{HONORIFIC_RUN})?{_NAME_RUN}),\s+[A-Z][^,;.]{{2,80}}?,\s+(?:will\s+)?(?:then\s+)?{_PRESENTS_FINDINGS}"
)
# 'Dr X, one of the report's authors, will set out its findings': the author named before her part,
# also after her post ('Ms X, Senior Researcher at Y and the paper's lead author, will then present …')
_AUTHOR_NAMED_PRESENTS = re.compile(
    rf"(?P<who>(?:{HONORIFIC_RUN})?{_NAME_RUN}),\s+(?:[^,;]{{3,80}}?\s+and\s+)?(?:one\s+of\s+)?the\s+[\w'’]+\s+"
    rf"(?:lead\s+|co-?)?authors?,\s+(?:will\s+(?:then\s+|also\s+)?)?{_PRESENTS_FINDINGS}"
)


# 'Issues Paper 4, Title, by Dr X, Senior Research Fellow at the Institute, who will present the paper's
# findings': the author named, then her part in a clause of its own
_WHO_PRESENTS = re.compile(
    rf"(?P<who>(?:{HONORIFIC_RUN})?{_NAME_RUN})(?P<post>,\s+[A-Za-z][^,;.]{{2,120}}?)?,\s+who\s+(?:will\s+)?"
    rf"(?:then\s+)?{_PRESENTS_FINDINGS}"
)


# 'the presentation of Working Paper 12, "Title", by its author Dr X': the author presents it
_PRESENTED_BY_AUTHOR = re.compile(
    r"\b(?i:presentation|launch)\s+of\s+[^.;]{3,200}?,?\s+by\s+(?:its|their)\s+(?:co-?)?authors?,?\s+"
    rf"(?P<who>(?:{HONORIFIC_RUN})?{_NAME_RUN}(?:,?\s+and\s+(?:{HONORIFIC_RUN})?{_NAME_RUN})?)"
)


# 'the presentation of its Working Paper No. 6/2016, Title, by Dr X, Senior Researcher at Y': a numbered
# work, its title, then who presents it (a report's author presents it; a book's is left to its cues)
_PRESENTED_NUMBERED = re.compile(
    # (not 'the launch of the Society's Paper No. 4, Title, by Dr X': the 'by' of a launch names its author)
    # ('This meeting discussed Working Paper #22, "Title," by Dr X': a recap's numbered paper, its author's)
    r"\b(?:(?i:presentation)\s+of|discussed)\s+(?:(?:its|the|their|our)\s+)?(?:new\s+)?(?:[A-Z][\w'’-]*\s+){1,4}"
    r"(?:No\.\s*|#)\d[\w/-]*,\s+[^.;]{3,200}?,[\"”]?\s+by\s+"
    rf"(?P<who>(?:{HONORIFIC_RUN})?{_NAME_RUN}(?:,?\s+and\s+(?:{HONORIFIC_RUN})?{_NAME_RUN})?)"
    r"(?P<post>,\s+[A-Za-z][^,;.]{2,80})?(?=,|\.|$)"
)


def presenting_authors(line: str) -> list[Entry]:
    """The people a sentence says present their own new work: presenters, each named in full (the
    words before a name in the same run, 'Bruegel Senior Fellow X', describe her)."""
    found: list[Entry] = []
    forms = (
        _PRESENTS_OWN_WORK,
        _AUTHORS_PRESENT,
        _AUTHOR_NAMED_PRESENTS,
        _PRESENTED_BY_AUTHOR,
        _PRESENTED_NUMBERED,
        _WHO_PRESENTS,
    )
    for match in (m for form in forms for m in form.finditer(line)):
        # '…, by Dr X, Senior Researcher at Y', 'The authors, A and B, Research Fellows at Y, presented …'
        posted = parse_entries(f"{match['who']}{match['post']}") if match.groupdict().get("post") else []
        if posted and all(is_person_name(e.name) and (e.job_title or e.affiliation) for e in posted):
            found.extend(with_role(e, "presenter") for e in posted)
            continue
        each = match.groupdict().get("each")
        named = [each.split(",")[0], each.rsplit(" and ", 1)[1]] if each else None
        for who in named or re.split(r",?\s+and\s+|,\s+", match.group("who")):
            words = who.split()
            name = next((" ".join(words[k:]) for k in range(len(words) - 1) if is_person_name(" ".join(words[k:]))), "")
            if name:
                honorific, name = bare_name(name)  # 'The authors, Dr X and Y, will present …'
                found.append(Entry(name, honorific, role="presenter"))
    return found


_SPEAKING = (
    r"(?:will\s+)?(?:joins? us|explains?|discuss(?:es)?|presents?|examines?|argues?|describes?|talks? about"
    r"|asks?|explores?|considers?|addresses|address|leads?|gives?|delivers?|draws? on|traces?|looks? at"
    r"|speaks? (?:about|on)|shares?|reflects? on|outlines?|speak|present|discuss|explain|examine|deliver|talk"
    r"|share|reflect on|outline|shows?|tells?|reveals?|revisits?|recounts?|introduces?|investigates?|unpacks?"
    r"|plays?|follows?|charts?|reads?)\b"
)
_SPEAKS = re.compile(
    rf"^(?P<who>(?:{HONORIFIC_RUN})?{_NAME_RUN})(?:,?\s+(?:{POST_NOMINALS})\.?)*(?:\s+of\s+(?:the\s+)?[A-Z][\w ]+?)?"
    r"(?:\s+\((?P<org>[^()]{3,80})\))?"  # 'Professor X (University of Hong Kong) traces …'
    # '…, X College, Oxford,', '…, Assistant Professor, School of Y, University of Z,'
    rf"(?:,\s+(?P<what>[^,]{{3,120}}(?:,\s+[A-Z][\w.'-]+(?:\s+[A-Z][\w.'-]+)?|(?:,\s+[A-Z][^,]{{2,80}}){{1,2}})?),)?"
    rf"\s+{_SPEAKING}"
)
# a compound subject: 'Dr X, Senior Lecturer at Y, and Z, Associate Director of W, look at …'
_COMPOUND_SPEAKS = re.compile(rf",\s+{_SPEAKING}")


_LEAD_IN = re.compile(
    # (the speaker's field may stand before the name: 'In the third of this year's talks, seabird ecologist Dr X')
    # (or two callings joined: 'In this year's X Lecture, climate scientist and urban designer Dr Y argues …')
    r"^(?:In|At|During) (?:this|the|today's|this year's|tonight's) [^,]{3,60},\s+"
    r"(?=(?:[a-z][a-z-]{3,}\s+){0,2}(?:and\s+(?:[a-z][a-z-]{3,}\s+){1,2})?[A-Z])"
    r"|^On (?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\b[\w ]{0,25},\s+(?=[A-Z])"  # 'On Tuesday 18 November, X will …'
    # 'After the result is announced, X will …', 'Following the debate, Y will …': a clause of time first
    r"|^(?:After|Following|Before) (?:the|a|an|this) [^,]{3,60},\s+(?=[A-Z])"
    # 'Drawing on new archives and on interviews, historian Dr X, post, tells …': what the work rests on first,
    # then the speaker's calling (a name alone after it is left to the page's other lines)
    r"|^(?:Drawing|Building) on [^,]{3,160},\s+(?=(?:[a-z][a-z-]{3,}\s+){1,2}[A-Z])"
    # 'In this seminar Dr. X will present …': a lead-in of the event's kind alone needs no comma
    r"|^(?:In|At|During) (?:this|today's|tonight's) (?:seminar|lecture|talk|webinar|session|workshop|presentation)\s+"
    r"(?=[A-Z])"
    # 'In The Salt Road (Yale University Press, 2024), historian Dr X traces …': the book, then its author
    r"|^In (?:(?:her|his|their) (?:new |latest )?book,? )?[^()]{3,160}\s\([^()]{2,80}\b\d{4}\),\s+"
    # 'Author X will be in conversation with Y', 'Historian Z will discuss her new book': her calling first
    r"|^(?:Author|Historian|Novelist|Poet|Writer|Journalist|Biographer|Filmmaker|Photographer)\s+"
    r"(?=[A-Z][\w'’-]+\s+(?:[A-Z][\w'’-]+\s+){0,2}will\s)"
)


def speaking_subjects(line: str) -> list[Entry]:
    """The people sentences say will speak: 'Governor Elena Ruiz of New Mexico joins us to
    discuss …', 'Glaciologist Dr Anya Petrova, Reader in Polar Science at the University of
    Aberdeen, explains how …'."""
    found: list[Entry] = []
    for sentence in sentences(line):
        found.extend(_speaking_subjects(_LEAD_IN.sub("", sentence)) or _speaking_subjects(sentence))
    return found


def _speaking_subjects(sentence: str) -> list[Entry]:
    """The speakers one sentence opens with: 'Glaciologist Dr Anya Petrova', 'Curator Karina Yu';
    after a few words that lead in ('In this illustrated lecture Dr X, …, presents', 'At 8pm X,
    Senior Ranger at Y, talks about')."""
    words = sentence.split()
    described = len(words) > 1 and (re.match(HONORIFIC_RUN, words[1] + " ") or is_title_word(words[0]))
    starts = [1, 0] if described else [0]
    lead_ins = [i for i in range(1, min(len(words), 9)) if _after_lead_in(words, i) and i not in starts]
    starts += lead_ins
    for start in starts:
        entries = _speaking_subject(" ".join(words[start:]), described=start in lead_ins)
        post = start == 1 and is_title_word(words[0]) and not re.match(HONORIFIC_RUN, words[0] + " ")
        post = post and not _CALLING.match(words[0])
        if entries and post and words[0][:1].isupper():
            entries[0] = _with_post_before(entries[0], words[0])
        if entries:
            return entries
    return []


# a scholar's or writer's calling before her name ('Historian Dr X (Leiden University) shows …'), no post there
_CALLING = re.compile(
    r"^(?:historian|economist|scholar|scientist|novelist|poet|writer|author|philosopher|\w+(?:ologist|icist|ographer))$",
    re.IGNORECASE,
)


def _with_post_before(entry: Entry, post: str) -> Entry:
    """'Curator Dr. X, Y Museum, tells …': the post before her title and name is her post at the body named
    after it (with no body, the word describes her: 'Glaciologist Dr X explains …')."""
    return replace(entry, job_title=post) if entry.affiliation and not entry.job_title else entry


def _after_lead_in(words: list[str], i: int) -> bool:
    """Word i could open a name after a lead-in: capitalised, after a word in lower case or a digit
    that is no article, preposition or particle ('the Biennial Meeting', 'de la Fuente Ortiz')."""
    before = words[i - 1].lower()
    return words[i][:1].isupper() and not words[i - 1][:1].isupper() and before not in _NOT_BEFORE_NAME


_NOT_BEFORE_NAME = (
    frozenset(("the", "a", "an", "of", "to", "for", "and", "or", "in", "on", "at", "by", "with")) | PARTICLES
)


def _speaking_subject(text: str, described: bool = False) -> list[Entry]:
    """The speaker a text opens with; after a lead-in only one whom the text describes or titles."""
    match = _SPEAKS.match(text)
    who = NAME_SUFFIX.sub("", match.group("who")) if match else ""  # 'Professor X FRSC'
    if match and is_person_name(who) and (not described or match.group("what") or bare_name(who)[0]):
        honorific, name = bare_name(who)
        what = match.group("what") or ""
        what = "" if re.match(r"(?:who|whose|which)\b", what) else what  # ', whose new book …,'
        # 'X will deliver her inaugural lecture as Professor of Y at Z': the chair she takes up
        taken = _LECTURE_AS.search(text[match.end() :]) if not (what or match.group("org")) else None
        job_title, affiliation = describe(what or match.group("org") or (taken.group("post") if taken else ""))
        return [Entry(name, honorific, job_title, affiliation, role="speaker")]
    compound = _COMPOUND_SPEAKS.search(text)
    subject = text[: compound.start()] if compound else ""
    entries = parse_entries(subject, strict=True) if re.search(r"\sand\s", subject) else []
    opens = bool(entries) and bare_name(_NAME_SPLIT_HEAD.split(subject, maxsplit=1)[0])[1] == entries[0].name
    return [with_role(e, "speaker") for e in entries] if opens and len(entries) > 1 else []


_LECTURE_AS = re.compile(r"^\s+(?:\w+\s+){0,3}?(?:lecture|address)\s+as\s+(?:the\s+)?(?P<post>[A-Z][^.;]{3,150})")
_NAME_SPLIT_HEAD = re.compile(r"\s*,\s*")


def bio_subject(line: str) -> str | None:
    """The person a bio sentence is about ('Claire Dufour is a naturalist and writer …'), whatever it says."""
    match = _BIO.match(line)
    name = bare_name(match.group("name"))[1] if match else None
    return name if name and is_person_name(name) else None


def bio(line: str) -> tuple[str, str | None, str] | None:
    """(name, job title, affiliation) from 'Dr. Jane Doe is a senior fellow at the X Institute
    and …'; None when the line is not a bio sentence."""
    match = _BIO.match(line)
    if not match:
        return None
    _, name = bare_name(match.group("name"))
    # (' and teaches a seminar …', ' and serves on …': what else she does, no part of the post)
    parts = re.split(
        r",| and (?:a|an|the|is|has|was)\b| and (?=[A-Z]\w+ of\b)| and (?=[a-z]+s (?:a|an|the|on|in)\b)"
        r"| where\b| who\b",
        match.group("what"),
    )
    # 'a former Deputy Secretary of the Treasury and an honorary professor at X': the post now
    now = re.match(r"^\s*former\b", parts[0], re.IGNORECASE) and len(parts) > 1 and " at " in parts[1]
    what = parts[1] if now else parts[0]
    # (a name whose kind opens or closes it: not the rest of 'Institute for Forest, Snow and Landscape Research')
    # after a comma (not 'and a citizen of the X Federation')
    parent = parts[1].split() if match.group("what")[len(what) : len(what) + 1] == "," else []
    if (
        not now
        and " at " in what
        and parent
        and parent[0][:1].isupper()
        and segment_kind(parts[1]) == "org"
        and any(map(is_org_word, (parent[0], parent[-1])))
    ):
        # 'Fellow at the X Institute, Y University': the university employs, the unit is part of the post
        # ('Fellow, X Institute', as a card writes 'Post, Unit, Parent')
        what = re.sub(r"^(?P<post>.+?) at (?:the )?(?=[A-Z])", r"\g<post>, ", what) + "," + parts[1]
    what = re.sub(r"^[a-z][a-z -]*? and (?=[A-Z])", "", what)  # 'a historian and Senior Researcher at X'
    what = re.sub(r"\s+(?:since|from)\s+(?:\d{4}|the\s|[A-Z][a-z]+\s+\d{4}).*$", "", what)  # '… at X since 2022'
    place = re.search(r"\s+in\s+(?P<place>[A-Z][\w.]*(?:\s+[A-Z][\w.]*)?)$", what)
    if place and (is_place(place.group("place")) or town_name(place.group("place"))):
        what = what[: place.start()]  # '… International Relations in Moscow'
    job_title, affiliation = describe(what)
    if not affiliation and not now:
        # the post's own commas or 'and' ('Director, Financial Markets Development, at the Bank of X',
        # 'Professor of Y and Dean of the Faculty of Z at W'): the clause up to the next one
        clause = re.split(r",?\s+(?:where|who|which)\b| and (?:a|an|the|is|has|was)\b", match.group("what"))[0]
        job_title, affiliation = describe(clause) if " at " in clause or " of the " in clause else (None, None)
    # (what the sentence goes on to say of her is no part of it: '…, Bank Y, where she leads …')
    card = re.split(r",\s+(?:where|who|which)\b", match.group("what"))[0]
    if not affiliation and all(part.strip()[:1].isupper() for part in card.split(",")):
        # 'Ms X is Senior Economist, Payment Systems Department, Bank Y.': a card's 'Post, Unit, Org'
        job_title, affiliation = describe(card)
    if not affiliation:
        return None
    return name, job_title, affiliation


# An event summary's past tense: 'X, who moderated the meeting, asked …', 'Y, director of Z, chaired.'
_DID_ROLE = re.compile(
    r"(?P<who>[^;:()]+?),?\s+(?:who\s+)?(?:also\s+)?"
    r"(?P<verb>moderated|chaired|presided(?: over)?|served as (?:the )?(?:moderator|chair)|responded)\b"
    r"(?:\s+(?:the\s+)?(?:[a-z-]+\s+){0,2}?(?:meeting|discussion|event|panel|session|seminar|conference"
    r"|debate|proceedings|roundtable|briefing|conversation|question-and-answer session))?(?=\s*[.,;]|\s+and\b|$)"
)
_OWNER = re.compile(r"^(?:[A-Z][\w&.-]*\s+){0,4}[A-Z][\w&.-]*['’]s\s+(?=[A-Z])")  # "Carnegie's X": the site's


def summarised_roles(line: str) -> list[Entry]:
    """The people an event summary says moderated or chaired it ('Kennan Institute Director Helen
    Varga, who moderated the meeting, asked …'; 'Carnegie's Jane Roe, director of the X Program,
    moderated.'): the role in the past tense, read from the clause that names its subject."""
    found: list[Entry] = []
    for sentence in sentences(line):
        for match in _DID_ROLE.finditer(sentence):
            verb = match.group("verb")
            role = "moderator" if "moderat" in verb else "respondent" if verb == "responded" else "chair"
            parts = re.sub(r",\s*$", "", match.group("who")).split(", ")
            pair = parse_entries(parts[-1]) if " and " in parts[-1] else []
            if len(pair) > 1 and all(is_person_name(e.name) and not e.job_title for e in pair):
                found.extend(with_role(e, role) for e in pair)  # 'X and Y responded'
                continue
            for k in range(1, min(3, len(parts)) + 1):
                entries = parse_entries(_OWNER.sub("", ", ".join(parts[-k:])), strict=k > 1)
                if len(entries) == 1 and is_person_name(entries[0].name):
                    found.append(with_role(entries[0], role))
                    break
        found.extend(_did_speak(sentence))
        opened = _OPENED.match(sentence)
        who = _OWNER.sub("", opened.group("who")) if opened else ""
        entries = parse_entries(who) if opened else []
        if opened and not entries and BARE_SURNAME.fullmatch(who):
            entries = [Entry(who)]  # 'Presenting the paper, Moreau argued …': the person the page names in full
        if opened and len(entries) == 1:
            act = opened.group("act") or opened.group("act2") or opened.group("act3")
            # 'In a special address, X …': a guest's remarks between the opening and the programme (featured)
            role = {"closing": "closing-remarks", "presenting": "presenter", "special": "featured-remarks"}.get(
                act.lower(), "introductory-remarks"
            )
            found.append(with_role(entries[0], role))
    return found


# A summary's subject and what she did: 'X, Deputy Minister of Justice, gave the keynote', 'Y, researcher
# at Z, then presented the findings of …', 'W, a Member of Parliament, responded on behalf of …'
_DID_SPEAK = re.compile(
    r"^(?P<who>(?:[^;:()]|\([A-Z]{2,8}\))+?),?\s+(?:then\s+|also\s+|later\s+)?"  # '… Regionales (INER) of …'
    # ('presented the findings of the report': the study the event launches; 'presented findings from her
    # survey' in a meeting summary is a speaker's talk)
    r"(?P<verb>(?:gave|delivered) (?:the|a) keynote"
    r"|(?:presented|set out|outlined) (?:the|its|their) (?:[\w'’-]+ ){0,2}?"
    # ('presented the estimates of …', 'the figures on …': a co-author's share of the work launched)
    r"(?:findings|results|report|study|paper|book|estimates|figures|data|scenarios|recommendations)"
    # ('presented Analytical Paper No. 7', 'presented Policy Brief #12': the numbered work launched)
    r"|presented (?:[A-Z][\w'’-]*\s+){1,4}(?:No\.\s*|#)\d"
    r"|responded|gave (?:the|a) response|served as (?:the )?rapporteur"
    # 'Y, director of Z, commented on the paper', 'W … offered a second comment', 'V … will comment on the lecture'
    # ('U … offered comments from the ministry's side')
    # ('X, the Bank's country economist, also commented, cautioning …': a second comment, its topic left out)
    r"|(?:commented|will comment) on|(?:also )?commented(?=,)|also commented(?=\.)"
    r"|offered (?:(?:a|the) (?:[a-z]+ )?comment|(?:[a-z]+ )?comments)|spoke (?:on|about)"
    # 'GFSIS President X opened the discussion, recalling …'
    r"|opened (?:the|this) (?:[a-z]+ )?(?:discussion|meeting|event|seminar|conference|session|roundtable"
    r"|dialogue|workshop|forum|debate|presentation|launch|proceedings))\b"
)
_DID_ROLES = (
    ("opened", "introductory-remarks"),  # first: 'opened the presentation' is no presenter's
    ("spoke", "speaker"),
    ("keynote", "keynote"),
    ("present", "presenter"),
    ("set out", "presenter"),
    ("outlined", "presenter"),
    ("respon", "respondent"),
    ("rapporteur", "rapporteur"),
    ("comment", "discussant"),
)
# '…, associate professor of X and the paper's lead author, presented …': her part in the work, no post
# ('…, research director at X and co-author of Policy Brief #6 with Y, set out …': the work and its other author)
_AUTHOR_PART = re.compile(
    r",?\s+and\s+(?:(?:one of\s+)?the\s+[\w'’]+\s+(?:lead\s+|co-?)?authors?|(?:lead\s+|co-?)?author\s+of\s+[^,]+),?$"
)
# 'Her co-author X, Research Associate, presented the results …': the subject's lead-in, not her name
_COAUTHOR_LEAD_IN = re.compile(r"^(?:Her|His|Their|Its|The)\s+(?:lead\s+)?co-?authors?,?\s+(?=[A-Z])")


def _did_speak(sentence: str) -> list[Entry]:
    """The person a summary's sentence opens with, by her role in the past tense ('gave the keynote')."""
    match = _DID_SPEAK.match(sentence)
    if match is None:
        return []
    who = re.sub(r",\s+an?\s+(?=[A-Z])", ", ", match.group("who"))  # 'X, a Member of Parliament,'
    who = _AUTHOR_PART.sub("", _COAUTHOR_LEAD_IN.sub("", who))
    who = re.sub(r",\s+who\s+[^,]+$", "", who)  # '…, University of Z, who has worked in Y since 1999,'
    parts = who.split(", ")
    halves = who.split(" and ") if len(parts) == 1 else []
    pair = parse_entries(who) if len(halves) == 2 and all(is_person_name(h) for h in halves) else []
    if len(pair) == 2:  # 'X and Y presented Analytical Paper No. 7'
        role = next(r for word, r in _DID_ROLES if word in match.group("verb"))
        return [with_role(e, role) for e in pair]
    for k in range(1, min(3, len(parts)) + 1):
        entries = parse_entries(_OWNER.sub("", ", ".join(parts[:k])), strict=k > 1)
        if len(entries) == 1 and is_person_name(entries[0].name) and ", ".join(parts[k:]).count(" ") < 12:
            described = parse_entries(who.removesuffix(","))
            entry = described[0] if len(described) == 1 and described[0].name == entries[0].name else entries[0]
            role = next(r for word, r in _DID_ROLES if word in match.group("verb"))
            return [with_role(entry, role)]
    return []


# 'Opening the conference, CCESR Executive Director X said …', 'Closing the seminar, Y, Dean of Z, thanked …'
# ('In closing remarks, Y, … stressed …', 'In her opening remarks, X …')
_OPENED = re.compile(
    r"^(?:(?P<act>Opening|Closing|Welcoming|Presenting)\s+(?:the|this|today's|her|his|their)\s+(?:[\w'’-]+\s+){0,3}?"
    r"(?:conference|event|seminar|workshop|meeting|forum|dialogue|session|roundtable|symposium|webinar|lecture"
    r"|discussion|debate|panel|launch|proceedings|participants|guests|audience"
    r"|paper|report|study|findings|brief|book)"  # 'Presenting the paper, X argued …'
    r"|In\s+(?:(?:a|his|her|their)\s+)?(?P<act2>opening|closing|welcoming|special)\s+(?:remarks|words|address)"
    r"|In\s+(?P<act3>closing)),\s+"  # 'In closing, Dr. X thanked the presenters'
    r"(?P<who>[^;:()]+?),?\s+"
    r"(?:said|noted|argued|stressed|emphasi[sz]ed|underlined|highlighted|recalled|welcomed|observed|remarked"
    r"|pointed out|told|reminded|thanked|called|described|outlined|spoke)\b"
)


# where one person's post ends and the next one's begins: 'P1 N1, P2 N2 and P3 N3'
_NEXT_PERSON = re.compile(r",\s+(?:and\s+)?|\s+and\s+")
_POST_LINK = re.compile(r"\s(?:of|in|to|at|for)\s")
_OF_WORDS = frozenset(("of", "the", "in", "to", "at", "for", "and"))


def joined_posts(text: str) -> list[Entry]:
    """'Deputy Speaker of the Legislative Chamber Akmal Rustamovich Saidkulov', 'Vice Minister of Commerce Li
    Wei and Resident Representative in Uzbekistan Anna Berg': each post and its body, then the name with no
    comma, as Central Asian and Chinese press releases write them; nothing unless every part reads so."""
    pieces, start = [], 0
    for cut in _NEXT_PERSON.finditer(text):
        if _opens_post(text[cut.end() :]):
            pieces.append(text[start : cut.start()])
            start = cut.end()
    entries = []
    for piece in [*pieces, text[start:]]:
        words = piece.strip(" .").split()
        size = 3 if len(words) > 3 and PATRONYMIC.match(words[-2]) else 2  # 'Akmal Rustamovich Saidkulov'
        name, post = " ".join(words[-size:]), " ".join(words[:-size])
        # (no small word before the name: 'Elder X of the Musqueam Nation' ends with a body, not a name)
        capitals = (
            len(words) > size + 1 and all(w[:1].isupper() for w in words[-size:]) and words[-size - 1] not in _OF_WORDS
        )
        if not (_opens_post(post) and _POST_LINK.search(post) and capitals):
            return []
        if not is_person_name(name) or "," in post and bare_name(f"{post.rsplit(',', 1)[1]} {name}")[0]:
            return []  # 'the Master of X College, Sir Y Z': the name after a comma is parse_entries' to read
        job_title, affiliation = describe(post)
        entries.append(Entry(name, job_title=job_title, affiliation=affiliation))
    return entries


def _opens_post(text: str) -> bool:
    """'First Deputy Minister of …', 'editor-in-chief of …': a post among the first three words, before its 'of'."""
    head = _POST_LINK.split(text, maxsplit=1)[0].split()[:3]
    return any(is_title_word(part) for word in head for part in (word, *word.split("-")))


# 'In the second session, "Title", A, B and C will take part in a panel discussion', 'Director of the
# Center X will present the results of the study': people written after their posts, as the subject
_POSTED_SUBJECT = re.compile(
    r"^(?:In the [^,]{3,60},\s+(?:[\"“][^\"”]{3,120}[\"”],\s+)?)?(?P<who>[A-Z][^;]{10,400}?)\s+will\s+"
    rf"(?:(?P<panel>take part in (?:a|the) panel(?: discussion)?)|present\s+(?:the\s+)?(?={_PRESENTED_WORK}))"
)


def _posted_subjects(line: str) -> list[Entry]:
    found: list[Entry] = []
    for sentence in sentences(line):
        match = _POSTED_SUBJECT.match(sentence)
        role = "panelist" if match and match["panel"] else "presenter"
        found.extend(with_role(e, role) for e in (joined_posts(match["who"]) if match else []))
    return found
