"""Metadata: what the input stated (a page's meta, a feed entry, a JSON line) is kept; what
the layout shows fills the rest.

The outlet is, in order: the outlet the input gave, as written ("BBC News" in a JSON line
stays "BBC News"; a site name with a tagline, "Gulf News: Latest UAE news", is mapped to the
outlet table, and an HTML page's site name is mapped when the page is read); the URL's
outlet, or the given host's; a line of the text naming its publisher ("Source: Al Jazeera and
news agencies", "© 2025 NPR"); the outlet a byline names; the host the input gave; the wire
of a dateline; the outlet speaking of itself ("Sky News understands"); and last the URL's
registered domain.
"""

from __future__ import annotations

import re
from datetime import date

from according.article.lines import _clean_name, _Reading, _Stamp, _without_role
from according.article.pubtime import (
    ZONELESS_FROM,
    dated_dateline,
    outlet_home_style,
    published_at_home,
    zoneless_clock,
)
from according.article.scraped import _style_in_stamps
from according.data import article_rules as R
from according.data.article_regional import PUBLISHING_HOUSE
from according.data.article_revisions import WIRE_VERSION_PREFIX
from according.outlets import (
    is_titled_site_name,
    outlet_in_site_name,
    outlet_named,
    outlet_of_url,
    registered_domain,
)
from according.read.dates import (
    DateStyle,
    date_style,
    published_local,
    published_utc,
    stamp_as_written,
)
from according.read.page_names import label_site_outlet
from according.records import Metadata

OUTLET_LABEL_MIN_CHARS = 4  # a shorter domain label ("ft", "abc") spells too many names
MASTHEAD_TOP_LINES = 3  # a scraped page's masthead is among its first lines


def _metadata(text: str, reading: _Reading, hints: Metadata | None, url: str | None) -> Metadata:
    hints = hints or Metadata()
    published, published_text, published_timex3, published_from = _published_in_full(
        text, reading, hints, url)
    credits = _spaced_names(text, list(dict.fromkeys([*reading.credits, *hints.credits,
                                                      *_wires_in_byline(hints.byline)])))
    outlet = _outlet(text, reading, hints, url)
    # an outlet as the input stated it keeps its spelling ("KHAOSODENGLISH", "HawaiiNewsNow"
    # in a JSON line's sitename): only a name read from the text is respelt (review 1127h)
    if outlet and outlet not in (hints.outlet or ""):
        outlet = _cased_name(text, _spaced_names(text, [outlet])[0])
    # "ECONOMYNEXT – Sri Lanka's central bank …": the outlet's own name opens the story as a
    # wire's would, and names no place
    dateline = None if _spells_domain(reading.dateline, url) else reading.dateline
    byline = _people(clean_byline(hints.byline), outlet) or _people(reading.byline, outlet)
    # "By RFA Burmese", "Devdiscourse News Desk": the outlet's own service or desk is no
    # writer, and no credit either (as "MEE staff", "Tribune Desk" are not)
    byline = tuple(n for n in byline if not _is_own_desk(n, outlet))
    # round 25: "Danyelle Khmara Arizona Daily Star" (BLOX's author field)
    byline = tuple(dict.fromkeys(_without_own_outlet(n, outlet) for n in byline))
    # round 26: "Amu" for "Amu TV", "Al-Masdar Online - Exclusive": the house's own name,
    # without its media word or with a label after a dash, is no writer
    byline = tuple(n for n in byline if not _is_house_name(n, outlet))
    credits = _own_initials_named(credits, outlet)
    credits = _with_first_publishers(credits, reading.republished_from, outlet)
    return Metadata(
        headline=_without_version_label(
            hints.headline or _without_shared_site_name(reading.headline, text)),
        standfirst=reading.standfirst or hints.standfirst,
        byline=byline,
        dateline=dateline or hints.dateline,
        published=published,
        published_text=published_text,
        outlet=outlet,
        credits=tuple(credits),
        language=hints.language,
        published_timex3=published_timex3,
        published_from=published_from,
    )


def _published(
    reading: _Reading, hints: Metadata, url: str | None
) -> tuple[str | None, str | None]:
    """The time the input gave, else the best stamp the text shows; (UTC, as written)."""
    if hints.published:
        return published_utc(hints.published), hints.published_text
    style = date_style(url) if url else (_masthead_home_style(reading)
                                         or _style_in_stamps(reading.stamps))
    stamp = _chosen_stamp(reading.stamps, style)
    if stamp is None:
        return _day_in_url(url), None
    return published_utc(stamp, style=style), stamp


