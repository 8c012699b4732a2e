"""Word lists that tell a personal name, a job title and an organisation apart.

"Senior Fellow and Director of X, The Y Institute" is a job title then an organisation because
"fellow" and "director" are title words and "institute" an organisation word; "Hazel Smith" is a
name because none of its words is either. Words are compared folded (lower case, no accents).
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from datetime import datetime
from importlib.resources import files
from pathlib import Path
from typing import NamedTuple
from zoneinfo import ZoneInfo

from kg.dates import PLACE_ZONES
from kg.names import fold


def _set(text: str) -> frozenset[str]:
    return frozenset(re.split(r"\s+", text.strip()))


ORG_WORDS = _set("""
    university universities universitat universite universidad universita universiteit college
    hochschule fachhochschule
    colleges institute institutes institution institut istituto instituto center centre centers
    council tribes foundation foundations fondazione fundacion fundación fundação fund endowment program
    programme programmes programs project initiative school
    academy association society ministry department dept directorate directorate-general embassy embassies consulate
    consulates office agency
    bureau commission
    committee government parliament congress senate assembly company corporation corp inc llc llp ltd
    plc gmbh group bank network forum alliance coalition federation union league trust laboratory
    laboratories lab labs library libraries museum press times post journal news media review magazine
    house service services partners associates consulting board authority organization
    organisation organizations nations army navy force forces command court tribunal hospital
    clinic church party movement campaign studies watch daily tribune herald gazette radio
    television broadcasting systems technologies capital holdings solutions ventures secretariat
    observatory survey consortium cooperative club caucus fondation stiftung sciences administration
    commonwealth republic kingdom federal reserve fellowship chamber mission delegation
    department's dialogue analytics strategies advisory advisors weekly monthly quarterly dispatch
    observer chronicle telegraph standard guardian independent globe examiner inquirer courier monitor
    register ledger wire garden gardens arboretum zoo aquarium section division unit team circle collective meetup
    branch chapter collection
    operator operators boards committees commissions councils agencies ministries offices
    academia municipality municipalities
    gesellschaft verband verein zentrum akademie ministerium ministerio ministere ministère centro consejo conselho
    asociacion asociación associacao associação sociedad sociedade banco corporacion corporación colegio universidade
    direccion secretaria subsecretaria agencia servicio comision superintendencia oficina agenzia ufficio commissione
    hub agence metropole région region conseil chaire compagnia compagnie compañía companhia comité jornal
    área departamento département dipartimento facultad faculdade faculté facoltà fakultät escuela escola
    école scuola laboratoire laboratorio cátedra lehrstuhl abteilung programa fondo fonds
    fundația institutul universitatea centrul asociația fundacja instytut uniwersytet observatorio observatoire
    universitas universiti unidad unidade
    fundació associació ajuntament diputació instituut stichting vereniging gemeente provincie institutt senter
    stiftelse kommune arkiv inštitut institutu zavod centar udruga zaklada sveučilište arhiv muzej univerza občina
    rozhlas
    fakulteta fundacija nadace nadácia ústav univerzita muzeum archiv ministerstvo merkezi enstitüsü vakfı
    derneği üniversitesi belediyesi odası birliği
    prifysgol coleg canolfan cyngor cymdeithas sefydliad llywodraeth senedd ffederasiwn comisiynydd ysgol
    amgueddfa llyfrgell cymru
    universitet universitetet institutet centrum centret stiftelsen fonden myndighet kommun sammenslutningen foreningen
    föreningen selskab selskabet akademien yliopisto instituutti keskus säätiö liitto ministeriö virasto
    yhdistys seura egyetem intézet központ alapítvány alap hivatal igazgatóság minisztérium társaság
    egyesület bizottság önkormányzat politechnika urząd zrzeszenie stowarzyszenie núcleo prefeitura réseau
    τμήμα ινστιτούτο πανεπιστήμιο ίδρυμα περιφέρεια δήμος κέντρο εταιρεία ένωση σύλλογος επιμελητήριο υπουργείο
    οργανισμός
    pusat lembaga yayasan badan dinas kementerian perum inštitút úrad spoločnosť ülikool kolledž instituut
    ministeerium linnavalitsus liit centrs universitāte institūts ministrija pārvalde biedrība agenția spitalul
    ambasada primăria observatório câmara
    centras institutas universitetas asociacija taryba ministerija direkcija administracija savivaldybė
    центар центр институт інститут универзитет університет факултет факультет фондација фонд агенција агенція
    канцеларија асоціація адміністрація канцелярія fondacija
    związek biblioteka akademia бібліотека спілка академія grad
    federación federacion confederación confederacion federação confédération revista treasury
    kituo taasisi chuo wizara jumuiya shirika baraza mamlaka wakala halmashauri
    sentro kilusan samahan pamantasan kagawaran tanggapan unibersidad
    qendra qendër instituti universiteti fakulteti agjencia komuna shoqata fondacioni ambasada ministria
    háskóli háskólinn stofnun miðstöð rannsóknamiðstöð samtök félag sjóður
    център институт университет библиотека фондация община
    համալսարան կենտրոն մարզպետարան համայնքապետարան հիմնադրամ ինստիտուտ հեռուստաընկերություն ֆակուլտետ
    университеті орталығы орталық палатасы палата газеті басқармасы әкімдігі қоры институты
    борбор борбору башкармалыгы ишканасы университети гезити агенттиги министрлиги фонду коому кеңеши мэриясы
    universiteti markazi boshqarmasi kengashi gazetasi vazirligi hokimligi
    unibertsitatea fundazioa aldundia elkartea kooperatiba egunkaria irratia aldizkaria
    ՍՊԸ ақ кмм mchj хк sàrl sarl
    agencija
    совет савет съвет општина дооел доо
    kunsill istitut kamra għaqda aġenzija ministeru fondazzjoni assoċjazzjoni radju kumpanija dipartiment
    mmc
    grupo junta diario diário sistema
    fakulteit foibe
    sindicato syndicat sindacato cooperativa coopérative municipalidad municipio município
    gobierno governo gouvernement alcaldía intendencia periódico empresa entreprise mairie
    pool
    sanstha sansthan samiti sangathan parishad vishwavidyalaya vidyapeeth
    publishers editores ediciones éditions edições editora edizioni verlag uitgeverij uitgewers
