"""How pages in other languages say who holds an event and who supports it.

English pages write "X invites you", "organised by X", "with the support of Y"; pages in Spanish,
Portuguese, French, Italian, German, Romanian and Dutch write the same sentences in their own
words ("El Centro X invita a…", "Le Centre X organise, en partenariat avec Y, une conférence",
"Actividad organizada con el apoyo de la Fundación Y", "Gefördert durch das Land X und den Y").
These are regular-expression fragments that `kg/pages/orgs.py` puts beside its English ones; the
articles a name is written after in those languages (`la`, `du`, `dem`, `l'`) are no part of it.
"""

from __future__ import annotations

import re

# an article or a preposition joined with one, before a name: 'de la Fundación', 'par le Centre',
# 'dal Centro', 'vom Institut', 'pelo Instituto', 'l'Université'
ARTICLE = (
    r"(?:(?:la|le|les|el|los|las|il|lo|gli|der|die|das|dem|den|des|o|os|as|al|del|du|dal|dalla|dallo|vom"
    r"|pelo|pela|pelos|pelas)\s+|l['’]|dall['’])"
)
_ARTICLE_FIRST = re.compile(rf"^{ARTICLE}", re.IGNORECASE)

# the present tense of holding: 'El Centro invita', 'Le Centre organise', 'Das Institut lädt … ein',
# 'Institutul organizează', 'O Instituto convida', and the courtesy of an invitation
HOST_VERBS = (
    r"(?:organiza|organizan|organizam|organise|organisent|organizza|organizzano|organizează|organiseert"
    r"|invita|invitan|invitano|invitent|vous\s+invite|vous\s+invitent|vă\s+invită|invită"
    r"|convoca|convocan|convida|convidam|présente|présentent|presenta|presentan|presentano|apresenta|apresentam"
    r"|accueille|accueillent|promueve|promueven|promove|promovem|promuove|promuovono"
    r"|veranstaltet|veranstalten|organisiert|organisieren|lädt|laden|nodigt"
    r"|realiza|realizan|realizam"  # 'O Instituto X realiza, no dia 16 de junho, o seminário': holds
    # 'O Instituto tem o prazer de convidar', 'Le Centre a le plaisir de vous inviter', 'tiene el placer de invitar'
    r"|t[eê]m\s+o\s+(?:prazer|gosto|grato\s+prazer)\s+de\s+convidar|(?:a|ont)\s+le\s+plaisir\s+de\s+vous\s+inviter"
    r"|tienen?\s+el\s+(?:placer|agrado|gusto)\s+de\s+invitar(?:l[eao]s?)?)"
)