def _published_in_full(
    text: str, reading: _Reading, hints: Metadata, url: str | None
) -> tuple[str | None, str | None, str | None, str | None]:
    """`_published`, and where `published` cannot hold the time whole (article/pubtime.py)
    its TIMEX3 value and what it rests on: a text copy's clock in no known zone is read as
    written (in the outlet's home zone where the table knows it); a wire dateline's day without
    a year is dated only by a year the copy or its container gives."""
    published, published_text = _published(reading, hints, url)
    if hints.published or published_text is not None:
        if hints.published or published is None or url is not None or reading.stamp_clock_utc:
            return published, published_text, None, None  # as given; an address's zone; UTC
        return _zoneless_published(text, reading, hints, published, published_text)
    if published is not None or reading.dateline_day is None:
        return published, published_text, None, None  # the address's day, or nothing
    day, timex3, rests_on = dated_dateline(reading.dateline_day, text, hints.retrieved)
    return day, reading.dateline_day if day else None, timex3, rests_on


def _zoneless_published(
    text: str, reading: _Reading, hints: Metadata, published: str, stamp: str
) -> tuple[str | None, str | None, str | None, str | None]:
    """A text copy's stamp without an address: as read, unless it shows a clock in no zone
    its masthead or stamps tell; then in the outlet's home zone where the table knows it
    ("Daily Express": London), else as written (UTC) with the zoneless clock beside it."""
    style = _masthead_home_style(reading) or _style_in_stamps(reading.stamps)
    zoneless = zoneless_clock(stamp, style)
    if zoneless is None:
        return published, stamp, None, None
    outlet = _outlet(text, reading, hints, None)
    home = outlet_home_style(outlet, style)
    if home is not None:
        zone = home.home_zone or R.COUNTRY_ZONES.get(home.country or "")
        return (published_at_home(stamp, home), stamp, None,
                f"stamp without a zone: in the home zone of {outlet} ({zone})")
    as_written, clock = zoneless
    return as_written, stamp, clock, ZONELESS_FROM


def _title_of_publishing_house(name: str) -> str:
    """A publisher given as its company's name around a title the outlet table knows
    ("Ediciones EL PAÍS" -> "El País", round 35); else the name as given."""
    house = PUBLISHING_HOUSE.match(name)
    title = house and (house.group("title") or house.group("title2"))
    known = outlet_named(title) if title else None
    return known.name if known else name


def _masthead_home_style(reading: _Reading) -> DateStyle | None:
    """Without an address, the date style of the site of the outlet whose name heads the
    text, when the outlet table knows its site and that site's country or zone is known (a
    channel post "ZimLive, [14/03/2025 11:12]": Harare's time, as on zimlive.com)."""
    known = outlet_named(reading.masthead) if reading.masthead else None
    if known is None or not known.domains:
        return None
    style = date_style(f"https://{known.domains[0]}/")
    return style if style.country or style.home_zone else None


def _day_in_url(url: str | None) -> str | None:
    """The day the page's address files it under, at midnight UTC as a day alone is read;
    only where the text shows no stamp of its own."""
    match = R.URL_DAY.search(url or "")
    if match is None:
        return None
    try:  # "/2025/02/31/" names no day
        day = date(int(match["y"]), int(match["m"]), int(match["d"]))
    except ValueError:
        return None
    return f"{day.isoformat()}T00:00:00+00:00"


def _chosen_stamp(stamps: list[_Stamp], style: DateStyle) -> str | None:
    """The stamp of first publication: "Originally published" before a plain stamp, before
    "Posted", before "Updated"; a stamp giving only the day yields to another, not an update,
    that gives the time on that same day ("Published On 4 Feb 2025" / "4 Feb 2025 08:15 GMT").
    Returned as `stamp_as_written` gives it."""
    readable = [(s, local) for s in stamps
                if (local := published_local(s.text, style=style)) is not None]
    if not readable:
        return None
    best, local = min(readable, key=lambda pair: pair[0].rank)
    if not R.TIME_IN_STAMP.search(best.text):
        for other, when in readable:
            if other.rank <= 1 and R.TIME_IN_STAMP.search(other.text) \
                    and when.date() == local.date():
                best = other
                break
    return stamp_as_written(best.text)


def _people(names: tuple[str, ...] | list[str], outlet: str | None) -> tuple[str, ...]:
    """The byline's names without the outlet's own (a feed's creator "Mexico News Daily" on
    the paper's staff stories is no writer)."""
    own = _norm_name(outlet) if outlet else None
    return tuple(n for n in names if _norm_name(n) != own)


def _norm_name(name: str) -> str:
    return re.sub(r"^the ", "", " ".join(name.lower().split()))


