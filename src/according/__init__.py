"""according: who said what, according to whom, with which numbers, and when.

`according.extract(text_or_html, url=None)` turns one article into a Record
(see ../shared/CONTRACT.md). Heavy dependencies load on first use.
"""

from __future__ import annotations

# The submodule is imported first so that the function below, not the module,
# is what `according.extract` names: a later `import according.extract` finds
# the module in sys.modules and leaves this attribute alone.
import according.extract as _extract_module
from according.records import Record

__version__ = "0.1.0"
__all__ = ["Record", "__version__", "extract"]


def extract(text_or_html: str, *, url: str | None = None, model: str | None = None) -> Record:
    """The record of one article given as plain text or HTML; ValueError if it is unreadable."""
    return _extract_module.extract_text(text_or_html, url=url, model=model)
