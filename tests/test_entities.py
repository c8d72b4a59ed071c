"""Tests for according.entities: names, titles, outlets, aliases and mentions in one article."""

from __future__ import annotations

from pathlib import Path

import pytest

from according.entities import cluster_at, find_entities, to_entities
from entity_helpers import clusters_of as _clusters
from entity_helpers import mention_texts as _texts
from entity_helpers import named as _named

SHARED = Path(__file__).parents[2] / "shared"
EXAMPLE = SHARED / "examples" / "independent-2024-05-14-rafah.txt"




@pytest.mark.parametrize(
    ("text", "name", "title"),
    [
        ("President Joe Biden told reporters on Monday that talks would continue.",
         "Joe Biden", "President"),
        ("US President Joe Biden meets with leaders in Washington in September 2023.",
         "Joe Biden", "President"),
        ("Israeli Prime Minister Benjamin Netanyahu said on Sunday the operation would go on.",
         "Benjamin Netanyahu", "Prime Minister"),
        ("Senator Elizabeth Warren wrote to the bank's chief executive on Tuesday.",
         "Elizabeth Warren", "Senator"),
        # titles the list lacks: capitalized words ending in a title word
        ("The hospital will reopen in March, said Medical Director Olu Adeyemi.",
         "Olu Adeyemi", "Medical Director"),
        ("Headmistress Clare Dunmore said the roof would be replaced over the summer.",
         "Clare Dunmore", "Headmistress"),
        ("Deputy Director General Li Wen opened the conference in Geneva.", "Li Wen",
         "Deputy Director General"),
        ("Assistant U.S. Attorney Mark Feld said the defendant had fled.", "Mark Feld",
         "Assistant U.S. Attorney"),
        ("Reporters met Rhodes. Police Superintendent Asha Rao said the roads were closed.",
         "Asha Rao", "Police Superintendent"),
        # a company before the title is no part of it; an office named for a place is
        ("Apple Chief Executive Tim Cook said sales in China had recovered.", "Tim Cook",
         "Chief Executive"),
        ("U.S. Attorney Karen Mills said the charges would be filed on Monday.", "Karen Mills",
         "U.S. Attorney"),
        # a role's initials the NER took into the name
        ("Kisumu MCA Jane Wambui said the market would reopen on Monday.", "Jane Wambui",
         "Kisumu MCA"),
    ],
)
def test_entities_title_split_from_name(nlp, text, name, title):
    c = _named(_clusters(nlp, text), name)
    assert c.type == "person"
    assert c.title == title
    assert title is None or title not in c.mentions[0].span.text


@pytest.mark.parametrize(
    ("text", "short", "name"),
    [
        ("The plan was first reported by The Washington Post on Sunday. Officials told the Post "
         "that talks would continue.", "the Post", "The Washington Post"),
        ("The New York Times reported the talks on Monday. The company declined to comment, "
         "the Times said.", "the Times", "The New York Times"),
        ("Intelligence is being shared, according toThe Washington Post.",
         "The Washington Post", "The Washington Post"),
        ("“We are concerned,” the minister told CNN on Sunday.", "CNN", "CNN"),
        ("The story was first reported by the AP and later confirmed by Reuters.", "the AP",
         "The Associated Press"),
    ],
)
def test_entities_outlet_short_forms_join_outlet(nlp, text, short, name):
    c = _named(_clusters(nlp, text), name)
    assert c.type == "outlet"
    assert short in _texts(c)


def test_entities_outlet_short_form_needs_full_form(nlp):
    clusters = _clusters(nlp, "The Post reported on Tuesday that the mayor would resign.")
    assert not [c for c in clusters if c.type == "outlet"]


def test_entities_glued_outlet_starts_mid_token(nlp):
    text = "The Biden administration is sharing intelligence, according toThe Washington Post."
    c = _named(_clusters(nlp, text), "The Washington Post")
    span = c.mentions[0].span
    assert text[span.start - 2:span.start] == "to"
    assert span.text == "The Washington Post"


def test_entities_middle_initial_and_suffix_same_person(nlp):
    text = ("Donald J. Trump spoke in Ohio on Monday. Later Donald Trump told a rally in "
            "Michigan that Martin Luther King Jr. was a hero.")
    clusters = _clusters(nlp, text)
    trumps = [c for c in clusters if "Trump" in c.name]
    assert len(trumps) == 1 and trumps[0].name == "Donald J. Trump"
    assert len(trumps[0].mentions) == 2