def _wires_in_byline(names: tuple[str, ...]) -> list[str]:
    """The wires a page's or feed's author field names among its writers ("REUTERS",
    "JERUSALEM POST STAFF"): credits, as a byline line naming them is."""
    out = []
    for raw in names:
        said = R.BYLINE_PREFIX.sub("", raw).strip().upper()
        # a wire named in full ("Associated Press") as in its initials ("AP")
        wire = R.WIRES.get(said) or R.WIRE_BY_NAME.get(re.sub(r"^THE ", "", said))
        if wire:
            known = outlet_named(wire)
            out.append(known.name if known else wire)
    return out


def clean_byline(names: tuple[str, ...]) -> tuple[str, ...]:
    """Author names as a page or feed gives them, without "By", job titles, affiliations or
    desks ("Megan Ellwood Local Democracy Reporter" -> "Megan Ellwood", "Richard Yarnell,
    Associate Professor, Nottingham Trent University" -> "Richard Yarnell", "Al Jazeera Staff"
    -> nothing)."""
    out = []
    for raw in (w for field in names for w in _writers_in_field(field)):
        raw = _without_outlet_after_dash(raw)
        name = _clean_name(R.BYLINE_PREFIX.sub("", raw.split(",")[0].split(" | ")[0]))
        desk = R.AGENCY_BYLINE.match(name)
        if desk and desk.group("outlet") is None:
            continue  # "Our Special Correspondent": a desk whole, before a role is cut off
        name = _without_role(name)[0]
        if _is_desk_words(name):
            continue  # "Editors, USA TODAY", "Staff, The Post": the desk, the paper after it
        agency = R.OUTLET_DESK_BYLINE.match(name) or R.AGENCY_BYLINE.match(name)
        if not name or R.DESK_CODE.match(name) or name.upper() in R.WIRES or agency and (
                agency.group("outlet") is None or agency.group("desk")
                or outlet_named(agency.group("outlet"))):
            continue
        out.append(name)
    return tuple(dict.fromkeys(out))


def _is_desk_words(name: str) -> bool:
    """A name of desk or role words alone ("Editors", "Staff", "News Desk", "Web Team"): a
    newsroom, no writer."""
    words = [w.lower().strip(".") for w in name.split()]
    return bool(words) and all(w in R.ROLE_NOUNS or w in OWN_DESK_WORDS for w in words)


def _writers_in_field(field: str) -> list[str]:
    """One author field naming several writers with commas ("Ólöf Rún Erlendsdóttir, Oddur
    Þórðarson", a feed's dc:creator), writer by writer; a field with a role, an affiliation
    or an outlet after its comma ("Ann Roe, Political Editor", "Ann Roe, Reuters") stays
    whole, for the comma cut that follows."""
    if "," not in field:
        return [field]
    # "Ann Roe, Ben Hale and Lin Wu": the last writer after "and" is one more
    people = [p.strip() for p in _WRITER_JOINS.split(field) if p.strip()]
    # "Ann Roe, Ben Hale, Reuters": the wire or outlet the writers filed for closes the field
    if len(people) > 2 and _is_wire_or_outlet(people[-1]):
        people = people[:-1]
    if len(people) > 1 and all(_is_bare_name(p) for p in people) and not any(
            _is_place_or_affiliation(p) for p in people):
        return people
    return [field]


_WRITER_JOINS = re.compile(r",\s*(?:and\s+|&\s*)?|\s+(?:and|&)\s+")


def _is_wire_or_outlet(text: str) -> bool:
    said = text.upper()
    return said in R.WIRES or said.removeprefix("THE ") in R.WIRE_BY_NAME or bool(
        outlet_named(text))


def _is_place_or_affiliation(text: str) -> bool:
    """A piece after a writer's comma that names where they filed from ("New Delhi", "Tel
    Aviv") or the institution or title they write under ("Chatham House", "Senior Fellow"):
    no second writer, unless it opens with a first name ("Ann Roe, Ben Hale")."""
    words = text.split()
    if words[0] in R.FIRST_NAMES:
        return False
    return text.lower() in R.PLACES or any(
        w in R.ORG_WORDS or w.lower() in R.AFFILIATION_WORDS for w in words)


def _is_bare_name(text: str) -> bool:
    """Two to four capitalised words, no digit, no role word, no outlet or agency: a person's
    name."""
    words = text.split()
    return (2 <= len(words) <= 4 and all(w[:1].isupper() for w in words)
            and not any(c.isdigit() for c in text) and not outlet_named(text)
            and not R.AGENCY_WORDS.search(text)
            and not any(w.lower().strip(".") in R.ROLE_NOUNS for w in words))


