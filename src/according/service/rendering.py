"""The Jinja2 templates of the web pages (autoescape always on: every string from an
article is data) and the filters they use; where the static files are."""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path
from urllib.parse import quote, urlencode

import jinja2
from fastapi.templating import Jinja2Templates

from according.service.article_view import number

PACKAGE_DIR = Path(__file__).resolve().parent
STATIC_DIR = PACKAGE_DIR / "static"
TEMPLATE_DIR = PACKAGE_DIR / "templates"
SAFE_LINK_SCHEMES = ("http://", "https://")


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
    env.filters.update(number=number, day=day, short_id=short_id, safe_link=safe_link,
                       path_part=path_part)
    env.globals.update(query=query)
    return env


@lru_cache(maxsize=1)
def templates() -> Jinja2Templates:
    return Jinja2Templates(env=environment())
