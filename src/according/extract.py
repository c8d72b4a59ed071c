"""Orchestration only: article inputs -> records.

Reading (according.read), layout (according.article), the spaCy pipeline with the
`according` attribution component (according.nlp, according.attribution),
figures (according.quantities) and times (according.times) are each their own
stage; this module wires them, batches parsing with `nlp.pipe`, and fans out to
worker processes.
"""

from __future__ import annotations

import gc
import os
from collections import deque
from collections.abc import Callable, Iterable, Iterator, Sequence
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from datetime import datetime
from functools import lru_cache
from itertools import islice
from typing import TYPE_CHECKING, TypeVar

from according.nlp import doc_text
from according.records import Metadata, Record, Region, TimeExpression

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.tokens import Doc

    from according.article import Layout
    from according.read import ArticleInput, InputError

T = TypeVar("T")

ATTRIBUTION_COMPONENT = "according"
DEFAULT_BATCH_SIZE = 16
PARSE_GROUP_TOKENS = 20_000  # parsed together at most; about 20 average articles


def article_pipeline(model: str | None = None) -> Language:
    """The configured spaCy pipeline with the `according` component, once per process
    (its own instance: the shared `load_pipeline()` stays a bare parser)."""
    from according.nlp import model_name

    return _article_pipeline(model_name(model))


@lru_cache(maxsize=4)
def _article_pipeline(name: str) -> Language:
    from according.cached_annotators import speed_up_annotators
    from according.nlp import new_pipeline
    from according.parse_ops import use_numpy_blas

    # same annotations: cached ruler and lemmatizer answers, numpy's matrix products
    nlp = use_numpy_blas(speed_up_annotators(new_pipeline(name)))
    nlp.add_pipe(ATTRIBUTION_COMPONENT)
    # the loaded pipeline's objects live as long as the process: moved out of the cyclic
    # collector's way, its collections stop rescanning them (a few ms per article)
    gc.freeze()
    return nlp


def _published_datetime(metadata: Metadata) -> datetime | None:
    """The publication time in the article's own zone when its stamp names one, or shows
    its clock without a zone (so "last night" counts from the local day), else in UTC;
    None when unknown."""
    from according.read.dates import published_in_own_zone

    if not metadata.published:
        return None
    utc = datetime.fromisoformat(metadata.published)
    text = metadata.published_text
    return (published_in_own_zone(text, utc) if text else None) or utc


def _prepare(nlp: Language, article: ArticleInput) -> tuple[Doc, Layout]:
    """Lay out the part of the article within its budget (all of any normal article) and
    make its unparsed Doc, carrying the regions for the component."""
    from according.article import read_layout
    from according.budget import analysed_doc

    doc = analysed_doc(nlp, article.text)
    layout = read_layout(doc_text(doc), hints=article.hints, url=article.info.url)
    doc._.regions = layout.regions
    doc._.outlet = layout.metadata.outlet
    return doc, layout


def _no_article(doc: Doc, article: ArticleInput, layout: Layout) -> str | None:
    """Why a laid-out page holds no article (an error page, a section's links), or None."""
    from according.article.no_article import no_article_reason

    return no_article_reason(doc_text(doc), layout.regions, layout.metadata.headline,
                             page=article.info.format in ("html", "warc"))


def _parsed(nlp: Language, docs: Sequence[Doc]) -> Iterator[Doc | Exception]:
    """The docs parsed (without the attribution component), in order, in groups of at most
    PARSE_GROUP_TOKENS tokens (a long article alone), so memory does not grow with the
    size of a batch's longest articles put together. A doc the parser fails on is the
    exception in its place, so it costs only its own article."""
    group: list[Doc] = []
    size = 0
    for doc in docs:
        if group and size + len(doc) > PARSE_GROUP_TOKENS:
            yield from _parsed_group(nlp, group)
            group, size = [], 0
        group.append(doc)
        size += len(doc)
    if group:
        yield from _parsed_group(nlp, group)


def _parsed_group(nlp: Language, group: list[Doc]) -> Iterator[Doc | Exception]:
    done = 0
    try:
        for doc in nlp.pipe(group, disable=[ATTRIBUTION_COMPONENT]):
            yield doc
            done += 1
    except Exception:  # one doc broke the group: parse the rest one by one
        for doc in group[done:]:
            try:
                yield next(iter(nlp.pipe([doc], disable=[ATTRIBUTION_COMPONENT])))
            except Exception as err:
                yield err