def _without_outlet_after_dash(name: str) -> str:
    """An author field without the paper after a spaced dash ("Wanga Gwede - Nyasa Times", a
    WordPress feed's creator): the part after it is cut when it is an outlet's name."""
    parts = re.split(r"\s+[-–—]\s+", name, maxsplit=1)
    if len(parts) < 2:
        return name
    tail = parts[1].strip()
    return parts[0] if outlet_named(tail) or R.OUTLET_SHAPE.match(tail) else name


def _outlet(text: str, reading: _Reading, hints: Metadata, url: str | None) -> str | None:
    """The outlet, by the cascade in the module docstring."""
    given = _without_own_initials(hints.outlet) if hints.outlet else None
    given = _title_of_publishing_house(given) if given else None
    if given and not _is_host(given):
        # round 29: a site name that is only its address's label, the address given beside
        # the page ("koreatimes" on koreatimes.co.kr, a page naming no address of its own)
        # (a name in the input's own spelling, "HawaiiNewsNow", "KHAOSODENGLISH", or one the
        # table knows, "Nation" on nation.africa in a JSON line, stays)
        if (given[1:].islower() and outlet_named(given) is None
                and (labelled := label_site_outlet(given, url)) is not None):
            return labelled
        titled = is_titled_site_name(given)
        known = outlet_in_site_name(given) if titled else None
        # a site name with a section we do not know ("Anadolu Ajansı - World") yields to the
        # outlet of the page's address
        known = known or (outlet_of_url(url) if titled else None)
        if known:
            return known.name
        tagged = R.SITE_NAME_WITH_TAGLINE.match(given) if titled else None
        if tagged:
            return tagged.group("name")
        # round 26: "Mizzima Myanmar News and Insight" on mizzima.com
        return _site_name_without_tagline(given, registered_domain(url)) or given
    found = outlet_of_url(url) or (outlet_of_url(f"https://{given}") if given else None)
    if found:
        return found.name
    by_known = reading.byline_outlet if reading.byline_outlet and outlet_named(
        reading.byline_outlet) else None
    # a masthead shortened to the address comes first: "IPS News" further down is a byline's
    spelled = (_masthead_abbreviating_domain(text, registered_domain(url))
               or _outlet_spelling_domain(text, registered_domain(url))
               or _domain_as_written(text, registered_domain(url))
               or _lower_case_brand_line(text, registered_domain(url))
               or _masthead_with_state_code(text, registered_domain(url)))
    spelled = _table_name_of_capitals(spelled)
    # the page's own name for its address ("© 2025 Harbour Gazette" on harbourgazette.co.uk)
    # comes before the wire its byline names ("By Ann Roe" / "Associated Press")
    named = _outlet_in_lines(reading.outlet_lines)
    # a paper the table does not know, named in the byline ("Helen Flores - The Philippine
    # Star"), comes after the page's own spelling of its domain
    shaped = reading.byline_outlet
    # the paper's name printed over the page publishes it, whatever wire its byline or its
    # copyright line names ("Altiplano Times" over an AP story it carries)
    masthead = reading.masthead and (getattr(outlet_named(reading.masthead), "name", None)
                                     or reading.masthead)
    if masthead and spelled and _letters(masthead) != _letters(spelled):
        masthead = None  # a kicker in a paper's shape ("Money Mail"), not the address's paper
    if masthead and _masthead_of_another_site(masthead, url, given):
        masthead = None  # "Reuters" in the menu of a page on harbourgazette.com (review 1127h)
    # a site given by its host publishes the page, whichever wire its dateline credits
    # a host given for the name ("armenpress.am", news-please's source_domain) yields to the
    # page's own spelling of it ("Follow the Cyprus Mail …") or the wire that spells it
    # ("YEREVAN, SEPTEMBER 26, ARMENPRESS.")
    # ("TheList.com", a site name written as its host, is the name it gives itself)
    if given and _is_host(given) and given == given.lower():
        return (masthead or named or spelled or _wire_spelling_domain(reading.wire, url)
                or given)
    return (masthead or named or given or spelled or by_known or shaped or reading.wire
            or _outlet_in_text(text) or registered_domain(url))


def _table_name_of_capitals(name: str | None) -> str | None:
    """A masthead in capitals spelling the address ("THE TIMES" on thetimes.com) as the table
    names its outlet ("The Times"; round 32): one outlet, one name, however a page sets it."""
    known = outlet_named(name) if name and name.isupper() else None
    return known.name if known else name


def _masthead_of_another_site(masthead: str, url: str | None, given: str | None) -> bool:
    """A masthead naming an outlet the table knows with its sites, over a page on none of them
    (the address's, or the host given for the outlet): a wire or a partner in the page's
    menu, not its publisher. A site of the same name under another suffix ("aljazeera.net")
    and an address holding the outlet's own ("web.archive.org/web/…/reuters.com/…") are its."""
    known = outlet_named(masthead)
    host = given if given and _is_host(given) else None
    page = registered_domain(url) or (registered_domain(f"https://{host}") if host else None)
    if known is None or not known.domains or page is None:
        return False
    label = page.split(".")[0]
    return not any(d.split(".")[0] == label or d in (url or "") for d in known.domains)


