"""Rebuilding a ledger's merges from its stored records, for when the merging rules change.

The rebuild writes a new file beside the ledger (`<name>.rebuild`): every stored record is
turned into rows again (rows.py, derive.py) under its original number, the sightings and
errors are copied, every merge is computed at once (merge.merge_all), and the new file
replaces the old one in a single rename. A kill at any moment leaves the old ledger as it
was; the rebuilt clusters are those one clean ingest of the same articles gives.
"""

from __future__ import annotations

import gzip
import hashlib
import itertools
import json
import os
from collections.abc import Callable
from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import TYPE_CHECKING

import duckdb
import numpy as np
import pyarrow as pa

from according.ledger.rows import SCHEMA_SQL, SCHEMA_VERSION, create_indexes, rows_for_numbered
from according.records import Record

if TYPE_CHECKING:
    from according.ledger.migrate import Rekeyed

RULES_VERSION = "merge-rules/38"  # bump when names, quotes, duplicates or figures change
REBUILD_BATCH = 1000
DATA_FILES = ("ledger_names.json", "ledger_counted.json", "outlets.json")
# earlier contents of the data files that a ledger may have been merged under, before
# ledgers kept theirs (ledger_meta `data:<file>`): each `<file>.<sha256 prefix>.gz`
HISTORY = "ledger_history"
DATA_META = "data:"
# article columns a sighting may have filled after the record was stored
_FILLED = ("path", "url", "outlet", "published", "published_text", "ingested_at")


def rules_version() -> str:
    """RULES_VERSION and a digest of the data files the merging rules read."""
    return _rules_version(RULES_VERSION)


def _rules_version(code: str) -> str:
    return version_of(code, data_contents())


def version_of(code: str, contents: dict[str, bytes]) -> str:
    """The merges version of rules `code` over these contents of DATA_FILES."""
    return _version_of(code, tuple(contents[name] for name in DATA_FILES))


@lru_cache(maxsize=16)
def _version_of(code: str, contents: tuple[bytes, ...]) -> str:
    digest = hashlib.sha256(code.encode())
    for content in contents:
        digest.update(content)
    return f"{code}/{digest.hexdigest()[:16]}"


def data_contents() -> dict[str, bytes]:
    """The packaged DATA_FILES' contents, by name."""
    return {name: data_file(name) for name in DATA_FILES}


@lru_cache(maxsize=8)
def data_file(name: str) -> bytes:
    return resources.files("according.data").joinpath(name).read_bytes()


def mark_merges_current(con: duckdb.DuckDBPyConnection, code: str = RULES_VERSION,
                        contents: dict[str, bytes] | None = None) -> None:
    """Record that the merges were made by rules `code` over `contents` (today's data
    files when None): the version, and each data file's content, so that a later change
    of the files alone can be told apart and migrated (migrate.py)."""
    contents = contents if contents is not None else data_contents()
    con.execute(f"DELETE FROM ledger_meta WHERE key = 'merges' OR key LIKE '{DATA_META}%'")
    con.executemany("INSERT INTO ledger_meta VALUES (?, ?)", [
        ("merges", version_of(code, contents)),
        *((DATA_META + name, contents[name].decode("utf-8")) for name in DATA_FILES)])


def stored_rules(con: duckdb.DuckDBPyConnection, stored: str | None
                 ) -> tuple[str, dict[str, bytes]] | None:
    """(rules code, data file contents) a ledger's merges were made by, read off its
    stored version: the contents it kept, or today's, or earlier ones (HISTORY), each
    checked against the version's digest; None when none matches."""
    if not stored or stored.count("/") != 2:
        return None
    code = stored.rsplit("/", 1)[0]
    kept = {key[len(DATA_META):]: value.encode("utf-8") for key, value in con.execute(
        f"SELECT key, value FROM ledger_meta WHERE key LIKE '{DATA_META}%'").fetchall()}
    options = {name: _unique([kept.get(name), data_file(name), *_history(name)])
               for name in DATA_FILES}
    for picked in itertools.product(*(options[name] for name in DATA_FILES)):
        contents = dict(zip(DATA_FILES, picked, strict=True))
        if version_of(code, contents) == stored:
            return code, contents
    return None


def _unique(values: list[bytes | None]) -> list[bytes]:
    return list(dict.fromkeys(v for v in values if v is not None))


@lru_cache(maxsize=8)
def _history(name: str) -> tuple[bytes, ...]:
    """Earlier contents of data file `name` shipped with the package (HISTORY)."""
    folder = resources.files("according.data").joinpath(HISTORY)
    if not folder.is_dir():
        return ()
    return tuple(gzip.decompress(f.read_bytes()) for f in sorted(
        folder.iterdir(), key=lambda f: f.name) if f.name.startswith(name + "."))


def rebuild_file(path: Path, *, progress: Callable[[str], None] | None = None) -> None:
    """Rebuild the ledger at `path` in a new file and swap it in (module doc)."""
    from according.ledger import merge

    say = progress or (lambda _: None)
    target = path.with_name(path.name + ".rebuild")
    for leftover in (target, Path(str(target) + ".wal")):
        leftover.unlink(missing_ok=True)
    from according.ledger.store import duckdb_config

    con = duckdb.connect(str(target), config=duckdb_config())
    try:
        con.execute("SET TimeZone = 'UTC'")
        con.execute(SCHEMA_SQL)
        quoted = str(path).replace("'", "''")
        old = _source_alias(con)
        con.execute(f"ATTACH '{quoted}' AS {old} (READ_ONLY)")
        _copy_records(con, old, say)
        say("sightings and errors")
        con.execute("INSERT INTO appearances SELECT * REPLACE (NULL AS outlet_key) "
                    f"FROM {old}.appearances")
        _fill_outlet_keys(con)
        con.execute(f"INSERT INTO errors SELECT * FROM {old}.errors")
        con.execute(f"DETACH {old}")
        merge.merge_all(con, progress=say)
        say("indexes")
        create_indexes(con)
        con.execute("INSERT INTO ledger_meta VALUES ('schema', ?)", [SCHEMA_VERSION])
        mark_merges_current(con)
        con.execute("CHECKPOINT")
    except BaseException:
        con.close()
        target.unlink(missing_ok=True)
        raise
    con.close()
    Path(str(path) + ".wal").unlink(missing_ok=True)  # its contents are in the old file
    os.replace(target, path)


