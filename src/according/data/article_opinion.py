"""Round 32: opinion pieces, analyses, leaders, letters and explainers, as data.

A page of comment has furniture of its own around the writer's argument: the note on who the
writer is ("The writer is a professor of water resources at IIT Roorkee"), the invitation to
answer it in the letters page ("Do you have an opinion on the issues raised in this article?
…", "The Times is committed to publishing a diversity of letters to the editor. …", "Send
your letters to …"), the follow-the-opinion-section line, a letters page's "From: Name,
Town." over each letter, a comment section's rules and an explainer's appeal for support.
These are the page's, never the story's. The letters themselves, an explainer's question
heads ("What happened?") and a leader's argument are the story's.

The families below are merged into `FURNITURE_FAMILIES`; `OPINION_DESK_BYLINE` is read by
`according.article.byline`.
"""

from __future__ import annotations

import re

# What a guest writer is, in the paper's note under the piece: "The writer is a professor …",
# "The author is a former ambassador …", "The writers are researchers at …"
_WRITER_ROLES = (r"(?:professor|lecturer|fellow|researcher|economist|scientist|director|dean"
                 r"|chair|president|minister|author|founder|ambassador|adviser|advisor|governor"
                 r"|scholar|historian|physician|lawyer|partner|student|secretary|commissioner"
                 r"|journalist|columnist|editor|analyst|consultant|member|officer|chief|head"
                 r"|diplomat|judge|activist|teacher|doctor|writer|strategist|expert)s?")

OPINION_FAMILIES: dict[str, tuple[str, ...]] = {
    "opinion": (
        # the paper's note on the writer: "The writer is a professor of water resources at
        # IIT Roorkee" (The Hindu, The Indian Express), "The author is a former …"
        r"(?!.*\b(?:said|says|told|according to)\b)"  # a story's sentence reports
        r"the (?:writer|author|columnist)s? (?:is|are|was) (?:an?|the|former|currently)\b"
        r"(?:\s+[\w'’,-]+){0,8}?\s+" + _WRITER_ROLES + r"\b.{0,250}$",
        # the letters page's invitation under a column: "Do you have an opinion on the issues
        # raised in this article? If you would like to submit a response …" (The Guardian)
        r"do you have an opinion on the issues raised in this (?:article|piece|column)\?"
        r".{0,400}$",
        # "The Times is committed to publishing a diversity of letters to the editor. …"
        r"(?:the )?[\w'’. -]{2,40} is committed to publishing a diversity of letters\b.{0,400}$",
        # "Follow the New York Times Opinion section on Facebook, Instagram, …"
        r"follow (?:the )?[\w'’. -]{2,40} opinion section on\b.{0,200}$",
        # a letters page's address: "Send your letters to yp.letters@… Please include your
        # full name and address.", "Write to us at letters@…"
        r"(?:send|email|e-mail|write) (?:your letters?|us your letters?) (?:to|at)\s+"
        r"(?:\S+@\S+|the editor\b|letters\b|(?:the )?[\w'’. -]{2,40} letters\b).{0,300}$",
        # a letter's sender over it: "From: Margaret Hale, Grassington."
        r"from:\s+(?-i:[A-Z])[\w'’.-]+(?: (?-i:[A-Z])[\w'’.-]+){0,4},(?: [\w'’.-]+){1,5}\.?$",
        # an explainer's appeal: "Vox is here to explain this unprecedented moment. Will you
        # support our work with a gift today?"
        r"(?:[\w'’. -]{2,40} is here to explain\b.{0,200})?will you support our "
        r"(?:work|journalism|reporting)\b.{0,120}$",
        # a comment section's rules: "Comments: Our rules", "We want our comments to be a
        # lively and valuable part of our community …", "Read the rules here"
        r"comments:? our rules$",
        r"we want our comments to be\b.{0,400}$",
        r"read the (?:comment )?rules here\.?$",
    ),
}

# A byline that names a paper's leader column, not a writer: "By Herald View", "The Times
# View", "The Editorial Board", "Editorial Board", "The Observer view".
OPINION_DESK_BYLINE = re.compile(
    r"^(?:by\s+)?(?:the\s+)?(?P<house>(?:[\w'’.-]+\s+){0,3}?)(?:view|editorial board"
    r"|editorial|leading article)$", re.IGNORECASE)

# A letter's sender line, its name and town apart: "From: Margaret Hale, Grassington."
LETTER_SENDER = re.compile(
    r"^from:\s+(?P<name>(?-i:[A-Z])[\w'’.-]+(?: (?-i:[A-Z])[\w'’.-]+){0,4}),"
    r"\s+(?P<town>(?-i:[A-Z])[\w'’.-]+(?: [\w'’.-]+){0,4}?)\.?$", re.IGNORECASE)
# a letter's signature comes within this many lines of its sender line
LETTER_SIGNATURE_REACH = 12

# The kind of piece written before its headline in a page's markup ("Opinion | Arizona Is
# Pumping Its Future Dry", "Analysis: The Fed’s pause …"): the page's h1 shows the headline
# without it.
OPINION_LABEL_BEFORE = re.compile(
    r"^(?:opinion|analysis|comment|commentary|guest essay|guest opinion|editorial|op-ed"
    r"|perspective|column|explainer|letters?)\s*(?:\||:|-|–|—)\s+", re.IGNORECASE)