def _wire_spelling_domain(wire: str | None, url: str | None) -> str | None:
    """The wire a dateline names when its letters are the page's domain's (the agency's own
    site)."""
    return wire if wire and _spells_domain(wire, url) else None


def _without_own_initials(name: str) -> str:
    """A site name without its initials after it ("Hong Kong Free Press HKFP" -> "Hong Kong
    Free Press"): the feed's title says the name twice."""
    *words, last = name.split() or [""]
    initials = "".join(w[0] for w in words if w[:1].isupper())
    if len(words) >= 2 and last.isupper() and last == initials:
        return " ".join(words)
    return name


def _outlet_spelling_domain(text: str, domain: str | None) -> str | None:
    """The name the page gives itself whose letters spell its domain ("KARE 11" on kare11.com,
    "The New Indian Express" on newindianexpress.com, "Newcastle Herald" on
    newcastleherald.com.au): two capitalised words or more, or one in capitals ("WRAL"), "The"
    kept when capitalised."""
    label = _domain_letters(domain)
    if len(label) < OUTLET_LABEL_MIN_CHARS:
        return _short_label_newsroom(text, label)
    for match in R.CAPITALISED_RUN.finditer(text):
        words = match.group().split()
        for i in range(len(words)):
            spelled = ""
            for j in range(i, len(words)):
                spelled += re.sub(r"[^a-z0-9]", "", words[j].lower())
                if not label.startswith(spelled):
                    break
                # one word only in capitals: a call sign ("WRAL" on wral.com), never a plain
                # word ("Stuff" on stuff.co.nz)
                # a one-word name with a capital inside it ("InDaily" on indaily.com.au,
                # "ThePrint" on theprint.in) is a name as surely as a capitals one
                if spelled == label and (j > i or words[i].isupper()
                                         or R.INTERCAPPED_WORD.match(words[i])):
                    the = i > 0 and words[i - 1] == "The"
                    # "The West Australian" alone on its line on thewest.com.au: the whole
                    # line is the paper's name, not its first two words
                    # round 33: "Vanuatu Daily Post" atop a copy on dailypost.vu: a name line
                    # among the copy's first lines that the domain's words close is the
                    # masthead, the paper's full name
                    closing = j == len(words) - 1 and _in_top_lines(text, match.start())
                    if _is_name_line(text, match) and (not i or the or closing):
                        return match.group().rstrip(".,;:")
                    return " ".join(words[i - 1 if the else i:j + 1]).rstrip(".,;:")
    return None


# A phone browser's share as text: the page's title, then its address on a line of its own.
SHARED_ADDRESS_LINE = re.compile(r"^https?://\S+$", re.MULTILINE)
SHARED_ADDRESS_SEARCH_CHARS = 600


def _without_shared_site_name(headline: str | None, text: str) -> str | None:
    """A shared title without the site's name after its separator ("Gangs drive … - The
    Haitian Times" over "https://haitiantimes.com/…"): cut only when the name spells the
    shared address's domain, so a headline's own dash ("Gaza - a year on") stays."""
    if not headline:
        return headline
    address = SHARED_ADDRESS_LINE.search(text[:SHARED_ADDRESS_SEARCH_CHARS])
    parts = re.split(r"\s+[|–—-]\s+", headline)
    if not address or len(parts) < 2:
        return headline
    label = _domain_letters(registered_domain(address.group()))
    if len(label) >= OUTLET_LABEL_MIN_CHARS and _letters(parts[-1]) == label:
        return headline[:headline.rindex(parts[-1])].rstrip(" |–—-")
    return headline


def _domain_letters(domain: str | None) -> str:
    """The letters a domain's name spells: its first label without hyphens, which join its
    words ("myanmar-now.org" spells "Myanmar Now", "oc-media.org" "OC Media")."""
    return (domain or "").split(".")[0].replace("-", "")


