"""Turning inputs into article texts: plain text, HTML, WARC, RSS/Atom feeds, JSON Lines.

`read_inputs(paths)` yields an ArticleInput per article and an InputError per input
that is not one; `read_string(text_or_html)` reads one string for the Python API.
"""

from according.read.files import read_inputs, read_string
from according.read.inputs import DEFAULT_MAX_BYTES, ArticleInput, InputError

__all__ = ["DEFAULT_MAX_BYTES", "ArticleInput", "InputError", "read_inputs", "read_string"]
