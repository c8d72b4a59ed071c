"""Bringing stored merges up to date in place when the outlet table, the counted table or
the wire rule changed (rebuild.migrate_in_place), so that they equal what `according
rebuild` gives.

What the outlet table (data/outlets.json) decides in a ledger, and how each is redone:

* the canonical outlet of an article and of each sighting (`outlet_key`): recomputed for
  the distinct stored outlet names (an article's: its record's, update_outlet_keys) and
  compared with the stored keys; the quote clusters of the articles whose keys changed
  are summed up again (their outlets);
* a source's key where its name is an outlet's form (names._org_key): the key under the
  old and the new table is compared for the distinct organisation names stored, and the
  display name of the sources keyed by a changed form is recomputed; a mention whose key
  itself changes is not moved in place (a rebuild);
* an article's story key (duplicates.py): its byline names leave out outlets, and a wire
  service may be named by an outlet's form. Only bylines with a part whose outlet_key
  changed can change; a changed form that names another wire service needs a rebuild.

What data/ledger_counted.json decides (a figure's series key and label, and so its
comparison group, clashes and series) is compared per distinct (counted, unit) stored
(`counted_candidates`); the articles of figures whose key or label differs are derived
again (merge.place_figures_again). data/ledger_names.json (person keys, titles, the wire
services) is not migrated: a change of it needs a rebuild.

A person key that today's names.py reads otherwise than the stored one (merge rules 8:
accents folded, any script's letters, a surname alone standing for a hyphenated one; 7:
a hyphenated first name) is moved in place (`rekey_people`): only articles naming a
person with a character outside ASCII, a "dj" or a hyphen can move (`person_candidates`),
their mentions' facts are derived again from their records, and every surname-only
mention of a surname they had or have is resolved again, since only those read evidence
that changed. Source ids are hashes of keys, so a source keeps its id, and sources whose
new keys meet become one.

An article whose story key changed (the outlet table's, or merge-rules/6's wire rule:
`wire_candidates`) is grouped again with every article of the groups it and its LSH
bucket neighbours were in (`regroup_stories`): a link between two articles neither of
which changed is unchanged, so the components of those groups are exactly a rebuild's.
"""

from __future__ import annotations

import json
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass

import duckdb
import pyarrow as pa

from according.ledger import fronts, merge
from according.ledger.duplicates import (
    STORY_KEY_COLUMNS,
    same_story,
    stored_key,
    stored_story_days,
)
from according.outlets import Outlet, outlet_key, outlets_by_key, written_key

ORG_KINDS = ("organization", "outlet", "group")
STORY_CHUNK = 2000  # articles whose records are read at a time


@dataclass(frozen=True)
class OutletChanges:
    """What differs between two outlet tables, by lookup key."""

    norms: frozenset[str]  # names.normalise_org keys whose outlet differs
    keys: frozenset[str]  # outlets.outlet_key keys whose outlet differs (or is new / gone)
    old_of: dict[str, str]  # normalise_org key -> outlet name, old table
    new_of: dict[str, str]


def outlet_changes(old: tuple[Outlet, ...], new: tuple[Outlet, ...]) -> OutletChanges:
    """The lookup keys whose outlet differs between tables `old` and `new`."""
    from according.ledger.names import outlet_names

    old_of, new_of = outlet_names(old), outlet_names(new)
    norms = {k for k in old_of.keys() | new_of.keys() if old_of.get(k) != new_of.get(k)}
    old_by, new_by = outlets_by_key(old), outlets_by_key(new)
    keys = {k for k in old_by.keys() | new_by.keys()
            if _name(old_by.get(k)) != _name(new_by.get(k))}
    return OutletChanges(frozenset(norms), frozenset(keys), old_of, new_of)


def _name(outlet: Outlet | None) -> str | None:
    return outlet.name if outlet else None


def wire_names_changed(changes: OutletChanges, old: tuple[Outlet, ...],
                       new: tuple[Outlet, ...]) -> bool:
    """Whether a changed key names another wire service under the new table
    (duplicates.wire_service reads outlet forms): then any article's wire flag may change."""
    from according.ledger.duplicates import _wire_forms

    forms = _wire_forms()
    old_by, new_by = outlets_by_key(old), outlets_by_key(new)

    def wire_of(table: dict[str, Outlet], key: str) -> str | None:
        outlet = table.get(key)
        return forms.get(outlet_key(outlet.name)) if outlet else None

    return any(key not in forms and wire_of(old_by, key) != wire_of(new_by, key)
               for key in changes.keys)


def org_key(norm: str, outlet_of: dict[str, str]) -> str | None:
    """A mention's source key from its normalised name alone under table `outlet_of`
    (names._org_key), None where it depends on its article or waits on other articles."""
    from according.ledger.names import normalise_org

    if norm in outlet_of:
        return "org:" + normalise_org(outlet_of[norm])
    return None if " " not in norm else "org:" + norm


def moved_org_names(con: duckdb.DuckDBPyConnection, changes: OutletChanges) -> list[str]:
    """The stored organisation names whose source key differs under the new table: read
    by distinct name, and where the key of a one-word name depends on its article (a
    longer name it stands for, an acronym), by its articles' mentions."""
    from according.ledger.names import normalise_org

    if not changes.norms:
        return []
    names = [r[0] for r in con.execute(f"""
        SELECT DISTINCT n FROM (
            SELECT unnest([a.source_text, e.name]) AS n FROM attributions a
            LEFT JOIN entities e ON e.article_id = a.article_id AND e.entity_id = a.source_entity
            WHERE a.source_kind IN {ORG_KINDS}) WHERE n IS NOT NULL""").fetchall()]
    moved_longer = {n for n in changes.norms if normalise_org(changes.old_of.get(n, n))
                    != normalise_org(changes.new_of.get(n, n))}
    moved, local = [], []
    for name in names:
        norm = normalise_org(name)
        if norm in changes.norms and " " in norm:
            if org_key(norm, changes.old_of) != org_key(norm, changes.new_of):
                moved.append(name)
        elif norm in changes.norms or (
                " " not in norm and any(n.endswith(" " + norm) for n in moved_longer)):
            local.append(name)
    return moved + _moved_in_articles(con, changes, local)