def _masthead_abbreviating_domain(text: str, domain: str | None) -> str | None:
    """The name alone on one of the page's first lines whose domain shortens it: its initials
    ("New Straits Times" on nst.com.my, "Inter Press Service" on ipsnews.net), its first
    initial and last word ("Business Recorder" on brecorder.com) or its letters and a country's
    two ("New Age" on newagebd.net). Only a masthead line: elsewhere initials spell too much."""
    label = domain.split(".")[0] if domain else ""
    if len(label) < 3 or not label.isalpha():
        return None
    for line in [ln.strip() for ln in text.splitlines() if ln.strip()][:MASTHEAD_TOP_LINES]:
        # a masthead in capitals ("IMPHAL FREE PRESS") is the name in its words' case
        line = line.title() if line.isupper() and " " in line else line
        if not R.MASTHEAD_NAME.match(line):
            continue
        words = [w.lower() for w in line.split()]
        initials = "".join(w[0] for w in words)
        joined = "".join(words)
        shortened = {initials, initials + "news", words[0][0] + "".join(words[1:])}
        if label in shortened or (label.startswith(joined) and len(label) == len(joined) + 2
                                  and len(joined) >= 6):
            return line
    return None


# A US state's postal code, as newsrooms named after their state shorten it in their address
# ("Louisiana Illuminator" on lailluminator.com, "Arizona Mirror" on azmirror.com).
_STATE_CODES = dict(zip(
    "alabama alaska arizona arkansas california colorado connecticut delaware florida georgia"
    " hawaii idaho illinois indiana iowa kansas kentucky louisiana maine maryland massachusetts"
    " michigan minnesota mississippi missouri montana nebraska nevada ohio oklahoma oregon"
    " pennsylvania tennessee texas utah vermont virginia washington wisconsin wyoming".split(),
    "al ak az ar ca co ct de fl ga hi id il in ia ks ky la me md ma mi mn ms mo mt ne nv oh ok"
    " or pa tn tx ut vt va wa wi wy".split(), strict=True))


def _masthead_with_state_code(text: str, domain: str | None) -> str | None:
    """The name alone on one of the page's first lines whose address writes its state as the
    postal code ("Louisiana Illuminator" on lailluminator.com), round 29."""
    label = domain.split(".")[0] if domain else ""
    if len(label) < OUTLET_LABEL_MIN_CHARS or not label.isalpha():
        return None
    for line in [ln.strip() for ln in text.splitlines() if ln.strip()][:MASTHEAD_TOP_LINES]:
        words = line.split()
        if (len(words) < 2 or not R.MASTHEAD_NAME.match(line)
                or (code := _STATE_CODES.get(words[0].lower())) is None):
            continue
        if label == code + "".join(w.lower() for w in words[1:]):
            return line
    return None


def _short_label_newsroom(text: str, label: str) -> str | None:
    """A short domain's letters in capitals and a newsroom's word ("CPR News" on cpr.org):
    the name the page gives itself; the letters alone spell too many things."""
    if len(label) < 2 or not label.isalpha():
        return None
    match = re.search(rf"\b{label.upper()} {R.NEWSROOM_WORD}\b", text)
    return match.group() if match else None


def _in_top_lines(text: str, start: int) -> bool:
    """The offset is on one of the copy's first non-blank lines (MASTHEAD_TOP_LINES)."""
    return len([ln for ln in text[:start].splitlines() if ln.strip()]) < MASTHEAD_TOP_LINES


def _is_name_line(text: str, match: re.Match[str]) -> bool:
    """The capitalised run is a line of its own (a paper's name under the byline)."""
    before = text.rfind("\n", 0, match.start()) + 1
    after = text.find("\n", match.end())
    line = text[before:after if after >= 0 else len(text)]
    return line.strip() == match.group().strip() and R.OUTLET_SHAPE.match(line.strip()) is not None


def _spells_domain(name: str | None, url: str | None) -> bool:
    """The name's letters are the page's domain's ("ECONOMYNEXT" on economynext.com)."""
    label = _domain_letters(registered_domain(url))
    return bool(name) and len(label) >= OUTLET_LABEL_MIN_CHARS and re.sub(
        r"[^a-z0-9]", "", (name or "").lower()) == label


def _domain_as_written(text: str, domain: str | None) -> str | None:
    """The page's domain as the page writes it, in capitals and small letters both ("By
    Carter Williams, KSL.com" on ksl.com): the outlet's own spelling of its name."""
    if not domain:
        return None
    for match in re.finditer(rf"(?<![\w.@/]){re.escape(domain)}(?![\w-])", text, re.IGNORECASE):
        said = match.group()
        if any(c.isupper() for c in said) and any(c.islower() for c in said):
            return said
    return None


SITE_TAGLINE_MIN_WORDS = 3  # "Sky News" on news.sky.com keeps its "News"