def migrate_in_place(con: duckdb.DuckDBPyConnection, stored: str | None) -> bool:
    """Bring merges made by earlier rules, or over other data files, up to date without a
    rebuild, where the change allows it; False when a full rebuild is needed. The rules
    and data files of the stored merges are read off their version (stored_rules); a
    change of ledger_names.json (person keys, titles, wire services) needs a rebuild.

    merge-rules/1 -> 2 (one transaction): figures that do not say what they count, or have
    no day, are compared with none: their group goes, with the clashes and group summaries
    it held, and their label says what is not known (figures.series_label).

    merge-rules/2 -> 3: a text held by a longer content of its article keeps the holder's
    words (merge.TEXT_WORDS), where it kept its first member's. Only a text whose members
    have different words can differ; if none does, the merges stand as they are, else
    they are rebuilt (the words decide the quote clusters).

    The rest in one transaction, with the version last (a kill leaves the ledger as it was):

    merge-rules/3 -> 4: a place mention inside a dateline no longer places the figures of
    the sentence it leads (derive.sentence_places); the figures of articles with such a
    mention are placed again (merge.place_figures_again).

    merge-rules/4 -> 5: figures are compared by figures.place_key ("nampula, mozambique"
    and "nampula province" are one place); only the figures whose place has a comma, a
    leading "the" or a kind word after its name can change group, and their articles are
    placed again.

    merge-rules/5 -> 6: a wire service named by a printed byline line or a copyright
    notice outside the body makes an article wire copy (duplicates.wire_services); the
    articles with such lines (migrate.wire_candidates) get their wire services again, and
    those that changed are grouped again with their groups (migrate.regroup_stories).

    merge-rules/6 -> 7: a person's hyphenated first name is keyed by its first part, as a
    spaced one is ("Jean-Jacques Bulambo" is "Jean Jacques Bulambo"), and a claim's words
    leave out the "that" opening a reported clause (quotes.claim_words): such claims get
    their words and texts again in place where no quote text is touched
    (migrate.reword_claims: a text no quote shares is its own cluster), else the ledger is
    rebuilt (a quote text's key, words or first member moving moves its LSH buckets and
    clusters); a copy of a wire report shows as wire in the articles list, whose first
    page is shown again.

    merge-rules/7 -> 8 (and the hyphenated first names of 6 -> 7): a person's name is read
    in letters of any script with its accents folded ("Ana García-López" is "Ana
    Garcia-Lopez", where rules 7 keyed her "ana pez"), and a surname alone stands for the
    one hyphenated surname of its article holding it. The articles naming a person with
    a character outside ASCII, a "dj" or a hyphen are keyed again in place
    (migrate.person_candidates, rekey_people): the mentions whose facts differ are
    written, the name evidence filled again, the surname-only mentions of their surnames
    resolved again, and the sources, quote clusters, figure groups and series they left
    or joined summed up again (_people_again).

    merge-rules/8 -> 9: an organisation's name is read in letters of any script with its
    accents folded (names.normalise_org: "Médecins Sans Frontières" is "Medecins Sans
    Frontieres", "RÚV" no longer "r v"). The articles naming something outside ASCII, or a
    name whose outlet lookup the stored table under rules 8 and today's under rules 9 read
    otherwise (one pass over both tables: migrate.outlet_keys_moved), have the facts of
    their sources derived again and written where they differ (_orgs_again), also where
    the outlet table changed too.

    merge-rules/9 -> 10: an anonymous, unspecified or document source is kept per story,
    not per article (names.occurrence_key): in a story of more than one article (a wire
    story and its copies) the copies' such sources take the key of the original's, so one
    anonymous source in a story and its copy counts once (_occurrences_again); only the
    articles of near-duplicate groups are read.

    merge-rules/10 -> 11: a figure group's disagreements are counted as pairs of original
    reports (stories: a wire story and its copies are one) and a story's pairs of sources
    (disagreements.py), not as clashing figures; the groups that had any and the series
    that had any are counted again (_disagreements_again).

    merge-rules/11 -> 12: a place in an organisation's name ("Dorvania's Ministry of
    Health") no longer places a figure, and a dateline its text never names again, over a
    text naming other places, gives way to the place the text names most
    (figures.place_names_owner, filed_at_scene); the articles with a placed figure are
    placed again (merge.place_figures_again, only the figures that moved written).

    merge-rules/12 -> 13: a generic government body ("the health ministry", "the police")
    is keyed by its country (bodies.py: the country its name gives, else the story's),
    or kept per story without one; an organisation's name cut by the NER at "for the"
    is its whole name, and initials in brackets after it are its alias (orgs.py); a name
    ending in an abbreviation keeps its period ("U.N."). The articles with an
    organisation's source have its facts derived again (migrate.rekey_orgs, only the
    mentions that differ written), then the copies of a story take the original's
    per-story keys (_occurrences_again).

    merge-rules/13 -> 14: a figure its record marks as a previous value (`previous`: "up
    from 27", "raised its toll to 31, from 27") with no day of its own has no day, not its
    article's publication day, so it is compared with none (figures.as_of_day). Records
    stored before carry no such mark, so nothing is derived again: the step only marks the
    merges current (an article gets the mark when it is extracted again).

    merge-rules/14 -> 15: a figure is placed by its own clause of its sentence or its
    source's (figures.figure_clause), and a place from the dateline or the article's most
    named place gives way to the one place its article states for the same series and
    day (derive.settle_weak_places); the articles with a placed figure are placed again,
    as in 11 -> 12.

    merge-rules/15 -> 16: a story group's original is its earliest published member by
    day, then a wire service's own story, then other wire copy, then by time, then the
    first ingested (duplicates.original_rank), where it was the first ingested: every
    group of more than one article is named again, the renamed ones with their copies'
    anonymous sources, quote clusters and figures brought up to date; and a quote that is
    a piece of another joins its cluster (quotes.is_piece, piece_keys): the quote texts
    are bucketed and clustered again, the clusters that joined summed up again
    (_originals_and_pieces_again).

    merge-rules/16 -> 17: a source with no entity whose span writes a person's name beside
    a description ("The mayor of Brekka, Ilse Varga,") is that person, a description
    naming a role is the one person its article names in it, and a person source named by
    a description ("the national weather service") is kept per story, not split into a
    first name and surname (roles.py, names.is_description). The articles with such a
    span have their sources' facts derived again (migrate.rekey_sources), then the copies
    of a story take the original's per-story keys (_roles_again).

    merge-rules/17 -> 18: a phrase set off by a comma ("aid, including 25 million euros
    from the EU and $18 million from the United States, covered 35% of …") ends at its
    commas, so the figures after it are not placed by its places (figures._breaks); the
    articles with a placed figure are placed again, as in 14 -> 15.

    merge-rules/18 -> 19: a rising change "from X to Y" ("raised the toll from 27 to 31",
    the record's `change_from`) is shown and compared by its new value alone, not by its
    two ends as a range (rows.figure_ends). Records stored before carry no such mark, so
    nothing is derived again: the step only marks the merges current (an article gets the
    mark, and its live-blog entries' times their entry's day, when it is extracted again).

    merge-rules/19 -> 20: an attribution nested in another of its article whose claim is
    the same quote cluster ("according to finance ministry figures, … and the government
    expects …") is relayed by the outer one and no second source of the claim
    (stats.RELAYED_IN_CLUSTER): the clusters with such a member are summed up again
    (_relayed_again).

    merge-rules/20 -> 21: a figure that is no amount of its series is compared with none
    (figures.not_an_amount: a rate "42 valdors to the dollar", what is needed "needs 77
    votes", what a change saves "would save 18 billion valdors", a margin "passed by three
    votes", "a margin of error of 3 points", a count of its unit with what it is of after it
    "25 billion valdors of new bonds"); a place is not the surname of a person its article
    names nor where a source's employer is (derive.sentence_places). The articles with a
    placed or compared figure are placed again, as in 14 -> 15.

    merge-rules/21 -> 22: a story group's original is a wire service's own story that
    another member credits, whatever their dates, before the earliest published member
    (duplicates.group_original: an undated Reuters story before the dated portal copy that
    credits Reuters), and an undated member whose record keeps its dateline's month-day
    ("XXXX-11-24") takes the year of its group's dated copies (merge.date_by_groups), its
    figures placed on that day (merge.refresh_sighted); a quote piece's keys are winnowed
    over windows of 6 (quotes.PIECE_WINDOW, a shared run of 9 words), not 4. The undated
    members are dated, every group of more than one article named again, and the quote
    texts bucketed and clustered again, as in 15 -> 16 (_undated_originals_again; a ledger
    from before 16 has its members dated before that step, which then does the rest).

    merge-rules/22 -> 23: a generic body in a sentence opening with a country ("In
    neighbouring Uganda, the health ministry") is that country's (bodies.opening_country),
    an authority is a generic body; a role description that no one named holds as written
    is not the person the extractor linked ("In nearby Tolna, the mayor", "the company's
    president": roles.STATE_ROLES, BODY_OWNERS); a clause "in the town" states the
    dateline's place (figures._HERE), and "12 people needed hospital treatment" is an
    amount (figures._NEEDED_AFTER). The organisations' and the roles' sources are keyed
    again, as in 12 -> 13 and 16 -> 17, and every article with a figure placed again.

    merge-rules/23 -> 24: a figure that counts bare things as the measure of a noun before
    it ("a random sample of 500 polling units", "results from 212 polling units") is
    compared with none (disagreements.measures_another): the articles with a compared
    figure are derived again, as in 20 -> 21 and 22 -> 23. An unnamed source is keyed by its
    description without the clause saying why it is unnamed (derive.without_anonymity: a
    wire story's "A hospital official, who asked not to be named because …" and its copy's
    "A hospital official who asked not to be named" are one source of the story): the
    articles with such a source are keyed again (_unnamed_again).

    merge-rules/24 -> 25: a figure of a sentence naming a poll or survey is compared only
    with its own source's (figures.measured_by_poll: two pollsters' shares differ without
    disagreeing); a name the entity tagger typed otherwise is a place where its record
    shows one (a dateline's part, a place at another entity, "northern Lusavia"); a
    donor's place ("The United States will provide …") is not its article's most named
    place; where a source spoke or is ("said in a speech in Solvena", "a diplomat in
    Solvena") places nothing; a bare dateline over a text naming no place gives way to the
    article's country, which a national body "of" it ("the National Bank of Valdoria") or
    a legislature's or central bank's possessive owner now gives too (derive.story_places,
    so generic bodies are keyed again, as in 12 -> 13 and 22 -> 23). The articles with a
    figure are placed again, as in 14 -> 15.

    merge-rules/25 -> 26: two articles whose datelines give different days are two stories
    (duplicates.story_day: a wire's next-day follow-up over the day before's background is
    no copy of it). The story groups whose members' datelines give more than one day are
    grouped again, their members dated by their old group's copies undated first and dated
    again by their new groups' (merge.date_by_groups), as in 21 -> 22 (_story_days_again).

    merge-rules/26 -> 27: a byline's names are never a figure's place, and a one-word name
    the text calls a place ("the town of X", "X town", "X, in the Y region") is one
    (derive.sentence_places, _called_a_place); a count of one place's or provider's part of a toll
    (disagreements.counts_a_part: "the hospital's morgue had received 36 bodies") and a
    count its source has verified (disagreements.verified_floor: "had verified the deaths
    of 34 civilians") are floors (their high open; bounds are now placed again with the
    rest: merge._PLACED); "the deaths of 34 civilians" counts the dead (derive.state_of);
    the counted table drops modal words and "civilians" beside a state of people. Every
    article with a figure is placed again, as in 22 -> 23; and a story's own voice
    restating a figure one of its sources gives is no voice of its disagreements
    (disagreements.restating): the groups with a clash are counted again, as in 10 -> 11.

    merge-rules/27 -> 28: a piece fingerprint's bucket keeps and compares its first 8 texts
    (merge.FIRST_IN_PIECE_BUCKET), an LSH band's its first 50, told apart by the key (a
    piece key odd, a band key even: quotes.is_piece_bucket). The quote texts are bucketed
    and clustered again (merge.recluster_quotes: a cluster that a text beyond a piece
    bucket's first 8 had joined is parted again, as a clean ingest would keep it), the
    clusters that changed summed up again (_pieces_again).

    merge-rules/28 -> 29: a person's name the text gives as one ("who gave only her first
    name, Kemi", "identified only as Ayo": figures.named_as_person) places nothing, where
    the entity tagger typed it a place (stranger trial 6: every figure of the Chronicle's
    story was placed in "kemi"). The articles with a figure are placed again, as in
    26 -> 27.

    merge-rules/29 -> 30: a generic body's key is (owner, portfolio, body) whatever the
    wording ("the Varn health ministry", "the health ministry of the Varn region", "the
    Varn region's health ministry", "the health ministry in Varn": bodies.owner_form drops
    "the" and region words, and a capitalised owner is one where the NER missed the
    place); a body that names no owner takes the one owner its article names for that body
    before the story's country (derive._owned_as_named), and a bare "ministry" is kept per
    story (names._NO_PORTFOLIO; stranger trial 7: the Varn health ministry was four
    sources). The organisations' sources are keyed again, as in 12 -> 13, and the articles
    with a figure placed again.

    merge-rules/30 -> 31: a source that is only a capital ("Moscow said", "Kyiv said") is
    its country's (entities_capitals.json), and a bare body right after a country that
    speaks ("Russia said on Tuesday ... The defence ministry said") is that country's, not
    the story's (derive.speaking_country; rules review: a Kyiv-datelined story's Russian
    ministry was Ukraine's), and a story without a dateline whose title opens with its
    country ("VELMORA: Cholera Outbreak …", derive.title_place) is that country's (stranger
    trial 8: a situation report's ministry was kept per story). The organisations' sources
    are keyed again, as in 12 -> 13.

    merge-rules/31 -> 32: an uncredited rewrite of a wire story is its story
    (duplicates.rewritten_story: its prose outside quotation marks shares the original's
    content words, and its quotes are the original's); articles keep a prose and a quoted
    signature, and the quoted signature's LSH bands sit in story_buckets beside the story
    bands. The columns are added and filled from the stored records, the bands stored, and
    the articles sharing a quoted band grouped again, as in 25 -> 26 (_rewrites_again).

    merge-rules/32 -> 33: a demonym before a lower-case word ("the Kaldorian army",
    "Kaldorian officials": figures.named_as_demonym) places nothing, where the entity
    tagger typed it a place (stranger trial 7: a feed's story was filed under
    "kaldorian"). The articles with a figure are placed again, as in 28 -> 29. A country's
    army, military and armed forces are one body ("the Kaldorian army", "the Kaldorian
    Armed Forces": bodies.body_key), and a demonym of a country in "-ia" that no table
    knows is that country's ("Kaldorian" -> "kaldoria": bodies._OF_A_COUNTRY_IN_IA): the
    organisations' sources are keyed again, as in 29 -> 30.

    merge-rules/33 -> 34: initials written like a small word ("the WHO", "A WHO official,
    who …") are a name: no unresolved pronoun, and a source's phrase is not cut at them
    (names.source_phrase, names.is_pronoun; stranger trial 8). The sources of the articles
    with a word in capitals in a source's span are keyed again (_initials_again).

    merge-rules/34 -> 35: a statistics office or bureau is a generic body ("the statistics
    office", "Calderra Statistics Office", "the Office for National Statistics":
    bodies.HEAD_WORDS, PORTFOLIO_WORDS; "office" or "bureau" alone is none), "National
    Bureau of Statistics" is read as "statistics bureau" (bodies.body_form), and a name
    owning a country's body in the text ("Calderra's central bank", "Calderra's finance
    ministry", whatever the entity tagger made of the name) counts toward the story's
    country (derive.story_places; stranger trial 9: "the finance ministry" of two stories
    about Calderra was kept per story); a central bank is one too ("the central bank",
    "Calderra's central bank", "Central Bank of Nigeria"; a bare "bank", "office" or
    "bureau" is none, nor is "Bank of America"), and a bare description of an organisation
    that no organisation of its article is named by ("The bank", "the company itself":
    names._bare_description) is kept per story, not one source for every story's "the
    bank"; a one-word name is the organisation of its article whose name it heads before
    "of" ("Board": "Monetary Policy Board of the Bank of Calderra", names._org_key). The
    organisations' sources are keyed again, as in 12 -> 13, and the articles with a figure
    placed again.

    merge-rules/35 -> 36: a figure someone expects, forecasts, projects, predicts or
    assumes ("analysts expect the bank to cut its rate to 9.25%", "its budget assumed
    inflation of 5.5%") is no amount of its series and compared with none
    (figures.expected_figure; stranger trial 9): every article with a figure is placed
    again, as in 22 -> 23 (_figures_again).

    merge-rules/36 -> 37: a story group's original is chosen by sort time (sort_time.py): a
    day-only stamp's member after the timed members of its day (merge.ORIGINAL_TIME; it
    had midnight and named the group). Every group is named again by its original, with
    what its copies take from it (_day_only_originals_again).

    merge-rules/37 -> 38: a story bucket keeps and compares its first
    merge.FIRST_IN_STORY_BUCKET articles by seq, as a text bucket does (a widely copied
    story's or widely quoted statement's bucket held thousands, each read by every batch
    that fell in it). The buckets are cut (merge.cut_story_buckets) and the articles of
    the cut buckets grouped again with the rewritten ones.

    outlets.json changed: outlet keys are compared by distinct stored name, bylines naming
    a changed form get their story keys again, sources keyed by a changed form their
    names; a source key or a wire service that the change moves needs a rebuild (migrate
    module doc).

    ledger_counted.json changed: the series key and label of each distinct (counted, unit)
    are compared; the articles of figures whose differ are derived again (series, group,
    clashes, series order), and every series' counted words are set again."""
    from according.ledger import migrate

    found = stored_rules(con, stored)
    if found is None:
        return False
    code, old = found
    now = data_contents()
    if old["ledger_names.json"] != now["ledger_names.json"]:
        return False
    if code == "merge-rules/1":
        _compare_counted_figures_only(con, old)
        code = "merge-rules/2"
    if code == "merge-rules/2":
        if _texts_with_other_words(con):
            return False
        code = "merge-rules/3"
    if RULES_VERSION != "merge-rules/38" or code not in _IN_PLACE_FROM + (RULES_VERSION,):
        return False
    if code in _BEFORE_7 and migrate.quote_text_held(con):  # a rebuild, known at once
        return False
    outlets = old["outlets.json"] if old["outlets.json"] != now["outlets.json"] else None
    counted = old["ledger_counted.json"] != now["ledger_counted.json"]
    return _migrate_last_steps(con, code, outlets, counted)


