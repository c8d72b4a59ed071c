"""The Jinja2 templates of the web pages (autoescape always on: every string from an
article is data) and the filters they use; where the static files are."""

from __future__ import annotations

from datetime import datetime, time, timedelta
from functools import lru_cache
from pathlib import Path
from urllib.parse import quote, urlencode

import jinja2
from fastapi.templating import Jinja2Templates

from according.data.article_rules import TIME_IN_STAMP
from according.service.article_view import figure_value, number
from according.service.stories import stories

PACKAGE_DIR = Path(__file__).resolve().parent
STATIC_DIR = PACKAGE_DIR / "static"
TEMPLATE_DIR = PACKAGE_DIR / "templates"
SAFE_LINK_SCHEMES = ("http://", "https://")
MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August",
          "September", "October", "November", "December")


def swagger_ui_dir() -> Path | None:
    """Swagger UI's files as the fastapi-offline wheel ships them, or None without it."""
    try:
        import fastapi_offline
    except ImportError:
        return None
    path = Path(fastapi_offline.__file__).resolve().parent / "static"
    return path if (path / "swagger-ui-bundle.js").is_file() else None


def day(stamp: str | None) -> str:
    """An ISO time's day, or 'undated'."""
    return stamp[:10] if stamp else "undated"


def when(stamp: str | None, written: str | None = None, timex3: str | None = None, *,
         suffix: str = " UTC") -> str:
    """A stored UTC time as a page shows it: "2025-05-14 08:30 UTC"; a day without a clock
    (stored as that day's midnight UTC to the second, as the readers store a bare day, and
    not `written` with a clock) as "14 May 2025", with the clock a stamp gave without a
    zone (`timex3` "2025-05-14T21:15") after it, as for a time stored as that clock read as
    UTC; "undated" for none."""
    if not stamp:
        return "undated"
    try:
        moment = datetime.fromisoformat(stamp.replace("Z", "+00:00"))
    except ValueError:
        return stamp
    bare_day = moment.time() == time(0) and moment.utcoffset() in (None, timedelta(0))
    clock = timex3.partition("T")[2] if timex3 and timex3[:10] == stamp[:10] else ""
    # a clock in no known zone, stored as written (read as UTC: article/pubtime.py)
    as_written = bool(clock and timex3 and stamp[:16] == timex3[:16])
    if (not bare_day and not as_written) or (
            written and TIME_IN_STAMP.search(written) and not clock):
        return stamp[:16].replace("T", " ") + suffix
    shown = f"{moment.day} {MONTHS[moment.month - 1]} {moment.year}"
    return f"{shown}, {clock[:5]} (time zone not given)" if clock else shown


def short_id(article_id: str) -> str:
    """sha256:abcdef… -> abcdef012345 (enough to be unique in practice; the pages accept it)."""
    return article_id.removeprefix("sha256:")[:12]


def safe_link(url: str | None) -> str | None:
    """`url` when it is an http(s) link, else None: a stored javascript: or data: URL is
    shown as text, never made a link."""
    if url and url.strip().lower().startswith(SAFE_LINK_SCHEMES):
        return url.strip()
    return None


def path_part(value: str) -> str:
    """`value` escaped to sit in one segment of a URL path."""
    return quote(value, safe="")


def query(params: dict[str, object], **changes: object) -> str:
    """A query string of `params` with `changes` applied; empty values dropped."""
    merged = {**params, **changes}
    return urlencode({k: v for k, v in merged.items() if v not in (None, "", False)})


@lru_cache(maxsize=1)
def environment() -> jinja2.Environment:
    env = jinja2.Environment(
        loader=jinja2.FileSystemLoader(TEMPLATE_DIR), autoescape=True,
        undefined=jinja2.StrictUndefined, trim_blocks=True, lstrip_blocks=True,
    )
    env.filters.update(number=number, figure_value=figure_value, day=day, when=when,
                       short_id=short_id, safe_link=safe_link, path_part=path_part, stories=stories)
    env.globals.update(query=query)
    return env


@lru_cache(maxsize=1)
def templates() -> Jinja2Templates:
    return Jinja2Templates(env=environment())
