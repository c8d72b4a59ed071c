"""Resolve raw attributions' sources to article entities, source types and nesting.

`resolve_sources(doc, raws)` -> (entities, attributions), attributions A1.. in text
order. The source span stays as written; `Source.entity` points at the entity it
refers to. Rules, in order (word lists in data/sources_patterns.json):

1. no source span, or source_hint "unspecified" -> unspecified;
2. strongly anonymous wording ("unnamed", "familiar with", "people close to",
   "who asked not to be named" just after the span) -> anonymous (see 8);
3. several sources joined by and/or ("Trump and Pence") -> group, no entity;
4. a relative pronoun ("..., who said") stands for the noun it attaches to; a "who" hung
   on a place or a thing ("An official in Tarvik, a hamlet near Ostby, who asked not to be
   named") stands for the person the phrase is about;
5. the head word (or its apposition: "Another critic, Laurence Tribe,"; a person named
   after a role's complement: "A spokesperson for OCHA, Jana Holm,") is a mention
   of an entity (name, short form, outlet, "he" resolved by entities/) -> that
   entity, typed by it (a place speaking, "Israel said", is an organization);
   A "he"/"she" after an anonymous source ("A rebel commander, who requested anonymity,
   said … He said …") is that source (anonymous, no entity) when it is the nearest fitting
   speaker: singular, within ANONYMOUS_LOOKBACK sentences, the person the entity layer
   gives the pronoun not named since (a name inside its words, "a diplomat in Nairobi",
   does not count), not of the other gender (by its words, "because he was not
   authorised", or those of an earlier source with its head noun: "the official" after
   that "A senior official" is no "she"); its source's `refers_to` is then the id of
   that source's attribution (the description's, for a second "he");
6. it/they -> the latest noun subject of the same number in this or the 3 sentences
   before (main clauses first, quotes skipped), classified by these rules; else "it"
   -> the latest organization, "they" -> the previous source if plural, else group;
   a subject with no entity that is an earlier attribution's source ("The Varn health
   ministry now says 41 … More than 100 were wounded, it said") is named by the pronoun's
   `refers_to` (that attribution's id, or the one it refers to), as for a "he" in 5;
7. a document ("the report", "a statement") with an owner ("estimates from the
   health authority", "the Post's reporting", "a speech Clinton delivered") -> the
   owner and its type; without one -> document;
8. a spokesperson (spokesman, press officer, representative) for a named organization
   speaks on the record for it: "A spokesperson for the developer, Quayline Homes" and
   "A Department of Health spokesperson" -> organization, `entity` = the organization
   (also "the agency spokesperson" -> the agency named before). An unnamed official,
   source or aide ("a senior administration official", "Two Senate Republican aides"),
   or a spokesperson for no named organization (nor for a person: "a spokesman for
   Mr. Trump") -> anonymous with `entity` None: the entity is the source's identity
   (the ledger counts by it) and an anonymous source has none; its affiliation stays
   in the span text; a place after a locative preposition ("the health ministry in Port
   Sudan") says where the speaker is, not whom it speaks for ("a Kremlin spokesman" and
   "Washington said" stay the government's). Anonymity wording (rule 2) wins over a named
   organization;
   a place noun ("the neighbouring county", "the city") -> organization, no entity
   ("the two countries": group);
9. group words ("critics", "a number of Democrats", "12 percent") -> group; the officials
   of an organization the article names ("European Commission officials") -> group, its
   entity that organization ("two Commission officials", "U.S. officials": anonymous);
10. a definite description ("the agency", "the group", "the president", "the
   Republican nominee") -> the latest compatible entity, never a platform last named as
   where something was posted ("In a statement on Telegram, the group said": the group
   named before; "Telegram said it removed the post" is the company) ("the agency" needs an
   organization named with Department/Agency/... unless one was named within 400
   characters; "the military" needs Forces/Army/military); else its type, no entity;
11. a capitalized name nothing matched: a person with that surname, else a new person
   entity (the NER missed it), or organization when it ends in a company word.
Confidence is multiplied by 0.9 when a pronoun or bare "the agency" found nothing.

Nesting (`within`) is attribution/nesting.py's.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace
from typing import TYPE_CHECKING

from according.attribution.nesting import nest_attributions
from according.attribution.programme import (
    header_outlet,
    named_in_role,
    outlet_in_label,
    outlet_named,
    programme_role,
)
from according.attribution.raw import RawAttribution
from according.attribution.source_heads import (
    ANON_AFTER,
    ANON_HEADS,
    BARE_DEPS,
    DOCUMENT_HEADS,
    GROUP_HEADS,
    GROUP_RE,
    LOCATIVE_PREPS,
    LOOSE_CHARS,
    LOOSE_HEADS,
    ORG_HEADS,
    ORG_PARTS,
    OUTLET_HEADS,
    OWNER_PREPS,
    PERSON_PRONOUNS,
    PLACE_HEADS,
    PLATFORMS,
    PLURAL_PRONOUNS,
    POSTING_PREPS,
    QUALIFIED_HEADS,
    RELATIVE_PRONOUNS,
    ROLE_HEADS,
    STRONG_ANON,
    THING_PRONOUNS,
    WEAK_ANON,
    is_collective,
    is_coordinated,
    is_person_noun,
    is_spokesperson,
    name_with_and_start,
    nonrestrictive_clause,
    noun_phrase_end,
    relative_antecedent,
    source_head,
    subjects_before,
)
from according.attribution.special import ROLE_HINT, SPEAKER_HINT
from according.attribution.turns import is_turn, speaker_names, speaker_of_own_report
from according.entities import EntityCluster, Mention, cluster_at, find_entities
from according.entities.coreference import FEMALE_PRONOUNS, FIRST_NAMES
from according.entities.descriptors import descriptor_lead
from according.entities.find import CAPITALS
from according.entities.person_names import (
    ORG_WORDS,
    byline_person,
    full_name_of,
    initials_of_a_person,
    names_an_organization,
    split_lead_title,
    title_before,
)
from according.entities.words import (
    capital_letters,
    is_acronym,
    is_institution_initials,
    is_plural_person_noun,
    name_initials,
)
from according.nlp import doc_text
from according.quotations import quotes_of
from according.records import (
    Attribution,
    Entity,
    EntityType,
    Recipient,
    Source,
    SourceType,
    Span,
)

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

ENTITY_SOURCE_TYPE: dict[str, SourceType] = {
    "person": "person", "organization": "organization", "outlet": "outlet",
    "place": "organization", "group": "group",
}
NOMINAL_LOOKBACK = 2500  # characters back to look for a nominal's antecedent
# the names "the company" needs ("Inc", "Corp", …), which a platform's bare name lacks
COMPANY_KEYS = ORG_HEADS["company"]
ANONYMOUS_LOOKBACK = 3  # sentences back a "he"/"she" may reach an anonymous source
# words of an anonymous source's description that give its gender ("because he was …")
FEMALE_WORDS = frozenset({"she", "her", "hers", "herself", "woman", "women", "mother",
                          "spokeswoman", "businesswoman", "wife", "daughter", "sister"})
MALE_WORDS = frozenset({"he", "him", "his", "himself", "man", "men", "father", "spokesman",
                        "businessman", "husband", "son", "brother"})
_WORD_RE = re.compile(r"[\w'’]+")
# (review 1127j) a head noun that gives its gender beyond the words above: "-woman"/"-man"
# compounds ("a policewoman", "a chairwoman", "a fisherman") and kin and titles
FEMALE_HEADS = frozenset({"girl", "actress", "grandmother", "aunt", "niece", "nun", "widow",
                          "lady", "queen", "mrs", "ms", "waitress", "granddaughter"})
MALE_HEADS = frozenset({"boy", "actor", "grandfather", "uncle", "nephew", "monk", "widower",
                        "king", "mr", "waiter", "grandson"})
NOT_MAN_COMPOUNDS = frozenset({"human", "german", "roman", "ottoman", "shaman", "talisman",
                               "caiman", "layman"})
UNRESOLVED_PENALTY = 0.9
# between officials and the organization whose they are: "officials of the Harbour Trust"
_OF_THE = re.compile(r"\s+of\s+(?:the\s+)?", re.IGNORECASE)
# words that pick some of an organization's officials out ("several Commission officials")
SOME_OF = frozenset({"a", "an", "one", "two", "three", "four", "five", "several", "some",
                     "many", "few", "other", "another", "more", "most", "senior", "junior"})


def _order_key(raw: RawAttribution) -> tuple[int, int]:
    spans = [s for s in (raw.source, raw.cue, *raw.content) if s is not None]
    return (min((s.start for s in spans), default=0), raw.cue.start if raw.cue else 0)


def head_gender(word: str) -> str | None:
    """"f" or "m" when a source's head noun gives its gender ("policewoman", "fisherman",
    "grandmother"), else None ("official", "human")."""
    word = word.lower()
    if word in FEMALE_WORDS or word in FEMALE_HEADS or word.endswith(("woman", "women")):
        return "f"
    if word in MALE_WORDS or word in MALE_HEADS or (
            word.endswith(("man", "men")) and word not in NOT_MAN_COMPOUNDS):
        return "m"
    return None


class _Resolver:
    """Per-article state: the entity clusters and the mentions resolution adds to them."""

    def __init__(self, doc: Doc, clusters: tuple[EntityCluster, ...]) -> None:
        self.doc = doc
        self.text = doc_text(doc)
        self.clusters = list(clusters)
        self.found = len(self.clusters)  # clusters the entity layer found; later: added here
        self.extra: dict[int, list[Span]] = {}
        self.previous: tuple[SourceType, int | None, int] | None = None
        # head noun of each anonymous source -> where it was met ("a second senator")
        self.anonymous_heads: dict[str, int] = {}
        # head noun of each organization described but not named -> where it was met
        # ("the regional civil defence office": "the office" after it is that office)
        self.described_heads: dict[str, int] = {}
        self.depth = 0
        self.quotes = quotes_of(doc)
        # the anonymous sources met so far ("An RSF commander, who requested anonymity, ...")
        self.anonymous_spans: list[Span] = []
        # where each person spoke as a source by a name or a description ("The mayor later
        # said"), not a pronoun: a naming since an anonymous source (review 1127j)
        self.spoke_at: dict[int, list[int]] = {}
        # the anonymous source the last resolved "he"/"she" stands for (anonymous_antecedent)
        self.antecedent: Span | None = None
        # the subject with no entity the last resolved "it"/"they" stands for (by_subject)
        self.subject: Token | None = None
        # head noun of an anonymous source -> the gender its words or a "he"/"she" standing
        # for it gave ("A senior official, … because he was not authorised": "the official"
        # after it is a "he" too, no antecedent of "she")
        self.anonymous_gender: dict[str, str] = {}
        # a transcript's first speaker label (a header names its programme before it) and
        # the article's outlet from its page or feed: who a role label ("ANCHOR:") speaks for
        self.first_turn = len(self.text)
        self.speakers: frozenset[str] = frozenset()  # a transcript's speakers (turns.py)
        self.outlet: str | None = getattr(doc._, "outlet", None) \
            if doc.has_extension("outlet") else None

    def entity_of(self, head: Token) -> int | None:
        """The cluster with a mention covering the head token."""
        for i, c in enumerate(self.clusters):
            for m in c.mentions:
                if m.span.start <= head.idx < m.span.end or m.head == head.i:
                    return i
        return None

    def resolve(self, raw: RawAttribution) -> tuple[SourceType, int | None, bool]:
        """Type, cluster index and whether resolution fell short (lowers confidence)."""
        if raw.source is None or raw.source_hint == "unspecified":
            return "unspecified", None, False
        if raw.source_hint == SPEAKER_HINT:
            return self.speaker(raw.source)
        if raw.source_hint == ROLE_HINT:  # "ANCHOR:", "UNIDENTIFIED MALE:": nobody named
            return self.role(raw.source)
        return self.classify(raw.source)

    def role(self, label: Span) -> tuple[SourceType, int | None, bool]:
        """A transcript role label (attribution/programme.py): the programme's host is the
        person named in that role, else the programme's outlet, else an unnamed source;
        anyone else a label does not name ("UNIDENTIFIED MALE") is anonymous."""
        family = programme_role(label.text)
        if family is None:
            return "anonymous", None, False
        idx = named_in_role(self.text, self.clusters, family)
        if idx is not None:
            self.extra.setdefault(idx, []).append(label)
            return "person", idx, False
        idx = outlet_in_label(self.clusters, label.start, label.end)
        if idx is None:
            idx = header_outlet(self.clusters, self.first_turn)
        if idx is None:
            idx = outlet_named(self.clusters, self.outlet)
        if idx is None and self.outlet:  # the page's outlet, not named in the text: the
            # label is where the transcript mentions it
            toks = self.doc.char_span(label.start, label.end, alignment_mode="expand")
            head = toks[-1].i if toks is not None and len(toks) else 0
            mention = Mention(label, "alias", head)
            self.clusters.append(EntityCluster(self.outlet, "outlet", None, (mention,),
                                               (self.outlet,)))
            idx = len(self.clusters) - 1
        if idx is None:
            # a programme nobody names is an unnamed source: typed an outlet with no name,
            # the ledger would key every such host "anchor" and merge the hosts of unrelated
            # programmes into one source; anonymous, it is kept per story
            return "anonymous", None, False
        if self.clusters[idx].type != "outlet":  # "VRT Radio Evening Bulletin" broadcasts
            self.clusters[idx] = replace(self.clusters[idx], type="outlet")
        if self.outlet and self.clusters[idx].name.casefold() == self.outlet.casefold():
            # a title in capitals ("DNB EVENING NEWS") is the outlet the metadata writes
            self.clusters[idx] = replace(self.clusters[idx], name=self.outlet)
        self.extra.setdefault(idx, []).append(label)
        return "outlet", idx, False

    def speaker(self, label: Span) -> tuple[SourceType, int | None, bool]:
        """A transcript speaker label ("MIRA HOLST:", "TAPPER:") is the person speaking
        that turn, never an organization: the person of that name (a surname label: of
        that surname), else a new person named by the whole label."""
        low = label.text.lower()
        for i, c in enumerate(self.clusters):
            name = c.name.lower()
            surname = " " not in low and name.split()[-1:] == [low]
            if c.type == "person" and (name == low or surname):
                self.extra.setdefault(i, []).append(label)
                return "person", i, False
        toks = self.doc.char_span(label.start, label.end, alignment_mode="expand")
        if toks is None or not len(toks):
            return "person", None, True
        name = " ".join(w.capitalize() if w.isupper() else w for w in label.text.split())
        return "person", self.new_entity(toks[-1], "person", toks[0].i, name=name), False

    def classify(self, span: Span, depth: int = 0) -> tuple[SourceType, int | None, bool]:
        """The source type and entity of a span (depth > 0: an antecedent of "it"/"they")."""
        self.depth = depth
        head = source_head(self.doc, span)
        low = span.text.lower()
        after = self.text[span.end:span.end + 120].split("\n")[0]
        if any(rx.search(low) for rx in STRONG_ANON) or any(
                rx.search(after) for rx in ANON_AFTER):
            return "anonymous", None, False
        if head is None:
            return "person", None, True
        if is_coordinated(self.doc, span, head):  # "Trump and Pence"
            return "group", None, False
        named_from = name_with_and_start(self.doc, span, head)
        if named_from is not None and self.entity_of(head) is None:  # "Health and Safety …"
            return "organization", self.new_entity(head, "organization", named_from), False
        if is_institution_initials(head.text) and self.entity_of(head) is None and not any(
                c.dep_ == "appos" for c in head.children) and not self.is_title(head.text):
            # "WHO said", "RBNZ"; not "the CS" after "Interior CS Kithure Kindiki"
            if initials_of_a_person(self.doc, head.idx, head.idx + len(head.text),
                                    tagged_person=False):  # "President AMLO", "AMLO, 70,"
                title = title_before(self.text, head.idx)
                return "person", self.new_entity(head, "person", head.i, title), False
            return "organization", self.new_entity(head, "organization"), False
        if head.lower_ in RELATIVE_PRONOUNS:  # "officials, who said" -> officials
            head = relative_antecedent(head)
            span = Span.of(self.text, head.left_edge.idx, head.idx + len(head.text))
            low = span.text.lower()
        idx = self.entity_of(head)
        if idx is None:  # "Another critic, Laurence H. Tribe, said"
            idx = next((i for c in head.children if c.dep_ == "appos"
                        for i in [self.entity_of(c)] if i is not None), None)
        if idx is None and is_person_noun(head):
            idx = self.named_person_in_apposition(head, span)
        if head.lower_ in PERSON_PRONOUNS:
            self.antecedent = self.anonymous_antecedent(head, idx, span.start)
            if self.antecedent is not None:
                return "anonymous", None, False
        if idx is not None and head.lower_ in PERSON_PRONOUNS:
            idx = self.missed_person_since(idx, head, span.start)
        if idx is not None and head.lower_ not in PLURAL_PRONOUNS | THING_PRONOUNS:
            c = self.clusters[idx]
            person = self.surname_of_named(span, idx)
            if person is not None:
                return self.typed(person, "person", span)
            return ENTITY_SOURCE_TYPE[c.type], idx, False
        found = self.by_head(span, head, low)
        if found[0] == "organization" and found[1] is None and head.pos_ in ("NOUN", "PROPN"):
            named = self.described_organization(head)
            if named is not None:
                return "organization", named, False
        return found

    def surname_of_named(self, span: Span, idx: int) -> int | None:
        """The person named earlier whose surname a one-word source the NER typed a place
        or organization is ("Finance Minister Ana Petrova told lawmakers … 'This budget
        …,' Petrova said": her, not a place 'Petrova'), else None."""
        name = self.clusters[idx].name
        if self.clusters[idx].type == "person" or " " in name.strip() or \
                span.text.strip().lower() != name.strip().lower():
            return None
        person = self.by_surname(span.start, name.strip().lower())
        return person if person is not None and self.last_named(person, span.start) >= 0 \
            else None

    def named_person_in_apposition(self, head: Token, span: Span) -> int | None:
        """The person named in apposition at the end of a role's phrase, where the parser
        hung the name on the role's complement ("A spokesperson for OCHA, Jana Holm,", "The
        mayor of Tarvik, Ove Lind,"): the role is that person's, and a place or an
        organization is never a person. None when no person is named so."""
        for tok in head.subtree:
            if tok.dep_ != "appos" or tok.i <= head.i or tok.head.i == head.i:
                continue
            idx = self.entity_of(tok)
            if idx is not None and self.clusters[idx].type == "person" and \
                    tok.right_edge.idx + len(tok.right_edge.text) >= span.end - 1:
                return idx
        return None

    def officials_of(self, span: Span, head: Token) -> int | None:
        """The organization whose officials, as a body, a plural description is ("European
        Commission officials", "officials of the Harbour Trust"): one the article names (not
        a place, "U.S. officials", nor a description, "ministry officials"), with no number
        or quantifier picking some of them out ("two Commission officials" are unnamed
        people). None otherwise."""
        if any(t.dep_ in ("nummod", "quantmod") or t.lower_ in SOME_OF for t in head.lefts):
            return None
        idx = self.speaking_cluster_at(span.start, span.end)
        if idx is None or self.clusters[idx].type != "organization":
            return None
        named = [m for m in self.clusters[idx].mentions
                 if span.start <= m.span.start and m.span.end <= span.end
                 and self._owns_officials(head, m.span.start)]
        return idx if any(m.kind in ("name", "alias", "short") for m in named) else None

    def _owns_officials(self, head: Token, start: int) -> bool:
        """Whether a name starting at `start` owns the officials headed by `head`: before
        them ("Commission officials") or after "of" ("officials of the Harbour Trust"), not
        where they are ("officials in Kyiv", whose NER may call it an organization)."""
        end = head.idx + len(head.text)
        if start < end:
            return True
        return _OF_THE.fullmatch(head.doc.text, end, start) is not None

    def missed_person_since(self, idx: int, pronoun: Token, pos: int) -> int:
        """The person a "he"/"she" source stands for: the entity layer's antecedent `idx`,
        unless the previous source is a person it never knew (a name the NER missed,
        added here: "Mendoza said she would file a challenge. 'This is not over,' she
        said") named since that antecedent's last mention, and not of the other gender."""
        prev = self.previous
        if prev is None or prev[0] != "person" or prev[1] is None or prev[1] == idx or \
                prev[1] < self.found or not self.last_named(idx, pos) < prev[2] < pos:
            return idx
        first = self.clusters[prev[1]].name.split()[0]
        wanted = "f" if pronoun.lower_ in FEMALE_PRONOUNS else "m"
        return prev[1] if FIRST_NAMES.get(first, wanted) == wanted else idx

    def anonymous_antecedent(self, pronoun: Token, idx: int | None, pos: int) -> Span | None:
        """The anonymous source a "he"/"she" source stands for, the nearest fitting speaker
        before it, if any ("A rebel commander, who requested anonymity, said … He said …"):
        one met within ANONYMOUS_LOOKBACK sentences and after the last time the entity
        layer's antecedent `idx` was named (a name inside its description, "a diplomat in
        Nairobi", is not), singular, and whose own words do not give the other gender."""
        start = pronoun.sent.start
        for anon in reversed(self.anonymous_spans):
            if anon.start >= pos:
                continue
            words = self.doc.char_span(anon.start, anon.end, alignment_mode="expand")
            if words is None or self.sentences_between(words.start, start) > ANONYMOUS_LOOKBACK:
                return None
            if idx is not None and max(self.last_named(idx, pos),
                                       self.last_spoke(idx, pos)) >= anon.end:  # named since
                return None
            head = source_head(self.doc, anon)
            if head is not None and head.tag_ not in ("NNS", "NNPS") and \
                    self.gender_fits(anon, pronoun):
                self.anonymous_gender.setdefault(
                    head.lemma_.lower(), "f" if pronoun.lower_ in FEMALE_PRONOUNS else "m")
                return anon
        return None

    def note_anonymous_gender(self, span: Span) -> None:
        """Remember the gender an anonymous source's own words give it, by its head noun."""
        head = source_head(self.doc, span)
        if head is None:
            return
        words = {w.lower() for w in _WORD_RE.findall(span.text)}
        said = "f" if words & FEMALE_WORDS else "m" if words & MALE_WORDS else None
        said = head_gender(head.lower_) or said
        if said is not None:
            self.anonymous_gender.setdefault(head.lemma_.lower(), said)

    def last_spoke(self, idx: int, pos: int) -> int:
        """Where the entity `idx` last spoke as a source not a pronoun before `pos`; -1: never."""
        return max((at for at in self.spoke_at.get(idx, ()) if at < pos), default=-1)

    def sentences_between(self, i: int, j: int) -> int:
        """How many sentence starts lie after token `i` up to token `j`."""
        return sum(1 for t in self.doc[i + 1:j + 1] if t.is_sent_start)

    def gender_fits(self, anon: Span, pronoun: Token) -> bool:
        """Is nothing in the anonymous source's words ("because he was not authorised",
        "asked that her name not be used") of the other gender than `pronoun`?"""
        female = pronoun.lower_ in FEMALE_PRONOUNS
        words = {w.lower() for w in _WORD_RE.findall(anon.text)}
        other = MALE_WORDS if female else FEMALE_WORDS
        head = source_head(self.doc, anon)
        said = head_gender(head.lower_) if head is not None else None
        if said is None and head is not None:  # "the official" after "… because he was …"
            said = self.anonymous_gender.get(head.lemma_.lower())
        return not words & other and said != ("m" if female else "f")

    def last_named(self, idx: int, pos: int) -> int:
        """Where the entity `idx` was last named (not a pronoun) before `pos`; -1: never."""
        return max((m.span.start for m in self.clusters[idx].mentions
                    if m.span.start < pos and m.kind != "pronoun"), default=-1)

    def group_entity(self, start: int, end: int, head: Token) -> int:
        """A cluster for a group named by a phrase ("Truck drivers waiting outside the
        gates"), so a "they" that stands for it names it too (one per phrase)."""
        name = self.text[start:end]
        for i, c in enumerate(self.clusters):
            if c.type == "group" and c.name == name:
                self.extra.setdefault(i, []).append(Span.of(self.text, start, end))
                return i
        mention = Mention(Span.of(self.text, start, end), "name", head.i)
        self.clusters.append(EntityCluster(name, "group", None, (mention,), (name,)))
        return len(self.clusters) - 1

    def by_head(self, span: Span, head: Token, low: str) -> tuple[SourceType, int | None, bool]:
        word = head.lower_
        if word in PERSON_PRONOUNS or word in ("i",):
            return "person", None, True
        if word in THING_PRONOUNS | PLURAL_PRONOUNS and self.depth == 0:
            found = self.by_subject(span, head, plural=word in PLURAL_PRONOUNS)
            if found is not None:
                return found
        if word in THING_PRONOUNS:
            idx = self.recent(span.start, ("organization", "outlet"), (), True)
            return self.typed(idx, "organization", span)
        if word in PLURAL_PRONOUNS or word == "we":
            return self.they(span)
        if word in DOCUMENT_HEADS:
            return self.document(span, head)
        if is_spokesperson(head):
            aff = self.affiliation(span, head)
            return ("organization", aff, False) if aff is not None else ("anonymous", None, False)
        anon_head = word in ANON_HEADS or head.lemma_ in ANON_HEADS
        if anon_head and head.tag_ in ("NNS", "NNPS"):
            org = self.officials_of(span, head)
            if org is not None:  # "European Commission officials said": the Commission's
                return "group", org, False
        if any(rx.search(low) for rx in WEAK_ANON) or (anon_head and head.tag_ == "NNS"):
            return "anonymous", None, False
        if word in PLACE_HEADS or head.lemma_ in PLACE_HEADS:  # "the neighbouring county"
            return ("group" if head.tag_ == "NNS" else "organization"), None, False
        if word in GROUP_HEADS or any(rx.search(low) for rx in GROUP_RE) or is_collective(head) \
                or _part_of_many(head):
            return "group", None, False
        if word in ORG_PARTS:  # "RT's management", "the campaign's lawyers"
            aff = self.affiliation(span, head)
            if aff is not None:
                return "organization", aff, False
        return self.nominal(span, head)

    def nominal(self, span: Span, head: Token) -> tuple[SourceType, int | None, bool]:
        """A definite description: "the agency", "the president", "the Post"."""
        word, lemma = head.lower_, head.lemma_.lower()
        definite = any(t.lower_ in ("the", "this", "that") for t in head.lefts)
        # only a bare description is anaphoric: "the agency", not "the health authority
        # there"; "the ministry, which is run by …" is bare, its clause only says more of it
        # "the bank itself" is as bare as "the bank" (stranger trial 9)
        bare = definite and all(t.dep_ in BARE_DEPS or nonrestrictive_clause(t)
                                or t.lower_ in ("itself", "themselves") for t in head.children)
        if lemma in ORG_HEADS or word in ORG_HEADS:
            outlet = lemma in OUTLET_HEADS
            key = lemma if lemma in ORG_HEADS else word
            types = ("outlet",) if outlet else ("organization",)
            names = next((QUALIFIED_HEADS[q] for t in head.children if t.dep_ == "amod"
                          if (q := f"{t.lower_} {key}") in QUALIFIED_HEADS), None)
            idx = self.recent(span.start, types, ORG_HEADS[key], key in LOOSE_HEADS, names) \
                if bare else None
            described = max(self.described_heads.get(lemma, -1),
                            self.described_before(span.start, lemma)) if bare else -1
            if bare and described > self.last_mention(idx, span.start):
                return ("outlet" if outlet else "organization"), None, False
            if described >= 0 and idx is not None and idx != self.recent(
                    span.start, types, ORG_HEADS[key], False, names):
                # "The defence ministry said … Ukraine's military did not comment … The
                # ministry also said": the ministry described, not the organization
                # named last under another head (a loose link, by distance only)
                return ("outlet" if outlet else "organization"), None, False
            return self.typed(idx, "outlet" if outlet else "organization", span, bare)
        if definite and not any(t.dep_ in ("prep", "relcl", "acl") and not
                                nonrestrictive_clause(t) for t in head.children):
            idx = self.recent_titled(span.start, word)
            if self.anonymous_heads.get(lemma, -1) > self.last_mention(idx, span.start):
                # "The senator" after "a second senator, who asked not to be named"
                return "anonymous", None, False
            if idx is None and lemma in ROLE_HEADS:  # "the Republican nominee"
                idx = self.salient_person(span.start)
            if idx is not None:
                return self.typed(idx, "person", span)
        if head.text[:1].isupper():  # the tagger may call "Trump" a noun
            idx = self.by_surname(span.start, word)
            if idx is not None:
                return self.typed(idx, "person", span)
            if is_plural_person_noun(head.text) and _opens_sentence(head):
                return "group", None, False  # "- Rebels deny …": people, capitalised first
            if head.pos_ == "PROPN" and span.text in CAPITALS and not any(
                    span.text in c.name.split() for c in self.clusters if c.type == "person"):
                return "organization", None, False  # "Kyiv said": its government
            if head.pos_ == "PROPN":
                return self.new_person(head)
        if head.tag_ in ("NNS", "NNPS"):
            return "group", None, False
        if is_unnamed_description(head):
            # "A doctor said", "One woman told reporters": a person the story does not name
            # is an unnamed source, as "a senior official" is; typed "person", the ledger
            # would merge every article's "a doctor" into one speaker
            return "anonymous", None, False
        if head.pos_ == "NOUN" and head.text.islower() and not is_person_noun(head) and \
                head.lemma_.lower() not in ("one", "someone", "anyone", "everyone"):
            # "Valdoria's parliament", "the court", "the assembly": a body, not a person
            return "organization", None, False
        # an unresolved "the spokesman" failed
        return "person", None, bare

    def described_organization(self, head: Token) -> int | None:
        """The organization a description with a non-restrictive relative clause names
        ("The health ministry in Varn, which is run by the Varn Front,"), as an entity
        named by the noun phrase without its clause and article ("health ministry in
        Varn"), so that the clause is no part of the source's name (stranger trial 7:
        "ministry which is run by the varn front" keyed a source of its own); None
        without such a clause."""
        end = noun_phrase_end(head)
        if end > head.right_edge.i:
            return None
        first = head.left_edge.i
        while first < head.i and self.doc[first].pos_ in ("DET", "PUNCT"):
            first += 1
        while end > head.i + 1 and (self.doc[end - 1].is_punct or self.doc[end - 1].is_space):
            end -= 1
        start, stop = self.doc[first].idx, self.doc[end - 1].idx + len(self.doc[end - 1].text)
        name = self.text[start:stop]
        for i, c in enumerate(self.clusters):
            if c.type == "organization" and c.name.casefold() == name.casefold():
                self.extra.setdefault(i, []).append(Span.of(self.text, start, stop))
                return i
        mention = Mention(Span.of(self.text, start, stop), "alias", head.i)
        self.clusters.append(EntityCluster(name, "organization", None, (mention,), (name,)))
        return len(self.clusters) - 1

    def described_before(self, pos: int, lemma: str) -> int:
        """Where the text last described an organization by the head `lemma` before `pos`,
        in lower case and in no named entity ("We asked the finance ministry for a
        response. …, the ministry said": that ministry, not the last organization named),
        else -1."""
        return max((t.idx for t in self.doc if t.idx < pos and t.lemma_.lower() == lemma
                    and t.text.islower() and t.dep_ != "compound"  # "a council spokesperson"
                    and self.entity_of(t) is None), default=-1)

    def typed(self, idx: int | None, default: SourceType, span: Span,
              anaphoric: bool = True) -> tuple[SourceType, int | None, bool]:
        """The entity's type (adding `span` to its mentions), else `default`, unresolved
        when the span was meant to refer back (a pronoun or bare "the agency")."""
        if idx is None:
            return default, None, anaphoric
        self.extra.setdefault(idx, []).append(span)
        return ENTITY_SOURCE_TYPE[self.clusters[idx].type], idx, False

    def by_subject(self, span: Span, pron: Token,
                   plural: bool) -> tuple[SourceType, int | None, bool] | None:
        """"it"/"they" as the latest subject before it of the same number (not a person
        for "it"), classified like a source: "The report says ... It also notes"."""
        for tok in subjects_before(pron, self.quotes):
            phrase = Span.of(self.text, tok.left_edge.idx,
                             tok.right_edge.idx + len(tok.right_edge.text))
            is_plural = tok.tag_ in ("NNS", "NNPS") or is_coordinated(self.doc, phrase, tok)
            if is_plural != plural or (not plural and tok.ent_type_ == "PERSON"):
                continue
            sub = Span.of(self.text, tok.left_edge.idx, tok.idx + len(tok.text))
            kind, idx, short = self.classify(sub, depth=1)
            if (kind == "person" and not plural) or kind == "unspecified":
                continue
            if kind == "group" and idx is None and plural and tok.pos_ == "NOUN":
                # "Observers from the EU mission visited … They said": the observers
                idx = self.group_entity(phrase.start, phrase.end, tok)
            if idx is not None:
                self.extra.setdefault(idx, []).append(span)
            else:
                self.subject = tok
            return kind, idx, short
        return None

    def they(self, span: Span) -> tuple[SourceType, int | None, bool]:
        prev = self.previous
        if prev and prev[0] in ("group", "anonymous", "organization") and \
                span.start - prev[2] < NOMINAL_LOOKBACK // 2:
            if prev[1] is not None:
                self.extra.setdefault(prev[1], []).append(span)
            return prev[0], prev[1], prev[1] is None and prev[0] != "anonymous"
        return "group", None, True

    def document(self, span: Span, head: Token) -> tuple[SourceType, int | None, bool]:
        """A document's owner ("estimates from the health authority") speaks for it."""
        owner = self.owner(head)
        if owner is None:
            return "document", None, False
        idx = self.entity_of(owner)
        if idx is not None:
            return ENTITY_SOURCE_TYPE[self.clusters[idx].type], idx, False
        if owner.lower_ in PERSON_PRONOUNS:
            return "person", None, True
        sub = Span.of(self.text, owner.left_edge.idx, owner.idx + len(owner.text))
        kind, idx, short = self.nominal(sub, owner)
        if kind in ("person", "group") and owner.pos_ != "PROPN":
            return "organization" if owner.lemma_ in ORG_HEADS else "document", idx, short
        return kind, idx, short

    def owner(self, head: Token) -> Token | None:
        for child in head.children:
            if child.dep_ == "poss":
                return child
        for child in head.children:
            if child.dep_ in ("prep", "agent") and child.lower_ in OWNER_PREPS:
                pobj = next((g for g in child.children if g.dep_ == "pobj"), None)
                if pobj is not None:
                    return pobj
            if child.dep_ == "relcl":  # "a speech Mrs. Clinton delivered"
                subj = next((g for g in child.children if g.dep_ == "nsubj"), None)
                if subj is not None and subj.lower_ not in RELATIVE_PRONOUNS:
                    return subj
            if child.dep_ == "acl":  # "a report released by the ministry"
                agent = next((g for g in child.children if g.dep_ == "agent"), None)
                pobj = next((g for g in agent.children if g.dep_ == "pobj"), None) if agent \
                    else None
                if pobj is not None:
                    return pobj
        return None

    def posted_on(self, idx: int, mention: Mention) -> bool:
        """Is the mention a platform named as where something was posted ("a statement on
        Telegram", "via X")? Not a speaker there: the one who posted is."""
        if self.clusters[idx].name.lower().strip(" .") not in PLATFORMS:
            return False
        tok = self.doc[mention.head]
        return tok.dep_ == "pobj" and tok.head.lower_ in POSTING_PREPS

    def is_platform(self, idx: int) -> bool:
        """Is the cluster a platform by its bare name ("Telegram", "TikTok")? Speaking, it is
        the company that runs it: "the company" after "Telegram removed the channel"."""
        return self.clusters[idx].name.lower().strip(" .") in PLATFORMS

    def is_located(self, mention: Mention) -> bool:
        """Is the mention a place after a locative preposition ("the ministry in Port Sudan",
        "a diplomat in Nairobi")? It says where the speaker is, not whom it speaks for."""
        tok = self.doc[mention.head]
        while tok.dep_ == "compound" and tok.head.i != tok.i:
            tok = tok.head
        return tok.dep_ == "pobj" and tok.head.lower_ in LOCATIVE_PREPS

    def locates_organization(self, mention: Mention) -> bool:
        """Does the mention's locative preposition hang on an organization ("the Ukrainian
        army in Kyiv", "the embassy in Washington")? Then it is where that organization is,
        even where the tagger typed it an organization (review 1127j)."""
        tok = self.doc[mention.head]
        while tok.dep_ == "compound" and tok.head.i != tok.i:
            tok = tok.head
        holder = tok.head.head
        return holder.lemma_ in ORG_HEADS or any(
            m.head == holder.i for c in self.clusters if c.type == "organization"
            for m in c.mentions)

    def speaking_cluster_at(self, start: int, end: int) -> int | None:
        """The cluster named last inside [start, end) that may speak for an unnamed speaker:
        not a platform posted on, nor a place said to be where the speaker is."""
        best: tuple[int, int] | None = None
        for i, c in enumerate(self.clusters):
            for m in c.mentions:
                if start <= m.span.start and m.span.end <= end and \
                        not ((c.type == "place" or self.locates_organization(m))
                             and self.is_located(m)) and \
                        not self.posted_on(i, m) and (best is None or m.span.end > best[0]):
                    best = (m.span.end, i)
        return best[1] if best else None

    def affiliation(self, span: Span, head: Token | None) -> int | None:
        """The organization an unnamed speaker belongs to, as named in the span."""
        idx = self.speaking_cluster_at(span.start, span.end)
        if idx is not None and self.clusters[idx].type in ("organization", "outlet", "place"):
            return idx
        if head is None:
            return None
        for tok in head.subtree:
            if tok.i != head.i and (tok.lemma_ in ORG_HEADS) and \
                    (tok.dep_ == "compound" or any(t.lower_ == "the" for t in tok.lefts)):
                # only a bare "the ministry" is anaphoric: "the health ministry in Port
                # Sudan" is not the last organization named, whatever it is
                bare = all(t.dep_ in BARE_DEPS for t in tok.children)
                return self.recent(span.start, ("organization",), ORG_HEADS[tok.lemma_],
                                   tok.lemma_ in LOOSE_HEADS and bare)
        return None

    def recent(self, pos: int, types: tuple[str, ...], keys: tuple[str, ...],
               loose: bool, names: Sequence[re.Pattern[str]] | None = None) -> int | None:
        """The entity of a type mentioned last before `pos` whose name has one of `keys`;
        with no keys, or `loose` and none keyed, the last one within LOOSE_CHARS; with
        `names` (a qualified head's: "the central bank"), only one whose name matches one."""
        best: list[tuple[int, int, int]] = []
        for i, c in enumerate(self.clusters):
            if c.type not in types or (names is not None and
                                       not any(rx.search(c.name) for rx in names)):
                continue
            before = [m for m in c.mentions if m.span.start < pos]
            if before and self.posted_on(i, before[-1]):  # "on Telegram, the group said"
                continue
            if all(is_speaker_label(self.text, sp) for sp in self.spans_of(i)):
                continue  # "VELES: …" typed an organization is a speaker, not "the ministry"
            last = max((m.span.start for m in c.mentions if m.span.start < pos), default=-1)
            if last < 0 or pos - last > NOMINAL_LOOKBACK:
                continue
            words = set(c.name.lower().replace(".", " ").split())
            keyed = int(any(k.lower() in words for k in keys)  # "Co" is not in "Council"
                        or (keys == COMPANY_KEYS and self.is_platform(i)))
            if keyed or not keys or (loose and pos - last <= LOOSE_CHARS):
                best.append((keyed, last, i))
        return max(best)[2] if best else None

    def new_person(self, head: Token) -> tuple[SourceType, int | None, bool]:
        """A name the NER missed and nothing else matches becomes an entity of its own: a
        person (without a title taken into it: "Deputy Fire Chief Ana Cruz"), or an
        organization when it ends in a company word ("Foo Holdings")."""
        first = self.name_start(head)
        end = head.idx + len(head.text)
        lead = descriptor_lead(self.text[self.doc[first].idx:end])
        if lead and first < head.i:  # "Watchdog Clearline said": the watchdog's name
            found = self.doc.char_span(self.doc[first].idx + lead, end, alignment_mode="expand")
            if found is not None and len(found):
                return "organization", self.organization_named(head, found.start), False
        if first < head.i and (head.text in ORG_WORDS or names_an_organization(
                self.text, self.doc[first].idx, end)):  # "Médecins Sans Frontières said"
            return "organization", self.organization_named(head, first), False
        title, start = split_lead_title(self.text, self.doc[first].idx, end)
        if start > self.doc[first].idx:  # "Deputy Fire Chief Ana Cruz": Ana Cruz
            found = self.doc.char_span(start, end, alignment_mode="expand")
            first = found.start if found is not None else first
        if first == head.i and (org := self.organization_short_form(head)) is not None:
            return "organization", org, False  # "Meridian questioned …": Meridian Research
        if first == head.i and (full := full_name_of(self.doc, head.text)) is not None:
            return "person", self.new_entity(head, "person", first, title, full), False
        return "person", self.new_entity(head, "person", first, title), False

    def organization_short_form(self, head: Token) -> int | None:
        """The organization of several words the article names whose first word is this
        one bare word ("Meridian" after "a survey by Meridian Research"), with the word
        added as its mention; None when there is none or the word starts a person's name."""
        if head.ent_type_ == "PERSON" and head.ent_iob_ == "B" and head.i + 1 < len(self.doc) \
                and self.doc[head.i + 1].ent_iob_ == "I":
            return None
        for i, c in enumerate(self.clusters):
            if c.type == "organization" and len(c.name.split()) > 1 and \
                    c.name.split()[0] == head.text:
                mention = Mention(Span.of(self.text, head.idx, head.idx + len(head.text)),
                                  "name", head.i)
                self.clusters[i] = replace(c, aliases=(*c.aliases, head.text), mentions=tuple(
                    sorted((*c.mentions, mention), key=lambda m: (m.span.start, m.span.end))))
                return i
        return None

    def organization_named(self, head: Token, first: int) -> int:
        """The organization of a name the NER missed, tokens `first` to `head`: the one
        the article named by its initials where there is one ("MSF's coordinator" and
        "Médecins Sans Frontières said"), given the full name, else a new one."""
        start, end = self.doc[first].idx, head.idx + len(head.text)
        name = self.text[start:end]
        initials = name_initials(name)
        for i, c in enumerate(self.clusters):
            if c.type == "organization" and len(initials) > 1 and is_acronym(c.name) and \
                    capital_letters(c.name) == initials:
                mention = Mention(Span.of(self.text, start, end), "name", head.i)
                self.clusters[i] = replace(c, name=name, aliases=(*c.aliases, name), mentions=tuple(
                    sorted((*c.mentions, mention), key=lambda m: (m.span.start, m.span.end))))
                return i
        return self.new_entity(head, "organization", first)

    def name_start(self, head: Token) -> int:
        """The first token of the proper name ending at `head` (its compound names)."""
        first = head.i
        while first > 0 and self.doc[first - 1].pos_ == "PROPN" and \
                self.doc[first - 1].dep_ == "compound":
            first -= 1
        return first

    def new_entity(self, head: Token, etype: EntityType, first: int | None = None,
                   title: str | None = None, name: str | None = None) -> int:
        """The cluster of the proper name ending at `head` (with its compound names, or from
        token `first`, after its `title`), added when no cluster of that type and name
        exists; `name`: the full name it goes by, where the text gives one elsewhere."""
        first = self.name_start(head) if first is None else first
        start, end = self.doc[first].idx, head.idx + len(head.text)
        name = name or self.text[start:end]
        for i, c in enumerate(self.clusters):
            if c.type == etype and c.name == name:
                self.extra.setdefault(i, []).append(Span.of(self.text, start, end))
                return i
        mention = Mention(Span.of(self.text, start, end), "name", head.i)
        self.clusters.append(EntityCluster(name, etype, title, (mention,), (name,)))
        return len(self.clusters) - 1

    def spans_of(self, idx: int) -> list[Span]:
        """Every span naming the entity `idx`: its mentions and those resolution added."""
        return [m.span for m in self.clusters[idx].mentions] + self.extra.get(idx, [])

    def salient_person(self, pos: int) -> int | None:
        """The person named most often before `pos` (ties: the latest), if any."""
        best: tuple[int, int, int] | None = None
        for i, c in enumerate(self.clusters):
            if c.type != "person":
                continue
            starts = [m.span.start for m in c.mentions if m.span.start < pos]
            if any(is_speaker_label(self.text, sp) for sp in self.spans_of(i)) or \
                    c.name.split()[-1:] and c.name.split()[-1].lower() in self.speakers:
                # "JAKE TAPPER, CNN HOST: The governor told reporters …": a transcript's
                # speakers speak of themselves as "I" and to each other as "you"; "the
                # finance minister" in a turn, named in no title, is a third party, not
                # the guest the host introduced by name (stranger trial 5, 05-radio)
                continue
            if starts and all(byline_person(self.text, m.span.start, m.span.end)
                              for m in c.mentions if m.span.start < pos):
                continue  # "By Marta Kowal": the reporter, not "the speaker" of the story

            if starts and (best is None or (len(starts), starts[-1]) > best[:2]):
                best = (len(starts), starts[-1], i)
        return best[2] if best else None

    def by_surname(self, pos: int, word: str) -> int | None:
        """A person named by a last name the NER missed ("Trump", "PENCE")."""
        cands = [(max((m.span.start for m in c.mentions if m.span.start < pos), default=-1), i)
                 for i, c in enumerate(self.clusters)
                 if c.type == "person" and c.name.split()[-1].lower() == word]
        return max(cands)[1] if cands else None

    def last_mention(self, idx: int | None, pos: int) -> int:
        """Where the entity `idx` was last mentioned before `pos` (-1: never, or no entity)."""
        if idx is None:
            return -1
        return max((m.span.start for m in self.clusters[idx].mentions if m.span.start < pos),
                   default=-1)

    def is_title(self, word: str) -> bool:
        """Is `word` the last word of a person's title in this article ("CS")?"""
        return any(c.type == "person" and c.title and c.title.split()[-1] == word
                   for c in self.clusters)

    def recent_titled(self, pos: int, word: str) -> int | None:
        best = None
        for i, c in enumerate(self.clusters):
            if c.type == "person" and c.title and c.title.lower().split()[-1] == word:
                last = max((m.span.start for m in c.mentions if m.span.start < pos), default=-1)
                if last >= 0 and (best is None or last > best[0]):
                    best = (last, i)
        return best[1] if best else None


def resolve_sources(
    doc: Doc, raws: Sequence[RawAttribution]
) -> tuple[tuple[Entity, ...], tuple[Attribution, ...]]:
    """The article's entities (E1.. by first mention) and its attributions (A1.. in text
    order) with sources resolved, typed and nested; spans are kept as given."""
    res = _Resolver(doc, find_entities(doc))
    res.speakers = speaker_names(raws)
    res.first_turn = min((r.source.start for r in raws if r.source is not None
                          and r.source_hint in (ROLE_HINT, SPEAKER_HINT)), default=res.first_turn)
    resolved = []
    # an anonymous source's span -> the attribution id its pronouns refer to (its own, or
    # for a pronoun itself, the description it stands for: "He added" after "He said")
    described: dict[tuple[int, int], str] = {}
    turns: list[tuple[RawAttribution, tuple[SourceType, int | None, bool]]] = []
    # each source with no entity so far: its head token's index -> its attribution's id (or
    # the one it refers to), for an "it"/"they" standing for it
    headed: dict[int, str] = {}
    for raw in sorted(raws, key=_order_key):
        res.antecedent, res.subject = None, None
        own = speaker_of_own_report(raw, turns)
        if own is not None and own[1] is not None and raw.source is not None:
            res.extra.setdefault(own[1], []).append(raw.source)  # "I" is a mention of them
        kind, idx, short = own or res.resolve(raw)
        if is_turn(raw):
            turns.append((raw, (kind, idx, short)))
        refers_to = None
        if kind == "anonymous" and res.antecedent is not None:
            refers_to = described.get((res.antecedent.start, res.antecedent.end))
        if idx is None and res.subject is not None:  # "The Varn health ministry said … it said"
            refers_to = headed.get(res.subject.i)
        if raw.source is not None and idx is None and kind != "unspecified" and \
                (head := source_head(doc, raw.source)) is not None:
            headed[head.i] = refers_to or f"A{len(resolved) + 1}"
        if raw.source is not None and kind != "unspecified":
            res.previous = (kind, idx, raw.source.start)
        if raw.source is not None and kind == "anonymous":
            res.anonymous_spans.append(raw.source)
            res.note_anonymous_gender(raw.source)
            if idx is None and (refers_to is not None or res.antecedent is None):
                described.setdefault((raw.source.start, raw.source.end),
                                     refers_to or f"A{len(resolved) + 1}")
        if raw.source is not None and kind == "person" and idx is not None and \
                (head := source_head(doc, raw.source)) is not None and \
                head.lower_ not in PERSON_PRONOUNS:
            res.spoke_at.setdefault(idx, []).append(raw.source.start)
        if kind in ("anonymous", "organization") and raw.source is not None and (
                kind == "anonymous" or idx is None):
            head = source_head(doc, raw.source)
            if head is not None:
                heads = res.anonymous_heads if kind == "anonymous" else res.described_heads
                heads[head.lemma_.lower()] = raw.source.start
        rec = cluster_at(tuple(res.clusters), raw.recipient.start, raw.recipient.end) \
            if raw.recipient is not None else None
        resolved.append((raw, kind, idx, short, rec, refers_to))
    order = sorted(range(len(res.clusters)), key=lambda i: res.clusters[i].start)
    ids = {old: f"E{rank}" for rank, old in enumerate(order, start=1)}
    entities = tuple(
        res.clusters[old].to_entity(ids[old], tuple(res.extra.get(old, ()))) for old in order
    )
    atts: list[Attribution] = []
    for n, (raw, kind, idx, short, rec, refers_to) in enumerate(resolved, start=1):
        recipient = Recipient(raw.recipient, ids.get(rec)) if raw.recipient else None
        conf = raw.confidence * (UNRESOLVED_PENALTY if short else 1.0)
        source = Source(raw.source, kind, ids.get(idx), refers_to)
        atts.append(Attribution(f"A{n}", raw.kind, source, raw.cue, raw.content, recipient,
                                None, conf))
    return entities, nest_attributions(atts)


# after a name at a line's start, what makes it a transcript's speaker label: a role after a
# comma, then a colon ("JAKE TAPPER, CNN HOST:", "MIRA HOLST:")
_LABEL_AFTER = re.compile(r"(?:,[ \xa0][^:\n]{1,60})?:[ \xa0]")


def is_speaker_label(text: str, span: Span) -> bool:
    """Is the mention `span` a transcript speaker label ("JAKE TAPPER, CNN HOST: …")?"""
    line_start = text.rfind("\n", 0, span.start) + 1
    return not text[line_start:span.start].strip() and \
        _LABEL_AFTER.match(text, span.end) is not None


# determiners that introduce someone not named before: "a doctor", "one woman", "another
# resident" (not "the doctor", who may be someone named earlier)
INDEFINITE_DETERMINERS = frozenset({"a", "an", "one", "another"})


def _part_of_many(head: Token) -> bool:
    """A number or a share of people ("Only four of them", "16 of the 20 economists in a
    Reuters poll", "most of the analysts"): a group, no person (stranger trial 9)."""
    if not (head.pos_ == "NUM" or head.tag_ == "JJS" or head.lower_ in ("some", "many",
                                                                         "several", "all")):
        return False
    for prep in head.children:
        if prep.dep_ == "prep" and prep.lower_ == "of":
            obj = next((c for c in prep.children if c.dep_ == "pobj"), None)
            if obj is not None and (obj.tag_ in ("NNS", "NNPS") or obj.lower_ in ("them", "us")):
                return True
    return False


def is_unnamed_description(head: Token) -> bool:
    """Is the source headed by `head` an indefinite description of a person with no name
    in it ("A local journalist", "One woman in the queue"), not a name the tagger missed?"""
    if head.pos_ == "PROPN" or head.text[:1].isupper():
        return False
    if not is_person_noun(head):
        return False  # "A hospital said": an institution, not a person with no name
    if not any(t.lower_ in INDEFINITE_DETERMINERS and t.dep_ in ("det", "nummod")
               for t in head.lefts):
        return False
    # a name beside it ("a nurse, Amal Haddad,") names the person
    return not any(t.dep_ == "appos" for t in head.children) and not any(
        t.ent_type_ == "PERSON" for t in head.subtree if t.i != head.i)


def _opens_sentence(tok: Token) -> bool:
    """Is `tok` its sentence's first word, after a bullet or a quote mark at most ("- Rebels
    deny firing": capitalised there by position, not as a name), or the first after a
    dateline ("KESSARIN, Dorvania — Police said", "LONDON (Reuters) - Police said")?"""
    return all(t.is_punct for t in tok.sent if t.i < tok.i) or \
        _after_a_dateline(doc_text(tok.doc), tok.idx)


# a dateline before the story's first word: "KESSARIN, Dorvania — ", "LONDON (Reuters) - ",
# "BRANO, Nov 24 (Reuters) - ", "OSTBY, Norland, March 3 (AP) — "
DATELINE_BEFORE = re.compile(r"[ \t\xa0]*[A-Z][A-Z'’.-]+(?:[ -][A-Z][A-Z'’.-]+)*"
                             r"(?:,[ \xa0]+[^\n.!?—–―]{1,40}?)?(?:[ \xa0]+\([\w .&/-]{1,30}\))?"
                             r"[ \xa0]*[—–―-]+[ \xa0]+$")


def _after_a_dateline(text: str, pos: int) -> bool:
    """Whether `pos` is the first word after a dateline opening its line."""
    line = text.rfind("\n", 0, pos) + 1
    return pos - line <= 80 and DATELINE_BEFORE.match(text, line, pos) is not None