_BEFORE_7 = ("merge-rules/3", "merge-rules/4", "merge-rules/5", "merge-rules/6")
_BEFORE_8 = (*_BEFORE_7, "merge-rules/7")
_BEFORE_9 = (*_BEFORE_8, "merge-rules/8")
_BEFORE_10 = (*_BEFORE_9, "merge-rules/9")
_BEFORE_11 = (*_BEFORE_10, "merge-rules/10")
_BEFORE_12 = (*_BEFORE_11, "merge-rules/11")
_BEFORE_13 = (*_BEFORE_12, "merge-rules/12")
_BEFORE_14 = (*_BEFORE_13, "merge-rules/13")
_BEFORE_15 = (*_BEFORE_14, "merge-rules/14")
_BEFORE_16 = (*_BEFORE_15, "merge-rules/15")
_BEFORE_17 = (*_BEFORE_16, "merge-rules/16")
_BEFORE_18 = (*_BEFORE_17, "merge-rules/17")
_BEFORE_19 = (*_BEFORE_18, "merge-rules/18")
_BEFORE_20 = (*_BEFORE_19, "merge-rules/19")
_BEFORE_21 = (*_BEFORE_20, "merge-rules/20")
_BEFORE_22 = (*_BEFORE_21, "merge-rules/21")
_BEFORE_23 = (*_BEFORE_22, "merge-rules/22")
_BEFORE_24 = (*_BEFORE_23, "merge-rules/23")
_BEFORE_25 = (*_BEFORE_24, "merge-rules/24")
_BEFORE_26 = (*_BEFORE_25, "merge-rules/25")
_BEFORE_27 = (*_BEFORE_26, "merge-rules/26")
_BEFORE_28 = (*_BEFORE_27, "merge-rules/27")
_BEFORE_29 = (*_BEFORE_28, "merge-rules/28")
_BEFORE_30 = (*_BEFORE_29, "merge-rules/29")
_BEFORE_31 = (*_BEFORE_30, "merge-rules/30")
_BEFORE_32 = (*_BEFORE_31, "merge-rules/31")
_BEFORE_33 = (*_BEFORE_32, "merge-rules/32")
_BEFORE_34 = (*_BEFORE_33, "merge-rules/33")
_BEFORE_35 = (*_BEFORE_34, "merge-rules/34")
_BEFORE_36 = (*_BEFORE_35, "merge-rules/35")
_BEFORE_37 = (*_BEFORE_36, "merge-rules/36")
_IN_PLACE_FROM = (*_BEFORE_37, "merge-rules/37")


