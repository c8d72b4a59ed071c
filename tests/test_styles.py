"""House styles: every layout fact of the open set (tests/data/styles) right, and nothing
reported from what is not the story: no attribution, figure or time from furniture, related
links, bylines, stamps, credits, datelines or the credit of a caption."""

from __future__ import annotations

import dataclasses
import json
from pathlib import Path

import pytest

from according.read import ArticleInput, read_inputs
from according.records import Record
from tests.layout_cases import STYLES, case_inputs, read_case, score_case
from tests.test_article import assert_regions_sound

CASES = case_inputs(STYLES)
NOT_REPORTING = frozenset({"boilerplate", "related", "byline", "date", "credit"})


def test_styles_open_set_is_broad() -> None:
    specs = [json.loads(p.with_suffix(".json").read_text(encoding="utf-8")) for p in CASES]
    outlets = {s["metadata"]["outlet"] for s in specs}
    assert len(CASES) >= 30 and len(outlets) >= 15
    assert {p.suffix for p in CASES} == {".txt", ".html", ".xml", ".jsonl"}


@pytest.mark.parametrize("path", CASES, ids=[p.name for p in CASES])
def test_styles_every_layout_fact_right(path: Path) -> None:
    wrong = [f"{f.kind} {f.key!r}: want {f.want!r}, got {f.got!r}"
             for f in score_case(path) if not f.right]
    assert wrong == []
    _, article, layout = read_case(path)
    assert_regions_sound(article.text, layout)


def _article(path: Path) -> ArticleInput:
    [article] = read_inputs([str(path)])
    assert isinstance(article, ArticleInput)
    spec = json.loads(path.with_suffix(".json").read_text(encoding="utf-8"))
    if article.info.url is None and spec.get("url"):
        article = dataclasses.replace(
            article, info=dataclasses.replace(article.info, url=spec["url"]))
    return article


@pytest.fixture(scope="module")
def records() -> list[Record]:
    from according.extract import extract_inputs

    out = list(extract_inputs([_article(p) for p in CASES]))
    assert [str(r) for r in out if not isinstance(r, Record)] == []
    return out


def _silent_spans(record: Record) -> list[tuple[int, int, str]]:
    """Where nothing may be reported: non-story regions, and each caption's credit."""
    spans = [(r.start, r.end, r.kind) for r in record.regions if r.kind in NOT_REPORTING]
    for r in record.regions:
        if r.kind == "caption" and r.credit:
            at = record.text.rfind(r.credit, r.start, r.end)
            if at >= 0:
                spans.append((at, at + len(r.credit), "caption credit"))
    return spans


def test_styles_nothing_reported_from_furniture(records: list[Record]) -> None:
    found = _reported_from_furniture(records)
    assert found == [], "\n".join(found)


def _reported_from_furniture(records: list[Record]) -> list[str]:
    found: list[str] = []
    for record in records:
        silent = _silent_spans(record)

        def inside(start: int | None, record: Record = record, silent: list = silent) -> str:
            hit = next((k for a, b, k in silent if start is not None and a <= start < b), None)
            return f"{record.input.path}: {hit}" if hit else ""

        datelines = [(r.start, r.end) for r in record.regions if r.kind == "dateline"]
        for a in record.attributions:
            spans = [a.cue, *a.content, a.source.span]
            found += [f"{inside(s.start)} attribution {s.text!r}" for s in spans
                      if s is not None and inside(s.start)]
            source = a.source.span
            # "DENVER -- …, officials said": a dateline's city is never who said it
            found += [f"{record.input.path}: dateline source {source.text!r}" for b, e in datelines
                      if source is not None and b <= source.start < e]
        found += [f"{inside(q.span.start)} figure {q.span.text!r}" for q in record.quantities
                  if inside(q.span.start)]
        found += [f"{inside(t.span.start)} time {t.span.text!r}" for t in record.times
                  if inside(t.span.start)]
    return found


def test_styles_every_record_has_its_day(records: list[Record]) -> None:
    """A publication time found means relative dates ("on Tuesday") are resolved."""
    for record in records:
        if record.metadata.published:
            assert not any("no publication time" in w for w in record.warnings)
        for span in (t.span for t in record.times):
            assert record.text[span.start:span.end] == span.text


