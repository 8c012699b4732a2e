"""HTML pages: the schema.org data they embed, and their content as lines of text.

`extruct` reads JSON-LD, microdata and RDFa; scripts, styles, navigation, the site's header
and footer, forms, hidden text and related-content lists are dropped before the page is
rendered as text, one line per block element, so the text readers see what a reader of the
page sees.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import datetime
from html import unescape
from typing import Any
from urllib.parse import urljoin, urlsplit

import extruct
import lxml.html
from lxml import etree

from kg.dates import find_dates, find_times
from kg.errors import PageError
from kg.pages.agreement import NEXT_SESSION, TitleSignals
from kg.pages.calendar_links import stated_in_markup
from kg.pages.italics import italic_titles
from kg.pages.lines import match_label
from kg.pages.people import is_person_name
from kg.pages.person_columns import person_columns
from kg.pages.title import EVENT_TYPES, is_generic_heading

DROPPED_TAGS = (
    "script",
    "style",
    "noscript",
    "template",
    "svg",
    "iframe",
    "button",
    "select",
    "option",
    "input",
    "textarea",
    "form",
    "nav",
    "dialog",
    "head",
    "canvas",
    "video",
    "audio",
    "picture",
    "img",
    # Joomla 4's e-mail cloak, whose text is the placeholder 'This email address is being protected from spambots…'
    "joomla-hidden-mail",
)
DROPPED_ROLES = ("navigation", "banner", "contentinfo", "search", "dialog")
DROPPED_CLASSES = re.compile(
    r"(?:^|[\s_-])(?:breadcrumbs?|cookies?|skip-link|share|sharing|social"
    r"|newsletter|site-header|site-footer|menu|navbar|masthead"
    r"|visually-hidden|sr-only|screen-reader-text|related-content"
    r"|related-events|related-posts|relatedposts|related-articles|relateditems|promo|subscribe|modal)(?:$|[\s_-])"
    # a bare 'related' box lists other pages ('related-publications' may be the event's own)
    r"|(?:^|\s)related(?:$|\s)"
    # the links to the previous and next posts under an event ('tribe-events-nav-previous', 'nav-links'): others'
    r"|(?:^|[\s_-])(?:nav-(?:previous|next|links)|post-navigation|(?:previous|next|prev)-(?:post|event))(?:$|[\s_-])"
    # and a bulletin board's ('board_prev_next', gnuboard's 'btn_prv' / 'btn_next' items: '이전글', '다음글')
    r"|(?:^|[\s_-])(?:prev[-_]?next|btn[-_](?:prv|prev|next))(?:$|[\s_-])"
    r"|(?:^|\s)(?:updated|rich-snippet-hidden)(?:$|\s)"
    # a news theme's bar with the day's date ('<div class="jeg_nav_item jeg_top_date">'): the reader's day
    r"|(?:^|[\s_-])(?:top|current|today)[-_]date(?:$|[\s_-])"
    # readers' comments and the list of who is going (a blog's or Meetup's 'Attendees (84)'):
    # their names and dates are the readers', not the event's people
    r"|(?:^|[\s_-])(?:comments?|attendees)(?:$|[\s_-])"
    # Joomla 3's e-mail cloak ('<span id="cloak7d3a…">This email address is being protected from spambots. You
    # need JavaScript enabled to view it.</span>'): a script writes the address over its placeholder
    r"|(?:^|\s)cloak[0-9a-f]+(?:$|\s)",
    re.IGNORECASE,
)
# a post's byline and dates (hAtom's 'updated', WordPress themes' 'entry-meta', 'posted-on',
# Avada's 'fusion-meta-info', JNews's 'jeg_post_meta', a static site's BEM 'post__meta'), which date the
# post, not the event
POST_META_CLASSES = re.compile(
    r"(?:^|[\s_-])(?:post[-_]{1,2}meta|entry[-_]{1,2}meta|meta[-_]info|byline|posted[-_]on|entry[-_]{1,2}date"
    r"|post[-_]{1,2}date)(?:$|[\s_-])",
    re.IGNORECASE,
)
# a modifier naming what an element lacks or holds, not what it is: JNews wraps a post's body in
# '<div class="entry-content no-share">', themes mark 'has-sidebar', 'without-social'
_FLAG = re.compile(r"(?:no|not|without|has)-", re.IGNORECASE)
POST_DATES = ("datePublished", "dateModified", "dateCreated")  # schema.org's dates of a page or post
BLOCK_TAGS = frozenset(
    (
        "p",
        "div",
        "section",
        "article",
        "main",
        "header",
        "footer",
        "h1",
        "h2",
        "h3",
        "h4",
        "h5",
        "h6",
        "ul",
        "ol",
        "li",
        "dl",
        "dt",
        "dd",
        "table",
        "tr",
        "thead",
        "tbody",
        "tfoot",
        "blockquote",
        "pre",
        "address",
        "figure",
        "figcaption",
        "hr",
        "caption",
        "summary",
        "details",
        "fieldset",
        "legend",
        "body",
        "html",
    )
)
SPACED_TAGS = frozenset(("h1", "h2", "h3", "h4", "h5", "h6", "p", "section", "ul", "ol", "dl", "table"))
CELL_TAGS = frozenset(("td", "th"))


@dataclass
class HtmlPage:
    text: str
    title: str | None = None
    subtitle: str | None = None  # printed under the headline in an element of its own
    after: list[str] = field(default_factory=list)  # titles printed after the headline (see _titles_after)
    head: str = ""  # the <title>, description, address and dates in markup, whose years the body may not repeat
    zone: str | None = None  # the zone an 'Add to calendar' link names
    site_name: str | None = None
    signals: TitleSignals = field(default_factory=TitleSignals)
    url: str | None = None
    language: str | None = None
    items: list[dict[str, Any]] = field(default_factory=list)
    instants: list[datetime] = field(default_factory=list)  # <time datetime> elements' instants
    spans: list[tuple[datetime, datetime]] = field(default_factory=list)  # 'Add to calendar' links' start and end
    italics: list[str] = field(default_factory=list)  # the titles of works presented, set in italics (italics.py)


# An XHTML page's XML declaration ('<?xml version="1.0" encoding="UTF-8"?>', as Open Conference
# Systems and other XHTML templates print it): lxml refuses a str that declares an encoding.
_XML_DECLARATION = re.compile(r"\A\s*<\?xml\b[^>]*\?>")


def read_html(html: str, source: str, url: str | None = None) -> HtmlPage:
    """The page's embedded schema.org items, headline, site name and text."""
    html = _XML_DECLARATION.sub("", html, count=1)
    try:
        tree = lxml.html.document_fromstring(html)
    except (etree.ParserError, ValueError) as err:
        raise PageError(source, f"cannot parse as HTML ({err})") from None
    page = HtmlPage(text="", url=_canonical(tree) or url, language=tree.get("lang"))
    page.items = embedded_items(html, url or "")
    h1 = _headline_element(tree)
    page.title = _headline(tree, h1)
    page.subtitle = _subtitle(h1)
    page.after = _titles_after(h1)
    # (a line each: 'Town Hall - X Alliance' / 'Join state legislators …' are two sentences, not one name)
    page.head = "\n".join([" ".join((tree.findtext(".//title") or "").split()), _meta(tree, "description") or ""])
    page.head += " " + " ".join(tree.xpath("//time/@datetime"))  # '<time datetime="2024-03-14">Thu 14 Mar</time>'
    page.head += " " + (_meta(tree, "article:published_time") or "")  # the post's year, for a date written without
    markup = stated_in_markup(tree)
    page.head += " " + " ".join([*markup.days, page.url or ""])  # '…/event/x/2024-11-14/'
    page.zone = markup.zone
    page.instants = markup.instants
    page.spans = markup.spans
    page.site_name = _meta(tree, "og:site_name") or _title_suffix(tree, page.title)
    page.signals = _title_signals(tree, page.url)
    if h1 is not None and not re.fullmatch(r"h\d", h1.tag):  # a board's subject cell, a page builder's title block
        page.signals.texts.insert(0, ("h1", page.title or ""))
    root = _content_root(tree)
    _name_supporter_logos(root)
    _drop_furniture(root)
    _drop_post_dates(root, _post_days(page.items, tree))
    page.italics = italic_titles(root)
    _date_worded_times(root)
    _join_terms(root)
    person_columns(root, _names_a_role)
    _role_columns(root)
    _colon_field_labels(root)
    _join_times(root)
    page.text = render(root)
    return page