def _migrate_last_steps(con: duckdb.DuckDBPyConnection, code: str,
                        old_outlets: bytes | None, counted: bool) -> bool:
    """merge-rules/3 to 37 -> 38, a changed outlet table and a changed counted table, in
    one transaction (migrate_in_place); False, with nothing written, where a rebuild is
    needed."""
    from according.ledger import merge, migrate

    con.begin()
    try:
        rewritten = _rewrite_keys(con) if code in _BEFORE_32 else []  # 31 -> 32
        cut = merge.cut_story_buckets(con)  # 37 -> 38 (regrouped with the rewritten below)
        if not _stories_and_outlets_again(con, code, old_outlets):
            con.rollback()
            return False
        if code in _BEFORE_16:  # merge-rules/15 -> 16, with 21 -> 22's dating first
            _undated_originals_again(con)
        if code in _BEFORE_7 and not _claims_again(con):
            con.rollback()
            return False
        if code in _BEFORE_8:
            _people_again(con, migrate.person_candidates(con))
        if code in _BEFORE_9:
            _orgs_again(con, code, old_outlets)
        if code in _BEFORE_10:
            _occurrences_again(con, None)
        if code in _BEFORE_35:  # merge-rules/12 -> 13, 22 -> 23, 24 -> 25, 29 -> 31,
            _bodies_again(con)  # 32 -> 33, 34 -> 35
        if code in _BEFORE_25:  # merge-rules/16 -> 17, 22 -> 23
            _roles_again(con)
        if code in _BEFORE_20:  # merge-rules/19 -> 20
            _relayed_again(con)
        if code in _BEFORE_24:  # merge-rules/23 -> 24
            _unnamed_again(con)
        if code in _BEFORE_34:  # merge-rules/33 -> 34
            _initials_again(con)
        if code in _BEFORE_22 and code not in _BEFORE_16:  # merge-rules/21 -> 22
            _undated_originals_again(con)
        if code in _BEFORE_26:  # merge-rules/25 -> 26
            _story_days_again(con)
        if rewritten or cut:  # merge-rules/31 -> 32, 37 -> 38: the articles sharing a
            # quoted band, and those of the story buckets cut to their first articles
            _regrouped_again(con, sorted(set(rewritten) | set(cut)), [])
        if code in _BEFORE_37 and code not in _BEFORE_22:  # merge-rules/36 -> 37
            _day_only_originals_again(con)  # (15 -> 16 and 21 -> 22 named them above)
        if code in _BEFORE_28 and code not in _BEFORE_22:  # merge-rules/27 -> 28 (from
            _pieces_again(con)  # before 22, 21 -> 22 above clustered them again)
        _figures_again(con, code, counted)
        if code in _BEFORE_27:  # merge-rules/10 -> 11, 26 -> 27
            _disagreements_again(con)
        migrate.drop_unused_words(con)
        mark_merges_current(con)
        con.commit()
    except BaseException:
        con.rollback()
        raise
    return True