""")
ORG_WORDS = ORG_WORDS | {fold(word) for word in ORG_WORDS}  # looked up folded: 'Fundação' as 'fundacao'
# Kinds of body in French, Spanish, Portuguese and Italian that are English words too ('Red', 'Canal'): a body's
# kind only after a Romance post's 'de' ('Coordinadora de la Red X', 'periodista de Canal 44')
ROMANCE_BODY_KINDS = frozenset({"red", "rede", "rete", "canal"})

TITLE_WORDS = _set("""
    professor professors prof lecturer reader fellow fellows director directors president affiliate
    vice chair chairman chairwoman chairperson ceo cfo coo cto vp svp evp founder co-founder cofounder head
    chief editor editor-in-chief correspondent reporter journalist columnist writer author analyst
    researcher scholar scientist economist historian associate assistant adjunct emeritus emerita
    deputy secretary undersecretary under-secretary minister ambassador envoy representative
    senator congressman congresswoman member manager officer coordinator advisor adviser counsel
    counselor counsellor consultant principal dean provost chancellor rector candidate student
    postdoctoral postdoc visiting senior junior lead leader specialist expert commissioner
    governor mayor judge justice magistrate attorney lawyer former acting executive administrator strategist
    practitioner curator librarian archivist steward recorder trustee spokesperson spokesman spokeswoman owner producer
    anchor diplomat commander commandant admiral colonel captain lieutenant general ret retired
    director-general secretary-general vice-president vice-chair chairs partner intern
    staffer aide host moderator presenter physician doctor engineer architect artist filmmaker novelist poet
    photographer activist organizer organiser advocate attache attaché consul counselor-general
    officer-in-charge nominee laureate astronomer physicist chemist biologist geographer sociologist
    anthropologist philosopher mathematician archaeologist glaciologist ecologist geologist linguist
    psychologist neuroscientist epidemiologist demographer statistician composer musician pianist
    designer entrepreneur investor banker master warden convener convenor organiser superintendent magnificus
    harbormaster harbourmaster headmaster headmistress postmaster
    treasurer registrar bursar chaplain pastor archivist auditor comptroller ombudsman ombudsperson elder
    councillor councilor alderman alderwoman cathaoirleach
    kukpi7 kaumatua solicitor solicitor-general
    professeur professeure directeur directrice journaliste chercheur chercheuse doyen doyenne presidente
    ministre ambassadeur ambassadrice conseiller conseillere maitre
    charge chargee responsable coordonnateur coordonnatrice coordinatrice encargado encargada
    profesor profesora directora investigador investigadora catedratico catedratica coordinador coordinadora
    decano decana presidenta jefe jefa ministra embajador embajadora asesor asesora periodista
    professore professoressa direttore direttrice ricercatore ricercatrice docente giornalista
    prasident prasidentin redaktor redaktorin geschaftsfuhrer geschaftsfuhrerin sprecherin kurator kuratorin
    professorin direktor direktorin leiter leiterin referent referentin diretor diretora pesquisador pesquisadora
    vicerrector vicerrectora rectora vicedecano vicedecana reitor reitora professora associada associado
    forestandare docent lektor utredare kommunikator vd forskare formand centerleder tutkija toimittaja
    tutkimusprofessori igazgato docens munkatars elnok ujsagiro prezes dyrektor dziennikarka dziennikarz
    koordynator koordynatorka coordenadora coordenador jornalista enseignante-chercheure enseignant enseignante
    enseignant-chercheur secretaire προεδρος αντιπροεδρος διευθυντης διευθυντρια καθηγητης καθηγητρια
    αναπληρωτης αναπληρωτρια ερευνητης ερευνητρια δημοσιογραφος γραμματεας υπευθυνος υπευθυνη δημαρχος
    reditel reditelka redaktor redaktorka analytik analyticka ravnatelj ravnateljica urednik urednica novinar
    novinarka arhivist arhivistka predsednik predsednica
    profesors profesore vaditajs vaditaja direktors direktore priekssedetajs priekssedetaja vietnieks vietniece
    zurnalists zurnaliste petnieks petniece docents docente lektors lektore eksperts eksperte padomnieks padomniece
    juhataja juht ajakirjanik teadur nounik analuutik spetsialist professori lehtori
    riaditel riaditelka veduci veduca prorektor prorektorka rektor rektorka konatel vezeto oktato kutato
    prezidentas prezidente pavaduotojas pavaduotoja vadovas vadove vedejas vedeja patarejas patareja darbuotojas
    darbuotoja prorektorius prorektore koordinatorius koordinatore zurnalistas zurnaliste direktorius pirmininkas
    pirmininke tyrejas tyreja
    директор директорка професор професорка заступник заменик начальник керівник керівниця новинар новинарка
    журналіст журналістка аналітик аналітикиня аналитичар координатор координаторка проректор истраживач
    истраживачица дослідник дослідниця оснивач оснивачица асистент асистенткиња председник председница
    տնօրեն պրոռեկտոր ռեկտոր դեկան հետազոտող պետ ղեկավար նախագահ դասախոս համակարգող լրագրող մասնագետ
    басшы қызметкер сарапшы шолушы үилестіруші инженер төраға меңгеруші оқытушы доцент
    башчы башкаруучу редактор кызматкер адис төрага
    direktesch direkter fuerscher fuerscherin zentralsekretar sekretar gerant gerante professesch presidentin
    oludari alaga oluwadii oniroyin oluseto olubadamoran stiurthoir taighdeoir leachtoir laithreoir oifigeach
    xodim agronom dotsent muxbir koordinator rektor prorektor dekan mudir boshliq muhandis
    zuzendaria irakaslea lehendakaria ikertzailea kazetaria diputatua arduraduna
    захирал ажилтан дарга менежер багш сэтгүүлч мэргэжилтэн
    mwenyekiti mkurugenzi mtafiti mtangazaji mhadhiri afisa meneja katibu
    direttur ricerkatur segretarju kap ufficjal gurnalist ministru
    mudir mudiri
    tecnica tecnico xornalista vereador vereadora vicerreitor vicerreitora
    conselleiro conselleira consejero consejera conseller consellera
    gazeteci yazar akademisyen arastirmaci muhabir baskan mudur sekreter uzman ჟურნალისტი მკვლევარი მწერალი პროფესორი
    publisher commentator
    cecm
    redakteur redakteurin vorsitzender vorsitzende stellvertretender stellvertretende mitglied dozent dozentin
    mitarbeiter mitarbeiterin
    landrat landratin
    regierungsrat oberkirchenrat ministerialrat
""")

# Indonesian and Malay write a post in capitals right before its body, with no comma ('Jurnalis Pikiran
# Rakyat', 'Direktur Operasional Perum X', 'Ketua Forum Y')
JOINED_POSTS = _set("""
    jurnalis wartawan redaktur kepala direktur ketua wakil peneliti staf dosen anggota sekretaris manajer
    koordinator pengurus pensyarah pengarah timbalan
""")
TITLE_WORDS = TITLE_WORDS | JOINED_POSTS

MONTH_WORDS = _set("""
    january february march april may june july august september october november december jan feb
    mar apr jun jul aug sep sept oct nov dec monday tuesday wednesday thursday friday saturday
    sunday
""")

# Capitalised words that open headings, titles and places rather than names.
NOT_NAME_WORDS = (
    ORG_WORDS
    | TITLE_WORDS
    | MONTH_WORDS
    | _set("""
    the and of for on in at to with by from a an event events webinar panel discussion conference
    session keynote remarks welcome opening closing introduction introductory featured moderator
    speakers speaker panelists panelist q lunch break coffee reception registration book launch
    talk lecture seminar workshop symposium summit report online virtual live watch video register
    download share read more skip main content date time location venue hosted sponsored north
    south east west new united states america american china chinese korea korean japan japanese
    russia russian europe european africa african asia asian pacific middle global world
    international national security policy affairs relations future crisis war peace economy
    economic update conversation history part room floor building auditorium campus arts
    law laws research analysis economics politics governance finance employment energy environment science sciences
    defence defense modernization modernisation reform strategy
    avenue suite plaza thank you please join us tbd tba agenda overview about contact contacts
    speakers: program: washington london dc u.s. u.k. u.n. e.u. us uk un eu nato covid ukraine
    india indian taiwan israel iran gaza syria iraq afghanistan pakistan mexico canada brazil
    germany france britain british french german italy spain beyond after before toward towards
    without within against between across amid among legal
    why how what when where who is are will can should does do new old great annual first second
    third fourth fifth part i ii iii iv v vi inc via zoom youtube facebook twitter linkedin
    microsoft teams webex crowdcast questions answers
    challenges challenge perspectives perspective lessons strategy strategic trends outlook
    prospects implications politics political power powers age era rise fall making role case
    century years year decade anniversary climate energy health human rights trade technology infrastructure resilience
    digital cyber nuclear defense defence military maritime arctic ocean sea island islands
    please tickets free open public members only rsvp die das les
    state county province
    upper lower port fort
""")
)

# The words of a post's portfolio or the region it serves ('Director, Public Affairs', 'Senior Fellow, Health
# Policy', 'Chief Economist, Middle East and Africa', 'Regional Manager, North-West'): a part of the post,
# never a body's whole name, which has a proper name or a kind's word ('Chatham House', 'Health Canada').
# ('Foreign Policy', 'Foreign Affairs': magazines' names)
PORTFOLIO_WORDS = _set("""
    policy policies affairs public trade market markets access economy economics economic governance fiscal
    monetary financial finance health research communications strategy operations development education
    environment environmental energy climate security science technology innovation investment infrastructure
    international external corporate relations legal social urban rural digital agriculture food water
    migration gender tax taxation partnerships engagement advocacy outreach sustainability humanitarian
""")
REGION_WORDS = _set("""
    north south east west northern southern eastern western central middle africa asia europe america americas
    latin pacific caribbean arctic region
