"""Tenth review of 2026-11-27: the rules added today tried on ordinary news they could misfire
on. Figures (an age compound counts nothing, "-ves" plurals), layout (a mail's Subject as
headline, a print edition's line, round 27's archive banners, "a place before the brand",
accented bylines), feeds (a short description of two whole paragraphs is the article) and
sources (a he/she after an anonymous source, a place after a locative preposition, a platform
posted on). A misfire found is pinned as a strict xfail naming what goes wrong until fixed; a
risk found safe is kept as a guard."""

from __future__ import annotations

from pathlib import Path

import pytest

from according.attribution.find import find_attributions
from according.attribution.sources import resolve_sources
from according.quantities import find_quantities
from according.read import ArticleInput, InputError, read_inputs
from according.read.captures import original_address
from tests.pool_story import HEADLINE, LEDE, PARAGRAPHS
from tests.test_article import sound_layout
from tests.test_article_trial_1127 import MAIL_BODY, MAIL_LEDE, _mail


def _copy(*lines: str) -> str:
    return "\n\n".join(lines)


def _kinds(text: str, **kwargs) -> dict[str, str]:  # type: ignore[no-untyped-def]
    layout = sound_layout(text, **kwargs)
    return {text[r.start:r.end]: r.kind for r in layout.regions}


# Round 27's capture banners: a banner's opener ("Internet Archive", "Ghostarchive",
# "Perma.cc") is also the name a story about the archive puts over its headline as a kicker,
# and a share row under it is a banner's word ("Share", "Search"): the banner ran over the
# headline (fixed: a sentence right under the opener ends it, data BANNER_KICKER_WORDS).


@pytest.mark.parametrize(("kicker", "headline"), [
    ("Internet Archive", "Internet Archive loses appeal over lending of scanned books"),
    ("Ghostarchive", "Ghostarchive founder says the site will stay online"),
    ("Perma.cc", "Harvard's Perma.cc to fix broken links in court rulings"),
])
def test_layout_archive_name_as_kicker_keeps_the_headline(kicker: str, headline: str) -> None:
    text = _copy(kicker, headline, "Share", "Search", "By Ann Roe", LEDE, *PARAGRAPHS)
    layout = sound_layout(text)
    assert layout.metadata.headline == headline
    assert layout.metadata.byline == ("Ann Roe",)


def test_layout_wayback_words_inside_a_story_stay_the_storys() -> None:
    # guard: a banner opens the copy; its words quoted inside a story are the story's
    text = _copy(HEADLINE, "By Ann Roe", LEDE, "Wayback Machine", "Captured", *PARAGRAPHS)
    layout = sound_layout(text)
    assert layout.metadata.headline == HEADLINE
    assert _kinds(text)[PARAGRAPHS[0]] == "body"


# Round 27's archive address -> original address: archive.today's other address forms, the
# AMP viewer's form for a page served over http, and the AMP cache's own query parameter, were
# missed (fixed: data ORIGINAL_IN_ADDRESS, AMP_VIEWER_PARAMETERS).


@pytest.mark.parametrize(("address", "original"), [
    ("https://archive.ph/newest/https://www.express.co.uk/news/uk/1990123/water-bills",
     "https://www.express.co.uk/news/uk/1990123/water-bills"),
    ("https://archive.ph/20250327213344/https://www.express.co.uk/news/uk/1990123/water-bills",
     "https://www.express.co.uk/news/uk/1990123/water-bills"),
    ("https://www.google.com/amp/www.dailyrecord.co.uk/news/clyde-tunnel-31.amp",
     "http://www.dailyrecord.co.uk/news/clyde-tunnel-31.amp"),
])
def test_captures_original_address_in_other_archive_forms(address: str, original: str) -> None:
    assert original_address(address) == original