def _build_record(doc: Doc, article: ArticleInput, layout: Layout,
                  attribute: Callable[[Doc], Doc]) -> Record:
    from according.budget import over_budget_warning
    from according.quantities import find_quantities
    from according.quantities.as_of import figures_as_of

    warnings: list[str] = list(article.warnings)
    analysed = len(doc_text(doc))
    if analysed < len(article.text):
        warnings.append(over_budget_warning(analysed, len(article.text)))
    # the attribution component runs here, per article, so one it cannot read costs that
    # article its attributions (with a warning), never the batch
    _guarded("attributions", warnings, lambda: (attribute(doc),))
    attributions = tuple(doc._.attributions)
    published = _published_datetime(layout.metadata)
    if published is None:
        warnings.append("no publication time found: relative dates are left unresolved")
    # a figure or date the rules cannot read must not cost the article its attributions
    quantities = _guarded("figures", warnings, find_quantities, doc, attributions,
                          layout.regions)
    times = _guarded("times", warnings, _times_near_calendar_ends, doc, published,
                     layout.regions, warnings)
    quantities = _guarded("figure days", warnings, figures_as_of, doc, quantities, times,
                          attributions, published, layout.regions) or quantities
    return Record(
        text=article.text,
        input=article.info,
        metadata=layout.metadata,
        regions=tuple(layout.regions),
        entities=tuple(doc._.entities),
        attributions=attributions,
        quantities=tuple(quantities),
        times=tuple(times),
        warnings=tuple(warnings),
    )


def _times_near_calendar_ends(doc: Doc, published: datetime | None, regions: Sequence[Region],
                              warnings: list[str]) -> tuple[TimeExpression, ...]:
    """The article's times; when resolving against a publication time at the calendar's
    ends (year 1 or 9999, a CMS placeholder) overflows, its times unresolved, with a warning,
    rather than none at all."""
    from according.times import find_times

    try:
        return find_times(doc, published, regions)
    except OverflowError:
        if published is None:
            raise
    warnings.append(f"publication time {published.isoformat()} is too near the calendar's "
                    "ends to resolve dates against: relative dates are left unresolved")
    return find_times(doc, None, regions)


def _guarded(stage: str, warnings: list[str], find: Callable[..., tuple[T, ...]],
             *args: object) -> tuple[T, ...]:
    """`find(*args)`, or nothing and a warning naming the stage if it fails."""
    try:
        return find(*args)
    except Exception as err:  # recorded in the record, never raised: the rest still counts
        warnings.append(f"{stage} could not be read: {err!r}")
        return ()


def _extract_batch(
    batch: Sequence[ArticleInput | InputError], model: str | None
) -> list[Record | InputError]:
    """Extract one batch in this process; an article that fails becomes an InputError.

    The cyclic garbage collector waits till the batch is done and then collects once (the
    batch's own garbage: Docs, their parse views), instead of rescanning at every few
    hundred of its feature lists (about a tenth of extract's CPU time)."""
    collecting = gc.isenabled()
    gc.disable()
    try:
        return _extract_batch_now(batch, model)
    finally:
        if collecting:
            gc.enable()
            gc.collect()


def _extract_batch_now(
    batch: Sequence[ArticleInput | InputError], model: str | None
) -> list[Record | InputError]:
    from according.read import InputError

    out: list[Record | InputError] = list(batch)
    todo = [(i, a) for i, a in enumerate(batch) if not isinstance(a, InputError)]
    if not todo:  # a batch of bad inputs needs no model
        return out
    nlp = article_pipeline(model)
    prepared: list[tuple[int, ArticleInput, Doc, Layout]] = []
    for i, article in todo:
        try:
            doc, layout = _prepare(nlp, article)
        except Exception as err:  # a bad article must not stop the batch
            out[i] = InputError(article.info.path or "<input>", f"layout failed: {err!r}")
            continue
        if (empty := _no_article(doc, article, layout)) is not None:  # an error page, a menu alone
            out[i] = InputError(article.info.path or "<input>", empty)
            continue
        prepared.append((i, article, doc, layout))
    attribute = nlp.get_pipe(ATTRIBUTION_COMPONENT)
    docs = _parsed(nlp, [d for _, _, d, _ in prepared])
    for (i, article, _, layout), doc in zip(prepared, docs, strict=True):
        if isinstance(doc, Exception):
            out[i] = InputError(article.info.path or "<input>", f"parsing failed: {doc!r}")
            continue
        try:
            out[i] = _build_record(doc, article, layout, attribute)
        except Exception as err:  # recorded, never raised: batch paths go on
            out[i] = InputError(article.info.path or "<input>", f"extraction failed: {err!r}")
    return out