def _moved_in_articles(con: duckdb.DuckDBPyConnection, changes: OutletChanges,
                       names: list[str]) -> list[str]:
    """Of one-word organisation names, those whose mentions' (key, initials) differ under
    the two tables, read from their articles' records (names.org_key_under)."""
    from according.ledger.derive import source_mentions
    from according.ledger.names import ORGISH, org_key_under
    from according.records import Record

    if not names:
        return []
    seqs = [r[0] for r in con.execute(f"""
        SELECT DISTINCT a.seq FROM attributions a
        LEFT JOIN entities e ON e.article_id = a.article_id AND e.entity_id = a.source_entity
        WHERE a.source_kind IN {ORG_KINDS}
          AND (a.source_text = ANY($n) OR e.name = ANY($n))""", {"n": names}).fetchall()]
    moved = set()
    for at in range(0, len(seqs), STORY_CHUNK):
        chunk = merge.ids_table(con, "_org_articles", seqs[at:at + STORY_CHUNK])
        for (doc,) in con.execute("SELECT record_json FROM articles "
                                  f"WHERE seq IN (SELECT id FROM {chunk})").fetchall():
            for mention in source_mentions(Record.from_dict(json.loads(doc))):
                if mention.type in ORGISH and mention.name in names and org_key_under(
                        mention, changes.old_of) != org_key_under(mention, changes.new_of):
                    moved.add(mention.name)
    return sorted(moved)


def renamed_sources(con: duckdb.DuckDBPyConnection, changes: OutletChanges) -> set[int]:
    """Sources keyed by a changed outlet form: their display name is the table's."""
    keys = sorted({"org:" + n for n in changes.norms})
    if not keys:
        return set()
    return {r[0] for r in con.execute(
        "SELECT source_id FROM source_stats WHERE key = ANY($keys)", {"keys": keys}).fetchall()}


def update_outlet_keys(con: duckdb.DuckDBPyConnection) -> set[int]:
    """Give articles and sightings the outlet key today's table gives their outlet name,
    where it differs (read by distinct name); returns the articles whose keys changed.

    A sighting's key is its own outlet's; an article's is its record's outlet's, as ingest
    and rebuild give it, not the `outlet` column's, which a sighting fills in where the
    record had none (rebuild._FILLED). An article stored with a NULL key had no outlet or
    a blank one: NULL under every table, whatever a sighting filled in. One with a key had
    a named outlet, which a sighting never overwrites, so its column is its record's
    outlet. So only articles with a key are read, and by distinct name still."""
    from according.ledger.derive import outlet_key as canonical

    seqs: set[int] = set()
    for table, article, keyed in (("articles", "seq", "outlet_key IS NOT NULL"),
                                  ("appearances", "article_id", "outlet IS NOT NULL")):
        pairs = con.execute(f"SELECT DISTINCT outlet, outlet_key FROM {table} "
                            f"WHERE {keyed}").fetchall()
        fixed = {o: k for o, old in pairs if (k := canonical(o)) != old}
        if not fixed:
            continue
        con.register("_okeys_view", pa.table({"outlet": list(fixed),
                                              "outlet_key": list(fixed.values())}))
        try:
            ids = [r[0] for r in con.execute(
                f"SELECT DISTINCT {article} FROM {table} WHERE {keyed} AND outlet = ANY($o)",
                {"o": list(fixed)}).fetchall()]
            con.execute(f"UPDATE {table} SET outlet_key = v.outlet_key FROM _okeys_view v "
                        f"WHERE {table}.outlet = v.outlet AND {table}.{keyed}")
        finally:
            merge.unregister(con, "_okeys_view")
        if table == "articles":
            seqs |= set(ids)
        elif ids:
            seqs |= {r[0] for r in con.execute(
                "SELECT seq FROM articles WHERE id = ANY($ids)", {"ids": ids}).fetchall()}
    return seqs


def byline_candidates(con: duckdb.DuckDBPyConnection, keys: Iterable[str]) -> list[int]:
    """Articles with a byline part whose outlet_key is one of `keys` (read by distinct
    byline entry): their byline names, and so their story keys, may change."""
    from according.ledger.duplicates import _BYLINE_SPLIT

    keys = set(keys)
    if not keys:
        return []
    entries = [r[0] for r in con.execute(
        "SELECT DISTINCT b FROM (SELECT unnest(byline) AS b FROM articles) "
        "WHERE b IS NOT NULL").fetchall()]
    hit = [e for e in entries if any(outlet_key(p) in keys or written_key(p) in keys
                                     for p in _BYLINE_SPLIT.split(e))]
    if not hit:
        return []
    return [r[0] for r in con.execute(
        "SELECT seq FROM articles WHERE list_has_any(byline, $hit) ORDER BY seq",
        {"hit": hit}).fetchall()]


def wire_candidates(con: duckdb.DuckDBPyConnection) -> list[int]:
    """merge-rules/5 -> 6: the articles whose wire services the new rule can change: those
    with a byline, credit or boilerplate line (a printed byline or a copyright notice
    naming a wire: duplicates.owner_line_wires)."""
    return [r[0] for r in con.execute("""
        SELECT seq FROM articles WHERE id IN (
            SELECT article_id FROM regions WHERE kind IN ('byline', 'credit', 'boilerplate'))
        ORDER BY seq""").fetchall()]