""")


def is_portfolio(text: str) -> bool:
    """Capitalised words of a portfolio alone or of a region alone, joined by 'and' or '&': 'Governance
    and Fiscal Policy', 'Middle East and Africa'; not a region before a subject, which opens a body's
    name ('Caribbean Climate' of a 'Caribbean Climate Justice Centre' wrapped onto the next line)."""
    words = [w for w in re.split(r"[\s-]+", text.strip()) if w not in ("and", "&", "the")]
    if not 1 <= len(words) <= 5 or not all(w[:1].isupper() for w in words):
        return False
    folded = {fold(w) for w in words}
    return folded <= PORTFOLIO_WORDS or folded <= REGION_WORDS


PARTICLES = _set("""
    van von de der den da das dos del della di du la le bin binti binte bint ibn al el ter ten y e zu af av
    st. st mac a/l a/p ap ab í á anak i
""")  # 'í', 'á': Faroese place-names in family names ('Bogi í Líð', 'Jógvan á Lakjuni'); 'anak': the
# Iban 'child of' before the father's name ('Jimmy anak Donald'); 'i': the Catalan 'and' between two
# family names ('Montserrat Puig i Vila'), as the Spanish 'y'


# Words of the lists above that are also common family names ("Howard Dean", "Stuart Hall"):
# allowed as the last word of a name.
# 'an': the Vietnamese given name last in a name written family name first ('Nguyen Van An')
SURNAME_WORDS = _set("""
    dean judge reader fellows chancellor senior bishop hall post house banks bank law street day
    young major page king green rich may marshall parsons hunter counsel chambers church forster
    power powers rice wall french german english london washington west north south east
    jun leiter elder pool an
""")
# words that open a post before its post's word ('Special Adviser', 'Programme Director'), where the post is
# written before the name ('Special Adviser Tuomas Heikkilä'); not 'Featuring Professor X', 'By Professor Y'
POST_MODIFIERS = _set("""
    special managing programme program project research policy legal technical regional country national
    honorary founding distinguished communications
