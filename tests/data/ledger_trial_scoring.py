"""What the stranger trials' scorers share (tests/data/ledger_trial{2,3,6,7,8}/score.py):
reading a ledger once (Views), counting one fact per expected field (Score), and the
checks of each family of expected fields. Every check takes the trial's expectations
(its expected.json, read by its own score.py) as an argument, so one module serves every
trial and no trial's scorer is loaded inside another's.

Names are compared as a reader would: case and a leading "the" aside (`norm`), or a word
of a name with case and accents aside (`folded`). Articles are named by URL, else by the
input's file name.
"""

from __future__ import annotations

import json
import re
import unicodedata
from pathlib import Path

from according.ledger import open_ledger


def load(folder: Path) -> dict:
    """A trial's expectations: its folder's expected.json."""
    return json.loads((folder / "expected.json").read_text("utf-8"))


def ingest(db: Path, inputs: list[Path]):  # noqa: ANN201
    """The inputs ingested into the ledger at `db`; the ingest summary."""
    with open_ledger(db) as ledger:
        return ledger.ingest(inputs)


def inputs(folder: Path) -> list[Path]:
    """A trial's ten inputs: its files whose names begin with a digit (not expected.json
    nor score.py)."""
    return sorted(folder.glob("[01]*"))


def ingester(folder: Path):  # noqa: ANN201
    """ingest(db) for a trial's folder: its inputs ingested into the ledger at `db`."""
    return lambda db: ingest(db, inputs(folder))


def norm(name: str | None) -> str:
    name = (name or "").strip().lower()
    return name.removeprefix("the ")


def folded(name: str | None) -> str:
    """A name as a reader compares a word of it: case and accents aside."""
    text = unicodedata.normalize("NFKD", name or "")
    return "".join(c for c in text if not unicodedata.combining(c)).lower()


def named_like(words: str, name: str | None) -> bool:
    """Whether `name` holds one of `words` ("a|b"): a short one (an acronym) as a whole
    word, a longer one anywhere, case and accents aside."""
    name = folded(name)
    return any(w in re.findall(r"\w+", name) if len(w) <= 3 else w in name
               for w in words.split("|"))


class Score:
    def __init__(self) -> None:
        self.right, self.total, self.misses = 0, 0, []

    def check(self, label: str, got: object, want: object) -> None:
        self.total += 1
        if got == want:
            self.right += 1
        else:
            self.misses.append(f"{label}: got {got!r}, want {want!r}")


def _all(page_at) -> list:  # noqa: ANN001
    """Every item of a paged list: `page_at(offset)` gives the page from `offset`."""
    found: list = []
    while True:
        page = page_at(len(found))
        found += list(page)
        if not page.has_more or not len(page):
            return found


class Views:
    """What the ledger answers, read once."""

    def __init__(self, ledger) -> None:  # noqa: ANN001
        articles = list(ledger.articles(limit=500))
        self.by_name = {a.url: a for a in articles if a.url}
        for a in articles:
            path = ledger.article(a.id).input.path
            self.by_name.setdefault(Path(path).name if path else a.id, a)
        self.paths = [ledger.article(a.id).input.path or "" for a in articles]
        self.sources = list(ledger.sources(limit=500))
        self.claims = list(ledger.claims(limit=500))
        series, offset = [], 0
        while True:
            page = ledger.figures(limit=500, offset=offset)
            series += list(page)
            offset += len(page)
            if not page.has_more:
                break
        # every figure and disagreement, not the first MEMBERS_IN_LIST a series lists (the
        # order within a series moves with the ledger's sort time, and a figure ranked
        # past the first 20 was scored missing)
        self.figures = [f for s in series for f in (
            s.figures if s.n_figures <= len(s.figures) else _all(
                lambda o, k=s.key: ledger.series_figures(k, limit=500, offset=o)))]
        self.clashes = _all(lambda o: ledger.disagreements(limit=500, offset=o))
        self.things = list(ledger.counted_things(limit=500))
        self.errors = list(ledger.errors(limit=500))

    def figures_of(self, name: str, text: str) -> list:
        found = self.by_name.get(name)
        return [] if found is None else [
            f for f in self.figures if f.article_id == found.id and text in f.text]

    def sources_of(self, name: str) -> list:
        """The merged sources credited with something in the article named `name`."""
        found = self.by_name.get(name)
        return [] if found is None else [
            c for c in self.sources if any(a == found.id for a, _ in c.mentions)]

    def clash(self, one: list[str], other: list[str]):  # noqa: ANN201
        a = {(f.article_id, f.quantity_id) for f in self.figures_of(*one)}
        b = {(f.article_id, f.quantity_id) for f in self.figures_of(*other)}
        for d in self.clashes:
            i = (d.first.article_id, d.first.quantity_id)
            j = (d.second.article_id, d.second.quantity_id)
            if (i in a and j in b) or (i in b and j in a):
                return d
        return None


