"""What merging needs of one article, from that article alone: pure Record -> extra columns.

For each record (numbered `seq` in the ledger) this gives, beside the table rows of
rows.py, the columns the cross-article merges read (ledger/merge.py):

* attributions: `ref` (seq * 2**20 + its index), the source's merge facts
  (names.mention_facts: key, display name, noun phrase, surname block, acronym block), the
  content's normalised words, `text_key` and whether it is a quote;
* quantities: `ref`, series key and readable label, as-of day and its origin, place,
  the comparison group (series, day, place) and bounds; plus the pairs of one article's
  figures that disagree (figure_clashes);
* articles: the story key (duplicates.py) and canonical outlet; appearances: the
  canonical outlet of each sighting.

Nothing here opens a database, so a Spark job computes the same columns.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace

from according.entities.find import CAPITALS
from according.ledger.bodies import (
    GENERIC_WORDS,
    country_of,
    fold,
    generic_body,
    opening_country,
    story_country,
)
from according.ledger.disagreements import counts_a_part, measures_another, verified_floor
from according.ledger.duplicates import (
    body_words,
    byline_names,
    prose_and_quoted,
    rewrite_signatures,
    story_signatures,
    wire_services,
)
from according.ledger.figures import (
    as_of_day,
    bounds,
    comparable,
    counted_key,
    counted_rules,
    counted_words,
    measured_by_poll,
    named_as_demonym,
    named_as_person,
    named_as_place,
    not_an_amount,
    place_key,
    place_names_owner,
    place_of_employer,
    place_of_speaker,
    placed_figure,
    sentence_ends,
    series_label,
    within_article_clashes,
)
from according.ledger.minhash import hash64
from according.ledger.names import (
    MentionFacts,
    SourceMention,
    is_pronoun,
    mention_facts,
    name_rules,
    normalise_org,
    split_person,
)
from according.ledger.orgs import bracketed_alias, span_alias, whole_names, whole_span_name
from according.ledger.quotes import claim_words, numbers, same_words, shingles, text_key
from according.ledger.roles import source_holders
from according.ledger.rows import TableRows, figure_ends
from according.records import Attribution, Record

REF_BITS = 20  # a ref is seq << REF_BITS | index: up to a million attributions per article
QUOTE_KINDS = frozenset({"direct", "mixed"})
ORG_TYPES = frozenset({"organization", "outlet", "group"})


def make_ref(seq: int, index: int) -> int:
    """The ledger-wide id of an article's index-th attribution or figure."""
    return (seq << REF_BITS) | min(index, (1 << REF_BITS) - 1)


def outlet_key(outlet: str | None) -> str | None:
    """An outlet's canonical name (WaPo -> The Washington Post); None when unknown."""
    if not outlet or not outlet.strip():
        return None
    return name_rules()["outlet_of"].get(normalise_org(outlet), outlet.strip())


def source_mentions(record: Record) -> list[SourceMention]:
    """The record's attributions as the source mentions names.py merges."""
    entities = {e.id: e for e in record.entities}
    org_names = [e.name for e in record.entities if e.type in ORG_TYPES]
    if record.metadata.outlet:
        org_names.append(record.metadata.outlet)
    people = tuple(dict.fromkeys(e.name for e in record.entities if e.type == "person"))
    article_id = record.id
    out = []
    stands_for = pronoun_antecedents(record)
    whole = whole_names(record)
    country, places = story_places(record)
    holders = source_holders(record, {a.source.entity for a in record.attributions
                                      if a.source.entity and a.source.type == "person"})
    opened_at: set[int] = set()
    countries_said = _countries_said(record)
    for own in record.attributions:
        a = stands_for.get(own.id, own)  # a pronoun's source is its description's
        entity = entities.get(a.source.entity) if a.source.entity else None
        span = a.source.span.text if a.source.span else ""
        surface = span or (entity.name if entity else "")
        if a.id in holders and holders[a.id] is None:  # a role two people hold (roles.py)
            entity = None
        name = whole.get(entity.id, entity.name) if entity else span
        type_ = entity.type if a.source.type == "unspecified" and entity else a.source.type
        alias = None
        if entity is not None and entity.type in ORG_TYPES:
            name = whole_span_name(span, name) or name
            # the whole name's alias may follow either part, or the source span
            alias = next((found for eid in [entity.id, *(e for e, w in whole.items()
                                                           if w == name and e != entity.id)]
                          if (found := bracketed_alias(record, eid))), None) or (
                span_alias(record.text, a.source.span.end, span) if a.source.span else None)
        if type_ in ORG_TYPES and name in CAPITALS:  # "Moscow said": Russia's government
            name = CAPITALS[name]
        # a sentence opening "In neighbouring Uganda," names whose body its source is
        opened = opening_country(record.text, a.source.span.start) if a.source.span else None
        if opened is None and a.source.span and type_ in ORG_TYPES:
            opened = speaking_country(a.source.span.start, countries_said, country)
        if type_ in UNNAMED_TYPES:  # its key is its description without why it is unnamed
            surface = without_anonymity(surface)
        out.append(SourceMention(
            article_id, own.id, surface, name or surface, type_, entity.title if entity else None,
            tuple(dict.fromkeys(org_names)), people if entity is None else (),
            opened or country, places, alias, holders.get(a.id),
        ))
        if opened:
            opened_at.add(len(out) - 1)
    return _owned_as_named(out, opened_at, places)


