"""Copies of whole pages: what a copy of a real page keeps around its story besides the
header, read where the header reader took the wrong line.

A copy of a whole page keeps the site's menus, share buttons, slogan and author boxes: the
headline then stands under a menu's items, a writer's name comes glued to a social button,
several writers stand a line each under "By", and a paper's own account signs the page over
the writers' names. Each reader here tries one of those and leaves the reading as it was
when the text does not show it (bench/eval_scraped_text.py measures them on public sets).
"""

from __future__ import annotations

from according.article.body import line_kind
from according.article.byline import _is_role, _read_byline
from according.article.lines import (
    _clean_name,
    _is_furniture,
    _is_prose,
    _Line,
    _norm,
    _Reading,
    _without_role,
    _words,
)
from according.article.scraped import (
    SENTENCE_HEADLINE_MAX_WORDS,
    SWEEP_LINES,
    _byline_at,
    _is_byline_line,
    _is_headline_shape,
    _is_kicker,
    _is_lede,
    _is_name_line,
    _is_stamp_line,
    _unglued,
)
from according.data import article_rules as R

META_HEADLINE_SEARCH = 2  # lines over a byline or stamp searched for the headline
SHORT_TOP_LINE_WORDS = 4  # a top line this short is a menu's item or a slogan, no headline
FAR_FROM_META = 4  # a notice this far over the byline or stamp is no headline
BYLINE_UNDER_HEADLINE = 3  # lines under a headline printed after its stamp searched for a name


def _headline_over_meta(lines: list[_Line], reading: _Reading) -> str | None:
    """The headline a copy prints over the header's meta block, when the line read as the
    headline is a menu's item, a slogan or a notice at the page's top, else None.

    A copy of a whole page keeps the menus, share buttons and the site's slogan over the
    headline ("Instagram", "Click to copy", "Democracy Dies in Darkness"); the headline is
    the line that stands straight over the byline or the stamp (perhaps over a standfirst),
    or straight under a stamp with the writer's name under it. The line read is replaced
    only when it is short, a notice far from any byline or stamp, or that headline with
    breadcrumbs glued before it."""
    head = next((i for i, k in reading.kinds.items() if k[0] == "headline"), None)
    if head is None:
        return None
    anchor = next((i for i in range(head + 1, min(len(lines), SWEEP_LINES))
                   if _is_meta_anchor(lines, i) or _is_lede(lines, i)
                   or _is_read_byline_over_stamp(lines, i, reading)), None)
    doubled = _doubled_headline(lines, head, anchor)
    if doubled is not None:
        return doubled  # the page's title and its h1, one over the other
    if anchor is None or _is_lede(lines, anchor):
        return None  # the text has no byline or stamp over its story
    if anchor == head + 2 and _is_asking_headline_under_kicker(lines, head):
        return lines[head + 1].text  # "newsletter" / "Brief: Chips soar. Too far?" / byline
    if anchor <= head + 2:
        return None  # the headline is over its byline or stamp (perhaps over a standfirst)
    found = _headline_above_meta(lines, anchor) or _headline_below_stamp(lines, anchor)
    if found is None or found <= head:
        return None
    text, better = lines[head].text, lines[found].text
    # (a line without a space is a code or a menu run together: "for-phone-onlyfor-tablet")
    short = _words(text) <= SHORT_TOP_LINE_WORDS and _words(better) > _words(text) or (
        " " not in text)
    # a quotation over the headline is the story's pull quote, printed as a kicker
    quoted = bool(R.WHOLE_QUOTE_LINE.match(text)) and not R.WHOLE_QUOTE_LINE.match(better)
    # a notice of sentences ("Thank you for visiting …. You are using …"), or breadcrumbs
    # glued to the headline printed again under them ("Home Climate Forests key to …")
    notice = not _is_headline_shape(text) and anchor >= head + FAR_FROM_META
    crumbs = text.endswith(f" {better}")
    return better if short or notice or crumbs or quoted else None