# an invitation that opens with the body that sends it, in languages whose names of bodies keep their
# later words small ('Institut pro regionální politiku Vás srdečně zve', 'Senter for nordområdepolitikk
# inviterer til', 'Pokrajinski arhiv Maribor vas vabi') and in Catalan, Italian and Dutch
INVITES = (
    r"(?:us\s+convida|convida|invitano|invita|nodigt"
    # (Slovak: 'X Vás v spolupráci s Y srdečne pozýva', the partner between)
    r"|(?:v[aá]s\s+)?(?:v\s+spolupr[áa]ci\s+so?\s+[^.;\n]{1,80}?\s+)?(?:srde[čc]n[ěe]\s+)?(?:zve|zvou|poz[ýy]v[áa])"
    r"|(?:serdecznie\s+)?zaprasza(?:j[ąa])?|(?:vas\s+)?(?:srda[čc]no\s+)?poziva(?:ju)?|(?:vas\s+)?(?:vljudno\s+)?vabi(?:jo)?"
    # Indonesian, Mexican Spanish, Quebec French, Romanian, Estonian and Latvian: 'mengundang', 'invitan',
    # 'vous invite', 'vă invită', 'kutsuvad', 'aicina'
    r"|mengundang|invitan|vous\s+invite(?:nt)?|(?:v[ăa]\s+)?invit[ăa]|kutsu(?:b|vad)|aicina"
    # Lithuanian, Serbian, Ukrainian, Vietnamese and Swahili (set 103): 'kviečia', 'позивају вас', 'запрошує',
    # 'trân trọng kính mời', 'kinawaalika' (the verb's class prefix agrees with the body: 'Kituo … kinawaalika')
    r"|kviečia|(?:вас\s+)?позива(?:ју)?|запрошу(?:є|ють)|(?:trân\s+trọng\s+)?kính\s+mời"
    r"|(?:ki|i|wa|a|li|u|zi)na(?:wa|ku)alika"
    # Malay, Albanian, Icelandic and Bulgarian (set 108): 'menjemput', 'ju fton', 'ju ftojnë', 'boða til', 'býður til',
    # 'канят', 'кани'
    r"|menjemput|(?:ju\s+)?fto(?:n|jnë)|boða\s+til|býð(?:ur|ur)\s+til|кан(?:ят|и)"
    # (European Portuguese, the body before its parent: 'O Centro X (CX) da Universidade Y tem o prazer de convidar')
    r"|t[eê]m\s+o\s+prazer\s+de\s+convidar"
    r"|inviterer|bjuder\s+in"
    # Finnish, Hungarian, Greek and French: 'kutsuu', 'szeretettel meghív', 'σας προσκαλεί',
    # 'a le plaisir de vous inviter'
    r"|kutsu(?:u|vat)|(?:szeretettel\s+)?megh[íi]v(?:ja|nak)?|(?:σας\s+)?προσκαλ(?:εί|ούν)"
    r"|(?:a|ont)\s+le\s+plaisir\s+de\s+vous\s+inviter"
    # Macedonian, Maltese, Malagasy and Afrikaans: 've поканува', 'jistieden', 'dia manasa', 'nooi u'
    r"|(?:ве\s+)?поканува(?:ат)?|jistied(?:en|nu)|(?:dia\s+)?manasa|nooi\s+u)"
)
# a partner set apart by commas between the body that invites and its verb: Macedonian and Malagasy 'in
# collaboration with' ('X, во соработка со Y, ве поканува'; Y a sponsor, read by SUPPORTED_BY), so Malay
# 'dengan kerjasama' with no commas, and the
# Maltese 'together with' ('X, flimkien mal-Y, jistieden'; Y a host too)
WITH_ASIDE = (
    r"(?:во\s+соработка\s+со|miara-miasa\s+amin['’]ny|dengan\s+kerjasama"
    r"|(?P<together>flimkien\s+ma(?:l-|['’]\s*|\s+)))"
)
# 'together with' between two bodies that invite, the second in the instrumental (read back in the
# nominative): Polish 'X wraz ze Związkiem Y zapraszają', 'razem z', 'wspólnie z'; Ukrainian 'X разом із
# бібліотекою Y запрошують', 'спільно з'; Russian 'совместно с'
TOGETHER_WITH = r"(?:wraz|razem|wsp[óo]lnie)\s+ze?|(?:разом|спільно)\s+і?з|(?:вместе|совместно)\s+со?"
# the Turkish verb that ends the sentence: 'X, … panele tüm ilgilenenleri davet eder'
INVITES_LAST = r"davet\s+(?:eder|ederler|ediyor|ediyoruz|etmektedir)"

# 'organisé par', 'organizada por', 'organizzato dal', 'veranstaltet vom', 'organizat de'
HOSTED_BY = (
    r"(?:co-?)?(?:organis[ée]e?s?\s+par|organizad[oa]s?\s+(?:por|pel[oa]s?)|organizzat[oaie]\s+da"
    r"|veranstaltet\s+vo[nm]|organisiert\s+vo[nm]|organizat[ăe]?\s+de|georganiseerd\s+door)"
)