@pytest.mark.parametrize(
    ("text", "bad"),
    [
        ("Obama Says Museum Tells Story of America\n\nPresident Obama opened the museum.",
         "Says"),
        ("Clinton Hid Past Health Problems From Voters\n\nHillary Clinton was treated for a "
         "blood clot in 1998. Clinton did not want to stay in hospital.", "Hid"),
        ("Black mothers hosted a pro-Clinton event in Jacksonville with Hillary Clinton.",
         "pro-"),
    ],
)
def test_entities_headline_and_prefix_noise_not_in_names(nlp, text, bad):
    clusters = _clusters(nlp, text)
    assert not [c for c in clusters if bad in c.name]
    assert [c for c in clusters if c.type == "person"]


@pytest.mark.parametrize(
    ("text", "name", "etype", "title"),
    [
        ("Dr Agostinho Sousa, the head of extreme events at the UK Health Security Agency, "
         "said: \"Most of us can enjoy the hot weather.\"", "Agostinho Sousa", "person", "Dr"),
        ("Heatwave warning issued\n\nThe Met Office has issued an amber warning.\n\n"
         "Dr Agostinho Sousa, the head of extreme events at the UK Health Security Agency, "
         "said: \"Most of us can enjoy the hot weather.\"", "Agostinho Sousa", "person", "Dr"),
        ("Prof Jane Smith of Oxford University said the data were clear.", "Jane Smith",
         "person", "Prof"),
        ("A spokesperson for the developer, Quayline Homes, said construction would begin "
         "next spring.", "Quayline Homes", "organization", None),
        ("“It is a disgrace,” said Margaret Ellis, 71, who has lived on Mill Lane for forty "
         "years.", "Mill Lane", "place", None),
        ("Volunteers fill sandbags outside St Mary’s church in Aldermoor on Tuesday.",
         "St Mary", "place", None),
        ("Nathan Lane said the show would close in June.", "Nathan Lane", "person", None),
        # an agency named for its service, whatever the NER says
        ("The fire was out by 3am, Cal Fire said.", "Cal Fire", "organization", None),
        ("The boat was found at dawn, Holyhead Coastguard said.", "Holyhead Coastguard",
         "organization", None),
        ("People cool off in Hyde Park in London. Photograph: Jordan Pettitt/PA",
         "Jordan Pettitt", "person", None),
    ],
)
def test_entities_words_around_a_name_decide_its_type(nlp, text, name, etype, title):
    c = _named(_clusters(nlp, text), name)
    assert (c.type, c.title) == (etype, title)


def test_entities_title_leaves_its_company_an_organization(nlp):
    clusters = _clusters(nlp, "Apple Chief Executive Tim Cook said sales in China had recovered.")
    assert [(c.name, c.type, c.title) for c in clusters if c.name in ("Apple", "Tim Cook")] == [
        ("Apple", "organization", None), ("Tim Cook", "person", "Chief Executive")]


@pytest.mark.parametrize(("text", "name", "etype"), [
    # a bare one-word name that modifies a common noun, and nothing says is a person
    ("Village school to close after damning Ofsted report\n\nOfsted rated the school "
     "inadequate in January, saying leadership had failed.", "Ofsted", "organization"),
    # an age, a ", who" clause or a he/she keeps it a person
    ("Hassan, 12, said the school had closed. The Hassan home was destroyed in May.", "Hassan",
     "person"),
    ("The bridge will reopen in June, said Mwangi, who runs the depot. The Mwangi plan would "
     "cost £2m.", "Mwangi", "person"),
    # a leader's surname modifies the people and bodies around the leader
    ("Romney told voters in Ohio that taxes were too high. Romney aides said the speech "
     "went well.", "Romney", "person"),
    ("Putin said sanctions had failed. Analysts said the Putin regime was stronger than "
     "ever.", "Putin", "person"),
])
def test_entities_bare_name_used_as_a_modifier_is_an_institution(nlp, text, name, etype):
    assert _named(_clusters(nlp, text), name).type == etype


def test_entities_name_retyped_an_institution_keeps_its_untagged_uses(nlp):
    # the NER tags only the headline's "Ofsted": its later use joins the organization, so
    # the attribution finder does not make it a person of its own
    text = ("Village school to close after damning Ofsted report\n\nOfsted rated the school "
            "inadequate in January, saying leadership had failed.")
    c = _named(_clusters(nlp, text), "Ofsted")
    assert c.type == "organization"
    assert [m.span.start for m in c.mentions] == [text.index("Ofsted"), text.rindex("Ofsted")]


