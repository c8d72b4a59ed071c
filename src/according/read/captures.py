"""Web-archive captures and cache copies of a page as HTML (round 27): the archived page's own
address inside an archive's, and an archive's chrome and meta dropped from a capture.

archive.today's capture carries the archive's own meta (og:site_name "archive.ph", its
capture time as article:published_time, its short address as og:url) and its header table
("Saved from" with the page's address); the Wayback Machine's keeps the page's meta with
its addresses rewritten and adds its toolbar. A capture's time is never the publication's.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any
from urllib.parse import urlsplit

from according.data import article_captures as C


def original_address(url: str | None) -> str | None:
    """The archived page's own address inside an archive's or a cache's address
    ("web.archive.org/web/2025…/https://www.sacbee.com/…" -> "https://www.sacbee.com/…"),
    else None."""
    for pattern in C.ORIGINAL_IN_ADDRESS:
        if url and (found := pattern.match(url.strip())):
            if (plain := found.groupdict().get("http_original")) is not None:
                return _without_amp_viewer(f"http://{plain}")  # Google's viewer, http page
            original = found.group("original")
            original = re.sub(r"^(https?):/+", r"\1://", original)
            return _without_amp_viewer(original if original.startswith("http")
                                       else f"https://{original}")
    return None


def _without_amp_viewer(address: str) -> str:
    """`address` without the AMP cache's or viewer's own query parameters ("amp_js_v=0.1",
    "usqp=…"): the page's address carries none of them (review 1127j)."""
    from urllib.parse import parse_qsl, urlencode, urlunsplit

    parts = urlsplit(address)
    if not parts.query:
        return address
    kept = [(k, v) for k, v in parse_qsl(parts.query, keep_blank_values=True)
            if k.lower() not in C.AMP_VIEWER_PARAMETERS]
    if len(kept) == len(parse_qsl(parts.query, keep_blank_values=True)):
        return address  # the page's own query, as written
    return urlunsplit(parts._replace(query=urlencode(kept)))


def is_archive_address(url: str | None) -> bool:
    """Whether `url` is on a web archive's host (its capture, not a publisher's page)."""
    try:
        host = (urlsplit(url).hostname or "") if url else ""
    except ValueError:
        return False
    return host.removeprefix("www.") in C.ARCHIVE_HOSTS


def page_address(url: str | None) -> str | None:
    """The address that names the story's publisher: an archive's or cache's address gives
    the page's own it holds; one holding none (archive.ph/Wq3Fz) names no publisher."""
    if (original := original_address(url)) is not None:
        return original
    return None if is_archive_address(url) else url


# archive.today's own meta over a capture (the page's own are not kept)
_ARCHIVE_META = ("//meta[@property='og:site_name' or @property='og:url' or "
                 "@property='og:description' or @property='article:published_time' or "
                 "@property='article:modified_time' or @itemprop='dateModified' or "
                 "@itemprop='datePublished' or @itemprop='url' or @itemprop='description' or "
                 "@name='twitter:site' or @name='twitter:card']"
                 " | //link[@rel='canonical']")
# an archive's banner inside the page: archive.today's header, the Wayback Machine's toolbar
_ARCHIVE_CHROME = "//*[@id='HEADER' or @id='wm-ipp-base' or @id='wm-ipp' or @id='donato']"
_SAVED_FROM = ".//input[@name='q' or @id='wmtbURL']/@value"


@dataclass(frozen=True)
class Capture:
    address: str | None  # the archived page's own address, when the capture names it
    flattened: bool  # archive.today's: the page's markup flattened to inline styles, no classes


def strip_capture(root: Any) -> Capture | None:
    """Drop an archive's chrome (and archive.today's own meta) from a capture page, in place,
    and say what the capture is; None for a page that is no capture (left as it was)."""
    if root is None:
        return None
    own = [str(v).strip() for v in root.xpath(
        "//meta[@property='og:url']/@content | //link[@rel='canonical']/@href")]
    sites = [str(v).strip().lower() for v in root.xpath(
        "//meta[@property='og:site_name']/@content")]
    archive_own = any(is_archive_address(a) and original_address(a) is None for a in own) or any(
        s in C.ARCHIVE_HOSTS for s in sites)
    chrome = root.xpath(_ARCHIVE_CHROME)
    saved = [str(v).strip() for el in chrome for v in el.xpath(_SAVED_FROM)]
    original = next((original_address(a) for a in own if original_address(a)), None)
    original = original or next((a for a in saved if a.startswith("http")
                                 and not is_archive_address(a)), None)
    if not archive_own and not chrome and original is None:
        return None
    for el in [*(root.xpath(_ARCHIVE_META) if archive_own else []), *chrome]:
        if el.getparent() is not None:
            el.drop_tree()
    return Capture(original, archive_own)