def _site_name_without_tagline(site_name: str, domain: str | None) -> str | None:
    """A site name's leading words when they spell the page's domain and a tagline of three
    words or more about news follows with no separator ("Mizzima Myanmar News and Insight" on
    mizzima.com -> "Mizzima"), else None."""
    label = re.sub(r"[^a-z0-9]", "", domain.split(".")[0].lower()) if domain else ""
    if len(label) < OUTLET_LABEL_MIN_CHARS:
        return None
    words = site_name.split()
    spelled = ""
    for i, word in enumerate(words):
        spelled += re.sub(r"[^a-z0-9]", "", word.lower())
        if spelled == label:
            rest = words[i + 1:]
            tagline = len(rest) >= SITE_TAGLINE_MIN_WORDS and any(
                w.lower() in ("news", "insight", "analysis") for w in rest)
            return " ".join(words[: i + 1]) if tagline else None
        if not label.startswith(spelled):
            return None
    return None


LOWER_BRAND_TOP_LINES = 5  # a copy's masthead sits among its first lines


def _lower_case_brand_line(text: str, domain: str | None) -> str | None:
    """The domain's name printed alone on one of the copy's first lines in small letters, as
    the house styles its brand ("hromadske" on hromadske.ua, "borkena" on borkena.com): the
    outlet's own spelling of its name, not its address."""
    label = domain.split(".")[0] if domain else ""
    if len(label) < OUTLET_LABEL_MIN_CHARS:
        return None
    top = [ln.strip() for ln in text.splitlines() if ln.strip()][:LOWER_BRAND_TOP_LINES]
    return label if label in top else None


def _is_host(name: str) -> bool:
    return "." in name and " " not in name


def _outlet_in_lines(lines: list[str]) -> str | None:
    """The publisher a furniture line names: "Source: OCHA", "Published in Dawn, …"."""
    for line in lines:
        for pattern in R.OUTLET_LINES:
            match = pattern.match(line)
            if match:
                said = _clean_name(match.group("outlet"))
                known = outlet_in_site_name(said)
                if known:
                    return known.name
    return None


def _outlet_in_text(text: str) -> str | None:
    """The outlet speaking of itself: "Sky News understands", "Independent readers", "told
    The Independent"."""
    for match in R.OUTLET_UNDERSTANDS.finditer(text):
        known = outlet_named(match.group("outlet"))
        if known and not known.plain_word:
            return known.name
    for pattern in R.OUTLET_SELF:
        for match in pattern.finditer(text):
            said = match.group("outlet")
            known = outlet_named(said)
            name = known.name if known else (said if said.startswith("The ") else None)
            if name is None:
                continue
            third = R.OUTLET_THIRD_PARTY.format(o=re.escape(said))
            if not re.search(third, text, re.IGNORECASE):
                return name
    return None


def _letters(name: str) -> str:
    """A name's letters, lower case, without a leading "the"."""
    return re.sub(r"[^a-z0-9]", "", re.sub(r"^the\s+", "", name.lower()))


_INTERCAPS = re.compile(r"^[A-Z][a-z]+(?:[A-Z][a-z]+){1,3}$")


def _spaced_names(text: str, names: list[str]) -> list[str]:
    """Names with a station's name run together ("HawaiiNewsNow", as its dateline's brackets
    print it) written as the page spells it elsewhere ("Copyright 2023 Hawaii News Now"),
    once: the words apart are the name, the run-together form is the site's tag."""
    out: list[str] = []
    for name in names:
        if _INTERCAPS.match(name):
            spaced = " ".join(re.findall(r"[A-Z][a-z]+", name))
            if re.search(rf"(?<![\w-]){re.escape(spaced)}(?![\w-])", text):
                name = spaced
        if name not in out:
            out.append(name)
    return out


CASED_NAME_MIN_CHARS = 8  # shorter capitals are call signs and initials ("WRAL", "UNICEF")


def _cased_name(text: str, name: str) -> str:
    """A name the page spelt in capitals ("DEVDISCOURSE" in a box's heading, "ARMENPRESS" in
    a dateline) as a wire's name or the page's own spelling in small letters elsewhere
    ("Devdiscourse News Desk"); a name the outlet table knows stays as it is."""
    if not (name.isupper() and len(name) >= CASED_NAME_MIN_CHARS and " " not in name) or (
            outlet_named(name)):
        return name
    if name in R.WIRES:
        return R.WIRES[name]
    # (not the name inside a host, an address or a link: "www.devdiscourse.com",
    # "desk@devdiscourse.com" spell the domain, not the name; review 1127h)
    for match in re.finditer(rf"(?<![\w@./-]){re.escape(name)}(?![\w@/-]|\.\w)", text,
                             re.IGNORECASE):
        if not match.group().isupper():
            return match.group()
    return name


OWN_DESK_MAX_WORDS = 4  # "RFA Burmese", "Devdiscourse News Desk"
OWN_DESK_INITIALS_MIN = 3  # "RFA", "IFP"; two letters open writers' names too ("AJ")
# The words naming a newsroom's desk or staff after the outlet's name ("Dawn Report",
# "Devdiscourse News Desk", "IFP Bureau").
OWN_DESK_WORDS = frozenset(
    "desk staff bureau news service services team report reports reporter reporters"
    " correspondent correspondents web digital online newsroom editors editorial writers"
    " wire agencies monitoring".split())