def test_entities_later_use_of_organization_name_joins_it(nlp):
    text = ("Engineers have concluded that it will fail, according to a report seen by The "
            "Chronicle. Council leader David Okafor told The Chronicle that repairs would start.")
    c = _named(_clusters(nlp, text), "Chronicle")
    assert c.type == "organization"
    assert [m.span.start for m in c.mentions] == [
        text.index("Chronicle"), text.rindex("Chronicle")]


def test_entities_title_after_honorific_is_not_a_name(nlp):
    text = "“Mr President, the bill is dead,” the Speaker said. Ms Marsh disagreed."
    clusters = _clusters(nlp, text)
    assert not [c for c in clusters if c.name in ("President", "Speaker")]


def test_entities_name_administration_is_organization(nlp):
    text = "The Biden administration is sharing intelligence with Israel, officials said."
    clusters = _clusters(nlp, text)
    org = _named(clusters, "Biden administration")
    assert org.type == "organization"
    assert not [c for c in clusters if c.type == "person"]


def test_entities_acronym_in_brackets_is_alias(nlp):
    text = ("Officials are helping the Israel Defence Forces (IDF) locate tunnels. The IDF said "
            "on Monday it had struck 40 targets.")
    c = _named(_clusters(nlp, text), "Israel Defence Forces")
    assert "IDF" in c.aliases
    assert _texts(c).count("IDF") == 2


def test_entities_place_forms_share_canonical_name(nlp):
    text = "The US and Israel met in Cairo. The United States said later that talks would go on."
    c = _named(_clusters(nlp, text), "United States")
    assert c.type == "place"
    assert {"US", "United States"} <= set(_texts(c))


def test_entities_plural_norp_is_group_adjective_is_not(nlp):
    text = ("A number of Democrats oppose the plan. Israeli officials said the talks would go on.")
    clusters = _clusters(nlp, text)
    assert _named(clusters, "Democrats").type == "group"
    assert not [c for c in clusters if c.name == "Israeli"]


def test_entities_cluster_at_prefers_last_mention_in_span(nlp):
    text = "Hamas leader Yahya Sinwar remains in hiding in Gaza."
    clusters = _clusters(nlp, text)
    i = cluster_at(clusters, 0, text.index(" remains"))
    assert i is not None and clusters[i].name == "Yahya Sinwar"


SNIPPETS = [
    "President Joe Biden told CNN that he would cut off aid, according toThe Washington Post.",
    "The Post said the State Department (DoS) declined to comment. The agency said it would not.",
    "“It’s wrong,” she said, after Senator Elizabeth Warren’s remarks to The Independent.",
]


@pytest.mark.parametrize("text", SNIPPETS)
def test_entities_every_mention_span_matches_text(nlp, text):
    entities = to_entities(_clusters(nlp, text))
    assert entities
    for e in entities:
        assert e.mentions
        for m in e.mentions:
            assert text[m.start:m.end] == m.text


@pytest.mark.shared
def test_entities_example_article_names_and_spans(nlp):
    if not EXAMPLE.exists():
        pytest.skip(f"shared example article not found at {EXAMPLE} (needs /work/shared)")
    text = EXAMPLE.read_text(encoding="utf-8")
    doc = nlp(text)
    clusters = find_entities(doc)
    by_name = {c.name: c for c in clusters}
    assert by_name["Joe Biden"].title == "President"
    assert by_name["The Washington Post"].type == "outlet"
    assert sum(m.kind == "short" for m in by_name["The Washington Post"].mentions) >= 3
    assert by_name["Rafah"].type == "place"
    assert by_name["Hamas"].type == "organization"
    assert "Biden" not in by_name  # every "Biden" joins Joe Biden or the administration
    for e in to_entities(clusters):
        for m in e.mentions:
            assert text[m.start:m.end] == m.text


def test_entities_every_outlet_form_survives_a_doubled_article(nlp):
    from according.outlets import OUTLETS

    forms = [f for o in OUTLETS for f in (o.name, *o.forms)]
    text = " ".join(f"Readers of the {f} and of the the {f} wrote in." for f in forms)
    clusters = find_entities(nlp(text))
    assert any(c.type == "outlet" for c in clusters)


ENTITY_LAYERS = ("words", "builder", "person_names", "coreference", "find")