def _stories_and_outlets_again(con: duckdb.DuckDBPyConnection, code: str,
                               old_outlets: bytes | None) -> bool:
    """Outlet keys, story keys and groups, source names and the quote clusters they touch,
    under today's outlet table and wire rule; False where the outlet table's change needs
    a rebuild (nothing written then)."""
    from according.ledger import fronts, merge, migrate
    from according.outlets import OUTLETS, outlets_of

    sources: set[int] = set()
    story_seqs: set[int] = set()
    if old_outlets is not None:
        before = outlets_of(old_outlets.decode("utf-8"))
        changes = migrate.outlet_changes(before, OUTLETS)
        if migrate.wire_names_changed(changes, before, OUTLETS) or migrate.moved_org_names(
                con, changes):
            return False
        sources = migrate.renamed_sources(con, changes)
        story_seqs |= set(migrate.byline_candidates(con, changes.keys))
    keyed = migrate.update_outlet_keys(con)
    if code in ("merge-rules/3", "merge-rules/4", "merge-rules/5"):
        story_seqs |= set(migrate.wire_candidates(con))
    restoried = migrate.update_story_keys(con, story_seqs)
    groups = migrate.regroup_stories(con, restoried)
    _occurrences_again(con, groups)  # the copies of a regrouped story take its original
    clusters = migrate.clusters_of_articles(con, keyed) | migrate.clusters_of_sources(
        con, sources)
    if groups:
        clusters |= merge._clusters_of_groups(con, groups)
    figure_groups, series = merge.figures_of_stories(con, groups)
    if clusters or sources or figure_groups:
        merge.refresh(con, recompute_sources=sources, clusters=clusters,
                      groups=figure_groups, series=series)
    shown_again = set(migrate.front_articles(con)) if code in _BEFORE_7 else set()
    fronts.touch_articles(con, keyed | set(restoried) | shown_again)
    return True


def _originals_and_pieces_again(con: duckdb.DuckDBPyConnection) -> None:
    """merge-rules/15 -> 16: every story group of more than one article is named by its
    earliest published member (merge.rename_groups), with what its copies' anonymous
    sources, quote clusters and figures take from it (merge.restate_groups); the quote
    texts are bucketed and clustered again with their pieces (merge.recluster_quotes), and
    the clusters that joined summed up again with the surname-only sources they quote."""
    from according.ledger import merge

    merge.restate_groups(con, merge.rename_groups(con, None))
    clusters = merge.recluster_quotes(con)
    if clusters:
        _clusters_again(con, clusters, set())


def _pieces_again(con: duckdb.DuckDBPyConnection) -> None:
    """merge-rules/27 -> 28: the quote texts bucketed and clustered again with the fewer
    first texts of a piece bucket (merge.recluster_quotes), the clusters that joined or
    parted summed up again with the surname-only sources they quote."""
    from according.ledger import merge

    clusters = merge.recluster_quotes(con)
    if clusters:
        _clusters_again(con, clusters, set())


def _undated_originals_again(con: duckdb.DuckDBPyConnection) -> None:
    """merge-rules/21 -> 22: the undated members of story groups dated by their groups'
    copies (merge.date_by_groups), their figures placed on that day
    (merge.refresh_sighted); then the groups named by their originals and the quotes
    clustered again with their pieces, as in 15 -> 16 (_originals_and_pieces_again:
    duplicates.group_original, quotes.PIECE_WINDOW)."""
    from according.ledger import merge

    if dated := merge.date_by_groups(con, None):
        merge.refresh_sighted(con, dict.fromkeys(dated, True))
    _originals_and_pieces_again(con)


def _day_only_originals_again(con: duckdb.DuckDBPyConnection) -> None:
    """merge-rules/36 -> 37: every story group named again by its original, a day-only
    stamp's member after the timed ones of its day (duplicates.original_rank over the sort
    time, merge.ORIGINAL_TIME), with what its copies take from it (merge.restate_groups)."""
    from according.ledger import merge

    merge.restate_groups(con, merge.rename_groups(con, None))


def _story_days_again(con: duckdb.DuckDBPyConnection) -> None:
    """merge-rules/25 -> 26: the story groups whose members' datelines give more than one
    day (duplicates.story_day) grouped again (migrate.regroup_stories), with their copies'
    occurrences, quote clusters and figures, as in _stories_and_outlets_again; an undated
    member that its old group's copies dated (neither its record nor a sighting gives a
    publication time) undated first, then its new group's copies date it
    (merge.date_by_groups), its figures placed again (merge.refresh_sighted)."""
    from according.ledger import merge
    from according.ledger.duplicates import stored_story_days

    members: dict[int, list[int]] = {}
    for seq, group in con.execute("SELECT seq, group_seq FROM articles WHERE group_seq IN "
                                  "(SELECT group_seq FROM articles WHERE group_seq <> seq)"
                                  ).fetchall():
        members.setdefault(group, []).append(seq)
    days = stored_story_days(con, [s for seqs in members.values() for s in seqs])
    split = sorted(s for seqs in members.values()
                   if len({days[s] for s in seqs if s in days}) > 1 for s in seqs)
    if not split:
        return
    table = merge.ids_table(con, "_split_days", split)
    undated = [r[0] for r in con.execute(
        f"SELECT seq FROM articles a WHERE seq IN (SELECT id FROM {table}) AND published IS "
        "NOT NULL AND json_extract_string(record_json, '$.metadata.published') IS NULL AND "
        "NOT EXISTS (SELECT 1 FROM appearances p WHERE p.article_id = a.id AND p.published "
        "IS NOT NULL)").fetchall()]  # not a sighting's time (sightings.py): its group's
    if undated:
        con.execute("UPDATE articles SET published = NULL WHERE seq = ANY($s)", {"s": undated})
    _regrouped_again(con, split, undated)