def update_story_keys(con: duckdb.DuckDBPyConnection, seqs: Iterable[int]) -> list[int]:
    """Derive the wire services and byline names of articles `seqs` again from their stored
    records and write those that differ; returns the articles that changed."""
    from according.ledger.derive import article_wire
    from according.ledger.duplicates import byline_names
    from according.records import Record

    ordered = sorted(set(seqs))
    changed: dict[str, list] = {"seq": [], "wire": [], "byline_names": []}
    for at in range(0, len(ordered), STORY_CHUNK):
        chunk = merge.ids_table(con, "_story_again", ordered[at:at + STORY_CHUNK])
        for seq, doc, wire, names in con.execute(
                "SELECT seq, record_json, wire, byline_names FROM articles "
                f"WHERE seq IN (SELECT id FROM {chunk})").fetchall():
            record = Record.from_dict(json.loads(doc))
            new_wire, new_names = article_wire(record), sorted(byline_names(
                record.metadata.byline))
            if new_wire != sorted(wire or ()) or new_names != sorted(names or ()):
                changed["seq"].append(seq)
                changed["wire"].append(new_wire)
                changed["byline_names"].append(new_names)
    if changed["seq"]:
        con.register("_story_view", pa.table(changed))
        try:
            con.execute("UPDATE articles SET wire = v.wire, byline_names = v.byline_names "
                        "FROM _story_view v WHERE articles.seq = v.seq")
        finally:
            merge.unregister(con, "_story_view")
    return changed["seq"]


def regroup_stories(con: duckdb.DuckDBPyConnection, changed: Iterable[int]) -> set[int]:
    """Group again the articles of the groups that articles `changed` (new story keys) and
    their bucket neighbours are in (module doc); returns every group id they were or are
    in, whose quote clusters the caller refreshes."""
    changed = sorted(set(changed))
    if not changed:
        return set()
    table = merge.ids_table(con, "_restoried", changed)
    groups = {r[0] for r in con.execute(f"""
        SELECT DISTINCT a.group_seq FROM articles a WHERE a.seq IN (
            SELECT seq FROM story_buckets WHERE bucket IN (
                SELECT bucket FROM story_buckets WHERE seq IN (SELECT id FROM {table}))
            UNION SELECT id FROM {table})""").fetchall()}
    member_seqs = [r[0] for r in con.execute(
        "SELECT seq FROM articles WHERE group_seq = ANY($g)", {"g": sorted(groups)}
    ).fetchall()]
    members = merge.ids_table(con, "_regroup_members", member_seqs)
    keys, old_group = {}, {}
    days = stored_story_days(con, member_seqs)
    for seq, group, *key in con.execute(
            f"SELECT seq, group_seq, {STORY_KEY_COLUMNS} FROM articles "
            f"WHERE seq IN (SELECT id FROM {members})").fetchall():
        keys[seq] = stored_key(*key, day=days.get(seq))
        old_group[seq] = group
    uf = merge.UnionFind()
    # each member compared with the first articles of its buckets before it (a bucket
    # stores only those: merge.FIRST_IN_STORY_BUCKET), as an ingest compares them
    member_buckets = {seq: key.buckets().tolist() for seq, key in keys.items()}
    firsts: dict[int, list[int]] = defaultdict(list)
    for bucket, seq in merge.lookup_any(
            con, "SELECT bucket, seq FROM story_buckets WHERE bucket = ANY($values) "
            f"QUALIFY {merge.first_in_story_bucket_sql()}",
            {b for bs in member_buckets.values() for b in bs}):
        firsts[bucket].append(seq)
    for a in sorted(keys):
        for bucket in member_buckets[a]:
            for b in firsts.get(bucket, ()):
                if b < a and b in keys and uf.find(a) != uf.find(b) and same_story(
                        keys[a], keys[b]):
                    uf.union(a, b)
    label = merge.name_groups(con, uf)  # named by their originals
    moved = {seq: g for seq in keys if (g := label.get(seq, seq)) != old_group[seq]}
    if moved:
        con.register("_regroup_view", pa.table({"seq": list(moved), "g": list(moved.values())}))
        try:
            con.execute("UPDATE articles SET group_seq = v.g FROM _regroup_view v "
                        "WHERE articles.seq = v.seq")
        finally:
            merge.unregister(con, "_regroup_view")
        fronts.touch_groups(con, {old_group[s] for s in moved} | set(moved.values()))
    return groups | set(moved.values())


def clusters_of_articles(con: duckdb.DuckDBPyConnection, seqs: Iterable[int]) -> set[int]:
    """The quote clusters with a member in articles `seqs`."""
    seqs = set(seqs)
    if not seqs:
        return set()
    table = merge.ids_table(con, "_cluster_articles", seqs)
    return {r[0] for r in con.execute(
        "SELECT DISTINCT cluster FROM attributions WHERE cluster IS NOT NULL AND seq IN "
        f"(SELECT id FROM {table})").fetchall()}


def clusters_of_sources(con: duckdb.DuckDBPyConnection, sources: set[int]) -> set[int]:
    if not sources:
        return set()
    return {r[0] for r in con.execute(
        "SELECT DISTINCT cluster FROM attributions WHERE cluster IS NOT NULL "
        "AND source_id = ANY($ids)", {"ids": sorted(sources)}).fetchall()}


