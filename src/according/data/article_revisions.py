"""Round 29: corrected, updated and republished stories, as data.

A story that has changed since it first ran says so in lines of its own: a wire's version
prefix on its headline ("UPDATE 2-", "CORRECTED-", "REFILE-") and its bracketed service note
on what changed ("(Updates with … in paragraphs 5-6)", "(Corrects day … in paragraph 4)"), a
paper's "Correction appended" and bare "This article was amended on 5 March 2025.", an
editor's or update note ("Editor’s note: This story was updated … to include …", "Update,
March 6, 2025: This story has been updated …") and a developing story's "This is a developing
story and will be updated.". These are furniture, never the headline, byline, standfirst or
the story's first paragraph. A paper's note stating what was wrong ("Correction: An earlier
version of this article misstated … It is $48 million, not $84 million.") carries the story's
corrected report and stays the story's, as rounds 19 and 22 keep it.

A story republished under licence names where it first ran ("This article first appeared on
KFF Health News and is republished here under a Creative Commons license.", "This article is
republished from The Conversation …") beside the network's own boilerplate ("… is part of
States Newsroom, a nonprofit news network …"): the publisher it names is credited, never taken
for the outlet carrying it.

The families below are merged into `FURNITURE_FAMILIES`; the other patterns are read by
`according.article.body` and `according.article.metadata`.
"""

from __future__ import annotations

import re

_DOC = r"(?:article|story|piece|post|commentary|column)"
# A note that states what was wrong carries the story's corrected report (round 22 keeps
# "Correction: An earlier version of this article said … It covered six." as the story's;
# round 19 an update note "… to reflect that the council voted 9-4, not 8-5").
_NO_CORRECTION = (r"(?!.*\b(?:(?:earlier|previous|prior|original) versions?|incorrectly"
                  r"|wrongly|misstated|misspelled|misidentified|misquoted|not)\b)")