def _regrouped_again(con: duckdb.DuckDBPyConnection, seqs: list[int], undated: list[int]
                     ) -> None:
    """The groups of articles `seqs` and their bucket neighbours grouped again
    (migrate.regroup_stories), with their copies' occurrences, quote clusters and figures;
    the undated members dated by their new groups (merge.date_by_groups) and, with the
    `undated` ones, their figures placed again (merge.refresh_sighted)."""
    from according.ledger import fronts, merge, migrate

    groups = migrate.regroup_stories(con, seqs)
    _occurrences_again(con, groups)
    clusters = merge._clusters_of_groups(con, groups) if groups else set()
    figure_groups, series = merge.figures_of_stories(con, groups)
    if clusters or figure_groups:
        merge.refresh(con, clusters=clusters, groups=figure_groups, series=series)
    fronts.touch_articles(con, set(seqs))
    dated = merge.date_by_groups(con, seqs)
    touched = dict.fromkeys(undated, True) | dict.fromkeys(dated, True)
    if touched:
        merge.refresh_sighted(con, touched)


def _rewrite_keys(con: duckdb.DuckDBPyConnection) -> list[int]:
    """merge-rules/31 -> 32: the articles' prose and quoted signature columns added and
    filled from their stored records (derive.rewrite_columns), their quoted bands stored
    in story_buckets (duplicates.key_buckets less the story bands already there); returns
    the articles sharing a quoted band with another, to be grouped again."""
    from according.ledger import merge
    from according.ledger.derive import rewrite_columns
    from according.ledger.duplicates import MIN_QUOTED, rewrite_buckets
    from according.ledger.rows import ARTICLE_REWRITE_COLUMNS

    for column in ARTICLE_REWRITE_COLUMNS:
        con.execute(f"ALTER TABLE articles ADD COLUMN IF NOT EXISTS {column}")
    bands: list[int] = []
    # a range of seqs at a time: one ORDER BY over every record's JSON sorted them all in
    # memory (100k articles: out of memory at DuckDB's 1.5 GiB)
    low, high = con.execute("SELECT min(seq), max(seq) FROM articles").fetchone()
    for start in range(low or 0, (high or -1) + 1, REBUILD_BATCH):
        batch = con.execute("SELECT seq, record_json FROM articles WHERE seq >= $a AND "
                            "seq < $b ORDER BY seq",
                            {"a": start, "b": start + REBUILD_BATCH}).fetchall()
        if not batch:
            continue
        cols = rewrite_columns([(Record.from_dict(json.loads(doc)), seq) for seq, doc in batch])
        cols["seq"] = [seq for seq, _ in batch]
        con.register("_rewrite_view", pa.table(cols))
        try:
            con.execute("UPDATE articles SET prose_sig = v.prose_sig, prose_n = v.prose_n, "
                        "quoted_sig = v.quoted_sig, quoted_n = v.quoted_n FROM _rewrite_view v "
                        "WHERE articles.seq = v.seq")
        finally:
            merge.unregister(con, "_rewrite_view")
        kept = [i for i, n in enumerate(cols["quoted_n"]) if n >= MIN_QUOTED]
        if kept:
            keys = rewrite_buckets(np.array([cols["quoted_sig"][i] for i in kept],
                                            dtype=np.uint32))
            merge.insert_columns(con, "story_buckets", {
                "bucket": keys.ravel().tolist(),
                "seq": [cols["seq"][i] for i in kept for _ in range(keys.shape[1])]})
            bands += keys.ravel().tolist()
    if not bands:
        return []
    table = merge.ids_table(con, "_quoted_bands", set(bands))
    return [r[0] for r in con.execute(
        "SELECT DISTINCT seq FROM story_buckets WHERE bucket IN (SELECT bucket FROM "
        f"story_buckets WHERE bucket IN (SELECT id FROM {table}) GROUP BY bucket "
        "HAVING count(*) > 1) ORDER BY seq").fetchall()]


def _clusters_again(con: duckdb.DuckDBPyConnection, clusters: set[int], sources: set[int]
                    ) -> None:
    """Quote clusters whose members changed: the surname-only mentions in them resolved
    again (their quoted evidence), and the summaries of the clusters and of `sources` and
    the sources the mentions left or joined."""
    from according.ledger import merge, migrate, stats

    merge.fill_cluster_firsts(con)
    moved = merge.resolve_waiting_people(con, surnames=set(), clusters=clusters)
    sources = sources | {m.old for m in moved} | {m.new for m in moved}
    clusters = clusters | {m.cluster for m in moved if m.cluster is not None}
    groups, series, seqs = merge._figures_of_moves(con, moved)
    migrate.drop_source_words(con, sources)
    merge.refresh(con, recompute_sources=sources, clusters=clusters, groups=groups,
                  recompute_series=series)
    if seqs:
        stats.add_series_order(con, f"IN ({', '.join(map(str, sorted(seqs)))})",
                               series=series)


def _claims_again(con: duckdb.DuckDBPyConnection) -> bool:
    """merge-rules/6 -> 7: the claims opening with "that" get their words again
    (migrate.reword_claims), with the texts and clusters they left or joined, the
    surname-only mentions in those clusters resolved again (their quoted evidence) and
    the summaries of both; False, with nothing written, where a quote text is touched."""
    from according.ledger import migrate

    done = migrate.reword_claims(con, migrate.that_claim_articles(con))
    if done is None:
        return False
    if done.seqs:
        _clusters_again(con, set(done.clusters), set(done.sources))
    return True


def _people_again(con: duckdb.DuckDBPyConnection, seqs: list[int]) -> None:
    """merge-rules/7 -> 8 (and 6 -> 7's hyphenated first names): the person mentions of
    the articles naming a person with an accent, another script's letter or a hyphen
    (migrate.person_candidates) keyed again (migrate.rekey_people), with the summaries of
    the sources, quote clusters, figure groups and series they left or joined."""
    from according.ledger import migrate

    _summed_again(con, migrate.rekey_people(con, seqs))


def _orgs_again(con: duckdb.DuckDBPyConnection, code: str, old_outlets: bytes | None
                ) -> None:
    """merge-rules/8 -> 9 (and earlier): the sources of the articles naming something
    outside ASCII, or a name whose lookup key the stored outlet table under rules 8 and
    today's under rules 9 read otherwise (migrate.outlet_keys_moved, both changes in one
    pass; migrate.org_candidates), keyed again from their records (migrate.rekey_orgs;
    merge rules 8 keyed persons named only by titles as organisations: rekey_people), and
    the sources keyed by such a name named again, with the summaries they touch. A source
    key that the outlet table's change alone moves has sent the ledger to a rebuild
    before this (_stories_and_outlets_again), so what is left moves in place."""
    from according.ledger import merge, migrate
    from according.outlets import OUTLETS, outlets_of

    before = OUTLETS if old_outlets is None else outlets_of(old_outlets.decode("utf-8"))
    moved_keys = migrate.outlet_keys_moved(before, OUTLETS)
    seqs = migrate.org_candidates(con, moved_keys)
    if code == "merge-rules/8":
        _people_again(con, seqs)
    _summed_again(con, migrate.rekey_orgs(con, seqs))
    renamed = migrate.sources_named_by(con, moved_keys)
    if renamed:
        migrate.drop_source_words(con, renamed)
        merge.refresh(con, recompute_sources=renamed)


def _bodies_again(con: duckdb.DuckDBPyConnection) -> None:
    """merge-rules/12 -> 13: the sources of the articles with an organisation's source
    keyed again from their records (migrate.rekey_orgs: generic bodies by country, whole
    names, bracketed aliases), with the summaries they touch; the per-story keys of a
    story's copies then take the original's (_occurrences_again)."""
    from according.ledger import migrate

    seqs = [r[0] for r in con.execute(
        "SELECT DISTINCT seq FROM attributions WHERE source_kind IN "
        "('organization', 'outlet', 'group') ORDER BY seq").fetchall()]
    _summed_again(con, migrate.rekey_orgs(con, seqs))
    _occurrences_again(con, None)