def test_captures_amp_cache_viewer_parameters_are_not_the_pages() -> None:
    address = ("https://www-dailyrecord-co-uk.cdn.ampproject.org/v/s/www.dailyrecord.co.uk/news/"
               "clyde-tunnel-31.amp?amp_js_v=0.1&usqp=mq331AQIUAKwASCAAgM%3D")
    assert original_address(address) == "https://www.dailyrecord.co.uk/news/clyde-tunnel-31.amp"


def test_captures_original_address_keeps_the_pages_own_query() -> None:
    # guard: a query of the page's own stays
    address = "https://web.archive.org/web/20250314093512/https://www.sacbee.com/news/a.html?id=7"
    assert original_address(address) == "https://www.sacbee.com/news/a.html?id=7"


# Round 27's "a place before the brand gives the whole masthead": a site's button before its
# brand ("Support Civil Beat") is no place (fixed: data NOT_MASTHEAD_PLACES).


@pytest.mark.parametrize("button", ["Support Civil Beat", "About Civil Beat"])
def test_layout_button_before_the_brand_is_no_fuller_masthead(button: str) -> None:
    text = _copy(button, HEADLINE, "By Ann Roe", LEDE, *PARAGRAPHS)
    outlet = sound_layout(text, url="https://www.civilbeat.org/2025/03/pool/").metadata.outlet
    assert outlet is not None and not outlet.startswith(button.split()[0])


@pytest.mark.parametrize(("masthead", "url", "outlet"), [
    ("Honolulu Civil Beat", "https://www.civilbeat.org/2025/03/pool/", "Honolulu Civil Beat"),
    ("Washington Examiner", "https://www.washingtonexaminer.com/news/pool",
     "The Washington Examiner"),
    ("The New York Times", "https://www.nytimes.com/2025/03/01/pool.html", "The New York Times"),
])
def test_layout_place_before_the_brand_still_gives_the_masthead(masthead: str, url: str,
                                                                 outlet: str) -> None:
    # guard: a real place-brand, and names the outlet table knows, are kept
    text = _copy(masthead, HEADLINE, "By Ann Roe", LEDE, *PARAGRAPHS)
    assert sound_layout(text, url=url).metadata.outlet == outlet


# Round 27's accented bylines: only Latin-1 letters were added, and none first, so a Polish,
# Czech, Turkish or Vietnamese writer's name, or one opening with an accented capital, was
# still no byline (fixed: data/article_rules.NAME_LATIN).


@pytest.mark.parametrize("name", ["Łukasz Dąbrowski", "Tomáš Čermák", "Ayşe Yılmaz",
                                  "Nguyễn Văn An", "Émile Durand"])
def test_layout_byline_with_latin_extended_letters(name: str) -> None:
    text = _copy(HEADLINE, f"By {name}", LEDE, *PARAGRAPHS)
    assert sound_layout(text).metadata.byline == (name,)


# One particle of a fixed few: "de la", "van der", "dos" and a one-letter "Ó" stopped the name
# (fixed: data/article_rules.WIDER_NAME_PARTICLES).
@pytest.mark.parametrize("name", ["Juan de la Cruz", "Pieter van der Berg", "Ana dos Santos",
                                  "Seán Ó Súilleabháin"])
def test_layout_byline_with_two_word_or_one_letter_particles(name: str) -> None:
    text = _copy(HEADLINE, f"By {name}", LEDE, *PARAGRAPHS)
    assert sound_layout(text).metadata.byline == (name,)


def test_layout_byline_with_latin1_letters_still_read() -> None:
    text = _copy(HEADLINE, "By Zoë Ní Bhriain", LEDE, *PARAGRAPHS)
    assert sound_layout(text).metadata.byline == ("Zoë Ní Bhriain",)


# Round 27's "(Source: X)" caption credits: the pattern is case-blind, so its capital (a name)
# takes any word: a chart note's "(Source: council figures)" gave those words as a
# photographer's credit (fixed: the capitals are case-true). ("Supplied" alone is the house
# convention's credit, "(Supplied)": not a finding.)