def views(db: str) -> Views:
    with open_ledger(db, read_only=True) as ledger:
        return Views(ledger)


def named(x: dict) -> str:
    """An expected item's article: its url, else its file name."""
    return x.get("url") or x.get("article") or x.get("file")


# --- errors and articles ------------------------------------------------------------------

def score_errors(s: Score, v: Views, expected: dict) -> None:
    """Each bad input refused once with a reason holding `reason_contains` (or one of
    `reason_contains_any`), or, where `or_read`, read as the article it holds."""
    for x in expected["errors"]:
        wordings = x.get("reason_contains_any") or [x["reason_contains"]]
        found = [e for e in v.errors if e.input.endswith(x["input_endswith"])]
        refused = [any(w in e.reason for w in wordings) for e in found]
        if x.get("or_read") and not found:
            refused = [True] if any(p.endswith(x["input_endswith"]) for p in v.paths) else []
        s.check(f"error {x['input_endswith']}", refused, [True])


def score_articles(s: Score, v: Views, expected: dict) -> None:
    """Each article's original (its near-duplicate group's first report), wire flag and
    outlet; a word-for-word copy, not stored again, counts as its original seen."""
    for x in expected["articles"]:
        name = named(x)
        found = v.by_name.get(name)
        if found is None:  # a word-for-word copy: the original's text met again
            original = v.by_name.get(x["original"])
            s.check(f"article {name} seen", original is not None, True)
            continue
        if "original" in x:
            want = found.id if x["original"] == "self" else getattr(
                v.by_name.get(x["original"]), "id", None)
            s.check(f"article {name} original", found.original or found.id, want)
        for key in ("wire", "outlet"):
            if key in x:
                s.check(f"article {name} {key}", getattr(found, key), x[key])


def score_stored_and_days(s: Score, v: Views, expected: dict) -> None:
    """How many articles were stored, and each article's day (UTC)."""
    stored = len({a.id for a in v.by_name.values()})
    s.check(f"articles stored ({stored}) in {expected['n_articles']}",
            stored in expected["n_articles"], True)
    for x in expected["articles"]:
        if "day" not in x:
            continue
        found = v.by_name.get(named(x))
        s.check(f"article {named(x)} day",
                (found.published or "")[:10] if found else None, x["day"])


# --- sources ------------------------------------------------------------------------------

def score_sources(s: Score, v: Views, expected: dict) -> None:
    """Each expected source's rows, counts and forms; names that must never be sources."""
    for x in expected["sources"] + expected["anonymous"]:
        rows = [c for c in v.sources if norm(c.name) == norm(x["name"])]
        s.check(f"source {x['name']} rows", len(rows), x["rows"])
        for key in ("n_articles", "n_attributions", "surface_forms_include"):
            if key not in x:
                continue
            if len(rows) != 1:
                s.check(f"source {x['name']} {key} (no single row)", None, x[key])
            elif key == "surface_forms_include":
                s.check(f"source {x['name']} forms",
                        set(x[key]) <= set(rows[0].surface_forms), True)
            else:
                s.check(f"source {x['name']} {key}", getattr(rows[0], key), x[key])
    never = set(expected["never_sources"])
    s.check("never_sources", [c.name for c in v.sources if norm(c.name) in never
                              or any(norm(f) in never for f in c.surface_forms)], [])
    s.check("no_clause_names", [c.name for c in v.sources
                                if any(w in c.name for w in expected["no_clause_names"])], [])
    for bucket in expected["at_most_one"]:
        s.check(f"at most one {bucket}", sum(c.name == bucket for c in v.sources) <= 1, True)


def score_types(s: Score, v: Views, expected: dict) -> None:
    """A source's type, or a type it must not have."""
    for x in expected["sources"]:
        rows = [c for c in v.sources if norm(c.name) == norm(x["name"])]
        if "type" in x:
            s.check(f"source {x['name']} type", [c.type for c in rows][:1], [x["type"]])
        if "type_not" in x:
            s.check(f"source {x['name']} not {x['type_not']}",
                    any(c.type == x["type_not"] for c in rows), False)