def embedded_items(html: str, base_url: str) -> list[dict[str, Any]]:
    """JSON-LD, microdata and RDFa items, each as a JSON-LD-like dict with '@type'."""
    found = extruct.extract(
        _rdfa_times(html), base_url=base_url, syntaxes=["json-ld", "microdata", "rdfa"], uniform=True, errors="ignore"
    )
    items: list[dict[str, Any]] = []
    for item in found.get("json-ld", []):
        items.extend(_flatten_graph(_entities_decoded(item)))
    items.extend(i for i in found.get("microdata", []) if isinstance(i, dict))
    items.extend(from_expanded(found.get("rdfa", [])))
    return items


_RDFA_TIME = re.compile(r"<time\b(?=[^>]*\sproperty=)(?![^>]*\scontent=)(?=[^>]*\sdatetime=(\"[^\"]*\"|'[^']*'))")


def _rdfa_times(html: str) -> str:
    """HTML+RDFa's rule, which pyRdfa keeps for pages it is told are HTML5: a `<time property>`'s
    value is its `datetime`, not its text ('Thursday 10 September 2026, 18.00')."""
    return _RDFA_TIME.sub(lambda m: f"<time content={m.group(1)}", html)


def _entities_decoded(value: Any) -> Any:
    """JSON-LD strings as plain text: WordPress plug-ins write the post's title with its HTML
    entities ('Series: Title &#8211; Subtitle') and its description as escaped markup."""
    if isinstance(value, dict):
        return {key: _entities_decoded(v) for key, v in value.items()}
    if isinstance(value, list):
        return [_entities_decoded(v) for v in value]
    if not isinstance(value, str) or "&" not in value:
        return value
    plain = unescape(value)
    return lxml.html.fromstring(plain).text_content() if re.search(r"</?[a-zA-Z][^>]*>", plain) else plain


def _flatten_graph(item: Any) -> list[dict[str, Any]]:
    if isinstance(item, list):
        return [x for i in item for x in _flatten_graph(i)]
    if not isinstance(item, dict):
        return []
    if "@graph" in item:
        return _flatten_graph(item["@graph"])
    return [item]


def _local(iri: str) -> str:
    return re.sub(r"^https?://schema\.org/", "", iri)