def counted_candidates(con: duckdb.DuckDBPyConnection) -> list[int]:
    """The articles with a figure whose series key or label differs under today's
    data/ledger_counted.json (read by distinct counted words and unit): their figures are
    derived again (merge.place_figures_again)."""
    from according.ledger.figures import counted_key, series_label

    pairs = con.execute("SELECT DISTINCT counted, unit, series_key, label "
                        "FROM quantities").fetchall()
    changed = [(c, u) for c, u, key, label in pairs
               if counted_key(c, u) != key or series_label(c, u) != label]
    if not changed:
        return []
    con.register("_counted_view", pa.table({"counted": [c for c, _ in changed],
                                            "unit": [u for _, u in changed]}))
    try:
        return [r[0] for r in con.execute("""
            SELECT DISTINCT q.seq FROM quantities q JOIN _counted_view v
              ON q.counted IS NOT DISTINCT FROM v.counted AND q.unit IS NOT DISTINCT FROM v.unit
            ORDER BY 1""").fetchall()]
    finally:
        merge.unregister(con, "_counted_view")


def front_articles(con: duckdb.DuckDBPyConnection) -> list[int]:
    """merge-rules/6 -> 7: the articles the articles list's front shows (a copy of a wire
    report now shows as wire: views.article_summaries), to be shown again."""
    return [r[0] for r in con.execute(
        "SELECT DISTINCT id FROM fronts WHERE list = 'articles' ORDER BY 1").fetchall()]


def person_candidates(con: duckdb.DuckDBPyConnection) -> list[int]:
    """merge-rules/7 -> 8: the articles whose person mentions names.py may now key
    differently: those naming a person (a person source's span or entity name, or a person
    entity of the article, which a surname alone is read against) with a character outside
    ASCII (accents are folded, any script's letters kept), a "dj" (read as "d") or a
    hyphen (a hyphenated first name, rules 6 -> 7; a surname alone standing for a
    hyphenated one)."""
    odd = r"regexp_matches({c}, '[^\x00-\x7F]|-|[Dd][Jj]')"
    return [r[0] for r in con.execute(f"""
        SELECT seq FROM articles WHERE id IN (
            SELECT a.article_id FROM attributions a
            LEFT JOIN entities e ON e.article_id = a.article_id
                                AND e.entity_id = a.source_entity
            WHERE a.source_kind = 'person' AND ({odd.format(c="coalesce(a.source_text, '')")}
                                                OR {odd.format(c="coalesce(e.name, '')")})
            UNION SELECT article_id FROM entities WHERE type = 'person'
                AND {odd.format(c="coalesce(name, '')")})
        ORDER BY seq""").fetchall()]


# the attribution columns names.mention_facts decides (derive._add_attribution_columns)
_PERSON_COLUMNS = ("source_key", "source_name", "source_phrase", "named", "surname", "first",
                   "waiting", "titles", "article_firsts", "name_full")


@dataclass
class Rekeyed:
    """What re-keying people changed: the articles, their attribution refs, the sources
    mentions left or joined, their quote clusters, figure groups and series."""

    seqs: set[int]
    sources: set[int]
    clusters: set[int]
    groups: set[int]
    series: set[int]


def rekey_people(con: duckdb.DuckDBPyConnection, seqs: Iterable[int]) -> Rekeyed:
    """Derive the source facts of articles `seqs` again from their stored records (today's
    names.py), write the mentions whose facts differ, fill the name evidence again and
    re-resolve every surname-only mention of the surnames they had or have: each mention
    then holds the key one clean ingest gives it (the keys of other surnames read no
    evidence that changed). Source ids are hashes of keys, so a source keeps its id
    wherever its key stands, and sources whose new keys meet are one."""
    from according.ledger.derive import make_ref, source_mentions
    from according.ledger.minhash import hash64
    from according.ledger.names import PERSONISH, is_pronoun, mention_facts, split_person
    from according.records import Record

    ordered = sorted(set(seqs))
    rows: dict[str, list] = {"ref": [], "source_id": [], **{c: [] for c in _PERSON_COLUMNS}}
    old_ids: set[int] = set()
    surnames: set[str] = set()
    changed: set[int] = set()
    for at in range(0, len(ordered), STORY_CHUNK):
        chunk = merge.ids_table(con, "_people_again", ordered[at:at + STORY_CHUNK])
        stored = {}
        for row in con.execute(
                f"SELECT ref, source_id, {', '.join(_PERSON_COLUMNS)} "
                f"FROM attributions WHERE seq IN (SELECT id FROM {chunk})").fetchall():
            stored[row[0]] = row
        for seq, doc in con.execute("SELECT seq, record_json FROM articles "
                                    f"WHERE seq IN (SELECT id FROM {chunk})").fetchall():
            record = Record.from_dict(json.loads(doc))
            for index, mention in enumerate(source_mentions(record)):
                if mention.type not in PERSONISH:  # (an acronym's stored key is resolved)
                    continue
                ref = make_ref(seq, index)
                facts = mention_facts(mention)
                surname = facts.surname or (facts.key.rsplit(" ", 1)[1] if facts.first
                                            else None)
                new = (facts.key, facts.name,
                       None if is_pronoun(facts.surface) else facts.surface or None,
                       facts.named, surname, facts.first, facts.surname is not None,
                       sorted(facts.titles), sorted(facts.article_firsts),
                       mention.type == "person" and split_person(facts.name)[0] is not None)
                old = stored[ref]
                # a waiting mention's stored key is its resolved one: compared without it
                same = new[1:] == tuple(_listed(v) for v in old[3:]) and (
                    facts.surname is not None or new[0] == old[2])
                if same:
                    continue
                changed.add(seq)
                old_ids.add(old[1])
                surnames |= {s for s in (old[6], surname) if s}
                rows["ref"].append(ref)
                rows["source_id"].append(hash64(facts.key))
                for column, value in zip(_PERSON_COLUMNS, new, strict=True):
                    rows[column].append(value)
    if not rows["ref"]:
        return Rekeyed(set(), set(), set(), set(), set())
    refs = rows["ref"]
    con.register("_people_view", pa.table(rows))
    try:
        assigned = ", ".join(f"{c} = v.{c}" for c in ("source_id", *_PERSON_COLUMNS))
        con.execute(f"UPDATE attributions SET {assigned} FROM _people_view v "
                    "WHERE attributions.ref = v.ref")
    finally:
        merge.unregister(con, "_people_view")
    merge.fill_name_evidence(con)
    moved = merge.resolve_waiting_people(con, surnames=surnames)
    touched = merge.ids_table(con, "_rekeyed_refs", [*refs, *(m.ref for m in moved)])
    # the figures take their attribution's local key and resolved source
    con.execute(f"""
        UPDATE quantities SET source_key = a.local_key, source_id = a.source_id FROM (
            SELECT a.seq, a.attribution_id, a.source_id,
                   CASE WHEN a.waiting THEN 'person:? ' || a.surname || ' @' || a.article_id
                        ELSE a.source_key END AS local_key
            FROM attributions a WHERE a.ref IN (SELECT id FROM {touched})) a
        WHERE quantities.seq = a.seq AND quantities.attribution_id = a.attribution_id""")
    return _rekeyed(con, [*refs, *(m.ref for m in moved)], changed, old_ids, moved)