def _is_meta_anchor(lines: list[_Line], i: int) -> bool:
    """A "By" line (or "By" alone, "Author:"), a stamp line (not a bare label: "Updated"
    alone may label nothing), or a name over a stamp."""
    text = lines[i].text
    nxt = lines[i + 1].text if i + 1 < len(lines) else ""
    by = R.BYLINE_PREFIX.match(text) or R.BYLINE_VERB_LEAD.match(text)  # "by: Ann Roe"
    return bool(by and not _is_prose(text) and _words(text) <= 12
                or R.BARE_BY.match(text) or R.AUTHOR_LABEL.match(text)
                or _is_dated_line(text) or _is_name_line(text) and _is_dated_line(nxt))


def _is_dated_line(text: str) -> bool:
    return _is_stamp_line(text) and not R.BARE_STAMP_LABEL_SCRAPED.match(text)


def _headline_above_meta(lines: list[_Line], anchor: int) -> int | None:
    """The headline over the meta line at `anchor`: the line two up when the line between
    is its standfirst (a sentence, or a longer line), else the line straight over it (which
    may run to two sentences: "31% of buyers asked friends. Here's why …")."""
    over = anchor - 1
    two_up = anchor - META_HEADLINE_SEARCH
    under = lines[over].text
    top = lines[two_up].text if two_up >= 0 else ""
    headline_two_up = (_words(top) >= STANDFIRST_HEADLINE_MIN_WORDS and _is_headline_shape(top)
                       and not _is_stamp_line(under) and not _is_furniture(under))
    if headline_two_up and (R.SENTENCE_END.search(under) or _words(under) > _words(top)):
        return two_up
    # a line under a writer's name is the writer's role ("Hazel Wyatt" / "Education
    # correspondent, BBC News" / stamp)
    role = _is_role(under) or _is_name_line(top)
    if not role and _words(under) <= SENTENCE_HEADLINE_MAX_WORDS and _is_headline_shape(
            under, sentences=True):
        return over
    return None


def _headline_below_stamp(lines: list[_Line], anchor: int) -> int | None:
    """The headline printed straight under the stamp, with the writer's name or "By" line
    within a few lines under it ("24 September 2019" / headline / standfirst / "Ann Roe")."""
    below = anchor + 1
    if below >= len(lines) or not _is_stamp_line(lines[anchor].text):
        return None
    if not _is_headline_shape(lines[below].text):
        return None
    names = lines[below + 1:below + 1 + BYLINE_UNDER_HEADLINE]
    return below if any(_is_byline_line(ln.text) for ln in names) else None


STANDFIRST_HEADLINE_MIN_WORDS = 5  # a headline over a standfirst is at least this long


def _sweep_stacked_writers(lines: list[_Line], reading: _Reading) -> None:
    """Add the other writers a copy prints a line each under "By" alone ("By" / "Ann Roe," /
    "Ben Hale &" / "…" / "Cara Mills", or "By" / "Ann RoeNews Reporter" / "Ben Hale" /
    "Updated"), where the header reader took only the first. A list joined by commas or "&"
    ends at the name after the last join; a list without joins must end over a stamp (a
    name under the byline may be an author box's or a caption's)."""
    bare = min((i for i, k in reading.kinds.items() if k[0] == "byline"), default=None)
    if not reading.byline or bare is None or bare + 1 >= len(lines) or not (
            R.BARE_BY.match(lines[bare].text) or R.AUTHOR_LABEL.match(lines[bare].text)):
        return
    first = bare + 1  # the first writer's line, read by the header reader
    joined = bool(R.STACKED_NAME_JOIN.search(lines[first].text))
    names: list[str] = []
    taken: list[int] = []
    ended = not joined  # a joined list is whole once a name comes without a join
    i = first + 1
    while i < min(len(lines), first + 1 + STACKED_WRITERS_MAX) and not (joined and ended):
        text = lines[i].text
        name = _stacked_name(text)
        if joined and R.STACKED_NAME_FOLD.match(text) or name is None and _is_role(text):
            # the fold of a long list, or the role of the writer above ("Senior Reporter")
            taken.append(i)
            i += 1
            continue
        more = bool(R.STACKED_NAME_JOIN.search(text))
        if name in reading.byline and reading.kinds.get(i, ("body", None))[0] == "byline":
            ended, i = not more, i + 1  # a second writer the header reader took already
            continue
        if name is None or name in reading.byline or name in names or more and not joined:
            break  # (a join under names without one starts a list of its own)
        names.append(name)
        taken.append(i)
        ended = not more
        i += 1
    over_stamp = i < len(lines) and _is_stamp_line(lines[i].text)
    if not names or not ended or not joined and not over_stamp:
        return
    reading.byline.extend(names)
    for j in taken:
        reading.kinds[j] = ("byline", None)