def _roles_again(con: duckdb.DuckDBPyConnection) -> None:
    """merge-rules/16 -> 17: the sources of the articles with a span that may name a
    person beside a description, a role or a description (migrate.role_candidates) keyed
    again from their records (migrate.rekey_sources: roles.py, names.is_description), with
    the summaries they touch; the per-story keys of a story's copies then take the
    original's (_occurrences_again)."""
    from according.ledger import migrate

    _summed_again(con, migrate.rekey_sources(con, migrate.role_candidates(con)))
    _occurrences_again(con, None)


def _unnamed_again(con: duckdb.DuckDBPyConnection) -> None:
    """merge-rules/23 -> 24: the sources of the articles with an unnamed source whose span
    says why it is unnamed ("who asked not to be named", "on condition of anonymity")
    keyed again from their records (derive.without_anonymity, migrate.rekey_sources), with
    the summaries they touch; the per-story keys of a story's copies then take the
    original's (_occurrences_again)."""
    from according.ledger import migrate

    seqs = [r[0] for r in con.execute(
        "SELECT DISTINCT seq FROM attributions WHERE source_kind IN ('anonymous', "
        "'unspecified') AND regexp_matches(lower(coalesce(source_text, '')), "
        "'anonym|named|identif|authori[sz]ed|permitted|allowed|record|publicly') "
        "ORDER BY seq").fetchall()]
    done = migrate.rekey_sources(con, seqs, people=False)
    if done.seqs:
        _summed_again(con, done)
        _occurrences_again(con, None)


def _initials_again(con: duckdb.DuckDBPyConnection) -> None:
    """merge-rules/33 -> 34: the sources of the articles with a word in capitals in a
    source's span ("the WHO", "A WHO official, who …") keyed again from their records
    (names.source_phrase, names.is_pronoun; migrate.rekey_sources), with the summaries
    they touch; the per-story keys of a story's copies then take the original's."""
    from according.ledger import migrate

    seqs = [r[0] for r in con.execute(
        "SELECT DISTINCT seq FROM attributions WHERE regexp_matches("
        "coalesce(source_text, ''), '\\b[A-Z]{2,}\\b') ORDER BY seq").fetchall()]
    done = migrate.rekey_sources(con, seqs)
    if done.seqs:
        _summed_again(con, done)
        _occurrences_again(con, None)


def _relayed_again(con: duckdb.DuckDBPyConnection) -> None:
    """merge-rules/19 -> 20: the quote clusters with a member nested in another member of
    its article (stats.RELAYED_IN_CLUSTER) summed up again, their relayed sources no longer
    counted."""
    from according.ledger import merge

    clusters = {r[0] for r in con.execute(
        "SELECT DISTINCT i.cluster FROM attributions i JOIN attributions o "
        "ON o.article_id = i.article_id AND o.attribution_id = i.within "
        "AND o.cluster = i.cluster WHERE i.within IS NOT NULL").fetchall()}
    if clusters:
        merge.refresh(con, clusters=clusters)


def _occurrences_again(con: duckdb.DuckDBPyConnection, groups: set[int] | None) -> None:
    """merge-rules/9 -> 10 (None: every story of more than one article), and the stories
    an outlet table's change regrouped (`groups`): an anonymous, unspecified or document
    source of a story's copy takes the key of its original's (merge.rekey_story_occurrences),
    with the summaries of the sources, quote clusters, figure groups and series it left or
    joined."""
    from according.ledger import merge, migrate

    moved = merge.rekey_story_occurrences(con, groups)
    if not moved:
        return
    figure_groups, series, _ = merge._figures_of_moves(con, moved)
    _summed_again(con, migrate.Rekeyed(
        {m.seq for m in moved}, {m.old for m in moved} | {m.new for m in moved},
        {m.cluster for m in moved if m.cluster is not None}, figure_groups, series))


def _disagreements_again(con: duckdb.DuckDBPyConnection) -> None:
    """merge-rules/10 -> 11: a figure group's disagreements are pairs of stories and a
    story's pairs of sources (disagreements.py), where rules 10 counted its figures that
    clash with another article's and every inner clash. Only a group that had some can
    have any (a pair of stories that disagree has a figure clashing with another
    article's): those groups are counted again, and the series that had or now have any."""
    from according.ledger import merge

    groups = {r[0] for r in con.execute("""
        SELECT group_id FROM group_stats WHERE n_clash > 0
        UNION SELECT q.group_id FROM quantities q
        WHERE q.group_id IS NOT NULL AND q.seq IN (SELECT DISTINCT seq FROM figure_clashes)
          AND q.ref IN (SELECT ref_a FROM figure_clashes)""").fetchall()}
    series = {r[0] for r in con.execute(
        "SELECT series_id FROM series_stats WHERE n_disagreements > 0").fetchall()}
    if groups:
        table = merge.ids_table(con, "_disagreeing_groups", groups)
        series |= {r[0] for r in con.execute(
            f"SELECT DISTINCT series_id FROM group_stats WHERE group_id IN "
            f"(SELECT id FROM {table})").fetchall()}
    if groups or series:
        merge.refresh(con, groups=groups, series=series)


def _summed_again(con: duckdb.DuckDBPyConnection, done: Rekeyed) -> None:
    """The summaries of the sources, quote clusters, figure groups and series that re-keyed
    mentions (`done`) left or joined, and their articles' pages."""
    from according.ledger import fronts, merge, migrate, stats

    if not done.seqs:
        return
    migrate.drop_source_words(con, done.sources)  # indexed again with their summaries
    merge.refresh(con, recompute_sources=done.sources, clusters=done.clusters,
                  groups=done.groups, recompute_series=done.series)
    if done.series:  # their rows of the series' as-of order name the sources
        stats.add_series_order(con, f"IN ({', '.join(map(str, sorted(done.seqs)))})",
                               series=done.series)
    fronts.touch_articles(con, done.seqs)


def _figures_again(con: duckdb.DuckDBPyConnection, code: str, counted: bool) -> None:
    """The figures merge rules 3 -> 4, 4 -> 5, 11 -> 12, 14 -> 15, 17 -> 18, 20 -> 21 and
    22 -> 23 to 26 -> 27 place again, and those whose series key or label a changed counted
    table moves, derived again with their summaries."""
    from according.ledger import merge, migrate, stats

    seqs = set(migrate.counted_candidates(con)) if counted else set()
    if code in _BEFORE_36:  # 11 -> 12, 14 -> 15, ..., 22 -> 23 to 26 -> 27, 28 -> 36
        seqs |= set(_figure_seqs(con))
    if code in ("merge-rules/3", "merge-rules/4"):
        seqs |= set(_keyed_place_seqs(con))
        if code == "merge-rules/3":
            seqs |= set(_dateline_place_seqs(con))
    if seqs:
        groups, series = merge.place_figures_again(con, sorted(seqs), changed_only=True)
        if groups or series:
            merge.refresh(con, groups=groups, recompute_series=series)
        if series and (counted or code in _BEFORE_36):
            # their rows of the series' as-of order name the series and show the place
            stats.add_series_order(con, f"IN ({', '.join(map(str, sorted(seqs)))})",
                                   series=None if counted else series)
    if counted:  # a unit's counted words may change whatever series it is in
        merge.fill_series_words(con, None)