def _listed(value: object) -> object:
    return sorted(value) if isinstance(value, list) else value


def drop_source_words(con: duckdb.DuckDBPyConnection, sources: set[int]) -> None:
    """Remove the search index rows (words.py) of `sources`, whose forms and names a
    recomputation of their summaries indexes again: a source that lost its members (a key
    that moved) is then found no more."""
    from according.ledger.words import SOURCE

    if not sources:
        return
    table = merge.ids_table(con, "_unindexed_sources", sources)
    con.execute("CREATE TEMP TABLE IF NOT EXISTS _dropped_words (word_id UBIGINT)")
    con.execute(f"INSERT INTO _dropped_words SELECT DISTINCT word_id FROM word_index "
                f"WHERE kind = {SOURCE} AND id IN (SELECT id FROM {table})")
    con.execute(f"DELETE FROM word_index WHERE kind = {SOURCE} "
                f"AND id IN (SELECT id FROM {table})")
    con.execute(f"DELETE FROM source_names WHERE source_id IN (SELECT id FROM {table})")


def drop_unused_words(con: duckdb.DuckDBPyConnection) -> None:
    """Remove from the vocabulary the words drop_source_words took out of the index that
    nothing indexes again (a display name the outlet table no longer gives: "RTÉ" for
    "RT"), as a clean ingest never holds them."""
    found = con.execute("SELECT count(*) FROM duckdb_tables() WHERE temporary "
                        "AND table_name = '_dropped_words'").fetchall()[0][0]
    if not found:
        return
    con.execute("""
        DELETE FROM words WHERE word_id IN (SELECT word_id FROM _dropped_words)
          AND word_id NOT IN (SELECT word_id FROM word_index
                              WHERE word_id IN (SELECT word_id FROM _dropped_words))""")
    con.execute("DROP TABLE _dropped_words")


def that_claim_articles(con: duckdb.DuckDBPyConnection) -> list[int]:
    """merge-rules/6 -> 7: the articles with a claim (not a quote) whose stored words open
    with "that", which quotes.claim_words now drops."""
    return [r[0] for r in con.execute(
        "SELECT DISTINCT seq FROM attributions WHERE NOT quote AND words LIKE 'that %' "
        "ORDER BY 1").fetchall()]


@dataclass
class Reworded:
    """What giving claims their words again changed: None where a quote text is touched
    (its LSH buckets and cluster would move: a rebuild), else the articles, the quote
    clusters left or joined and the sources of the moved claims."""

    seqs: set[int]
    clusters: set[int]
    sources: set[int]


