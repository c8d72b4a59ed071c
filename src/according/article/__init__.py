"""The layout of a news article: labelled regions and the metadata they carry.

`read_layout(text)` labels every non-blank line (headline, standfirst, byline,
dateline, date, related, caption, credit, boilerplate, body) with offsets into
the unchanged text, and reads the article's metadata from them. The rules are
data in `according.data.article_rules` and `article_furniture`; each small reader
(header.py, body.py, metadata.py) tries one thing and returns early.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from according.article.body import _read_body, _read_dateline_prefix, _regions, line_kind
from according.article.captures import (
    capture_banner,
    export_front_matter,
    fuller_masthead,
    print_address,
    read_later_address,
    sweep_host_masthead,
    table_spelling,
    tool_spans,
)
from according.article.carriers import (
    _headline_of_link_card,
    _headline_under_edition_line,
    _sweep_carrier_copy,
    _sweep_social_post,
    _sweep_source_cards,
)
from according.article.copies import (
    _export_story_start,
    _headline_of_mail_subject,
    _headline_under_story_label,
    _sweep_export,
    _sweep_known_masthead,
    _sweep_mail_stamps,
    _sweep_messenger_head,
    _sweep_print_header,
    dateline_without_site,
    without_lead_emoji,
)
from according.article.front_matter import (
    FrontMatter,
    blank_front_matter,
    front_matter,
    front_matter_hints,
)
from according.article.glued_byline import sweep_glued_byline
from according.article.header import _read_header
from according.article.headline_place import _read_colon_place_named_in_headline
from according.article.headline_repeats import label_headline_repeats
from according.article.lines import _lines, _Reading
from according.article.marked_captions import label_marked_captions
from according.article.metadata import _metadata
from according.article.note_dateline import read_dateline_under_note
from according.article.page_copy import (
    _headline_over_meta,
    _sweep_marked_byline,
    _sweep_outlet_byline,
    _sweep_social_tails,
    _sweep_stacked_writers,
)
from according.article.quotes import (
    label_aggregator_panels,
    label_quote_strips,
    read_first_published_foot,
)
from according.article.release_heads import headline_under_release_mark, with_release_letterhead
from according.article.release_wires import (
    dateline_under_tags,
    headline_over_release_dateline,
    headline_over_report_rows,
    label_capital_headings,
    report_source,
    sweep_release_senders,
    sweep_release_stamps,
)
from according.article.report_heads import (
    drop_menu_word_byline,
    label_caption_under_credit,
    label_note_lists,
    label_running_heads,
    label_sentence_headings,
    read_foot_stamp,
)
from according.article.report_producers import (
    label_table_sources,
    report_producer,
    with_data_day_from,
)
from according.article.scraped import _headline_under_kicker, _sweep_byline, _sweep_stamps
from according.article.story_heads import (
    _label_closing_about,
    _label_colon_headings,
    _label_promotions_over_footer,
)
from according.article.text_mastheads import (
    headline_under_live_masthead,
    label_button_rows,
    sweep_text_masthead,
    with_header_outlet,
    with_transcript_title_time,
)
from according.article.transcripts import (
    drop_relabelled_standfirst,
    episode_title,
    headline_under_masthead,
    label_video_descriptions,
    transcript_title,
    unlabel_speaker_headings,
    with_air_time,
)
from according.article.writer_lines import (
    _drop_subject_byline,
    _label_portrait_over_lede,
    _sweep_dotted_byline,
    _sweep_fact_check_writer,
    _sweep_foot_writer,
)
from according.read.captures import page_address
from according.read.dates import published_utc
from according.records import Metadata, Region

__all__ = ["Layout", "line_kind", "published_utc", "read_layout"]

# Kinds of line that may name the article's publisher ("Source: OCHA", "© 2025 NPR").
_PUBLISHER_LINE_KINDS = frozenset({"boilerplate", "credit"})


@dataclass(frozen=True)
class Layout:
    regions: tuple[Region, ...]
    metadata: Metadata


def read_layout(text: str, *, hints: Metadata | None = None, url: str | None = None) -> Layout:
    """Regions covering every non-blank line of `text`, and the article's metadata.

    `hints` (what an HTML page, feed entry or JSON line stated) are kept: a headline,
    time or outlet given is never replaced by one read from the text; the text fills
    the rest.
    """
    if (header := front_matter(text) or export_front_matter(text)) is not None:
        return _layout_under_front_matter(text, header, hints, url)
    # an archive's capture or a read-later copy: the page's own address stands for the
    # archive's, and the tool's lines (a capture's banner, an export's highlights) are blanked
    url = page_address(url) if url else read_later_address(text) or print_address(text)
    if (banner := capture_banner(text)) is not None:
        url = url or banner.address
    if spans := tool_spans(text, banner):
        return _layout_without_tool_lines(text, spans, hints, url)
    lines = _lines(text)
    reading = _Reading()
    body_from = _read_header(lines, reading, hints)
    _read_body(lines, reading, body_from, given_byline=hints.byline if hints else ())
    label_marked_captions(lines, reading, body_from, hints.captions if hints else ())  # issue 9
    label_capital_headings(lines, reading, body_from)  # round 31
    label_running_heads(lines, reading)  # round 34
    label_sentence_headings(lines, reading, body_from, url)
    label_note_lists(lines, reading)
    label_table_sources(lines, reading)  # issue 9
    _label_colon_headings(lines, reading, body_from)
    _label_closing_about(lines, reading, body_from)
    _label_promotions_over_footer(lines, reading, body_from)
    _read_dateline_prefix(lines, reading, body_from)
    if reading.dateline_cut is None and (
            lede := dateline_under_tags(lines, reading, body_from)) is not None:
        _read_dateline_prefix(lines, reading, lede)  # round 31: under a tag or points
    read_dateline_under_note(lines, reading, body_from)
    _read_colon_place_named_in_headline(lines, reading, body_from)
    _sweep_stamps(lines, reading)
    sweep_release_stamps(lines, reading)  # round 31
    sweep_release_senders(lines, reading)
    _sweep_byline(lines, reading)
    _drop_subject_byline(lines, reading)
    _sweep_dotted_byline(lines, reading)
    _sweep_foot_writer(lines, reading)
    _sweep_fact_check_writer(lines, reading)
    _label_portrait_over_lede(lines, reading)
    _sweep_marked_byline(lines, reading)
    _sweep_outlet_byline(lines, reading)
    _sweep_stacked_writers(lines, reading)
    _sweep_social_tails(lines, reading)
    _sweep_export(lines, reading)
    if (story := _export_story_start(lines, reading)) is not None:
        _read_dateline_prefix(lines, reading, story)
    _sweep_messenger_head(lines, reading)
    _sweep_mail_stamps(lines, reading)
    _sweep_print_header(lines, reading)
    _sweep_social_post(lines, reading)
    _sweep_source_cards(lines, reading)
    _sweep_carrier_copy(lines, reading)
    _sweep_known_masthead(lines, reading)
    sweep_host_masthead(lines, reading)
    sweep_glued_byline(lines, reading)
    # round 28: transcripts' heads and a parliament's speaker headings
    unlabel_speaker_headings(lines, reading)
    label_video_descriptions(lines, reading)
    drop_relabelled_standfirst(lines, reading)
    # stranger trial 3: a text copy's own masthead, newsroom meta line or transcript title
    sweep_text_masthead(lines, reading)
    label_button_rows(lines, reading)
    label_quote_strips(lines, reading)  # round 37
    label_aggregator_panels(lines, reading)
    label_headline_repeats(lines, reading, body_from)  # round 35
    label_caption_under_credit(lines, reading)  # round 34
    drop_menu_word_byline(lines, reading)
    read_foot_stamp(lines, reading, url)
    read_first_published_foot(lines, reading)  # round 37
    if (title := transcript_title(lines, reading, hints)) is not None:
        return read_layout(text, hints=replace(hints or Metadata(), headline=title), url=url)
    if not (hints and hints.headline) and (better := _headline_under_kicker(lines, reading)
                                           or _headline_of_link_card(lines, reading)
                                           or _headline_under_edition_line(lines, reading)
                                           or _headline_over_meta(lines, reading)
                                           or _headline_under_story_label(lines, reading)
                                           or _headline_of_mail_subject(lines, reading)
                                           or headline_under_masthead(lines, reading)
                                           or headline_over_release_dateline(lines, reading)
                                           or headline_over_report_rows(lines, reading)
                                           or headline_under_release_mark(lines, reading)
                                           or headline_under_live_masthead(lines, reading)):
        # a copy's kicker was read as the headline: read again with the headline under it
        return read_layout(text, hints=replace(hints or Metadata(), headline=better), url=url)
    reading.outlet_lines = [lines[i].text for i in sorted(reading.kinds)
                            if reading.kinds[i][0] in _PUBLISHER_LINE_KINDS]
    regions = _regions(lines, reading)
    metadata = _metadata(text, reading, hints, url)
    if not (hints and hints.outlet):
        metadata = replace(metadata, outlet=fuller_masthead(lines, reading, metadata.outlet,
                                                           url))
        metadata = replace(metadata, outlet=table_spelling(metadata.outlet, url))  # round 37
        # round 31: a portal's report names its source ("Source: OCHA" on ReliefWeb)
        metadata = replace(metadata, outlet=report_source(lines) or metadata.outlet)
        # issue 9: a report's producer line ("This report is produced by OCHA Velmora …")
        metadata = replace(metadata, outlet=metadata.outlet or report_producer(lines))
        metadata = with_header_outlet(metadata, lines, reading)
        metadata = with_release_letterhead(metadata, lines, reading)  # stranger trial h6
    if not (hints and hints.headline):
        metadata = replace(metadata, headline=without_lead_emoji(metadata.headline))
        metadata = replace(metadata, headline=episode_title(metadata.headline))
    read_time = metadata.published
    metadata = with_air_time(metadata, lines)
    if metadata.published != read_time:  # a transcript's air line gave the time whole
        metadata = replace(metadata, published_timex3=None, published_from=None)
    metadata = with_transcript_title_time(metadata)
    if not (hints and hints.published):
        metadata = with_data_day_from(metadata, lines, reading)  # issue 9
    metadata = replace(metadata, dateline=dateline_without_site(metadata.dateline))
    return Layout(regions, metadata)


def _layout_under_front_matter(text: str, header: FrontMatter, hints: Metadata | None,
                               url: str | None) -> Layout:
    """The story under a tool's metadata header, read with the header's fields as given
    metadata; the header's lines are the tool's furniture (boilerplate)."""
    merged, url = front_matter_hints(header, hints, url)
    below = read_layout(blank_front_matter(text, header), hints=merged, url=url)
    head = [Region(line.start, line.end, "boilerplate") for line in _lines(text[:header.end])]
    return Layout((*head, *below.regions), below.metadata)


def _layout_without_tool_lines(text: str, spans: list[tuple[int, int]], hints: Metadata | None,
                               url: str | None) -> Layout:
    """The story read with a tool's lines (an archive's banner, an export's highlights)
    blanked; those lines are the tool's furniture (boilerplate)."""
    blanked = text
    for start, end in spans:
        blanked = blanked[:start] + re.sub(r"[^\r\n]", " ", blanked[start:end]) + blanked[end:]
    below = read_layout(blanked, hints=hints, url=url)
    tool = [Region(line.start, line.end, "boilerplate") for line in _lines(text)
            if any(start <= line.start < end for start, end in spans)]
    return Layout(tuple(sorted((*tool, *below.regions), key=lambda r: r.start)), below.metadata)