_LINE_TAGS = frozenset(("div", "p", "h1", "h2", "h3", "h4", "h5", "h6", "li", "td", "dd", "dt",
                        "figcaption", "blockquote", "center", "section", "article", "header",
                        "footer", "span"))
_BLOCK_TAGS = _LINE_TAGS - {"span"}
_UNSHOWN = ("script", "style", "noscript", "template", "head", "title", "meta")


def capture_text(root: Any) -> str:
    """A flattened capture's words one shown block a paragraph (a block holding no other block
    is a line), as a select-all copy gives them: its markup names no region, its lines do."""
    body = next(iter(root.xpath("//body")), root)
    out: list[str] = []
    for el in body.iter(*_BLOCK_TAGS):
        if any(d.tag in _BLOCK_TAGS for d in el.iterdescendants()) or any(
                a.tag in _UNSHOWN for a in el.iterancestors()):
            continue
        out.extend(_shown_lines(el))
    return "\n\n".join(out)


MENU_MIN_LINKS = 3  # a row of this many links and nothing else is a menu, a link a line


def _shown_lines(el: Any) -> list[str]:
    """A block's words as one line, or a row of links a link a line (a menu, as a select-all
    copy gives it)."""
    text = re.sub(r"\s+", " ", el.text_content()).strip()
    links = [re.sub(r"\s+", " ", a.text_content()).strip() for a in el.iter("a")]
    links = [link for link in links if link]
    if len(links) >= MENU_MIN_LINKS and re.sub(r"[\s|·•]", "", text) == "".join(
            re.sub(r"[\s|·•]", "", link) for link in links):
        return links
    return [text] if text else []


def title_headline(title: str | None, text: str) -> str | None:
    """The headline a page's title holds before the site's sections and name ("Thames Water
    … hike | UK | News | Express.co.uk"): the longest shown line the title opens with."""
    if not title:
        return None
    lines = {ln.strip() for ln in text.splitlines() if len(ln.split()) >= 4}
    found = [ln for ln in lines if title.strip().startswith(ln)]
    return max(found, key=len) if found else None


_CREDIT_ADDRESS = re.compile(r"\s*[/|,]?\s*[\w.+-]+@[\w-]+(?:\.[\w-]+)+\s*$")


def credit_without_address(credit: str) -> str:
    """A picture's credit without its photographer's email address after the name ("Renée C.
    Byer rbyer@sacbee.com", "Tammy Ljungblad/tljungblad@kcstar.com" -> the name)."""
    bare = _CREDIT_ADDRESS.sub("", credit).strip()
    return bare if bare else credit


@dataclass(frozen=True)
class ReaderView:
    address: str | None  # the story's address the reader's header links
    byline: tuple[str, ...]  # the writers its credits line names


_READER_DOMAIN = "//a[contains(concat(' ', normalize-space(@class), ' '), ' reader-domain ')]"
_READER_CREDITS = ("//*[contains(concat(' ', normalize-space(@class), ' '), ' reader-credits ')]"
                   "//text()")
_CREDITS_SPLIT = re.compile(r"\s*(?:,|\band\b|&)\s*")


def reader_view(root: Any) -> ReaderView | None:
    """A page saved from Firefox's Reader View (Readability's header: the site's domain
    linked to the story, the title, the writers in `reader-credits`), else None."""
    if root is None:
        return None
    domain = root.xpath(_READER_DOMAIN)
    if not domain:
        return None
    address = (domain[0].get("href") or "").strip() or None
    credits = re.sub(r"\s+", " ", " ".join(str(t) for t in root.xpath(_READER_CREDITS))).strip()
    credits = re.sub(r"^by\s+", "", credits, flags=re.IGNORECASE)
    names = tuple(n for n in _CREDITS_SPLIT.split(credits) if n)
    return ReaderView(address if address and address.startswith("http") else None, names)


_TITLE_TAIL = re.compile(r"\s+[|–—-]\s+(?P<site>[^|–—]{2,40})$")


def titled_site(title: str | None, address: str | None) -> str | None:
    """The site's name closing a page's title when its letters are the address's ("… | 1News"
    on 1news.co.nz): a saved reader view or capture keeps the title and no site meta."""
    from according.read.page_names import address_names

    found = _TITLE_TAIL.search(title or "")
    if not found:
        return None
    site = found.group("site").strip()
    letters = re.sub(r"[^a-z0-9]", "", site.lower())
    return site if letters and letters in {n.replace("-", "") for n in address_names(address)} \
        else None
