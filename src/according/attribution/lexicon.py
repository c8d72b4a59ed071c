"""The attribution cue lexicon and word lists, read once from src/according/data/, and the
frames in which a cue word reports nothing (`reports_nothing`).

cues.tsv, cue_frames.tsv, cue_preps.tsv and cue_objects.tsv are learned from PolNeAR train
(`python -m according.attribution.learn_cues`); attribution_lists.json holds the hand-written lists.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING

from according.attribution.source_heads import may_speak

if TYPE_CHECKING:
    from collections.abc import Callable

    from spacy.tokens import Token

DATA = Path(__file__).resolve().parents[1] / "data"


@dataclass(frozen=True)
class Lexicon:
    cue_rates: dict[tuple[str, str], float]      # (lemma, pos) -> share of uses that are cues
    clause_rates: dict[tuple[str, str], float]  # the same, counting only uses with a ccomp
    frame_rates: dict[tuple[str, str], float]    # (lemma, first complement) -> share that are cues
    prep_rates: dict[tuple[str, str], float]     # (verb lemma, preposition) -> share in the cue
    object_rates: dict[str, float]               # a verb's object -> share of such verbs cues
    adverbial_cues: frozenset[str]
    sourceless_passive: frozenset[str]
    raising_verbs: frozenset[str]                # "X seems to …": no source, X is content
    aspectual_verbs: frozenset[str]              # "continued to …": the infinitive reports
    recipient_verbs: frozenset[str]
    recipient_preps: frozenset[str]
    speech_verbs: frozenset[str]
    request_frames: frozenset[str]               # "ask for": verb and preposition, not a cue
    ballot_frames: frozenset[str]                # "vote against": a ballot cast, not a cue
    contrast_words: frozenset[str]               # "while", "though": a clause that is not content
    according_to: re.Pattern[str]
    headline_colon: re.Pattern[str]
    in_document: re.Pattern[str]                 # "In a new Fox News poll, Trump leads …"
    cue_left_adverbs: frozenset[str]
    cue_right_words: frozenset[str]
    cue_prep_objects: frozenset[str]
    min_rate_with_clause: float
    min_clause_rate: float
    min_frame_rate: float
    min_rate_with_object: float
    # the learned cue model (attribution/cue_model.py): a verb it scores at least `add` is a
    # cue; one the rates above accept needs at least `keep`; at least `object` takes its
    # direct object as content (thresholds tuned on a PolNeAR train holdout)
    cue_model_add: float
    cue_model_keep: float
    cue_model_object: float
    # the learned cue-head classifier (attribution/cue_heads.py): the probability a word
    # of each group (verb, noun, adj, adp, punct) needs, tuned on a PolNeAR train holdout
    head_thresholds: dict[str, float]
    # "alleged to exist", "rumoured to be": too rare in PolNeAR train for the classifier,
    # an attribution by their meaning
    allegation_participles: frozenset[str]
    # frames that report nothing (`reports_nothing`): ringing a line, a quantity's effect
    phone_verbs: frozenset[str]
    phone_objects: frozenset[str]
    measure_heads: frozenset[str]
    evidential_verbs: frozenset[str]
    # "estimated debt at 74%", "puts growth at 2.1%", "a survey found": verbs by which a
    # body or a document reports a figure (verb_rules.figure_report)
    figure_report_verbs: frozenset[str]
    negative_determiners: frozenset[str]             # "Neither source has shown …"
    data_heads: frozenset[str]                       # "the figures", "the budget", "the data"
    # silence, acts and asking for money report nothing (`reports_nothing_by_meaning`)
    answer_verbs: frozenset[str]                     # "has not commented", "could not confirm"
    refusal_verbs: frozenset[str]                    # "declined to comment"
    unable_words: frozenset[str]                     # "was unable to verify"
    act_verbs: frozenset[str]                        # "imposed a curfew", "filed a petition"
    request_verbs: frozenset[str]                    # "seeks US$96 million"
    directive_verbs: frozenset[str]                  # "ordered all schools to close"
    stance_verbs: frozenset[str]                     # "rejected the charity's figure"
    sharing_verbs: frozenset[str]                    # "share a handful of latrines"
    comparison_marks: frozenset[str]                 # "a bigger cut than analysts expected"

    def rate(self, lemma: str, pos: str) -> float:
        return self.cue_rates.get((lemma, pos), 0.0)


def _read_tsv(path: Path, column: int = 4) -> dict[tuple[str, str], float]:
    out: dict[tuple[str, str], float] = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line or line.startswith("#"):
            continue
        cells = line.split("\t")
        out[(cells[0], cells[1])] = float(cells[column]) if column < len(cells) else 0.0
    return out


FRAME_DEPS = ("ccomp", "xcomp", "dobj", "prep")
SUBJECT_DEPS = ("nsubj", "csubj")
INFINITIVE_DEPS = ("xcomp", "acl", "relcl", "advcl")
ACT_RATE = 0.05  # a verb that heads a cue less often than this in PolNeAR train is an act


def frame_of(tok: Token) -> str:
    """The first complement a cue word has (the order find.py prefers them in), or "none"."""
    deps = {c.dep_ for c in tok.children}
    return next((d for d in FRAME_DEPS if d in deps), "none")


@lru_cache(maxsize=1)
def load_lexicon() -> Lexicon:
    """The lexicon, read from the package data once per process."""
    lists = json.loads((DATA / "attribution_lists.json").read_text(encoding="utf-8"))
    frames = DATA / "cue_frames.tsv"
    return Lexicon(
        cue_rates=_read_tsv(DATA / "cues.tsv"),
        clause_rates=_read_tsv(DATA / "cues.tsv", 5),
        frame_rates=_read_tsv(frames) if frames.exists() else {},
        prep_rates=_read_tsv(DATA / "cue_preps.tsv"),
        object_rates={k: v for (k, _), v in _read_tsv(DATA / "cue_objects.tsv").items()},
        adverbial_cues=frozenset(lists["adverbial_cues"]),
        sourceless_passive=frozenset(lists["sourceless_passive"]),
        raising_verbs=frozenset(lists["raising_verbs"]),
        aspectual_verbs=frozenset(lists["aspectual_verbs"]),
        recipient_verbs=frozenset(lists["recipient_verbs"]),
        recipient_preps=frozenset(lists["recipient_preps"]),
        speech_verbs=frozenset(lists["speech_verbs_for_quotes"]),
        request_frames=frozenset(lists["request_frames"]),
        ballot_frames=frozenset(lists["ballot_frames"]),
        contrast_words=frozenset(lists["contrast_words"]),
        according_to=re.compile(lists["according_to_pattern"]),
        headline_colon=re.compile(lists["headline_colon_pattern"], re.MULTILINE),
        in_document=re.compile(lists["in_document_pattern"], re.DOTALL),
        cue_left_adverbs=frozenset(lists["cue_left_adverbs"]),
        cue_right_words=frozenset(lists["cue_right_words"]),
        cue_prep_objects=frozenset(lists["cue_prep_objects"]),
        min_rate_with_clause=float(lists["min_rate_with_clause"]),
        min_clause_rate=float(lists["min_clause_rate"]),
        min_frame_rate=float(lists["min_frame_rate"]),
        min_rate_with_object=float(lists["min_rate_with_object"]),
        cue_model_add=float(lists["cue_model_add"]),
        cue_model_keep=float(lists["cue_model_keep"]),
        cue_model_object=float(lists["cue_model_object"]),
        head_thresholds={k: float(v) for k, v in lists["cue_head_thresholds"].items()},
        allegation_participles=frozenset(lists["allegation_participles"]),
        phone_verbs=frozenset(lists["phone_verbs"]),
        phone_objects=frozenset(lists["phone_objects"]),
        measure_heads=frozenset(lists["measure_heads"]),
        evidential_verbs=frozenset(lists["evidential_verbs"]),
        figure_report_verbs=frozenset(lists["figure_report_verbs"]),
        negative_determiners=frozenset(lists["negative_determiners"]),
        data_heads=frozenset(lists["data_heads"]),
        answer_verbs=frozenset(lists["answer_verbs"]),
        refusal_verbs=frozenset(lists["refusal_verbs"]),
        unable_words=frozenset(lists["unable_words"]),
        act_verbs=frozenset(lists["act_verbs"]),
        request_verbs=frozenset(lists["request_verbs"]),
        directive_verbs=frozenset(lists["directive_verbs"]),
        stance_verbs=frozenset(lists["stance_verbs"]),
        sharing_verbs=frozenset(lists["sharing_verbs"]),
        comparison_marks=frozenset(lists["comparison_marks"]),
    )


def reports_nothing(tok: Token, lex: Lexicon, is_cue: Callable[[Token], bool]) -> bool:
    """Frames in which a cue word reports nothing (rates from PolNeAR train): a bare
    infinitive ("not authorized to discuss", 6% cues), a relative clause on a source without
    a clause ("Alvarez, who wrote the bill", 31%), a request ("asked the agency for funds");
    and by their meaning: a quantity's effect ("the number of missing determines how many
    teams are sent"), a participle with its agent on a noun ("volunteers, supported by nine
    boats"), ringing a line ("may call the hotline"), a ballot ("voted against the bill",
    11% cues)."""
    lemma = tok.lemma_.lower()
    children = list(tok.children)
    if reports_nothing_by_meaning(tok, lex):
        return True
    if any(c.dep_ == "ccomp" for c in children):
        return False
    if _bare_infinitive(tok, children, is_cue) or _chain_to_an_act(tok, children, lex):
        return True
    if tok.dep_ == "relcl" and (_in_source(tok, lex) or anonymity_formula(tok)):
        return True
    return any(c.dep_ == "prep" and f"{lemma} {c.lower_}" in lex.request_frames for c in children)


def reports_nothing_by_meaning(tok: Token, lex: Lexicon) -> bool:
    """A verb whose frame says it reports nothing, whatever a learned score says: a
    quantity's effect, a participle with its agent on a noun, ringing a line, a silence,
    an act or a request for money (see `reports_nothing`)."""
    if tok.pos_ not in ("VERB", "AUX"):
        return False
    lemma = tok.lemma_.lower()
    children = list(tok.children)
    return _measure_subject(children, lemma, lex) or (
        not any(c.dep_ == "ccomp" for c in children)
        and (_agent_participle(tok, children) or _phone_call(children, lemma, lex)
             or _thing_subject(children, lemma, lex) or _denying_subject(children, lex)
             or _ballot(children, lemma, lex) or _silence(tok, children, lemma, lex)
             or _act_or_request(children, lemma, lex)
             or _order_stance_or_sharing(children, lemma, lex)
             or _compared(children, lex)))


def _compared(children: list[Token], lex: Lexicon) -> bool:
    """A verb in a clause of comparison with nothing of its own reported ("a bigger cut
    than analysts had expected"): what was expected is not what the sentence states
    (stranger trial 9: the cut's 9.00% and October's 7.1 percent were the analysts')."""
    return any(c.dep_ == "mark" and c.lower_ in lex.comparison_marks for c in children) \
        and not any(c.dep_ in ("dobj", "xcomp", "ccomp") for c in children)


def _order_stance_or_sharing(children: list[Token], lemma: str, lex: Lexicon) -> bool:
    """An order to someone to act ("has ordered all schools to close"), a stance against
    another's figure ("rejected the charity's figure") or the sharing of a counted amount
    of things ("families share a handful of latrines"): no statement is reported (stranger
    trial 8: an act, a figure's name and latrines became claims)."""
    objects = [c for c in children if c.dep_ == "dobj"]
    if not objects:
        return False
    if lemma in lex.directive_verbs:
        return any(c.dep_ == "xcomp" and c.pos_ in ("VERB", "AUX") for c in children)
    if any(c.dep_ == "xcomp" for c in children):
        return False
    if lemma in lex.stance_verbs:
        # "dismissed the army's account as “a lie …”": a characterization is reported
        return not any(c.dep_ in ("prep", "oprd", "acomp", "advcl") and c.lower_ != "on"
                       for c in children) and all(
            o.lemma_.lower() in lex.data_heads or o.lower_ in lex.data_heads for o in objects)
    return lemma in lex.sharing_verbs and all(_counted(o) for o in objects)


def _counted(obj: Token) -> bool:
    """Is the noun phrase a counted amount of things ("a handful of latrines", "two taps",
    "a single tap"), not news or a view ("shared the news", "share the belief")?"""
    return any(c.dep_ == "nummod" or c.lower_ == "single" for c in obj.children) or (
        obj.lemma_.lower() in COUNTING_NOUNS and any(c.dep_ == "prep" and c.lower_ == "of"
                                                     for c in obj.children))


# nouns that count what follows their "of": "a handful of latrines", "dozens of tents"
COUNTING_NOUNS = frozenset({"handful", "dozen", "dozens", "hundred", "hundreds", "thousand",
                            "thousands", "couple", "pair", "number", "few"})


def _silence(tok: Token, children: list[Token], lemma: str, lex: Lexicon) -> bool:
    """Is nothing said: an answer not given ("The army has not commented on the new
    figure", "did not respond to a request for comment", "declined to comment", "has
    yet to respond") or a check that came to nothing, which is how an outlet writes its
    own ("The Dispatch could not independently confirm the figures", "was unable to
    verify")? PolNeAR marks some such; the ledger would list a claim nobody made, or the
    outlet as a person. Not with a clause ("did not say whether …", "declined to say
    that …"): nor is "did not deny" here, which reports a stance."""
    if lemma in lex.refusal_verbs:
        return any(c.dep_ == "xcomp" and c.lemma_.lower() in lex.answer_verbs and not any(
            g.dep_ in ("ccomp", "xcomp") for g in c.children) for c in children)
    if lemma not in lex.answer_verbs or any(c.dep_ == "xcomp" for c in children):
        return False
    if any(c.dep_ == "neg" for c in children):
        return True
    head = tok.head
    if tok.dep_ != "xcomp" or head is tok:
        return False
    head_lemma = head.lemma_.lower()
    # "was unable to verify", "was not able to confirm", "has yet to comment"
    return head_lemma in lex.refusal_verbs or head.lower_ in lex.unable_words and (
        head.lower_ != "able" or any(c.dep_ == "neg" for c in head.children)) or (
        head_lemma == "have" and any(c.lower_ == "yet" for c in head.children))


def _act_or_request(children: list[Token], lemma: str, lex: Lexicon) -> bool:
    """Is the verb an act done to its object, with no clause or infinitive ("Police have
    imposed a dusk-to-dawn curfew", "filed a petition at the tribunal"), or a request for
    an amount of money ("The Flash Appeal, which seeks US$96 million")? The object is the
    thing done or asked for, not a statement (stranger trials 6 and 7: a curfew and a
    petition became claims, an appeal a person). "filed a motion to unseal" and "seeks to
    show that" keep their infinitive."""
    if any(c.dep_ in ("xcomp", "ccomp") for c in children):
        return False
    objects = [c for c in children if c.dep_ == "dobj"]
    if lemma in lex.act_verbs:
        # "filed a motion to unseal the records", "a complaint claiming that …": what the
        # filing asks or claims is reported
        return bool(objects) and not any(g.dep_ in ("acl", "relcl") and g.pos_ == "VERB"
                                         for o in objects for g in o.children)
    return lemma in lex.request_verbs and any(_money(o) for o in objects)


def _money(tok: Token) -> bool:
    """Is the noun phrase an amount of money ("US$96 million", "$2bn", "40 million euros")?"""
    return tok.ent_type_ == "MONEY" or any(t.tag_ == "$" or t.text in CURRENCY_SIGNS
                                           for t in tok.subtree) and any(
        t.like_num for t in tok.subtree)


CURRENCY_SIGNS = frozenset({"$", "€", "£", "¥", "US$"})


def _ballot(children: list[Token], lemma: str, lex: Lexicon) -> bool:
    """A vote cast for or against a thing, with no clause or infinitive of its own
    ("Seventy-five members voted against a budget that raises VAT to 23 percent", "78
    deputies voting in favour"): an act, whose object is the narrator's words, not a
    statement the voters made (stranger trial 5: the speaker's VAT figure went to the
    voters). Not "voted to approve the plan" or "voted that the motion be put"."""
    return not any(c.dep_ in ("ccomp", "xcomp") for c in children) and any(
        c.dep_ == "prep" and f"{lemma} {c.lower_}" in lex.ballot_frames for c in children)


def _measure_subject(children: list[Token], lemma: str, lex: Lexicon) -> bool:
    """Is the subject a quantity ("the number of missing", "the water level") and the verb
    none that figures report by ("show", "suggest")? Not "a number of members": many
    members, who may speak."""
    return lemma not in lex.evidential_verbs and any(
        c.dep_ in SUBJECT_DEPS and c.pos_ == "NOUN" and c.lemma_.lower() in lex.measure_heads
        and not any(d.lower_ in ("a", "an") for d in c.lefts) for c in children)


def _thing_subject(children: list[Token], lemma: str, lex: Lexicon) -> bool:
    """Is the subject figures or accounts, a thing that cannot speak ("the figures", "the
    budget", "the data"; not a text, which PolNeAR lets speak: "the ad uses …"), and the
    verb, with no clause of its own, none that speech, evidence or a figure is reported by,
    and seldom a cue ("The figures do not support this", "The budget passed on …")? Not
    "the report said", "the data show", "the study found", "the survey puts X at 31%"."""
    if lemma in lex.evidential_verbs or lemma in lex.speech_verbs or \
            lemma in lex.figure_report_verbs or lex.rate(lemma, "VERB") >= lex.min_rate_with_clause:
        return False
    return any(c.dep_ in SUBJECT_DEPS and c.pos_ == "NOUN" and not may_speak(c) and (
        c.lemma_.lower() in lex.data_heads or c.lower_ in lex.data_heads) for c in children)


def _denying_subject(children: list[Token], lex: Lexicon) -> bool:
    """Is the subject denied by its determiner ("Neither source has shown debt at 65%", "No
    figure supports it")? Nobody is named as saying anything, and no clause is reported;
    not "No one expected …", which PolNeAR marks."""
    return any(c.dep_ in SUBJECT_DEPS and c.pos_ == "NOUN" and c.lower_ != "one" and any(
        d.dep_ in ("det", "preconj") and d.lower_ in lex.negative_determiners for d in c.lefts)
        for c in children)


def _agent_participle(tok: Token, children: list[Token]) -> bool:
    """A past participle on a noun whose doer is a thing that cannot speak, with no clause
    of its own ("volunteers, supported by nine boats"): it describes the noun; nobody
    reports anything ("a view echoed by everyone", "statements made by Republicans" may)."""
    if tok.tag_ != "VBN" or tok.dep_ != "acl" or tok.head.pos_ not in ("NOUN", "PROPN") or \
            any(c.dep_ in ("xcomp", "dobj", "dative") for c in children):
        return False
    doers = [o for c in children if c.dep_ == "agent" for o in c.children if o.dep_ == "pobj"]
    return bool(doers) and all(o.pos_ == "NOUN" and not may_speak(o) for o in doers)


def _phone_call(children: list[Token], lemma: str, lex: Lexicon) -> bool:
    """"may call the free hotline", "can contact the helpline": ringing a line reports
    nothing ("called the plan reckless" and "called on the council" do)."""
    return lemma in lex.phone_verbs and any(
        c.dep_ == "dobj" and (c.lemma_.lower() in lex.phone_objects or c.like_num)
        for c in children)


def _chain_to_an_act(tok: Token, children: list[Token], lex: Lexicon) -> bool:
    """"continued to search for the missing": an aspectual verb (it carries on or starts
    the act of its infinitive) whose infinitive is an act that never reports ("search",
    "hunt"), with no object or clause of its own. Not "wants to", "plans to": PolNeAR
    marks intentions."""
    acts = [c for c in children if c.dep_ == "xcomp" and c.pos_ == "VERB"]
    return bool(acts) and not any(c.dep_ in ("dobj", "dative", "ccomp") for c in children) \
        and tok.lemma_.lower() in lex.aspectual_verbs and all(
            lex.rate(a.lemma_.lower(), "VERB") < ACT_RATE and
            not any(g.dep_ == "ccomp" for g in a.children) for a in acts)


def _bare_infinitive(tok: Token, children: list[Token], is_cue: Callable[[Token], bool],
                     ) -> bool:
    """"to discuss" on a noun, an adjective, a passive ("not authorized to discuss") or a cue
    that reports it ("voted to approve"); an active verb's infinitive ("went on to say")
    stays, PolNeAR's cue often spans both."""
    if tok.dep_ not in INFINITIVE_DEPS or any(c.dep_ in SUBJECT_DEPS for c in children) or not any(
            c.dep_ == "aux" and c.tag_ == "TO" for c in children):
        return False
    head = tok.head
    return tok.dep_ in ("acl", "relcl") or head.pos_ not in ("VERB", "AUX") or any(
        c.dep_ == "auxpass" for c in head.children) or head.dep_ == "acl" or is_cue(head)


# "who asked not to be named", "who requested anonymity", "who spoke on condition of
# anonymity": a relative clause that says why a source is unnamed, never a report of its own
ANONYMITY_CLAUSE = re.compile(
    r"^(?:who|that)\s+(?:asked|requested|spoke|declined|was|were)\b[^.]{0,40}?"
    r"\b(?:not to be (?:named|identified)|anonymity|to be (?:named|identified))\b"
    # "who asked that her name not be used", "who declined to give his name", "who would
    # not let us use his name"
    r"|^(?:who|that)\b[^.]{0,40}?\b(?:(?:his|her|their)\s+names?\s+(?:not\s+)?(?:be\s+)?"
    r"(?:published|used|withheld|disclosed|given)"
    r"|(?:give|share|provide|disclose|reveal|use|publish)\s+(?:(?:his|her|their)\s+)"
    r"(?:(?:full|last|real|family)\s+)?(?:sur)?names?)\b", re.I)


def anonymity_formula(tok: Token) -> bool:
    """Does `tok` head a relative clause that is an anonymity formula ("who asked not to be
    named")? Read from the clause's first word."""
    if tok.dep_ != "relcl":
        return False
    first = tok.left_edge.i
    return bool(ANONYMITY_CLAUSE.match(tok.doc[first:tok.right_edge.i + 1].text))


def _in_source(tok: Token, lex: Lexicon) -> bool:
    """Does the noun phrase `tok` hangs on serve as the subject of a likely cue?"""
    head = tok.head
    for _ in range(4):
        if head.dep_ in SUBJECT_DEPS:
            return lex.rate(head.head.lemma_.lower(), "VERB") >= lex.min_rate_with_clause
        if head.dep_ not in ("appos", "conj", "npadvmod") or head.head is head:
            return False
        head = head.head
    return False