# how far back a country that speaks ("Russia said on Tuesday ...") stands for the bare
# body after it ("The defence ministry said ..."): about two sentences
MAX_SPEAKING_COUNTRY = 400


def _countries_said(record: Record) -> list[tuple[int, str | None]]:
    """(where, the country folded or None) of each attribution's source span, in text
    order: the country where the whole source is a country's name ("Russia said")."""
    said = [(a.source.span.start, country_of(a.source.span.text, demonym=False))
            for a in record.attributions if a.source.span and a.source.type != "pronoun"]
    return sorted(said, key=lambda s: s[0])


def speaking_country(start: int, said: list[tuple[int, str | None]],
                     story: str | None) -> str | None:
    """The country whose government a bare body at `start` is, where the source just
    before it is that country itself, and not the story's country: a Kyiv-datelined story
    saying "Russia said on Tuesday that its air defences had shot down 41 drones. The
    defence ministry said ..." quotes Russia's ministry, not Ukraine's. None otherwise."""
    before = [(at, country) for at, country in said if at < start]
    if not before:
        return None
    at, country = before[-1]
    if country is None or country == story or start - at > MAX_SPEAKING_COUNTRY:
        return None
    return country


def _owned_as_named(mentions: list[SourceMention], opened_at: set[int],
                    places: tuple[str, ...]) -> list[SourceMention]:
    """The mentions with a generic body that names no owner ("The health ministry said")
    given the one owner the same article names for that body ("the Varn health ministry"
    earlier or later), before the story's country: a live blog about Kaldoria quoting the
    Varn health ministry then "the health ministry" quotes one body. A body the article
    names for two owners, or whose sentence opens with its place (opening_country), keeps
    its own."""
    owners: dict[str, set[str]] = {}
    found: list[tuple[str, str | None] | None] = []
    for m in mentions:
        body = None
        if m.type in ORG_TYPES:
            body = generic_body(m.name, places)
            if body is not None and body[1] is None and m.surface:
                body = (body[0], (generic_body(m.surface, places) or (body[0], None))[1])
        found.append(body)
        if body is not None and body[1] is not None:
            owners.setdefault(body[0], set()).add(body[1])
    out = []
    for i, (m, body) in enumerate(zip(mentions, found, strict=True)):
        named = owners.get(body[0], set()) if body is not None and body[1] is None else set()
        if len(named) == 1 and i not in opened_at:
            m = replace(m, country=next(iter(named)))
        out.append(m)
    return out