# Articles written after the rules, in styles not tuned on (see bench/score_layout.py): a floor
# that fails when a change loses facts there. Their known miss is a product promotion
# ("Before it’s here, it’s on the Bloomberg Terminal."; the summary box under the story is
# read since styles_fresh4's rules); in styles_fresh3 (236 of 286 right before the rules it
# led to), a promotion in an HTML ad block that trafilatura keeps (since styles_fresh4's
# rules the company line "Nation Media Group" under a byline is read as part of it, without
# outlets.json, which is part of the ledger's merge rules: rebuild.rules_version; and a
# newsletter box's name and slogan under a bare "Subscribe" as furniture). In styles_fresh4 (280 of
# 356 right before the rules it led to), the two misses left are publication times printed
# only under the story ("(Published 03 June 2025, 18:40 IST)" under a "Last Updated" header
# stamp; "June 4, 2025 12:00AM EDT" as the only stamp), which the published-time choice
# does not read. In styles_fresh5 (225 of 275 right on its first 14 articles before the rules
# they led to, 98 of 113 on 7 more written after those rules), the eleven left: stamps
# printed without a zone on pages of a country not on UTC ("Thu 12 June 2025 at 10:58" on a
# UK page, "Publish : 01 Jun 2025, 09:45 PM" and "06:30 PM" in Dhaka, RTÉ's "18:42") read as
# UTC, and a weekday stamp under a summary box not taken for the publication (both the
# published-time choice); the "What you need to know:" summary not the standfirst
# (styles_fresh3 wants none there); a given outlet "EFE" kept as given; two promotion lines
# in a footer over "Most viewed"; a 'FILE -' caption trafilatura drops. In styles_fresh6 (HTML
# pages as sites serve them; 204 of 233 right before the rules they led to), the six left: three
# site names the outlet table renames ("INQUIRER.net", "Los Angeles Times", "The Mail &
# Guardian"), a live blog's "intro" paragraph not the standfirst, a "By Name / Staff reporter"
# line trafilatura drops on a page whose markup names only the paper, and "CNA" read as
# Channel NewsAsia on a Taiwanese page (Central News Agency). In styles_fresh7 (2023 news as
# scraped: 265 of 339 right on its first 16 articles before the rules they led to, the
# news-please record unread; 117 of 152 on 7 more written after those rules, 93 of 110 on 6
# more written after all of them), the thirteen left: outlets named nowhere but their domain
# ("batimes.com.ar", "supplychaindive.com", "nationthailand.com", "jamaica-gleaner.com",
# "thehindubusinessline.com") or renamed by the outlet table ("Capital FM Kenya"), a feed's
# caption with a one-word agency "(Cuartoscuro)", three stamps without a zone whose zone the
# page's address does not say (a .com.au page, Australia has several; .com pages of an Indian
# and a Jamaican paper), and a trade paper's section heads ("Dive Brief:", "Dive Insight:")
# read as story lines.
# In styles_fresh8 (16 outlets' 2024 pages, 12 scraped texts, 3 HTML pages and an RSS entry:
# 300 of 337 right on the first try; 110 of 125 on 7 more written after its first rules), the
# four left: an outlet the table does not know and no line of the page names ("VnExpress
# International" on e.vnexpress.net), a copyright holder's "Inc." ("KQED Inc"), a caption with
# no credit under the stamp read as a related link, and a release's closing "Amnesty
# International is a movement of 10 million people …" read as story text. Its rules raised
# fresh5 (Bangladeshi .net/.com stamps in Dhaka time), fresh6 (a p.intro standfirst) and fresh7
# (Indian and Jamaican .com stamps).
# In styles_fresh9 (23 outlets' 2025 pages: 17 scraped texts, 4 HTML pages, 2 RSS entries and
# a news-please line; 393 of 487 right on the first try), the four left are outlets no line of
# the page names as the outlet table would: "ECONOMYNEXT" in capitals only (EconomyNext),
# "Tico Times" without its "The", "Rescue.org" (the International Rescue Committee) and
# fiercehealthcare.com (Fierce Healthcare, named nowhere). Its rules raised fresh7 (a regional
# newsroom's zone: Newcastle Herald's stamp in Sydney time).
# In styles_fresh10 (12 outlets' 2025 HTML pages only: Irish, Welsh, US, Canadian, Indian,
# Gulf, East and South African, Japanese and Australian; 272 of 287 right on the first try,
# every publication day right where trafilatura alone missed 2 of 12, one lead paragraph lost
# from body), the one left is a live blog's post headline ("Nashville Electric Service says
# repairs could take days") read as story text.
# In styles_fresh11 (16 outlets' 2025 pages as scraped text: US, UK, Irish, Scottish, South
# African, Kenyan, Pakistani, Bangladeshi, Malaysian and Kuwaiti outlets, AFP on Barron's, Field
# Level Media on Yahoo Sports, FAO, Oxfam, The Register; 307 of 365 right on the first try),
# the three left are outlets the table lacks and no line of the page names: "Malay Mail"
# (malaymail.com), "The Business Standard" (tbsnews.net) and "Yahoo Sports" (sports.yahoo.com,
# which the table's yahoo.com names Yahoo News).
# In styles_fresh12 (11 outlets' publication times: Miami Herald, The Age, WAM, Mint and a
# Mirror live blog as HTML, The Diplomat's RSS and Hong Kong Free Press's Atom entries,
# ThePrint and InDaily JSON lines, The Week and Deccan Chronicle scraped text; 152 of 170 right
# on the first try, every publication day right where trafilatura alone missed 3 of 5 pages),
# the three left: a live blog's standfirst the extraction puts after its first post (Mirror;
# it then reads as one of the story's paragraphs), a colon dateline at a place the gazetteer
# lacks ("Sriharikota:") and a PTI story on The Week, whose name no line of the page gives.
# In styles_fresh13 (15 outlets' pages of November 2025, mostly conflict and political news:
# Haaretz, The Hill, TRT World's live blog, Sudan Tribune, the ICRC, SBS News, Business Wire,
# Ukrinform, the Ottawa Citizen and Asharq Al-Awsat as HTML, Scroll.in, Radio Dabanga and
# TOLOnews as scraped text, a Garowe Online RSS item, a Moscow Times JSON line; 258 of 291
# right on the first try, every HTML publication day but the live blog's right where
# trafilatura alone missed 3 of 10; 93 of 105 on 6 more written after its first rules: The
# Texas Tribune, Kyiv Post, Africanews, The New Arab and Crisis Group as HTML, The Himalayan
# Times as text, every day right), the two left are expectations that differ from earlier
# sets: a caption closing "File photo." gives no credit there, where styles_fresh2 counts
# "File photo" as one (Gulf Times), and a copyright line's holder, the paper itself ("The
# Himalayan Times"), is no credit there, where styles_fresh11 counts Kuwait Times's.
# In styles_fresh14 (17 outlets never used before, all as scraped text of 2023 news: Metro, The
# Sun, MailOnline, Belfast Live, the National Post, India Today, The News International, The
# Guardian Nigeria, TheCable, the Kenya News Agency, SABC News, the Gulf Daily News, PBS News,
# Fox News, AAP, Save the Children and the Detroit Free Press; 326 of 413 right on the first
# try), of the six left four are expectations that differ from earlier sets (a copyright
# line's holder, the paper itself, is no credit there, as in styles_fresh13's Himalayan Times;
# an agency's own page credits no agency, where Reuters's and UPI's do), and two are captions
# with nothing to show them so: MailOnline's unmarked, uncredited one among the paragraphs and
# TheCable's lone name ("Bola Tinubu") over the lede.
# In styles_fresh15 (13 outlets never used before, all as HTML pages: The Boston Globe, RFE/RL,
# The Irish News, The Chronicle Herald on SaltWire, Brisbane Times, The Wire, ThisDay,
# Al-Monitor, ReliefWeb, WION's live blog, the Nottingham Post, The Irrawaddy and InSight
# Crime; 200 of 220 right on the first run, every publication day right where trafilatura
# alone missed 4 of 13; 213 after): of the seven left, three are expectations that differ
# from the outlet table's names (RFE/RL is "Radio Free Europe/Radio Liberty" there, AFP "Agence
# France-Presse", THISDAYLIVE no "ThisDay"), two are ReliefWeb's "Highlights" bullets, read as
# furniture (and named without the "- " they keep), and two are captions with nothing to show
# them so (no credit: a label "Senate President, Godswill Akpabio" or one plain sentence).
# In styles_fresh16 (14 outlets never used before, all as scraped text of 2023 news: The Press
# and Journal, Nation.Cymru, Newstalk, the Trinidad Express, The Fiji Times, The Reporter
# (Ethiopia), GhanaWeb, Business Recorder, New Age, the New Straits Times, ANTARA, UN Women,
# Inter Press Service and the Chicago Tribune; 293 of 348 right on the first run, 329 after):
# of the 19 left, seven are expectations that differ from the outlet table or earlier sets
# (the table's "The Chicago Tribune" and "The Reporter Ethiopia" where I wrote the pages'
# "Chicago Tribune" and "The Reporter", "ANTARA News" where I wrote "ANTARA"; "— New Age
# photo" credits "New Age" as "— SPA photo" credits "SPA"; a lone "Photo: Agency" line under
# a story is a credit; a wire's "(ANTARA) -" and "Reuters Published …" credit the wire);
# three are outlets no table entry or page line names (pressandjournal.co.uk,
# newstalk.com, trinidadexpress.com); the rest are bylines (h3's part: ANTARA's foot
# "Reporter:", New Age's "Our Correspondent . Cox's Bazar", Business Recorder's glued
# "Reuters Published …", GhanaWeb's bare portrait caption) and IPS's masthead over its
# kind and category row, read as the headline (so its dateline and day are missed). A
# masthead's tagline ("… Weekly Newspaper", "Kenya News Agency") is furniture since, which
# took one of styles_fresh14's (the Kenya News Agency credited on its own page).
# In styles_fresh17 (14 outlets never used before, all as HTML pages: the Times Colonist, The
# Cairns Post, Stabroek News, The Tribune (Chandigarh), Qatar Tribune, Eye Radio,
# MyJoyOnline, Club of Mozambique, The Rio Times, ERR News, UNFPA, Splash247, USA TODAY's live
# blog and Legit.ng; 282 of 298 right on the first run, every publication day right where
# trafilatura alone missed 1 of 14; then 108 of 116 on 6 more written after its first rules:
# the Jamaica Observer, Times of Oman, The Telegraph (Calcutta), NHK WORLD-JAPAN, Mercy Corps
# and 9News's live blog, every day right; 413 of 414 after), the one left is an outlet the
# table lacks: The Telegraph of Calcutta (telegraphindia.com), whose page calls itself "The
# Telegraph Online" and whose JSON-LD "The Telegraph" the table gives the London paper.
# Three expectations were mine to fix against the sets' conventions: a zoned header stamp's
# minute over the markup's seconds (USA TODAY), a summary box's first point as the
# standfirst (Legit.ng, as MailOnline's first bullet), "Image released by Houthi media"
# crediting Houthi media; one of styles_fresh10's was wrong by the byline reader's own
# convention (The Indian Express's "Name | Pune | Updated …" names Pune as the dateline).
# Its rules took styles_fresh10's last miss (a live post's headline, which the page's JSON-LD
# names among its liveBlogUpdate headlines).
# In styles_fresh18 (14 outlets never used before, as scraped text of 2023-2025 news in the
# forms users get it: select-all copies with their menus a word a line, crawler dumps with no
# blank lines, reader-view copies, a WordPress feed item and a JSON line: the Philippine News
# Agency, KUNA, Interfax-Ukraine, Balkan Insight, Ahram Online, Nyasa Times, L'Orient Today,
# The Star (Malaysia), Prothom Alo, KTLA, WSB-TV, KentOnline, UNFPA and Le Monde's live page;
# 380 of 503 right on the first run, 383 against the four expectations fixed to earlier
# rounds' conventions: 'Agence France-Presse' for "with AFP", a "contributed to this report"
# writer credited, a copyright line's holder credited, own paper or parent company; 501
# after): the misses were headlines under copied menus (5 of 14 right), menu and counter
# lines, stamps split over two lines or zoned by a city ("(Paris)") or by a newsroom's country,
# captions (a picture label in brackets, a wire after a dash, a name glued to the full stop),
# reader views' deks. The two left are outlets the table lacks, which no line of the page
# gives in the table's form: "Interfax-Ukraine" (interfax.com.ua; the table's Interfax has
# interfax.com only) and "The Star (Malaysia)" (thestar.com.my, which prints "The Star" as
# papers in Kenya, Canada and Britain do). Rules 18 also raised styles_fresh16 (329 -> 331)
# and styles_fresh7 (591 -> 592). The outlets of rounds 17 and 18 that the table lacked went
# into it with the lead's batch of 2026-11-27 (migrated in place in a ledger: ledger/migrate.py),
# which took the last fact of each (414/414, 503/503; the UNFPA page of round 17 now named
# "UNFPA", as the table names UNICEF and UNHCR).
# In styles_fresh19 (12 outlets never used before, half HTML pages as a browser saves them,
# half scraped text: Meduza, Devex, Euractiv, Rudaw, HumAngle and Eurasianet pages; Politico
# Europe, Enab Baladi and OC Media select-all copies; Radio Tamazuj, bdnews24 and Myanmar Now
# crawler dumps), the first run after rounds 17 and 18 got 271 of 290 right (HTML 127/132,
# text 144/158; 272 against the one expectation fixed to earlier rounds' convention, a
# copyright line naming the outlet credits it as Kuwait Times's does), every HTML page's day
# right as trafilatura alone's: the misses were caption credits in forms not met ("Photo by:
# Name / AFP", "| Name/AFP via Getty Images", an HTML caption's credit in a span of its own),
# hyphenated domains not spelling their outlets ("myanmar-now.org", "oc-media.org"), a
# generic domain's newsroom zone (bdnews24), an editor in brackets, an update note and an
# outlet describing itself under the story, a second writer on a line of its own ("and Name")
# and "Enab Baladi – Daraa" (outlet, then place) as a dateline; 290 of 290 after.
# The leftovers of 2026-11-27 (tests/test_article_leftovers_1127.py) took the real gaps of the
# earlier rounds: a dateline's day with no comma before its year (IPS), a foot "Reporter:"
# field, a byline's place after a spaced full stop (New Age), portrait labels over the lede
# (a title and a name with no comma, a bare name the story names again, a name the story
# quotes), a colon label between paragraphs ("Dive Insight:"), a closing "about" line, short
# promotion names over the footer, a colon dateline the headline names as a place
# ("Sriharikota:"), ITV's London stamps, a one-word agency in a feed caption's brackets. Left:
# styles_fresh5 3, styles_fresh6 5, styles_fresh7 6, styles_fresh8 2, styles_fresh12 2,
# styles_fresh14 4, styles_fresh15 7, styles_fresh16 10: outlet-table names, expectations
# disputed between rounds (a wire as the byline, "Our Correspondent" as a writer where
# styles_fresh7 wants none, "KQED Inc" where styles_fresh18 keeps "Nexstar Media Inc", an
# agency's own page crediting it, a summary as the standfirst), lines the extraction drops or
# misorders, MailOnline's unmarked caption and CNA read as Channel NewsAsia on a Taiwanese page.
# In styles_fresh20 (10 outlets never used before, mostly scraped text as users make it: a
# Haitian Times phone share, 24.kg and Logistics Cluster select-all copies, a Samoa Observer
# crawler dump, an LSM newsletter email, a Brazilian Report reader view, an OPB phone copy;
# LRT, Times of Central Asia and Barbados Today HTML pages), the first run after rounds 17-19
# got 194 of 236 right (82%; HTML 61/67, text 133/169; 195 and HTML 62/67 against the LRT
# case's caption key named whole, "Vilnius Airport" alone naming its lede): the misses were
# a newsletter email's header lines and links (its "From:" line taken for the headline),
# furniture under the story (a copying notice, "© 24.kg news agency", a writer's address in
# brackets, a download's size, "Follow X on Telegram", "Popular"), "GONAÏVES, Haiti —" (a
# capital beyond ASCII), "Name (OPB)", a shared title's site name, a reader view's dek over
# the page's own stamp, a caption's "Subject / D. Name/LRT", a humanitarian cluster's tag
# row ("Sudan | News") and lead-agency line, and outlets the table lacks
# (24.kg, The Brazilian Report, Logistics Cluster, LRT, LSM, OPB, Samoa Observer, The Times of
# Central Asia), whose zones also set three stamps (Bishkek, Pacific, Samoa); 224 after.
# The lead's outlet entries for them took four more (228): left are 24.kg's and LSM's outlets
# in copies with no address and no line naming them as a source would, three stamps whose
# zone only the outlet's city gives (Bishkek, Oregon, Samoa), and three credits (24.kg's and
# Samoa Observer's copyright lines, now furniture, and LRT's "LRT.lt, BNS"). Then 232: a
# copyright line's holder credited in two more forms ("© Copyright 2025 X.", "© 24.kg news
# agency, 2025.") and the zones of opb.org and samoaobserver.ws; left are 24.kg's Bishkek
# stamp and its outlet (a copy with no address), LSM's outlet and LRT's "LRT.lt, BNS".
# Round 24 (news through carriers: MSN, Yahoo News, Apple News, Google News, NewsBreak,
# SmartNews, PressReader, Substack, Ground News, a Facebook post; MSN and Yahoo pages) got 221
# of 258 on its first run (text 180/214, HTML 41/44): outlets 2/12, the publisher a carrier
# names on a line of its own or in its page's provider meta; 256 after, and LSM's and
# Mongabay's outlets in rounds 20 and 21 ("Read more on LSM.lv", "Read the full story on
# Mongabay.com"). Left: two stamps in zones only the outlet table's entries for Malaysiakini
# and GMA News would give.
# Round 26 (English-language outlets of conflict and crisis zones: Ayin Network, +972
# Magazine, Mizzima, Horseed Media, Amu TV and a UNICEF release as HTML; hromadske,
# Sahelien.com, HaitiLibre, borkena and dpa's Africa desk as scraped text, a Nile Post
# trafilatura line, an Al-Masdar Online RSS item) got 251 of 275 on its first run (text
# 125/139, HTML 126/136); 268 after: exile newsrooms' notices (mirror sites, reporters withheld
# for their safety, translated or first-published notes, reader appeals, news tips), dpa's
# routing codes, WordPress's feed footer, '(Social media)' credits, 'Aden (Al-Masdar Online)
# –' datelines, the house's own name as author ('Amu' for Amu TV, 'X - Exclusive') and 'By a
# correspondent in …'; 272 with a lower-case brand line as the outlet ('hromadske' on
# hromadske.ua), a site's title line ('HaitiLibre.com : Haiti news 7/7') as no headline and
# HaitiLibre's Port-au-Prince stamps. Left: Mizzima's site name with its tagline on a page
# with no address (an outlets.json form), Sahelien's excerpt standfirst.
FRESH_FLOORS = {"styles_fresh": 145, "styles_fresh2": 96, "styles_fresh3": 285,
                "styles_fresh4": 356, "styles_fresh5": 387, "styles_fresh6": 233,
                "styles_fresh7": 601, "styles_fresh8": 462, "styles_fresh9": 487,
                "styles_fresh10": 287, "styles_fresh11": 365, "styles_fresh12": 170,
                "styles_fresh13": 396, "styles_fresh14": 412, "styles_fresh15": 220,
                "styles_fresh16": 346, "styles_fresh17": 414, "styles_fresh18": 503,
                "styles_fresh19": 290, "styles_fresh20": 235,
                "styles_fresh21": 349, "styles_fresh22": 286,
                "styles_fresh23": 245, "styles_fresh24": 258,
                "styles_fresh25": 303, "styles_fresh26": 273,
                "styles_fresh27": 319, "styles_fresh28": 219,
                "styles_fresh29": 223,
                # Round 30 (fact checks: PolitiFact, Full Fact, AFP, Africa Check, BOOM,
                # Reuters, AAP, Snopes) got 126 of 167 on its first run (HTML 60/74, text
                # 66/93); 163 after. Left: Africa Check's masthead and tagline read as the
                # headline and standfirst, its "FACT-CHECKS" section line, and AFP's
                # screenshot caption, which trafilatura drops; all read since issue 9 (167).
                "styles_fresh30": 167,
                # Round 31 (press releases: PR Newswire, GlobeNewswire, GOV.UK, a DC police
                # release, Duke Energy's newsroom, Business Wire on Yahoo Finance as HTML;
                # Newsfile, EIN Presswire, the ICRC, an OCHA update on ReliefWeb, Patch as
                # text) got 244 of 296 on its first run (HTML 137/154, text 107/142); 295 of
                # 295 after, with outlets.json entries for Newsfile, Patch and the
                # Metropolitan Police Department (292 without).
                "styles_fresh31": 295,
                # Round 32 (opinion, analysis, leaders, letters, explainers: NYT, WaPo, Al
                # Jazeera, CNN, Vox, SCMP, Guardian, Herald, Times, Yorkshire Post, The Hindu)
                # got 221 of 247 on its first run (HTML 113/123, text 108/124); 247 after.
                "styles_fresh32": 247,
                # Round 33 (regional, public-broadcaster, wire and magazine styles: WCVB, FBC
                # News, Free Malaysia Today, The Economist, Muscat Daily, ANSA English as
                # HTML; RTHK, PTI, The Nassau Guardian, Vanuatu Daily Post, Graphic Online as
                # text) got 281 of 294 on its first run (HTML 129/138, text 152/156; 282 with
                # one expectation corrected); 294 after.
                "styles_fresh33": 294,
                # Round 34 (situation reports and conflict monitors: ISW, Crisis Group, WHO's
                # Disease Outbreak News, Airwars, ACLED, MSF as HTML; a UNHCR operational
                # update's PDF text, an IOM DTM flash update, UN News, a Human Rights Watch
                # dispatch, Amnesty International as text) got 261 of 312 on its first run
                # (HTML 136/165, text 125/147; 262 with three expectations corrected); 312
                # after, and round 4's HRW stamp (356).
                "styles_fresh34": 312,
                # Round 35 (regional papers, public broadcasters' international sites and
                # agencies' English services: EL PAÍS English, KBS World, TVP World, TASS,
                # ABC7 Chicago, Context by TRF as HTML; Malaysiakini, Daily Mirror (Sri
                # Lanka), Focus Taiwan, KOMO News, Kuensel, Trinidad and Tobago Newsday as
                # text) got 271 of 311 on its first run (HTML 132/146, text 139/165; 272 with
                # one expectation corrected to the sets' convention); 303 after (305 with the
                # round's outlet entries), and round 6's Taipei Times credit (233); 311 with
                # the HTML reader's six left (KBS World's Seoul stamp and caption credit, EL
                # PAÍS's dashed place row and linked title, Context's boxed standfirst, the
                # owners' names beside TVP World's and Context's site names).
                "styles_fresh35": 311,
                # Round 36 (outlets humanitarian analysts read: Syria Direct, KabulNow, Zitamar
                # News, Libya Herald as HTML; Sudans Post, Pajhwok Afghan News, Euromaidan
                # Press, Mada Masr as text) got 169 of 196 on its first run (HTML 79/89, text
                # 90/107; 171 with two expectations corrected to the sets' convention); 194
                # after (HTML 89/89, text 105/107), 196 with the round's outlet entries, which
                # give Pajhwok Afghan News its full name.
                "styles_fresh36": 196,
                # Round 37 (business and markets news: Bloomberg, CNBC, Nikkei Asia, The
                # Economic Times, Yahoo Finance carrying Reuters, MSN carrying Barron's as HTML;
                # Reuters, MarketWatch, Business Day, NewsBreak carrying The Charlotte
                # Observer, Ground News, Yahoo News carrying AP as text) got 319 of 385 on its
                # first run (HTML 163/177, text 156/208; 326 of 386 with five expectations
                # corrected to the sets' conventions); 386 after, and round 1's Bloomberg
                # terminal promotion (145).
                "styles_fresh37": 386}