STACKED_WRITERS_MAX = 12  # lines under the first writer searched for the others


def _stacked_name(text: str) -> str | None:
    """The writer's name on a line of a stacked byline, without the join after it, a note's
    mark or a role glued to it ("Ann Roe0,", "Ann RoeNews Reporter"), else None."""
    said = R.NAME_NOTE_MARK.sub("", R.STACKED_NAME_JOIN.sub("", text)).strip()
    bare, role = _without_role(_unglued(said))
    name = _clean_name(bare if role else said)
    return name if name and _words(name) <= STACKED_NAME_MAX_WORDS and _is_name_line(
        name) and not _is_role(name) else None


STACKED_NAME_MAX_WORDS = 4


def _sweep_social_tails(lines: list[_Line], reading: _Reading) -> None:
    """Writers' names without the social button or handle a copy glues to them ("Ann
    RoeTwitter" -> "Ann Roe"); and where no byline was read, a name glued to a handle in the
    header ("Ann Roe@annroe" under the stamp) is the writer's: only a writer's line carries
    one."""
    reading.byline = [_without_social_tail(name) for name in reading.byline]
    if reading.byline or reading.byline_outlet:
        return
    for i in range(min(len(lines), SWEEP_LINES)):
        kind = reading.kinds.get(i, ("body", None))[0]
        if kind == "body" and _is_lede(lines, i):
            return
        name = _without_social_tail(lines[i].text)
        bare = R.BYLINE_PREFIX.sub("", name)
        # (a network's name after a space, without "By" or a handle, ends a title-case
        # headline as often: "Elon Musk Buys Twitter")
        spaced = lines[i].text[len(name):][:1].isspace() and "@" not in lines[i].text[len(name):]
        if spaced and name == bare:
            continue
        if name != lines[i].text and _is_name_line(bare) and not _is_role(bare):
            reading.byline = [bare]
            reading.kinds[i] = ("byline", None)
            return


def _without_social_tail(name: str) -> str:
    tail = R.NAME_SOCIAL_TAIL.match(name)
    return tail.group("name") if tail else name


def _sweep_marked_byline(lines: list[_Line], reading: _Reading) -> None:
    """A byline read from a line without "By" whose words are no person's ("SPEED READ", a
    button row's label under the headline) yields to a "By" line, or "By" alone over a
    name, further down the header: that one names the writer."""
    at = sorted(i for i, k in reading.kinds.items() if k[0] == "byline")
    if not reading.byline or not at or any(_is_marked(lines[i].text) for i in at):
        return
    if all(_is_name_line(name) for name in reading.byline):
        return  # a person's name without "By" ("Ann Roe" over the stamp) stands
    for i in range(at[-1] + 1, min(len(lines), SWEEP_LINES)):
        if reading.kinds.get(i, ("body", None))[0] == "body" and _is_lede(lines, i):
            return
        found = _byline_at(lines, i) if _is_marked(lines[i].text) else None
        trial = _Reading()
        if found and _read_byline(found[1], trial) and trial.byline:
            reading.byline = trial.byline
            for j in at:
                reading.kinds[j] = ("boilerplate", None)
            for j in found[0]:
                reading.kinds[j] = ("byline", None)
            return


def _is_marked(text: str) -> bool:
    """A line that says it names the writer: "By …", "By" alone, "Author:", "by: …"."""
    return bool(R.BYLINE_PREFIX.match(text) or R.BARE_BY.match(text)
                or R.AUTHOR_LABEL.match(text) or R.BYLINE_VERB_LEAD.match(text))