# the source types keyed by their description, per story (names.is_occurrence_key)
UNNAMED_TYPES = frozenset({"anonymous", "unspecified"})
# where a description turns to why its source is unnamed: "A hospital official, who asked
# not to be named because he was not authorised to speak to the media", "A senior
# official, speaking on condition of anonymity", "an aide who was not authorised to
# comment" (cut only when what follows holds one of _ANONYMITY_WORDS)
_ANONYMITY_CLAUSE = re.compile(
    r"[,(]?\s*\b(?:(?:who|that)\s+(?:had\s+|has\s+)?(?:asked|requested|declined|refused"
    r"|did\s+not\s+want|didn't\s+want|does\s+not\s+want|spoke|speaks|was\s+not|wasn't"
    r"|is\s+not|isn't|were\s+not|are\s+not|insisted|demanded)"
    r"|(?:speaking|talking|writing)\s+(?:on|under)|(?:on|under)\s+(?:the\s+)?condition"
    r"|because\s+(?:he|she|they)\s+(?:was|were|is|are|had|has|have)\s+not)\b", re.I)
_ANONYMITY_WORDS = re.compile(
    r"\b(?:named?|identified|identify|anonymity|anonymously|anonymous|authori[sz]ed"
    r"|permitted|allowed|on\s+the\s+record|publicly|by\s+name)\b", re.I)


def without_anonymity(description: str) -> str:
    """An unnamed source's description without the clause saying why it is unnamed (the
    rest of the span from there): "A hospital official, who asked not to be named because
    he was not authorised to speak to the media" and a copy's "A hospital official who
    asked not to be named" are one description, so a wire story and its copy that trims
    the clause count one source (stranger trial 6: two "A hospital official" in one
    story). The clause says nothing of who the source is; "an official who was at the
    scene" keeps its clause."""
    m = _ANONYMITY_CLAUSE.search(description, 1)
    if m is None or not _ANONYMITY_WORDS.search(description, m.start()):
        return description
    return description[:m.start()].rstrip(" ,;(-—–") or description


def story_places(record: Record) -> tuple[str | None, tuple[str, ...]]:
    """(the story's country, its places' names folded), for keying generic government
    bodies (bodies.py): the country its dateline, headline and text name, a place the
    text names as a body's owner ("Dorvania's Ministry of Health") counting as one."""
    text = record.text
    mentions = sorted((m.start, m.end, e.name) for e in record.entities if e.type == "place"
                      for m in e.mentions
                      if not named_as_demonym(text, m.start, m.end))  # "Kaldorian army"
    places = tuple(dict.fromkeys(fold(name) for _, _, name in mentions))
    owners = [name for start, end, name in mentions
              if place_names_owner(text, start, end, ())]
    # a national body named "of" its country ("the National Bank of Valdoria"), one per
    # mention, as "Valdoria's central bank" is
    owners += [found.group(1) for e in record.entities if e.type == "organization"
               if (found := _BODY_OF.search(e.name))
               and not GENERIC_WORDS & set(found.group(1).lower().split())
               for _ in e.mentions]
    # a name the NER typed an organization that owns a country's body ("Calderra's central
    # bank", "Calderra's finance ministry"): a place the tagger missed (stranger trial 9)
    people = {w for e in record.entities if e.type == "person" for w in e.name.split()}
    owners += [m.group(1) for m in _OWNS_A_NATIONAL_BODY.finditer(text)
               if not people & set(m.group(1).split())]  # "Johnson's government": his
    texts = [record.metadata.headline or "", text]
    titled = None if record.metadata.dateline else title_place(
        record.metadata.headline or "", places)
    return titled or story_country(record.metadata.dateline, texts, owners, places), places


# a situation report's or a humanitarian page's title opens with its country, as a dateline
# would: "VELMORA: Cholera Outbreak in Tessa Delta Region - Situation Report No. 3",
# "Sudan: Floods - Nov 2026"
_TITLE_PLACE = re.compile(
    r"^\s*([^\W\d_][^\W\d_'’.-]*(?:[ -][^\W\d_][^\W\d_'’.-]*){0,5})\s*:\s+\S")


def title_place(headline: str, places: tuple[str, ...]) -> str | None:
    """The country (folded) or the article's place a title opens with before a colon
    ("VELMORA: Cholera Outbreak …"), else None: "Analysis: …" or "Trump: …" names none."""
    m = _TITLE_PLACE.match(headline)
    if m is None:
        return None
    name = m.group(1)
    return country_of(name, demonym=False) or (fold(name) if fold(name) in places else None)