@pytest.mark.parametrize(("folder", "floor"), FRESH_FLOORS.items())
def test_styles_fresh_sets_hold_their_floor(folder: str, floor: int) -> None:
    from tests.layout_cases import score_folder

    by_kind, wrong = score_folder(STYLES.parent / folder)
    right = sum(r for r, _ in by_kind.values())
    assert right >= floor, [f"{name} {f.kind} {f.key!r}: {f.got!r}" for name, f in wrong]


@pytest.mark.parametrize("folder", ["styles_fresh3", "styles_fresh4", "styles_fresh5",
                                    "styles_fresh6", "styles_fresh7", "styles_fresh8",
                                    "styles_fresh9", "styles_fresh10", "styles_fresh11",
                                    "styles_fresh12", "styles_fresh13",
                                    "styles_fresh14", "styles_fresh15",
                                    "styles_fresh16", "styles_fresh17",
                                    "styles_fresh18", "styles_fresh19",
                                    "styles_fresh20", "styles_fresh21",
                                    "styles_fresh22", "styles_fresh23",
                                    "styles_fresh24", "styles_fresh25",
                                    "styles_fresh26", "styles_fresh27",
                                    "styles_fresh28", "styles_fresh29",
                                    "styles_fresh30", "styles_fresh31",
                                    "styles_fresh32", "styles_fresh33",
                                    "styles_fresh34", "styles_fresh35",
                                    "styles_fresh36", "styles_fresh37"])
def test_styles_fresh_sets_report_nothing_from_furniture(folder: str) -> None:
    from according.extract import extract_inputs

    paths = case_inputs(STYLES.parent / folder)
    out = list(extract_inputs([_article(p) for p in paths]))
    assert [str(r) for r in out if not isinstance(r, Record)] == []
    found = _reported_from_furniture([r for r in out if isinstance(r, Record)])
    assert found == [], "\n".join(found)