REVISION_FAMILIES: dict[str, tuple[str, ...]] = {
    "revision_notes": (
        # a wire's note on what changed, in brackets, alone on its line: "(Updates with mining
        # ministry comment in paragraphs 5-6)", "(Corrects day of decision in paragraph 4 to
        # Wednesday from Tuesday)", "(Refiles to fix typo in headline)", "(Adds analyst
        # comment, byline)"; a note, not a sentence: a story's own bracketed sentence ends on
        # its full stop or says who said it ("(Updates on the talks are expected Friday, the
        # mayor said.)", review 1127k)
        r"\((?:updates|adds|corrects|refiles|recasts|repeats|rewrites|changes|fixes|removes"
        r"|inserts|clarifies|writes through|re-?tops|tops|deletes|amends|restores)\b"
        r"(?![^()]*\b(?:said|says|told)\b)[^()]{0,300}(?<![.!?])\)$",
        # "Correction appended", "Corrections appended"
        r"corrections? appended\.?$",
        # "This article was amended on 5 March 2025.", "This post was corrected at 3:10
        # p.m." (a bare note: one stating the correction, "… An earlier version said the
        # tunnel was 11km long; it is 9km.", is the story's, as round 22's correction is)
        rf"this {_DOC} (?:was|has been|had been) (?:amended|corrected|edited|changed|revised"
        rf"|clarified)(?:\s+(?:on|at|since|throughout)\b|[,.;:]|$){_NO_CORRECTION}.{{0,200}}$",
        # "Editor’s note: This story was updated at 4:15 p.m. March 4, 2025, to include
        # comment from …", "Editors' Note: …" (not one stating a correction)
        rf"editor(?:[’']?s|s[’'])? note\s*[:\-–—]\s*{_NO_CORRECTION}\S.{{0,600}}$",
        # "Update, March 6, 2025: This story has been updated to include a statement from …",
        # "UPDATE (5:40 p.m.): This article …" (not one stating a correction)
        rf"updated?\b[^:]{{0,60}}:\s*{_NO_CORRECTION}(?:this|the) {_DOC}\b.{{0,500}}$",
        # "This is a developing story and will be updated.", "This story is developing.",
        # "This is a breaking news story. Check back for updates." (not one that says who
        # said it: "This is a developing situation, the governor said.")
        r"this (?:is an? (?:developing|breaking)(?: news)? (?:story|situation|report)"
        rf"|{_DOC} is (?:developing|breaking))\b(?!.*\b(?:said|says|told)\b).{{0,200}}$",
        r"(?:please )?check back (?:later |soon |here )?for (?:more |further )?updates[.!]?$",
        r"(?:more|further) (?:details|information|updates) (?:to come|will follow|as they"
        r" become available)[.!]?$",
    ),
    "republishing_notes": (
        # KFF Health News's note: "KFF Health News is a national newsroom that produces
        # in-depth journalism about health issues …"
        r"kff health news is a national newsroom\b.{0,400}$",
        # States Newsroom's: "Louisiana Illuminator is part of States Newsroom, a nonprofit
        # news network supported by grants …"
        r"(?-i:[A-Z])[\w’'.&-]*(?: [\w’'.&-]+){0,5} is (?:a )?part of (?-i:[A-Z])[\w’'&-]*"
        r"(?: [\w’'&-]+){0,3},? a (?:nonprofit|non-profit|national|nonpartisan)\b.{0,60}"
        r"\bnetwork\b.{0,400}$",
        # the republishing terms: "Our stories may be republished online or in print under
        # Creative Commons license CC BY-NC-ND 4.0. …"
        r"our (?:stories|articles|reporting|journalism) (?:may|can) be republished\b.{0,400}$",
        # the partner note: "An edited version is republished on Global Voices as part of a
        # content-sharing agreement."
        r"(?:an? )?(?:edited |shortened |abridged )?version (?:of (?:it|this \w+) )?(?:is|was)"
        r" republished\b.{0,300}$",
        # a network's address alone under a commentary: "www.project-syndicate.org"
        r"(?:https?://)?www\.[\w-]+(?:\.[\w-]+)+/?$",
        # Global Voices' comment prompts
        r"start the conversation$", r"authors,? please log in\b.{0,3}$",
    ),
}

# A note naming where a republished story first ran (group "who"): "This article first
# appeared on KFF Health News and is republished here under a Creative Commons license.",
# "This article is republished from The Conversation under a Creative Commons license. Read
# the original article.", "This article was originally published by Himal Southasian. An
# edited version is republished …". The name is credited unless it is the page's own outlet
# (The Conversation's own feed prints the same note).
REPUBLISHED_FROM = re.compile(
    rf"^(?:this|the) {_DOC} (?:first appeared|originally appeared|originally ran"
    r"|(?:is|was|has been) republished|was (?:first |originally )published)"
    r" (?:on|in|by|from|at) (?P<who>(?-i:(?:the |The )?[A-Z][\w&'’-]*(?: (?:of |and |the |& )?"
    r"[A-Z][\w&'’-]*){0,5}))"
    r"(?:\.com|\.org)?(?=[ ,.;:]|$)(?:[ ,.;:].{0,400})?$",
    re.IGNORECASE,
)

# A wire's version prefix on a headline: "UPDATE 2-", "CORRECTED-", "REFILE-", "RPT-",
# "WRAPUP 1-", "CORRECTED (OFFICIAL)-", chained ("UPDATE 1-CORRECTED-"); capitals only, a
# hyphen straight after, so "Update on the strike" and "Corrected figures show …" stay.
WIRE_VERSION_PREFIX = re.compile(
    r"^(?:(?:UPDATE \d{1,2}|CORRECTED(?: \(OFFICIAL\))?|REFILE|RPT|WRAPUP \d{1,2}"
    r"|REPEAT|CORRECTION)[-–] ?)+(?=\S)"
)