# a name (one or two capitalized words, whatever the NER made of it) owning a country's
# own body: "Calderra's central bank", "Calderra's finance ministry", "Calderra's 10-year
# government bond" -- a place, though the tagger missed it (stranger trial 9)
_OWNS_A_NATIONAL_BODY = re.compile(
    r"(?<![\w'’-])([A-Z][a-z][\w-]*(?: [A-Z][a-z][\w-]*)?)['’]s\s+(?:[\w-]+\s+){0,2}?"
    r"(?:central\s+bank|government|parliament|cabinet|legislature|army|military"
    r"|[a-z]+\s+ministry|statistics\s+(?:office|agency|bureau))\b")
# a national body's name ending in "of" and its country's name
_BODY_OF = re.compile(
    r"\b(?:[Bb]ank|[Pp]arliament|[Gg]overnment|[Aa]ssembly|[Rr]epublic|[Kk]ingdom"
    r"|[Pp]residency)"
    r"(?: [A-Z][\w-]*)* of (?:the )?([A-Z][\w-]+(?: [A-Z][\w-]+)?)$")


def pronoun_antecedents(record: Record) -> dict[str, Attribution]:
    """attribution id -> the attribution of the same record whose source its pronoun source
    stands for (the record's `refers_to`: "He said" after "An RSF commander, who requested
    anonymity, said"), so that the ledger names and counts the quote as that description's,
    not as "(unresolved pronoun)". Chains ("He added" -> "He said" -> the description) are
    followed; a target with an entity, without a source span or outside the record is not
    taken. Records stored without the field give {}: their reading is unchanged."""
    by_id = {a.id: a for a in record.attributions}
    out = {}
    for a in record.attributions:
        seen = {a.id}
        target = by_id.get(a.source.refers_to or "")
        while target is not None and target.id not in seen and target.source.refers_to:
            seen.add(target.id)
            target = by_id.get(target.source.refers_to)
        if target is not None and target.id not in seen and target.source.span is not None \
                and target.source.entity is None:
            out[a.id] = target
    return out


def add_derived_rows(rows: TableRows, records: Sequence[tuple[Record, int]], *,
                     published: Sequence[str | None] | None = None) -> None:
    """Add the merge columns of (record, seq) pairs to `rows` (filled by rows.rows_for for
    the same records, in the same order); `published` stands in for a record's missing
    publication time."""
    _add_story_columns(rows, records)
    for n, (record, seq) in enumerate(records):
        facts_of = _add_attribution_columns(rows, record, seq)
        when = record.metadata.published or (published[n] if published else None)
        add_figure_columns(rows, record, seq, facts_of, when)
    appearances = rows.columns.get("appearances")
    if appearances:
        appearances["outlet_key"] = [outlet_key(o) for o in appearances["outlet"]]


def _add_story_columns(rows: TableRows, records: Sequence[tuple[Record, int]]) -> None:
    words = [body_words(r.text, [(g.start, g.end, g.kind) for g in r.regions])
             for r, _ in records]
    sigs, sizes = story_signatures(words)
    cols = rows.columns.setdefault("articles", {})
    cols["story_sig"] = [sig.tolist() for sig in sigs]
    cols["story_n"] = sizes.tolist()
    cols |= rewrite_columns(records)
    cols["wire"] = [article_wire(r) for r, _ in records]
    cols["byline_names"] = [sorted(byline_names(r.metadata.byline)) for r, _ in records]
    cols["outlet_key"] = [outlet_key(r.metadata.outlet) for r, _ in records]


def rewrite_columns(records: Sequence[tuple[Record, object]]) -> dict[str, list]:
    """The articles' prose and quoted signature columns (duplicates.rewrite_signatures, merge
    rules 32) of (record, _) pairs."""
    prose, prose_n, quoted, quoted_n = rewrite_signatures(
        [prose_and_quoted(r.text, [(g.start, g.end, g.kind) for g in r.regions])
         for r, _ in records])
    return {"prose_sig": [sig.tolist() for sig in prose], "prose_n": prose_n.tolist(),
            "quoted_sig": [sig.tolist() for sig in quoted], "quoted_n": quoted_n.tolist()}


def article_wire(record: Record) -> list[str]:
    """The wire services the record is copy of (duplicates.wire_services), sorted."""
    return sorted(wire_services(record.metadata.outlet, record.metadata.credits,
                                record.metadata.byline, record.text,
                                [(g.start, g.end, g.kind) for g in record.regions]))