def _sweep_outlet_byline(lines: list[_Line], reading: _Reading) -> None:
    """A byline naming the paper, not a person ("by Riverside Times", a site's own account
    on a blog platform), is the outlet's; the writers are then those a line of names joined
    by slashes names over the story ("Ann Roe/Ben Hale"), if the header has one."""
    names = reading.byline
    if not names or not all(R.OUTLET_SHAPE.match(n) and n.split()[0] not in R.FIRST_NAMES
                            and not n.startswith("The ") and not _paper_word_surname(n)
                            for n in names):
        return
    reading.byline_outlet = reading.byline_outlet or names[0]
    reading.byline = []
    start = max(i for i, k in reading.kinds.items() if k[0] == "byline") + 1
    for i in range(start, min(len(lines), SWEEP_LINES)):
        if reading.kinds.get(i, ("body", None))[0] == "body" and _is_lede(lines, i):
            return
        parts = [p.strip() for p in lines[i].text.split("/")]
        if len(parts) >= 2 and all(_is_name_line(p) and not R.OUTLET_SHAPE.match(p)
                                   for p in parts) and _is_lede(lines, i + 1):
            reading.byline = parts
            reading.kinds[i] = ("byline", None)
            return


def _paper_word_surname(name: str) -> bool:
    """A person's name whose surname is a paper's word ("Lena Sun", "Jo Mail"), not a paper
    ("Riverside Times", "Morning Star", "Jakarta Post"): two words, the second a surname
    papers use too, the first no word a paper's name opens with and no place we know."""
    words = name.split()
    return (len(words) == 2 and words[1] in R.PAPER_WORD_SURNAMES
            and words[0] not in R.PAPER_NAME_OPENERS and words[0].lower() not in R.PLACES)


def _is_asking_headline_under_kicker(lines: list[_Line], head: int) -> bool:
    """The line under a kicker ("newsletter", "WORLD") is a headline of two sentences that
    does not stop ("Brief: Chips soar. Is that too far?"), not a standfirst (which ends in a
    full stop)."""
    under = lines[head + 1].text
    return (_is_kicker(lines[head].text) and _words(under) <= SENTENCE_HEADLINE_MAX_WORDS
            and _is_headline_shape(under, sentences=True) and not R.FULL_STOP_END.search(under)
            and _words(under) > _words(lines[head].text))


def _is_read_byline_over_stamp(lines: list[_Line], i: int, reading: _Reading) -> bool:
    """A line the header reader took for the byline, straight over a stamp ("Ann
    Roe-Smith" / "Published 3 seconds ago"): a name the name test is too strict for."""
    nxt = lines[i + 1].text if i + 1 < len(lines) else ""
    return (reading.kinds.get(i, ("body", None))[0] == "byline" and _is_dated_line(nxt)
            and not _is_kicker(lines[i].text))  # "LOCAL" over the stamp is a section's


DOUBLED_HEADLINE_SEARCH = 8  # lines under the line read as the headline searched


def _doubled_headline(lines: list[_Line], head: int, anchor: int | None) -> str | None:
    """A headline-shaped line printed twice, one copy straight over the other (a blog's
    post title over its h1, "Meta-Programming In Emacs" / "Meta-programming in Emacs"),
    under the line read as the headline and over the story: the headline, else None."""
    end = min(len(lines) - 1, head + 1 + DOUBLED_HEADLINE_SEARCH)
    if _norm(lines[head].text) == _norm(lines[head + 1].text if head + 1 < len(lines) else ""):
        return None  # the line read is doubled itself
    for j in range(head + 1, end):
        if _is_lede(lines, j) or anchor is not None and _is_lede(lines, anchor) and j >= anchor:
            return None
        if anchor == head + 1 and j > anchor:
            return None  # the line read stands straight over its byline or stamp: a pair
            # under them is a standfirst printed twice (dek and summary), no headline
        if _norm(lines[j].text) == _norm(lines[j + 1].text) and _is_headline_shape(
                lines[j].text) and line_kind(lines[j + 1].text) == "body":
            return lines[j].text  # (a picture's credit printed twice is no headline)
    return None