def reword_claims(con: duckdb.DuckDBPyConnection, seqs: Iterable[int]) -> Reworded | None:
    """Derive the words and text keys of the contents of articles `seqs` again from their
    records (quotes.claim_words, derive.article_texts); where only texts that no quote
    shares change (a claim's text is then its own cluster, labelled by its first member:
    merge._cluster_all_texts), write them and their texts and clusters again; None, with
    nothing written, where a changed content is a quote or its old or new text holds one."""
    from according.ledger.derive import QUOTE_KINDS, article_texts, make_ref
    from according.ledger.quotes import claim_words, text_key
    from according.records import Record

    ordered = sorted(set(seqs))
    if ordered and quote_text_held(con):  # known before reading a record
        return None
    rows: dict[str, list] = {"ref": [], "words": [], "text_key": []}
    old_keys: set[int] = set()
    changed: set[int] = set()
    for at in range(0, len(ordered), STORY_CHUNK):
        if rows["text_key"] and con.execute(  # each chunk's new texts, so as to stop early
                "SELECT 1 FROM texts WHERE quote AND text_key = ANY($k) LIMIT 1",
                {"k": sorted({k for k in rows["text_key"] if k is not None})}).fetchall():
            return None
        chunk = merge.ids_table(con, "_claims_again", ordered[at:at + STORY_CHUNK])
        stored = {r[0]: r[1:] for r in con.execute(
            "SELECT ref, words, text_key, quote FROM attributions "
            f"WHERE seq IN (SELECT id FROM {chunk})").fetchall()}
        for seq, doc in con.execute("SELECT seq, record_json FROM articles "
                                    f"WHERE seq IN (SELECT id FROM {chunk})").fetchall():
            record = Record.from_dict(json.loads(doc))
            contents = [claim_words(" … ".join(c.text for c in a.content),
                                    quote=a.kind in QUOTE_KINDS) for a in record.attributions]
            same_as = article_texts(contents)
            for index, words in enumerate(contents):
                ref = make_ref(seq, index)
                new = (" ".join(words) if words else None, text_key(contents[same_as[index]]))
                old = stored[ref]
                if new == old[:2]:
                    continue
                if old[2]:
                    return None
                changed.add(seq)
                old_keys.add(old[1])
                rows["ref"].append(ref)
                rows["words"].append(new[0])
                rows["text_key"].append(new[1])
    if not rows["ref"]:
        return Reworded(set(), set(), set())
    keys = sorted((old_keys | set(rows["text_key"])) - {None})
    if con.execute("SELECT 1 FROM texts WHERE quote AND text_key = ANY($k) LIMIT 1",
                   {"k": keys}).fetchall():
        return None
    clusters = {r[0] for r in con.execute(
        "SELECT DISTINCT cluster FROM texts WHERE text_key = ANY($k)", {"k": keys}).fetchall()}
    con.register("_claims_view", pa.table(rows))
    try:
        con.execute("UPDATE attributions SET words = v.words, text_key = v.text_key "
                    "FROM _claims_view v WHERE attributions.ref = v.ref")
    finally:
        merge.unregister(con, "_claims_view")
    # the texts of the keys they left or joined, from their members (no quote among them)
    con.execute("DELETE FROM texts WHERE text_key = ANY($k)", {"k": keys})
    con.execute(f"""
        INSERT INTO texts
        SELECT text_key, min(ref), {merge.TEXT_WORDS}, bool_or(quote), min(ref)
        FROM attributions WHERE text_key = ANY($k) GROUP BY text_key ORDER BY min(ref)""",
                {"k": keys})
    con.execute("UPDATE attributions SET cluster = t.cluster FROM texts t "
                "WHERE attributions.text_key = t.text_key AND t.text_key = ANY($k) "
                "AND attributions.cluster IS DISTINCT FROM t.cluster", {"k": keys})
    clusters |= {r[0] for r in con.execute(
        "SELECT DISTINCT cluster FROM texts WHERE text_key = ANY($k)", {"k": keys}).fetchall()}
    sources = {r[0] for r in con.execute(
        "SELECT DISTINCT source_id FROM attributions WHERE text_key = ANY($k)",
        {"k": keys}).fetchall()}
    return Reworded(changed, clusters, sources)


def quote_text_held(con: duckdb.DuckDBPyConnection) -> bool:
    """Whether a claim opening with "that" is stored in a text a quote shares."""
    return bool(con.execute("""
        SELECT 1 FROM attributions a JOIN texts t USING (text_key)
        WHERE NOT a.quote AND a.words LIKE 'that %' AND t.quote LIMIT 1""").fetchall())


# characters outside ASCII that normalise_org reads as normalise_org_before_9 did: the
# right single quote (inside a word in both: "O’Neill", a possessive "Reuters’"), and
# quote marks and dashes NFKD keeps, no word holds (test_normalise_org_on_ascii_is_rules_8)
ORG_SAME_MARKS = "’“”–—«»"
# a stored name normalise_org may read otherwise than normalise_org_before_9 (merge rules 9):
# another character outside ASCII, or a backtick (name_fold reads it as an apostrophe)
_ORG_ODD = r"regexp_matches({c}, '[^\x00-\x7F" + ORG_SAME_MARKS + r"]|`')"
# the attribution columns names.mention_facts decides for a source that is not a person

def outlet_keys_moved(old_table: tuple[Outlet, ...],
                      new_table: tuple[Outlet, ...] | None = None) -> set[str]:
    """merge-rules/8 -> 9, with a change of the outlet table in the same pass: the lookup
    keys (names.outlet_names) whose outlet, or the key of that outlet's name, differ
    between `old_table` read by normalise_org_before_9 (as the stored keys were made) and
    `new_table` (`old_table` when None) read by normalise_org ("le telegramme" finds "Le
    Télégramme" now; "s ddeutsche zeitung" is "suddeutsche zeitung"; an outlet the new
    table adds or renames). Reading each table under its own rules at once is what lets
    both changes be re-keyed together (rebuild._orgs_again)."""
    from according.ledger.names import normalise_org, normalise_org_before_9

    def read(table: tuple[Outlet, ...], normaliser) -> dict[str, tuple[str, str]]:  # noqa: ANN001
        return {normaliser(form): (outlet.name, normaliser(outlet.name)) for outlet in table
                for form in (outlet.name, *outlet.forms)}

    before = read(old_table, normalise_org_before_9)
    now = read(old_table if new_table is None else new_table, normalise_org)
    return {k for k in before.keys() | now.keys() if before.get(k) != now.get(k)}


def org_candidates(con: duckdb.DuckDBPyConnection, moved_keys: set[str]) -> list[int]:
    """merge-rules/8 -> 9: the articles whose sources names.py may now key otherwise: those
    naming something (an entity, a source's span, the outlet, whose name a one-word
    organisation may end: "Pais" in El País) with a character outside ASCII or a
    backtick, where normalise_org changed, and those naming something whose key is one
    of `moved_keys` (outlet_keys_moved), where the outlet table reads it otherwise. On
    the other names normalise_org is normalise_org_before_9."""
    from according.ledger.names import normalise_org

    hit = [n for (n,) in con.execute("""
        SELECT DISTINCT name FROM entities WHERE name IS NOT NULL
        UNION SELECT DISTINCT source_text FROM attributions WHERE source_text IS NOT NULL
        UNION SELECT DISTINCT outlet FROM articles WHERE outlet IS NOT NULL
        """).fetchall() if normalise_org(n) in moved_keys] if moved_keys else []
    con.execute("CREATE OR REPLACE TEMP TABLE _org_hit (name VARCHAR)")
    if hit:
        con.executemany("INSERT INTO _org_hit VALUES (?)", [[n] for n in hit])
    return [r[0] for r in con.execute(f"""
        SELECT seq FROM articles WHERE id IN (
            SELECT article_id FROM entities
            WHERE {_ORG_ODD.format(c="name")} OR name IN (SELECT name FROM _org_hit)
            UNION SELECT article_id FROM attributions
            WHERE {_ORG_ODD.format(c="source_text")}
               OR source_text IN (SELECT name FROM _org_hit))
           OR {_ORG_ODD.format(c="outlet")} OR outlet IN (SELECT name FROM _org_hit)
        ORDER BY seq""").fetchall()]