@pytest.mark.parametrize(("line", "words"), [
    ("Pool visits fell by a third last year. (Source: council figures)", "council figures"),
    ("Unemployment in the county fell to 4.1 percent in March. (Source: official data)",
     "official data"),
])
def test_layout_bracketed_source_of_lower_case_words_is_no_credit(line: str,
                                                                  words: str) -> None:
    text = _copy(HEADLINE, "By Ann Roe", LEDE, line, *PARAGRAPHS)
    layout = sound_layout(text)
    assert words not in [r.credit for r in layout.regions]


def test_layout_bracketed_source_name_is_the_captions_credit() -> None:
    # guard: round 27's own case
    line = "A smart water meter being installed in a Wellington street. (Source: 1News)"
    text = _copy(HEADLINE, "By Ann Roe", LEDE, line, *PARAGRAPHS)
    layout = sound_layout(text)
    assert [r.credit for r in layout.regions if text[r.start:r.end] == line] == ["1News"]


# A mail's Subject as headline (75f564b): only when the story has none of its own.


# A three-word headline of the story's own is not "headline-shaped", so the Subject replaced
# it (fixed: copies._is_short_headline_over_lede); a label over a list still gives way.
def test_layout_mail_story_short_headline_wins_over_subject() -> None:
    text = _mail("From: Valley Notes <notes@valley.example>",
                 "Date: Tue, 3 Mar 2026 07:00:00 +0000", "Subject: Valley Notes: Tuesday",
                 "To: reader@example.com", story=("Bridge to close", MAIL_LEDE, MAIL_BODY))
    assert sound_layout(text).metadata.headline == "Bridge to close"


def test_layout_mail_label_over_a_list_gives_way_to_the_subject() -> None:
    # guard: a newsletter's short label over its list of headlines is no story's headline
    text = _mail("From: Valley Notes <notes@valley.example>",
                 "Date: Tue, 3 Mar 2026 07:00:00 +0000",
                 "Subject: Bridge on Route 9 to close for repairs", "To: reader@example.com",
                 story=("Top stories", "Bridge on Route 9 to close\nLibrary hours cut",
                        MAIL_LEDE, MAIL_BODY))
    assert sound_layout(text).metadata.headline != "Top stories"


def test_layout_print_edition_line_under_a_headline_keeps_the_headline() -> None:
    # guard: "Main Edition" over a story is furniture, the headline under it stays
    text = _copy("Main Edition", HEADLINE, "By Ann Roe", LEDE, *PARAGRAPHS)
    layout = sound_layout(text)
    assert layout.metadata.headline == HEADLINE
    assert _kinds(text)["Main Edition"] == "boilerplate"


# Feeds (86f1bdc): a short description of two or more whole paragraphs is the article. A
# teaser of two short paragraphs, its second a link to the story or cut short, is not (fixed:
# read/feed._is_link_line, _PARAGRAPH_END); a brief closed by a service line stays a brief.


def _rss(description: str) -> str:
    return ("<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>Riverton Today"
            "</title><item><title>Second cooling centre opens</title>"
            "<link>https://riverton.example/cooling</link>"
            "<pubDate>Wed, 15 Jul 2026 18:00:00 +0000</pubDate>"
            f"<description>{description}</description></item></channel></rss>")


def _only_entry(tmp_path: Path, description: str) -> ArticleInput | InputError:
    path = tmp_path / "feed.rss"
    path.write_text(_rss(description), encoding="utf-8")
    (entry,) = read_inputs([str(path)])
    return entry


FIRST = ("&lt;p&gt;The county opened a second cooling centre on Wednesday as the heat wave "
         "entered its fifth day.&lt;/p&gt;")


