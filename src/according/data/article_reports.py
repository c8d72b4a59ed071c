"""Issue 9 (stranger trial 8): the lines a humanitarian report names its producer and its
data's source in (article/report_producers.py).

- The producer line: "This report is produced by OCHA Velmora in collaboration with
  humanitarian partners.", "This situation report was prepared by the WHO Country Office",
  "Produced by the Health Cluster". The report's outlet is the organisation it names.
- A table's source note: "Source: Ministry of Health of Velmora, …" right under the rows of
  a key-figures table ("Deaths ........ 17"): where the table's figures come from, a
  statement of the report, not a news site's credit line ("Source: Al Jazeera").
"""

from __future__ import annotations

import re

# "This [situation] report/update/bulletin is|was|has been produced|prepared|… by NAME"
_KIND = (r"(?:(?:situation|flash|humanitarian|operational|monthly|weekly|daily|sitrep)\s+)?"
         r"(?:report|update|bulletin|snapshot|sitrep|overview|dashboard|document|brief)")
_MADE = r"(?:produced|prepared|issued|compiled|published|written)"
PRODUCER_LINE = re.compile(
    rf"^(?:this\s+{_KIND}\s+(?:is|was|has been)\s+(?:jointly\s+)?{_MADE}|{_MADE})\s+by\s+"
    r"(?P<name>(?:the\s+)?(?-i:[A-Z])[\w&'’.()-]*(?:\s+(?:of\s+(?:the\s+)?|for\s+(?:the\s+)?)?"
    r"(?-i:[A-Z])[\w&'’.()-]*){0,7})", re.IGNORECASE)

# A row of a key-figures table: a label, dots or spaces (or a tab), and a figure
# ("Suspected cholera cases ........ 298", "People displaced\t42,000", "Deaths   17")
TABLE_ROW = re.compile(r"^\S.{1,80}?(?:\s*\.{3,}\s*|\t+|\s{3,})[<>~≈]?\d[\d,.]*\s*(?:%|per cent)?$")
# A table's source note under it: "Source: Ministry of Health", "Sources: WHO; UNICEF",
# "Data source: …"
TABLE_SOURCE = re.compile(r"^(?:data\s+)?sources?\s*:\s*\S", re.IGNORECASE)