def _according_imports(path) -> set[str]:  # noqa: ANN001
    """Modules of `according` a source file imports anywhere (TYPE_CHECKING included)."""
    import ast

    tree = ast.parse(path.read_text(encoding="utf-8"))
    found = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.ImportFrom) and (node.module or "").startswith("according"):
            found.add(node.module)
        elif isinstance(node, ast.Import):
            found |= {a.name for a in node.names if a.name.startswith("according")}
    return found


def test_entities_modules_import_downward_only():
    from pathlib import Path

    import according.entities as package

    root = Path(package.__file__).parent
    for rank, name in enumerate(ENTITY_LAYERS):
        imported = _according_imports(root / f"{name}.py")
        above = {f"according.entities.{n}" for n in ENTITY_LAYERS[rank:]}
        assert not imported & above, f"entities/{name}.py imports {imported & above}"
        assert not any(m.startswith(("according.attribution", "according.ledger"))
                       for m in imported), f"entities/{name}.py imports upward: {imported}"


def test_attribution_finder_and_quote_links_import_one_way():
    from pathlib import Path

    import according.attribution as package

    root = Path(package.__file__).parent
    assert "according.attribution.find" not in _according_imports(root / "quote_links.py")


def _module_imports(root, package: str) -> dict[str, set[str]]:  # noqa: ANN001
    """Each module of `package` (a folder under `root`) -> the modules of it it imports,
    anywhere in the file ("from according.entities import find" counts as entities.find)."""
    import ast

    names = {p.stem: p for p in (root / package.split(".")[-1]).glob("*.py")}
    modules = {(package if stem == "__init__" else f"{package}.{stem}") for stem in names}
    out: dict[str, set[str]] = {}
    for stem, path in names.items():
        me = package if stem == "__init__" else f"{package}.{stem}"
        found: set[str] = set()
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.ImportFrom) and node.module:
                found |= {node.module} | {f"{node.module}.{a.name}" for a in node.names}
            elif isinstance(node, ast.Import):
                found |= {a.name for a in node.names}
        out[me] = (found & modules) - {me}
    return out


def _a_circle(graph: dict[str, set[str]]) -> list[str] | None:
    """One import circle of `graph`, if it has any (depth-first, in sorted order)."""
    state: dict[str, int] = {}  # 1: on the path, 2: done
    path: list[str] = []

    def visit(m: str) -> list[str] | None:
        state[m] = 1
        path.append(m)
        for n in sorted(graph.get(m, ())):
            if state.get(n) == 1:
                return path[path.index(n):] + [n]
            if n not in state and (found := visit(n)) is not None:
                return found
        state[m] = 2
        path.pop()
        return None

    for m in sorted(graph):
        if m not in state and (found := visit(m)) is not None:
            return found
    return None


def test_a_circle_is_found_where_there_is_one():
    assert _a_circle({"a": {"b"}, "b": {"c"}, "c": {"a"}}) == ["a", "b", "c", "a"]
    assert _a_circle({"a": {"b", "c"}, "b": {"c"}, "c": set()}) is None


@pytest.mark.parametrize("package", ["according.entities", "according.attribution"])
def test_entity_and_attribution_modules_import_without_circles(package):
    from pathlib import Path

    import according

    graph = _module_imports(Path(according.__file__).parent, package)
    assert len(graph) > 3
    assert _a_circle(graph) is None, f"import circle: {' -> '.join(_a_circle(graph))}"


def test_entities_outlet_name_index_answers_as_a_scan_of_every_outlet():
    # an NER name that is a form of an outlet already in the article: the index by name form
    # finds the first such outlet, as reading every outlet's forms in order did
    from according.entities import find
    from according.outlets import OUTLETS

    def scanned(name, by_key):
        low = find._norm(name)
        for i, forms in enumerate(find._OUTLET_NAMES):
            key = "outlet:" + OUTLETS[i].name
            if low in forms and key in by_key:
                return by_key[key]
        return None

    class Present:
        def __init__(self, every: int, offset: int) -> None:
            self.by_key = {"outlet:" + o.name: k for k, o in enumerate(OUTLETS)
                           if k % every == offset}

    names = sorted({f for forms in find._OUTLET_NAMES for f in forms}) + [
        "Post", "The Independent", "Times", "the Guardian", "Nobody"]
    for every, offset in ((1, 0), (2, 1), (3, 0), (7, 4)):
        present = Present(every, offset)
        assert [find._outlet_for_name(n, present) for n in names] == [
            scanned(n, present.by_key) for n in names]