def _add_attribution_columns(rows: TableRows, record: Record, seq: int) -> dict[str, str]:
    """Fill the attribution merge columns; returns attribution id -> its local source key."""
    cols = rows.columns.setdefault("attributions", {})
    key_of = {}
    contents = [claim_words(" … ".join(c.text for c in a.content), quote=a.kind in QUOTE_KINDS)
                for a in record.attributions]
    same_as = article_texts(contents)
    for index, (a, mention) in enumerate(zip(record.attributions, source_mentions(record),
                                             strict=True)):
        facts = mention_facts(mention)
        key_of[a.id] = facts.key
        words = contents[index]
        _append(cols, seq=seq, ref=make_ref(seq, index), source_id=hash64(facts.key),
                source_kind=mention.type, **source_columns(mention, facts),
                words=" ".join(words) if words else None,
                text_key=text_key(contents[same_as[index]]),
                quote=a.kind in QUOTE_KINDS, cluster=None)
    return key_of


def source_columns(mention: SourceMention, facts: MentionFacts) -> dict[str, object]:
    """The attribution columns a mention's merge facts fill (a migration compares them)."""
    surname = facts.surname or (facts.key.rsplit(" ", 1)[1] if facts.first else None)
    return {
        "source_key": facts.key, "source_name": facts.name,
        "source_phrase": None if is_pronoun(facts.surface) else facts.surface or None,
        "named": facts.named, "surname": surname, "first": facts.first,
        "waiting": facts.surname is not None, "titles": sorted(facts.titles),
        "article_firsts": sorted(facts.article_firsts), "initials": facts.initials,
        "org_initials": facts.org_initials, "org_norm": facts.org_norm,
        "name_full": mention.type == "person" and split_person(facts.name)[0] is not None,
    }


def article_texts(contents: Sequence[tuple[str, ...]]) -> list[int]:
    """For each content of one article, the index of the content whose text it counts as:
    the longest other content of the same article that holds it (a sentence reported
    whole by one source and in part, or nested, by another: quotes.same_words), else
    itself. One article's contents only; across articles only quotes are compared."""
    sets = [shingles(w) for w in contents]
    nums = [numbers(w) for w in contents]
    out = []
    for i, words in enumerate(contents):
        holders = [j for j, other in enumerate(contents)
                   if j != i and len(other) > len(words) and sets[i]
                   and same_words(sets[i], sets[j], nums[i], nums[j])]
        out.append(max(holders, key=lambda j: (len(contents[j]), -j)) if holders else i)
    return out


def add_figure_columns(rows: TableRows, record: Record, seq: int,
                       source_of: dict[str, str], published: str | None) -> None:
    """Fill the figure merge columns of one record (and its within-article clashes)."""
    cols = rows.columns.setdefault("quantities", {})
    places = sentence_places(record)
    ends = sentence_ends(record.text) if record.quantities else []
    dateline = record.metadata.dateline
    country = story_places(record)[0] if record.quantities and dateline and not places \
        else None  # a bare dateline over a text naming no place gives way to it
    cues = {a.id: a.cue.start for a in record.attributions if a.cue is not None}
    read = []
    counted_of = [state_of(record.text, q.span.start, q.counted) for q in record.quantities]
    for q, counted in zip(record.quantities, counted_of, strict=True):
        key = counted_key(counted, q.unit)
        amount = not not_an_amount(record.text, q.span.start, q.span.end, counted, q.unit) \
            and not measures_another(record.text, q.span.start, counted, q.unit)
        day, origin = as_of_day(getattr(q, "as_of", None), getattr(q, "as_of_from", None),
                                published, getattr(q, "previous", False))
        place, stated = placed_figure(record.text, q.span.start, places, dateline, ends,
                                      cues.get(q.attribution or ""), q.span.end, country)
        read.append((key, day, origin, place, stated, amount and comparable(counted, day)))
    settled = settle_weak_places([
        (key if compared else None, day, place, stated)
        for key, day, _, place, stated, compared in read])
    local = []
    for index, (q, counted, (key, day, origin, place, _, compared), compared_in) in enumerate(
            zip(record.quantities, counted_of, read, settled, strict=True)):
        ref = make_ref(seq, index)
        # the figure shows its place as found; it is compared where its article places it
        group = f"{key}|{day}|{place_key(compared_in)}" if compared else None
        q_low, q_high = figure_ends(q)
        low, high, low_open = bounds(float(q.value), _num(q_low), _num(q_high), q.hedge)
        if high == low and (verified_floor(record.text, q.span.start, q.span.end)
                            or counts_a_part(record.text, q.span.start, q.span.end, counted)):
            high = float("inf")  # verified so far, or one part: the toll is at least that
        source = source_of.get(q.attribution) if q.attribution else None
        if group and measured_by_poll(record.text, q.span.start, ends):
            group += f"|poll:{source or ''}"  # a pollster's shares, compared with its own
        _append(cols, seq=seq, ref=ref, series_key=key, series_id=hash64(key),
                label=series_label(counted, q.unit), day=day, as_of_from=origin,
                place=place, group_id=hash64(group) if group else None, lo=low, hi=high,
                lo_open=low_open,
                source_key=source)
        if group:
            local.append((ref, group, source, (low, high, low_open)))
    for a, b in within_article_clashes(local):
        rows.add("figure_clashes", seq=seq, ref_a=a, ref_b=b,
                 series_id=cols["series_id"][cols["ref"].index(a)])