def from_expanded(nodes: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Expanded JSON-LD (as pyRdfa gives it) as plain items: 'name' for schema:name, nested
    nodes for references."""
    by_id = {n.get("@id"): n for n in nodes if isinstance(n, dict)}

    def plain(node: dict[str, Any], depth: int) -> dict[str, Any]:
        item: dict[str, Any] = {"@type": [_local(t) for t in node.get("@type", [])]}
        for key, values in node.items():
            if key.startswith("@") or "schema.org/" not in key:
                continue
            item[_local(key)] = [value(v, depth) for v in values]
        return item

    def value(v: dict[str, Any], depth: int) -> Any:
        if "@value" in v:
            return v["@value"]
        ref = by_id.get(v.get("@id"))
        return plain(ref, depth + 1) if ref is not None and depth < 4 else v.get("@id")

    return [plain(n, 0) for n in nodes if isinstance(n, dict) and n.get("@type")]


def _meta(tree: Any, prop: str) -> str | None:
    for element in tree.xpath(f'//meta[@property="{prop}" or @name="{prop}"]'):
        content = (element.get("content") or "").strip()
        if content:
            return content
    return None


def _title_suffix(tree: Any, headline: str | None) -> str | None:
    """'Annual Lecture 2017 | Calloway Society' -> 'Calloway Society' (the site's name)."""
    title = " ".join((tree.findtext(".//title") or "").split())
    head, sep, site = title.rpartition(" | ")
    if not sep:
        head, sep, site = title.rpartition(" - ")
    if sep and head and site and site != headline and len(site.split()) <= 8:
        return site
    return None


def _canonical(tree: Any) -> str | None:
    links = tree.xpath('//link[@rel="canonical"]/@href')
    return links[0].strip() if links and str(links[0]).startswith("http") else _meta(tree, "og:url")


_LOGO = re.compile(
    r"(?:^|[\s_-])(?:logo|brand|branding|site-title|site-name)(?:$|[\s_-])"
    r"|(?<=[a-z])(?-i:Logo|Brand)(?=$|[\s_-])",  # an id or class in camel case: Bedework's 'bwLogo', 'SiteLogo'
    re.IGNORECASE,
)


def _is_logo(h1: Any, site_name: str | None, page_url: str | None = None) -> bool:
    """An h1 holding the site's name: its og:site_name, a logo or brand box, a link home, or
    wholly a link to a page above this one."""
    text = " ".join(h1.text_content().split())
    # (not the <body>'s classes: WordPress marks every page of a site with a logo 'wp-custom-logo')
    boxes = [h1, *(a for a in h1.iterancestors() if a.tag not in ("body", "html")), *h1.iterdescendants()]
    return (
        text.casefold() == (site_name or "").casefold()
        or any(_LOGO.search(f"{e.get('class', '')} {e.get('id', '')}") for e in boxes if isinstance(e.tag, str))
        or any(a.get("href") == "/" for a in h1.iter("a"))
        or _links_up(h1, text, page_url)
    )


def _links_up(heading: Any, text: str, page_url: str | None) -> bool:
    """'<h1><a href="/dhs-2025/">DH Slovenia 2025</a></h1>' on '/dhs-2025/talk/Q7KPLM/': a heading
    that is wholly a link to a page above this one names that page (the conference, the series,
    the section), as a link home names the site."""
    links = list(heading.iter("a"))
    if not page_url or len(links) != 1 or " ".join(links[0].text_content().split()) != text:
        return False
    here, target = urlsplit(page_url), urlsplit(urljoin(page_url, links[0].get("href") or ""))
    above = target.path.rstrip("/") + "/"
    path = here.path.rstrip("/") + "/"
    return target.netloc == here.netloc and path != above and path.startswith(above)


# under a generic h1 ('Event Details'), the event's own heading: '<h2 class="event__title">'
_TITLE_H2 = "//*[self::h2 or self::h3][contains(@class, 'title')]"


# a hand-written page of the 1990s and 2000s marks its heading by a font size, not a heading
# element: '<font face="Georgia" size="4"><b>Title</b></font>', '<font size="+2">'
_FONT_HEADING = "//font[number(@size) >= 4 or starts-with(@size, '+')][not(ancestor::a)]"


def _font_headings(tree: Any) -> list[Any]:
    """The large-type lines of a page with no heading element at all, in the page's order."""
    if tree.xpath("boolean(//h1 | //h2)"):
        return []
    return [f for f in tree.xpath(_FONT_HEADING) if len(f.text_content().split()) >= 2]


# a board's post or a record shown as a table or list of fields, its title in the cell after the word 'title' or
# 'subject' ('<th>제목</th><td class="subject">…</td>', '<dt>件名</dt><dd>…</dd>') in the languages of such boards
_SUBJECT_WORDS = frozenset(
    ("제목", "件名", "題名", "タイトル", "标题", "標題", "主题", "主題", "title", "subject", "tiêuđề", "başlık", "konu")
    + ("tytuł", "temat", "тема", "заголовок", "назва", "სათაური", "शीर्षक", "عنوان", "betreff", "titel", "titre")
    + ("sujet", "asunto", "título", "titolo", "oggetto")
)
# a page builder's title block with no heading element: Tilda's '<div class="t-title" field="title">'
_BLOCK_TITLE = (
    "//*[self::div or self::span or self::p][@field='title' or contains(concat(' ', @class, ' '), ' t-title ')]"
)


# a calendar's or association system's event title in a cell or span of its own under a generic page heading
# ('<h1>Event Details</h1>' … '<span class="ym-event-title"><b>Title</b></span>'): its class names it
_EVENT_TITLE_CLASS = (
    "//*[self::span or self::div or self::p or self::td or self::b or self::strong]"
    "[contains(translate(@class, 'ET_-', 'et'), 'eventtitle')]"
)


def _subject_cells(tree: Any) -> list[Any]:
    """The cells that hold a board's post's subject: the first after a header cell saying 'subject'."""
    cells = []
    for label in tree.xpath("//th | //dt"):
        if "".join(label.text_content().split()).rstrip(":：").casefold() in _SUBJECT_WORDS:
            cells += label.xpath("following-sibling::*[self::td or self::dd][1]")
    return cells


def _headline_element(tree: Any) -> Any | None:
    """The page's h1 (in its main content when it has one) that is not the site's logo; else a board's
    subject cell or a page builder's title block."""
    site_name, page_url = _meta(tree, "og:site_name"), _canonical(tree)
    for path in ("//main//h1", '//*[@role="main"]//h1', "//article//h1", "//h1", _TITLE_H2):
        for h1 in tree.xpath(path):
            text = heading_text(h1)
            if len(text.split()) >= 2 and not _is_logo(h1, site_name, page_url) and not is_generic_heading(text):
                return h1
    for element in [*_subject_cells(tree), *tree.xpath(_BLOCK_TITLE), *tree.xpath(_EVENT_TITLE_CLASS)]:
        if len(heading_text(element).split()) >= 2 and not is_generic_heading(heading_text(element)):
            return element
    return next(iter(_font_headings(tree)), None)


# a kicker set inside the heading in an element of its own: OpenCms Mercury's '<h1><span class="intro">Series
# 2026</span><span class="headline">Title</span></h1>', a theme's 'eyebrow', 'overline' or 'pretitle', a board's
# category before the post's title (Gnuboard's '<span class="bo_v_cate">Events</span>')
_KICKER_CLASS = re.compile(
    r"(?:^|[\s_-])(?:intro|kicker|eyebrow|overline|pre-?title|super-?title|pre-?head(?:er|ing|line)?|cate(?:gory)?)"
    r"(?:$|[\s_])",
    re.IGNORECASE,
)


def heading_text(heading: Any) -> str:
    """A heading's words without the kicker it holds in an element of its own, the parts it sets
    in elements of their own kept apart by a space."""
    parts = [heading.text or ""]
    for child in heading:
        if not isinstance(child.tag, str):  # a comment or a processing instruction: only its tail is text
            parts.append(child.tail or "")
            continue
        kicker = _KICKER_CLASS.search(child.get("class", "")) or _type_kicker(child, parts)
        parts += (
            [" ", child.tail or ""]
            if kicker
            else [" " if _set_apart(child) else "", child.text_content(), child.tail or ""]
        )
    return " ".join("".join(parts).split())


def _type_kicker(child: Any, before: list[str]) -> bool:
    """'<h1><span class="label">Public Lecture</span> Title</h1>': the event's type in an element of its own
    opening the heading, the title after it (not 'Webinar: Title', whose colon makes one heading of them)."""
    rest = (child.tail or "") + "".join(
        (sibling.text_content() if isinstance(sibling.tag, str) else "") + (sibling.tail or "")
        for sibling in child.itersiblings()
    )
    # (the title starts after it: 'Conversation with the Mayor' runs on; a type before its quoted title,
    # 'Roundtable “X”', is one heading as set 105 answers it)
    titled = rest.strip()[:1].isupper() or rest.strip()[:1].isdigit()
    opening = not "".join(before).strip() and len(rest.split()) >= 2 and titled
    return opening and EVENT_TYPES.match(" ".join(child.text_content().split())) is not None


def _set_apart(child: Any) -> bool:
    """A part of a heading with a class of its own after another part ('<span class="intro">…</span><span
    class="headline">…</span>'): the site lays them out as lines, not as one word."""
    before = child.getprevious()
    return bool(child.get("class") and before is not None and isinstance(before.tag, str) and before.get("class"))


def _headline(tree: Any, h1: Any | None) -> str | None:
    """The headline's text (`h1`, the page's `_headline_element`), else og:title, else <title>."""
    if h1 is not None:
        return heading_text(h1)
    title = _meta(tree, "og:title") or " ".join((tree.findtext(".//title") or "").split())
    return title.strip() or None


# (TYPO3's news extension prints the subtitle as the 'teaser-text' under the headline)
_SUBTITLE_CLASS = re.compile(r"sub-?title|sub-?head(?:ing|line)?|strapline|teaser-text", re.IGNORECASE)


def _subtitle(h1: Any | None) -> str | None:
    """The headline's subtitle in an element of its own: the rest of its <hgroup> (HTML's
    element for a heading and its subtitle), or the next element when its class says so
    ('<p class="hero__subtitle">', 'entry-subtitle', 'field--name-field-subheading')."""
    if h1 is None:
        return None
    after = h1.getnext()
    while after is not None and not isinstance(after.tag, str):
        after = after.getnext()
    if after is None:
        return None
    grouped = h1.getparent() is not None and h1.getparent().tag == "hgroup"
    # (or its data attributes, where a site builder names its parts: GoDaddy's data-ux="SectionSubHeading")
    marks = [
        after.get("class", ""),
        after.get("id", ""),
        *(v for k, v in after.attrib.items() if k.startswith("data-")),
    ]
    classed = _SUBTITLE_CLASS.search(" ".join(marks))
    text = " ".join(after.text_content().split())
    quoted = _WHOLLY_QUOTED.fullmatch(text)  # a lecture's own title in quotes: the title without them
    text = quoted.group("quoted") if quoted else text
    return text if (grouped or classed) and text and not text.endswith(".") else None


_DESCRIPTION_CLASS = re.compile(r"(?:^|[\s_-])(?:documentDescription|description|lead|standfirst)(?:$|[\s_-])")
_WHOLLY_QUOTED = re.compile(r"[\"“«„]\s*(?P<quoted>[^\"“”«»„]{3,200}?)\s*[\"”»“]")
AFTER_ELEMENTS = 80
_THEME_LINE = re.compile(r"theme\s*:\s*\S", re.IGNORECASE)


def _titles_after(h1: Any | None) -> list[str]:
    """What the page prints after its headline that may be the event's own title, in order of
    trust: a paragraph or heading wholly in quotes ('«Random Walks on Groups»', '<strong>"X"</strong>'),
    the headline's description in an element of its own (Plone's 'documentDescription'), then the
    headings (h2-h4) of the headline's article. A named lecture's heading ('Galileo Lecture 2025')
    and a heading that names the speaker ('Inaugural Lecture: Professor X') leave the lecture's own
    title to them."""
    if h1 is None:
        return []
    quoted, described, headed = [], [], []
    kinds = "self::h2 or self::h3 or self::h4 or self::p or self::div"
    for element in h1.xpath(f"following::*[{kinds}][position() <= {AFTER_ELEMENTS}]"):
        if any(_is_furniture(e) for e in (element, *element.iterancestors())):
            continue
        text = " ".join(element.text_content().split())
        whole = _WHOLLY_QUOTED.fullmatch(text)
        if whole and element.tag in ("p", "h2", "h3", "h4"):
            quoted.append(whole.group("quoted"))
        elif element.tag == "div" and _DESCRIPTION_CLASS.search(element.get("class", "")) and text:
            described += [] if element.xpath(".//p|.//div|.//ul") else [text]
        elif element.tag == "p" and _standfirst(h1, element) and text and not text.endswith("."):
            described.append(text)  # '<h1>The X Lecture 2026</h1><p class="lead">Its own title</p>'
        elif element.tag == "p" and _THEME_LINE.match(text):
            described.append(text)  # '<p><strong>Theme: Y</strong></p>': a named lecture's own title
        elif element.tag in ("h2", "h3", "h4") and text:
            headed.append(text)
    return quoted + described + headed


def _standfirst(h1: Any, element: Any) -> bool:
    """A paragraph right after the headline whose class marks it as its lead ('lead', 'standfirst')."""
    return element.getprevious() is h1 and bool(_DESCRIPTION_CLASS.search(element.get("class", "")))


def _title_signals(tree: Any, url: str | None) -> TitleSignals:
    """Where the page names itself, for kg.pages.agreement: headings, meta titles, <title>."""
    signals = TitleSignals(host=urlsplit(url or "").hostname or "")
    headings = [("h1", h) for h in tree.xpath("//h1") or _font_headings(tree)] + [("h2", h) for h in tree.xpath("//h2")]
    site_name = _meta(tree, "og:site_name")
    texts = [(source, heading_text(h)) for source, h in headings if not _is_logo(h, site_name, url)]
    texts += [("h2", session) for _, h in headings if (session := _next_session(h))]
    texts += [("h1", listed)] if (listed := _one_listed_event(tree)) else []
    # speaker cards headed by their names (Sched's '<h2><a href="/speaker/…">Jane Doe</a></h2>'):
    # two such headings or more name the people, never the event
    named = [text for source, text in texts if source == "h2" and is_person_name(text)]
    signals.texts += [(source, text) for source, text in texts if len(named) < 2 or text not in named]
    for prop in ("og:title", "twitter:title"):
        signals.texts += [("head", text)] if (text := _meta(tree, prop)) else []
    title = " ".join((tree.findtext(".//title") or "").split())
    signals.site_names = [n for n in (_meta(tree, "og:site_name"), _meta(tree, "application-name")) if n]
    for name in signals.site_names:  # 'Site Name 2023: Title' (Sched): the site's name before a colon
        title = re.sub(rf"^{re.escape(name)}:\s+(?=\S)", "", title)
    signals.texts += [("head", title)] if title else []
    signals.site_names += _branding(tree)
    # (not a wrapper a class names for its footer's layout, '<body class="sticky-footer">': it holds the h1)
    footers = tree.xpath(
        "//*[self::footer or contains(@id, 'footer') or contains(@class, 'footer')]"
        "[not(ancestor::main or ancestor::article or .//h1)]"
    )
    signals.footer = " ".join(" ".join(f.text_content().split()) for f in footers)
    lower = [h for h in tree.xpath("//h3|//h4") if not any(_is_furniture(e) for e in (h, *h.iterancestors()))]
    signals.lower = [" ".join(h.text_content().split()) for h in lower]
    return signals


def _next_session(heading: Any) -> str | None:
    """'<h2>Next session</h2> … <h3>Title</h3>': the heading of the one session a series page
    announces, which names the page's event."""
    if not NEXT_SESSION.fullmatch(" ".join(heading.text_content().split())):
        return None
    following = heading.xpath("following::*[self::h3 or self::h4][1]")
    return " ".join(following[0].text_content().split()) if following else None


def _one_listed_event(tree: Any) -> str | None:
    """A listing that shows one event under a generic heading ('Calendar' over a search's one
    result): the linked heading of its one item, dated right under it, names the event as the
    headline of its own page would."""
    if any(not is_generic_heading(heading_text(h)) for h in tree.xpath("//h1")):
        return None
    items = [
        h
        for h in tree.xpath("//h3[.//a[@href]] | //h4[.//a[@href]]")
        if not any(_is_furniture(e) for e in (h, *h.iterancestors()))
    ]
    if len(items) != 1:
        return None
    under = items[0].xpath("following::*[self::p or self::div or self::span or self::time][position() <= 3]")
    dated = any(d.has_year for e in under for d in find_dates(" ".join(e.text_content().split())))
    return heading_text(items[0]) if dated else None


_LOGO_ALT_WORDS = 14


def _branding(tree: Any) -> list[str]:
    """The site's name as its header's logo or branding box writes it ('<p class="site-title">',
    '<a class="logo"><img alt="…">'), outside the page's main content."""
    names = []
    for element in tree.xpath("//*[@class or @id][not(ancestor-or-self::main or ancestor-or-self::article)]"):
        if not _LOGO.search(f"{element.get('class', '')} {element.get('id', '')}") or element.tag in ("body", "html"):
            continue
        text = " ".join(" ".join(element.itertext()).split())
        names += [text] if text and len(text.split()) <= 8 else []
        # a logo's alt text is the name alone, often longer ('UNCTAD - United Nations Conference on Trade and
        # Development'), where a box's text may run on into a slogan or a menu
        alts = (img.get("alt", "") for img in element.iter("img"))
        names += [alt for alt in alts if alt and len(alt.split()) <= _LOGO_ALT_WORDS]
    return names


def _content_root(tree: Any) -> Any:
    body = tree.find("body")
    return body if body is not None else tree


def _is_furniture(element: Any) -> bool:
    """Navigation, the site's header and footer (not an article's), forms, hidden and
    screen-reader-only text, share and cookie boxes, related-content lists."""
    if element.tag in DROPPED_TAGS and not _wraps_page(element) or element.get("role") in DROPPED_ROLES:
        return True
    if element.get("hidden") is not None and not _disclosed_panel(element) or element.get("aria-hidden") == "true":
        return True
    if element.get("itemprop") in POST_DATES:
        return True  # '<time itemprop="datePublished">02.04.2025</time>' dates the post, not the event
    if element.tag in ("header", "footer") and not any(a.tag in ("main", "article") for a in element.iterancestors()):
        return not _box_heading(element)
    classes = " ".join(c for c in f"{element.get('class', '')} {element.get('id', '')}".split() if not _FLAG.match(c))
    if element.tag in ("main", "article", "body"):
        return False
    if POST_META_CLASSES.search(classes):
        # a post is published at one moment: a range of hours under the heading is the event's
        # ('<p class="post-meta">Thursday 16 September 2021 · 10:00 – 12:30</p>' of a static site)
        return not any(t.end for t in find_times(element.text_content()))
    return bool(DROPPED_CLASSES.search(classes))


def _disclosed_panel(element: Any) -> bool:
    """An accordion's panel, hidden until its button is pressed (WAI-ARIA's disclosure pattern: a button
    with `aria-expanded` just before it, or one whose `aria-controls` names it): the page's content, as a
    reader sees it open, not hidden text like a dismissed cookie notice."""
    before = element.getprevious()
    toggles = before.xpath("descendant-or-self::*[@aria-expanded]") if before is not None else []
    ident = element.get("id") or ""
    named = ident and "'" not in ident and element.xpath(f"//*[@aria-controls='{ident}']")
    return bool(toggles or named)


def _wraps_page(element: Any) -> bool:
    """ASP.NET Web Forms (DNN, SharePoint, Sitefinity, Kentico) wrap the whole page in one
    `<form>`: a form holding the page's heading or main content is the page, not a form; so is
    one holding Web Forms' `__VIEWSTATE` field (an older site's table layout has neither)."""
    return element.tag == "form" and bool(
        element.xpath("boolean(.//h1 | .//main | .//article | .//input[@name='__VIEWSTATE'])")
    )


def _box_heading(element: Any) -> bool:
    """'<aside><header class="portletHeader">Organiser</header>…': a sidebar box's heading, a few
    words of text and nothing else, not the site's header."""
    parent = element.getparent()
    text = " ".join(element.text_content().split())
    return (
        element.tag == "header"
        and len(element) == 0
        and 0 < len(text) <= 40
        and parent is not None
        and parent.tag not in ("body", "html")
    )


_SUPPORTER_BOX = re.compile(r"sponsor|supporter|partner|funder|donor", re.IGNORECASE)
_SUPPORTER_HEADING = re.compile(
    r"^\s*(?:with (?:the )?(?:generous |kind )?support (?:of|from)|supported by"
    r"|(?:(?:proudly|kindly|generously) )?(?:co-?)?sponsor(?:ed by|s)?\b"  # 'Proudly sponsored by'
    r"|(?:our |event |funding )?(?:partners?|supporters)\b|in partnership with|funded by|funders?\b|with thanks to)",
    re.IGNORECASE,
)
# a heading over the organisers' logos ('Organised by', 'Co-organisers', 'Hosted by')
_HOST_HEADING = re.compile(
    r"^\s*(?:(?:co-?)?organi[sz](?:ed by|ers?|ing partners?)|(?:co-?)?hosted by|(?:co-?)?hosts?"
    r"|presented by|convened by)\s*:?\s*$",
    re.IGNORECASE,
)
_LOGO_WORDS = re.compile(r"^logo(?:\s+of|:)?\s+|\s*[(-]?\s*\blogo(?:type)?\)?$", re.IGNORECASE)  # not 'Diálogo'


def _name_supporter_logos(root: Any) -> None:
    """A sponsor shown only by its logo ('<h3>With support from</h3><img alt="Hollis Family
    Foundation logo">') is named by the image's alt text, each on a line of its own; so is an
    organiser under a heading of its own ('<h2>Organised by</h2><div><img alt="X"></div>')."""
    named = [
        (img, _LOGO_WORDS.sub("", " ".join((img.get("alt") or img.get("title") or "").split())))
        for img in root.iter("img")
    ]
    logos = [(img, name) for img, name in named if len(name) >= 3 and _in_supporter_box(img)]  # before any is named
    for img, name in logos:
        line = etree.Element("div")
        line.text, line.tail = name, img.tail
        img.getparent().replace(img, line)


def _in_supporter_box(img: Any) -> bool:
    """Within a few levels, a box whose class names supporters or whose text opens with a
    supporters heading ('Supported by', 'Our partners')."""
    for depth, box in enumerate(img.iterancestors()):
        if depth >= 4 or box.tag in ("main", "article", "body"):
            return False
        if _SUPPORTER_BOX.search(f"{box.get('class', '')} {box.get('id', '')}"):
            return True
        if _SUPPORTER_HEADING.match(box.text_content()) or _sponsors_heading(box.text_content()):
            return True
        # a heading just before the box of logos, as page builders lay them out side by side
        heading = _previous_element(box) if depth <= 3 else None
        text = " ".join(heading.text_content().split()) if heading is not None else ""
        if len(text) <= 40 and (_SUPPORTER_HEADING.match(text) or _HOST_HEADING.match(text)):
            return True
    return False


def _previous_element(element: Any) -> Any:
    """The element before this one, past comments and processing instructions (a CMS's
    '<!-- #cascade-skip -->' marker between a heading and its box)."""
    return next((e for e in element.itersiblings(preceding=True) if isinstance(e.tag, str)), None)


def _sponsors_heading(text: str) -> bool:
    """A box of logos whose only text is a sponsors heading of the text's own ('Forum sponsors',
    'The event is supported by')."""
    found = match_label(" ".join(text.split()))
    return found is not None and found[0].kind == "sponsors" and not found[1]


def _post_days(items: list[dict[str, Any]], tree: Any) -> set[str]:
    """The days the page's post was published or changed, as its embedded items (an Article's
    `datePublished`) and its `article:published_time` state them."""
    stated = [str(item.get(key) or "") for item in items for key in POST_DATES]
    stated.append(_meta(tree, "article:published_time") or "")
    return {day[:10] for day in stated if re.match(r"\d{4}-\d{2}-\d{2}", day)}


def _drop_post_dates(root: Any, days: set[str]) -> None:
    """'<time datetime="2025-06-30T10:12">30 June 2025</time>' under a static site's heading, on the
    day the Article's `datePublished` states: the post's date, which no class names ('content__date'),
    not the event's (a time of day written in it is the event's)."""
    for element in list(root.iter("time")):
        if element.get("datetime", "")[:10] in days and not find_times(element.text_content()):
            element.drop_tree()


def _date_worded_times(root: Any) -> None:
    """'<time datetime="2025-02-28">This Friday</time>': a day the text gives in words only (a
    weekday, 'Tomorrow') is read as the day its `datetime` states."""
    for element in root.iter("time"):
        stated = re.match(r"\d{4}-\d\d-\d\d", element.get("datetime", ""))
        words = element.text_content().strip()
        if stated and words and not re.search(r"\d", words) and len(element) == 0:
            try:
                day = datetime.fromisoformat(stated.group())
            except ValueError:
                continue
            element.text = f"{day:%A} {day.day} {day:%B %Y}"


def _drop_furniture(root: Any) -> None:
    doomed = [e for e in root.iter() if not isinstance(e.tag, str) or _is_furniture(e)]
    for element in doomed:
        if element.getparent() is not None:
            element.drop_tree()


def _join_times(root: Any) -> None:
    """'<time>7:00 PM</time><span class="divider"></span><time>8:30 PM</time>': a start and an
    end time the style sheet sets apart ('7:00 PM – 8:30 PM'), with nothing written between."""
    for end in root.iter("time"):
        between = ""
        for before in end.itersiblings(preceding=True):
            between = (before.tail or "") + between
            if before.tag == "time":
                if not between.strip() and (before.text_content().strip() and end.text_content().strip()):
                    before.tail = " – "
                break
            between = before.text_content() + between
            if between.strip():
                break


_FIELD_LABEL = re.compile(r"(?:^|\s)(?:[\w-]*[-_])?label(?:\s|$)")  # Drupal's 'field__label', 'views-label'


def _colon_field_labels(root: Any) -> None:
    """'<div class="field__label">Language</div><div class="field__item">English</div>': a CMS
    field's label, shown as a heading by the style sheet, written 'Language: English' so that it
    reads as a field of its own and not as one more name of the field above it; a value of several
    items stays on the lines below 'Partners:'. The value may also be the text after the label in
    the same element ('<li><span class="label">Location</span> Hall B, Beirut</li>')."""
    for element in root.iter():
        if not isinstance(element.tag, str) or not _FIELD_LABEL.search(element.get("class", "")):
            continue
        label = " ".join(element.text_content().split())
        value = element.getnext()
        if value is not None and value.tag == "br":
            value = None  # '<span class="label">When</span> 9 May 2017<br>10:00am': the value is the tail
        if (
            label
            and len(label) <= 40
            and not label.endswith(":")
            and (value is not None or (element.tail or "").strip())
            and not len(element)
        ):
            element.text = f"{label}: "
            # (a speaker card under its role's label, '<p class="role-label">Moderator</p><div><span>Name</span>
            # <span>Post, Body</span></div>', keeps its lines: on the label's line they would run together)
            inline = (
                value is not None
                and _card_lines(value) is None
                and not any(isinstance(e.tag, str) and e.tag in BLOCK_TAGS for e in value.iterdescendants())
            )
            if value is not None and inline:
                element.tag = value.tag = "span"  # 'Format: In person' on one line
                _run_end(value).addnext(etree.Element("br"))


def _run_end(value: Any) -> Any:
    """The last of the inline elements a field's value runs on in ('<span>3:30 PM</span> -
    <span>4:30 PM</span>'): the line ends after it, not after the first."""
    last = value
    for sibling in value.itersiblings():
        inline = isinstance(sibling.tag, str) and sibling.tag not in BLOCK_TAGS and sibling.tag != "br"
        if not inline or _FIELD_LABEL.search(sibling.get("class", "")):
            break
        last = sibling
    return last


_CONTACT_DETAIL = re.compile(r"contact (?:e-?mail|phone|telephone|tel\.?|number)", re.IGNORECASE)


def _join_terms(root: Any) -> None:
    """'<dt>Date:</dt><dd>October 12, 2023</dd>' as one labelled line, 'Date: October 12, 2023',
    and '<dt>Dr Jane Doe</dt><dd>Senior Fellow, X</dd>' as 'Dr Jane Doe, Senior Fellow, X'."""
    for dt in list(root.iter("dt")):
        dd = dt.getnext()
        if dd is None or dd.tag != "dd":
            continue
        term = " ".join(dt.text_content().split())
        for child in list(dt):
            dt.remove(child)
        label = match_label(f"{term.rstrip(':')}:")
        labelled = term.endswith(":") or (label is not None and not label[1])  # 'Moderator', 'Date'
        # a term over a date or a time, whatever its language: 'Datum' / 'Mittwoch, 14. Mai 2025'
        value = dd.text_content()
        labelled = labelled or (
            len(term.split()) <= 3 and bool(find_dates(value, default_year=2000) or find_times(value))
        )
        labelled = labelled or bool(_CONTACT_DETAIL.fullmatch(term))  # Localist's 'Contact Email' under 'Contact Name'
        # a field of one word ('Language' / 'English'): no person's name, and not one more part of
        # the field above ('Where' / 'Eden, Lund' then 'Language, English' read as the venue's)
        labelled = labelled or bool(re.fullmatch(r"[A-Z][a-z]+", term))
        dt.tag, dt.text = "span", f"{term.rstrip(':')}: " if labelled else f"{term}, "
        # a term's later values ('<dt>Responses</dt><dd>A (Org)</dd><dd>B (Org)</dd>') are lines of the
        # same field, one a line, not blocks apart that end it after its first
        values = [dd]
        while labelled and values[-1].getnext() is not None and values[-1].getnext().tag == "dd":
            values.append(values[-1].getnext())
        for value in values:
            value.tag = "span"
            value.addnext(etree.Element("br"))


def _role_columns(root: Any) -> None:
    """A programme table whose heading row names roles ('Time | Paper | Presenter | Discussant'):
    each cell under such a heading starts a line labelled with it ('Presenter: X (Org)'), as the
    row's cells joined by commas read as one name after a talk's title."""
    for table in root.iter("table"):
        rows = [row for row in table.iter("tr")]
        if not rows or not all(cell.tag == "th" for cell in rows[0] if isinstance(cell.tag, str)):
            continue
        headings = [" ".join(cell.text_content().split()) for cell in rows[0] if isinstance(cell.tag, str)]
        roles = {n: h for n, h in enumerate(headings) if _names_role(h)}
        for row in rows[1:] if roles else []:
            cells = [cell for cell in row if isinstance(cell.tag, str) and cell.tag in CELL_TAGS]
            if len(cells) != len(headings):
                continue  # a row spanning columns ('Session 1 – Chair: X') says its own roles
            for n, heading in roles.items():
                if cells[n].text_content().strip():
                    br = etree.Element("br")
                    br.tail, cells[n].text = f"{heading}: {cells[n].text or ''}", None
                    cells[n].insert(0, br)


def _names_a_role(cell: str) -> bool:
    """'개회사', 'Discussant': a programme cell that only names its people's role."""
    found = match_label(f"{cell.rstrip(':')}:") if cell and len(cell) <= 40 else None
    return bool(found and found[0].kind == "people" and not found[1])


def _names_role(heading: str) -> bool:
    """'Discussant', 'Chair': a column's heading of one word that gives its people a role; not
    'Speaker(s)', whose people take the role of the row's item ('Opening remarks', 'Keynote: …'),
    nor 'Chair / Speakers', whose cells say which is which ('Chair: X')."""
    found = match_label(f"{heading.rstrip(':')}:") if re.fullmatch(r"[A-Za-z-]+:?", heading) else None
    return bool(found and found[0].kind == "people" and found[0].role not in (None, "speaker") and not found[1])


def render(root: Any) -> str:
    """The element's text, one line per block element and a blank line around headings and
    paragraphs; table cells on one line, separated by commas."""
    parts: list[str] = []
    _render(root, parts)
    text = re.sub(r"[ \t]+", " ", "".join(parts))
    text = re.sub(r" ?\n ?", "\n", text)
    text = re.sub(r"(?:, )+\n|\n(?:, )+", "\n", text)
    return re.sub(r"\n{3,}", "\n\n", text).strip()


_CARD_TAGS = frozenset(("div", "li", "article", "section", "a"))
_CARD_PART_TAGS = frozenset(("h2", "h3", "h4", "h5", "h6", "p", "div", "span", "strong", "b", "em", "a"))
MAX_CARD_CHARS = 250


def _card_lines(element: Any) -> list[str] | None:
    """A speaker card ('<div><h3>Name</h3><p>Title</p><p>Organisation</p></div>'): its parts
    as lines of one paragraph, so that the name keeps its title and employer."""
    tag = element.tag if isinstance(element.tag, str) else ""
    children = [c for c in element if isinstance(c.tag, str)]
    if tag not in _CARD_TAGS or not 2 <= len(children) <= 5 or (element.text or "").strip():
        return None
    if any(c.tag not in _CARD_PART_TAGS or any(_holds_part(d, c) for d in c.iterdescendants()) for c in children):
        return None
    lines = [line for c in children for line in _rendered(c).split("\n")]  # a <br> keeps its break
    if sum(map(len, lines)) > MAX_CARD_CHARS or any((c.tail or "").strip() for c in children):
        return None
    lines = [line for line in lines if line]
    return [lines[-1], *lines[:-1]] if len(lines) > 2 and _role_badge(lines[-1]) else lines


def _holds_part(descendant: Any, part: Any) -> bool:
    """A block inside a card's part that holds only some of its text: the part has parts of its
    own. A block wrapping all of it is markup only (Drupal's '<h3><div class="field">Name</div></h3>')."""
    if not isinstance(descendant.tag, str) or descendant.tag not in BLOCK_TAGS:
        return False
    return descendant.text_content().split() != part.text_content().split()


def _role_badge(line: str) -> bool:
    """'Panellist', 'Moderator': a card's last line that only names a role, a badge under the name
    and post; read after them it would head the next card's person."""
    found = match_label(line if line.endswith(":") else f"{line}:")
    return bool(found and found[0].kind == "people" and found[0].role and not found[1])


def _row_label(element: Any) -> str | None:
    """'<tr><th>Sponsor</th><td>Korea Foundation</td></tr>': a heading cell and its value,
    rendered 'Sponsor: Korea Foundation' like a labelled line. A programme's row whose first cell
    is a role ('<td>Presentation</td><td>X (Org)<br>Y (Org)</td>') is a heading over its people,
    each on a line of their own: joined by a comma, 'Presentation, X' reads as one name."""
    cells = [c for c in element if isinstance(c.tag, str) and c.tag in CELL_TAGS]
    if element.tag != "tr" or len(cells) != 2 or cells[1].tag != "td":
        return None
    term = " ".join(cells[0].text_content().split())
    colon = "" if term.endswith(":") else ":"  # '<td>Date:</td><td>…</td>' writes its own
    if cells[0].tag == "th":
        return f"{colon} "
    found = match_label(term)
    if found and found[0].kind == "people" and not found[1]:
        return f"{colon}\n"
    # a label cell, by its class ('twEDLabel', Trumba's) or as a field the page knows ('Host', 'Contact')
    labelled = re.search(r"label$", cells[0].get("class", ""), re.IGNORECASE) or (found and not found[1])
    # or set in bold, a few words ('<td><strong>Language</strong></td><td>English</td>'): 'Language, English'
    # would read as a name written family name first
    bold = _all_bold(cells[0])
    if bold and _all_bold(cells[1]):
        return None  # a table's column headings in bold ('<td><b>Time</b></td><td><b>Item</b></td>'), no field
    labelled = labelled or (bold and len(term.split()) <= 3 and not re.search(r"\d", term))
    return f"{colon} " if labelled or (not colon and len(term.split()) <= 3) else None


def _all_bold(cell: Any) -> bool:
    """A cell whose only content is one bold element: '<td><strong>Language</strong></td>'."""
    return len(cell) == 1 and cell[0].tag in ("strong", "b") and not (cell.text or "").strip()


def _rendered(element: Any) -> str:
    parts: list[str] = []
    _render(element, parts)
    return "\n".join(" ".join(line.split()) for line in "".join(parts).split("\n") if line.strip())


_STYLED_LINE = re.compile(r"-line(?:$|\s)")  # 'eventitem-meta-address-line'; not 'line-clamp-2'


def _is_styled_line(element: Any) -> bool:
    """An inline element the style sheet shows as a line of its own: an address line."""
    return isinstance(element.tag, str) and bool(_STYLED_LINE.search(element.get("class", "")))


def _icon_label(element: Any) -> str | None:
    """'<span title="Chairpersons" class="icon-user-chairperson"></span>': an empty icon whose
    tooltip is the heading over the people beside it (Indico's event page)."""
    title = " ".join((element.get("title") or "").split())
    found = match_label(title) if title else None
    return title if found and found[0].kind == "people" and not found[1] else None


def _render(element: Any, parts: list[str]) -> None:
    tag = element.tag if isinstance(element.tag, str) else ""
    card = _card_lines(element)
    if card:
        parts.append("\n\n" + "\n".join(card) + "\n\n")
        return
    line = _is_styled_line(element)
    # (the source's indentation between two such lines is no text: 'line</span>\n  <span class="…-line">')
    if tag == "br" or (line and not "".join(parts[-2:]).rstrip(" ").endswith("\n")):
        parts.append("\n")
    elif tag in BLOCK_TAGS:
        parts.append("\n\n" if tag in SPACED_TAGS else "\n")
    if element.text and tag:
        parts.append(re.sub(r"\s+", " ", element.text))
    elif tag and not len(element) and _icon_label(element):
        parts.append(f"\n{_icon_label(element)}:\n")
    labelled = _row_label(element)
    cell_start, cells = len(parts), 0
    for child in element:
        is_cell = isinstance(child.tag, str) and child.tag in CELL_TAGS
        if is_cell and cells and parts[-1:] != ["\n"]:  # between cells, not before a row's only one
            # a cell after one of several lines ('Panel 1<br>Chair: X' | 'A<br>B') starts a line:
            # its first line is no part of the other cell's last
            parts.append("\n" if "\n" in "".join(parts[cell_start:]).strip() else labelled or ", ")
        cell_start, cells = len(parts), cells + is_cell
        _render(child, parts)
        if child.tail:
            parts.append(re.sub(r"\s+", " ", child.tail))
    if tag in BLOCK_TAGS or line:
        parts.append("\n\n" if tag in SPACED_TAGS else "\n")