def _batches(
    items: Iterable[ArticleInput | InputError], size: int
) -> Iterator[list[ArticleInput | InputError]]:
    it = iter(items)
    while batch := list(islice(it, size)):
        yield batch


def extract_inputs(
    inputs: Iterable[ArticleInput | InputError],
    *,
    workers: int = 1,
    batch_size: int = DEFAULT_BATCH_SIZE,
    model: str | None = None,
) -> Iterator[Record | InputError]:
    """Records for articles in input order; input errors pass through in place.

    With workers > 1, batches run in that many processes, each loading the pipeline once.
    """
    _register_doc_extensions()
    if workers <= 1:
        for batch in _batches(inputs, batch_size):
            yield from _extract_batch(batch, model)
        return
    pool = _Workers(workers, model)
    try:
        pending: deque[tuple[list[ArticleInput | InputError], _Submitted]] = deque()
        for batch in _batches(inputs, batch_size):
            pending.append((batch, pool.submit(batch)))
            # keep a bounded window so a huge archive never sits in memory at once
            while len(pending) > 2 * workers:
                yield from pool.results(*pending.popleft())
        while pending:
            yield from pool.results(*pending.popleft())
    finally:
        pool.close()


_Submitted = tuple[int, "Future[list[Record | InputError]]"]


class _Workers:
    """Worker processes that survive losing one: a batch whose worker dies (killed for
    memory, a crash in native code) runs again whole, and if it kills a worker again, article
    by article, so only the article that kills its worker is lost, as its own error."""

    def __init__(self, workers: int, model: str | None) -> None:
        self.workers, self.model = workers, model
        self.generation = 0  # how many times the pool was started again
        self.pool = self._start()

    def _start(self) -> ProcessPoolExecutor:
        return ProcessPoolExecutor(max_workers=self.workers, initializer=_worker_init,
                                   initargs=(self.model,))

    def _restart(self) -> None:
        self.pool.shutdown(wait=False, cancel_futures=True)
        self.generation += 1
        self.pool = self._start()
        try:  # a pool that cannot start at all (the pipeline will not load) is no article's
            self.pool.submit(os.getpid).result()  # fault: the run stops, as it should
        except BrokenProcessPool as err:
            raise RuntimeError("worker processes cannot start (see the log above)") from err

    def submit(self, batch: list[ArticleInput | InputError]) -> _Submitted:
        try:
            return self.generation, self.pool.submit(_extract_batch, batch, self.model)
        except BrokenProcessPool:  # broke since the last batch was given: start it again
            self._restart()
        return self.generation, self.pool.submit(_extract_batch, batch, self.model)

    def results(self, batch: list[ArticleInput | InputError],
                submitted: _Submitted) -> list[Record | InputError]:
        generation, future = submitted
        try:
            return future.result()
        except BrokenProcessPool:
            if generation == self.generation:  # not yet started again since it broke
                self._restart()
        try:  # a batch that was only in the same pool as the culprit passes now
            return self.submit(batch)[1].result()
        except BrokenProcessPool:
            self._restart()
        return [self._alone(item) for item in batch]

    def _alone(self, item: ArticleInput | InputError) -> Record | InputError:
        from according.read import InputError

        if isinstance(item, InputError):
            return item
        try:
            return self.submit([item])[1].result()[0]
        except BrokenProcessPool:
            self._restart()
        return InputError(item.info.path or "<input>", "its worker process died while reading "
                          "it (killed, perhaps for want of memory); the rest went on")

    def close(self) -> None:
        self.pool.shutdown(cancel_futures=True)


def _worker_init(model: str | None) -> None:
    # each worker loads the pipeline once, before its first batch
    os.environ.setdefault("TOKENIZERS_PARALLELISM", "false")
    _register_doc_extensions()
    article_pipeline(model)


def _register_doc_extensions() -> None:
    from according.attribution.component import register_extensions

    register_extensions()


def extract_text(text: str, *, url: str | None = None, model: str | None = None) -> Record:
    """The record of one article given as plain text or HTML; raises ValueError if unreadable."""
    from according.read import InputError, read_string

    article = read_string(text, url=url)
    if isinstance(article, InputError):
        raise ValueError(str(article))
    result = next(extract_inputs([article], model=model))
    if isinstance(result, InputError):
        raise ValueError(str(result))
    return result
