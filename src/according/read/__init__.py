"""Turning inputs into article texts: plain text, HTML, WARC, RSS/Atom feeds, JSON Lines.

`read_inputs(paths)` yields an ArticleInput per article and an InputError per input
that is not one; `read_string(text_or_html)` reads one string for the Python API.

The size limit (`max_bytes`, the CLI's --max-bytes) applies to each file as a whole (a
gzip file once decompressed), feeds included, but to each record of a WARC archive and
each line of a JSON Lines file: an archive may be any size, and a record over the limit
is an error naming "file#n" (WARC) or "file line n" (JSON Lines). A feed entry with only a
summary (a teaser, not the article) is an error too, so a feed of teasers exits 1.
"""

from according.read.files import read_inputs, read_string
from according.read.inputs import DEFAULT_MAX_BYTES, ArticleInput, InputError

__all__ = ["DEFAULT_MAX_BYTES", "ArticleInput", "InputError", "read_inputs", "read_string"]