def sources_named_by(con: duckdb.DuckDBPyConnection, moved_keys: set[str]) -> set[int]:
    """The sources keyed by one of `moved_keys` (outlet_keys_moved): their display name is
    the outlet table's (names.display_name), which may now be another."""
    keys = sorted("org:" + k for k in moved_keys)
    if not keys:
        return set()
    return {r[0] for r in con.execute(
        "SELECT DISTINCT source_id FROM attributions WHERE source_key IN (SELECT unnest(?))",
        [keys]).fetchall()}


def rekey_orgs(con: duckdb.DuckDBPyConnection, seqs: Iterable[int]) -> Rekeyed:
    """merge-rules/8 -> 9: derive the facts of the sources of articles `seqs` that are not
    people again from their stored records (today's names.py), write the mentions whose
    facts differ, fill the organisations' acronym evidence (org_names) again and
    re-resolve every all-capitals acronym of the initials they had or have and of their
    articles (rekey_sources, people left to rekey_people)."""
    return rekey_sources(con, seqs, people=False)


def _rekeyed(con: duckdb.DuckDBPyConnection, refs: list[int], changed: set[int],
             old_ids: set[int], moved: list) -> Rekeyed:
    """What re-keying the mentions `refs` of articles `changed` (sources `old_ids` before)
    and the waiting mentions `moved` then touched."""
    touched = merge.ids_table(con, "_rekeyed_refs", refs)
    sources = old_ids | {m.old for m in moved} | {r[0] for r in con.execute(
        f"SELECT DISTINCT source_id FROM attributions WHERE ref IN (SELECT id FROM {touched})"
    ).fetchall()}
    clusters = {r[0] for r in con.execute(
        "SELECT DISTINCT cluster FROM attributions WHERE cluster IS NOT NULL "
        f"AND ref IN (SELECT id FROM {touched})").fetchall()}
    figures = con.execute(f"""
        SELECT DISTINCT q.group_id, q.series_id FROM quantities q JOIN attributions a
          ON q.seq = a.seq AND q.attribution_id = a.attribution_id
        WHERE a.ref IN (SELECT id FROM {touched})""").fetchall()
    return Rekeyed(changed | {m.seq for m in moved}, sources, clusters,
                   {g for g, _ in figures if g is not None},
                   {s for _, s in figures if s is not None})


# the attribution columns derive.source_columns fills
_SOURCE_COLUMNS = ("source_key", "source_name", "source_phrase", "named", "surname", "first",
                   "waiting", "titles", "article_firsts", "name_full", "initials",
                   "org_initials", "org_norm")


def role_candidates(con: duckdb.DuckDBPyConnection) -> list[int]:
    """merge-rules/13 -> 14: the articles whose sources roles.py or names.is_description
    may key otherwise: a source span with no entity (a name beside a description, a
    description), a span writing a role word, a person entity named with a lower-case
    word."""
    from according.ledger.roles import ROLE_NOUNS

    roles = "|".join(sorted(ROLE_NOUNS))
    lower_word = "'(^|\\s)\\p{Ll}'"
    return [r[0] for r in con.execute(f"""
        SELECT DISTINCT a.seq FROM attributions a
        LEFT JOIN entities e ON e.article_id = a.article_id AND e.entity_id = a.source_entity
        WHERE a.source_text IS NOT NULL AND (
            (a.source_entity IS NULL AND a.source_kind IN ('person', 'anonymous', 'unspecified'))
            OR regexp_matches(lower(a.source_text), '\\b({roles})\\b')
            OR (a.source_kind = 'person' AND regexp_matches(coalesce(e.name, ''), {lower_word})))
        ORDER BY 1""").fetchall()]