@pytest.mark.parametrize("second", [
    "Read the full story on the Riverton Today website.",
    "Listen to the episode on Apple Podcasts, Spotify or wherever you get your podcasts.",
])
def test_feed_two_paragraph_teaser_with_a_link_line_is_refused(tmp_path: Path,
                                                               second: str) -> None:
    entry = _only_entry(tmp_path, f"{FIRST}&lt;p&gt;{second}&lt;/p&gt;")
    assert isinstance(entry, InputError)


# A newsletter or subscription prompt, a syndication note or a "stay with us" line closing a
# one-paragraph teaser was taken for the story's second paragraph (fixed: feed._LINK_LINE).
@pytest.mark.parametrize("second", [
    "Sign up for our free morning newsletter to get the top stories in your inbox.",
    "Subscribe to Riverton Today for unlimited access to local news.",
    "This article first appeared on Riverton Today and is republished here.",
    "Stay with Riverton Today for updates on this developing story.",
])
def test_feed_teaser_closed_by_a_prompt_line_is_refused(tmp_path: Path, second: str) -> None:
    entry = _only_entry(tmp_path, f"{FIRST}&lt;p&gt;{second}&lt;/p&gt;")
    assert isinstance(entry, InputError)


def test_feed_two_paragraph_teaser_cut_mid_sentence_is_refused(tmp_path: Path) -> None:
    cut = ("&lt;p&gt;\"We had people queueing at the door by nine,\" said Ana Ruiz, the "
           "county's health officer, who said the centre would stay open until&lt;/p&gt;")
    entry = _only_entry(tmp_path, FIRST + cut)
    assert isinstance(entry, InputError)


def test_feed_three_paragraph_brief_closed_by_a_link_line_is_the_article(
        tmp_path: Path) -> None:
    second = ("&lt;p&gt;\"We had people queueing at the door by nine,\" said Ana Ruiz, the "
              "county's health officer.&lt;/p&gt;")
    link = "&lt;p&gt;See the county website for a list of cooling centres.&lt;/p&gt;"
    entry = _only_entry(tmp_path, FIRST + second + link)
    assert isinstance(entry, ArticleInput), str(entry)


# Figures (2c4a193): an age compound counts nothing; a count of them still counts people.


def _figures(nlp, sentence: str) -> dict[str, tuple[str | None, str | None]]:  # noqa: ANN001
    return {q.span.text: (q.unit, q.counted) for q in find_quantities(nlp(sentence))}


# A plural age noun ("15-year-olds") was read as a unit "old" and its age as counting "olds"
# (fixed: quantities/counted.is_age, "olds" a person noun).
@pytest.mark.parametrize(("sentence", "count"), [
    ("Police arrested two 15-year-olds after the fire.", "two"),
    ("Three 15-year-olds were charged on Monday.", "Three"),
])
def test_figures_count_of_plural_age_nouns_counts_people(nlp, sentence: str,  # noqa: ANN001
                                                         count: str) -> None:
    found = _figures(nlp, sentence)
    assert found[count][0] == "people"
    assert found["15-year"] == ("year", None)


@pytest.mark.parametrize(("sentence", "figure", "unit"), [
    ("Police found two 3-year-old girls alone in the flat.", "two", "people"),
    ("The city scrapped a 10-year-old program and hired 40 detectives.", "40", "people"),
    ("Rangers counted 14 wolves on the ridge.", "14", "wolf"),
    ("Officers seized 30 knives at the gates.", "30", "knife"),
    ("More than 200 lives were lost in the floods.", "More than 200", "life"),
])
def test_figures_counts_beside_ages_and_ves_plurals_keep_their_units(  # noqa: ANN001
        nlp, sentence: str, figure: str, unit: str) -> None:
    # guard: a count beside an age compound and the lemmatizer's own -ves plurals
    found = _figures(nlp, sentence)
    assert found[figure][0] == unit
    assert all(c is None for s, (u, c) in found.items() if s.endswith("-old"))


# Sources (401d33a, e2306f2).