def _initials(name: str | None) -> str:
    """The capitals opening a name's words ("Agence de Presse Africaine" -> "APA"); empty for
    a name of one word."""
    words = (name or "").split()
    letters = "".join(w[0] for w in words if w[0].isupper())
    return letters if len(letters) >= 2 else ""


def _is_own_desk(name: str, outlet: str | None) -> bool:
    """A byline name that is the outlet's own desk or service: its first word the outlet's
    name or initials, a few words in all."""
    words = name.split()
    if not outlet or not 2 <= len(words) <= OWN_DESK_MAX_WORDS:
        return False
    first, initials = words[0].lower(), _initials(outlet).lower()
    # round 35: the outlet's whole name of several words before the desk's ("ABC7 Chicago
    # Digital Team" on ABC7 Chicago)
    own = outlet.lower().split()
    if len(own) > 1 and [w.lower() for w in words[:len(own)]] == own and len(words) > len(own):
        return all(w.lower() in OWN_DESK_WORDS for w in words[len(own):])
    if first not in (outlet.lower(), initials):
        return False
    # "Dawn Foster" on Dawn, "AJ Willingham" on Al Jazeera (review 1127h): a writer's first
    # name that is the outlet's one word or two initials; a desk says so ("Dawn Report"), a
    # service opens with its longer initials ("RFA Burmese")
    return (any(w.lower() in OWN_DESK_WORDS for w in words[1:])
            or (first == initials and len(initials) >= OWN_DESK_INITIALS_MIN))


def _is_house_name(name: str, outlet: str | None) -> bool:
    """A byline name that is the outlet's own: the whole name with a label after a dash ("Al-
    Masdar Online - Exclusive"), or the name without one closing media word ("Amu" for "Amu
    TV", "Horseed" for "Horseed Media"); a name of the outlet's leading words that leaves more
    than a media word ("Google" for "Google Online Security Blog") may be a writer's."""
    if not outlet:
        return False
    head = R.HOUSE_NAME_LABEL.sub("", name).strip().lower()
    own = re.sub(r"^the ", "", outlet.strip(), flags=re.IGNORECASE).lower()
    if head == own and head != name.strip().lower():
        return True
    short = R.HOUSE_MEDIA_WORD.sub("", own).strip()
    return bool(short) and short != own and head == short


def _without_own_outlet(name: str, outlet: str | None) -> str:
    """A writer's name without the outlet's name run on after it with no comma or dash ("Name
    Arizona Daily Star": a CMS joining the writer's and the paper's names in one author field),
    when a person's name of two to four words is left."""
    # an outlet of one word closing a name of three is as likely the writer's surname ("Mary
    # Ann Forbes" on Forbes): a run-on outlet is a paper's name of two words or more (review
    # 1127i)
    if not outlet or len(outlet.split()) < 2:
        return name
    words, own = name.split(), outlet.split()
    if len(words) <= len(own) or [w.lower() for w in words[-len(own):]] != [
            w.lower() for w in own]:
        return name
    rest = " ".join(words[: -len(own)])
    return rest if _is_bare_name(rest) else name


# A column's or partner's label in brackets before a headline: "[Project Syndicate] The real
# cost of a tariff truce", "[Interview] …" (a label of a few words, a headline after it).
_BRACKET_LABEL = re.compile(r"^\[[^\[\]]{2,40}\]\s+(?=(?:\S+\s+){2}\S)")


def _without_version_label(headline: str | None) -> str | None:
    """The headline without a wire's version prefix ("UPDATE 2-", "CORRECTED-", "REFILE-")
    or a bracketed column label before it: the story's headline is the same in every
    version of it."""
    if not headline:
        return headline
    return _BRACKET_LABEL.sub("", WIRE_VERSION_PREFIX.sub("", headline)) or headline


def _with_first_publishers(credits: list[str], first_ran: list[str],
                           outlet: str | None) -> list[str]:
    """Credits with the publishers republishing notes name as where the story first ran,
    except the page's own outlet (The Conversation's feed prints "This article is republished
    from The Conversation …" under its own stories)."""
    return list(dict.fromkeys([*credits, *(n for n in first_ran if n != outlet)]))


def _own_initials_named(credits: list[str], outlet: str | None) -> list[str]:
    """Credits with the outlet's initials ("APA" in its own dateline, "RFA") written as the
    outlet's name, once each."""
    initials = _initials(outlet)
    named = [outlet if outlet and initials and c == initials else c for c in credits]
    return list(dict.fromkeys(named))