def score_sources_like(s: Score, v: Views, expected: dict) -> None:
    """Sources found by a word of their name: one body under several descriptions."""
    for x in expected["sources_like"]:
        rows = [c for c in v.sources if x["contains"] in folded(c.name)]
        s.check(f"sources like {x['contains']} rows", len(rows), x["rows"])
        if "n_articles" in x:
            s.check(f"sources like {x['contains']} n_articles",
                    rows[0].n_articles if len(rows) == 1 else None, x["n_articles"])


# --- claims -------------------------------------------------------------------------------

def score_claims(s: Score, v: Views, expected: dict) -> None:
    """Each expected claim once, with its sources, counts and flags."""
    for x in expected["claims"]:
        label = f"claim {x['contains'][:30]}"
        found = [c for c in v.claims if x["contains"] in c.text]
        s.check(f"{label} rows", len(found), 1)
        for key, want in x.items():
            if key in ("contains", "why"):
                continue
            if not found:
                s.check(f"{label} {key} (missing)", None, want)
            elif key == "sources":
                s.check(f"{label} sources", [norm(n) for n in found[0].sources],
                        [norm(n) for n in want])
            elif key == "source_contains":
                s.check(f"{label} {key}", any(want in n.lower() for n in found[0].sources),
                        True)
            else:
                s.check(f"{label} {key}", getattr(found[0], key), want)


def score_claim_absences(s: Score, v: Views, expected: dict) -> None:
    """Claims that must not exist, or must not be a given source's."""
    for x in expected["no_claims"]:
        s.check(f"no claim {x['contains']}", [c.text for c in v.claims if x["contains"] in c.text],
                [])
    for x in expected["not_by"]:
        s.check(f"no claim {x['contains']} by {x['source_contains']}",
                [c.text for c in v.claims if x["contains"] in c.text
                 and any(x["source_contains"] in n.lower() for n in c.sources)], [])


# --- figures ------------------------------------------------------------------------------

def score_figure_facts(s: Score, v: Views, expected: dict) -> None:
    """Each expected figure's presence, day, where its day came from, and source."""
    for x in expected["figures"]:
        name = named(x)
        label = f"figure {name.split('/')[-1]} {x['text_contains']}"
        found = v.figures_of(name, x["text_contains"])
        s.check(f"{label} found", bool(found), True)
        for key in ("day", "as_of_from", "source"):
            if key not in x:
                continue
            if not found:
                s.check(f"{label} {key} (missing)", None, x[key])
            elif key == "source":
                s.check(f"{label} source", norm(found[0].source), norm(x[key]))
            elif key == "day" and len(x[key]) < 10:  # a year: the day or as_of starts so
                s.check(f"{label} day", (found[0].as_of or "").startswith(x[key]), True)
            else:
                s.check(f"{label} {key}", getattr(found[0], key), x[key])


def score_clashes_pinned(s: Score, v: Views, expected: dict) -> None:
    """Each expected disagreement with its within-article flag, sources and day all pinned;
    the pairs that must not disagree."""
    for x in expected["disagreements"]:
        label = f"clash {x['figures'][0][1]}/{x['figures'][1][1]}"
        d = v.clash(*x["figures"])
        s.check(f"{label} found", d is not None, True)
        for key in ("within_article", "sources", "day"):
            if d is None:
                s.check(f"{label} {key} (missing)", None, x[key])
            elif key == "within_article":
                s.check(f"{label} within", d.within_article, x[key])
            elif key == "sources":
                s.check(f"{label} sources", {norm(d.first.source), norm(d.second.source)},
                        {norm(n) for n in x[key]})
            else:
                s.check(f"{label} day", {d.first.day, d.second.day}, {x[key]})
    score_no_clashes(s, v, expected)


def score_clashes(s: Score, v: Views, expected: dict) -> None:
    """Each expected disagreement, with its within-article flag and day where given; the
    pairs that must not disagree."""
    for x in expected["disagreements"]:
        label = f"clash {x['figures'][0][1]}/{x['figures'][1][1]}"
        d = v.clash(*x["figures"])
        s.check(f"{label} found", d is not None, True)
        if "within_article" in x:
            s.check(f"{label} within", None if d is None else d.within_article,
                    x["within_article"])
        if "day" in x:
            s.check(f"{label} day", None if d is None else {d.first.day, d.second.day},
                    {x["day"]})
    score_no_clashes(s, v, expected)


def score_no_clashes(s: Score, v: Views, expected: dict) -> None:
    for x in expected["no_disagreement"]:
        s.check(f"no clash {x['figures'][0][1]}/{x['figures'][1][1]}",
                v.clash(*x["figures"]) is None, True)