# a state of people named as a noun with "of" right before a figure: "the deaths of 34
# civilians", "the bodies of 12 migrants", "the killing of 40 protesters"
_STATE_OF = re.compile(r"\b([A-Za-z]+)\s+of\s+(?:some\s+|about\s+|at\s+least\s+"
                       r"|more\s+than\s+|nearly\s+|almost\s+)?$")


def state_of(text: str, start: int, counted: str | None) -> str | None:
    """What a figure at `start` counts, with the state of people a noun before it names
    ("it had verified the deaths of 34 civilians": "deaths of civilians", the dead, where
    the figure's own words are "civilians"): a count of people in that state, compared
    with the other counts of the dead (stranger trial 7: the monitor's 34 was a count of
    "civilians" beside the army's "no more than eight civilians had died"). A figure whose
    words already name a state, or that names none after it, keeps its words."""
    states = set(counted_rules().get("people_states", ()))
    words = counted_words(counted)
    if not words or words & states:
        return counted
    m = _STATE_OF.search(text, max(0, start - 40), start)
    if m is None or not counted_words(m.group(1)) & states:
        return counted
    return f"{m.group(1).lower()} of {counted}"


def settle_weak_places(placed: Sequence[tuple[str | None, str | None, str | None, bool]]
                       ) -> list[str | None]:
    """The places of one article's figures, given as (series key, day, place, stated; the
    key None for a figure compared with none, whose place stays as found). A weak place
    (a dateline or the article's most named place, figures.placed_figure) takes the place
    its article states for figures of the same series and day when they state one place
    (by place_key): a charity's 210 missing in a sentence naming no place is compared with
    the ministry's 140 "in Orvane province"; else the one place its article states for
    compared figures of its unit (a follow-up's 210 missing of Tuesday, "displaced across
    Orvane province" its only stated place for people, is compared with other reports'
    140 there). Two stated places (two towns' tolls) leave it where it was."""
    stated: dict[tuple[str, str | None], dict[str | None, str | None]] = {}
    of_unit: dict[str, dict[str | None, str | None]] = {}
    for key, day, place, is_stated in placed:
        if is_stated and key is not None:
            stated.setdefault((key, day), {}).setdefault(place_key(place), place)
            of_unit.setdefault(key.rsplit("|", 1)[-1], {}).setdefault(place_key(place), place)
    out = []
    for key, day, place, is_stated in placed:
        found = (stated.get((key, day)) or of_unit.get(key.rsplit("|", 1)[-1], {})
                 ) if key is not None else {}
        out.append(next(iter(found.values())) if not is_stated and len(found) == 1 else place)
    return out