""")
# Jan: Dutch, Polish, Czech, Nordic; Mar: Filipino ('Mar Roxas') and Burmese ('Khin Mar Aung')
GIVEN_NAME_MONTHS = _set("april may june august jan mar")
# Can: a Turkish given name, second of two ('Mehmet Can Özdemir'); a title's 'can' stands first or last
MIDDLE_GIVEN_NAMES = _set("can")
# given names that an accent tells from the word they fold to: Spanish 'Germán' (not 'German')
ACCENTED_GIVEN_NAMES = frozenset({"Germán"})

# Degrees and honours written after a name ('Aisha Rahman OBE', 'Sir Hugh Pemberton KCMG FRS').
POST_NOMINALS = (
    r"Ph\.?\s?D|M\.?D|Esq|D\.?Phil|OBE|CBE|KBE|MBE|DBE|GBE|CMG|KCMG|GCMG|DCMG|CB|KCB|GCB|DCB|CVO|KCVO"
    r"|LVO|MVO|QC|KC|K\.C|Q\.C|MP|MEP|MSP|PC"
    # members of Ireland's Dáil, of Northern Ireland's and the provinces' assemblies ('X TD', 'Y MLA')
    r"|TD|MLA|MNA|MHA|MHK"
    # the Isle of Man's Legislative Council and the Speaker of its House of Keys ('X MLC', 'Y SHK')
    r"|MLC|SHK"
    r"|FRS|FBA|FRSE|FREng|FMedSci|FRSA|FAcSS|FRHistS|FRSL|FRCP|FRCS"
    r"|FRSC|FRSB|FRGS|FRSGS|FSA|FRAeS|FRMetS|FInstP|FLS|FGS|MRIA|FAA|FASSA|FAHA|FRSNZ|FTSE"
    # Nigerian national honours, and the staff and defence colleges South Asian officers write after
    # their names ('Major General A.K.M. Alam, ndc, psc')
    r"|GCFR|GCON|CFR|OFR|OON|MFR|mni|ndc|psc|afwc|rcds|OAM|AO|ONZM|CNZM|KNZM|DNZM|GNZM|MNZM|QSO"
    # fellows of the Nigerian, Ghanaian and African academies ('Prof. (Mrs.) X, FAS, Former Rector, …')
    r"|FAS|FNAL|FNASS|FAAS|FGA"
    # the Order of Australia's Companion and Member ('Rear Admiral X AM', 'Professor Y AC')
    r"|AC|AM"
    # Barbados' Knight or Dame of St Andrew ('The Hon. Sir X, KA')
    r"|KA"
    # the higher doctorate Central European and Commonwealth academics write after the name ('X, DSc'),
    # and a master of laws ('Y, LL.M.')
    r"|D\.?Sc|LL\.?M"
    # American professional masters' and law degrees ('X, M.P.H.', 'Y, MPP', 'Z, J.D.')
    r"|M\.?P\.?H|Dr\.?P\.?H|M\.?P\.?P|M\.?P\.?A|M\.?S\.?W|J\.D"
    # Czech and Slovak higher doctorates after the name ('prof. RNDr. X, DrSc.', 'doc. Ing. Y, CSc.')
    r"|Dr\.?Sc|C\.?Sc"
    # engineers' chartered and registered grades and institution memberships ('X CEng MIEI', 'Y Pr Eng',
    # 'Engr. Z, FNSE, FNIChE')
    r"|CEng|IEng|MIEI|FIEI|MICE|FICE|MIET|FIET|MIStructE|FIStructE|MIMechE|FIMechE|Pr\.?\s?Eng|Pr\.?\s?Tech"
    r"|FSAIEE|SMSAIEE|MSAIEE|FNSE|MNSE|FNIChE|MNIChE|FNAEng|COREN"
    # Pakistan's military awards ('Lt. Gen. (Retd.) X, HI(M)'), American insurance and finance
    # designations ('Z, CPCU', 'W, CFA')
    r"|[NHST]I\s?\(M\)|CPCU|CFA|CFP"
    # American professions' licences and credentials ('X, P.E., F.ASCE', 'Y, MLIS, CA', 'Z, FAIA, AICP'): a
    # professional engineer, a civil engineers' fellow, a certified archivist or records manager, a librarian's
    # degree, an architect, a planner, an accountant
    r"|P\.E|F\.?ASCE|M\.?ASCE|CA|CRM|MLIS|M\.L\.S|FAIA|AIA|AICP|FAICP|CPA"
    # Indonesian degrees, always with their periods ('Prof. Dr. X, S.H., M.Hum.', 'Drs. Y, M.Si.')
    r"|S\.H|M\.H|M\.Hum|S\.E|M\.M|M\.Si|S\.Sos|M\.Sos|S\.T|M\.T|S\.Pd|M\.Pd|S\.Kom|M\.Kom|S\.Ag|M\.Ag|S\.IP|S\.Psi"
    # Philippine specialty societies' fellows and the career executive service's ranks ('X, MD, FPCP',
    # 'Y, MPH, CESO III'), nurses and accountants ('Z, RN', 'W, CPA') and Catholic religious orders
    # ('Sr. X, RVM', 'Fr. Y, SJ')
    r"|FPCP|FPSN|FPSGS|FPCS|FPAFP|FPPS|FPOGS|CESO\s(?:I{1,3}|IV|V|VI)|CESE|RN|CPA|RVM|SPC|SJ|SVD|OSB|OFM|OSA|CICM"
    # nurses' degrees and licences after the registration ('X, RN, MN, NP, Nurse Practitioner at Y', 'Z, MSN, APRN')
    r"|MN|NP|BSN|MSN|DNP|APRN|FNP"
    # the Polish rank of a professor at her university, by its initials ('dr hab. X, prof. UWr', 'prof. SGH')
    r"|prof\.\s?[A-ZŁŚŻ][a-z]?[A-ZŁŚŻ][A-Za-z]{0,3}"
    # the Commonwealth navies and air forces an officer writes after the name and its honours ('Rear Admiral X
    # AM RAN', 'Air Commodore Y CSC RAAF', 'Commodore Z RNZN')
    r"|RAN|RAAF|RNZN|RNZAF|RCN|RCAF|CSC"
    # more learned societies' and royal colleges' fellows ('Sir X FRS FLSW', 'Dr Y FRCPath', 'Z FRICS'),
    # Australian and Hong Kong senior counsel and honours ('X SC', 'Y SBS JP'), the British Empire
    # Medal and Deputy Lieutenants ('Z BEM DL'), and the orders of Canada and its provinces ('X OC',
    # 'Y CM', 'Z SOM')
    r"|FLSW|FRSS|FRAI|FRAS|FRICS|FCA|FCCA|FRCPath|FRCGP|FRCPsych|FRCOG|FRCPE|FRCPI|FRCSEd|FRACP|FRACS"
    r"|FAHMS|FAICD|FCIArb|FCIPD|FAcSS|FRSGS|FIAP|FRTPI|FREng"
    r"|SC|SBS|BBS|GBS|JP|BEM|DL|OStJ|KStJ|OC|CC|CM|SOM|OOnt|CQ|AOE|ONL"
)
# the words a unit inside an organisation is named by ('Energy and Climate Unit', 'Trade Policy Section')
SUBUNIT_KINDS = r"Unit|Division|Section|Team|Branch"
# "Dr. Ji-hoon Park's comments": a possessive is no part of the name it ends
POSSESSIVE = re.compile(r"['’]s$")
# a patronymic of the Russian, Ukrainian, Kazakh, Kyrgyz, Uzbek and Azerbaijani forms ('Nurlanovich',
# 'Tolegenovna', 'Yerlanuly', 'Serikkyzy', 'Rashid oglu'), written between the given and the family name
# 'Institute for Strategic Studies under the President of the Republic of X', 'Center for Y under the
# Legislative Chamber of the Oliy Majlis': a state body's name goes on with the body it answers to (as
# the Russian 'при' names it); the words a name may go on with after its last capitalised word
UNDER_THE_STATE = (
    r"under[ \t]+the(?=[ \t]+(?:Administration|President|Presidency|Government|Cabinet|Prime|Ministry"
    r"|Legislative|Parliament|Supreme|Council|Senate|Oliy|Jogorku|Majilis|Mazhilis)\b)"
)
PATRONYMIC = re.compile(r"^[A-Z][a-z]+(?:ovich|evich|ovych|ovna|evna|ivna|ichna|uly|kyzy|qizi|kizi|ogly|oglu)$")
NAME_SUFFIX = re.compile(r",?\s+(?:Jr\.?|Sr\.?|II|III|IV|(?:" + POST_NOMINALS + r")\.?)$")
INITIAL = re.compile(r"^[A-Z]\.?(?:-?[A-Z]\.)*$")
# a family name written alone in the text for a person named in full elsewhere: 'Ferraro', 'Khoury-Saade'
BARE_SURNAME = re.compile(r"[A-Z][a-z'’-]{2,}(?:-[A-Z][a-z'’]{2,})?")


def folded_words(text: str) -> list[str]:
    return fold(text).split()


def is_title_word(word: str) -> bool:
    folded = fold(word)
    return folded in TITLE_WORDS or bool(_COMPOUND_POST.search(folded))


def is_compound_post(word: str) -> bool:
    """A post written as one word ending in its kind ('personalidirektor', 'Projektleiterin')."""
    return bool(_COMPOUND_POST.search(fold(word)))


# Nordic, Finnish, Estonian and Hungarian write a post as one word ending in its kind ('kommunaldirektør',
# 'kontorchef', 'talousjohtaja', 'erityisasiantuntija', 'osztályvezető', 'projektkoordinator', 'tegevjuht',
# 'vanemanalüütik', 'yliopistonlehtori'), and German one for a man or, with '-in', a woman ('Akademiedirektorin',
# 'Studienleiter', 'Militärpfarrerin')
_COMPOUND_POST = re.compile(
    r"..(?:chef|leder|johtaja|asiantuntija|vezeto|koordinator|juht|analuutik|lehtori)$"
    r"|..(?:direktor|leiter|pfarrer|referent|prasident|redaktor|fuhrer)(?:in)?$"
    # ('Redakteur', 'Gewerkschaftssekretärin', 'Hausarzt', 'Projektmitarbeiterin', 'Vorstandsmitglied',
    # 'Regierungsrätin': a council written 'Stadtrat' is a body, a woman's 'Stadträtin' only a post)
    r"|..(?:redakteur|sekretar|arzt|mitarbeiter)(?:in)?$|..(?:mitglied|ratin)$"
    # English names a specialist's post by her field's ending ('Ethicist', 'Cardiologist', 'Paediatrician',
    # 'Radiographer'): no family name ends so ('Lindqvist' does in '-qvist', not '-icist')
    r"|..(?:icist|ologist|ician|iatrist|ographer)$"
    # and Icelandic, a head, a person of a post, a specialist ('verkefnastjóri', 'forstöðumaður', 'hagfræðingur')
    r"|..(?:stjori|madur|fraedingur)$"
)


# German writes an organisation's kind as the last part of one word ('Forschungsanstalt', 'Bundesministerium')
_GERMAN_ORG_ENDINGS = re.compile(
    r"..(?:anstalt|institut|zentrum|stiftung|verband|verein|fonds|gesellschaft|akademie|ministerium|hochschule)$"
    # a central bank written as one word ('Bundesbank', 'Nationalbank', 'Riksbank'; not 'Fairbank', a family name)
    r"|(?:bundes|national|landes|zentral|noten|riks|staats)bank(?:en)?$"
    # a federal body ('Bundestag', 'Bundesamt', 'Bundeswehr'): no family name opens with 'Bundes'
    r"|^bundes\w{3,}$"
    # and so do Nordic, Finnish and Hungarian ('Boverket', 'tutkimuslaitos', 'Kutatóintézet', 'Agrárkamara')
    r"|..(?:institutet|centret|centrum|forbundet|verket|styrelsen|ministeriet|laitos|keskus|yliopisto|instituutti"
    r"|saatio|liitto|ministerio|virasto|yhdistys|intezet|egyetem|kozpont|alapitvany|hivatal|kamara|igazgatosag"
    r"|miniszterium|tarsasag|egyesulet|bizottsag|forening|foreningen"
    # and Estonian ('Rahandusministeerium', 'Linnavalitsus') and Icelandic ('Byggðastofnun', 'Byggðarannsóknasjóður')
    r"|ministeerium|valitsus|stofnun|midstod|sjodur|felag)$"
)


# a society a Dutch or Afrikaans name calls by a compound ('Regsvereniging'); written small it is a kind of
# body, not a name ('voorzitter van bewonersvereniging Tuinwijk')
_SOCIETY_COMPOUND = re.compile(r"^[A-Z]\w+vereniging$")


# (written with a hyphen, which folding makes a space: 'Nanaimo Fishermen's Co-operative')
_HYPHENED_ORG_WORDS = frozenset(("co operative", "co operatives", "co op", "co ops"))


def is_org_word(word: str) -> bool:
    folded = fold(word)
    listed = folded in ORG_WORDS or folded in _HYPHENED_ORG_WORDS
    return listed or bool(_GERMAN_ORG_ENDINGS.search(folded) or _SOCIETY_COMPOUND.match(word))


# The Slavic languages, Greek and Romanian decline a body's name after a post or a phrase of support ('prezes
# Instytutu X', 'redaktor Českého rozhlasu', 'u suradnji sa Zakladom X', 'της Περιφέρειας Κρήτης', 'director
# al Institutului X'): the
# genitive and instrumental endings of the word naming its kind, each with its nominative ending
# ('Instytutu' -> 'Instytut', 'Radia' -> 'Radio', 'Fundacji' -> 'Fundacja', 'Zakladom' -> 'Zaklada')
_DECLINED_KIND = (
    ("ji", "ja"), ("ii", "ia"), ("ia", "ie"), ("ia", "io"), ("om", "a"), ("om", ""), ("em", ""), ("u", ""),
    ("a", ""), ("e", "a"), ("y", "a"), ("ας", "α"), ("ου", "ο"), ("ης", "η"),
    # Romanian, its article joined to the word ('Centrului' -> 'Centrul', 'Agenției' -> 'Agenția',
    # 'Universității' -> 'Universitatea')
    ("ului", "ul"), ("ei", "a"), ("ății", "atea"),
    # Serbian and Ukrainian in Cyrillic ('Агенције' -> 'Агенција', 'Агенції' -> 'Агенція', 'університету' ->
    # 'університет', 'Факултета' -> 'Факултет'), the Serbian 'a' that drops from a last syllable ('Центра' -> 'Центар')
    ("е", "а"), ("ії", "ія"), ("у", ""), ("ра", "ар"), ("а", ""),
    # Albanian, its article joined to the word ('Komunën' -> 'Komuna', 'Ambasadës' -> 'Ambasada'), and the
    # Icelandic dative of '-ður' ('Byggðarannsóknasjóði' -> 'Byggðarannsóknasjóður')
    ("ën", "a"), ("ës", "a"), ("ði", "ður"),
    # the Icelandic genitive after a post ('Háskólans' -> 'Háskólinn', 'Stúdentafélags' -> 'Stúdentafélag',
    # 'Rannsóknamiðstöðvar' -> 'Rannsóknamiðstöð')
    ("ans", "inn"), ("ags", "ag"), ("var", ""),
    # Bosnian, Croatian and Serbian 'Radija' -> 'Radio' (set 122)
    ("ija", "io"),
    # the instrumental of a partner held with ('wraz ze Związkiem' -> 'Związek', 'z Fundacją' -> 'Fundacja',
    # 'разом із бібліотекою' -> 'бібліотека', 'з Асоціацією' -> 'Асоціація', 'з Центром' -> 'Центр')
    ("kiem", "ek"), ("ą", "a"), ("ою", "а"), ("єю", "я"), ("ом", ""),
)  # fmt: skip
# and of the adjectives before it ('Českého' -> 'Český', 'Pokrajinskega' -> 'Pokrajinski', 'Mestne' -> 'Mestna')
_DECLINED_ADJECTIVE = (
    ("iego", "i"), ("ego", "y"), ("ého", "ý"), ("ího", "í"), ("ega", "i"), ("oga", "i"), ("og", "i"),
    ("iej", "a"), ("ej", "a"), ("é", "á"), ("e", "a"), ("ής", "ή"), ("ού", "ό"),
    # in Cyrillic ('Регионалне' -> 'Регионална', 'Регионалног' -> 'Регионални', 'Чернівецького' -> 'Чернівецький',
    # 'обласної' -> 'обласна')
    ("е", "а"), ("ог", "и"), ("ого", "ий"), ("ої", "а"),
    # and the instrumental ('Polską' -> 'Polska', 'Narodowym' -> 'Narodowy', 'обласною' -> 'обласна',
    # 'Українським' -> 'Український')
    ("ą", "a"), ("ym", "y"), ("im", "i"), ("ою", "а"), ("им", "ий"),
)  # fmt: skip


def _declined(word: str, endings: tuple[tuple[str, str], ...]) -> list[str]:
    return [word[: len(word) - len(end)] + nominative for end, nominative in endings if word.endswith(end)]


# Estonian, Latvian and Finnish put a body's name before the post, the word naming its kind last and in the
# genitive ('Tartu Ülikooli direktor', 'Satiksmes ministrijas vietnieks', 'Helsingin yliopiston professori'):
# those endings, each with its nominative ending ('Keskuse' -> 'Keskus', 'centra' -> 'centrs', 'liiton' -> 'liitto')
_DECLINED_LAST_KIND = (
    ("i", ""), ("se", "s"), ("du", "t"), ("udi", "uut"), ("as", "a"), ("es", "e"), ("a", "s"), ("n", ""),
    ("ksen", "s"), ("ton", "tto"), ("tin", "tti"),
    # and Lithuanian ('asociacijos' -> 'asociacija', 'universiteto' -> 'universitetas', 'savivaldybės' -> 'savivaldybė')
    ("os", "a"), ("o", "as"), ("ės", "ė"),
    # and Armenian ('համալսարանի' -> 'համալսարան'), Kazakh ('палатасының' -> 'палатасы', 'орталығының' ->
    # 'орталығы') and Basque ('Unibertsitateko' -> 'Unibertsitatea', set 118)
    ("ի", ""), ("ның", ""), ("нің", ""), ("дың", ""), ("дің", ""), ("тың", ""), ("тің", ""), ("ko", "a"),
    # and Kyrgyz, its four vowels ('борборунун' -> 'борбору', 'университетинин' -> 'университети', set 122)
    *((f"{c}{v}н", "") for c in "ндт" for v in "ыиуү"),
)  # fmt: skip


def nominative_kind(word: str) -> str | None:
    """The nominative of a word naming a body's kind in the genitive before a post ('ministrijas' ->
    'ministrija'); None for any other word, and for the kind itself (English 'Harvard University
    professor' keeps the body in its post) unless it is also another kind's genitive (Lithuanian 'centro'
    -> 'centras')."""
    return next((w for w in _declined(word, _DECLINED_LAST_KIND) if is_org_word(w)), None)


# Hungarian writes a post after its body with the possessive ('az X Intézet igazgatója', 'a Y Egyetem docense'),
# and so do Kazakh and Uzbek ('… орталығының директоры', '… palatasining sarapşısı', '… universiteti dotsenti')
# and Kyrgyz ('… борборунун директору', '… башкармалыгынын башчысы', '… университетинин доценти', set 122)
_POSSESSIVE_ENDINGS = ("ja", "je", "a", "e", "сы", "сі", "ы", "і", "si", "i", "су", "сү", "си", "у", "ү", "и")


def possessed_post(word: str) -> str | None:
    """'igazgatója' -> 'igazgató', 'elnöke' -> 'elnök': a post with the possessive, without it; None for a
    post as it is ('directora', 'profesore') and any other word."""
    if is_title_word(word):
        return None
    return next((w for w in _declined(word, tuple((end, "") for end in _POSSESSIVE_ENDINGS)) if is_title_word(w)), None)


# The words that join a post to the body it is held at, in the languages whose bodies have capitals and
# whose posts do not: Macedonian and Bulgarian 'на', 'во', 'в', 'при' ('новинар на ТВ Тера', 'уредник в
# Радио Пловдив'), Albanian 'në', 'pranë', Icelandic 'hjá', 'á', Swahili 'wa' ('Mtangazaji wa TBC'), Afrikaans
# 'van die', 'by die', 'in die', 'aan die' (with the article that 'die' is), Maltese 'ta'' (of), 'ma'' (with) and
# the article joined to its body ('tal-', 'tar-', 'taż-': 'Direttur tal-Istitut')
# ('vum', 'vun der', 'beim', 'um': Luxembourgish, whose posts are written large: 'Direktesch vum IAG', set 122)
POST_LINKS = (
    r"(?:на|во|в|във|при|në|pranë|hjá|á|wa|(?:van|by|in|aan)\s+die|vum|vun\s+(?:der|dem)|beim|bei\s+der|um)\s+"
    r"|(?:ta|ma)['’]\s+|ta[lrsntdxzżċ]-(?=\w)"
)
# Macedonian and Bulgarian write the definite article onto a body's first word ('Институтот', 'Економскиот
# факултет', 'Одделението', 'Пловдивския университет'): those endings, each with the bare ending
_DEFINITE_FIRST = (("иот", "и"), ("ият", "и"), ("ия", "и"), ("от", ""), ("ът", ""), ("та", ""), ("то", ""))
# the units a post may name before its body ('раководител на Одделението за … на Општина Битола')
UNITS_ABROAD = frozenset(("одделение", "отдел", "одел", "сектор", "отсек", "одсек", "катедра", "служба"))


# Azerbaijani names a body before its post in the genitive ('Gəncə Dövlət Universitetinin dekanı'): the words
# that end a body's name in the compound form its name takes (university, union, agency, executive power,
# faculty, chair, department, ministry, centre, institute, union, association, society, fund, company,
# administration, committee, chamber, academy, college, bank), and a company's form or a broadcaster's 'TV'
AZERBAIJANI_BODIES = re.compile(
    r"(?:universiteti|birliyi|agentliyi|hakimiyyəti|fakültəsi|kafedrası|şöbəsi|nazirliyi|mərkəzi|institutu"
    r"|ittifaqı|assosiasiyası|cəmiyyəti|fondu|şirkəti|idarəsi|komitəsi|palatası|akademiyası|kolleci|bankı"
    r"|MMC|ASC|QSC|TV[”\"]?|[”\"])$",
    re.IGNORECASE,
)
AZERBAIJANI_GENITIVE = re.compile(r"-?n[iıuü]n$")
# the possessive a post takes after its body's genitive ('sədri', 'dekanı', 'məsləhətçisi'), which the post
# alone is without
AZERBAIJANI_POSSESSIVE = re.compile(r"(?<=[aeəıioöuü])s[iıuü]$|(?<=[^aeəıioöuü])[iıuü]$")


class Postposition(NamedTuple):
    """Words written after a body's name that make it a host or a sponsor of the event, in a language
    that puts them there, and the case its last word takes before them."""

    words: str  # the words after the name ('աջակցությամբ', 'қолдауымен', 'bilan hamkorlikda')
    role: str  # 'host' (holds it with the sentence's subject), 'partner' (supports what the subject holds), 'sponsor'
    cases: tuple[tuple[str, str], ...]  # (ending, nominative ending) of the name's last word; () for none
    genitive: str  # a word so ending before the name belongs to its parent ('университетінің'), no part of it


_ARMENIAN_GENITIVE = (("ության", "ություն"), ("ի", ""))
_KAZAKH_GENITIVE = (("ның", ""), ("нің", ""), ("дың", ""), ("дің", ""), ("тың", ""), ("тің", ""))
_MONGOLIAN_GENITIVE = (("гийн", ""), ("ийн", ""), ("ын", ""), ("ний", ""), ("ны", ""))
_AZERBAIJANI_GENITIVE = tuple((ending, "") for ending in ("nın", "nin", "nun", "nün", "ın", "in", "un", "ün"))
_LATVIAN_GENITIVE = (("ijas", "ija"), ("as", "a"), ("es", "e"), ("a", "s"))
_KYRGYZ_GENITIVE = tuple((f"{c}{v}н", "") for c in "ндт" for v in "ыиуү")
_TAMIL_GENITIVE = (("த்தின்", "ம்"), ("யின்", ""), ("வின்", ""))
# Armenian, Kazakh, Mongolian, Uzbek, Azerbaijani, Basque and Tamil (sets 113, 118): the body in the genitive
# before the support ('Եվրոպական միության ֆինանսավորմամբ', 'Конрад Аденауэр қорының қолдауымен', 'Ханс Зайделийн
# сангийн дэмжлэгтэйгээр', 'Avropa İttifaqının maliyyə dəstəyi ilə', 'X Sailaren diru-laguntzarekin', 'நபார்டு
# வங்கியின் நிதியுதவியுடன்'), Uzbek in the nominative ('GIZ ko‘magida'); a partner in the comitative before
# 'jointly' ('Y-ի հետ համատեղ', 'Y басқармасымен бірлесіп', 'Y газартай хамтран', 'Y துறையுடன் இணைந்து') holds
# the event with the sentence's subject, and the Uzbek 'Y bilan hamkorlikda' (in collaboration with) supports it
POSTPOSITIONS = (
    Postposition(r"ֆինանսավորմամբ|աջակցությամբ|հովանավորությամբ", "sponsor", _ARMENIAN_GENITIVE, "ի|ության"),
    Postposition(r"հետ\s+համատեղ", "host", _ARMENIAN_GENITIVE, "ի|ության"),
    Postposition(r"(?:қаржылық\s+)?қолдауымен|демеушілігімен", "sponsor", _KAZAKH_GENITIVE, "[ндт][ыі]ң"),
    Postposition(r"бірлесіп", "host", (("мен", ""), ("бен", ""), ("пен", "")), "[ндт][ыі]ң"),
    Postposition(r"дэмжлэгтэйгээр|дэмжлэгээр|санхүүжилтээр", "sponsor", _MONGOLIAN_GENITIVE, ""),
    Postposition(r"хамтран", "host", (("тай", ""), ("тэй", ""), ("той", "")), ""),
    Postposition(r"ko[‘'ʻ’`]magida|homiyligida", "sponsor", (), "ning"),
    Postposition(r"bilan\s+hamkorlikda", "partner", (), "ning"),
    Postposition(r"(?:maliyyə\s+)?dəstəyi\s+ilə", "sponsor", _AZERBAIJANI_GENITIVE, "n[ıiuü]n"),
    Postposition(r"(?:diru-)?laguntzarekin|babesarekin", "sponsor", (("ren", ""),), "ren"),
    Postposition(r"நிதியுதவியுடன்|ஆதரவுடன்", "sponsor", _TAMIL_GENITIVE, "ின்"),
    Postposition(r"இணைந்து", "host", (("த்துடன்", "ம்"), ("யுடன்", ""), ("வுடன்", "")), "ின்"),
    # Estonian and Latvian (set 98): 'X Teadusagentuuri toetusel', 'ar X plānošanas reģiona atbalstu'
    Postposition(r"toetusel|rahastusel|toel", "sponsor", (("i", ""), ("e", "")), ""),
    Postposition(r"(?:finansiālu\s+)?atbalstu", "sponsor", _LATVIAN_GENITIVE, ""),
    # Nepali and Hindi, the body in the genitive joined to it ('X को सहयोगमा', 'X के सहयोग से'), and Urdu, the
    # genitive a word of its own ('X کی معاونت حاصل ہے', 'X کے تعاون سے', 'X کی سرپرستی میں')
    Postposition(r"(?:आर्थिक\s+)?(?:सहयोगमा|सहयोगबाट|प्रायोजनमा)", "sponsor", (("को", ""), ("का", ""), ("की", "")), ""),
    Postposition(r"(?:के|की)\s+(?:आर्थिक\s+)?(?:सहयोग|प्रायोजन)\s+से", "sponsor", (), ""),
    Postposition(r"(?:کی|کے)\s+(?:مالی\s+)?(?:معاونت|سرپرستی|تعاون)", "sponsor", (), ""),
    # Bengali, the body in the genitive ('X দূতাবাসের আর্থিক সহায়তায়'), and Kyrgyz, support and a partner held
    # with ('X агенттигинин колдоосу менен', 'Y башкармалыгы менен биргеликте', set 122)
    Postposition(r"(?:আর্থিক\s+)?(?:সহায়তায়|সহযোগিতায়|পৃষ্ঠপোষকতায়)", "sponsor", (("ের", ""), ("র", "")), ""),
    Postposition(r"(?:каржылык\s+)?колдоосу\s+менен", "sponsor", _KYRGYZ_GENITIVE, "[ндт][ыиуү]н"),
    Postposition(r"менен\s+биргеликте", "host", (), "[ндт][ыиуү]н"),
)
# the words of case, 'this' and the event's kind that stand before a name in Urdu, Hindi and Nepali ('اس تقریب
# کے انعقاد میں X': in the holding of this event, X; 'یہ سیمینار X', 'यो कार्यक्रम X'): no part of it
CASE_WORDS = frozenset(
    re.split(
        r"\s+",
        "میں کے کی کا سے نے پر کو में के की का से ने पर को मा बाट ले"
        " یہ اس یہی سیمینار تقریب کانفرنس ورکشاپ پروگرام مشاعرہ"
        " यह इस यो यस कार्यक्रम गोष्ठी संगोष्ठी अन्तरक्रिया सम्मेलन कार्यशाला",
    )
)


class JointHosts(NamedTuple):
    """How a language writes two bodies holding an event together in one sentence, the first opening it:
    the words between the two names, and the words after the second (its case ending, when it has one,
    taken off: Turkish 'Y'nin', Nepali 'Yले')."""

    between: str  # 'ile', 'र', 'اور', or a verb and its object ('đồng tổ chức Hội thảo … cùng')
    after: str  # 'ortaklaşa', 'संयुक्त रूपमा', 'مشترکہ طور پر'; a lookahead to the clause's end for none


# Turkish 'X ile Y'nin ortaklaşa düzenlediği', 'X ile Y birlikte düzenliyor', 'X ile Y tarafından düzenlenen';
# Vietnamese 'X đồng tổ chức Hội thảo … cùng Y', 'X phối hợp với Y tổ chức'; Nepali and Hindi 'X र Yले संयुक्त
# रूपमा … आयोजना', 'X और Y मिलकर'; Urdu 'X اور Y مشترکہ طور پر … اہتمام', 'X اور Y مل کر'
JOINT_HOSTS = (
    JointHosts(
        r"ile",
        r"(?:['’]n?[ıiuü]n)?\s+(?:ortaklaşa|birlikte|iş\s*birliğiyle|tarafından\s+(?:ortaklaşa\s+)?düzenlen)(?!\w)",
    ),
    JointHosts(r"(?:đồng|cùng|phối\s+hợp)\s+tổ\s+chức\s+[^.;]{0,80}?\s+(?:cùng|với)", r"(?=\s*\(|\s*[,.;]|\s*$)"),
    JointHosts(r"phối\s+hợp\s+với|cùng\s+với", r"\s+(?:đồng\s+)?tổ\s+chức(?!\w)"),
    JointHosts(r"र|तथा|और", r"(?:ले|को|का|की)?\s+(?:संयुक्त\s+(?:रूपमा|रुपमा|रूप\s+से|आयोजन)|मिलेर|मिलकर|सहकार्यमा)"),
    JointHosts(r"اور", r"\s+(?:مشترکہ\s+طور\s+پر|مل\s+کر|باہمی\s+اشتراک\s+سے)"),
)
# a foundation's office in a country after the foundation's name ('Ֆրիդրիխ Էբերտ հիմնադրամի հայաստանյան
# գրասենյակի', 'Конрад Аденауэр қорының Қазақстандағы өкілдігінің', 'Ханс Зайделийн сангийн Монгол дахь
# төлөөлөгчийн газрын'): the foundation supports the event, not its office
REPRESENTATION_AFTER = re.compile(
    r"\s+\S+(?:յան|ական|ի)\s+գրասենյակի$|\s+\S+(?:дағы|дегі|тағы|тегі)\s+өкілдігінің$|\s+\S+\s+дахь\s+төлөөлөгчийн\s+газрын$"
)
# the particle that closes a Mongolian sentence's subject ('X (ХБХСХ) нь Y-тай хамтран'): a partner runs from it
SUBJECT_ENDS = re.compile(r"\s+нь\s+")


def without_definite(name: str) -> str:
    """'Институтот за …' -> 'Институт за …', 'Економскиот факултет' -> 'Економски факултет': the body's
    first word without the article written onto it, where the bare word names its kind or the next
    word does; Maltese 'L-Istitut' -> 'Istitut'. Any other name as written."""
    name = re.sub(r"^(?:L-|Il-|l-|il-)(?=\w)", "", name)
    words = name.split()
    if not words:
        return name
    for end, bare in _DEFINITE_FIRST:
        word = words[0][: len(words[0]) - len(end)] + bare
        if words[0].endswith(end) and (
            is_org_word(word) or fold(word) in UNITS_ABROAD or (len(words) > 1 and is_org_word(words[1]) and bare)
        ):
            return " ".join([word, *words[1:]])
    return name


def nominative(name: str) -> str:
    """A body's name a post or phrase declines, in the nominative: its kind's word (among the first
    three, or the fourth or fifth after adjectives: 'обласної військової адміністрації') and the adjectives
    before it ('Českého rozhlasu Brno' -> 'Český rozhlas Brno'); the words
    after the kind are its own genitive ('Instytutu Polityki Morskiej' -> 'Instytut Polityki Morskiej').
    A name whose kind no ending gives back is left as written."""
    words = name.split()
    for i, word in enumerate(words[:5]):
        kind = next((w for w in _declined(word, _DECLINED_KIND) if is_org_word(w)), None)
        if kind is None and is_org_word(word):
            return name
        if kind is not None and i >= 3 and not all(_declined(w, _DECLINED_ADJECTIVE) for w in words[:i]):
            return name  # 'Law at Keele University'
        if kind is not None:
            adjectives = [next(iter(_declined(w, _DECLINED_ADJECTIVE)), w) for w in words[:i]]
            return " ".join([*adjectives, kind, *words[i + 1 :]])
    return name


# Places written after an organisation ("Centre for Eastern Studies, Warsaw") or standing
# alone as a locality: not affiliations.
PLACE_NAMES = frozenset(
    {
        p.strip()
        for p in """
    Washington|New York|Boston|Chicago|Los Angeles|San Francisco|Seattle|Toronto|Ottawa|Montreal
    |London|Oxford|Cambridge|Edinburgh|Dublin|Paris|Brussels|Berlin|Munich|Frankfurt|Hamburg
    |Geneva|Zurich|Vienna|Rome|Milan|Madrid|Barcelona|Lisbon|Amsterdam|The Hague|Stockholm
    |Copenhagen|Oslo|Helsinki|Warsaw|Prague|Budapest|Kyiv|Kiev|Moscow|Istanbul|Ankara|Athens
    |Tokyo|Seoul|Beijing|Shanghai|Hong Kong|Taipei|Singapore|New Delhi|Delhi|Mumbai|Jakarta
    |Bangkok|Manila|Hanoi|Sydney|Canberra|Melbourne|Wellington|Nairobi|Johannesburg|Cape Town
    |Cairo|Jerusalem|Tel Aviv|Dubai|Doha|Riyadh|Tehran|Mexico City|Sao Paulo|Buenos Aires
    |United States|USA|U.S.A.|US|U.S.|United Kingdom|UK|U.K.|England|Scotland|Wales|France
    |Germany|Belgium|Switzerland|Austria|Italy|Spain|Portugal|Netherlands|Sweden|Norway
    |Denmark|Finland|Poland|Ukraine|Russia|Turkey|Greece|Japan|South Korea|Korea|China|Taiwan
    |India|Pakistan|Indonesia|Australia|New Zealand|Canada|Mexico|Brazil|Argentina|Kenya
    |South Africa|Nigeria|Egypt|Israel|Iran|Saudi Arabia|DC|D.C.|Washington, DC
""".replace("\n", "").split("|")
    }
    - {""}
)
# More countries, so that 'Ministry of Industry and Trade, Vietnam' has the ministry as affiliation.
COUNTRY_NAMES = frozenset(
    p.strip()
    for p in """
    Afghanistan|Albania|Algeria|Angola|Armenia|Azerbaijan|Bahrain|Bangladesh|Belarus|Bolivia
    |Bosnia and Herzegovina|Botswana|Bulgaria|Cambodia|Cameroon|Chile|Colombia|Costa Rica|Croatia
    |Cuba|Cyprus|Czech Republic|Czechia|Ecuador|El Salvador|Estonia|Ethiopia|Georgia|Ghana
    |Guatemala|Haiti|Honduras|Hungary|Iceland|Iraq|Ireland|Jamaica|Jordan|Kazakhstan|Kosovo|Kuwait
    |Kyrgyzstan|Laos|Latvia|Lebanon|Libya|Lithuania|Luxembourg|Malaysia|Mali|Malta|Moldova|Mongolia
    |Montenegro|Morocco|Mozambique|Myanmar|Nepal|Nicaragua|Niger|North Korea|North Macedonia|Oman
    |Panama|Paraguay|Peru|Philippines|Qatar|Romania|Rwanda|Senegal|Serbia|Slovakia|Slovenia|Somalia
    |South Sudan|Sri Lanka|Sudan|Syria|Tajikistan|Tanzania|Thailand|Tunisia|Turkmenistan|Uganda
    |United Arab Emirates|UAE|Uruguay|Uzbekistan|Venezuela|Vietnam|Viet Nam|Yemen|Zambia|Zimbabwe
    |Hong Kong|Macau|Palestine|Greenland|Türkiye|Turkiye|Lao PDR
""".replace("\n", "").split("|")
)


# Cities that name a time zone (Colombo, Lagos, Tallinn): a place written after an
# organisation, and a place whose clock the page means (kg/pages/when.py).
_NOT_CITIES = frozenset(
    re.split(
        r"\s*\|\s*",
        "Center|Petersburg|Victoria|Jersey|Guernsey|Isle of Man|Casey|Davis|Mawson|Palmer|Rothera|Troll|Vostok"
        "|Macquarie|Chatham|Norfolk|Easter|Pitcairn|Midway|Wake|Johnston|Regina|Darwin|Phoenix|Eucla|Currie"
        "|Lindeman|Marengo|Monticello|Vevay|Winamac|Knox IN|Beulah|New Salem|Tell City|Vincennes|Creston"
        "|Nelson|Dawson|Inuvik|Resolute|Rankin Inlet|Thule|Scoresbysund|Danmarkshavn|Oral|Gaza|Hebron"
        # backward-compatible region names ('Australia/West', 'US/Pacific'), not cities
        "|North|South|West|East|Central|ACT|NSW|LHI|Queensland|Tasmania|Yancowinna|Eastern|Pacific|Mountain"
        "|Atlantic|Arizona|Hawaii|Alaska|Samoa|Michigan|Aleutian|Saskatchewan|Newfoundland|Yukon|Acre"
        "|Continental|Atka|Shiprock|Ensenada|Rosario|Truk|Yap|Chuuk|Jan Mayen|Broken Hill|Lord Howe|Canary"
        "|Faroe|Faeroe|Madeira|Azores|Reunion|Mayotte|Christmas|Cocos|Kerguelen|Chagos|Mahe|Comoro|Maldives"
        "|Mauritius",
    )
)
IANA_CITY_ZONES = {
    zone.rsplit("/", 1)[1].replace("_", " "): zone
    for zone in PLACE_ZONES
    if zone.rsplit("/", 1)[1].replace("_", " ") not in _NOT_CITIES and len(zone.rsplit("/", 1)[1]) >= 4
}


def _tab(name: str) -> list[list[str]]:
    """The rows of one of tzdata's tables (iso3166.tab: code and country; zone.tab: code,
    coordinates, zone)."""
    try:
        text = (files("tzdata") / "zoneinfo" / name).read_text(encoding="utf-8")
    except ModuleNotFoundError:  # the system's copy of the same tables, as zoneinfo itself falls back to
        system = Path("/usr/share/zoneinfo") / name
        text = system.read_text(encoding="utf-8") if system.exists() else ""
    return [line.split("\t") for line in text.splitlines() if line and not line.startswith("#")]


def _country_zones() -> dict[str, str]:
    """Country name -> its zone, for each country whose zones all keep one clock all year
    ('Netherlands' -> Europe/Amsterdam, 'Germany' -> Europe/Berlin; not the United States,
    Spain or Russia). The first zone tzdata lists for a country is its main one."""
    names = {row[0]: row[1] for row in _tab("iso3166.tab")}
    zones: dict[str, list[str]] = {}
    for row in _tab("zone.tab"):
        zones.setdefault(row[0], []).append(row[2])
    found = {}
    for code, listed in zones.items():
        clocks = {tuple(ZoneInfo(z).utcoffset(datetime(2024, m, 15)) for m in (1, 7)) for z in listed}
        if len(clocks) == 1:
            found[names[code]] = listed[0]
    for alias, official in {**_bracket_free_names(names.values()), **_COUNTRY_ALIASES}.items():
        if official in found:
            found[alias] = found[official]
    return {name: zone for name, zone in found.items() if name not in _US_STATE_COUNTRIES}


def _bracket_free_names(names: Iterable[str]) -> dict[str, str]:
    """The name pages write for tzdata's 'Eswatini (Swaziland)' or 'Myanmar (Burma)': the part
    before the brackets, when no other country shares it ('Samoa (western)' and 'Samoa (American)')."""
    bracketed = [name for name in names if name.endswith(")")]
    bases = [name.partition(" (")[0] for name in bracketed]
    return {base: name for base, name in zip(bases, bracketed, strict=True) if bases.count(base) == 1}


_COUNTRY_ALIASES = {
    **dict.fromkeys(("United Kingdom", "UK", "Britain", "England", "Scotland", "Wales"), "Britain (UK)"),
    **dict.fromkeys(("South Korea", "Republic of Korea", "Korea"), "Korea (South)"),
    "Czechia": "Czech Republic",
    **dict.fromkeys(("Türkiye", "Turkiye"), "Turkey"),  # the name the country has asked for since 2022
    "The Netherlands": "Netherlands",
    "Bosnia and Herzegovina": "Bosnia & Herzegovina",
    "Trinidad and Tobago": "Trinidad & Tobago",
    # the country's name in its own language, as an address's last part writes it (set 122): Laos 'ສປປ ລາວ' (Lao
    # PDR), Pakistan 'پاکستان', Bangladesh 'বাংলাদেশ', Kyrgyzstan 'Кыргызстан', Luxembourg 'Lëtzebuerg'
    "ສປປ ລາວ": "Laos",
    "پاکستان": "Pakistan",
    "বাংলাদেশ": "Bangladesh",
    "Кыргызстан": "Kyrgyzstan",
    "Lëtzebuerg": "Luxembourg",
}
_US_STATE_COUNTRIES = frozenset({"Georgia", "Jersey"})  # 'Athens, Georgia', 'Newark, New Jersey'
COUNTRY_ZONES = _country_zones()
_COUNTRY_CODES = {row[0]: row[1] for row in _tab("iso3166.tab")}


# languages written almost only in one country, whose bare tag ('ko', 'ka') says where the site keeps its
# times (set 126's Ulsan and Telavi pages); not languages of many countries ('en', 'fr', 'ar', 'sv') nor
# of one shared with a neighbour on another clock ('bn', Bangladesh and West Bengal)
_ZONE_OF_LANGUAGE = {
    "ko": "Asia/Seoul", "ka": "Asia/Tbilisi", "vi": "Asia/Ho_Chi_Minh", "tr": "Europe/Istanbul",
    "pl": "Europe/Warsaw", "ja": "Asia/Tokyo", "th": "Asia/Bangkok", "hy": "Asia/Yerevan", "az": "Asia/Baku",
    "lo": "Asia/Vientiane", "km": "Asia/Phnom_Penh", "ne": "Asia/Kathmandu", "si": "Asia/Colombo",
    "et": "Europe/Tallinn", "lv": "Europe/Riga", "lt": "Europe/Vilnius", "is": "Atlantic/Reykjavik",
    "mk": "Europe/Skopje", "he": "Asia/Jerusalem", "cs": "Europe/Prague", "sk": "Europe/Bratislava",
    "hu": "Europe/Budapest", "bg": "Europe/Sofia", "hr": "Europe/Zagreb", "sl": "Europe/Ljubljana",
    "da": "Europe/Copenhagen", "fi": "Europe/Helsinki", "nb": "Europe/Oslo", "nn": "Europe/Oslo", "no": "Europe/Oslo",
    "el": "Europe/Athens", "sq": "Europe/Tirane", "ur": "Asia/Karachi", "uk": "Europe/Kyiv",
}  # fmt: skip


def language_zone(language: str | None) -> str | None:
    """The clock of the country a page's language tag names, when that country keeps one ('lb-LU',
    'bn-BD', or a bare 'ko' written in one country only; not 'en-US'): a site's last word on where its
    times are kept."""
    tag = (language or "").strip()
    region = re.fullmatch(r"[a-z]{2,3}(?:-[A-Z][a-z]{3})?[-_]([A-Za-z]{2})", tag)
    if region is None:
        return _ZONE_OF_LANGUAGE.get(tag.casefold())
    return COUNTRY_ZONES.get(country_name(region.group(1)))


def country_name(code: str) -> str:
    """An ISO 3166 country code as the country's name ('DE' -> 'Germany'), as schema.org's
    addressCountry writes it; any other text as it is."""
    return _COUNTRY_CODES.get(code.strip().upper(), code) if len(code.strip()) == 2 else code