def _figure_seqs(con: duckdb.DuckDBPyConnection) -> list[int]:
    """merge-rules/11 -> 12, 14 -> 15 and 20 -> 21 placed again only the articles with a
    placed or compared figure (a figure with a place can lose or change it, a compared one
    stop being compared); 22 -> 23 may also place or compare a figure that was neither
    (a town's clause stating the dateline, "12 people needed hospital treatment" an
    amount again; 23 -> 24 a count that measures a noun before it no longer compared,
    disagreements.measures_another), so every article with a figure is placed again."""
    return [r[0] for r in con.execute(
        "SELECT DISTINCT seq FROM quantities ORDER BY seq").fetchall()]


def _keyed_place_seqs(con: duckdb.DuckDBPyConnection) -> list[int]:
    """merge-rules/4 -> 5: the articles with a compared figure whose place key differs
    from its place (figures.place_key)."""
    from according.ledger.figures import PLACE_KIND_WORDS

    kinds = "|".join(PLACE_KIND_WORDS)
    return [r[0] for r in con.execute(f"""
        SELECT DISTINCT seq FROM quantities
        WHERE group_id IS NOT NULL AND place IS NOT NULL
          AND (place LIKE '%,%' OR place LIKE 'the %'
               OR regexp_matches(place, '\\s(?:{kinds})$'))
        ORDER BY seq""").fetchall()]


def _dateline_place_seqs(con: duckdb.DuckDBPyConnection) -> list[int]:
    """merge-rules/3 -> 4: only an article with a place mentioned inside its dateline and
    a placed figure can change."""
    return [r[0] for r in con.execute("""
        SELECT DISTINCT a.seq FROM articles a
        JOIN regions r ON r.article_id = a.id AND r.kind = 'dateline'
        JOIN spans s ON s.article_id = a.id AND s.owner_kind = 'entity'
          AND s.start >= r.start AND s.start < r."end"
        JOIN entities e ON e.article_id = a.id AND e.entity_id = s.owner_id
          AND e.type = 'place'
        WHERE a.seq IN (SELECT seq FROM quantities WHERE place IS NOT NULL)
        ORDER BY a.seq""").fetchall()]


def _texts_with_other_words(con: duckdb.DuckDBPyConnection) -> int:
    """How many stored texts keep words other than merge.TEXT_WORDS gives (merge-rules/2
    kept the first member's): read among the texts whose members' words differ."""
    from according.ledger.merge import TEXT_WORDS

    con.execute("""
        CREATE OR REPLACE TEMP TABLE _mixed_texts AS SELECT text_key FROM attributions
        WHERE text_key IS NOT NULL GROUP BY text_key HAVING min(words) <> max(words)""")
    return con.execute(f"""
        SELECT count(*) FROM texts t JOIN (
            SELECT text_key, {TEXT_WORDS} AS words FROM attributions
            WHERE text_key IN (SELECT text_key FROM _mixed_texts) GROUP BY text_key) a
          USING (text_key)
        WHERE t.words IS DISTINCT FROM a.words""").fetchall()[0][0]


def _compare_counted_figures_only(con: duckdb.DuckDBPyConnection,
                                  contents: dict[str, bytes]) -> None:
    """merge-rules/1 -> 2, in one transaction (migrate_in_place)."""
    from according.ledger import merge
    from according.ledger.figures import UNCOUNTED

    con.begin()
    try:
        con.execute("CREATE OR REPLACE TEMP TABLE _incomparable AS SELECT ref, group_id, "
                    "series_id, series_key LIKE ' | %' AS uncounted FROM quantities "
                    "WHERE series_key LIKE ' | %' OR (day IS NULL AND group_id IS NOT NULL)")
        con.execute("DELETE FROM figure_clashes WHERE ref_a IN (SELECT ref FROM _incomparable)"
                    " OR ref_b IN (SELECT ref FROM _incomparable)")
        con.execute("DELETE FROM group_stats WHERE group_id IN (SELECT group_id FROM "
                    "_incomparable) AND group_id NOT IN (SELECT group_id FROM quantities "
                    "WHERE group_id IS NOT NULL AND ref NOT IN (SELECT ref FROM _incomparable))")
        con.execute("UPDATE quantities SET group_id = NULL, label = CASE WHEN i.uncounted "
                    "THEN coalesce(nullif(quantities.unit, ''), 'figures') || ' ' || ? "
                    "ELSE quantities.label END FROM _incomparable i "
                    "WHERE quantities.ref = i.ref", [UNCOUNTED])
        series = {r[0] for r in con.execute(
            "SELECT DISTINCT series_id FROM _incomparable").fetchall()}
        groups = {r[0] for r in con.execute("SELECT DISTINCT group_id FROM _incomparable "
                                            "WHERE group_id IS NOT NULL").fetchall()}
        merge.refresh(con, groups=groups, recompute_series=series)
        mark_merges_current(con, "merge-rules/2", contents)
        con.commit()
    except BaseException:
        con.rollback()
        raise


def _source_alias(con: duckdb.DuckDBPyConnection) -> str:
    """The name the ledger being rebuilt is attached under: not the new file's own catalog
    name, which DuckDB takes from the file's stem (old.duckdb.rebuild is "old")."""
    own = con.execute("SELECT current_database()").fetchall()[0][0]
    return "rebuild_source" if own != "rebuild_source" else "rebuild_source_1"


def _copy_records(con: duckdb.DuckDBPyConnection, old: str,
                  say: Callable[[str], None]) -> None:
    total = con.execute(f"SELECT count(*) FROM {old}.articles").fetchall()[0][0]
    result = con.cursor().execute(  # its own cursor: the inserts below use `con`
        "SELECT seq, input_key, record_json, "
        f"strftime(published, '%Y-%m-%dT%H:%M:%S+00:00') FROM {old}.articles ORDER BY seq")
    done = 0
    from according.ledger.store import Store

    while batch := result.fetchmany(REBUILD_BATCH):
        items = [(Record.from_dict(json.loads(doc)), key, seq) for seq, key, doc, _ in batch]
        rows = rows_for_numbered(items, published=[p for *_, p in batch])
        for table, columns in rows.columns.items():
            if table != "appearances" and columns:
                Store._insert_into(con, table, columns)
        done += len(batch)
        say(f"records {done}/{total}")
    sets = ", ".join(f'"{c}" = o."{c}"' for c in _FILLED)
    con.execute(f"UPDATE articles SET {sets} FROM {old}.articles o WHERE articles.id = o.id")
    from according.ledger.migrate import fill_published_day_only

    fill_published_day_only(con)  # of the times a sighting filled too


def _fill_outlet_keys(con: duckdb.DuckDBPyConnection) -> None:
    from according.ledger.derive import outlet_key

    outlets = [r[0] for r in con.execute(
        "SELECT DISTINCT outlet FROM appearances WHERE outlet IS NOT NULL").fetchall()]
    if not outlets:
        return
    con.execute("CREATE TEMP TABLE _okeys (outlet VARCHAR, outlet_key VARCHAR)")
    con.executemany("INSERT INTO _okeys VALUES (?, ?)", [(o, outlet_key(o)) for o in outlets])
    con.execute("UPDATE appearances SET outlet_key = k.outlet_key FROM _okeys k "
                "WHERE appearances.outlet = k.outlet")