def score_labels(s: Score, v: Views, expected: dict) -> None:
    """Counted things' labels readable; the things counted in enough articles."""
    s.check("labels readable", [t.label for t in v.things if "|" in t.label], [])
    for x in expected.get("counted_things", {"include": []})["include"]:
        most = max([t.n_articles for t in v.things if x["label_contains"] in t.label] or [0])
        s.check(f"counted {x['label_contains']} min_articles", most >= x["min_articles"], True)


def score_counted_and_places(s: Score, v: Views, expected: dict) -> None:
    """A figure's counted thing; places that must never be a figure's."""
    for x in expected["counted"]:
        found = v.figures_of(named(x), x["text_contains"])
        s.check(f"figure {named(x)} {x['text_contains']} counts {x['counted_contains']}",
                bool(found) and x["counted_contains"] in (found[0].counted or ""), True)
    s.check("places never", [f.place for f in v.figures if f.place and any(
        p in f.place for p in expected["places_never"])], [])


def score_figure_sources(s: Score, v: Views, expected: dict) -> None:
    """A figure's source by a word of its name (or by any of "a|b")."""
    for x in expected["figure_sources"]:
        name = named(x)
        found = v.figures_of(name, x["text_contains"])
        s.check(f"figure {name.split('/')[-1]} {x['text_contains']} source has "
                f"{x['source_contains']}",
                bool(found) and named_like(x["source_contains"], found[0].source), True)


def score_clash_sides(s: Score, v: Views, expected: dict) -> None:
    """A disagreement's two sides by a word of their sources' names, either way round."""
    for x in expected["disagreements"]:
        if "sides_contain" not in x:
            continue
        d = v.clash(*x["figures"])
        one, other = x["sides_contain"]
        sides = None if d is None else (d.first.source, d.second.source)
        s.check(f"clash {x['figures'][0][1]}/{x['figures'][1][1]} sides", sides is not None and (
            (named_like(one, sides[0]) and named_like(other, sides[1]))
            or (named_like(one, sides[1]) and named_like(other, sides[0]))), True)


def score_figures_never(s: Score, v: Views, expected: dict) -> None:
    """Figures that must not be read at all (clock times, a report's number, furniture)."""
    for x in expected["figures_never"]:
        name = named(x)
        found = v.by_name.get(name)
        s.check(f"no figure {name.split('/')[-1]} {x['text_is']}",
                [f.text for f in v.figures if found is not None and f.article_id == found.id
                 and f.text.strip() in x["text_is"]], [])


def score_article_sources(s: Score, v: Views, expected: dict) -> None:
    """Each article's sources: the names it must credit (each a word, or "a|b"), and those
    (bylines, recipients, furniture) it must not."""
    for x in expected["article_sources"]:
        label = f"sources of {x['name'].split('/')[-1]}"
        names = [c.name for c in v.sources_of(x["name"])]
        for words in x["include"]:
            s.check(f"{label} include {words}", any(named_like(words, n) for n in names), True)
        s.check(f"{label} exclude", [n for n in names
                                     if any(named_like(w, n) for w in x["exclude"])], [])


# --- each trial's checks, in the order its misses are listed ------------------------------

FIELD_CHECKS = (score_articles, score_sources, score_claims, score_figure_facts,
                score_clashes_pinned, score_labels)  # trials 2 and 3
TRIAL6_CHECKS = (score_errors, score_articles, score_sources, score_types, score_claims,
                 score_claim_absences, score_figure_facts, score_labels,
                 score_counted_and_places, score_clashes)
TRIAL7_CHECKS = (score_errors, score_stored_and_days, score_articles, score_sources,
                 score_types, score_sources_like, score_claims, score_claim_absences,
                 score_figure_facts, score_labels, score_counted_and_places, score_clashes,
                 score_figure_sources, score_figures_never)
TRIAL8_CHECKS = (score_errors, score_stored_and_days, score_articles, score_sources,
                 score_types, score_sources_like, score_article_sources, score_claims,
                 score_claim_absences, score_figure_facts, score_labels,
                 score_counted_and_places, score_clashes, score_clash_sides,
                 score_figure_sources, score_figures_never)


def scorer(expected: dict, checks):  # noqa: ANN001, ANN201
    """score(db): the Score of the ledger at `db` by these checks of `expected`."""
    def score(db: str) -> Score:
        s, v = Score(), views(db)
        for check in checks:
            check(s, v, expected)
        return s
    return score


def report(s: Score) -> None:
    print(f"{s.right} of {s.total} right")
    for miss in s.misses:
        print(" -", miss)