def rekey_sources(con: duckdb.DuckDBPyConnection, seqs: Iterable[int], *,
                  people: bool = True) -> Rekeyed:
    """Derive the source facts of every mention of articles `seqs` (without `people`: but
    the person sources') again from their stored records (today's names.py and roles.py),
    write those whose columns differ, fill the name evidence again and re-resolve the
    surname-only mentions and acronyms they had or have: each mention then holds the key
    one clean ingest gives it. Source ids are hashes of keys, as rekey_people."""
    from according.ledger.derive import make_ref, source_columns, source_mentions
    from according.ledger.minhash import hash64
    from according.ledger.names import PERSONISH, mention_facts
    from according.records import Record

    ordered = sorted(set(seqs))
    rows: dict[str, list] = {"ref": [], "source_id": [], "local_key": [],
                             **{c: [] for c in _SOURCE_COLUMNS}}
    old_ids: set[int] = set()
    surnames: set[str] = set()
    initials: set[str] = set()
    changed: set[int] = set()
    for at in range(0, len(ordered), STORY_CHUNK):
        chunk = merge.ids_table(con, "_sources_again", ordered[at:at + STORY_CHUNK])
        stored = {row[0]: row for row in con.execute(
            f"SELECT ref, source_id, {', '.join(_SOURCE_COLUMNS)} "
            f"FROM attributions WHERE seq IN (SELECT id FROM {chunk})").fetchall()}
        for seq, doc in con.execute("SELECT seq, record_json FROM articles "
                                    f"WHERE seq IN (SELECT id FROM {chunk})").fetchall():
            record = Record.from_dict(json.loads(doc))
            for index, mention in enumerate(source_mentions(record)):
                if not people and mention.type in PERSONISH:  # (rekey_people)
                    continue
                ref = make_ref(seq, index)
                facts = mention_facts(mention)
                columns = source_columns(mention, facts)
                new = tuple(columns[c] for c in _SOURCE_COLUMNS)
                old = dict(zip(_SOURCE_COLUMNS, stored[ref][2:], strict=True))
                # a waiting mention's or acronym's stored key is its resolved one
                waits = facts.surname is not None or facts.initials is not None
                if new[1:] == tuple(_listed(old[c]) for c in _SOURCE_COLUMNS[1:]) and (
                        waits or new[0] == old["source_key"]):
                    continue
                changed.add(seq)
                old_ids.add(stored[ref][1])
                surnames |= {s for s in (old["surname"], columns["surname"]) if s}
                initials |= {i for i in (old["initials"], old["org_initials"],
                                         facts.initials, facts.org_initials) if i}
                rows["ref"].append(ref)
                rows["source_id"].append(hash64(facts.key))
                rows["local_key"].append(facts.key)
                for column, value in zip(_SOURCE_COLUMNS, new, strict=True):
                    rows[column].append(value)
    if not rows["ref"]:
        return Rekeyed(set(), set(), set(), set(), set())
    con.register("_sources_view", pa.table(rows))
    try:
        assigned = ", ".join(f"{c} = v.{c}" for c in ("source_id", *_SOURCE_COLUMNS))
        con.execute(f"UPDATE attributions SET {assigned} FROM _sources_view v "
                    "WHERE attributions.ref = v.ref")
        con.execute("""
            UPDATE quantities SET source_key = v.local_key, source_id = v.source_id FROM (
                SELECT a.seq, a.attribution_id, v.local_key, v.source_id FROM attributions a
                JOIN _sources_view v ON v.ref = a.ref) v
            WHERE quantities.seq = v.seq AND quantities.attribution_id = v.attribution_id""")
    finally:
        merge.unregister(con, "_sources_view")
    merge.fill_name_evidence(con)
    moved = merge.resolve_waiting_people(con, surnames=surnames)
    moved += merge.resolve_waiting_acronyms(con, initials, changed)
    return _rekeyed(con, [*rows["ref"], *(m.ref for m in moved)], changed, old_ids, moved)


def fill_published_day_only(con: duckdb.DuckDBPyConnection) -> list[int]:
    """Set `articles.published_day_only` from each row's publication time and the stamp it
    was read from (sort_time.published_day_only: a stamp showing no clock, or a midnight
    UTC with no stamp kept); returns the seqs of the day-only ones. The stamps are read in
    Python (its clock pattern has look-arounds), once per distinct text."""
    from according.ledger.sort_time import published_day_only

    texts = [r[0] for r in con.execute(
        "SELECT DISTINCT published_text FROM articles WHERE published IS NOT NULL "
        "AND published_text IS NOT NULL").fetchall()]
    day_texts = pa.table({"t": [t for t in texts if published_day_only("", t)]},
                         schema=pa.schema([("t", pa.string())]))
    con.register("_day_texts", day_texts)
    try:
        con.execute("""
            UPDATE articles SET published_day_only = CASE
                WHEN published IS NULL THEN false
                WHEN published_text IS NULL
                    THEN strftime(timezone('UTC', published), '%H:%M:%S.%f') = '00:00:00.000000'
                ELSE published_text IN (SELECT t FROM _day_texts) END""")
    finally:
        merge.unregister(con, "_day_texts")
    return [r[0] for r in con.execute(
        "SELECT seq FROM articles WHERE published_day_only ORDER BY seq").fetchall()]


def upgrade_15_to_16(con: duckdb.DuckDBPyConnection) -> None:
    """Schema 15 -> 16 (issue 11): articles keep whether their publication stamp gives a
    day only (`published_day_only`), and every stored order column sorts such a report
    after the timed ones of its day (sort_time.py), where it sorted first as midnight UTC:
    the column is filled, then the quote clusters, figure groups and series with a member
    in a day-only article are summed up again, its figures' series_order rows written
    again and the fronts filled again, in one transaction with the version (a kill before
    its commit leaves schema 15, and the next open does it again). The result equals a
    rebuild's: the same summaries computed from the same rows."""
    from according.ledger import stats

    con.begin()
    try:
        con.execute("ALTER TABLE articles ADD COLUMN IF NOT EXISTS published_day_only BOOLEAN")
        seqs = fill_published_day_only(con)
        if seqs:
            table = merge.ids_table(con, "_day_only_seqs", seqs)
            figures = con.execute(
                "SELECT DISTINCT group_id, series_id FROM quantities WHERE seq IN "
                f"(SELECT id FROM {table}) AND series_id IS NOT NULL").fetchall()
            merge.refresh(con, clusters=clusters_of_articles(con, seqs),
                          groups={g for g, _ in figures if g is not None},
                          recompute_series={s for _, s in figures})
            stats.add_series_order(con, f"IN (SELECT id FROM {table})")
            fronts.refill(con)
        con.execute("DELETE FROM ledger_meta WHERE key = 'schema'")
        con.execute("INSERT INTO ledger_meta VALUES ('schema', '16')")
        con.commit()
    except BaseException:
        con.rollback()
        raise