def sentence_places(record: Record) -> list[tuple[int, str]]:
    """(offset, name) of the record's place mentions a figure's sentence can name: not
    those of a dateline ("BOLOGNA, Italy -" before the first sentence), which places the
    whole article, so the lead's figures get the dateline as every other sentence does; nor
    a place in an organisation's name (figures.place_names_owner: "Dorvania's Ministry of
    Health" says whose ministry, not where the dead were), nor where a source spoke
    (figures.place_of_speaker: "told reporters in Geneva"), nor where a source's employer
    is (figures.place_of_employer: "an economist at Danube Capital in Vienna"); nor a
    "place" named as the surname of a person the article names ("Petrova" of "Finance
    Minister Ana Petrova", typed a place by the extractor: stranger trial 5), nor a
    person's name the text gives as one (figures.named_as_person: "who gave only her
    first name, Kemi": stranger trial 6), nor a demonym before a noun
    (figures.named_as_demonym: "the Kaldorian army": stranger trial 7)."""
    datelines = [(r.start, r.end) for r in record.regions if r.kind == "dateline"]
    bylines = [(r.start, r.end) for r in record.regions if r.kind == "byline"]
    orgs = [(m.start, m.end) for e in record.entities if e.type == "organization"
            and not _is_place_name(e.name, record) for m in e.mentions]
    surnames = {fold(e.name.split()[-1]) for e in record.entities
                if e.type == "person" and len(e.name.split()) > 1}
    writers = {fold(" ".join(name.split())) for name in byline_names(record.metadata.byline)}
    return [(m.start, e.name) for e in record.entities
            if fold(e.name) not in surnames and fold(" ".join(e.name.split())) not in writers
            for m in e.mentions
            if (e.type == "place" or _is_place_name(e.name, record)
                or named_as_place(record.text, m.start))
            and not any(start <= m.start < end for start, end in datelines + bylines)
            and not place_names_owner(record.text, m.start, m.end, orgs)
            and not place_of_speaker(record.text, m.start)
            and not place_of_employer(record.text, m.start, orgs)
            and not named_as_person(record.text, m.start)
            and not named_as_demonym(record.text, m.start, m.end)]


def _is_place_name(name: str, record: Record) -> bool:
    """Whether a name the entity tagger typed otherwise is a place by its own record: a
    part of its dateline ("BREKKA, Lusavia") or typed a place at another entity (stranger
    trial 4: "Lusavia" typed an organisation and a person, its figures unplaced)."""
    folded = fold(name)
    parts = {fold(p) for p in (record.metadata.dateline or "").split(",") if p.strip()}
    return folded in parts or any(e.type == "place" and fold(e.name) == folded
                                  for e in record.entities) or _called_a_place(name, record)


# the words that make a name a place: "the town of Drevna", "Drevna town", "Drevna, in
# the Varn region", "Drevna, Varn region"
_SETTLEMENTS = r"(?:town|city|village|port|district|province|region|county|municipality)"


def _called_a_place(name: str, record: Record) -> bool:
    """Whether the record's text or headline calls a one-word name a place: "the town of
    X", "X town" (a kind of settlement after it), "X, in the Y region", "X, Y region"
    (stranger trial 7: OCHA's "air strike hit the central market in Drevna town, in the
    Varn region", Drevna typed an organisation five times, so its figures were placed in
    Varn, apart from every other report's Drevna)."""
    if len(name.split()) != 1 or not name[:1].isupper():
        return False
    word = re.escape(name)
    called = re.compile(
        rf"\b(?:the\s+)?{_SETTLEMENTS}\s+of\s+{word}\b"
        rf"|\b{word}\s+{_SETTLEMENTS}\b(?!\s+(?:council|hall|authorit|government|police|office))"
        rf"|\b{word},\s+(?:in\s+)?(?:the\s+)?[A-Z][\w-]+\s+{_SETTLEMENTS}\b")
    return any(called.search(text) for text in (record.text, record.metadata.headline or ""))


def _num(value: float | int | None) -> float | None:
    return None if value is None else float(value)


def _append(cols: dict[str, list], **values: object) -> None:
    for name, value in values.items():
        cols.setdefault(name, []).append(value)


def local_source_keys(record: Record) -> dict[str, str]:
    """attribution id -> its source key from the article alone (figures' clash check)."""
    return {a.id: mention_facts(m).key
            for a, m in zip(record.attributions, source_mentions(record), strict=True)}