def _sources(nlp, text: str) -> list[tuple[str, str, str | None]]:  # noqa: ANN001
    doc = nlp(text)
    entities, atts = resolve_sources(doc, find_attributions(doc))
    names = {e.id: e.name for e in entities}
    return [(a.source.span.text, a.source.type, names.get(a.source.entity))
            for a in atts if a.source.span is not None]


@pytest.mark.parametrize("anonymous", [
    "A policewoman, who was not authorised to speak to the media,",
    "A chairwoman of a local relief committee, who asked not to be named,",
])
# (fixed: attribution/sources.head_gender, a source's head noun gives its gender)
def test_sources_he_after_an_anonymous_woman_is_the_minister(nlp, anonymous: str) -> None:  # noqa: ANN001
    text = (f"Interior Minister Omar Haddad said 12 people had died. {anonymous} said the toll "
            "was higher. He said rescuers were still digging.")
    *_, last = _sources(nlp, text)
    assert last == ("He", "person", "Omar Haddad")


# "Named since" counted the entity layer's name mentions only, not a description resolved
# to the person as a source since ("The mayor later said") (fixed: sources.last_spoke).
def test_sources_she_after_the_person_described_since_the_anonymous_source(nlp) -> None:  # noqa: ANN001
    text = ("Mayor Ann Cole said the bridge was safe. A city engineer, who asked not to be "
            "named, said cracks had been found. The mayor later said she had not seen the "
            "report. She said it would be published.")
    *_, last = _sources(nlp, text)
    assert last == ("She", "person", "Ann Cole")


def test_sources_he_after_a_named_minister_since_the_anonymous_source(nlp) -> None:  # noqa: ANN001
    # guard: the minister named after the anonymous source is the nearer speaker
    text = ("A senior official, who spoke on condition of anonymity, said the talks had "
            "stalled. Foreign Minister Andrii Sybiha then addressed reporters. He said Ukraine "
            "would not give up territory.")
    *_, last = _sources(nlp, text)
    assert last == ("He", "person", "Andrii Sybiha")


# The tagger types "Kyiv" an organization, so the located-place rule (typed places only) let
# it speak for the spokesman (fixed: attribution/sources.locates_organization).
def test_sources_spokesman_for_an_army_in_a_capital_is_not_the_capital(nlp) -> None:  # noqa: ANN001
    text = "A spokesman for the Ukrainian army in Kyiv said the drones hit a power station."
    ((_, _, entity),) = _sources(nlp, text)
    assert entity == "Ukrainian army"


def test_sources_officials_in_a_capital_are_not_the_capital(nlp) -> None:  # noqa: ANN001
    # guard: "officials in Kyiv" are where they are, not Kyiv speaking
    ((words, _, entity),) = _sources(nlp, "Officials in Kyiv said the drones hit a power station.")
    assert words == "Officials in Kyiv" and entity is None


def test_sources_the_group_after_a_named_group_posting_on_telegram(nlp) -> None:  # noqa: ANN001
    # guard: the platform is never "the group"; the group named before is
    text = "Hamas denied the report. The group said on Telegram that its fighters had withdrawn."
    assert ("The group", "organization", "Hamas") in _sources(nlp, text)


# "the company" needs a name with "Inc", "Corp", …; a platform's bare name has none, so the
# company speaking after "Telegram removed …" was no one (fixed: sources.is_platform).
def test_sources_the_company_after_a_platform_acting_is_the_platform(nlp) -> None:  # noqa: ANN001
    text = ("Telegram removed the channel on Monday. The company said it had acted on a court "
            "order.")
    assert ("The company", "organization", "Telegram") in _sources(nlp, text)


def test_sources_the_company_after_a_post_on_a_platform_is_not_the_platform(nlp) -> None:  # noqa: ANN001
    # guard: the platform posted on is still never the antecedent
    text = ("Acme Corp denied the report in a post on X. The company said it had acted on a "
            "court order.")
    assert ("The company", "organization", "Acme Corp") in _sources(nlp, text)