# 'avec l'appui de', 'en partenariat avec', 'con el apoyo de', 'auspiciado por', 'com o apoio de',
# 'con il sostegno di', 'mit Unterstützung von', 'gefördert durch', 'in Kooperation mit', 'cu sprijinul'
SUPPORTED_BY = (
    r"(?:avec\s+(?:le\s+soutien|l['’]appui|le\s+concours|l['’]aide|le\s+parrainage)\s+(?:de|du|des|d['’])"
    r"|en\s+(?:partenariat|collaboration|coop[ée]ration|association)\s+avec"
    r"|con\s+(?:el\s+)?(?:apoyo|auspicio|patrocinio|respaldo)\s+(?:de|del)"
    r"|en\s+(?:colaboraci[óo]n|alianza|asociaci[óo]n|cooperaci[óo]n)\s+con"
    r"|(?:auspiciad|patrocinad|financiad)[oa]s?\s+por"
    r"|com\s+o\s+apoio\s+d[aeo]s?|em\s+parceria\s+com"
    r"|con\s+il\s+(?:sostegno|contributo|patrocinio)\s+(?:di|del|della|dell['’])|in\s+collaborazione\s+con"
    r"|mit\s+(?:der\s+)?(?:freundliche[nr]\s+|finanzielle[nr]\s+)?unterst[üu]tzung(?:\s+(?:von|vom|durch))?"
    r"|gef[öo]rdert\s+(?:von|vom|durch)|in\s+(?:kooperation|zusammenarbeit)\s+mit"
    r"|cu\s+sprijinul|[îi]n\s+parteneriat\s+cu"
    # Indonesian, Slovak and Quebec French: 'atas dukungan', 'vďaka finančnej podpore', 'grâce au soutien financier du'
    r"|atas\s+dukungan|didukung\s+oleh|vďaka\s+(?:finančnej\s+)?podpore|s\s+finančnou\s+podporou"
    r"|gr[âa]ce\s+au\s+soutien(?:\s+financier)?\s+(?:de|du|des|d['’])"
    # Catalan, Dutch, Norwegian and Danish, Swedish and Slovene: 'Amb la col·laboració de', 'Met de steun van',
    # 'støttet av' ('af' in Danish), 'med stöd från', 'sofinancira'
    r"|amb\s+(?:el\s+suport|la\s+col[·.]?laboraci[óo]|el\s+patrocini)\s+(?:de|del|d['’])"
    r"|met\s+(?:de\s+)?(?:financi[ëe]le\s+|gulle\s+)?steun\s+van(?:\s+de)?|in\s+samenwerking\s+met|gesteund\s+door"
    r"|st[øo]ttet\s+a[vf]|med\s+st[øo]tte\s+(?:fra|af)|med\s+st[öo]d\s+(?:fr[åa]n|av)|st[öo]ds\s+av"
    r"|sofinancira"
    # Finnish: 'Tilaisuutta tukee X' (the verb before its subject), and so Lithuanian 'Renginį finansuoja X'
    r"|tuke(?:e|vat)|finansuoja|remia"
    # Vietnamese, Swahili and Filipino (set 103): 'với sự tài trợ của', 'kwa ufadhili wa', 'kwa kushirikiana
    # na' (in collaboration with), 'sa tulong ng'
    r"|với\s+sự\s+(?:tài\s+trợ|hỗ\s+trợ)\s+của|kwa\s+(?:ufadhili|msaada)\s+wa|kwa\s+kushirikiana\s+na"
    r"|sa\s+tulong\s+ng"
    # Malay and Bulgarian (set 108): 'dengan kerjasama' (in collaboration with), 'ditaja oleh', 'с (финансовата)
    # подкрепата на'
    r"|dengan\s+kerjasama|ditaja\s+oleh|с\s+(?:финансовата\s+)?подкрепата\s+на"
    # Galician and Afrikaans (set 113): 'Coa colaboración da', '(met) die ondersteuning van (die)'
    r"|coa?\s+(?:colaboración|apoio|patrocinio)\s+d[aeo]s?|(?:met\s+die\s+)?(?:finansiële\s+)?ondersteuning\s+van(?:\s+die)?"
    # Maltese and Malagasy (sets 113, 118): '(i)ffinanzjat mill-', 'bl-appoġġ ta'', 'noho ny fanohanan'ny',
    # 'miara-miasa amin'ny' (in collaboration with)
    r"|i?ffinanzjat[aie]?\s+mill?-|(?:bl-)?appo[ġg][ġg]\s+(?:finanzjarju\s+)?ta['’]\s*"
    r"|noho\s+ny\s+fanohanan['’]ny|miara-miasa\s+amin['’]ny"
    # Luxembourgish and Yoruba (set 122): 'Mat der Ënnerstëtzung vum', 'pẹ̀lú àtìlẹ́yìn' (with the support of),
    # 'pẹ̀lú ìfọwọ́sowọ́pọ̀' (in collaboration with)
    r"|mat\s+(?:der\s+)?(?:finanzieller\s+)?[ËëEe]nnerst[ëe]tzung\s+(?:vum|vun\s+der|vun|vu)"
    r"|pẹ̀lú\s+(?:àtìlẹ́yìn|ìrànlọ́wọ́|ìfọwọ́sowọ́pọ̀))"
)
# Macedonian support, the body's name after it whole to its clause's end, the article written onto its first
# word ('со финансиска поддршка на Фондацијата X – Македонија', 'во соработка со Економскиот факултет – Прилеп
# при Универзитетот …': the faculty, 'при' naming its parent)
# (and Vietnamese 'được tài trợ bởi Quỹ X (NAFOSTED) trong khuôn khổ …': by X, to its initials or clause's end)
SUPPORTED_WHOLE = (
    r"(?:со\s+(?:финансиска\s+)?поддршка\s+на|во\s+соработка\s+со"
    r"|(?:được\s+)?(?:tài\s+trợ|hỗ\s+trợ|bảo\s+trợ)\s+bởi)"
)
# Irish: 'i gcomhar le hÚdarás na Gaeltachta' (in cooperation with), 'le tacaíocht (airgeadais) ó Fhoras na Gaeilge'
# (with the support of), 'arna mhaoiniú ag' (funded by); the body's first word takes the mutation the word before
# it asks ('hÚdarás', 'Fhoras', 'gComhairle'), read back to its own form
SUPPORTED_IRISH = (
    r"(?:i\s+gcomhar\s+le|le\s+(?:tacaíocht|maoiniú|cúnamh|cabhair)(?:\s+airgeadais)?\s+(?:ó|o)|arna\s+mhaoiniú\s+ag)"
)
# support whose body follows in the genitive or instrumental (read back in the nominative): Czech, Polish,
# Croatian, Slovene and Greek 'za finanční podpory', 'przy wsparciu', 'dzięki wsparciu', 'u suradnji sa',
# 'uz potporu', 'ob podpori', 'με την υποστήριξη της'
SUPPORTED_DECLINED = (
    r"(?:za\s+(?:finan[čc]n[íi]\s+)?podpory|s\s+(?:finan[čc]n[íi]\s+)?podporou|(?:przy|dzi[ęe]ki)\s+wsparciu"
    r"|u\s+suradnji\s+sa?|uz\s+(?:financijsku\s+)?potporu|ob\s+(?:finan[čc]ni\s+)?podpori"
    # Serbian, in either script, and Ukrainian ('уз подршку Фондације X', 'за підтримки Міжнародного фонду Y')
    r"|u\s+saradnji\s+sa?|uz\s+(?:finansijsku\s+)?podr[šs]ku|уз\s+(?:финансијску\s+)?подршку|(?:за|при)\s+(?:фінансов\w+\s+)?підтримк[иі]"
    # (Ukrainian and Polish 'thanks to the funding of': 'завдяки фінансуванню Фонду X', 'dzięki finansowaniu')
    r"|завдяки\s+(?:фінансовій\s+)?(?:фінансуванню|підтримці)|dzi[ęe]ki\s+(?:finansowaniu|dofinansowaniu)"
    r"|με\s+την\s+(?:οικονομική\s+)?(?:υποστήριξη|στήριξη|συνδρομή|χορηγία|συνεργασία)\s+(?:της|του|των)"
    # Albanian and Icelandic (set 108): 'me mbështetjen e Ambasadës …', 'në bashkëpunim me Komunën …', 'styrkt af
    # …sjóði'
    r"|(?:me\s+)?mbështetjen\s+e|në\s+bashkëpunim\s+me|styrkt(?:ur|ir|ar)?\s+af)"
)
# support written after the body that gives it, in Hungarian and Turkish: 'a X Hivatal támogatásával',
# 'X Belediyesi’nin katkılarıyla' (the genitive suffix after the apostrophe is no part of the name)
SUPPORTED_AFTER = (
    r"(?:\s+t[áa]mogat[áa]s[áa]val|['’](?:n?[ıiuü]n)\s+(?:katk[ıi]lar[ıi]yla|katk[ıi]s[ıi]yla|deste[ğg]iyle"
    r"|destekleriyle|i[şs]birli[ğg]iyle))"
)

# 'y', 'e', 'et', 'und', 'și', 'en', 'i', 'og', 'och' between two listed names ('Land Steiermark und den Zukunftsfonds')
CONJUNCTION = r"(?:y|e|et|und|și|en|i|og|och)"


def without_article(name: str) -> str:
    """'la Fundación X' -> 'Fundación X', 'l'Université Y' -> 'Université Y'."""
    return _ARTICLE_FIRST.sub("", name)
